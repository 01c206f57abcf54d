// The engine on one sentence at a time, per class of claim, in phrasings written blind (by a
// helper who had seen neither the engine nor its output): new office holders said as events,
// counts under other words, status and trend changes, restatements, the baseline event's own
// date, place and outcome, page debris and third-party background. Each class must stay at or
// above its floor; the printed table shows where the engine stands.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBaseline } from '../functions/core/baseline.ts';
import { analyzeArticle, buildIndex, type BaselineIndex } from '../functions/core/engine/index.ts';
import { parseProfile } from '../functions/core/profile.ts';
import type { Finding } from '../functions/core/types.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));

interface Case {
  id: string;
  class: string;
  published: string;
  text: string;
  quote: string;
  expect: 'new' | 'known' | 'contradiction' | 'none';
  type?: string;
  baseline?: { doc: string; quote: string };
}

const cases: Case[] = JSON.parse(readFileSync(path.join(repo, 'test', 'fixtures', 'engine-cases.json'), 'utf8'));

/**
 * Share of each class's cases the engine must get right: one case below what it got when the
 * floor was set (role 13/14, count 12/14, status and trend 8/12, restatement 12/13, date, place
 * and outcome 7/13, debris 13/13, third party 11/13).
 */
const FLOOR: Record<string, number> = {
  'role-event': 12 / 14,
  count: 11 / 14,
  'status-trend': 7 / 12,
  restatement: 11 / 13,
  'date-place-outcome': 6 / 13,
  debris: 12 / 13,
  'third-party': 10 / 13,
};

let index: BaselineIndex;
let baselineTexts: Record<string, string>;

beforeAll(async () => {
  const dir = path.join(repo, 'baseline');
  const baseline = await loadBaseline(readFileSync(path.join(dir, 'manifest.json'), 'utf8'), async (id) => readFileSync(path.join(dir, `${id}.txt`), 'utf8'));
  const profile = parseProfile(JSON.parse(readFileSync(path.join(repo, 'profiles', 'russia-vietnam.json'), 'utf8')));
  index = buildIndex(baseline, profile);
  baselineTexts = Object.fromEntries(baseline.docs.map((d) => [d.id, d.text]));
});

/** The finding on the case's sentence, if any. */
function findingFor(c: Case): Finding | undefined {
  const report = analyzeArticle({ title: c.id, url: `https://cases.example/${c.id}`, source: 'cases', published: c.published, text: c.text }, index);
  const start = c.text.indexOf(c.quote);
  const end = start + c.quote.length;
  return report.findings.find((f) => f.claim.start < end && start < f.claim.end);
}

/** Right label, and for a contradiction the evidence the case names. */
function verdict(c: Case): { right: boolean; got: string } {
  const f = findingFor(c);
  const got = f ? `${f.label}${f.type ? `/${f.type}` : ''}` : 'none';
  if (c.expect === 'none') return { right: !f, got };
  if (!f || f.label !== c.expect) return { right: false, got };
  if (c.expect === 'contradiction' && c.baseline) {
    const at = baselineTexts[c.baseline.doc].indexOf(c.baseline.quote);
    const evidenced = f.evidence.some((e) => e.doc === c.baseline!.doc && e.start < at + c.baseline!.quote.length && at < e.end);
    return { right: evidenced, got: evidenced ? got : `${got} (other evidence)` };
  }
  return { right: true, got };
}

describe('claims by class, in phrasings the engine never saw', () => {
  it('every case quotes its own text and names baseline text that exists', () => {
    for (const c of cases) {
      expect(c.text.includes(c.quote), c.id).toBe(true);
      if (c.baseline) expect(baselineTexts[c.baseline.doc]?.includes(c.baseline.quote), c.id).toBe(true);
    }
  });

  for (const cls of Object.keys(FLOOR)) {
    it(`${cls}: at or above ${Math.round(FLOOR[cls] * 100)} % right`, () => {
      const mine = cases.filter((c) => c.class === cls);
      expect(mine.length).toBeGreaterThan(5);
      const results = mine.map((c) => ({ c, ...verdict(c) }));
      const share = results.filter((r) => r.right).length / mine.length;
      console.log(`${cls}: ${results.filter((r) => r.right).length}/${mine.length}\n${results.filter((r) => !r.right).map((r) => `  ${r.c.id}: want ${r.c.expect}${r.c.type ? `/${r.c.type}` : ''}, got ${r.got}`).join('\n')}`);
      expect(share).toBeGreaterThanOrEqual(FLOOR[cls]);
    });
  }
});
