// One collect → analyze → notify cycle over any Store, Fetcher and Notifier: what
// `claimwatch run` does locally. (On AWS the same two steps run as separate Lambdas.)
import { silentLog, type Fetcher, type Log, type Notifier, type Store } from '../core/ports.ts';
import type { FeedConfig, WatchProfile } from '../core/profile.ts';
import type { Report } from '../core/types.ts';
import { analyzeStoredArticle } from './analyze.ts';
import { collectFeeds, type FeedOutcome } from './collect.ts';

export interface CycleDeps {
  store: Store;
  fetcher: Fetcher;
  notifier: Notifier;
  profile: WatchProfile;
  feeds?: FeedConfig[];
  log?: Log;
  now?: () => Date;
}

export interface AnalyzedArticle {
  articleId: string;
  articleKey: string;
  title: string;
  summary: Report['summary'];
  relevant: boolean;
  alert: boolean;
  /** True when this cycle sent the alert (false when it had gone out before). */
  alerted: boolean;
  reportKey: string;
  htmlKey: string;
}

export interface CycleSummary {
  feeds: FeedOutcome[];
  analyzed: AnalyzedArticle[];
  /** Stored articles the analyze step could not handle; they stay in the store. */
  failed: Array<{ articleKey: string; error: string }>;
}

export async function runCycle(deps: CycleDeps): Promise<CycleSummary> {
  const { store, fetcher, notifier, profile, feeds, log = silentLog, now } = deps;
  const collected = await collectFeeds({ store, fetcher, profile, feeds, log, now });
  const summary: CycleSummary = { feeds: collected.feeds, analyzed: [], failed: [] };
  // One at a time: the first call builds the baseline index, the others reuse it.
  for (const { key } of collected.stored) {
    try {
      const result = await analyzeStoredArticle({ store, notifier, profile, log, now }, key);
      const { report } = result;
      summary.analyzed.push({
        articleId: result.articleId,
        articleKey: key,
        title: report.article.title,
        summary: report.summary,
        relevant: report.relevant,
        alert: report.alert,
        alerted: result.alerted,
        reportKey: result.reportKey,
        htmlKey: result.htmlKey,
      });
    } catch (e) {
      // One bad article must not stop the others; it stays stored for a later re-run.
      const error = (e as Error).message;
      log.error('analyze failed', { articleKey: key, error });
      summary.failed.push({ articleKey: key, error });
    }
  }
  return summary;
}
