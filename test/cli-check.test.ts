// Spawns the real CLI, as users run it.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../functions/core/types.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const samples = path.join(repo, 'samples', 'articles');
let work: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `claimwatch ...args` from a temp folder, so nothing depends on the cwd being the repo. */
function claimwatch(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repo, 'bin', 'claimwatch.mjs'), ...args], { cwd: work, maxBuffer: 20 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

// Every kind of unreadable input, each next to good ones.
const bad: Record<string, { name: string; error: RegExp }> = {
  missing: { name: 'missing.json', error: /no such file/ },
  notJson: { name: 'not-json.json', error: /not valid JSON/ },
  noText: { name: 'no-text.json', error: /no "text" field/ },
  textNotString: { name: 'text-number.json', error: /"text"/ },
  array: { name: 'array.json', error: /one JSON object/ },
  binary: { name: 'binary.txt', error: /binary/ },
  huge: { name: 'huge.txt', error: /over the 5 MB limit/ },
  notUtf8: { name: 'latin1.txt', error: /not valid UTF-8/ },
  emptyText: { name: 'empty.txt', error: /empty/ },
  folder: { name: 'a-folder', error: /directory/ },
};

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'claimwatch-cli-'));
  const at = (name: string) => path.join(work, name);
  await writeFile(at('not-json.json'), '{"title": "half an object", "text": ');
  await writeFile(at('no-text.json'), JSON.stringify({ title: 'A title and nothing else', url: 'https://news.sample.test/x' }));
  await writeFile(at('text-number.json'), JSON.stringify({ title: 'Numeric text', text: 42 }));
  await writeFile(at('array.json'), JSON.stringify([{ text: 'Putin visited Hanoi.' }]));
  await writeFile(at('binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
  await writeFile(at('huge.txt'), 'Putin visited Hanoi. '.repeat(260_000)); // ~5.5 MB
  await writeFile(at('latin1.txt'), Buffer.from('Putin a visit\xe9 Hano\xef en juin.', 'latin1'));
  await writeFile(at('empty.txt'), ' \n\n ');
  await mkdir(at('a-folder'));
  await writeFile(at('bom.json'), '\ufeff' + JSON.stringify({ title: 'With a BOM', text: 'Vladimir Putin arrived in Hanoi on a state visit.' }));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('claimwatch check --json', () => {
  it('prints one line per input, in order, with an error line for each unreadable input, and exits 2', async () => {
    const good = [path.join(samples, 'new-claims.json'), path.join(samples, 'off-topic.txt'), 'bom.json'];
    const inputs = [good[0], ...Object.values(bad).map((b) => b.name), good[1], good[2]];
    const run = await claimwatch('check', '--json', ...inputs);

    expect(run.code).toBe(2);
    const out = lines(run.stdout);
    expect(out).toHaveLength(inputs.length);
    const parsed = out.map((line) => JSON.parse(line) as Report | { file: string; error: string });
    for (const [i, input] of inputs.entries()) {
      const entry = parsed[i];
      const problem = Object.values(bad).find((b) => b.name === input);
      if (problem) {
        expect(entry).toEqual({ file: input, error: expect.stringMatching(problem.error) });
        expect(run.stderr).toContain(input);
      } else {
        expect(entry).toHaveProperty('article');
        expect(entry).toHaveProperty('findings');
      }
    }
    expect((parsed[0] as Report).article.title).toBe('Russia and Vietnam plan joint oil refinery and a Russian-language university branch');
    expect((parsed.at(-2) as Report).article.title).toBe('off-topic.txt');
    expect((parsed.at(-1) as Report).article.title).toBe('With a BOM');
    // stderr has one clear line per bad input.
    expect(lines(run.stderr)).toHaveLength(Object.keys(bad).length);
  });
});

// Engine-dependent: what the sample articles were written to produce, one expectation each.
describe('claimwatch check on samples/articles', () => {
  const names = ['contradiction-number.json', 'contradiction-office.json', 'new-claims.json', 'restatement.json', 'off-topic.txt'];
  let run: Run;
  let byName: Record<string, Report>;
  const contradictionTypes = (name: string) => byName[name].findings.filter((f) => f.label === 'contradiction').map((f) => f.type);

  beforeAll(async () => {
    run = await claimwatch('check', '--json', ...names.map((n) => path.join(samples, n)));
    byName = Object.fromEntries(lines(run.stdout).map((l, i) => [names[i], JSON.parse(l) as Report]));
  });

  it('reads every sample (exit 0 whatever was found), in order', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(byName['new-claims.json'].article.url).toBe('https://mekong-monitor.sample.test/2024/06/22/refinery-university');
  });
  it('"15 agreements" contradicts the baseline\'s 11 memorandums / around a dozen (number)', () => {
    expect(contradictionTypes('contradiction-number.json')).toContain('number');
    const evidence = byName['contradiction-number.json'].findings.find((f) => f.type === 'number')!.evidence[0];
    expect(['001_311eee39a6f20885', '002_8c3dc0f376b91e61', '004_d88945375ba3b955']).toContain(evidence.doc);
  });
  it('"General Secretary To Lam" contradicts the baseline\'s General Secretary Nguyen Phu Trong (role)', () => {
    expect(contradictionTypes('contradiction-office.json')).toContain('role');
  });
  it('new claims alert', () => {
    expect(byName['new-claims.json'].summary.new).toBeGreaterThanOrEqual(2);
    expect(byName['new-claims.json'].alert).toBe(true);
  });
  it('a restatement stays quiet', () => {
    const restated = byName['restatement.json'];
    expect(restated.summary.new + restated.summary.contradiction).toBe(0);
    expect(restated.alert).toBe(false);
  });
  it('an off-topic text is not relevant and does not alert', () => {
    expect(byName['off-topic.txt'].relevant).toBe(false);
    expect(byName['off-topic.txt'].alert).toBe(false);
  });
});

describe('claimwatch check (readable)', () => {
  it('summarises each article with labels, claims, evidence and reasons; errors go to stderr naming the file', async () => {
    const run = await claimwatch('check', path.join(samples, 'contradiction-number.json'), 'missing.json', path.join(samples, 'new-claims.json'));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`== ${path.join(samples, 'contradiction-number.json')}`);
    expect(run.stdout).toContain(`== ${path.join(samples, 'new-claims.json')}`);
    expect(run.stdout).toMatch(/\[new\] Petrovietnam and Gazprom Neft/);
    expect(run.stdout).toMatch(/why: /);
    expect(run.stdout).not.toContain('missing.json');
    expect(run.stderr).toBe('claimwatch check: missing.json: no such file\n');
  });

  it('--html DIR writes one review page per input, with unique names', async () => {
    const pages = path.join(work, 'pages');
    const copy = path.join(work, 'copy');
    await mkdir(copy, { recursive: true });
    await writeFile(path.join(copy, 'new-claims.json'), await readFile(path.join(samples, 'new-claims.json')));
    const run = await claimwatch('check', '--html', pages, path.join(samples, 'new-claims.json'), path.join(copy, 'new-claims.json'), path.join(samples, 'off-topic.txt'));
    expect(run.code).toBe(0);
    expect((await readdir(pages)).sort()).toEqual(['new-claims-2.html', 'new-claims.html', 'off-topic.html']);
    expect(await readFile(path.join(pages, 'new-claims.html'), 'utf8')).toContain('Gazprom Neft');
    expect(run.stdout).toContain(`review page: ${path.join(pages, 'off-topic.html')}`);
  });

  it('reads the baseline from --baseline and fails clearly (exit 1) when it is not there', async () => {
    const run = await claimwatch('check', '--json', '--baseline', path.join(work, 'no-baseline'), path.join(samples, 'new-claims.json'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/no baseline: .*no-baseline\/manifest\.json is missing/);
  });

  it('rejects a bad watch profile with the problem', async () => {
    await writeFile(path.join(work, 'profile.json'), JSON.stringify({ id: 'Bad Id', name: 'x', entities: [] }));
    const run = await claimwatch('check', '--profile', path.join(work, 'profile.json'), path.join(samples, 'new-claims.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/profile\.json is not a valid watch profile/);
  });

  it('explains usage: --help, no files, unknown options, and the command list', async () => {
    const [helpRun, noFiles, unknown, main] = await Promise.all([
      claimwatch('check', '--help'),
      claimwatch('check', '--json'),
      claimwatch('check', '--jsonl', 'x.json'),
      claimwatch('--help'),
    ]);
    expect(helpRun.code).toBe(0);
    expect(helpRun.stdout).toMatch(/^Usage: claimwatch check \[--json\]/);
    expect(noFiles.code).toBe(2);
    expect(noFiles.stderr).toMatch(/no input files/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--jsonl/);
    expect(main.code).toBe(0);
    for (const command of ['check', 'run', 'diffs', 'baseline']) expect(main.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});
