// The engine's regression floor: it reads the project's labelled articles (test/fixtures/eval,
// copies of dev-01 … dev-14, written for the project) and is scored exactly as `npm run eval`
// scores it. The floors sit slightly below what the engine reached when they were set, so a
// change that makes it read worse fails CI. Raise them when the engine gets better.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBaseline } from '../functions/core/baseline.ts';
import { analyzeArticle, buildIndex } from '../functions/core/engine/index.ts';
import { formatScores, scoreReports, type GoldArticle, type Scores } from '../functions/core/eval/score.ts';
import { parseProfile } from '../functions/core/profile.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const fixtures = path.join(repo, 'test', 'fixtures', 'eval');

// Reached on dev-01 … dev-14 when set: new F1 0.94, contradiction F1 0.93, evidence 13/14 (0.93),
// alert recall 1.00, no off-topic alert, 1 of 2 restatement-only articles clean.
const FLOOR = {
  newF1: 0.9,
  contradictionF1: 0.85,
  evidence: 0.85,
  alertRecall: 0.9,
  restatementsClean: 1,
};

let gold: GoldArticle[];
let scores: Scores;

beforeAll(async () => {
  const dir = path.join(repo, 'baseline');
  const baseline = await loadBaseline(readFileSync(path.join(dir, 'manifest.json'), 'utf8'), async (id) => readFileSync(path.join(dir, `${id}.txt`), 'utf8'));
  const profile = parseProfile(JSON.parse(readFileSync(path.join(repo, 'profiles', 'russia-vietnam.json'), 'utf8')));
  const index = buildIndex(baseline, profile);
  gold = readdirSync(fixtures)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(fixtures, f), 'utf8')) as GoldArticle);
  const reports = gold.map((g) => analyzeArticle(g.article, index));
  scores = scoreReports(gold, reports, Object.fromEntries(baseline.docs.map((d) => [d.id, d.text])));
  console.log(`engine on test/fixtures/eval (dev-01 … dev-14):\n${formatScores(scores)}`);
});

describe('the labelled set', () => {
  it('holds dev-01 … dev-14, with off-topic and restatement-only articles', () => {
    expect(gold.map((g) => g.id)).toEqual(Array.from({ length: 14 }, (_, i) => `dev-${String(i + 1).padStart(2, '0')}`));
    expect(gold.filter((g) => !g.relevant).length).toBeGreaterThan(0);
    expect(scores.restatements.total).toBeGreaterThan(0);
  });

  it('quotes exactly what each article says (a quote the scorer cannot find would score nothing)', () => {
    for (const g of gold) {
      for (const f of g.findings) expect(g.article.text.includes(f.quote), `${g.id}: ${f.quote}`).toBe(true);
    }
  });
});

describe('the engine stays at or above its floor on dev-01 … dev-14', () => {
  it(`new F1 ≥ ${FLOOR.newF1}`, () => {
    expect(scores.new.f1).toBeGreaterThanOrEqual(FLOOR.newF1);
  });

  it(`contradiction F1 ≥ ${FLOOR.contradictionF1}`, () => {
    expect(scores.contradiction.f1).toBeGreaterThanOrEqual(FLOOR.contradictionF1);
  });

  it(`evidence right on ≥ ${FLOOR.evidence * 100} % of recalled contradictions`, () => {
    expect(scores.evidence.recalled).toBeGreaterThan(0);
    expect(scores.evidence.accuracy).toBeGreaterThanOrEqual(FLOOR.evidence);
  });

  it('no alert on an off-topic article', () => {
    expect(scores.irrelevantAlerts).toBe(0);
  });

  it(`alert recall ≥ ${FLOOR.alertRecall}`, () => {
    expect(scores.alert.recall).toBeGreaterThanOrEqual(FLOOR.alertRecall);
  });

  it(`at least ${FLOOR.restatementsClean} restatement-only article(s) yield no new or contradiction finding`, () => {
    expect(scores.restatements.clean).toBeGreaterThanOrEqual(FLOOR.restatementsClean);
  });

  // Engine gap (the target, not yet reached): dev-02 is a reworded restatement, and three
  // of its sentences come out new ("three decades since the friendship treaty", "100 million
  // people … manufacturing hub", "an end to the fighting and a return to negotiations").
  it.fails('every restatement-only article yields no new or contradiction finding', () => {
    expect(scores.restatements.clean).toBe(scores.restatements.total);
  });
});
