// Alert links that last and can be revoked: the pure signer/verifier, then end to end — the
// analyze handler signs the link it puts in the alert, the link handler (as behind its function
// URL) checks it against the secret in a local Secrets Manager and redirects to a short-lived
// presigned URL on s3rver, which serves the page. Valid, expired, tampered, revoked, rotated.
import type { LambdaFunctionURLEvent, SQSBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { keys } from '../functions/core/ids.ts';
import { LinkSecretError, parseLinkSecret, signReviewLink, verifyReviewLink, type LinkSecret } from '../functions/core/review-link.ts';
import { lambdaContext, newArticle, s3Record, sqsEvent, startLambdaWorld, storeArticle, type LambdaWorld } from './helpers/lambda-world.ts';
import { startSecrets, type LocalSecrets } from './helpers/secrets.ts';

const KEY_A = 'a'.repeat(20) + 'Kq93nd0PZx1m4Tb7Yw2Lr';
const KEY_B = 'b'.repeat(20) + 'Zt5Hc8Jv0Qe3Ws6Nm1Xu';
const BASE = 'https://links.example.test/';
const PAGE = 'diffs/2024/06/22/0123456789abcdef.html';
const NOW = new Date('2026-12-01T12:00:00Z');
const DAY = 86_400;

function linkParts(link: string) {
  const url = new URL(link);
  return { path: url.pathname, params: Object.fromEntries(url.searchParams) as { e?: string; s?: string } };
}
function check(link: string, secret: LinkSecret, now = NOW) {
  const { path, params } = linkParts(link);
  return verifyReviewLink(path, params, secret, now);
}

describe('signing and verifying a review link', () => {
  const secret: LinkSecret = { key: KEY_A };
  const link = signReviewLink({ baseUrl: BASE, objectKey: PAGE, secret, now: NOW, lifetimeSeconds: 14 * DAY });

  it('a fresh link opens its page until its lifetime is up, then reads as expired', () => {
    expect(link.startsWith(`${BASE}${PAGE}?e=`)).toBe(true);
    expect(check(link, secret)).toMatchObject({ ok: true, objectKey: PAGE, articleId: '0123456789abcdef' });
    const justBefore = new Date(NOW.getTime() + 14 * DAY * 1000 - 1000);
    expect(check(link, secret, justBefore).ok).toBe(true);
    const atExpiry = new Date(NOW.getTime() + 14 * DAY * 1000);
    expect(check(link, secret, atExpiry)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('any change to the page, the expiry or the signature is refused', () => {
    const { path, params } = linkParts(link);
    const otherPage = path.replace('0123456789abcdef', '0123456789abcdee');
    expect(verifyReviewLink(otherPage, params, secret, NOW)).toMatchObject({ ok: false, reason: 'bad-signature' });
    const later = String(Number(params.e) + 365 * DAY);
    expect(verifyReviewLink(path, { ...params, e: later }, secret, NOW)).toMatchObject({ ok: false, reason: 'bad-signature' });
    const flipped = (params.s![0] === 'A' ? 'B' : 'A') + params.s!.slice(1);
    expect(verifyReviewLink(path, { ...params, s: flipped }, secret, NOW)).toMatchObject({ ok: false, reason: 'bad-signature' });
    // An expired link with a forged expiry is a forgery, not an expiry.
    expect(verifyReviewLink(path, { ...params, e: String(Number(params.e) - 1) }, secret, NOW)).toMatchObject({ reason: 'bad-signature' });
  });

  it('only diff pages, with both parameters, are links at all', () => {
    const { params } = linkParts(link);
    for (const path of ['/articles/2024/06/22/0123456789abcdef.json', '/diffs/index.html', '/diffs/2024/06/22/../../../config/profile.json', '/']) {
      expect(verifyReviewLink(path, params, secret, NOW)).toMatchObject({ ok: false, reason: 'malformed' });
    }
    expect(verifyReviewLink(`/${PAGE}`, { e: params.e }, secret, NOW)).toMatchObject({ reason: 'malformed' });
    expect(() => signReviewLink({ baseUrl: BASE, objectKey: 'config/profile.json', secret, now: NOW, lifetimeSeconds: 60 })).toThrow(/not a diff page/);
  });

  it('revoking an article refuses its links; a new key refuses every link, unless the old one is kept in previousKeys', () => {
    expect(check(link, { key: KEY_A, revoked: ['0123456789abcdef'] })).toMatchObject({ ok: false, reason: 'revoked' });
    expect(check(link, { key: KEY_A, revoked: ['fedcba9876543210'] }).ok).toBe(true);
    expect(check(link, { key: KEY_B })).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(check(link, { key: KEY_B, previousKeys: [KEY_A] }).ok).toBe(true);
  });

  it('a secret that cannot sign safely is refused with what is wrong', () => {
    expect(() => parseLinkSecret('{"key": "short"}', 'secret X')).toThrow(LinkSecretError);
    expect(() => parseLinkSecret('{"key": "short"}', 'secret X')).toThrow(/secret X .*key: must be at least 32 characters/);
    expect(() => parseLinkSecret('nope', 'secret X')).toThrow(/secret X is not JSON/);
    expect(parseLinkSecret(JSON.stringify({ key: KEY_A, revoked: [] }))).toEqual({ key: KEY_A, revoked: [] });
  });
});

describe('end to end: analyze signs, the link function checks and redirects to S3', () => {
  const SECRET_ID = 'claimwatch-review-links';
  let world: LambdaWorld;
  let secrets: LocalSecrets;
  let analyze: typeof import('../functions/handlers/analyze.ts').handler;
  let link: typeof import('../functions/handlers/link.ts').handler;
  const savedEnv = { ...process.env };
  let alertLink: string;
  let article: ReturnType<typeof newArticle>;

  beforeAll(async () => {
    world = await startLambdaWorld();
    secrets = await startSecrets({ [SECRET_ID]: JSON.stringify({ key: KEY_A }) });
    Object.assign(process.env, world.env, {
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
      CLAIMWATCH_LINK_SECRET_ID: SECRET_ID,
      CLAIMWATCH_LINK_BASE_URL: BASE,
      CLAIMWATCH_LINK_LIFETIME_SECONDS: String(14 * DAY),
      // What the stack gives the link function: presigned URLs for 5 minutes; and here, no secret caching.
      CLAIMWATCH_LINK_EXPIRY_SECONDS: '300',
      CLAIMWATCH_LINK_SECRET_MAX_AGE_MS: '0',
    });
    analyze = (await import('../functions/handlers/analyze.ts')).handler;
    link = (await import('../functions/handlers/link.ts')).handler;

    article = newArticle('linked');
    const key = await storeArticle(world.store, article);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const response = (await analyze(sqsEvent(s3Record(world.s3.bucket, key)), lambdaContext('claimwatch-analyze'))) as SQSBatchResponse;
    vi.restoreAllMocks();
    expect(response.batchItemFailures).toEqual([]);
    const text = JSON.parse(world.sns.published[0].message).default as string;
    alertLink = /https:\/\/links\.example\.test\/\S+/.exec(text)![0];
  }, 60_000);
  afterAll(async () => {
    process.env = savedEnv;
    await world?.stop();
    await secrets?.stop();
  });
  beforeEach(() => {
    secrets.secrets.set(SECRET_ID, JSON.stringify({ key: KEY_A }));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    return () => vi.restoreAllMocks();
  });

  /** The event a Lambda function URL hands the function for a GET of `url`. */
  function urlEvent(url: string, method = 'GET'): LambdaFunctionURLEvent {
    const u = new URL(url);
    return {
      version: '2.0',
      routeKey: '$default',
      rawPath: u.pathname,
      rawQueryString: u.search.slice(1),
      queryStringParameters: u.search ? Object.fromEntries(u.searchParams) : undefined,
      headers: { host: u.host },
      requestContext: { http: { method, path: u.pathname, protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 'test' } },
      isBase64Encoded: false,
    } as unknown as LambdaFunctionURLEvent;
  }
  const open = (url: string, method?: string) => link(urlEvent(url, method), lambdaContext('claimwatch-link')) as Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;

  it('the alert carries a signed link to its diff page, valid for 14 days', () => {
    const url = new URL(alertLink);
    expect(url.pathname).toBe(`/${keys.diffHtml(article.id, article.fetchedAt)}`);
    const days = (Number(url.searchParams.get('e')) * 1000 - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThanOrEqual(14);
  });

  it('a valid link redirects to a presigned S3 URL good for 5 minutes, which serves the page', async () => {
    const response = await open(alertLink);
    expect(response.statusCode).toBe(302);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const location = new URL(response.headers.location);
    expect(location.origin).toBe(world.s3.endpoint);
    expect(location.searchParams.get('X-Amz-Expires')).toBe('300');
    const page = await fetch(location);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(article.title);
  });

  it('an expired link answers 410 Gone and says how else to read the diff', async () => {
    const expired = signReviewLink({ baseUrl: BASE, objectKey: keys.diffHtml(article.id, article.fetchedAt), secret: { key: KEY_A }, now: new Date(Date.now() - 15 * DAY * 1000), lifetimeSeconds: 14 * DAY });
    const response = await open(expired);
    expect(response.statusCode).toBe(410);
    expect(response.body).toMatch(/expired on .*diffs show/);
    expect(response.headers.location).toBeUndefined();
  });

  it('a tampered link answers 403 and never redirects', async () => {
    const other = alertLink.replace(article.id, newArticle('someone-else').id);
    for (const tampered of [other, alertLink.replace(/e=(\d+)/, (_m, e) => `e=${Number(e) + DAY}`)]) {
      const response = await open(tampered);
      expect(response.statusCode).toBe(403);
      expect(response.headers.location).toBeUndefined();
    }
    expect((await open(`${BASE}diffs/index.html`)).statusCode).toBe(400);
    expect((await open(alertLink, 'POST')).statusCode).toBe(405);
  });

  it('when the link key cannot be read, the alert still goes out, with a presigned S3 link instead', async () => {
    const article2 = newArticle('linked-no-secret');
    const key = await storeArticle(world.store, article2);
    secrets.secrets.delete(SECRET_ID);
    world.sns.published.length = 0;
    const response = (await analyze(sqsEvent(s3Record(world.s3.bucket, key)), lambdaContext('claimwatch-analyze'))) as SQSBatchResponse;
    expect(response.batchItemFailures).toEqual([]);
    const text = JSON.parse(world.sns.published[0].message).default as string;
    expect(text).not.toContain(BASE);
    expect(text).toContain(`${world.s3.endpoint}/${world.s3.bucket}/${keys.diffHtml(article2.id, article2.fetchedAt)}?`);
  });

  it('revoking the article in the secret, or a new key, closes the link at once (no cache here; a minute in the stack)', async () => {
    secrets.secrets.set(SECRET_ID, JSON.stringify({ key: KEY_A, revoked: [article.id] }));
    expect((await open(alertLink)).statusCode).toBe(403);
    expect((await open(alertLink)).body).toMatch(/revoked/);
    secrets.secrets.set(SECRET_ID, JSON.stringify({ key: KEY_B }));
    expect((await open(alertLink)).statusCode).toBe(403);
    secrets.secrets.set(SECRET_ID, JSON.stringify({ key: KEY_B, previousKeys: [KEY_A] }));
    expect((await open(alertLink)).statusCode).toBe(302);
  });
});
