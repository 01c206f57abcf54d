// The collect step's own rules, over the real fetcher, a real loopback feed server and the
// real FsStore: what an article looks like, which items are skipped, how a story is stored
// once across runs, how failures are retried without losing anything, and bounded concurrency.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { createHttpFetcher } from '../functions/adapters/http-fetcher.ts';
import {
  emptyFeedState,
  FeedStateError,
  parseFeedState,
  recordFailure,
  recordSuccess,
  rememberSeen,
} from '../functions/core/feed-state.ts';
import { articleId, keys } from '../functions/core/ids.ts';
import type { Fetcher, Log, Store } from '../functions/core/ports.ts';
import { parseProfile, type FeedConfig } from '../functions/core/profile.ts';
import type { Article } from '../functions/core/types.ts';
import { collectFeeds, MAX_PAGE_ATTEMPTS, type CollectDeps } from '../functions/pipeline/collect.ts';
import { articlePage, fullText, rssFeed, serve, startTestServer, type TestServer } from './helpers/hostile-server.ts';

const profile = parseProfile({
  id: 'test',
  name: 'Russia and Vietnam (test)',
  relevance: { requireGroups: [['russia'], ['vietnam', 'asean']] },
  entities: [
    { name: 'Russia', group: 'russia', kind: 'country', aliases: ['Moscow', 'Kremlin'] },
    { name: 'Vietnam', group: 'vietnam', kind: 'country', aliases: ['Hanoi'] },
    { name: 'ASEAN', group: 'asean', kind: 'organisation', aliases: [] },
  ],
});

const NOW = new Date('2024-06-19T09:30:00Z');
let server: TestServer;
let fetcher: Fetcher;
const dirs: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  // Local mode: the loopback feed server is allow-listed by host.
  fetcher = createHttpFetcher({ allowHosts: ['127.0.0.1'], totalTimeoutMs: 2_000, maxRetryDelayMs: 50 });
});

afterAll(async () => {
  await server.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function tempStore(): Promise<FsStore> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwatch-collect-'));
  dirs.push(dir);
  return new FsStore(dir);
}

function feed(id: string, extra: Partial<FeedConfig> = {}): FeedConfig {
  return { id, name: `Feed ${id}`, url: server.url(`/${id}/feed.xml`), fetchPages: true, ...extra };
}

function collect(store: Store, feeds: FeedConfig[], extra: Partial<CollectDeps> = {}) {
  return collectFeeds({ store, fetcher, profile, feeds, now: () => NOW, ...extra });
}

async function readArticles(store: Store): Promise<Article[]> {
  const listed = await store.list('articles/');
  return Promise.all(listed.map(async (k) => JSON.parse((await store.get(k))!) as Article));
}

const hits = (p: string) => server.requests.filter((r) => r.path === p).length;

/** A Store that fails put() for keys matching a pattern while `failing` is set (S3 having a bad moment). */
class FlakyStore implements Store {
  failing = true;
  constructor(
    private readonly inner: Store,
    private readonly pattern: RegExp,
  ) {}
  get(key: string) {
    return this.inner.get(key);
  }
  async put(key: string, body: string, contentType?: string) {
    if (this.failing && this.pattern.test(key)) throw new Error(`simulated S3 failure writing ${key}`);
    return this.inner.put(key, body, contentType);
  }
  putIfAbsent(key: string, body: string, contentType?: string) {
    return this.inner.putIfAbsent(key, body, contentType);
  }
  getWithVersion(key: string) {
    return this.inner.getWithVersion(key);
  }
  putIfUnchanged(key: string, body: string, version: string | undefined, contentType?: string) {
    return this.inner.putIfUnchanged(key, body, version, contentType);
  }
  list(prefix: string) {
    return this.inner.list(prefix);
  }
  delete(key: string) {
    return this.inner.delete(key);
  }
  locate(key: string) {
    return this.inner.locate(key);
  }
}

describe('collectFeeds', () => {
  it('stores a summary-only item with the text of its page, under the DESIGN.md key', async () => {
    const store = await tempStore();
    const page = '/basic/story.html';
    server.route(page, serve(articlePage('Putin in Hanoi', [
      'Russian President Vladimir Putin arrived in Hanoi for a state visit.',
      'Russia and Vietnam signed 11 documents, officials said.',
    ]), 'text/html; charset=utf-8'));
    server.route('/basic/feed.xml', serve(rssFeed([
      { title: 'Putin arrives in Hanoi', link: `${server.url(page)}?utm_source=rss`, description: 'The Kremlin leader lands in Vietnam.', pubDate: 'Wed, 19 Jun 2024 06:00:00 GMT' },
    ])));

    const result = await collect(store, [feed('basic')]);

    expect(result.feeds).toEqual([{
      feed: 'basic', status: 'ok', items: 1, stored: 1, skipped: 0, retry: 0, thin: 0, warned: 0,
      skips: { seen: 0, offTopic: 0, noLink: 0, sameLink: 0, unreadable: 0 }, skippedItems: [],
    }]);
    const url = server.url(page);
    const id = articleId(url);
    const key = `articles/2024/06/19/${id}.json`;
    expect(result.stored).toEqual([{ id, key }]);
    const article = JSON.parse((await store.get(key))!) as Article;
    expect(article).toEqual({
      id,
      url,
      title: 'Putin arrives in Hanoi',
      source: 'Feed basic',
      published: '2024-06-19T06:00:00.000Z',
      publishedKnown: true,
      fetchedAt: NOW.toISOString(),
      feed: 'basic',
      // the page's paragraphs, one per line pair; the headline that repeats the title is dropped
      text: 'Russian President Vladimir Putin arrived in Hanoi for a state visit.\n\nRussia and Vietnam signed 11 documents, officials said.',
    });
    expect(JSON.parse((await store.get(keys.collected(id)))!)).toMatchObject({ id, key, feed: 'basic' });
    expect(parseFeedState((await store.get(keys.feedState('basic')))!, 'basic')).toMatchObject({
      seen: [id],
      consecutiveFailures: 0,
      lastSuccessAt: NOW.toISOString(),
    });
  });

  it('skips off-topic items without fetching their pages, and remembers them as seen', async () => {
    const store = await tempStore();
    server.route('/offtopic/feed.xml', serve(rssFeed([
      { title: 'A rocket leaves Plesetsk', link: server.url('/offtopic/space.html'), description: 'Russia launched a satellite.' },
      { title: 'Rice exports rise', link: server.url('/offtopic/rice.html'), description: 'Farmers in the Mekong delta of Vietnam.' },
      { title: 'Kremlin and ASEAN', link: 'https://news.example/offtopic/asean', content: fullText('Kremlin and ASEAN.') },
    ])));

    const result = await collect(store, [feed('offtopic')]);

    expect(result.feeds[0]).toMatchObject({ status: 'ok', items: 3, stored: 1, skipped: 2 });
    expect(hits('/offtopic/space.html') + hits('/offtopic/rice.html')).toBe(0);
    const state = parseFeedState((await store.get(keys.feedState('offtopic')))!, 'offtopic');
    expect(state.seen).toHaveLength(3);
    expect((await readArticles(store)).map((a) => a.title)).toEqual(['Kremlin and ASEAN']);
  });

  it('keeps an item headlined on one side of the relation: the engine decides whether it changes a baseline fact', async () => {
    const store = await tempStore();
    server.route('/oneside/feed.xml', serve(rssFeed([
      { title: "Vietnam's parliament elects a new state president", link: 'https://news.example/oneside/president', content: `<p>${'The National Assembly voted on Monday to elect an army general as head of state, state media said. '.repeat(8)}</p>` },
    ])));

    const result = await collect(store, [feed('oneside')]);

    expect(result.feeds[0]).toMatchObject({ status: 'ok', items: 1, stored: 1 });
    expect((await readArticles(store)).map((a) => a.title)).toEqual(["Vietnam's parliament elects a new state president"]);
  });

  it('stores the feed summary without fetching the page when the feed says fetchPages: false', async () => {
    const store = await tempStore();
    server.route('/nopages/feed.xml', serve(rssFeed([
      { title: 'Moscow and Hanoi talk trade', link: server.url('/nopages/story.html'), description: '<p>Russia and Vietnam <b>discussed</b> trade.</p>' },
    ])));

    await collect(store, [feed('nopages', { fetchPages: false })]);

    expect(hits('/nopages/story.html')).toBe(0);
    expect((await readArticles(store))[0].text).toBe('Russia and Vietnam discussed trade.');
  });

  it('stores a story once across runs even when the feed state is lost (the collected marker)', async () => {
    const store = await tempStore();
    const page = '/marker/story.html';
    server.route(page, serve(articlePage('Deal', ['Russia and Vietnam agreed on a nuclear research centre in Hanoi.']), 'text/html'));
    server.route('/marker/feed.xml', serve(rssFeed([{ title: 'Russia–Vietnam nuclear deal', link: server.url(page), description: 'Moscow and Hanoi agree.' }])));

    await collect(store, [feed('marker')]);
    await store.delete(keys.feedState('marker'));
    const second = await collect(store, [feed('marker')]);

    expect(second.feeds[0]).toMatchObject({ status: 'ok', stored: 0, skipped: 1 });
    expect(second.stored).toEqual([]);
    expect(hits(page)).toBe(1); // the marker is checked before the page is fetched again
    expect(await store.list('articles/')).toHaveLength(1);
  });

  it('retries an item whose article could not be written, and stores it on the next run', async () => {
    const inner = await tempStore();
    const failing = `/flaky/${'failing'}`;
    server.route('/flaky/feed.xml', serve(rssFeed([
      { title: 'Russia and Vietnam: failing', link: `https://news.example${failing}`, content: fullText('failing.') },
      { title: 'Russia and Vietnam: fine', link: 'https://news.example/flaky/fine', content: fullText('fine.') },
    ])));
    const store = new FlakyStore(inner, new RegExp(`${articleId(`https://news.example${failing}`)}\\.json$`));
    const log = recordingLog();

    const first = await collect(store, [feed('flaky')], { log });

    expect(first.feeds[0]).toMatchObject({ status: 'ok', stored: 1, retry: 1, error: expect.stringMatching(/simulated S3 failure/) });
    expect(log.lines.some((l) => l.level === 'warn' && /retried next run/.test(l.message))).toBe(true);
    expect((await readArticles(inner)).map((a) => a.title)).toEqual(['Russia and Vietnam: fine']);

    store.failing = false;
    const second = await collect(store, [feed('flaky')]);
    expect(second.feeds[0]).toMatchObject({ status: 'ok', stored: 1, skipped: 1, retry: 0 });
    expect((await readArticles(inner)).map((a) => a.title).sort()).toEqual(['Russia and Vietnam: failing', 'Russia and Vietnam: fine']);
  });

  it(`stores the summary after ${MAX_PAGE_ATTEMPTS} failed page fetches instead of retrying forever`, async () => {
    const store = await tempStore();
    server.route('/down/page.html', (_req, res) => void res.writeHead(500).end());
    server.route('/down/feed.xml', serve(rssFeed([{ title: 'Russia and Vietnam: down', link: server.url('/down/page.html'), description: 'Moscow and Hanoi, in brief.' }])));

    const outcomes = [];
    for (let run = 0; run < MAX_PAGE_ATTEMPTS; run++) outcomes.push((await collect(store, [feed('down')])).feeds[0]);

    expect(outcomes.map((o) => [o.stored, o.retry])).toEqual([...Array(MAX_PAGE_ATTEMPTS - 1).fill([0, 1]), [1, 0]]);
    expect((await readArticles(store)).map((a) => a.text)).toEqual(['Moscow and Hanoi, in brief.']);
  });

  it('reads Atom feeds too', async () => {
    const store = await tempStore();
    server.route('/atom/feed.xml', serve(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:x</id><updated>2024-06-19T00:00:00Z</updated>
<entry><title>Kremlin hosts Vietnamese delegation</title><link href="https://news.example/atom/delegation"/><id>urn:1</id>
<updated>2024-06-19T07:00:00Z</updated><content type="html">${fullText('Atom entry.').replace(/&/g, '&amp;')}</content></entry></feed>`, 'application/atom+xml'));

    const result = await collect(store, [feed('atom')]);

    expect(result.feeds[0]).toMatchObject({ status: 'ok', stored: 1 });
    expect((await readArticles(store))[0]).toMatchObject({ title: 'Kremlin hosts Vietnamese delegation', text: fullText('Atom entry.') });
  });

  it('logs a failing feed with its consecutive failure count and keeps collecting the others', async () => {
    const store = await tempStore();
    server.route('/broken/feed.xml', (_req, res) => void res.writeHead(404).end());
    server.route('/healthy/feed.xml', serve(rssFeed([{ title: 'Russia and Vietnam', link: 'https://news.example/healthy/1', content: fullText('healthy.') }])));
    const log = recordingLog();

    await collect(store, [feed('broken'), feed('healthy')], { log });
    const result = await collect(store, [feed('broken'), feed('healthy')], { log });

    expect(result.feeds.map((f) => f.status)).toEqual(['failed', 'ok']);
    const failures = log.lines.filter((l) => l.level === 'error' && l.fields?.feed === 'broken');
    expect(failures.map((l) => l.fields?.consecutiveFailures)).toEqual([1, 2]);
    expect(failures[0].fields?.error).toMatch(/HTTP 404/);
    expect(await store.list('articles/')).toHaveLength(1);
  });

  it('fetches at most `concurrency` feeds at a time', async () => {
    const store = await tempStore();
    let active = 0;
    let peak = 0;
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
    for (const id of ids) {
      server.route(`/${id}/feed.xml`, (req, res) => {
        active++;
        peak = Math.max(peak, active);
        setTimeout(() => {
          active--;
          serve(rssFeed([]))(req, res);
        }, 40);
      });
    }

    const result = await collect(store, ids.map((id) => feed(id)), { concurrency: 2 });

    expect(result.feeds.map((f) => f.status)).toEqual(ids.map(() => 'ok'));
    expect(peak).toBe(2);
  });
});

describe('feed state', () => {
  it('keeps the newest seen ids first, without repeats, up to the limit', () => {
    expect(rememberSeen(['c', 'b', 'a'], ['d', 'b'], 4)).toEqual(['d', 'b', 'c', 'a']);
    expect(rememberSeen(['c', 'b', 'a'], ['e', 'd'], 3)).toEqual(['e', 'd', 'c']);
  });

  it('counts consecutive failures and resets them on success', () => {
    const once = recordFailure(emptyFeedState('f'), 't1', 'HTTP 500', 'http-status');
    const twice = recordFailure(once, 't2', 'timeout');
    expect(twice).toMatchObject({ consecutiveFailures: 2, lastError: { at: 't2', message: 'timeout' } });
    expect(recordSuccess(twice, 't3')).toMatchObject({ consecutiveFailures: 0, lastSuccessAt: 't3', lastAttemptAt: 't3' });
  });

  it.each([
    ['not JSON', '{"feed": "f", ', /not JSON/],
    ['a wrong type', '{"feed": "f", "seen": 7}', /invalid: seen/],
    ['a negative count', '{"feed": "f", "consecutiveFailures": -1}', /consecutiveFailures/],
    ['another feed', '{"feed": "g"}', /belongs to feed g/],
  ])('rejects a state that is %s with a clear error', (_what, text, message) => {
    expect(() => parseFeedState(text, 'f')).toThrow(FeedStateError);
    expect(() => parseFeedState(text, 'f')).toThrow(message);
  });
});

function recordingLog(): Log & { lines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> } {
  const lines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push({ level, message, fields });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}
