// Review links that outlive the function's credentials: the alert carries
//   <link function URL>/diffs/YYYY/MM/DD/<article-id>.html?e=<expiry, unix seconds>&s=<HMAC>
// and the link function, after checking it here, answers with a fresh presigned S3 URL that is
// valid for minutes. Anyone holding the link can open the page until it expires (a bearer
// link); the operator revokes one article's links, or every link, by editing the secret.
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import { describeIssues } from './validation.ts';

/** Only diff review pages can be opened through a link. */
// a diff page, or an edited version's page (…/<article-id>/v2.html)
const LINKABLE_KEY = /^diffs\/\d{4}\/\d{2}\/\d{2}\/([A-Za-z0-9_-]{1,64})(?:\/v\d{1,4})?\.html$/;
const MIN_KEY_CHARS = 32;

/**
 * The secret (Secrets Manager, JSON): `key` signs new links; links signed with one of
 * `previousKeys` still open (a gentle rotation); the articles listed in `revoked` never open.
 * A new `key` without `previousKeys` revokes every link issued so far.
 */
export const LinkSecretSchema = z.object({
  key: z.string().check(z.minLength(MIN_KEY_CHARS, `must be at least ${MIN_KEY_CHARS} characters`)),
  previousKeys: z.optional(z.array(z.string().check(z.minLength(MIN_KEY_CHARS, `must be at least ${MIN_KEY_CHARS} characters`)))),
  revoked: z.optional(z.array(z.string())),
});
export type LinkSecret = z.infer<typeof LinkSecretSchema>;

export class LinkSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LinkSecretError';
  }
}

/** Reads the secret's JSON text; a secret that cannot sign safely is refused with what is wrong. */
export function parseLinkSecret(text: string, where = 'the link secret'): LinkSecret {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new LinkSecretError(`${where} is not JSON: ${(e as Error).message}`);
  }
  const parsed = z.safeParse(LinkSecretSchema, data);
  if (!parsed.success) throw new LinkSecretError(`${where} is not a link secret: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

function signature(secretKey: string, objectKey: string, expires: number): Buffer {
  return createHmac('sha256', secretKey).update(`claimwatch-review-link-v1\n${objectKey}\n${expires}`).digest();
}

export interface SignLinkOptions {
  /** The link function's URL, e.g. https://abc.lambda-url.eu-west-1.on.aws/ */
  baseUrl: string;
  /** The diff page: diffs/YYYY/MM/DD/<article-id>.html */
  objectKey: string;
  secret: LinkSecret;
  now: Date;
  lifetimeSeconds: number;
}

export function signReviewLink(options: SignLinkOptions): string {
  const { baseUrl, objectKey, secret, now, lifetimeSeconds } = options;
  if (!LINKABLE_KEY.test(objectKey)) throw new Error(`${objectKey} is not a diff page; only diffs/YYYY/MM/DD/<id>.html (or <id>/vN.html) can be linked`);
  if (!(Number.isInteger(lifetimeSeconds) && lifetimeSeconds > 0)) throw new Error(`link lifetime must be a positive whole number of seconds, got ${lifetimeSeconds}`);
  const expires = Math.floor(now.getTime() / 1000) + lifetimeSeconds;
  const url = new URL(objectKey, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  url.searchParams.set('e', String(expires));
  url.searchParams.set('s', signature(secret.key, objectKey, expires).toString('base64url'));
  return url.href;
}

export type LinkCheck =
  | { ok: true; objectKey: string; articleId: string; expires: Date }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'revoked'; message: string; expires?: Date };

/**
 * Checks a link's path (`/diffs/…html`) and its `e` and `s` parameters. The signature is
 * checked first, so an expired or revoked answer is only ever given for a link we issued.
 */
export function verifyReviewLink(path: string, params: { e?: string; s?: string }, secret: LinkSecret, now: Date): LinkCheck {
  const objectKey = path.replace(/^\/+/, '');
  const match = LINKABLE_KEY.exec(objectKey);
  if (!match || !params.e || !params.s || !/^\d{1,12}$/.test(params.e) || !/^[A-Za-z0-9_-]{43}$/.test(params.s)) {
    return { ok: false, reason: 'malformed', message: 'this is not a claimwatch review link' };
  }
  const expiresSeconds = Number(params.e);
  const given = Buffer.from(params.s, 'base64url');
  const valid = [secret.key, ...(secret.previousKeys ?? [])].some((k) => timingSafeEqual(signature(k, objectKey, expiresSeconds), given));
  if (!valid) return { ok: false, reason: 'bad-signature', message: 'this link was altered, or its signing key was retired' };
  const expires = new Date(expiresSeconds * 1000);
  const articleId = match[1];
  if (secret.revoked?.includes(articleId)) return { ok: false, reason: 'revoked', message: `links to article ${articleId} were revoked`, expires };
  if (now.getTime() >= expires.getTime()) return { ok: false, reason: 'expired', message: `this link expired on ${expires.toISOString()}`, expires };
  return { ok: true, objectKey, articleId, expires };
}
