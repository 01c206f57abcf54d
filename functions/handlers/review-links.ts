// Alert and digest links that last: signed, expiring links to the review-link function
// (functions/core/review-link.ts), keyed by the secret in Secrets Manager. Shared by the analyze
// and digest handlers. Without CLAIMWATCH_LINK_BASE_URL (local runs, tests) there is none and
// the store's own link serves.
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { LinkSecretSource } from '../adapters/link-secret.ts';
import { signReviewLink } from '../core/review-link.ts';
import { log, requireEnv, storeFromEnv } from './runtime.ts';
import { tracer } from './telemetry.ts';

let linkSecret: LinkSecretSource | undefined;

/**
 * Alert links go through the link function (CLAIMWATCH_LINK_BASE_URL), signed for
 * CLAIMWATCH_LINK_LIFETIME_SECONDS; without it (local tests), a presigned S3 URL as before.
 */
export function reviewLinkFromEnv(): ((htmlKey: string) => Promise<string>) | undefined {
  const baseUrl = process.env.CLAIMWATCH_LINK_BASE_URL;
  if (!baseUrl) return undefined;
  linkSecret ??= new LinkSecretSource({
    secretId: requireEnv('CLAIMWATCH_LINK_SECRET_ID'),
    client: tracer.captureAWSv3Client(new SecretsManagerClient({})),
    maxAgeMs: Number(process.env.CLAIMWATCH_LINK_SECRET_MAX_AGE_MS ?? 60_000),
  });
  const lifetimeSeconds = Number(requireEnv('CLAIMWATCH_LINK_LIFETIME_SECONDS'));
  const secrets = linkSecret;
  return async (objectKey) => {
    try {
      return signReviewLink({ baseUrl, objectKey, secret: await secrets.get(), now: new Date(), lifetimeSeconds });
    } catch (e) {
      // An alert with a short-lived link beats an alert held back: the diff stays readable with `diffs show`.
      log.error('review link could not be signed; the alert carries a presigned S3 link that expires with this run\'s credentials', {
        objectKey,
        error: (e as Error).message,
      });
      return storeFromEnv().linkTo(objectKey);
    }
  };
}

