// The analyze step, shared by the Lambda and local mode: stored article → report → diff JSON +
// review page → diff index → at most one alert per article.
import * as z from 'zod/mini';
import { formatAlert } from '../core/alert-format.ts';
import { keys } from '../core/ids.ts';
import { describeIssues, optionalText } from '../core/validation.ts';
import { silentLog, type Log, type Notifier, type Store } from '../core/ports.ts';
import type { WatchProfile } from '../core/profile.ts';
import { renderReportPage } from '../core/render/report-page.ts';
import { CLAIMS_PAGE_KEY } from '../core/render/claims-page.ts';
import type { Article, Report } from '../core/types.ts';
import { baselineIndexFromStore } from './baseline-index.ts';
import { updateDiffIndex } from './diff-index.ts';
// [edits hook] versions of edited articles, routing labels, the digest's findings log
import { noticeOf } from '../core/edit-alert-format.ts';
import { parseVersionKey } from '../core/versions.ts';
import { recordFindings } from './findings-log.ts';
import { analyzeVersion } from './version-analysis.ts';
import { baselineReport, recordInLedger, writeClaimsPage } from './ledger.ts';
import { acceptedClaims, ledgerDocs } from '../core/ledger/ledger.ts';

/** A stored article that cannot be analysed as it is: retrying will not help (send it to the DLQ). */
export class InvalidArticleError extends Error {
  constructor(
    readonly key: string,
    readonly problem: string,
  ) {
    super(`article ${key} is malformed: ${problem}`);
    this.name = 'InvalidArticleError';
  }
}

export const StoredArticleSchema = z.object({
  // The id becomes part of storage keys, so it must be a plain slug.
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, "-" or "_"')),
  url: z.string(),
  title: z.string(),
  source: z.string(),
  published: z.string(),
  fetchedAt: z.iso.datetime({ offset: true }),
  text: z.string(),
  feed: optionalText,
  // Added by the collector later: optional, so articles stored before still read.
  publishedKnown: z.optional(z.boolean()),
  warnings: z.optional(z.array(z.string())),
});

export interface AnalyzeDeps {
  store: Store;
  notifier: Notifier;
  profile: WatchProfile;
  log?: Log;
  now?: () => Date;
  /** The review link put in the alert (default: the store's own link, else its location). */
  reviewLink?: (htmlKey: string) => Promise<string>;
  /** How old a "sending" alert marker must be before a redelivery re-sends (ALERT_SENDING_GRACE_MS). */
  alertGraceMs?: number;
}

export interface AnalyzeResult {
  articleId: string;
  reportKey: string;
  htmlKey: string;
  /** True when this call published the alert (false when none was due or it had gone out before). */
  alerted: boolean;
  report: Report;
}

export async function analyzeStoredArticle(deps: AnalyzeDeps, articleKey: string): Promise<AnalyzeResult> {
  const { store, profile, log = silentLog, now = () => new Date() } = deps;
  const version = parseVersionKey(articleKey); // [edits hook]
  if (version) return analyzeVersion(deps, articleKey, version);
  const article = await readArticle(store, articleKey);
  const { baseline, index } = await baselineIndexFromStore(store, profile);

  const reportKey = keys.diffJson(article.id, article.fetchedAt);
  const htmlKey = keys.diffHtml(article.id, article.fetchedAt);
  // The ledger first: the report says which claims earlier coverage already alerted (repeated).
  const { report, state } = await recordInLedger(deps, article, baselineReport(article, index), htmlKey);
  const docs = [...baseline.docs, ...ledgerDocs(report, state)];

  await store.put(reportKey, JSON.stringify(report, null, 2) + '\n', 'application/json');
  await store.put(htmlKey, renderReportPage({ report, article, baselineDocs: docs, claimsPageKey: CLAIMS_PAGE_KEY, htmlKey }), 'text/html; charset=utf-8');
  const analyzedAt = now().toISOString();
  await updateDiffIndex(store, {
    id: article.id,
    title: article.title,
    source: article.source,
    published: article.published,
    htmlKey,
    summary: report.summary,
    alert: report.alert,
    analyzedAt,
  });
  await recordFindings(store, { report, version: 1, reviewKey: htmlKey, analyzedAt }); // [edits hook] for the digest
  if (report.relevant) await writeClaimsPage(store, state, { accepted: acceptedClaims(state, baseline.docs) }, log);

  let alerted = false;
  if (report.alert) {
    const diffLink = deps.reviewLink ? await deps.reviewLink(htmlKey) : ((await store.linkTo?.(htmlKey)) ?? store.locate(htmlKey));
    const message = { ...formatAlert({ report, diffLink, baselineDocs: docs }), notice: noticeOf(report) }; // [edits hook] notice routes it
    alerted = await publishOnce(deps, article.id, () => deps.notifier.notify(message));
  }
  log.info('article analysed', { articleKey, reportKey, summary: report.summary, alert: report.alert, alerted });
  return { articleId: article.id, reportKey, htmlKey, alerted, report };
}

export async function readArticle(store: Store, key: string): Promise<Article> {
  const body = await store.get(key);
  if (body === undefined) throw new InvalidArticleError(key, 'no such key in the store');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    throw new InvalidArticleError(key, `not JSON (${(e as Error).message})`);
  }
  const parsed = z.safeParse(StoredArticleSchema, data);
  if (!parsed.success) {
    throw new InvalidArticleError(key, describeIssues(parsed.error));
  }
  return parsed.data;
}

/** How long a "sending" marker is left alone before a redelivery takes it over (default). */
export const ALERT_SENDING_GRACE_MS = 5 * 60_000;

/**
 * Publishes the article's alert at least once, and only once unless a process died mid-send.
 * The marker `alerts/<id>.json` is claimed with putIfAbsent BEFORE publishing, and only the
 * claimant publishes, so duplicate deliveries analysed at the same time send one alert.
 *
 * - Publish fails with an error: the claim is released and the error rethrown, so the retry
 *   publishes.
 * - The process dies between claim and publish, or between publish and the "sent" update
 *   (Lambda timeout, kill): the marker stays "sending". A later delivery that finds it older
 *   than the grace period (longer than any live analysis can take) takes it over with a
 *   conditional write (putIfUnchanged, so two redeliveries cannot both take it) and publishes.
 *   Worst case the analysts get the alert twice; never not at all. SQS redelivers the record
 *   of a crashed run after the queue's visibility timeout, which is longer than the grace.
 */
export async function publishOnce(
  deps: AnalyzeDeps,
  articleId: string,
  publish: () => Promise<void>,
  markerKey = keys.alertMarker(articleId), // [edits hook] a version's alert has its own marker
): Promise<boolean> {
  const { store, log = silentLog, now = () => new Date() } = deps;
  const graceMs = deps.alertGraceMs ?? ALERT_SENDING_GRACE_MS;
  const sending = (attempt: number) =>
    JSON.stringify({ articleId, status: 'sending', claimedAt: now().toISOString(), attempt }) + '\n';

  let claimed = await store.putIfAbsent(markerKey, sending(1), 'application/json');
  if (!claimed) {
    const current = await store.getWithVersion(markerKey);
    // Deleted meanwhile (a failed publish released it): the next delivery of that record claims it.
    if (current === undefined) return false;
    const marker = parseMarker(current.body);
    if (marker.status !== 'sending') return false;
    const age = marker.claimedAt === undefined ? Infinity : now().getTime() - marker.claimedAt;
    if (age < graceMs) {
      log.warn('alert marker is "sending": another delivery is publishing it; not re-sending', { articleId, markerKey, ageMs: age });
      return false;
    }
    claimed = await store.putIfUnchanged(markerKey, sending(marker.attempt + 1), current.version, 'application/json');
    if (!claimed) return false;
    log.warn('alert marker was left "sending" (a run died mid-send): sending the alert again, it may arrive twice', {
      articleId,
      markerKey,
      ageMs: age,
      attempt: marker.attempt + 1,
    });
  }
  try {
    await publish();
  } catch (e) {
    await store.delete(markerKey);
    throw e;
  }
  await store.put(markerKey, JSON.stringify({ articleId, status: 'sent', sentAt: now().toISOString() }) + '\n', 'application/json');
  return true;
}

/** A marker's status, claim time (ms) and attempt; an unreadable marker counts as an old claim. */
function parseMarker(body: string): { status: unknown; claimedAt: number | undefined; attempt: number } {
  try {
    const m = JSON.parse(body) as { status?: unknown; claimedAt?: unknown; attempt?: unknown };
    const at = typeof m.claimedAt === 'string' ? Date.parse(m.claimedAt) : NaN;
    return { status: m.status, claimedAt: Number.isNaN(at) ? undefined : at, attempt: typeof m.attempt === 'number' ? m.attempt : 1 };
  } catch {
    return { status: 'sending', claimedAt: undefined, attempt: 1 };
  }
}
