// One collect → analyze → notify cycle over any Store, Fetcher and Notifier: what
// `claimwatch run` does locally. (On AWS the same two steps run as separate Lambdas.)
import { diffKeyOfArticle } from '../core/ids.ts';
import { silentLog, type Fetcher, type Log, type Notifier, type Store } from '../core/ports.ts';
import type { FeedConfig, WatchProfile } from '../core/profile.ts';
import type { Report } from '../core/types.ts';
import { analyzeStoredArticle } from './analyze.ts';
import type { FeedOutcome } from './collect.ts';
import { collectAndRecheck, type RecheckResult } from './recheck.ts';
import { DEFAULT_RECHECK_AFTER, parseRecheckAfter } from '../core/versions.ts';

export interface CycleDeps {
  store: Store;
  fetcher: Fetcher;
  notifier: Notifier;
  profile: WatchProfile;
  feeds?: FeedConfig[];
  log?: Log;
  now?: () => Date;
  /** Re-check delays after first seen, in ms (default 2 h, 12 h, 48 h). */
  recheckAfter?: number[];
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
  /** Stored articles the analyze step could not handle; they stay stored and are tried again next cycle. */
  failed: Array<{ articleKey: string; error: string }>;
  /** How many of those analysed or failed were left without a diff by an earlier cycle. */
  retried: number;
  /** Re-checks of earlier articles for edits, and the versions they stored. */
  recheck: RecheckResult;
}

/** Stored articles without a diff: the ones just collected, then any an earlier cycle failed to analyse. */
async function articlesToAnalyze(store: Store, collected: string[]): Promise<{ keys: string[]; retried: number }> {
  const [articles, diffs] = await Promise.all([store.list('articles/'), store.list('diffs/')]);
  const analysed = new Set(diffs);
  const fresh = new Set(collected);
  const leftOver = articles.filter((key) => key.endsWith('.json') && !analysed.has(diffKeyOfArticle(key)) && !fresh.has(key));
  return { keys: [...collected, ...leftOver], retried: leftOver.length };
}

/**
 * Feeds are read in parallel, so articles arrive in any order; the claims ledger credits a claim
 * to the first article analysed, which should be the first published. Unreadable ones go last
 * (their analysis reports the problem).
 */
async function inPublicationOrder(store: Store, keys: string[]): Promise<string[]> {
  const published = await Promise.all(
    keys.map(async (key) => {
      try {
        const time = Date.parse((JSON.parse((await store.get(key)) ?? '{}') as { published?: string }).published ?? '');
        return Number.isNaN(time) ? Infinity : time;
      } catch {
        return Infinity;
      }
    }),
  );
  return keys.map((key, i) => ({ key, at: published[i] })).sort((a, b) => a.at - b.at).map((k) => k.key);
}

export async function runCycle(deps: CycleDeps): Promise<CycleSummary> {
  const { store, fetcher, notifier, profile, feeds, log = silentLog, now } = deps;
  const recheckAfter = deps.recheckAfter ?? parseRecheckAfter(DEFAULT_RECHECK_AFTER);
  const collected = await collectAndRecheck({ store, fetcher, profile, feeds, log, now, recheck: { recheckAfter } });
  const fresh = [...collected.stored.map((s) => s.key), ...collected.recheck.versions.map((v) => v.key)];
  const pending = await articlesToAnalyze(store, fresh);
  pending.keys = await inPublicationOrder(store, pending.keys);
  const summary: CycleSummary = { feeds: collected.feeds, analyzed: [], failed: [], retried: pending.retried, recheck: collected.recheck };
  // One at a time: the first call builds the baseline index, the others reuse it.
  for (const key of pending.keys) {
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
      // One bad article must not stop the others; it stays stored, without a diff, for the next cycle.
      const error = (e as Error).message;
      log.error('analyze failed', { articleKey: key, error });
      summary.failed.push({ articleKey: key, error });
    }
  }
  return summary;
}
