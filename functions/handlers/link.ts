// Link Lambda, behind a function URL: opens the review page of an alert link. It checks the
// link's HMAC signature, expiry and revocation (functions/core/review-link.ts) and answers with
// a redirect to a presigned S3 URL valid for a few minutes, signed with this function's own,
// current credentials — so a link works for its whole lifetime, not just as long as the
// credentials of the run that sent the alert.
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Context, LambdaFunctionURLEvent, LambdaFunctionURLResult } from 'aws-lambda';
import { LinkSecretSource } from '../adapters/link-secret.ts';
import { verifyReviewLink } from '../core/review-link.ts';
import { log, logger, requireEnv, storeFromEnv } from './runtime.ts';
import { tracer } from './telemetry.ts';

let secrets: LinkSecretSource | undefined;

const STATUS = { malformed: 400, 'bad-signature': 403, revoked: 403, expired: 410 } as const;

function page(statusCode: number, text: string): LambdaFunctionURLResult {
  return {
    statusCode,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
    body: `${text}\n`,
  };
}

export async function handler(event: LambdaFunctionURLEvent, context?: Context): Promise<LambdaFunctionURLResult> {
  if (context) logger.addContext(context);
  const method = event.requestContext?.http?.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return page(405, 'only GET opens a review link');
  secrets ??= new LinkSecretSource({
    secretId: requireEnv('CLAIMWATCH_LINK_SECRET_ID'),
    client: tracer.captureAWSv3Client(new SecretsManagerClient({})),
    maxAgeMs: Number(process.env.CLAIMWATCH_LINK_SECRET_MAX_AGE_MS ?? 60_000),
  });
  const check = verifyReviewLink(event.rawPath ?? '/', event.queryStringParameters ?? {}, await secrets.get(), new Date());
  if (!check.ok) {
    log.warn('review link refused', { reason: check.reason, path: event.rawPath?.slice(0, 200) });
    const hint = check.reason === 'malformed' ? '' : ' Ask the team for a fresh link, or run: npx claimwatch diffs show ARTICLE-ID --bucket BUCKET';
    return page(STATUS[check.reason], `claimwatch: ${check.message}.${hint}`);
  }
  const location = await storeFromEnv().linkTo(check.objectKey);
  log.info('review link opened', { articleId: check.articleId, objectKey: check.objectKey, linkExpires: check.expires.toISOString() });
  return {
    statusCode: 302,
    headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
    body: '',
  };
}
