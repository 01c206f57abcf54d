// Edited articles, the collector's side: after the feeds are read, re-check the articles
// collected earlier and store each changed version beside the first, never overwriting it.
//
// An article is re-checked when its feed item changes (guid, date or summary) and on a
// schedule after first seen (by default about 2 h, 12 h and 48 h). A re-check is a conditional
// GET (ETag / Last-Modified from the last one); the page text is compared after normalising
// (clocks, counters, rotating teasers masked), so only a real edit makes a version. A page that
// now fails, redirects elsewhere or comes back empty keeps its last good version and is
// recorded as failing in state/recheck.json. One state file serves every article: collect
// runs one at a time (reserved concurrency 1 on AWS), so there is a single writer.
import { canonicalUrl } from '../core/canonical-url.ts';
import { mapLimit } from '../core/map-limit.ts';
import type * as PageTextModule from '../core/page-text.ts';
import { silentLog, type Fetcher, type Log, type Store } from '../core/ports.ts';
import type { FeedConfig } from '../core/profile.ts';
import type { Article } from '../core/types.ts';
import {
  itemFingerprint,
  parseRecheckState,
  scheduledCheckDue,
  stillWatched,
  textFingerprint,
  versionKeys,
  type RecheckState,
  type WatchedArticle,
} from '../core/versions.ts';
import { collectFeeds, FULL_TEXT_MIN_CHARS, type CollectDeps, type CollectResult } from './collect.ts';

/** A feed item as the collector saw it this run (collect.ts calls `onItem` for each). */
export interface ObservedItem {
  feed: FeedConfig;
  id: string;
  /** Canonical URL. */
  url: string;
  /** The link to fetch. */
  link: string;
  /** The item as the collector read it: plain text. */
  title: string;
  guid?: string;
  date?: string;
  /** The item's own text (the collector's choice of its longest body, as plain text). */
  text: string;
}

export interface RecheckOptions {
  /** Delays after first seen, in ms, ascending (core/versions.ts parseRecheckAfter). */
  recheckAfter: number[];
  /** Re-checks per run at most; the rest stay due for the next run (default 100). */
  maxPerRun?: number;
}

export interface RecheckResult {
  /** Articles re-checked this run. */
  checked: number;
  /** New versions stored (each triggers its analysis). */
  versions: Array<{ id: string; key: string; version: number }>;
  unchanged: number;
  failed: Array<{ id: string; url: string; error: string }>;
  /** Articles still due, left for the next run (maxPerRun). */
  deferred: number;
  /** What the re-checks cost: page requests, body bytes received, wall time. */
  cost: { requests: number; notModified: number; bytes: number; ms: number };
}

const PAGE_MAX_BYTES = 5 * 1024 * 1024;
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';
const AT_ONCE = 3;

let pageTextModule: Promise<typeof PageTextModule> | undefined;
const loadPageText = () => (pageTextModule ??= import('../core/page-text.ts'));

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the feed says about an item that a re-check watches for. */
function itemSignature(observed: ObservedItem): string {
  return itemFingerprint({ guid: observed.guid, date: observed.date, summary: observed.text });
}

/** The same page, give or take scheme, case and tracking parameters. */
function samePage(a: string, b: string): boolean {
  const strip = (u: string) => {
    try {
      return canonicalUrl(u).replace(/^https?:/, '');
    } catch {
      return u;
    }
  };
  return strip(a) === strip(b);
}

export interface RecheckDeps {
  store: Store;
  fetcher: Fetcher;
  now?: () => Date;
  log?: Log;
}

/** A run's re-check result before anything was checked. */
export const noRechecks = (): RecheckResult => ({ checked: 0, versions: [], unchanged: 0, failed: [], deferred: 0, cost: { requests: 0, notModified: 0, bytes: 0, ms: 0 } });

/**
 * Registers the articles stored this run, re-checks those whose feed item changed or whose
 * scheduled time came, stores changed versions and saves state/recheck.json.
 */
export async function recheckArticles(
  deps: RecheckDeps,
  options: RecheckOptions,
  observed: ReadonlyMap<string, ObservedItem>,
  stored: ReadonlyArray<{ id: string; key: string }>,
): Promise<RecheckResult> {
  const { store, fetcher, log = silentLog } = deps;
  const now = deps.now ?? (() => new Date());
  const result = noRechecks();

  let state: RecheckState;
  try {
    state = parseRecheckState(await store.get(versionKeys.recheckState));
  } catch (error) {
    // Starting afresh loses no version: they are stored, and a new one never overwrites (putIfAbsent).
    log.error('re-check state unreadable, starting afresh', { error: errorMessage(error) });
    state = { articles: {} };
  }

  // Articles stored this run join the watch list.
  for (const { id, key } of stored) {
    const seen = observed.get(id);
    const body = await store.get(key);
    if (!seen || body === undefined) continue;
    let article: Article;
    try {
      article = JSON.parse(body) as Article;
    } catch (error) {
      log.error('stored article unreadable, not watched for edits', { id, key, error: errorMessage(error) });
      continue;
    }
    const fromFeed = seen.text.length >= FULL_TEXT_MIN_CHARS || !seen.feed.fetchPages;
    state.articles[id] = {
      url: article.url,
      feed: seen.feed.id,
      firstKey: key,
      firstSeenAt: article.fetchedAt,
      version: 1,
      versionKey: key,
      textHash: textFingerprint(article.text),
      item: itemSignature(seen),
      textFrom: fromFeed ? 'feed' : 'page',
      checks: 0,
    };
  }
  const fresh = new Set(stored.map((s) => s.id));

  // Which watched articles are due, and why.
  const at = now();
  const due: Array<{ id: string; reason: string; checks?: number; seen?: ObservedItem }> = [];
  for (const [id, entry] of Object.entries(state.articles)) {
    if (fresh.has(id)) continue;
    const seen = observed.get(id);
    const changedItem = seen && itemSignature(seen) !== entry.item;
    const scheduled = scheduledCheckDue(entry, options.recheckAfter, at);
    if (changedItem) due.push({ id, reason: 'feed item changed', checks: scheduled?.checks, seen });
    else if (scheduled) due.push({ id, reason: 'scheduled', checks: scheduled.checks, seen });
  }
  const limit = options.maxPerRun ?? 100;
  result.deferred = Math.max(0, due.length - limit);

  const started = performance.now();
  await mapLimit(due.slice(0, limit), AT_ONCE, async ({ id, reason, checks, seen }) => {
    const entry = state.articles[id];
    result.checked++;
    const outcome = await recheckOne(id, entry, seen).catch((error) => ({ kind: 'failed' as const, error: errorMessage(error) }));
    const checkedAt = now().toISOString();
    // The item is taken as seen either way: a failing page is retried by the schedule, not every run.
    const next: WatchedArticle = { ...entry, lastCheckedAt: checkedAt, ...(seen ? { item: itemSignature(seen) } : {}), ...(checks ? { checks } : {}) };
    if (outcome.kind === 'failed') {
      next.failing = { at: checkedAt, message: outcome.error, count: (entry.failing?.count ?? 0) + 1 };
      result.failed.push({ id, url: entry.url, error: outcome.error });
      log.warn('re-check failed, the last good version stays', { id, url: entry.url, reason, error: outcome.error, failures: next.failing.count });
    } else {
      delete next.failing;
      if (outcome.etag !== undefined || outcome.lastModified !== undefined) {
        next.etag = outcome.etag;
        next.lastModified = outcome.lastModified;
      }
      if (outcome.kind === 'version') {
        next.version = outcome.version;
        next.versionKey = outcome.key;
        next.textHash = outcome.textHash;
        result.versions.push({ id, key: outcome.key, version: outcome.version });
        log.info('article edited: new version stored', { id, url: entry.url, reason, version: outcome.version, key: outcome.key });
      } else {
        // A version found already stored with this text becomes the latest, without a new one.
        if (outcome.kind === 'unchanged' && outcome.adopt) Object.assign(next, { version: outcome.adopt.version, versionKey: outcome.adopt.key, textHash: outcome.adopt.textHash });
        result.unchanged++;
        log.info('article re-checked: unchanged', { id, reason, notModified: outcome.kind === 'not-modified' });
      }
    }
    state.articles[id] = next;
  });
  result.cost.ms = Math.round(performance.now() - started);

  for (const [id, entry] of Object.entries(state.articles)) {
    if (!stillWatched(entry, options.recheckAfter, at)) delete state.articles[id];
  }
  await store.put(versionKeys.recheckState, `${JSON.stringify(state)}\n`, 'application/json');
  return result;

  type Outcome =
    | { kind: 'failed'; error: string }
    | { kind: 'not-modified' | 'unchanged'; etag?: string; lastModified?: string; adopt?: { version: number; key: string; textHash: string } }
    | { kind: 'version'; version: number; key: string; textHash: string; etag?: string; lastModified?: string };

  /** Fetches (or, for feed-text articles, reads from the feed) the article's current text and stores it if it changed. */
  async function recheckOne(id: string, entry: WatchedArticle, seen: ObservedItem | undefined): Promise<Outcome> {
    const pageText = await loadPageText();
    let text: string;
    let validators: { etag?: string; lastModified?: string } = {};
    if (entry.textFrom === 'feed') {
      // The text came from the feed item: only the feed can show an edit.
      if (!seen) return { kind: 'unchanged' };
      text = seen.text;
    } else {
      const url = seen?.link ?? entry.url;
      result.cost.requests++;
      const page = await fetcher.fetch({ url, etag: entry.etag, lastModified: entry.lastModified, accept: PAGE_ACCEPT, maxBytes: PAGE_MAX_BYTES });
      result.cost.bytes += Buffer.byteLength(page.body);
      if (page.notModified) {
        result.cost.notModified++;
        return { kind: 'not-modified', etag: page.etag ?? entry.etag, lastModified: page.lastModified ?? entry.lastModified };
      }
      if (!samePage(page.url, entry.url)) return { kind: 'failed', error: `the page now redirects elsewhere: ${page.url}` };
      if (page.contentType && !/html|xml/i.test(page.contentType)) {
        return { kind: 'failed', error: `the page is now ${page.contentType.split(';')[0]}, not HTML` };
      }
      if (!page.body.trim()) return { kind: 'failed', error: 'the page came back empty' };
      text = pageText.extractPageText(page.body).text;
      validators = { etag: page.etag, lastModified: page.lastModified };
    }
    if (!text.trim()) return { kind: 'failed', error: 'the page has no article text now' };
    const textHash = textFingerprint(text);
    if (textHash === entry.textHash) return { kind: 'unchanged', ...validators };

    const previousBody = await store.get(entry.versionKey);
    if (previousBody === undefined) return { kind: 'failed', error: `the last version ${entry.versionKey} is missing from the store` };
    const previous = JSON.parse(previousBody) as Article;
    const title = seen?.title || previous.title;
    // Never overwrite: if vN exists (state lost or not saved), it is this text already stored
    // (adopt it, no second version) or an earlier edit (take the next free number).
    for (let n = entry.version + 1; n < entry.version + 50; n++) {
      const key = versionKeys.article(entry.firstKey, n);
      const version = { ...previous, title, fetchedAt: now().toISOString(), text, version: n, previousKey: versionKeys.article(entry.firstKey, n - 1) };
      if (await store.putIfAbsent(key, `${JSON.stringify(version, null, 2)}\n`, 'application/json')) {
        return { kind: 'version', version: n, key, textHash, ...validators };
      }
      if (storedTextHash(await store.get(key)) === textHash) return { kind: 'unchanged', adopt: { version: n, key, textHash }, ...validators };
    }
    return { kind: 'failed', error: `no free version number after v${entry.version} for ${id}` };
  }
}

function storedTextHash(body: string | undefined): string | undefined {
  try {
    const text = (JSON.parse(body ?? '') as { text?: unknown }).text;
    return typeof text === 'string' ? textFingerprint(text) : undefined;
  } catch {
    return undefined;
  }
}

/** collect.ts's collectFeeds, then the re-checks: what the collect Lambda and `claimwatch run` call. */
export async function collectAndRecheck(
  deps: CollectDeps & { recheck: RecheckOptions },
): Promise<CollectResult & { recheck: RecheckResult }> {
  const observed = new Map<string, ObservedItem>();
  const collected = await collectFeeds({
    ...deps,
    onItem: (item) => {
      if (!observed.has(item.id)) observed.set(item.id, item);
    },
  });
  const recheck = await recheckArticles(deps, deps.recheck, observed, collected.stored);
  return { ...collected, recheck };
}
