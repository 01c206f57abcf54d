// What a re-check of a stored article costs (edited articles, issue 13): page requests, body
// bytes received and time per article, for 200 articles served from 127.0.0.1 into an FsStore.
//   A. pages whose clock and teaser change on every fetch, no ETag: a full GET each, no version
//   B. static pages with an ETag: the first check is a full GET, the next a 304 with no body
//   C. every page edited: a full GET, extraction and a new version stored
// Run: npx tsx bench/recheck-bench.ts   (prints a table and JSON; about 10 s)
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { createHttpFetcher } from '../functions/adapters/http-fetcher.ts';
import { recheckArticles, type ObservedItem, type RecheckResult } from '../functions/pipeline/recheck.ts';

const N = 200;
const HOUR = 3_600_000;
const PARAGRAPH =
  'Russian President Vladimir Putin and Vietnamese President To Lam signed cooperation documents in Hanoi on Thursday, covering energy, education and civil nuclear projects, officials said after the talks.';

let mode: 'clock' | 'static' | 'edited' = 'clock';
let served = 0;
function page(i: number): string {
  const edit = mode === 'edited' ? `<p>An added paragraph ${i}: Rosatom will train 300 Vietnamese engineers, the company said.</p>` : '';
  const clock = mode === 'clock' ? `<p>Last updated ${new Date(Date.now() + served * 1000).toISOString()}</p>` : '<p>Last updated 21 June 2024</p>';
  const teaser = mode === 'clock' ? `<p>Read more: teaser number ${served % 7}</p>` : '';
  return `<!doctype html><html><head><title>Story ${i}</title></head><body><nav>Home | World | Asia | Markets | Log in</nav><article><h1>Story ${i}</h1>${clock}${Array.from(
    { length: 12 },
    (_, k) => `<p>${PARAGRAPH} (${i}.${k})</p>`,
  ).join('')}${edit}${teaser}</article><aside><h3>Most read</h3><ol><li>One</li><li>Two</li></ol></aside><footer>© 2024</footer></body></html>`;
}

const server = http.createServer((req, res) => {
  served++;
  const i = Number(/\/story\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1);
  const body = page(i);
  const etag = mode === 'static' ? `"s-${i}"` : undefined;
  if (etag && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(etag ? { etag } : {}) }).end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwatch-recheck-bench-'));
const store = new FsStore(dir);
const fetcher = createHttpFetcher({ allowHosts: ['127.0.0.1'] });
const feed = { id: 'bench', name: 'Bench', url: `${origin}/feed`, fetchPages: true };
const t0 = new Date('2024-06-21T08:00:00Z');
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);
const after = [2 * HOUR, 12 * HOUR, 48 * HOUR];

try {
  // Version 1 of each article, as the collector stored it (the page text it extracted).
  const { extractPageText } = await import('../functions/core/page-text.ts');
  const observed = new Map<string, ObservedItem>();
  const stored: Array<{ id: string; key: string }> = [];
  mode = 'static';
  for (let i = 0; i < N; i++) {
    const id = `bench${String(i).padStart(11, '0')}`;
    const url = `${origin}/story/${i}`;
    const key = `articles/2024/06/21/${id}.json`;
    await store.put(key, JSON.stringify({ id, url, title: `Story ${i}`, source: 'Bench', published: '', fetchedAt: t0.toISOString(), feed: 'bench', text: extractPageText(page(i)).text }));
    observed.set(id, { feed, id, url, link: url, title: `Story ${i}`, guid: id, text: 'summary' });
    stored.push({ id, key });
  }
  await recheckArticles({ store, fetcher, now: () => t0 }, { recheckAfter: after }, observed, stored);

  const rows: Array<{ scenario: string; result: RecheckResult }> = [];
  const check = async (scenario: string, m: typeof mode, hours: number) => {
    mode = m;
    const result = await recheckArticles({ store, fetcher, now: () => at(hours) }, { recheckAfter: after, maxPerRun: N }, new Map(), []);
    rows.push({ scenario, result });
  };
  await check('A. clock + teaser change, no ETag (2 h)', 'clock', 3);
  await check('B1. static, first check: full GET, ETag kept (12 h)', 'static', 13);
  await check('B2. static, conditional GET: 304 (48 h)', 'static', 49);
  // C: the 48 h check is spent; a feed change brings the next one forward.
  mode = 'edited';
  const changed = new Map([...observed].map(([id, o]) => [id, { ...o, guid: `${id}-edited` }]));
  const edited = await recheckArticles({ store, fetcher, now: () => at(50) }, { recheckAfter: after, maxPerRun: N }, changed, []);
  rows.push({ scenario: 'C. edited (feed item changed): version stored', result: edited });

  console.log(`Re-check cost per article (${N} articles, 3 at once, 127.0.0.1, Node ${process.version}, ${os.cpus().length} cores)\n`);
  console.log('| scenario | checked | versions | requests/article | 304s | bytes/article | ms/article (wall ÷ N) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const { scenario, result: r } of rows) {
    const per = (n: number) => (r.checked ? n / r.checked : 0);
    console.log(`| ${scenario} | ${r.checked} | ${r.versions.length} | ${per(r.cost.requests).toFixed(2)} | ${r.cost.notModified} | ${Math.round(per(r.cost.bytes))} | ${per(r.cost.ms).toFixed(2)} |`);
  }
  const stateBytes = Buffer.byteLength((await store.get('state/recheck.json')) ?? '');
  console.log(`\nPer run, whatever is due: one GET and one PUT of state/recheck.json, ${stateBytes} bytes for ${N} watched articles (${Math.round(stateBytes / N)} per article).`);
  console.log(`\n${JSON.stringify(rows.map(({ scenario, result }) => ({ scenario, checked: result.checked, versions: result.versions.length, failed: result.failed.length, cost: result.cost })))}`);
} finally {
  server.close();
  await rm(dir, { recursive: true, force: true });
}
