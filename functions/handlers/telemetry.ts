// Metrics (CloudWatch embedded metric format, written as log lines: no API calls, no extra
// latency) and X-Ray traces for the Lambda handlers. The namespace is set by the stack
// (POWERTOOLS_METRICS_NAMESPACE = claimwatch/<stack>), so two stacks never mix their figures.
// Outside Lambda the tracer is off by itself; metrics still print, which tests read.
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

export { MetricUnit };

/** Metric names: the stack's dashboard and alarms use the same constants (infra/stack.ts). */
export const METRIC = {
  feedItemsRead: 'FeedItemsRead',
  articlesStored: 'ArticlesStored',
  articlesSkipped: 'ArticlesSkipped',
  articlesRetried: 'ArticlesRetried',
  feedsFailed: 'FeedsFailed',
  feedsDeferred: 'FeedsDeferred',
  articlesAnalysed: 'ArticlesAnalysed',
  analysisFailures: 'AnalysisFailures',
  analysisDuration: 'AnalysisDuration',
  alertsSent: 'AlertsSent',
  /** One per claim label: ClaimsNew, ClaimsContradiction, ClaimsKnown, ClaimsRepeated. */
  claims: (label: string) => `Claims${label.charAt(0).toUpperCase()}${label.slice(1)}`,
} as const;

export const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'claimwatch/local' });
// No global http/https/fetch patching: the collector's own agents guard every feed and page
// request (address checks, caps), and a patched request must not stand between them; the AWS
// SDK clients are traced one by one (captureAWSv3Client), which needs no patching.
export const tracer = new Tracer({ captureHTTPsRequests: false });

/**
 * Runs a handler inside a traced subsegment and flushes its metrics, even when it throws.
 * (The Powertools decorators and middy middleware do the same; plain functions keep bundles small.)
 */
export async function instrumented<T>(name: string, run: () => Promise<T>): Promise<T> {
  const parent = tracer.getSegment();
  const segment = parent?.addNewSubsegment(`## ${name}`);
  if (segment) tracer.setSegment(segment);
  tracer.annotateColdStart();
  tracer.addServiceNameAnnotation();
  try {
    const result = await run();
    return result;
  } catch (e) {
    segment?.addError(e as Error);
    throw e;
  } finally {
    metrics.publishStoredMetrics();
    segment?.close();
    if (parent) tracer.setSegment(parent);
  }
}
