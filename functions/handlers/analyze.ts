// Analyze Lambda: SQS batches of S3 "article stored" notifications → analyzeStoredArticle.
// A failing record is reported alone (partial batch response) and retried by SQS; after 3
// receives it lands in the dead-letter queue. Other records of the batch are unaffected.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod/mini';
import { SnsNotifier } from '../adapters/sns-notifier.ts';
import { analyzeStoredArticle, InvalidArticleError } from '../pipeline/analyze.ts';
import { log, logger, profileFromStore, requireEnv, storeFromEnv } from './runtime.ts';

const S3EventMessage = z.union([
  z.object({ Event: z.literal('s3:TestEvent') }),
  z.object({
    Records: z.array(
      z.object({
        eventName: z.string(),
        s3: z.object({ bucket: z.object({ name: z.string() }), object: z.object({ key: z.string() }) }),
      }),
    ),
  }),
]);

/** The article keys an SQS record announces; none for S3's test event. */
export function articleKeysOf(record: SQSRecord): string[] {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new Error(`SQS message ${record.messageId} is not JSON: ${record.body.slice(0, 200)}`);
  }
  const message = z.safeParse(S3EventMessage, body);
  if (!message.success) throw new Error(`SQS message ${record.messageId} is not an S3 event notification`);
  if ('Event' in message.data) return [];
  // S3 URL-encodes keys in notifications, with "+" for spaces.
  return message.data.Records.filter((r) => r.eventName.startsWith('ObjectCreated:')).map((r) =>
    decodeURIComponent(r.s3.object.key.replace(/\+/g, ' ')),
  );
}

let notifier: SnsNotifier | undefined;

async function analyzeRecord(record: SQSRecord): Promise<void> {
  const store = storeFromEnv();
  notifier ??= new SnsNotifier({ topicArn: requireEnv('CLAIMWATCH_TOPIC_ARN') });
  const profile = await profileFromStore(store);
  for (const key of articleKeysOf(record)) {
    try {
      await analyzeStoredArticle({ store, notifier, profile, log }, key);
    } catch (e) {
      // Malformed articles will fail every time: say so, SQS moves them to the DLQ after 3 receives.
      const permanent = e instanceof InvalidArticleError;
      log.error(permanent ? 'article is malformed, it will end in the dead-letter queue' : 'article analysis failed, SQS will retry', {
        articleKey: key,
        messageId: record.messageId,
        receiveCount: record.attributes.ApproximateReceiveCount,
        error: (e as Error).message,
      });
      throw e;
    }
  }
}

const processor = new BatchProcessor(EventType.SQS);

export async function handler(event: SQSEvent, context: Context) {
  logger.addContext(context);
  // One record at a time: the engine is CPU-bound (parallel records would not finish sooner),
  // and sequential updates keep the shared diffs/index.json from losing entries.
  return processPartialResponse(event, analyzeRecord, processor, { context, processInParallel: false });
}
