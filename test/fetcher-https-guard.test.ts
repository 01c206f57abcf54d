// The address check on https:// targets. Every TLS test elsewhere allow-lists its server, so
// they would all still pass with a plain HTTPS agent in place of the filtering one. Here the
// server's certificate is trusted (the test CA through `ca`) and its name resolves to
// 127.0.0.1, but it is NOT allow-listed: only the address check stands between the fetcher and
// the server. It must refuse before a single HTTP request reaches it — directly, and behind a
// redirect from an allowed http:// server.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetcher } from '../functions/adapters/http-fetcher.ts';
import { FetchError, type Fetcher } from '../functions/core/ports.ts';
import { redirectTo, rssFeed, serve, startTestServer, testLookup, type TestServer } from './helpers/hostile-server.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/tls/${name}`, import.meta.url));
const CA = fixture('ca.crt');

let server: https.Server;
let port: number;
let requests = 0;
let plain: TestServer;
let guarded: Fetcher;
let control: Fetcher;

beforeAll(async () => {
  server = https.createServer({ key: fixture('leaf.key'), cert: fixture('valid.crt') }, (_req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed([{ title: 'internal', link: 'https://feeds.test/x' }]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  plain = await startTestServer();
  const common = { ca: CA, lookup: testLookup({ 'feeds.test': '127.0.0.1' }), connectTimeoutMs: 1_000, totalTimeoutMs: 5_000 };
  // Only the plain http server is exempt: the HTTPS server is a private address like any other.
  guarded = createHttpFetcher({ ...common, allowHosts: [`127.0.0.1:${plain.port}`] });
  // The same fetcher with the HTTPS server exempt: proves the server, certificate and name all work.
  control = createHttpFetcher({ ...common, allowHosts: [`127.0.0.1:${plain.port}`, `feeds.test:${port}`] });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await plain.close();
});

async function refusal(fetcher: Fetcher, url: string): Promise<FetchError> {
  const error = await fetcher.fetch({ url }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `${url} was fetched`).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('the address check on https:// targets', () => {
  it('the trusted HTTPS server is reachable when allow-listed (the control)', async () => {
    const before = requests;
    const response = await control.fetch({ url: `https://feeds.test:${port}/feed.xml` });
    expect(response.status).toBe(200);
    expect(requests).toBe(before + 1);
  });

  it('refuses an https:// URL whose name resolves to a private address, with no request sent', async () => {
    const before = requests;
    const error = await refusal(guarded, `https://feeds.test:${port}/feed.xml`);
    expect(error.code).toBe('blocked-address');
    expect(error.message).toContain('127.0.0.1');
    expect(requests).toBe(before);
  });

  it('refuses an https:// loopback address given literally', async () => {
    const before = requests;
    expect((await refusal(guarded, `https://127.0.0.1:${port}/feed.xml`)).code).toBe('blocked-address');
    expect(requests).toBe(before);
  });

  it('refuses an https:// private target reached through a redirect from an allowed http:// server', async () => {
    plain.route('/to-internal', redirectTo(`https://feeds.test:${port}/feed.xml`));
    const before = requests;
    expect((await refusal(guarded, plain.url('/to-internal'))).code).toBe('blocked-address');
    expect(requests).toBe(before);
  });
});
