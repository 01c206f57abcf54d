// `claimwatch baseline facts`: what an analyst reads to know which facts an article can contradict.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactRow } from '../functions/core/engine/facts.ts';

const run = promisify(execFile);
const bin = new URL('../bin/claimwatch.mjs', import.meta.url).pathname;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimwatch-facts-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('claimwatch baseline facts', () => {
  it('lists who holds which office, counts, populations, memberships, the days, city and arrival of the event and the order of the tour, each with the baseline sentences that state it', async () => {
    const { stdout } = await run(process.execPath, [bin, 'baseline', 'facts', '--json', '--dir', dir]);
    const facts = JSON.parse(stdout) as FactRow[];
    const find = (kind: string, subject: RegExp, value: RegExp) => facts.find((f) => f.kind === kind && subject.test(f.subject) && value.test(f.value));
    const president = find('office', /^president of Vietnam$/, /^To Lam$/);
    expect(president?.sentences.map((s) => s.doc)).toContain('002_8c3dc0f376b91e61');
    expect(president?.sentences.every((s) => /To Lam/.test(s.text))).toBe(true);
    expect(find('office', /^party general secretary of Vietnam$/, /^Nguyen Phu Trong$/)).toBeDefined();
    expect(find('membership', /^Timor-leste in ASEAN$/i, /^candidate$/)?.sentences[0].text).toBe('Timor-Leste is a candidate for ASEAN membership.');
    expect(find('count', /agreement/, /11 memorandums/)).toBeDefined();
    expect(find('count', /member of asean \(standing\)/, /10 members/)).toBeDefined();
    expect(find('date', /event/, /^19, 20 June$/)?.sentences.some((s) => /June 19-20 visit/.test(s.text))).toBe(true);
    expect(find('place', /event/, /^Hanoi$/)?.sentences.some((s) => /state visit/.test(s.text))).toBe(true);
    expect(find('kind', /event/, /^state visit$/)?.sentences[0].text).toMatch(/state visit/);
    expect(find('population', /^Vietnam$/, /100 million/)).toBeDefined();
    // "Aged 80, he …" after a sentence naming Trong last
    expect(find('age', /^Nguyen Phu Trong$/, /^80 \(in 2024\)$/)?.sentences[0].text).toMatch(/^Aged 80/);
    // when the visitor arrived ("in the early hours yesterday", said on 21 June), and the order of the tour
    expect(find('arrival', /event/, /^20 June, 00:00–07:00$/)?.sentences[0].text).toMatch(/early hours yesterday/);
    expect(find('order', /tour/, /^North Korea, then Vietnam$/)?.sentences[0].text).toMatch(/after North Korea/);
    expect(find('talks', /event/, /^20 June$/)?.sentences[0].text).toMatch(/talks with Russian President/);
    expect(find('paper', /by Vladimir Putin/, /^Nhan Dan$/)?.sentences[0].text).toMatch(/op-ed/);
    // "the 75th anniversary of diplomatic ties next year", said in 2024
    expect(find('anniversary', /^75th anniversary of diplomatic ties$/, /^2025$/)).toBeDefined();
    expect(find('anniversary', /^30th anniversary of the Treaty/, /^2024$/)).toBeDefined();
    expect(find('published', /writing/, /^19 June$/)?.sentences[0].text).toMatch(/article published Wednesday/);
    // what the visit's documents covered, and whom the visitor met
    expect(find('covers', /documents/, /^tourism$/)?.sentences[0].text).toMatch(/promised to boost collaboration/);
    expect(find('covers', /documents/, /^civil nuclear projects$/)).toBeDefined();
    expect(find('met', /talks/, /^Pham Minh Chinh$/)?.sentences[0].text).toMatch(/met later in the day/);
    expect(facts.some((f) => f.kind === 'met' && /Putin/.test(f.value))).toBe(false);
    // another country's office is listed as the baseline has it; only watched countries' offices alert
    expect(find('office', /^president of United States$/, /^Joe Biden$/)).toBeDefined();
  });

  it('prints the same facts for a person, one per line with its sentences beneath', async () => {
    const { stdout } = await run(process.execPath, [bin, 'baseline', 'facts', '--dir', dir]);
    expect(stdout).toMatch(/^office +president of Vietnam: To Lam$/m);
    expect(stdout).toMatch(/^ +002_8c3dc0f376b91e61: .*President To Lam/m);
  });
});
