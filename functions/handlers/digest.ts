// Digest Lambda, run by its own EventBridge schedule (daily by default): one message with the
// findings since the last digest to the alert topic, marked notice=digest so only the email
// subscriptions' filter policy takes it. An empty period sends nothing.
import type { Context } from 'aws-lambda';
import { SnsNotifier } from '../adapters/sns-notifier.ts';
import { runDigest } from '../pipeline/digest.ts';
import { reviewLinkFromEnv } from './review-links.ts';
import { log, logger, requireEnv, storeFromEnv } from './runtime.ts';

let notifier: SnsNotifier | undefined;

export async function handler(_event: unknown, context: Context) {
  logger.addContext(context);
  notifier ??= new SnsNotifier({ topicArn: requireEnv('CLAIMWATCH_TOPIC_ARN') });
  const result = await runDigest({ store: storeFromEnv(), notifier, log, reviewLink: reviewLinkFromEnv() });
  return { sent: result.sent, since: result.since.toISOString(), until: result.until.toISOString(), counts: result.counts };
}
