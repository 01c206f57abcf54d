// The `npm start` pipeline end to end: the real CLI, the sample sites on a loopback server,
// the real collector, engine, renderer and a filesystem store in a temp folder.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { keys } from '../functions/core/ids.ts';
import type { AlertMessage } from '../functions/core/ports.ts';
import type { Article, Report } from '../functions/core/types.ts';
import { runLocalCycle } from '../functions/local/local-mode.ts';
import { fromSampleServerUrl, startSampleServer, toSampleServerUrl, type SampleServer } from '../functions/local/sample-sites.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));

function claimwatchRun(dir: string, args = ['run']): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repo, 'bin', 'claimwatch.mjs'), ...args, '--dir', dir], { cwd: tmpdir() }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function readAll<T>(store: FsStore, prefix: string, suffix: string): Promise<T[]> {
  const found = (await store.list(prefix)).filter((k) => k.endsWith(suffix));
  return Promise.all(found.map(async (k) => JSON.parse((await store.get(k))!) as T));
}

// The on-topic sample items (samples/sites/*), by a distinctive part of their URL.
const ON_TOPIC = [
  'putin-to-lam-sign-25-documents',
  'vietnam-russia-pledge-closer-ties',
  'luong-cuong-hosts-putin-in-hanoi',
  'vietnam-un-votes-putin-visit',
  'putin-hanoi-visit-what-was-agreed',
  'lavrov-asean-vientiane',
  'russian-fertiliser-giant-picks-hai-phong', // a wire story the Hanoi Herald ran with its own headline, intro and credit line
  'phosagro-hai-phong-plant', // the same wire story as Eurasia Wire ran it
  'da-nang-russian-tourists', // repeats the Aeroflot claim of putin-to-lam-sign-25-documents, adds one of its own
];
const OFF_TOPIC = 'brazil-coffee-harvest-slips';

describe('claimwatch run (npm start) on the sample feeds', () => {
  let dir: string;
  let store: FsStore;
  let first: Awaited<ReturnType<typeof claimwatchRun>>;
  let articles: Article[];
  let reports: Report[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'claimwatch-e2e-'));
    store = new FsStore(dir);
    first = await claimwatchRun(dir);
    articles = await readAll<Article>(store, 'articles/', '.json');
    reports = await readAll<Report>(store, 'diffs/2', '.json');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const reportFor = (slug: string) => reports.find((r) => r.article.url.includes(slug))!;

  it('stores each on-topic sample article exactly once, with page text and not the page furniture', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    for (const slug of ON_TOPIC) expect(articles.filter((a) => a.url.includes(slug))).toHaveLength(1);
    // Tracking parameters are gone, and ids are stable across runs: the URL is the public one, not the loopback port.
    for (const article of articles) expect(article.url).toMatch(/^https:\/\/[a-z-]+\.sample\.test\/[^?]*$/);
    const summaryOnly = articles.find((a) => a.url.includes('luong-cuong-hosts-putin-in-hanoi'))!;
    expect(summaryOnly.text).toContain('The two leaders also discussed Russian wheat exports to Vietnam');
    expect(summaryOnly.text).not.toMatch(/cookies|Most read|Log in/);
  });

  it('writes a diff JSON and a review page for every stored article', async () => {
    expect(reports).toHaveLength(articles.length);
    for (const article of articles) {
      const report = reports.find((r) => r.article.id === article.id)!;
      expect(report.article.url).toBe(article.url);
      expect(await store.get(keys.diffHtml(article.id, article.fetchedAt))).toMatch(/^<!doctype html>/i);
      expect(await store.get(keys.diffJson(article.id, article.fetchedAt))).toBeDefined();
    }
  });

  it('sends exactly one alert per alerting report: a marker and an outbox copy each, and prints them', async () => {
    const alerting = reports.filter((r) => r.alert);
    expect(alerting.length).toBeGreaterThan(0);
    expect(await store.list('alerts/')).toEqual(alerting.map((r) => `alerts/${r.article.id}.json`).sort());
    const messages = await readAll<AlertMessage>(store, 'outbox/', '.json');
    expect(messages).toHaveLength(alerting.length);
    for (const report of alerting) {
      const message = messages.find((m) => m.text.includes(report.article.url))!;
      expect(message.subject).toMatch(/^\[claimwatch\] /);
      expect(first.stdout).toContain(`ALERT  ${message.subject}`);
    }
  });

  it('ends by printing each article with its counts and where the diffs and outbox are', () => {
    expect(first.stdout).toContain(`Articles analysed: ${articles.length}`);
    for (const article of articles) {
      expect(first.stdout).toContain(`  ${article.title}\n`);
      expect(first.stdout).toContain(`diff: ${store.locate(keys.diffHtml(article.id, article.fetchedAt))}\n`);
    }
    expect(first.stdout).toContain(`Diff pages:  ${path.join(dir, 'diffs', 'index.html')}`);
    expect(first.stdout).toContain(`copies in ${path.join(dir, 'outbox')}`);
  });

  // Engine-dependent: what the samples were written to produce, one expectation each.
  const contradictionTypes = (slug: string) => reportFor(slug).findings.filter((f) => f.label === 'contradiction').map((f) => f.type);
  it.each([
    ['putin-to-lam-sign-25-documents', 'number', '25 documents vs 11 memorandums / around a dozen'],
    ['luong-cuong-hosts-putin-in-hanoi', 'role', 'President Luong Cuong vs President To Lam'],
    ['vietnam-un-votes-putin-visit', 'negation', 'voted against vs abstained'],
    ['putin-hanoi-visit-what-was-agreed', 'date', 'July 8-9 vs June 19-20'],
  ])('sample %s yields a %s contradiction (%s)', (slug, type) => {
    expect(contradictionTypes(slug)).toContain(type);
  });
  it('new claims alert, the restatement and the off-topic item stay quiet', () => {
    expect(reportFor('lavrov-asean-vientiane').summary.new).toBeGreaterThan(0);
    expect(reportFor('lavrov-asean-vientiane').alert).toBe(true);
    expect(reportFor('vietnam-russia-pledge-closer-ties').alert).toBe(false);
    // Off-topic: dropped by the collector or analysed without alert.
    expect(reports.filter((r) => r.article.url.includes(OFF_TOPIC) && r.alert)).toEqual([]);
  });

  it('alerts once per claim: the wire copy and the later article repeat claims without alerting them again', async () => {
    const messages = await readAll<AlertMessage>(store, 'outbox/', '.json');
    const listed = await claimwatchRun(dir, ['claims', 'list', '--json']);
    expect(listed.code).toBe(0);
    const claims = JSON.parse(listed.stdout) as Array<{ id: string; text: string; first: { articleId: string }; repeats: Array<{ articleId: string; source: string }> }>;
    expect(claims.length).toBeGreaterThan(10);
    for (const claim of claims) {
      expect(messages.filter((m) => m.text.includes(`Claim:    "${claim.text}"`)), claim.text).toHaveLength(1);
    }
    // the wire story: whichever outlet ran it second is linked to the first and stays quiet
    const copies = [reportFor('russian-fertiliser-giant-picks-hai-phong'), reportFor('phosagro-hai-phong-plant')];
    const copy = copies.find((r) => r.story)!;
    const original = copies.find((r) => r !== copy)!;
    expect(copy.story!.first.id).toBe(original.article.id);
    // analysed in publication order: the wire as filed first, the Herald's copy second
    expect(original.article.url).toContain('eurasia-wire');
    const saidFirst = new Set(original.findings.map((f) => f.claim.text));
    const alerting = copy.findings.filter((f) => f.label === 'new' || f.label === 'contradiction');
    expect(alerting.map((f) => f.claim.text)).toEqual([expect.stringContaining("Hai Phong's port authority")]);
    for (const f of copy.findings.filter((f) => saidFirst.has(f.claim.text))) expect(f.label).toBe('repeated');
    expect(copy.summary.repeated).toBeGreaterThanOrEqual(5);
    expect(await store.get(keys.diffHtml(copy.article.id, articles.find((a) => a.id === copy.article.id)!.fetchedAt))).toContain('Same story as');
    // the later article: the Aeroflot claim is repeated (no alert for it), its own claim alerts
    const later = reportFor('da-nang-russian-tourists');
    const aeroflot = later.findings.find((f) => f.claim.text.startsWith('Aeroflot'))!;
    expect(aeroflot.label).toBe('repeated');
    const aeroflotClaim = claims.find((c) => c.id === aeroflot.claimId)!;
    expect(aeroflotClaim.first.articleId).toBe(reportFor('putin-to-lam-sign-25-documents').article.id);
    expect(aeroflotClaim.repeats.map((r) => r.articleId)).toEqual([later.article.id]);
    expect(later.findings.filter((f) => f.label === 'new').map((f) => f.claim.text)).toEqual([expect.stringContaining('Russian-speaking staff')]);
    // the text listing shows each claim with its repeats
    const text = await claimwatchRun(dir, ['claims', 'list']);
    expect(text.stdout).toContain(`${aeroflot.claimId}`);
    expect(text.stdout).toContain('↻ 1 repeat');
    expect(text.stdout).toContain('Da Nang gets ready for Russian tourists');
    expect(await store.get('diffs/claims.html')).toContain('Aeroflot');
  });

  const EDITED = 'rosatom-research-centre-dong-nai';
  const newOutbox = async (before: string[]) => (await store.list('outbox/')).filter((k) => !before.includes(k) && k.endsWith('.json'));

  it('a second run stores the edited sample article as version 2, alerts once for the edit, and its review page shows the change', async () => {
    const outboxBefore = await store.list('outbox/');
    const second = await claimwatchRun(dir);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const edited = articles.find((a) => a.url.includes(EDITED))!;
    const firstKey = keys.article(edited.id, edited.fetchedAt);
    const v2Key = firstKey.replace(/\.json$/, '/v2.json');
    expect((await store.list('articles/')).filter((k) => /\/v\d+\.json$/.test(k))).toEqual([v2Key]);
    // Version 1 is kept as it was; version 2 has the edit.
    expect(JSON.parse((await store.get(firstKey))!).text).toContain('15 memorandums');
    const v2 = JSON.parse((await store.get(v2Key))!) as Article & { version: number; previousKey: string };
    expect(v2).toMatchObject({ id: edited.id, url: edited.url, version: 2, previousKey: firstKey });
    expect(v2.text).toContain('11 memorandums');
    expect(v2.text).toContain('Rosatom will also train 300 Vietnamese nuclear engineers');

    const sent = await newOutbox(outboxBefore);
    expect(sent).toHaveLength(1);
    const message = JSON.parse((await store.get(sent[0]))!) as AlertMessage & { channels: string[] };
    expect(message.subject).toMatch(/^\[claimwatch\] edited v2: 1 new added, 1 contradiction withdrawn: Rosatom/);
    expect(message.text).toContain("'15 memorandums' now reads '11 memorandums'");
    expect(message.text).toContain('ADDED NEW\n  Claim: "Rosatom will also train 300');
    expect(message.text).toContain('WITHDRAWN CONTRADICTION (number)');
    // The clock and the rotating teaser on the page are not changes.
    expect(message.text).not.toMatch(/Last updated|Read more/);
    expect(message.channels).toEqual(['email', 'sms']); // a withdrawn contradiction goes out like a contradiction
    expect(second.stdout.match(/^ALERT /gm)).toHaveLength(1);
    expect(second.stdout).toContain('Re-checked 1 earlier article for edits: 1 edited (new version stored), 0 unchanged');
    expect(await store.get(`alerts/${edited.id}/v2.json`)).toContain('"sent"');

    const page = (await store.get(v2Key.replace(/^articles\//, 'diffs/').replace(/\.json$/, '.html')))!;
    expect(page).toContain('Version history');
    expect(page).toContain('<del>15</del>');
    expect(page).toContain('<ins>11</ins>');
    expect(page).toMatch(/Version 2<\/b>, updated <time>[^<]+<\/time>: &#39;15 memorandums&#39; now reads &#39;11 memorandums&#39;/);
    const firstPage = (await store.get(keys.diffHtml(edited.id, edited.fetchedAt)))!;
    expect(firstPage).toContain(`This article was edited after this version: <a href="${edited.id}/v2.html">version 2</a>`);
    expect(firstPage).toContain('15 memorandums'); // still version 1's text and findings
    expect(second.stdout).toContain(`diff: ${store.locate(v2Key.replace(/^articles\//, 'diffs/').replace(/\.json$/, '.html'))}`);
  });

  it('a third run with no change stores nothing and sends nothing', async () => {
    const outboxBefore = await store.list('outbox/');
    const articlesBefore = await store.list('articles/');
    const third = await claimwatchRun(dir);
    expect(third.code).toBe(0);
    expect(third.stdout).toContain('No new articles since the last run');
    expect(third.stdout).not.toContain('ALERT ');
    expect(await store.list('outbox/')).toEqual(outboxBefore);
    expect(await store.list('articles/')).toEqual(articlesBefore);
  });

  it('the scheduled re-check (2 h on) fetches the pages again; a new clock and teaser store no version', async () => {
    const outboxBefore = await store.list('outbox/');
    const articlesBefore = await store.list('articles/');
    const later = new Date(Date.now() + 3 * 3_600_000);
    const { summary } = await runLocalCycle({ dir, print: () => {}, now: () => later });
    expect(summary.recheck.checked).toBeGreaterThanOrEqual(4);
    expect(summary.recheck.cost.requests).toBeGreaterThanOrEqual(4);
    expect(summary.recheck).toMatchObject({ versions: [], failed: [] });
    expect(summary.analyzed).toEqual([]);
    expect(await store.list('outbox/')).toEqual(outboxBefore);
    expect(await store.list('articles/')).toEqual(articlesBefore);
  });

  it('claimwatch digest writes one digest of the runs to the outbox; an empty period writes none unless --force', async () => {
    const outboxBefore = await store.list('outbox/');
    const digest = (...args: string[]) =>
      new Promise<{ code: number; stdout: string }>((resolve) =>
        execFile(process.execPath, [path.join(repo, 'bin', 'claimwatch.mjs'), 'digest', '--dir', dir, ...args], (error, stdout) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
        ),
      );
    const first = await digest();
    expect(first.code).toBe(0);
    const written = await newOutbox(outboxBefore);
    expect(written).toHaveLength(1);
    const message = JSON.parse((await store.get(written[0]))!) as AlertMessage & { channels: string[] };
    expect(message.subject).toMatch(/^\[claimwatch\] digest: \d+ contradictions, \d+ new, 1 withdrawn in \d+ articles/);
    expect(message.channels).toEqual(['email']);
    expect(message.text).toContain('== CONTRADICTIONS');
    expect(message.text).toContain('== WITHDRAWN BY AN EDIT (1 in 1 article) ==');
    expect(message.text).toContain('[edited, version 2]');
    for (const slug of ['putin-to-lam-sign-25-documents', 'lavrov-asean-vientiane', EDITED]) expect(message.text).toContain(slug);
    expect(message.text).not.toContain('vietnam-russia-pledge-closer-ties'); // nothing new there
    expect(message.text).toMatch(/Review: \S+\/diffs\/\d{4}\/\d{2}\/\d{2}\/[0-9a-f]{16}\/v2\.html/);

    const again = await digest();
    expect(again.stdout).toContain('no digest written');
    expect(await newOutbox(outboxBefore)).toHaveLength(1);
    await digest('--force');
    expect(await newOutbox(outboxBefore)).toHaveLength(2);
  });

  it('even when all collector state is lost, re-collected articles are re-analysed without re-alerting', async () => {
    const outboxBefore = await store.list('outbox/');
    await rm(path.join(dir, 'state'), { recursive: true, force: true });
    const printed: string[] = [];
    const { summary } = await runLocalCycle({ dir, print: (text) => printed.push(text) });
    expect(summary.analyzed.length).toBe(articles.length);
    expect(summary.analyzed.filter((a) => a.alerted)).toEqual([]);
    expect(summary.analyzed.filter((a) => a.alert).length).toBe(reports.filter((r) => r.alert).length);
    expect(printed).toEqual([]);
    expect(await store.list('outbox/')).toEqual(outboxBefore);
  });

  it('an article left without a diff (its analysis failed) is analysed on the next run, without alerting twice', async () => {
    const article = articles.find((a) => a.url.includes('putin-to-lam-sign-25-documents'))!;
    const outboxBefore = await store.list('outbox/');
    await store.delete(keys.diffJson(article.id, article.fetchedAt));
    await store.delete(keys.diffHtml(article.id, article.fetchedAt));
    const { summary } = await runLocalCycle({ dir, print: () => {} });
    expect(summary.analyzed.map((a) => a.articleId)).toEqual([article.id]);
    expect(summary).toMatchObject({ retried: 1, failed: [] });
    expect(await store.get(keys.diffHtml(article.id, article.fetchedAt))).toMatch(/^<!doctype html>/i);
    expect(await store.list('outbox/')).toEqual(outboxBefore);
  });

  it('a stored article that cannot be analysed is reported on every run and kept, the others untouched', async () => {
    const broken = 'articles/2024/06/21/0123456789abcdef.json';
    await store.put(broken, '{"title": "cut off in the middle');
    for (let run = 0; run < 2; run++) {
      const result = await claimwatchRun(dir);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`FAILED ${store.locate(broken)}`);
      expect(result.stdout).toContain('tried again on the next run');
      expect(result.stdout).toContain('Articles analysed: 0');
      expect(await store.get(broken)).toBe('{"title": "cut off in the middle');
    }
    await store.delete(broken);
    expect((await claimwatchRun(dir)).code).toBe(0);
  });
});

describe('the sample sites server', () => {
  let server: SampleServer;
  beforeAll(async () => {
    server = await startSampleServer();
  });
  afterAll(async () => {
    await server.close();
  });

  function get(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; etag?: string; body: string }> {
    return new Promise((resolve, reject) => {
      // A raw path, not a URL: the client must not normalise the ".." away before the server sees it.
      const { hostname, port } = new URL(server.origin);
      const req = request({ hostname, port, path: pathname, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, body }));
      });
      req.on('error', reject).end();
    });
  }

  it('listens on loopback and serves feeds, pages (folder index too) and 304 for a matching ETag', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const feed = await get('/hanoi-herald.sample.test/rss/world.xml');
    expect(feed.status).toBe(200);
    expect(feed.body).toContain('<rss');
    expect((await get('/eurasia-wire.sample.test/asia/vietnam-un-votes-putin-visit')).body).toContain('voted against Russia');
    expect((await get('/hanoi-herald.sample.test/rss/world.xml', { 'if-none-match': feed.etag! })).status).toBe(304);
  });

  it('never serves files outside samples/sites', async () => {
    for (const pathname of ['/../package.json', '/%2e%2e/package.json', '/hanoi-herald.sample.test/..%2f..%2f..%2fpackage.json', '/nope.sample.test/x']) {
      const res = await get(pathname);
      expect(res.status, pathname).toBe(404);
      expect(res.body).not.toContain('"name"');
    }
  });

  it('maps the stable sample URLs to the server and back, leaving other URLs alone', () => {
    const url = 'https://asia-ledger.sample.test/diplomacy/feed.xml?x=1';
    const local = toSampleServerUrl(url, server.origin);
    expect(local).toBe(`${server.origin}/asia-ledger.sample.test/diplomacy/feed.xml?x=1`);
    expect(fromSampleServerUrl(local, server.origin)).toBe(url);
    expect(toSampleServerUrl('https://example.com/feed', server.origin)).toBe('https://example.com/feed');
    expect(fromSampleServerUrl(`${server.origin}/elsewhere/x`, server.origin)).toBe(`${server.origin}/elsewhere/x`);
  });
});
