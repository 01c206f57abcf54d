// Collect under the Lambda's deadline: with little time left it starts no new feed and no new
// page fetch, leaves them to the next run (logged), and the next run collects them — nothing lost.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { createHttpFetcher } from '../functions/adapters/http-fetcher.ts';
import { keys } from '../functions/core/ids.ts';
import type { Fetcher, Log } from '../functions/core/ports.ts';
import { type FeedConfig } from '../functions/core/profile.ts';
import { collectFeeds, FEED_START_RESERVE_MS, PAGE_START_RESERVE_MS } from '../functions/pipeline/collect.ts';
import { articlePage, rssFeed, serve, startTestServer, type TestServer } from './helpers/hostile-server.ts';
import { russiaVietnamProfile } from './helpers/profiles.ts';

const profile = russiaVietnamProfile;

let server: TestServer;
let root: string;
beforeAll(async () => {
  server = await startTestServer();
  root = await mkdtemp(path.join(os.tmpdir(), 'claimwatch-deadline-'));
  for (const id of ['alpha', 'bravo', 'charlie']) {
    server.route(`/${id}/story`, serve(articlePage(`${id} story`, [`Russia and Vietnam signed the ${id} accord in Hanoi, officials in Moscow said.`]), 'text/html'));
    server.route(`/${id}/feed.xml`, serve(rssFeed([{ title: `Russia and Vietnam: the ${id} accord`, link: server.url(`/${id}/story`), description: 'Moscow and Hanoi agree.' }])));
  }
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const feedsOf = (): FeedConfig[] => ['alpha', 'bravo', 'charlie'].map((id) => ({ id, name: id, url: server.url(`/${id}/feed.xml`), fetchPages: true }));

/** A clock that each fetch moves on by `costMs`, as slow sites would. */
function slowWorld(startMs: number, costMs: number) {
  let left = startMs;
  const real = createHttpFetcher({ allowHosts: ['127.0.0.1'] });
  const fetched: string[] = [];
  const fetcher: Fetcher = {
    async fetch(request) {
      fetched.push(new URL(request.url).pathname);
      const response = await real.fetch(request);
      left -= costMs;
      return response;
    },
  };
  const warnings: Array<{ message: string; fields?: Record<string, unknown> }> = [];
  const log: Log = { info() {}, error() {}, warn: (message, fields) => warnings.push({ message, fields }) };
  return { fetcher, fetched, warnings, log, timeLeftMs: () => left };
}

describe('collect near its timeout', () => {
  it('starts no feed with less than the reserve left, and the next run reads those first; every story is stored once', async () => {
    const store = new FsStore(path.join(root, 'feeds'));
    const feeds = feedsOf();
    // Enough for one feed and its page, then below the feed reserve.
    const first = slowWorld(FEED_START_RESERVE_MS + 10_000, 30_000);
    const run1 = await collectFeeds({ store, fetcher: first.fetcher, profile, feeds, log: first.log, timeLeftMs: first.timeLeftMs, concurrency: 1 });
    expect(run1.feeds.map((f) => [f.feed, f.status])).toEqual([
      ['alpha', 'ok'],
      ['bravo', 'deferred'],
      ['charlie', 'deferred'],
    ]);
    expect(run1.stored).toHaveLength(1);
    expect(first.warnings.filter((w) => w.message.startsWith('feed deferred')).map((w) => w.fields?.feed)).toEqual(['bravo', 'charlie']);
    // A deferred feed is not a failed one: its state is untouched.
    expect(await store.get(keys.feedState('bravo'))).toBeUndefined();

    const second = slowWorld(10 * 60_000, 1_000);
    const run2 = await collectFeeds({ store, fetcher: second.fetcher, profile, feeds, log: second.log, timeLeftMs: second.timeLeftMs, concurrency: 1 });
    // Oldest attempt first: the two never tried, then alpha.
    expect(run2.feeds.map((f) => f.feed)).toEqual(['bravo', 'charlie', 'alpha']);
    expect(run2.stored).toHaveLength(2);
    const articles = await store.list('articles/');
    expect(articles).toHaveLength(3);
  });

  it('fetches no article page with less than the page reserve left: the item stays unseen and the next run stores it with its page text', async () => {
    const store = new FsStore(path.join(root, 'pages'));
    const only = [feedsOf()[0]];
    // The feed starts, but its fetch leaves less than the page reserve.
    const first = slowWorld(FEED_START_RESERVE_MS, FEED_START_RESERVE_MS - PAGE_START_RESERVE_MS + 1);
    const run1 = await collectFeeds({ store, fetcher: first.fetcher, profile, feeds: only, log: first.log, timeLeftMs: first.timeLeftMs });
    expect(first.fetched).toEqual(['/alpha/feed.xml']);
    expect(run1.feeds[0]).toMatchObject({ status: 'ok', stored: 0, retry: 1 });
    expect(run1.feeds[0].error).toMatch(/deferred to the next run/);
    expect(await store.list('articles/')).toHaveLength(0);

    const second = slowWorld(10 * 60_000, 1_000);
    const run2 = await collectFeeds({ store, fetcher: second.fetcher, profile, feeds: only, log: second.log, timeLeftMs: second.timeLeftMs });
    expect(second.fetched).toEqual(['/alpha/feed.xml', '/alpha/story']);
    expect(run2.stored).toHaveLength(1);
    const article = JSON.parse((await store.get(run2.stored[0].key))!);
    expect(article.text).toContain('signed the alpha accord');
  });
});
