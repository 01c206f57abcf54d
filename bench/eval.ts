// npm run eval [DIR...] [--mistakes]: scores the claim engine on labelled sets (the format of
// ../shared/eval/README.md) against the repo's baseline and prints them side by side. With no
// DIR: the dev set (../shared/eval/dev, when there), then bench/eval/tuning and bench/eval/check.
// The check half is for measuring only: no rule, list or threshold is fitted on it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBaseline } from '../functions/core/baseline.ts';
import { analyzeArticle, buildIndex } from '../functions/core/engine/index.ts';
import { parseProfile } from '../functions/core/profile.ts';
import { formatScoreTable, scoreReports, type GoldArticle, type Scores } from '../functions/core/eval/score.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showMistakes = args.includes('--mistakes');
const given = args.filter((a) => !a.startsWith('--')).map((d) => path.resolve(d));
const defaults = [path.join(root, '..', 'shared', 'eval', 'dev'), path.join(root, 'bench', 'eval', 'tuning'), path.join(root, 'bench', 'eval', 'check')];
const dirs = given.length ? given : defaults.filter((d) => fs.existsSync(d));
for (const dir of dirs) {
  if (!fs.existsSync(dir)) {
    console.error(`no labelled set at ${dir}: pass a folder of labelled article JSON files`);
    process.exit(2);
  }
}

const baselineDir = path.join(root, 'baseline');
const baseline = await loadBaseline(fs.readFileSync(path.join(baselineDir, 'manifest.json'), 'utf8'), async (id) =>
  fs.readFileSync(path.join(baselineDir, `${id}.txt`), 'utf8'),
);
const profile = parseProfile(JSON.parse(fs.readFileSync(path.join(root, 'profiles', 'russia-vietnam.json'), 'utf8')));
const index = buildIndex(baseline, profile);
const baselineTexts = Object.fromEntries(baseline.docs.map((d) => [d.id, d.text]));

const sets: Array<{ name: string; scores: Scores }> = [];
let articles = 0;
let ms = 0;
for (const dir of dirs) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const gold: GoldArticle[] = files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  const started = performance.now();
  const reports = gold.map((g) => analyzeArticle(g.article, index));
  ms += performance.now() - started;
  articles += gold.length;
  const scores = scoreReports(gold, reports, baselineTexts);
  sets.push({ name: path.basename(dir), scores });
  console.log(`${path.basename(dir)}: ${dir}`);
  if (showMistakes) {
    for (const m of scores.mistakes) console.log(`\n[${m.article}] ${m.kind} ${m.label}: ${m.text.slice(0, 160)}\n    ${m.detail ?? ''}`);
    console.log();
  }
}
console.log();
console.log(formatScoreTable(sets));
console.log(`\ntime: ${(ms / Math.max(1, articles)).toFixed(1)} ms per article`);
