// Collector throughput: 100 feeds × 50 items served from a local HTTP server on 127.0.0.1,
// collected by a fresh Node process into an FsStore in a temp dir. Four items in five carry
// their full text in the feed; the fifth is a summary, so its page is fetched and extracted.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { prng } from './synthetic.ts';

const run = promisify(execFile);

export const FEEDS = 100;
export const ITEMS_PER_FEED = 50;
/** Every n-th item is a summary whose page is fetched. */
const SUMMARY_EVERY = 5;
/** Feeds fetched at once: collectFeeds' default, which the collect Lambda uses. */
export const CONCURRENCY = 4;

export interface CollectorResult {
  feeds: number;
  items: number;
  pageFetches: number;
  concurrency: number;
  wallMs: number;
  peakRssMb: number;
  stored: number;
  retry: number;
  failed: number;
  firstError?: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The site: feed documents and article pages, made once, deterministically. */
function makeSite(seedSentences: string[], base: string) {
  const random = prng(42);
  const body = () => Array.from({ length: 8 }, () => seedSentences[Math.floor(random() * seedSentences.length)]);
  const feeds = new Map<string, string>();
  const pages = new Map<string, string>();
  for (let f = 0; f < FEEDS; f++) {
    const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => {
      const slug = `${f}-${i}`;
      const title = `Russia and Vietnam: report ${slug}`;
      const paragraphs = body();
      const link = `${base}/articles/${slug}.html`;
      const date = new Date(Date.UTC(2024, 5, 20, 0, f * ITEMS_PER_FEED + i)).toUTCString();
      if (i % SUMMARY_EVERY === SUMMARY_EVERY - 1) {
        pages.set(`/articles/${slug}.html`, `<!doctype html><html><head><title>${xml(title)}</title></head><body><nav>Home | World</nav><article><h1>${xml(title)}</h1>${paragraphs.map((p) => `<p>${xml(p)}</p>`).join('')}</article><footer>© 2024 Bench</footer></body></html>`);
        return `<item><title>${xml(title)}</title><link>${link}</link><guid>${link}</guid><pubDate>${date}</pubDate><description>${xml(paragraphs[0])}</description></item>`;
      }
      const html = paragraphs.map((p) => `<p>${xml(p)}</p>`).join('');
      return `<item><title>${xml(title)}</title><link>${link}</link><guid>${link}</guid><pubDate>${date}</pubDate><description>${xml(paragraphs[0])}</description><content:encoded><![CDATA[${html}]]></content:encoded></item>`;
    });
    feeds.set(`/feeds/${f}.xml`, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench feed ${f}</title><link>${base}/</link><description>bench</description>${items.join('')}</channel></rss>`);
  }
  return { feeds, pages };
}

export async function measureCollector(root: string, seedSentences: string[], profileJson: unknown): Promise<CollectorResult> {
  let site: ReturnType<typeof makeSite> | undefined;
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const feed = site?.feeds.get(url);
    const page = site?.pages.get(url);
    if (feed) res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed);
    else if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site = makeSite(seedSentences, base);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimwatch-bench-collect-'));
  try {
    const profileFile = path.join(dir, 'profile.json');
    const feeds = Array.from({ length: FEEDS }, (_, f) => ({ id: `bench-${f}`, name: `Bench feed ${f}`, url: `${base}/feeds/${f}.xml` }));
    fs.writeFileSync(profileFile, JSON.stringify({ ...(profileJson as object), feeds }));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'collector-run.ts'), profileFile, path.join(dir, 'store'), String(CONCURRENCY)], {
      cwd: root,
      timeout: 300_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const child = JSON.parse(stdout.trim().split('\n').at(-1)!);
    return { feeds: FEEDS, items: FEEDS * ITEMS_PER_FEED, pageFetches: site.pages.size, concurrency: CONCURRENCY, ...child };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
