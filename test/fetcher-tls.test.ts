// TLS certificate faults, against real HTTPS servers on 127.0.0.1 using the test-only
// certificates of test/fixtures/tls (see its README): a self-signed certificate, an expired
// one, one for another host name, one from a CA the fetcher does not trust — each reached
// directly and through a redirect from http://. Each must fail at once with the host and the
// problem in plain words, after one connection and without a single HTTP request sent. A test
// CA given through the `ca` option is trusted without weakening anything else, and through
// the collector a feed with a bad certificate is recorded as failed and loses nothing.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { createHttpFetcher, trustedCertificates } from '../functions/adapters/http-fetcher.ts';
import { parseFeedState } from '../functions/core/feed-state.ts';
import { keys } from '../functions/core/ids.ts';
import { FetchError, type Fetcher } from '../functions/core/ports.ts';
import { type FeedConfig } from '../functions/core/profile.ts';
import type { Article } from '../functions/core/types.ts';
import { collectFeeds, MAX_PAGE_ATTEMPTS } from '../functions/pipeline/collect.ts';
import { fullText, redirectTo, rssFeed, serve, startTestServer, testLookup, type TestServer } from './helpers/hostile-server.ts';
import { russiaVietnamProfile } from './helpers/profiles.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/tls/${name}`, import.meta.url));
const KEY = fixture('leaf.key');
const CA = fixture('ca.crt');
const CERTS = {
  selfSigned: fixture('self-signed.crt'),
  expired: fixture('expired.crt'),
  otherHost: fixture('other-host.crt'),
  valid: fixture('valid.crt'),
};

const TOTAL_TIMEOUT_MS = 5_000;

const profile = russiaVietnamProfile;

const story = (name: string) => ({
  title: `Russia and Vietnam: ${name}`,
  link: `https://news.example/tls/${name}`,
  content: fullText(`tls ${name}.`),
  pubDate: 'Wed, 19 Jun 2024 08:00:00 GMT',
});

/** An HTTPS server on 127.0.0.1 serving one certificate (chain), which can be swapped. */
interface TlsServer {
  readonly port: number;
  url(p: string, host?: string): string;
  /** TCP connections accepted, and HTTP requests received (only over a trusted connection). */
  connections: number;
  requests: number;
  useCertificate(cert: Buffer): void;
  close(): Promise<void>;
}

async function startTlsServer(cert: Buffer, body: (path: string) => string): Promise<TlsServer> {
  const server = https.createServer({ key: KEY, cert }, (req, res) => {
    handle.requests++;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body(req.url ?? '/'));
  });
  server.on('connection', () => handle.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const handle: TlsServer = {
    port,
    url: (p, host = '127.0.0.1') => `https://${host}:${port}${p}`,
    connections: 0,
    requests: 0,
    useCertificate: (next) => server.setSecureContext({ key: KEY, cert: next }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return handle;
}

const feedBody = (p: string) => rssFeed([story(`served-at${p.replace(/\W+/g, '-')}`)]);

let plain: TestServer;
const servers = {} as Record<'selfSigned' | 'expired' | 'otherHost' | 'valid' | 'validWithCa' | 'swappable', TlsServer>;
/** Node's default trust store only, as in production. */
let standard: Fetcher;
/** The test CA trusted too, through the `ca` option. */
let withTestCa: Fetcher;
const dirs: string[] = [];

beforeAll(async () => {
  plain = await startTestServer();
  servers.selfSigned = await startTlsServer(CERTS.selfSigned, feedBody);
  servers.expired = await startTlsServer(CERTS.expired, feedBody);
  servers.otherHost = await startTlsServer(CERTS.otherHost, feedBody);
  servers.valid = await startTlsServer(CERTS.valid, feedBody);
  // The same server certificate, sent with the (self-signed) test CA in the chain.
  servers.validWithCa = await startTlsServer(Buffer.concat([CERTS.valid, CA]), feedBody);
  servers.swappable = await startTlsServer(CERTS.selfSigned, feedBody);
  const ports = [plain.port, ...Object.values(servers).map((s) => s.port)];
  const common = {
    // Only these servers' host:port pairs are exempt from the address check.
    allowHosts: ports.flatMap((port) => [`127.0.0.1:${port}`, `feeds.test:${port}`, `wrong.test:${port}`]),
    lookup: testLookup({ 'feeds.test': '127.0.0.1', 'wrong.test': '127.0.0.1' }),
    connectTimeoutMs: 1_000,
    totalTimeoutMs: TOTAL_TIMEOUT_MS,
    maxRetryDelayMs: 50,
  };
  standard = createHttpFetcher(common);
  withTestCa = createHttpFetcher({ ...common, ca: CA });
});

afterAll(async () => {
  await Promise.all([plain.close(), ...Object.values(servers).map((s) => s.close())]);
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

interface Fault {
  name: string;
  server: () => TlsServer;
  fetcher: () => Fetcher;
  host?: string;
  /** The plain-words problem, and Node's code for it. */
  problem: RegExp;
  code: string;
}

const faults: Fault[] = [
  {
    name: 'a self-signed certificate',
    server: () => servers.selfSigned,
    fetcher: () => standard,
    problem: /it is self-signed/,
    code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
  },
  {
    name: 'a self-signed certificate, with a test CA trusted (trusting a CA trusts nothing else)',
    server: () => servers.selfSigned,
    fetcher: () => withTestCa,
    problem: /it is self-signed/,
    code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
  },
  {
    name: 'an expired certificate from a trusted CA',
    server: () => servers.expired,
    fetcher: () => withTestCa,
    problem: /it has expired/,
    code: 'CERT_HAS_EXPIRED',
  },
  {
    name: 'a certificate for another host name, from a trusted CA',
    server: () => servers.otherHost,
    fetcher: () => withTestCa,
    problem: /it is for another host name, DNS:other\.example/,
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
  },
  {
    name: 'a valid certificate reached by a name it is not for',
    server: () => servers.valid,
    fetcher: () => withTestCa,
    host: 'wrong.test',
    problem: /it is for another host name, DNS:feeds\.test, DNS:localhost, IP Address:127\.0\.0\.1/,
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
  },
  {
    name: 'a certificate from a CA not in the trust store',
    server: () => servers.valid,
    fetcher: () => standard,
    problem: /it is not signed by a trusted CA/,
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  },
  {
    name: 'a chain ending in a self-signed CA not in the trust store',
    server: () => servers.validWithCa,
    fetcher: () => standard,
    problem: /its chain ends in a self-signed certificate that is not a trusted CA/,
    code: 'SELF_SIGNED_CERT_IN_CHAIN',
  },
];

/** Fetches `url`, expecting the fault: one connection, no HTTP request, a clear FetchError, quickly. */
async function expectRefused(fault: Fault, url: string) {
  const server = fault.server();
  const before = { connections: server.connections, requests: server.requests };
  const started = Date.now();
  const error = await fault.fetcher().fetch({ url }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the fetch must fail').toBeInstanceOf(FetchError);
  const { code, message } = error as FetchError;
  const host = `${fault.host ?? '127.0.0.1'}:${server.port}`;
  expect(message).toMatch(new RegExp(`^TLS certificate of ${host.replace(/\./g, '\\.')} is not trusted: `));
  expect(message).toMatch(fault.problem);
  expect(message).toContain(`(${fault.code})`);
  expect(message).not.toMatch(/fetch failed/i);
  expect(code).toBe('network');
  // Failed at once: one connection, no retry, and nothing sent over the untrusted connection.
  expect(server.connections - before.connections).toBe(1);
  expect(server.requests - before.requests).toBe(0);
  expect(Date.now() - started).toBeLessThan(TOTAL_TIMEOUT_MS / 2);
  return message;
}

describe('TLS certificate faults', () => {
  for (const fault of faults) {
    it(`${fault.name}: refused`, async () => {
      await expectRefused(fault, fault.server().url('/feed.xml', fault.host));
    });

    it(`${fault.name}, behind a redirect from http://: refused the same way`, async () => {
      const from = `/redirect/${fault.code}/${fault.host ?? 'ip'}`;
      plain.route(from, redirectTo(fault.server().url('/feed.xml', fault.host), 301));
      const hits = plain.requests.length;
      await expectRefused(fault, plain.url(from));
      expect(plain.requests.length - hits).toBe(1);
    });
  }
});

describe('a trusted test CA (the ca option)', () => {
  it('fetches from a server whose certificate the given CA signed, by address and by name', async () => {
    for (const url of [servers.valid.url('/feed.xml'), servers.valid.url('/feed.xml', 'feeds.test'), servers.validWithCa.url('/feed.xml', 'feeds.test')]) {
      const response = await withTestCa.fetch({ url });
      expect(response).toMatchObject({ status: 200, url, notModified: false });
      expect(response.body).toContain('Russia and Vietnam: served-at-feed-xml');
    }
  });

  it('fetches through a redirect from http:// to that server', async () => {
    plain.route('/redirect/trusted', redirectTo(servers.valid.url('/feed.xml', 'feeds.test')));
    const response = await withTestCa.fetch({ url: plain.url('/redirect/trusted') });
    expect(response).toMatchObject({ status: 200, url: servers.valid.url('/feed.xml', 'feeds.test') });
  });

  it('is not trusted without the option: Node’s standard trust store is the default', async () => {
    await expect(standard.fetch({ url: servers.valid.url('/feed.xml') })).rejects.toThrow(/not signed by a trusted CA/);
  });

  it('adds to Node’s default CAs instead of replacing them', () => {
    expect(trustedCertificates(undefined)).toBeUndefined();
    const list = trustedCertificates([CA, CA.toString()])!;
    expect(list.slice(0, tls.rootCertificates.length)).toEqual(tls.rootCertificates);
    expect(list.slice(tls.rootCertificates.length).map((pem) => pem.trim())).toEqual([CA.toString().trim(), CA.toString().trim()]);
  });

  it('refuses a ca that is not a PEM certificate, rather than silently trusting nothing', () => {
    expect(() => createHttpFetcher({ ca: 'not a certificate' })).toThrow(/ca\[0\] holds no PEM certificate/);
    const broken = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n';
    expect(() => createHttpFetcher({ ca: [CA, broken] })).toThrow(/ca\[1\] holds a certificate that cannot be read/);
  });
});

describe('collecting a feed whose server has a bad certificate', () => {
  async function tempStore(): Promise<FsStore> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwatch-tls-'));
    dirs.push(dir);
    return new FsStore(dir);
  }

  async function feedState(store: FsStore, id: string) {
    return parseFeedState((await store.get(keys.feedState(id)))!, id);
  }

  async function articles(store: FsStore): Promise<Article[]> {
    const listed = await store.list('articles/');
    return Promise.all(listed.map(async (key) => JSON.parse((await store.get(key))!) as Article));
  }

  it('records the failure and its reason, collects the other feeds, and loses nothing', async () => {
    const store = await tempStore();
    plain.route('/tls-control/feed.xml', serve(rssFeed([story('control')])));
    const feeds: FeedConfig[] = [
      { id: 'bad-cert', name: 'Bad certificate', url: servers.swappable.url('/bad-cert.xml', 'feeds.test'), fetchPages: true },
      { id: 'expired', name: 'Expired certificate', url: servers.expired.url('/expired.xml'), fetchPages: true },
      { id: 'control', name: 'Control', url: plain.url('/tls-control/feed.xml'), fetchPages: true },
    ];
    const run = () => collectFeeds({ store, fetcher: withTestCa, profile, feeds });

    for (const attempt of [1, 2]) {
      const result = await run();
      const [bad, expired, control] = result.feeds;
      expect(bad).toMatchObject({ feed: 'bad-cert', status: 'failed', stored: 0 });
      expect(bad.error).toMatch(/^TLS certificate of feeds\.test:\d+ is not trusted: it is self-signed/);
      expect(expired).toMatchObject({ feed: 'expired', status: 'failed', stored: 0 });
      expect(expired.error).toMatch(/^TLS certificate of 127\.0\.0\.1:\d+ is not trusted: it has expired \(CERT_HAS_EXPIRED\)/);
      expect(control).toMatchObject({ feed: 'control', status: 'ok', stored: attempt === 1 ? 1 : 0 });
      for (const outcome of [bad, expired]) {
        const state = await feedState(store, outcome.feed);
        expect(state).toMatchObject({ consecutiveFailures: attempt, lastError: { message: outcome.error, code: 'network' }, seen: [] });
        expect(state.lastSuccessAt).toBeUndefined();
      }
    }
    expect((await articles(store)).map((a) => a.feed)).toEqual(['control']);

    // The operator fixes the certificate: the next run collects everything the feed had.
    servers.swappable.useCertificate(CERTS.valid);
    const healed = await run();
    expect(healed.feeds[0]).toMatchObject({ feed: 'bad-cert', status: 'ok', items: 1, stored: 1 });
    const state = await feedState(store, 'bad-cert');
    expect(state.consecutiveFailures).toBe(0);
    expect(state.seen).toHaveLength(1);
    expect((await articles(store)).map((a) => a.feed).sort()).toEqual(['bad-cert', 'control']);
  });

  it('an article page with a bad certificate is not marked seen, and is retried a bounded number of times', async () => {
    const store = await tempStore();
    const page = servers.selfSigned.url('/page.html');
    plain.route('/tls-pages/feed.xml', serve(rssFeed([{ title: 'Russia and Vietnam sign', link: page, description: 'Moscow and Hanoi sign.' }])));
    const feeds: FeedConfig[] = [{ id: 'pages', name: 'Pages', url: plain.url('/tls-pages/feed.xml'), fetchPages: true }];
    const before = servers.selfSigned.connections;

    for (let attempt = 1; attempt < MAX_PAGE_ATTEMPTS; attempt++) {
      const [outcome] = (await collectFeeds({ store, fetcher: standard, profile, feeds })).feeds;
      expect(outcome).toMatchObject({ status: 'ok', stored: 0, retry: 1 });
      expect(outcome.error).toContain(`${page}: TLS certificate of 127.0.0.1:${servers.selfSigned.port} is not trusted: it is self-signed`);
      const state = await feedState(store, 'pages');
      expect(state.seen).toEqual([]);
      expect(Object.values(state.pageFailures)).toEqual([attempt]);
    }
    // The last attempt stores the feed's summary, so the story is kept even if the page never heals.
    const [last] = (await collectFeeds({ store, fetcher: standard, profile, feeds })).feeds;
    expect(last).toMatchObject({ status: 'ok', stored: 1, retry: 0 });
    expect((await articles(store)).map((a) => a.text)).toEqual(['Moscow and Hanoi sign.']);
    expect(servers.selfSigned.connections - before).toBe(MAX_PAGE_ATTEMPTS);
    expect(servers.selfSigned.requests).toBe(0);
  });
});
