// The number rules, as an analyst meets them, through the engine's public entry point only
// (buildIndex + analyzeArticle on the real baseline and profile): a figure in the same unit
// about something else is no contradiction, a figure that agrees with the baseline is known,
// and — the control that keeps these honest — a disagreeing figure about the same event is one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBaseline } from '../functions/core/baseline.ts';
import { analyzeArticle, buildIndex, type BaselineIndex } from '../functions/core/engine/index.ts';
import { parseProfile } from '../functions/core/profile.ts';
import type { Finding } from '../functions/core/types.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
let index: BaselineIndex;

beforeAll(async () => {
  const dir = path.join(repo, 'baseline');
  const baseline = await loadBaseline(readFileSync(path.join(dir, 'manifest.json'), 'utf8'), async (id) => readFileSync(path.join(dir, `${id}.txt`), 'utf8'));
  index = buildIndex(baseline, parseProfile(JSON.parse(readFileSync(path.join(repo, 'profiles', 'russia-vietnam.json'), 'utf8'))));
});

/** The one finding of a one-sentence article published just after the visit. */
function finding(text: string): Finding {
  const report = analyzeArticle({ id: 'n1', title: 'Test', url: 'https://example.org/n1', source: 'Test', published: '2024-06-22T08:00:00Z', text }, index);
  expect(report.relevant, text).toBe(true);
  expect(report.findings, text).toHaveLength(1);
  return report.findings[0];
}

// The baseline: "Both the presidents signed 11 memorandums for cooperation in areas like civil
// nuclear projects …, energy and power cooperation, education and disease prevention."
describe('number rules', () => {
  it('a disagreeing count of the visit\'s memorandums is a number contradiction (the control)', () => {
    const f = finding('Putin and To Lam signed 15 memorandums on cooperation in civil nuclear energy, education and disease prevention during the Hanoi visit.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(f.evidence.some((e) => e.text.includes('11 memorandums'))).toBe(true);
  });

  it('MoUs are memorandums (the profile\'s agreement words): their count is the visit\'s count of memorandums', () => {
    const f = finding('During the Hanoi visit Putin and To Lam put their names to 17 MoUs on civil nuclear energy and education.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(f.evidence.some((e) => e.text.includes('11 memorandums'))).toBe(true);
    expect(finding('During the Hanoi visit Putin and To Lam signed 11 MoUs on civil nuclear energy, education and disease prevention.').label).toBe('known');
  });

  it('a participle between the figure and the noun qualifies what is counted: "19 signed accords"', () => {
    const f = finding("Putin's state visit to Hanoi ended with 19 signed accords on energy and education.");
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(finding("Putin's state visit to Hanoi ended with 11 signed memorandums on energy and education.").label).not.toBe('contradiction');
  });

  it('a span of time before "ago" dates the visit, it measures no interval ("three years ago" against "in 24 years")', () => {
    const report = analyzeArticle({ id: 'n2', title: 'Test', url: 'https://example.org/n2', source: 'Test', published: '2027-06-20T08:00:00Z', text: 'Three years ago Vladimir Putin came to Hanoi on a state visit and the two countries promised closer ties.' }, index);
    expect(report.findings.map((f) => f.label)).not.toContain('contradiction');
  });

  it('a year after "the" or a possessive names which agreements, it counts none ("the 2024 agreements")', () => {
    for (const text of ['Putin said the 2024 agreements on civil nuclear energy and education were being carried out in Hanoi.', "Putin said Vietnam's 2024 agreements with Russia on nuclear energy and education were on track."]) {
      expect(finding(text).label, text).not.toBe('contradiction');
    }
    // (a count written with a separator stays a count: "2,024 agreements")
    expect(finding('Putin and To Lam signed 2,024 agreements on civil nuclear energy and education during the Hanoi visit.')).toMatchObject({ label: 'contradiction', type: 'number' });
  });

  it('memorandums counted for something else are new, not a contradiction of the 11', () => {
    for (const text of [
      "Vietnamese and Russian universities have signed 40 memorandums on student exchanges since 2010, Hanoi's education ministry said.",
      'Russian oil companies signed 15 memorandums with Vietnamese provinces on fuel storage, the Moscow trade office said.',
    ]) {
      const f = finding(text);
      expect(f.label, `${text}\n${f.reason}`).toBe('new');
    }
  });

  it('a figure that agrees with the 11 memorandums, exactly or hedged, is known with that sentence as evidence', () => {
    for (const text of [
      'During the visit, Putin and To Lam signed 11 memorandums on cooperation in education, energy and disease prevention.',
      'Putin and To Lam signed about a dozen memorandums on cooperation in civil nuclear energy, education and disease prevention during the Hanoi visit.',
      'Russia and Vietnam signed 11 memorandums in Hanoi.',
    ]) {
      const f = finding(text);
      expect(f.label, `${text}\n${f.reason}`).toBe('known');
      expect(f.evidence.some((e) => e.text.includes('11 memorandums')), text).toBe(true);
    }
  });
});
