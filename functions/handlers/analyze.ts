// Analyze Lambda: SQS batches of S3 "article stored" notifications → analyzeStoredArticle.
// A failing record is reported alone (partial batch response) and retried by SQS; after 3
// receives it lands in the dead-letter queue. Other records of the batch are unaffected.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod/mini';
import { SNSClient } from '@aws-sdk/client-sns';
import { SnsNotifier } from '../adapters/sns-notifier.ts';
import type { Report } from '../core/types.ts';
import { analyzeStoredArticle, InvalidArticleError } from '../pipeline/analyze.ts';
import { reviewLinkFromEnv } from './review-links.ts';
import { log, logger, profileFromStore, requireEnv, storeFromEnv } from './runtime.ts';
import { instrumented, METRIC, metrics, MetricUnit, tracer } from './telemetry.ts';

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
function recordMetrics(report: Report, alerted: boolean, durationMs: number): void {
  metrics.addMetric(METRIC.articlesAnalysed, MetricUnit.Count, 1);
  metrics.addMetric(METRIC.analysisDuration, MetricUnit.Milliseconds, durationMs);
  metrics.addMetric(METRIC.alertsSent, MetricUnit.Count, alerted ? 1 : 0);
  const perLabel = new Map<string, number>();
  for (const finding of report.findings) perLabel.set(finding.label, (perLabel.get(finding.label) ?? 0) + 1);
  // The three labels every report can carry always get a figure (0 included); others when present.
  for (const label of new Set(['new', 'contradiction', 'known', ...perLabel.keys()])) {
    metrics.addMetric(METRIC.claims(label), MetricUnit.Count, perLabel.get(label) ?? 0);
  }
}

async function analyzeRecord(record: SQSRecord): Promise<void> {
  const store = storeFromEnv();
  notifier ??= new SnsNotifier({ topicArn: requireEnv('CLAIMWATCH_TOPIC_ARN'), client: tracer.captureAWSv3Client(new SNSClient({})) });
  const profile = await profileFromStore(store);
  const reviewLink = reviewLinkFromEnv();
  for (const key of articleKeysOf(record)) {
    const started = performance.now();
    try {
      const result = await analyzeStoredArticle({ store, notifier, profile, log, reviewLink }, key);
      recordMetrics(result.report, result.alerted, performance.now() - started);
    } catch (e) {
      metrics.addMetric(METRIC.analysisFailures, MetricUnit.Count, 1);
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
  return instrumented('analyze', () => processPartialResponse(event, analyzeRecord, processor, { context, processInParallel: false }));
}
