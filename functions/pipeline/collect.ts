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
//
// One odd item never costs the feed: an item that cannot be read is skipped with its reason,
// counted in the feed's outcome and logged, and the others are collected. A feed's outcome is
// returned (and logged) only once every page fetch and store of that feed has settled.
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
import { parseFeedDate } from '../core/feed-date.ts';
import { readFeedItem, type FeedItemText, type RawItem } from '../core/feed-item.ts';
import { articleId, keys } from '../core/ids.ts';
import { mapLimit } from '../core/map-limit.ts';
import type * as PageTextModule from '../core/page-text.ts';
import { FetchError, silentLog, type Fetcher, type Log, type Store } from '../core/ports.ts';
import type { FeedConfig, WatchProfile } from '../core/profile.ts';
import { headlineNamesProfile, mentionsProfile } from '../core/relevance-prefilter.ts';
import type { Article } from '../core/types.ts';
import { parseFeedDocument } from './feed-parser.ts';
import type { ObservedItem } from './recheck.ts';

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
  /** [edits hook] Called with every item that has an article id; recheck.ts watches stored articles for edits. */
  onItem?: (observed: ObservedItem) => void;
}

/** Why items were not stored: each count is part of FeedOutcome.skipped. */
export interface SkipCounts {
  /** Stored or judged before (this run in another feed, or an earlier run). */
  seen: number;
  /** The keyword check found nothing of the watch profile (remembered as seen). */
  offTopic: number;
  /** No link, or a link that is not a URL. */
  noLink: number;
  /** The same link as an earlier item of this feed (a podcast linking every episode to its home page). */
  sameLink: number;
  /** The item could not be read (a field that is not text, an item rss-parser throws on). */
  unreadable: number;
}

export interface SkippedItem {
  /** 1-based place of the item in the feed document. */
  item: number;
  reason: 'unreadable' | 'same-link' | 'no-link';
  /** Its title or link, when it has one, for a person to find it. */
  label?: string;
  detail: string;
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
  /** Items not stored: the sum of `skips`. */
  skipped: number;
  skips: SkipCounts;
  /** The unreadable, same-link and link-less items, each with why (the first 20). */
  skippedItems: SkippedItem[];
  /** Items whose page could not be fetched this time: not marked seen, retried next run. */
  retry: number;
  /** Stored articles with no text beyond their title. */
  thin: number;
  /** Stored articles carrying warnings (no text beyond the title, undecodable characters, no readable date). */
  warned: number;
  /** How the feed's bytes were decoded, when the declared charset was not used or bytes were lost. */
  charsetNote?: string;
}

export interface CollectResult {
  feeds: FeedOutcome[];
  stored: Array<{ id: string; key: string }>;
}

/** Below this many characters of text, a feed item is a summary and its page is fetched. */
export const FULL_TEXT_MIN_CHARS = 600;

/** Whether the item's text comes from its page (a summary-only item of a feed that fetches pages). */
function needsPage(feed: FeedConfig, item: { text: string }): boolean {
  return Boolean(feed.fetchPages) && item.text.length < FULL_TEXT_MIN_CHARS;
}
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

/** A feed item read into plain text, with its place in the feed and its canonical URL. */
interface ReadItem extends FeedItemText {
  index: number;
  url: string;
  /** The link resolved against the feed's URL (what is fetched). */
  href: string;
  id: string;
}

type ItemResult =
  | { kind: 'stored'; id: string; thin: boolean; warned: boolean }
  | { kind: 'seen' | 'off-topic'; id: string }
  | { kind: 'retry'; id: string; attempts?: number; reason: string };

const MAX_LISTED_SKIPS = 20;


function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Failures worth another try later: the server or network may recover, a 404 or a PDF won't. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof FetchError)) return false;
  if (error.code === 'timeout' || error.code === 'network') return true;
  return error.code === 'http-status' && (error.status === 429 || (error.status ?? 0) >= 500);
}

/**
 * The page reader (Readability over linkedom) is loaded on first use, not at start-up: a run
 * that finds nothing new never needs it, and the collect Lambda's cold start stays short.
 */
let pageTextModule: Promise<typeof PageTextModule> | undefined;
function loadPageText(): Promise<typeof PageTextModule> {
  return (pageTextModule ??= import('../core/page-text.ts'));
}

/** A title for an item without one: its first words, or the last part of its URL. */
function fallbackTitle(text: string, url: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const words = flat.split(' ').slice(0, 12).join(' ');
  if (words) return words.length < flat.length ? `${words}…` : words;
  const slug = new URL(url).pathname.split('/').filter(Boolean).pop();
  if (!slug) return url;
  let name = slug;
  try {
    name = decodeURIComponent(slug);
  } catch {
    // a malformed %-escape: the slug as written
  }
  return name.replace(/[-_]+/g, ' ').replace(/\.\w+$/, '');
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
  async function articleText(feed: FeedConfig, item: ReadItem, pageText: typeof PageTextModule) {
    const { extractPageText, PageTextError } = pageText;
    if (!needsPage(feed, item)) return { text: item.text, pageTitle: '' };
    const page = await fetcher.fetch({ url: item.href, accept: PAGE_ACCEPT, maxBytes: PAGE_MAX_BYTES });
    if (page.contentType && !/html|xml/i.test(page.contentType)) {
      throw new PageTextError(`the page is ${page.contentType.split(';')[0]}, not HTML`);
    }
    const extracted = extractPageText(page.body);
    return { text: extracted.text, pageTitle: extracted.title, charsetNote: page.charsetNote };
  }

  async function storeItem(feed: FeedConfig, state: FeedState, item: ReadItem, language: string | undefined, feedCharsetNote: string | undefined): Promise<ItemResult> {
    const { id, url } = item;
    const marker = await store.get(keys.collected(id));
    if (marker !== undefined) return { kind: 'seen', id };
    if (needsPage(feed, item) && timeLeft() < PAGE_START_RESERVE_MS) {
      // Not a failure: keep its attempt count, leave it unseen for the next run.
      return { kind: 'retry', id, attempts: state.pageFailures[id], reason: `${item.href}: deferred to the next run (run time nearly up)` };
    }

    // Outside the try: a reader that cannot load is a failure of ours, not an unusable page.
    const pageText = await loadPageText();
    let text: string;
    let pageTitle = '';
    let charsetNote = feedCharsetNote;
    try {
      const read = await articleText(feed, item, pageText);
      ({ text, pageTitle } = read);
      if (read.charsetNote) charsetNote = read.charsetNote;
    } catch (error) {
      const attempts = (state.pageFailures[id] ?? 0) + 1;
      if (isTransient(error) && attempts < MAX_PAGE_ATTEMPTS) {
        return { kind: 'retry', id, attempts, reason: `${item.href}: ${errorMessage(error)}` };
      }
      log.warn('article page unusable, storing the feed summary', { feed: feed.id, url: item.href, error: errorMessage(error) });
      text = '';
    }

    const title = item.title || pageTitle.replace(/\s+/g, ' ').trim() || fallbackTitle(item.text || text, url);
    const fetchedAt = now().toISOString();
    const finalText = text || item.text || title;
    const published = parseFeedDate(item.date, language);
    const warnings: string[] = [];
    const thin = finalText.replace(/\s+/g, ' ').trim() === title;
    if (thin) warnings.push('no text beyond the title: the feed item has no description and its page gave no text');
    if (!published) {
      warnings.push(item.date ? `publication date not readable (${JSON.stringify(item.date.slice(0, 60))}): the fetch time stands in` : 'no publication date in the feed: the fetch time stands in');
    }
    const replaced = (title + finalText).split('\ufffd').length - 1;
    if (replaced) {
      warnings.push(`${replaced} character(s) could not be decoded and read as U+FFFD${charsetNote ? ` (${charsetNote})` : ''}`);
    }
    const article: Article = {
      id,
      url,
      title,
      source: feed.name,
      published: published?.toISOString() ?? fetchedAt,
      publishedKnown: Boolean(published),
      fetchedAt,
      feed: feed.id,
      text: finalText,
      ...(warnings.length ? { warnings } : {}),
    };
    const key = keys.article(id, fetchedAt);
    await store.put(key, `${JSON.stringify(article, null, 2)}\n`, 'application/json');
    await store.putIfAbsent(keys.collected(id), JSON.stringify({ id, key, feed: feed.id, collectedAt: fetchedAt }), 'application/json');
    stored.push({ id, key });
    log.info('article stored', { feed: feed.id, id, key, title });
    if (thin) log.warn('article stored with no text beyond its title', { feed: feed.id, id, key, url });
    if (replaced) log.warn('article stored with undecodable characters (U+FFFD)', { feed: feed.id, id, key, count: replaced, charsetNote });
    return { kind: 'stored', id, thin, warned: warnings.length > 0 };
  }

  async function handleItem(feed: FeedConfig, state: FeedState, seen: Set<string>, item: ReadItem, language: string | undefined, charsetNote: string | undefined): Promise<ItemResult> {
    const { id } = item;
    deps.onItem?.({ feed, id, url: item.url, link: item.href, title: item.title, guid: item.guid, date: item.date, text: item.text }); // [edits hook]
    if (seen.has(id)) return { kind: 'seen', id };
    if (!mentionsProfile(`${item.title}\n${item.text}`, profile) && !headlineNamesProfile(item.title, profile)) return { kind: 'off-topic', id };

    const pending = inFlight.get(id);
    if (pending) {
      // The same story from another feed: it counts as seen once stored.
      const other = await pending;
      return other.kind === 'stored' || other.kind === 'seen' ? { kind: 'seen', id } : other;
    }
    const work = storeItem(feed, state, item, language, charsetNote).catch(
      (error): ItemResult => ({ kind: 'retry', id, reason: errorMessage(error) }),
    );
    inFlight.set(id, work);
    return work;
  }

  /**
   * Each item read into text and a canonical URL. Items that cannot be read, have no usable
   * link, or repeat an earlier item's link are set aside with the reason.
   */
  function readItems(raw: RawItem[], base: string): { items: ReadItem[]; skipped: SkippedItem[] } {
    const items: ReadItem[] = [];
    const skipped: SkippedItem[] = [];
    const byId = new Map<string, ReadItem>();
    raw.forEach((entry, i) => {
      const index = i + 1;
      let read: FeedItemText;
      try {
        read = readFeedItem(entry);
      } catch (error) {
        return void skipped.push({ item: index, reason: 'unreadable', detail: errorMessage(error) });
      }
      const label = (read.title || read.link || '').slice(0, 120) || undefined;
      let url: string;
      let href: string;
      try {
        if (!read.link) throw new Error('no link');
        url = canonicalUrl(read.link, base);
        href = new URL(read.link, base).href;
      } catch (error) {
        return void skipped.push({ item: index, reason: 'no-link', ...(label ? { label } : {}), detail: read.link ? `link ${JSON.stringify(read.link.slice(0, 120))}: ${errorMessage(error)}` : 'the item has no link' });
      }
      const id = articleId(url);
      const first = byId.get(id);
      if (first) {
        return void skipped.push({ item: index, reason: 'same-link', ...(label ? { label } : {}), detail: `same link as item ${first.index}${first.title ? ` (${first.title.slice(0, 80)})` : ''}: ${url}` });
      }
      const item = { ...read, index, url, href, id };
      byId.set(id, item);
      items.push(item);
    });
    return { items, skipped };
  }

  async function collectFeed(feed: FeedConfig): Promise<FeedOutcome> {
    const at = now().toISOString();
    const outcome: FeedOutcome = {
      feed: feed.id,
      status: 'ok',
      items: 0,
      stored: 0,
      skipped: 0,
      skips: { seen: 0, offTopic: 0, noLink: 0, sameLink: 0, unreadable: 0 },
      skippedItems: [],
      retry: 0,
      thin: 0,
      warned: 0,
    };
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
      if (response.charsetNote) {
        outcome.charsetNote = response.charsetNote;
        log.warn('feed decoded with another charset than declared, or with undecodable bytes', { feed: feed.id, charset: response.charset, note: response.charsetNote });
      }
      const parsed = await parseFeedDocument(response.body);
      outcome.items = parsed.items.length;
      const { items, skipped } = readItems(parsed.items, response.url);
      const seen = new Set(state.seen);
      // Every item's work settles before this returns (handleItem does not throw).
      const results = await mapLimit(items, PAGES_AT_ONCE, (item) => handleItem(feed, state, seen, item, parsed.language, response.charsetNote));

      for (const skip of skipped) {
        outcome.skips[skip.reason === 'unreadable' ? 'unreadable' : skip.reason === 'same-link' ? 'sameLink' : 'noLink']++;
      }
      outcome.skippedItems = skipped.slice(0, MAX_LISTED_SKIPS);
      const handled: string[] = [];
      const pageFailures: Record<string, number> = {};
      const retryReasons: string[] = [];
      for (const result of results) {
        if (result.kind === 'stored') {
          outcome.stored++;
          if (result.thin) outcome.thin++;
          if (result.warned) outcome.warned++;
        } else if (result.kind === 'retry') outcome.retry++;
        else if (result.kind === 'seen') outcome.skips.seen++;
        else outcome.skips.offTopic++;
        if (result.kind !== 'retry') handled.push(result.id);
        if (result.kind === 'retry') {
          retryReasons.push(result.reason);
          if (result.attempts) pageFailures[result.id] = result.attempts;
        }
      }
      outcome.skipped = Object.values(outcome.skips).reduce((a, b) => a + b, 0);
      for (const reason of ['unreadable', 'same-link', 'no-link'] as const) {
        const these = skipped.filter((s) => s.reason === reason);
        if (these.length) {
          log.warn(`feed items skipped: ${reason}`, { feed: feed.id, count: these.length, items: these.slice(0, MAX_LISTED_SKIPS) });
        }
      }
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
      const { skippedItems: _listed, ...counts } = outcome;
      log.info('feed collected', counts);
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
