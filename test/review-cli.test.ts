// `claimwatch diffs …` and `claimwatch baseline …` run as the real CLI (a child process) against a
// local store folder and against S3 (s3rver on loopback). Diffs are made by the real analyze step.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { S3Store } from '../functions/adapters/s3-store.ts';
import { keys } from '../functions/core/ids.ts';
import type { AlertMessage, Store } from '../functions/core/ports.ts';
import type { WatchProfile } from '../functions/core/profile.ts';
import type { ArticleInput, Report } from '../functions/core/types.ts';
import { analyzeStoredArticle } from '../functions/pipeline/analyze.ts';
import { DIFF_INDEX_JSON, updateDiffIndex } from '../functions/pipeline/diff-index.ts';
import { fixtureArticle, REPO_DIR, repoProfile } from './helpers/review-fixtures.ts';
import { LOCAL_S3_CREDENTIALS, startS3 } from './helpers/s3.ts';

const CLI = join(REPO_DIR, 'bin/claimwatch.mjs');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR'] as const) if (!(name in env)) delete childEnv[name];
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: REPO_DIR, env: childEnv }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Every key and body in the store: compared before and after a refused command. */
async function snapshot(store: Store): Promise<Map<string, string | undefined>> {
  const all = await store.list('');
  return new Map(await Promise.all(all.map(async (key) => [key, await store.get(key)] as const)));
}

async function seedBaseline(store: Store): Promise<void> {
  const manifest = await readFile(join(REPO_DIR, 'baseline/manifest.json'), 'utf8');
  await store.put(keys.baselineManifest, manifest);
  for (const { id } of JSON.parse(manifest).documents as Array<{ id: string }>) {
    await store.put(keys.baselineDoc(id), await readFile(join(REPO_DIR, `baseline/${id}.txt`), 'utf8'));
  }
}

interface Backend {
  name: string;
  /**
   * Input validation happens before the store is touched, so every refused case runs once, on the
   * local store; S3 gets a few of each kind (each CLI start costs ~0.4 s of CPU on 2 cores).
   */
  thorough: boolean;
  setUp(): Promise<{ store: Store; args: string[]; env: Record<string, string>; tearDown(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'local store',
    thorough: true,
    async setUp() {
      const dir = await mkdtemp(join(tmpdir(), 'claimwatch-review-'));
      return { store: new FsStore(dir), args: ['--dir', dir], env: {}, tearDown: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'S3 (s3rver)',
    thorough: false,
    async setUp() {
      const s3 = await startS3();
      // The CLI makes its own client: it finds s3rver through the SDK's standard endpoint variable.
      const env = {
        AWS_ENDPOINT_URL_S3: s3.endpoint,
        AWS_ACCESS_KEY_ID: LOCAL_S3_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: LOCAL_S3_CREDENTIALS.secretAccessKey,
        AWS_REGION: 'us-east-1',
      };
      return { store: new S3Store({ bucket: s3.bucket, client: s3.client }), args: ['--bucket', s3.bucket], env, tearDown: () => s3.stop() };
    },
  },
];

/** An attribute value as a browser reads it (the page escapes `&` and quotes as character references). */
const decodeAttribute = (value: string) => value.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replaceAll('&amp;', '&');

const HANOI_ID = 'a1b2c3d4e5f60718';
const HOSTILE_ID = 'f0e1d2c3b4a59687';

describe.each(backends)('review commands on the $name', (backend) => {
  let store: Store;
  let args: string[];
  let env: Record<string, string>;
  let tearDown: () => Promise<void>;
  let profile: WatchProfile;
  let workDir: string;
  const alerts: AlertMessage[] = [];
  const reports = new Map<string, Report>();
  const articleKeys = new Map<string, string>();

  const run = (...command: string[]) => cli([...command, ...args], env);
  const analyze = async (id: string) => {
    const notifier = { notify: async (m: AlertMessage) => void alerts.push(m) };
    const result = await analyzeStoredArticle({ store, profile, notifier, now: () => new Date(id === HANOI_ID ? '2024-06-20T10:00:00Z' : '2024-06-21T10:00:00Z') }, articleKeys.get(id)!);
    reports.set(id, result.report);
    return result.report;
  };
  const storeArticle = async (id: string, article: ArticleInput, fetchedAt: string) => {
    const key = keys.article(id, fetchedAt);
    await store.put(key, JSON.stringify({ ...article, id, fetchedAt }));
    articleKeys.set(id, key);
  };

  beforeAll(async () => {
    ({ store, args, env, tearDown } = await backend.setUp());
    profile = await repoProfile();
    workDir = await mkdtemp(join(tmpdir(), 'claimwatch-review-files-'));
    await seedBaseline(store);
    await storeArticle(HANOI_ID, await fixtureArticle('hanoi-visit'), '2024-06-20T09:45:00Z');
    await storeArticle(HOSTILE_ID, await fixtureArticle('hostile'), '2024-06-21T08:00:00Z');
    await analyze(HANOI_ID);
    await analyze(HOSTILE_ID);
  });
  afterAll(async () => {
    await tearDown?.();
    await rm(workDir, { recursive: true, force: true });
  });

  it('lists diffs newest first with their counts, as text and as JSON, and filters --since', async () => {
    const text = await run('diffs', 'list');
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[1])).toEqual([HOSTILE_ID, HANOI_ID]);
    expect(lines[1]).toContain(reports.get(HANOI_ID)!.article.title);
    expect(text.stdout).not.toContain('\x1b');

    const json = await run('diffs', 'list', '--json');
    const items = JSON.parse(json.stdout) as Array<{ id: string; date: string; summary: Report['summary']; alert: boolean }>;
    expect(items.map((i) => [i.id, i.date])).toEqual([[HOSTILE_ID, '2024-06-21'], [HANOI_ID, '2024-06-20']]);
    for (const item of items) expect(item.summary).toEqual(reports.get(item.id)!.summary);

    const since = await run('diffs', 'list', '--json', '--since', '2024-06-21');
    expect((JSON.parse(since.stdout) as Array<{ id: string }>).map((i) => i.id)).toEqual([HOSTILE_ID]);
  });

  it('shows one diff with every finding labelled, the evidence and a working page link', async () => {
    const report = reports.get(HANOI_ID)!;
    const shown = await run('diffs', 'show', HANOI_ID);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).not.toContain('\x1b');
    for (const f of report.findings) {
      expect(shown.stdout).toContain(`${f.label.toUpperCase()}${f.type ? `/${f.type}` : ''} ${f.id}  ${f.claim.text.replace(/\s+/g, ' ').trim()}`);
      for (const ev of f.evidence) expect(shown.stdout).toContain(ev.text.replace(/\s+/g, ' ').trim());
    }
    const link = /^page: (.+)$/m.exec(shown.stdout)![1];
    const page = link.startsWith('file:') ? await readFile(new URL(link), 'utf8') : await (await fetch(link)).text();
    expect(page).toContain('Content-Security-Policy');
    expect(page).toContain(`id="claim-${report.findings[0].id}"`);

    const byPrefix = await run('diffs', 'show', HANOI_ID.slice(0, 6), '--json');
    expect(JSON.parse(byPrefix.stdout)).toEqual(report);
    const coloured = await cli(['diffs', 'show', HANOI_ID, ...args], { ...env, FORCE_COLOR: '1' });
    expect(coloured.stdout).toMatch(/\x1b\[[\d;]+m/);
  });

  it('writes the recent-diffs page to a local file with a working link to every diff page', async () => {
    const out = join(workDir, 'diffs.html');
    const result = await run('diffs', 'page', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`open file://${out}`);
    const html = await readFile(out, 'utf8');
    const hrefs = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => decodeAttribute(m[1]));
    expect(hrefs).toHaveLength(reports.size);
    for (const [id, report] of reports) {
      const href = hrefs.find((h) => h.includes(id))!;
      expect(href, id).toBeDefined();
      // each link opens its page as it is: a file locally, a presigned URL on S3
      const page = href.startsWith('file:') ? await readFile(new URL(href), 'utf8') : await (await fetch(href)).text();
      expect(page, href).toContain(`id="claim-${report.findings[0].id}"`);
    }
  });

  it('refuses an unknown id, a bad date, a wrong subcommand and unknown findings, changing nothing', async () => {
    const before = await snapshot(store);
    const known = reports.get(HANOI_ID)!.findings.find((f) => f.label === 'known');
    // Refusals write nothing, so they can run side by side.
    const cases: Array<[string[], number, string | RegExp]> = [
      [['diffs', 'show', 'ffffffffffffffff'], 1, 'no diff with id ffffffffffffffff'],
      [['diffs', 'show', '../etc/passwd'], 1, 'is not a diff id'],
      [['diffs', 'list', '--since', 'last week'], 1, '--since wants a date'],
      [['diffs', 'remove', HANOI_ID], 2, 'unknown subcommand "remove"'],
      [['baseline', 'accept', 'ffffffffffffffff'], 1, 'no diff with id ffffffffffffffff'],
      [['baseline', 'accept', HANOI_ID, '--findings', 'f1,f99'], 1, /has no finding f99 .*nothing was accepted/],
      ...(known ? [[['baseline', 'accept', HANOI_ID, '--findings', known.id], 1, `${known.id} is already known`] as [string[], number, string]] : []),
    ];
    const chosen = backend.thorough ? cases : cases.filter((_, i) => i % 3 === 0);
    const results = await Promise.all(chosen.map(([command]) => run(...command)));
    results.forEach((result, i) => {
      const [command, code, message] = chosen[i];
      expect(result.code, command.join(' ')).toBe(code);
      if (typeof message === 'string') expect(result.stderr, command.join(' ')).toContain(message);
      else expect(result.stderr, command.join(' ')).toMatch(message);
    });
    expect(await snapshot(store)).toEqual(before);
  });

  it('adds a baseline document with its manifest entry, once', async () => {
    const file = join(workDir, 'hanoi-rail.txt');
    const text = 'Russia and Vietnam discussed a rail freight link through China during the Hanoi talks.\n';
    await writeFile(file, text);
    const added = await run('baseline', 'add', file, '--title', 'Rail talks', '--source', 'Desk notes', '--published', '2024-06-22');
    expect(added.code, added.stderr).toBe(0);
    const id = /^added (\S+):/.exec(added.stdout)![1];
    expect(await store.get(keys.baselineDoc(id))).toBe(text);
    const listed = JSON.parse((await run('baseline', 'list', '--json')).stdout) as Array<{ id: string; title: string; source: string; published: string }>;
    expect(listed.find((d) => d.id === id)).toEqual({ id, title: 'Rail talks', source: 'Desk notes', published: '2024-06-22' });
    expect(listed).toHaveLength(6);

    const before = await snapshot(store);
    const again = await run('baseline', 'add', file, '--title', 'Rail talks');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`already in the baseline as ${id}`);
    expect(await snapshot(store)).toEqual(before);

    const json = join(workDir, 'article.json');
    await writeFile(json, JSON.stringify({ title: 'From JSON', source: 'Wire', published: '2024-06-23', text: 'Vietnam and Russia agreed on visas.' }));
    const fromJson = await run('baseline', 'add', json);
    expect(fromJson.code, fromJson.stderr).toBe(0);
    expect(fromJson.stdout).toContain('From JSON');
  });

  it('refuses malformed files to add, naming the file and the problem, and changes nothing', async () => {
    const cases: Array<[string, Buffer | undefined, string]> = [
      ['missing.txt', undefined, 'no such file'],
      ['binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'binary file'],
      ['latin1.txt', Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]), 'not UTF-8 text'],
      ['empty.txt', Buffer.from('  \n'), 'no text'],
      ['broken.json', Buffer.from('{"title": "x", "text": '), 'not JSON'],
      ['no-text.json', Buffer.from('{"title": "x", "body": "y"}'), 'not an article JSON'],
    ];
    const chosen = backend.thorough ? cases : cases.filter((_, i) => i % 3 === 1);
    for (const [name, content] of chosen) if (content) await writeFile(join(workDir, name), content);
    const before = await snapshot(store);
    const results = await Promise.all(chosen.map(([name]) => run('baseline', 'add', join(workDir, name), '--title', 'x')));
    results.forEach((result, i) => {
      const [name, , problem] = chosen[i];
      expect(result.code, name).toBe(1);
      expect(result.stderr, name).toContain(`${join(workDir, name)}`);
      expect(result.stderr, name).toContain(problem);
      expect(result.stderr, name).toContain('nothing was added');
    });
    expect(await snapshot(store)).toEqual(before);
  });

  it('refuses to change a store whose manifest is invalid', async () => {
    const manifest = (await store.get(keys.baselineManifest))!;
    await store.put(keys.baselineManifest, '{"documents": [{"id": "../x"}]}');
    try {
      const before = await snapshot(store);
      const file = join(workDir, 'ok.txt');
      await writeFile(file, 'Vietnam and Russia met.');
      const added = await run('baseline', 'add', file, '--title', 'ok');
      const accepted = await run('baseline', 'accept', HOSTILE_ID);
      for (const result of [added, accepted]) {
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('is not a baseline manifest');
      }
      expect(await snapshot(store)).toEqual(before);
    } finally {
      await store.put(keys.baselineManifest, manifest);
    }
  });

  it('accepts every new and contradiction finding by default, and again changes nothing', async () => {
    const report = reports.get(HOSTILE_ID)!;
    const expected = report.findings.filter((f) => f.label !== 'known');
    const accepted = await run('baseline', 'accept', HOSTILE_ID);
    expect(accepted.code, accepted.stderr).toBe(0);
    const doc = (await store.get(keys.baselineDoc(`accepted-${HOSTILE_ID}`))) ?? '';
    expect(doc.trim().split(/\n\n/)).toEqual(expected.map((f) => f.claim.text.replace(/\s+/g, ' ').trim()));
    const manifest = JSON.parse((await store.get(keys.baselineManifest))!) as { documents: Array<{ id: string; title: string }> };
    expect(manifest.documents.find((d) => d.id === `accepted-${HOSTILE_ID}`)!.title).toContain(report.article.title);

    const before = await snapshot(store);
    const again = await run('baseline', 'accept', HOSTILE_ID);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already accepted; nothing changed');
    expect(await snapshot(store)).toEqual(before);
  });

  it('turns accepted claims from new into known when the article is checked again', async () => {
    const before = reports.get(HANOI_ID)!;
    const fresh = before.findings.filter((f) => f.label === 'new');
    expect(fresh.length).toBeGreaterThan(0);
    const accepted = await run('baseline', 'accept', HANOI_ID, '--findings', fresh.map((f) => f.id).join(','));
    expect(accepted.code, accepted.stderr).toBe(0);

    const after = await analyze(HANOI_ID);
    for (const claim of fresh) {
      const now = after.findings.find((f) => f.claim.start === claim.claim.start && f.claim.end === claim.claim.end);
      expect(now?.label, claim.claim.text).toBe('known');
    }
    expect(after.summary.known).toBe(before.summary.known + fresh.length);
  });

  it('retires what an accepted contradiction contradicted, so the claim reads as known next time', async () => {
    const before = reports.get(HANOI_ID)!;
    const contradiction = before.findings.find((f) => f.label === 'contradiction')!;
    expect(contradiction.evidence.length).toBeGreaterThan(0);
    const accepted = await run('baseline', 'accept', HANOI_ID, '--findings', contradiction.id);
    expect(accepted.code, accepted.stderr).toBe(0);
    for (const e of contradiction.evidence) expect(accepted.stdout).toContain(`retired, as the accepted claims contradict it: ${e.doc}:`);

    const manifest = JSON.parse((await store.get(keys.baselineManifest))!) as { documents: Array<{ id: string; supersedes?: unknown }> };
    const entry = manifest.documents.find((d) => d.id === `accepted-${HANOI_ID}`)!;
    expect(entry.supersedes).toEqual(contradiction.evidence.map(({ doc, text }) => ({ doc, text })));
    const n = contradiction.evidence.length;
    expect((await run('baseline', 'list')).stdout).toMatch(new RegExp(`^accepted-${HANOI_ID} .*retires ${n} sentences?$`, 'm'));

    const after = await analyze(HANOI_ID);
    const now = after.findings.find((f) => f.claim.start === contradiction.claim.start)!;
    expect(now.label, now.reason).toBe('known');
    expect(now.evidence.map((e) => e.doc)).toEqual([`accepted-${HANOI_ID}`]);
    expect(after.summary.contradiction).toBe(before.summary.contradiction - 1);

    // the stored diff is the new analysis now, where that finding is known
    const again = await run('baseline', 'accept', HANOI_ID, '--findings', contradiction.id);
    expect([again.code, again.stderr]).toEqual([1, expect.stringContaining(`${contradiction.id} is already known`)]);
  });

  it('keeps diffs/index.json newest first and links every entry to a page that exists', async () => {
    const index = JSON.parse((await store.get(DIFF_INDEX_JSON))!) as { entries: Array<{ id: string; htmlKey: string }> };
    expect(index.entries.map((e) => e.id)).toEqual([HOSTILE_ID, HANOI_ID]);
    const html = (await store.get(keys.diffIndex))!;
    const hrefs = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toHaveLength(2);
    for (const href of hrefs) {
      const key = new URL(href, 'https://store.invalid/diffs/index.html').pathname.slice(1);
      expect(await store.get(key), key).toContain('<!doctype html>');
    }

    await store.put(DIFF_INDEX_JSON, '{ not json');
    const entry = { id: 'cafe', title: 't', source: 's', published: 'p', htmlKey: 'diffs/2024/06/22/cafe.html', summary: { new: 1, contradiction: 0, known: 0 }, alert: true, analyzedAt: '2024-06-22T00:00:00Z' };
    await updateDiffIndex(store, entry);
    expect(JSON.parse((await store.get(DIFF_INDEX_JSON))!)).toEqual({ entries: [entry] });
  });
});

describe('review command help', () => {
  it.each([['diffs', 'list'], ['baseline', 'accept']])('claimwatch %s … --help', async (...command) => {
    const result = await cli([...command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`claimwatch ${command[0]} `);
    expect(result.stdout).toContain('--bucket NAME');
  });
});
