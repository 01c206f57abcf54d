// The collector on feeds written to reproduce what real publishers send (issue 14), one fixture
// file per class in test/fixtures/feeds/, each with several variants. Every feed is served by
// the loopback server and read through the real HTTP fetcher into the real FsStore.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { createHttpFetcher } from '../functions/adapters/http-fetcher.ts';
import { articleId, keys } from '../functions/core/ids.ts';
import type { Fetcher, Log, Store } from '../functions/core/ports.ts';
import { parseProfile, type FeedConfig } from '../functions/core/profile.ts';
import type { Article } from '../functions/core/types.ts';
import { describeCycle } from '../functions/cli/commands/run.ts';
import { StoredArticleSchema } from '../functions/pipeline/analyze.ts';
import { collectFeeds, type FeedOutcome } from '../functions/pipeline/collect.ts';
import * as z from 'zod/mini';
import { noRechecks } from '../functions/pipeline/recheck.ts';
import { serveFixture } from './helpers/feed-fixtures.ts';
import { articlePage, serve, startTestServer, type TestServer } from './helpers/hostile-server.ts';

const profile = parseProfile({
  id: 'test',
  name: 'Russia and Vietnam (test)',
  relevance: { requireGroups: [['russia'], ['vietnam', 'asean']] },
  entities: [
    { name: 'Russia', group: 'russia', kind: 'country', aliases: ['Moscow', 'Kremlin', 'Russie', 'Moscou', 'Россия', 'Москва', 'Nga', 'Moskva', 'Putin'] },
    { name: 'Vietnam', group: 'vietnam', kind: 'country', aliases: ['Hanoi', 'Hanoï', 'Вьетнам', 'Ханой', 'Ханое', 'Việt Nam', 'Hà Nội'] },
    { name: 'ASEAN', group: 'asean', kind: 'organisation', aliases: [] },
  ],
});

const NOW = new Date('2024-06-21T09:30:00Z');
let server: TestServer;
let fetcher: Fetcher;
const dirs: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  fetcher = createHttpFetcher({ allowHosts: ['127.0.0.1'], totalTimeoutMs: 3_000, maxRetryDelayMs: 50 });
});

afterAll(async () => {
  await server.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

type Event = { at: number; what: string; key?: string; feed?: unknown; fields?: Record<string, unknown> };

/** The FsStore, with every write and every log line recorded in one timeline. */
async function recordingWorld() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwatch-realworld-'));
  dirs.push(dir);
  const inner: Store = new FsStore(dir);
  const events: Event[] = [];
  const store: Store = Object.assign(Object.create(inner) as Store, {
    async put(key: string, body: string, contentType?: string) {
      await inner.put(key, body, contentType);
      events.push({ at: events.length, what: 'put', key });
    },
    async putIfAbsent(key: string, body: string, contentType?: string) {
      const written = await inner.putIfAbsent(key, body, contentType);
      events.push({ at: events.length, what: 'put', key });
      return written;
    },
  });
  const line = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void events.push({ at: events.length, what: `${level}: ${message}`, feed: fields?.feed, fields });
  const log: Log = { info: line('info'), warn: line('warn'), error: line('error') };
  return { store, log, events };
}

function feedFor(id: string, at: string, fetchPages = false): FeedConfig {
  return { id, name: `Feed ${id}`, url: server.url(at), fetchPages };
}

async function articles(store: Store): Promise<Article[]> {
  const listed = await store.list('articles/');
  const all = await Promise.all(listed.map(async (k) => JSON.parse((await store.get(k))!) as Article));
  return all.sort((a, b) => a.url.localeCompare(b.url));
}

async function articleAt(store: Store, url: string): Promise<Article> {
  const marker = JSON.parse((await store.get(keys.collected(articleId(url))))!) as { key: string };
  return JSON.parse((await store.get(marker.key))!) as Article;
}

const noSkips = { seen: 0, offTopic: 0, noLink: 0, sameLink: 0, unreadable: 0 };

/**
 * Nothing about a feed is written after its outcome: every write of its articles, their
 * markers and its state comes before the feed's closing log line, and nothing at all after
 * the run returned.
 */
async function expectNothingAfterOutcomes(store: Store, events: Event[], outcomes: FeedOutcome[], stored: Array<{ id: string; key: string }>) {
  const settledAt = events.length;
  await new Promise((r) => setTimeout(r, 400)); // time for any straggling page fetch to land
  expect(events.slice(settledAt)).toEqual([]);
  const feedOf = new Map<string, string>();
  for (const { id, key } of stored) {
    const feed = (JSON.parse((await store.get(key))!) as Article).feed!;
    feedOf.set(key, feed);
    feedOf.set(keys.collected(id), feed);
  }
  for (const outcome of outcomes) {
    feedOf.set(keys.feedState(outcome.feed), outcome.feed);
    const closing = events.findIndex((e) => ['info: feed collected', 'error: feed failed', 'info: feed not modified'].includes(e.what) && e.feed === outcome.feed);
    expect(closing, `closing line of ${outcome.feed}`).toBeGreaterThan(-1);
    const writes = events.filter((e) => e.what === 'put' && feedOf.get(e.key!) === outcome.feed);
    expect(writes.length).toBeGreaterThan(outcome.stored * 2);
    for (const write of writes) expect(write.at, `${write.key} written after ${outcome.feed}'s outcome`).toBeLessThan(closing);
  }
}

describe('class 1: items whose fields are not plain strings', () => {
  it('reads <link href>, raw markup in a title, XHTML titles and bare Atom links; skips what cannot be read, with the reason; writes nothing after the outcome', async () => {
    const paths = serveFixture(server, 'odd-items.feeds', 'odd');
    // Slow pages, so page fetches are still in flight while other items are read.
    const pages: Record<string, string[]> = {
      energy: ['Russia and Vietnam signed an energy deal in Hanoi on Wednesday.'],
      delegation: ['A delegation from Hanoi arrived in Moscow.', 'The Kremlin welcomed it.'],
      pavilion: ['The pavilion covers 1930 square feet.'],
      talks: ['Putin held talks in Hanoi.'],
      'bare-link': ['Moscow and Hanoi talked about trade.'],
      'no-date': ['Nobody dated this story about Moscow and Hanoi.'],
    };
    for (const [name, paragraphs] of Object.entries(pages)) {
      server.route(`/odd/pages/${name}.html`, (req, res) => void setTimeout(() => serve(articlePage(name, paragraphs), 'text/html; charset=utf-8')(req, res), 150));
    }
    const { store, log, events } = await recordingWorld();

    const result = await collectFeeds({ store, fetcher, profile, now: () => NOW, log, feeds: [feedFor('odd-rss', paths.rss, true), feedFor('odd-atom', paths.atom, true)] });

    const [rss, atom] = result.feeds;
    expect(rss).toMatchObject({ status: 'ok', items: 6, stored: 3, skipped: 3, retry: 0, skips: { ...noSkips, unreadable: 1, noLink: 2 } });
    expect(rss.skippedItems).toEqual([
      { item: 4, reason: 'unreadable', detail: 'its <link> holds markup, not a URL' },
      { item: 5, reason: 'no-link', label: 'Russia and Vietnam: no link at all', detail: 'the item has no link' },
      { item: 6, reason: 'no-link', label: 'Russia and Vietnam: a script link', detail: expect.stringMatching(/^link "javascript:alert\(1\)": only http and https/) },
    ]);
    expect(atom).toMatchObject({ status: 'ok', items: 3, stored: 3, skipped: 0, skips: noSkips, warned: 1 });

    const byUrl = async (name: string) => articleAt(store, server.url(`/odd/pages/${name}.html`));
    expect(await byUrl('energy')).toMatchObject({ title: 'Russia and Vietnam sign an energy deal', text: pages.energy[0], published: '2024-06-19T06:00:00.000Z', publishedKnown: true });
    expect(await byUrl('delegation')).toMatchObject({ title: 'Kremlin welcomes a Hanoi delegation', text: pages.delegation.join('\n\n') });
    expect(await byUrl('pavilion')).toMatchObject({ title: 'Russia and Vietnam open a 1930ft2 pavilion', text: pages.pavilion[0] });
    expect(await byUrl('talks')).toMatchObject({ title: 'Putin in Hanoi: talks with Vietnam & ASEAN', published: '2024-06-19T00:00:00.000Z', publishedKnown: true });
    expect(await byUrl('bare-link')).toMatchObject({ title: 'Russia and Vietnam: a link without attributes', text: pages['bare-link'][0], published: '2024-06-19T08:00:00.000Z' });
    expect(await byUrl('no-date')).toMatchObject({
      published: NOW.toISOString(),
      publishedKnown: false,
      warnings: ['publication date not readable ("the day before yesterday"): the fetch time stands in'],
    });

    const skippedLine = events.find((e) => e.what === 'warn: feed items skipped: unreadable');
    expect(skippedLine?.fields).toMatchObject({ feed: 'odd-rss', count: 1, items: [{ item: 4, detail: 'its <link> holds markup, not a URL' }] });
    expect(events.find((e) => e.what === 'warn: feed items skipped: no-link')?.fields).toMatchObject({ feed: 'odd-rss', count: 2 });
    await expectNothingAfterOutcomes(store, events, result.feeds, result.stored);
  });
});

describe('a feed that fails after its items started', () => {
  it('reports the failure only after every page fetch and store of the feed has settled', async () => {
    const paths = serveFixture(server, 'odd-items.feeds', 'odd-fail');
    for (const name of ['energy', 'delegation', 'pavilion']) {
      server.route(`/odd/pages/${name}.html`, (req, res) => void setTimeout(() => serve(articlePage(name, [`Moscow and Hanoi: ${name}.`]), 'text/html')(req, res), 150));
    }
    const { store, log, events } = await recordingWorld();
    // The feed state cannot be written: the feed fails at its very end.
    const failing: Store = Object.assign(Object.create(store) as Store, {
      put: (key: string, body: string, type?: string) => (key.startsWith('state/feeds/') ? Promise.reject(new Error('state write refused')) : store.put(key, body, type)),
    });

    const result = await collectFeeds({ store: failing, fetcher, profile, now: () => NOW, log, feeds: [feedFor('odd-fail', paths.rss, true)] });

    expect(result.feeds[0]).toMatchObject({ status: 'failed', error: 'state write refused' });
    expect(result.stored).toHaveLength(3);
    const closing = events.findIndex((e) => e.what === 'error: feed failed');
    const articleWrites = events.filter((e) => e.what === 'put' && /^(articles|state\/articles)\//.test(e.key!));
    expect(articleWrites).toHaveLength(6);
    for (const write of articleWrites) expect(write.at).toBeLessThan(closing);
    const settledAt = events.length;
    await new Promise((r) => setTimeout(r, 400));
    expect(events.length).toBe(settledAt);
  });
});

describe('class 2: feeds rss-parser reads only with defaultRSS and custom fields', () => {
  it('reads a root <rss> without a version or with an unknown one, RSS 0.91 and 1.0, and the text in media:group / media:content', async () => {
    const paths = serveFixture(server, 'rss-versions.feeds', 'versions');
    const { store, log } = await recordingWorld();
    const feeds = Object.entries(paths).map(([name, at]) => feedFor(`versions-${name}`, at));

    const result = await collectFeeds({ store, fetcher, profile, now: () => NOW, log, feeds });

    expect(result.feeds.map((f) => [f.feed, f.status, f.items, f.stored])).toEqual(Object.keys(paths).map((name) => [`versions-${name}`, 'ok', 1, 1]));
    expect((await articles(store)).map((a) => [a.title, a.text, a.published])).toEqual([
      ['Russia and Vietnam sign eleven documents', 'Putin and Lam signed eleven documents in Hanoi.', '2024-06-20T04:00:00.000Z'],
      ['Russia and ASEAN meet in Jakarta', 'ASEAN and Russian officials met.', NOW.toISOString()],
      ['Kremlin hosts Vietnamese ministers', 'Ministers from Hanoi met in Moscow.', NOW.toISOString()],
      ['Russia and Vietnam in pictures', 'Moscow and Hanoi\ncelebrate 30 years.', NOW.toISOString()],
      ['Vietnam and Russia extend a visa-free regime', 'Hanoi and Moscow agreed.', '2024-06-20T02:00:00.000Z'],
      ['Putin in Hanoi (video)', "Russian President Putin arrives in Hanoi.\nVietnam's leaders welcome him at the airport & the palace.", '2024-06-20T10:00:00.000Z'],
    ]);
  });
});

describe('class 3: full text in feed HTML', () => {
  it('keeps every word and every word boundary: <br>, inline text between blocks, lists, tables, captions', async () => {
    const paths = serveFixture(server, 'full-text.feeds', 'full');
    const { store } = await recordingWorld();

    const result = await collectFeeds({ store, fetcher, profile, now: () => NOW, feeds: [feedFor('full-rss', paths.rss), feedFor('full-atom', paths.atom)] });

    expect(result.feeds.map((f) => f.stored)).toEqual([3, 2]);
    const text = async (url: string) => (await articleAt(store, url)).text;
    expect(await text('https://news.example/full/breaks')).toBe('Putin arrived in Hanoi.\n\nLam welcomed him at the airport.\nThe talks began at noon.\nTrade\nwas on the agenda.');
    expect(await text('https://news.example/full/between')).toBe('Moscow and Hanoi\n\nsigned eleven documents.\n\nOfficials called it a milestone.\nPutin left for Laos.\nLavrov stayed.');
    expect(await text('https://news.example/full/structure')).toBe(
      'What was signed\n\nan energy deal\n\na nuclear research centre\n\nYear\n\nTrade\n\n2023\n\n3.6 billion dollars\n\nPutin and Lam in Hanoi\n\nVietnam is a reliable partner, Putin said.\n\nTô Lâm & Vladimir Putin',
    );
    expect(await text('https://news.example/full/atom')).toBe('First\nSecond\n\nThird\nFourth\nFifth');
    expect(await text('https://news.example/full/xhtml')).toBe('Russia and Vietnam\n\nagreed\ntoday.');
  });
});

describe('class 4: markup and entities in titles and text', () => {
  it('stores plain text: CDATA titles with tags, CDATA mixed with elements, entities escaped twice, descriptions escaped twice', async () => {
    const paths = serveFixture(server, 'markup.feeds', 'markup');
    const { store } = await recordingWorld();
    const feeds = Object.entries(paths).map(([name, at]) => feedFor(`markup-${name}`, at));

    await collectFeeds({ store, fetcher, profile, now: () => NOW, feeds });

    const stored = Object.fromEntries((await articles(store)).map((a) => [a.url.replace(/^https:\/\/[^/]+/, ''), [a.title, a.text]]));
    expect(stored).toEqual({
      '/markup/pavilion': ['Russia and Vietnam open a 1930ft2 pavilion', 'Moscow and Hanoi.'],
      '/markup/double-amp': ['Russia & Vietnam: trade > 3 billion', 'Moscow and Hanoi.'],
      '/markup/escaped-tags': ['Kremlin hosts Hanoi delegation', 'Moscow and Hanoi.'],
      '/markup/entities': ['Putin’s “friend” in Hanoi', 'Russia and Vietnam.'],
      '/markup/mixed': ['Russia and Vietnam sign a treaty', 'Moscow and Hanoi.'],
      '/markup/once': ['Russia and Vietnam: escaped once', 'Moscow & Hanoi agree.'],
      '/markup/twice': ['Russia and Vietnam: escaped twice', 'Moscow & Hanoi agree.\n\nSecond\nline.'],
      '/markup/about-html': ['Russia and Vietnam: a story about HTML', 'Hanoi coders in Moscow use the <p> tag.'],
      '/r/1': ['Russia and Vietnam & the treaty', 'Moscow and Hanoi renewed the 2001 treaty.\n\nsubmitted by /u/x'],
    });
    delete stored['/markup/about-html'];
    for (const [title, text] of Object.values(stored)) expect(`${title}\n${text}`).not.toMatch(/<\/?[a-z]+[\s>]|&[a-z]+;|&#\d+;/);
  });
});

describe('class 5: character sets', () => {
  it('decodes as browsers do (BOM, then the prolog when the header charset gives invalid text, then a sniff), UTF-16 and UTF-32 included; text holding U+FFFD is stored with a warning', async () => {
    const paths = serveFixture(server, 'charsets.feeds', 'charsets');
    const { store, events } = await recordingWorld();
    const feeds = Object.entries(paths).map(([name, at]) => feedFor(`charsets-${name}`, at));
    const log: Log = {
      info: () => {},
      warn: (what, fields) => void events.push({ at: events.length, what: `warn: ${what}`, feed: fields?.feed, fields }),
      error: () => {},
    };

    const result = await collectFeeds({ store, fetcher, profile, now: () => NOW, log, feeds });

    expect(result.feeds.map((f) => [f.feed, f.stored])).toEqual(feeds.map((f) => [f.id, 1]));
    const stored = Object.fromEntries((await articles(store)).map((a) => [a.url.split('/').pop(), [a.title, a.text]]));
    expect(stored).toEqual({
      'latin1-header': ['Tô Lâm à Moscou : la Russie et le Vietnam signent', 'Les deux pays ont signé onze accords à Moscou, a déclaré le ministère.'],
      'latin1-undeclared': [
        'Réunion à Hanoï : la Russie et le Vietnam renforcent leur coopération énergétique',
        "Les délégués se sont réunis à l'hôtel de ville ; la coopération énergétique a été prolongée jusqu'en 2030, a précisé le ministère français.",
      ],
      utf16le: ['Россия и Вьетнам: Ханой, июнь 2024', 'Путин прибыл в Ханой.'],
      utf16be: ['Nga và Việt Nam: Hà Nội tháng Sáu', 'Tổng thống Nga Putin đến Hà Nội.'],
      utf32le: ['Россия и Вьетнам 🇷🇺🇻🇳', 'Москва и Ханой.'],
      utf32be: ['Nga – Việt Nam: 30 năm', 'Hà Nội và Moskva.'],
      cp1251: ['Россия и Вьетнам подписали соглашения', 'Переговоры прошли в Ханое.'],
      damaged: ['Tô Lâm meets Putin in Moscow', 'Hanoi and Moscow signed\ufffdeleven documents in Hà Nội\ufffd.'],
    });
    // Only the damaged feed warns about its text; the mislabelled one says how it was read.
    const damaged = await articleAt(store, 'https://news.example/charsets/damaged');
    const fffd = (a: Article) => (a.warnings ?? []).filter((w) => w.includes('U+FFFD'));
    expect(fffd(damaged)).toEqual(['2 character(s) could not be decoded and read as U+FFFD (UTF-8 as the Content-Type says, with malformed bytes)']);
    expect((await articles(store)).filter((a) => fffd(a).length).map((a) => a.url)).toEqual(['https://news.example/charsets/damaged']);
    expect(events.find((e) => e.what === 'warn: article stored with undecodable characters (U+FFFD)')?.fields).toMatchObject({ feed: 'charsets-damaged-utf8', count: 2 });
    expect(result.feeds.find((f) => f.feed === 'charsets-latin1-served-as-utf8')?.charsetNote).toMatch(/not valid utf-8 as the Content-Type says/);
  });
});

describe('class 6: dates in other languages and odd formats', () => {
  it('reads month names in other languages, and marks an unreadable or missing date with the fetch time and publishedKnown: false', async () => {
    const paths = serveFixture(server, 'dates.feeds', 'dates');
    const { store } = await recordingWorld();

    const result = await collectFeeds({ store, fetcher, profile, now: () => NOW, feeds: [feedFor('dates-rss', paths.rss), feedFor('dates-atom', paths.atom)] });

    expect(result.feeds.map((f) => [f.stored, f.warned])).toEqual([[15, 3], [3, 1]]);
    const dates = Object.fromEntries((await articles(store)).map((a) => [a.url.split('/').pop(), [a.published, a.publishedKnown]]));
    const fetched = [NOW.toISOString(), false];
    expect(dates).toEqual({
      pt: ['2018-09-24T13:00:00.000Z', true],
      es: ['2024-06-19T06:30:00.000Z', true],
      fr: ['2024-06-19T06:30:00.000Z', true],
      de: ['2024-03-19T07:30:00.000Z', true],
      ru: ['2024-06-19T09:00:00.000Z', true],
      pl: ['2024-06-19T08:00:00.000Z', true],
      tr: ['2024-06-19T07:00:00.000Z', true],
      id: ['2024-08-19T03:00:00.000Z', true],
      yy: ['2024-06-18T23:00:00.000Z', true],
      dotted: ['2024-06-19T14:15:00.000Z', true],
      msk: ['2024-06-19T09:00:00.000Z', true],
      ict: ['2024-06-19T07:00:00.000Z', true],
      zone: fetched,
      garbage: fetched,
      none: fetched,
      'atom-pt': ['2018-09-24T13:00:00.000Z', true],
      'atom-iso': ['2024-06-19T00:00:00.000Z', true],
      'atom-garbage': fetched,
    });
    for (const article of await articles(store)) expect(z.safeParse(StoredArticleSchema, article).success).toBe(true);
  });
});

describe('class 7: silent skips', () => {
  it('counts and logs items sharing one link and articles with no text beyond the title', async () => {
    const paths = serveFixture(server, 'skips.feeds', 'skips');
    server.route('/skips/pages/gone.html', (_req, res) => void res.writeHead(404).end());
    server.route('/skips/pages/empty.html', serve('<html><body><script>x()</script><img src="a.png"></body></html>', 'text/html'));
    server.route('/skips/pages/story.html', serve(articlePage('Story', ['Moscow and Hanoi agreed on a story with text.']), 'text/html'));
    const { store, log, events } = await recordingWorld();
    const feeds = [feedFor('skips-podcast', paths.podcast), feedFor('skips-thin', paths.thin, true)];

    const first = await collectFeeds({ store, fetcher, profile, now: () => NOW, log, feeds });

    expect(first.feeds[0]).toMatchObject({ items: 3, stored: 1, skipped: 2, skips: { ...noSkips, sameLink: 2 }, thin: 0 });
    expect(first.feeds[0].skippedItems).toEqual([
      { item: 2, reason: 'same-link', label: 'Episode 2: Kremlin and Hanoi', detail: 'same link as item 1 (Episode 3: Russia and Vietnam, thirty years on): https://pod.example/show' },
      { item: 3, reason: 'same-link', label: 'Episode 1: Russia meets ASEAN', detail: 'same link as item 1 (Episode 3: Russia and Vietnam, thirty years on): https://pod.example/show' },
    ]);
    expect(events.find((e) => e.what === 'warn: feed items skipped: same-link')?.fields).toMatchObject({ feed: 'skips-podcast', count: 2 });
    expect((await articleAt(store, 'https://pod.example/show')).title).toBe('Episode 3: Russia and Vietnam, thirty years on');

    expect(first.feeds[1]).toMatchObject({ items: 3, stored: 3, thin: 2, warned: 2, skipped: 0 });
    const gone = await articleAt(store, server.url('/skips/pages/gone.html'));
    expect(gone).toMatchObject({ text: 'Russia and Vietnam: the page is gone', warnings: [expect.stringMatching(/^no text beyond the title/)] });
    expect((await articleAt(store, server.url('/skips/pages/story.html'))).warnings).toBeUndefined();
    expect(events.filter((e) => e.what === 'warn: article stored with no text beyond its title').map((e) => e.fields?.url)).toEqual(
      expect.arrayContaining([server.url('/skips/pages/gone.html'), server.url('/skips/pages/empty.html')]),
    );

    // `claimwatch run` names them in its feed lines.
    const printed = describeCycle({ feeds: first.feeds, analyzed: [], failed: [], retried: 0, recheck: noRechecks() }, (k) => k);
    expect(printed).toContain('3 items, 1 new, 2 skipped (2 sharing a link)');
    expect(printed).toContain('3 items, 3 new, 0 skipped (2 stored with no text beyond the title)');

    // Next run: the stored episode is seen, the other two are still counted as sharing its link.
    const second = await collectFeeds({ store, fetcher, profile, now: () => NOW, log, feeds: [feeds[0]] });
    expect(second.feeds[0]).toMatchObject({ stored: 0, skipped: 3, skips: { ...noSkips, seen: 1, sameLink: 2 } });
  });
});
