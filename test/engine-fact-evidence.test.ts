// A fact the baseline states in many sentences (an office holder named in a hundred reports)
// gives every sentence as evidence to each claim contradicting it: accepting the claim retires
// exactly those. The engine makes that evidence once per fact; each report still owns its list.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, buildIndex } from '../functions/core/engine/index.ts';
import { parseProfile } from '../functions/core/profile.ts';
import type { Baseline } from '../functions/core/types.ts';

const profile = parseProfile(JSON.parse(readFileSync(fileURLToPath(new URL('../profiles/russia-vietnam.json', import.meta.url)), 'utf8')));

/** 120 reports, each naming To Lam as Vietnam's president in its own words. */
const baseline: Baseline = {
  docs: Array.from({ length: 120 }, (_, i) => ({
    id: `report-${i}`,
    title: `Report ${i}`,
    source: 'test',
    published: '2024-06-20',
    text: `President To Lam of Vietnam received a delegation of ${i + 2} Russian officials in Hanoi on the visit's day ${i + 1}.\n`,
  })),
};
const index = buildIndex(baseline, profile);
const article = (id: string) => ({
  id,
  title: 'New president',
  url: `https://example.org/${id}`,
  source: 'test',
  published: '2024-06-22',
  text: 'Putin was welcomed in Hanoi by President Luong Cuong of Vietnam.\n',
});

describe('evidence of a fact stated many times', () => {
  it('lists every sentence stating it, in each report, and each report owns its list', () => {
    const [a, b] = [analyzeArticle(article('a'), index), analyzeArticle(article('b'), index)];
    const [fa, fb] = [a.findings[0], b.findings[0]];
    expect(fa).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(new Set(fa.evidence.map((e) => e.doc)).size).toBe(120);
    expect(fb.evidence).toEqual(fa.evidence);
    fa.evidence.pop();
    expect(fb.evidence).toHaveLength(120);
  });
});
