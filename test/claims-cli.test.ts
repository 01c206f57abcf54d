// `claimwatch claims list|show` and `baseline accept CLAIM-ID` through the real CLI, on a local
// store filled by the analyze step: output, exit codes, and bad input refused with a reason.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { articleId, keys } from '../functions/core/ids.ts';
import type { Article } from '../functions/core/types.ts';
import { seedBaseline, sampleProfile } from '../functions/local/local-mode.ts';
import { analyzeStoredArticle } from '../functions/pipeline/analyze.ts';
import { LEDGER_KEYS } from '../functions/pipeline/ledger.ts';
import { REPO_DIR } from './helpers/review-fixtures.ts';

const CLI = path.join(REPO_DIR, 'bin', 'claimwatch.mjs');
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: REPO_DIR, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const CLAIM = 'Vietnam Airlines will start a weekly cargo flight to the Russian city of Novosibirsk in March, the carrier said.';
let dir: string;
let store: FsStore;
const ids: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimwatch-claims-cli-'));
  store = new FsStore(dir);
  await seedBaseline(store);
  const profile = await sampleProfile();
  for (const [n, day] of [[1, '21'], [2, '23']] as const) {
    const url = `https://outlet-${n}.example/cargo`;
    const a: Article = { id: articleId(url), url, title: `Cargo story ${n}`, source: `Outlet ${n}`, published: `2024-06-${day}T08:00:00Z`, fetchedAt: `2024-06-${day}T09:00:00.000Z`, text: `${CLAIM}\n` };
    ids.push(a.id);
    const key = keys.article(a.id, a.fetchedAt);
    await store.put(key, JSON.stringify(a));
    await analyzeStoredArticle({ store, notifier: { notify: async () => {} }, profile, now: () => new Date(`2024-06-${day}T09:05:00Z`) }, key);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('claimwatch claims', () => {
  it('lists each claim once with its repeats, as text and as JSON, and --since filters by first seen', async () => {
    const text = await cli('claims', 'list', '--dir', dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(CLAIM);
    expect(text.stdout).toContain('↻ 1 repeat');
    expect(text.stdout).toContain('Outlet 2: Cargo story 2');
    const json = await cli('claims', 'list', '--json', '--dir', dir);
    const rows = JSON.parse(json.stdout) as Array<{ id: string; first: { articleId: string }; repeats: Array<{ articleId: string }> }>;
    expect(rows).toHaveLength(1);
    expect(rows[0].first.articleId).toBe(ids[0]);
    expect(rows[0].repeats.map((r) => r.articleId)).toEqual([ids[1]]);
    expect(JSON.parse((await cli('claims', 'list', '--json', '--since', '2024-06-22', '--dir', dir)).stdout)).toEqual([]);
  });

  it('shows one claim: first seen, each repeat with its page, accepted or not; then accepts it into the baseline', async () => {
    const [row] = JSON.parse((await cli('claims', 'list', '--json', '--dir', dir)).stdout) as Array<{ id: string }>;
    const shown = await cli('claims', 'show', row.id, '--dir', dir);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/first seen\s+2024-06-21 09:05\s+Outlet 1: Cargo story 1/);
    expect(shown.stdout).toMatch(/repeated\s+2024-06-23 09:05\s+Outlet 2: Cargo story 2/);
    expect(shown.stdout).toContain(store.locate(keys.diffHtml(ids[1], '2024-06-23T09:00:00.000Z')));
    expect(shown.stdout).toContain(`accepted    no ("claimwatch baseline accept ${row.id}")`);
    const accepted = await cli('baseline', 'accept', row.id, '--dir', dir);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toContain(`accepted f1 from diff ${ids[0]}`);
    expect((await cli('claims', 'show', row.id, '--dir', dir)).stdout).toContain('accepted    yes');
  });

  it('writes the claims page to a local file with a working link to each review page', async () => {
    const out = path.join(dir, 'elsewhere', '..', 'claims-copy.html');
    const written = await cli('claims', 'page', '--out', out, '--dir', dir);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain(`written to ${path.resolve(out)}`);
    const html = (await readFile(out, 'utf8')).toString();
    const hrefs = [...html.matchAll(/<a href="(file:[^"#]+)/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) expect(existsSync(fileURLToPath(href)), href).toBe(true);
    expect(hrefs).toContain(pathToFileURL(store.locate(keys.diffHtml(ids[1], '2024-06-23T09:00:00.000Z'))).href);
  });

  it('refuses bad input with a reason and the right exit code', async () => {
    const notAClaim = await cli('claims', 'show', 'nope', '--dir', dir);
    expect(notAClaim).toMatchObject({ code: 1, stdout: '' });
    expect(notAClaim.stderr).toContain('"nope" is not a claim id');
    const missing = await cli('claims', 'show', 'c999-1', '--dir', dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no claim c999-1 in the ledger');
    const since = await cli('claims', 'list', '--since', 'last week', '--dir', dir);
    expect(since.code).toBe(1);
    expect(since.stderr).toContain('--since wants a date');
    expect((await cli('claims', 'bogus', '--dir', dir)).code).toBe(2);
    const both = await cli('baseline', 'accept', 'c1-1', '--findings', 'f1', '--dir', dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--findings is for a diff id');
  });

  it('an empty store has no claims; an unreadable ledger entry is skipped with a warning, the rest still listed', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'claimwatch-claims-empty-'));
    try {
      const none = await cli('claims', 'list', '--json', '--dir', empty);
      expect(none.code).toBe(0);
      expect(JSON.parse(none.stdout)).toEqual([]);
      const plain = await cli('claims', 'list', '--dir', empty);
      expect(plain).toMatchObject({ code: 0, stdout: '' });
      expect(plain.stderr).toContain('no claims in the ledger');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
    const log = await store.list('ledger/log/');
    await store.put(LEDGER_KEYS.log(log.length + 1), '{"seq": "cut off');
    await store.put(LEDGER_KEYS.log(log.length + 2), JSON.stringify({ seq: log.length + 2, at: '2024-06-24T00:00:00Z', article: { id: 'x', title: 'After', url: '', source: 'S', published: '', htmlKey: '' }, claims: [], repeats: [] }));
    const listed = await cli('claims', 'list', '--json', '--dir', dir);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toHaveLength(1);
    expect(listed.stderr).toContain('ledger entry unreadable: skipped');
    expect(listed.stderr).toContain(`000000000${log.length + 1}.json`);
  });
});
