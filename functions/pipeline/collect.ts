// The collect step: read every feed of the watch profile, keep the new on-topic items and
// store each as `articles/YYYY/MM/DD/<article-id>.json`. Pure orchestration over the Store
// and Fetcher ports, so the Lambda and `claimwatch run` share it.
//
// Exactly one stored article per story: the id is a hash of the canonical URL; within a run
// a map of in-flight ids catches the same story in two feeds, and across runs a marker
// `state/articles/<article-id>.json` (written create-if-absent after the article) is looked
// up before any page is fetched. Nothing is lost: an item is only remembered as seen once it
// is stored or judged off-topic; when its page fails it is retried on the next run (and the
// feed's validators are dropped so the next run gets the full feed, not a 304).
import Parser from 'rss-parser';
import { canonicalUrl } from '../core/canonical-url.ts';
import {
  emptyFeedState,
  parseFeedState,
  recordFailure,
  recordSuccess,
  rememberSeen,
  SEEN_LIMIT,
  type FeedState,
} from '../core/feed-state.ts';
import { articleId, keys } from '../core/ids.ts';
import { mapLimit } from '../core/map-limit.ts';
import type * as PageTextModule from '../core/page-text.ts';
import { FetchError, silentLog, type Fetcher, type Log, type Store } from '../core/ports.ts';
import type { FeedConfig, WatchProfile } from '../core/profile.ts';
import { mentionsProfile } from '../core/relevance-prefilter.ts';
import type { Article } from '../core/types.ts';

export interface CollectDeps {
  store: Store;
  fetcher: Fetcher;
  profile: WatchProfile;
  /** Defaults to the profile's feeds. */
  feeds?: FeedConfig[];
  now?: () => Date;
  log?: Log;
  /** Feeds fetched at the same time (default 4). */
  concurrency?: number;
  /**
   * Milliseconds left before the run is killed (the Lambda's getRemainingTimeInMillis). When
   * little is left, no new feed or page fetch starts: they wait for the next run, nothing lost.
   */
  timeLeftMs?: () => number;
}

export interface FeedOutcome {
  feed: string;
  /** deferred: not started, too little time was left in this run; the next run reads it. */
  status: 'ok' | 'not-modified' | 'failed' | 'deferred';
  /** Why the feed failed, or why some of its items will be retried. */
  error?: string;
  /** Items in the feed document. */
  items: number;
  stored: number;
  /** Already seen, duplicates, off-topic, or without a usable link. */
  skipped: number;
  /** Items whose page could not be fetched this time: not marked seen, retried next run. */
  retry: number;
}

export interface CollectResult {
  feeds: FeedOutcome[];
  stored: Array<{ id: string; key: string }>;
}

/** Below this many characters of text, a feed item is a summary and its page is fetched. */
export const FULL_TEXT_MIN_CHARS = 600;
/** After this many failed page fetches the item is stored with its feed summary. */
export const MAX_PAGE_ATTEMPTS = 3;
const PAGE_MAX_BYTES = 5 * 1024 * 1024;
const PAGES_AT_ONCE = 3;
/** No feed starts with less time left than this: a feed fetch, its pages and the state write fit in it. */
export const FEED_START_RESERVE_MS = 90_000;
/** No page fetch starts with less time left than this (a fetch gives up after 30 s). */
export const PAGE_START_RESERVE_MS = 45_000;
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

type FeedItem = Parser.Item & { 'content:encoded'?: string; 'content:encodedSnippet'?: string };

type ItemResult =
  | { kind: 'stored' | 'seen'; id: string }
  | { kind: 'skipped' }
  | { kind: 'retry'; id: string; attempts?: number; reason: string };


function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Failures worth another try later: the server or network may recover, a 404 or a PDF won't. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof FetchError)) return false;
  if (error.code === 'timeout' || error.code === 'network') return true;
  return error.code === 'http-status' && (error.status === 429 || (error.status ?? 0) >= 500);
}

const parser = new Parser();

/**
 * The page reader (Readability over linkedom) is loaded on first use, not at start-up: a run
 * that finds nothing new never needs it, and the collect Lambda's cold start stays short.
 */
let pageTextModule: Promise<typeof PageTextModule> | undefined;
function loadPageText(): Promise<typeof PageTextModule> {
  return (pageTextModule ??= import('../core/page-text.ts'));
}

async function parseFeed(body: string): Promise<FeedItem[]> {
  if (!body.trim()) throw new Error('the feed is empty');
  try {
    const feed = await parser.parseString(body);
    return (feed.items ?? []) as FeedItem[];
  } catch (error) {
    throw new Error(`not a readable RSS or Atom feed: ${errorMessage(error).split('\n')[0]}`);
  }
}

/** Whether the item's text comes from its page (a summary-only item of a feed that fetches pages). */
function needsPage(feed: FeedConfig, body: { snippet: string }): boolean {
  return Boolean(feed.fetchPages) && body.snippet.length < FULL_TEXT_MIN_CHARS;
}

function squeeze(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The item's link; an RSS guid that is a URL serves when the link is missing. */
function itemLink(item: FeedItem): string | undefined {
  const link = squeeze(item.link);
  if (link) return link;
  const guid = squeeze(typeof item.guid === 'string' ? item.guid : undefined);
  return /^https?:\/\//i.test(guid) ? guid : undefined;
}

/** The item's own text: its longest body (content:encoded, description or Atom content). */
function itemBody(item: FeedItem): { snippet: string; html: string } {
  const candidates = [
    { snippet: item['content:encodedSnippet'], html: item['content:encoded'] },
    { snippet: item.contentSnippet, html: item.content },
    { snippet: item.summary, html: item.summary },
  ].map((c) => ({ snippet: squeeze(c.snippet), html: c.html ?? '' }));
  return candidates.reduce((best, c) => (c.snippet.length > best.snippet.length ? c : best));
}

/** A title for an item without one: its first words, or the last part of its URL. */
function fallbackTitle(text: string, url: string): string {
  const words = text.split(' ').slice(0, 12).join(' ');
  if (words) return words.length < text.length ? `${words}…` : words;
  const slug = new URL(url).pathname.split('/').filter(Boolean).pop();
  return slug ? decodeURIComponent(slug).replace(/[-_]+/g, ' ').replace(/\.\w+$/, '') : url;
}

export async function collectFeeds(deps: CollectDeps): Promise<CollectResult> {
  const { store, fetcher, profile } = deps;
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? silentLog;
  const stored: CollectResult['stored'] = [];
  // Article id → the pending store of that story in this run, so two feeds store it once.
  const inFlight = new Map<string, Promise<ItemResult>>();

  async function loadState(feed: FeedConfig): Promise<FeedState> {
    const text = await store.get(keys.feedState(feed.id));
    if (text === undefined) return emptyFeedState(feed.id);
    try {
      return parseFeedState(text, feed.id);
    } catch (error) {
      // Starting afresh loses nothing: stored articles are found by their markers.
      log.error('feed state unreadable, starting afresh', { feed: feed.id, error: errorMessage(error) });
      return emptyFeedState(feed.id);
    }
  }

  async function saveState(state: FeedState): Promise<void> {
    await store.put(keys.feedState(state.feed), `${JSON.stringify(state, null, 2)}\n`, 'application/json');
  }

  /** The article text: the feed's own when it is full text, else the page's. */
  async function articleText(feed: FeedConfig, link: string, body: { snippet: string; html: string }, pageText: typeof PageTextModule) {
    const { extractPageText, htmlToText, PageTextError } = pageText;
    if (!needsPage(feed, body)) {
      return { text: htmlToText(body.html) || body.snippet, pageTitle: '' };
    }
    const page = await fetcher.fetch({ url: link, accept: PAGE_ACCEPT, maxBytes: PAGE_MAX_BYTES });
    if (page.contentType && !/html|xml/i.test(page.contentType)) {
      throw new PageTextError(`the page is ${page.contentType.split(';')[0]}, not HTML`);
    }
    const extracted = extractPageText(page.body);
    return { text: extracted.text, pageTitle: extracted.title };
  }

  async function storeItem(feed: FeedConfig, state: FeedState, item: FeedItem, id: string, url: string, link: string): Promise<ItemResult> {
    const marker = await store.get(keys.collected(id));
    if (marker !== undefined) return { kind: 'seen', id };

    const body = itemBody(item);
    if (needsPage(feed, body) && timeLeft() < PAGE_START_RESERVE_MS) {
      // Not a failure: keep its attempt count, leave it unseen for the next run.
      return { kind: 'retry', id, attempts: state.pageFailures[id], reason: `${link}: deferred to the next run (run time nearly up)` };
    }
    // Outside the try: a reader that cannot load is a failure of ours, not an unusable page.
    const pageText = await loadPageText();
    let text: string;
    let pageTitle = '';
    try {
      ({ text, pageTitle } = await articleText(feed, link, body, pageText));
    } catch (error) {
      const attempts = (state.pageFailures[id] ?? 0) + 1;
      if (isTransient(error) && attempts < MAX_PAGE_ATTEMPTS) {
        return { kind: 'retry', id, attempts, reason: `${link}: ${errorMessage(error)}` };
      }
      log.warn('article page unusable, storing the feed summary', { feed: feed.id, url: link, error: errorMessage(error) });
      text = '';
    }

    const title = squeeze(item.title) || pageTitle || fallbackTitle(body.snippet || text, url);
    const fetchedAt = now().toISOString();
    const article: Article = {
      id,
      url,
      title,
      source: feed.name,
      published: item.isoDate ?? '',
      fetchedAt,
      feed: feed.id,
      text: text || body.snippet || title,
    };
    const key = keys.article(id, fetchedAt);
    await store.put(key, `${JSON.stringify(article, null, 2)}\n`, 'application/json');
    await store.putIfAbsent(keys.collected(id), JSON.stringify({ id, key, feed: feed.id, collectedAt: fetchedAt }), 'application/json');
    stored.push({ id, key });
    log.info('article stored', { feed: feed.id, id, key, title });
    return { kind: 'stored', id };
  }

  async function handleItem(feed: FeedConfig, state: FeedState, seen: Set<string>, base: string, item: FeedItem): Promise<ItemResult> {
    const link = itemLink(item);
    if (!link) return { kind: 'skipped' };
    let url: string;
    try {
      url = canonicalUrl(link, base);
    } catch {
      return { kind: 'skipped' };
    }
    const id = articleId(url);
    if (seen.has(id)) return { kind: 'seen', id };
    const body = itemBody(item);
    if (!mentionsProfile(`${squeeze(item.title)}\n${body.snippet}`, profile)) return { kind: 'seen', id };

    const pending = inFlight.get(id);
    if (pending) {
      // The same story from another feed (or twice in this one): it counts as seen once stored.
      const other = await pending;
      return other.kind === 'stored' || other.kind === 'seen' ? { kind: 'seen', id } : other;
    }
    const work = storeItem(feed, state, item, id, url, new URL(link, base).href).catch(
      (error): ItemResult => ({ kind: 'retry', id, reason: errorMessage(error) }),
    );
    inFlight.set(id, work);
    return work;
  }

  async function collectFeed(feed: FeedConfig): Promise<FeedOutcome> {
    const at = now().toISOString();
    const outcome: FeedOutcome = { feed: feed.id, status: 'ok', items: 0, stored: 0, skipped: 0, retry: 0 };
    if (timeLeft() < FEED_START_RESERVE_MS) {
      // Its state is untouched, so it is read first next run (feeds go oldest attempt first).
      log.warn('feed deferred to the next run: run time nearly up', { feed: feed.id, timeLeftMs: timeLeft() });
      return { ...outcome, status: 'deferred' };
    }
    const state = await (preloaded.get(feed.id) ?? loadState(feed)).catch((error) => {
      log.error('feed state could not be read', { feed: feed.id, error: errorMessage(error) });
      return emptyFeedState(feed.id);
    });
    try {
      const response = await fetcher.fetch({
        url: feed.url,
        etag: state.etag,
        lastModified: state.lastModified,
        accept: FEED_ACCEPT,
      });
      if (response.notModified) {
        await saveState(recordSuccess(state, at));
        log.info('feed not modified', { feed: feed.id });
        return { ...outcome, status: 'not-modified' };
      }
      const items = await parseFeed(response.body);
      outcome.items = items.length;
      const seen = new Set(state.seen);
      const results = await mapLimit(items, PAGES_AT_ONCE, (item) => handleItem(feed, state, seen, response.url, item));

      const handled: string[] = [];
      const pageFailures: Record<string, number> = {};
      const retryReasons: string[] = [];
      for (const result of results) {
        if (result.kind === 'stored') outcome.stored++;
        else if (result.kind === 'retry') outcome.retry++;
        else outcome.skipped++;
        if (result.kind === 'stored' || result.kind === 'seen') handled.push(result.id);
        if (result.kind === 'retry') {
          retryReasons.push(result.reason);
          if (result.attempts) pageFailures[result.id] = result.attempts;
        }
      }
      const withoutLink = items.filter((item) => !itemLink(item)).length;
      if (withoutLink) log.warn('feed items without a link were skipped', { feed: feed.id, count: withoutLink });
      if (outcome.retry) {
        outcome.error = `${outcome.retry} item(s) will be retried next run; first: ${retryReasons[0]}`;
        log.warn('some items will be retried next run', { feed: feed.id, count: outcome.retry, reasons: retryReasons.slice(0, 5) });
      }

      // With items left to retry, forget the validators so the next run is not told "304".
      const keepValidators = outcome.retry === 0;
      await saveState({
        ...recordSuccess(state, at),
        url: feed.url,
        etag: keepValidators ? response.etag : undefined,
        lastModified: keepValidators ? response.lastModified : undefined,
        seen: rememberSeen(state.seen, handled, Math.max(SEEN_LIMIT, items.length)),
        pageFailures,
      });
      log.info('feed collected', { ...outcome });
      return outcome;
    } catch (error) {
      const message = errorMessage(error);
      const failed = recordFailure(state, at, message, error instanceof FetchError ? error.code : undefined);
      log.error('feed failed', { feed: feed.id, url: feed.url, error: message, consecutiveFailures: failed.consecutiveFailures });
      await saveState(failed).catch((saveError) =>
        log.error('feed state could not be saved', { feed: feed.id, error: errorMessage(saveError) }),
      );
      return { ...outcome, status: 'failed', error: message };
    }
  }

  const timeLeft = deps.timeLeftMs ?? (() => Infinity);
  const preloaded = new Map<string, Promise<FeedState>>();
  let feeds = deps.feeds ?? profile.feeds;
  if (deps.timeLeftMs) {
    // Under a deadline, the feeds waiting longest go first, so a run cut short never starves the same ones.
    const states = await mapLimit(feeds, 8, (feed) => {
      const state = loadState(feed);
      preloaded.set(feed.id, state);
      return state.catch(() => emptyFeedState(feed.id));
    });
    const lastAttempt = new Map(feeds.map((feed, i) => [feed.id, states[i].lastAttemptAt ?? '']));
    feeds = [...feeds].sort((a, b) => lastAttempt.get(a.id)!.localeCompare(lastAttempt.get(b.id)!));
  }
  const outcomes = await mapLimit(feeds, deps.concurrency ?? 4, collectFeed);
  return { feeds: outcomes, stored };
}
