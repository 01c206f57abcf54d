// npm run eval [DIR] [--mistakes]: scores the claim engine on a labelled set (default
// ../shared/eval/dev, the format of its README) against the repo's baseline.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBaseline } from '../functions/core/baseline.ts';
import { analyzeArticle, buildIndex } from '../functions/core/engine/index.ts';
import { parseProfile } from '../functions/core/profile.ts';
import { formatScores, scoreReports, type GoldArticle } from '../functions/core/eval/score.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showMistakes = args.includes('--mistakes');
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'eval', 'dev'));
if (!fs.existsSync(dir)) {
  console.error(`no labelled set at ${dir}: pass a folder of labelled article JSON files`);
  process.exit(2);
}

const baselineDir = path.join(root, 'baseline');
const baseline = await loadBaseline(fs.readFileSync(path.join(baselineDir, 'manifest.json'), 'utf8'), async (id) =>
  fs.readFileSync(path.join(baselineDir, `${id}.txt`), 'utf8'),
);
const profile = parseProfile(JSON.parse(fs.readFileSync(path.join(root, 'profiles', 'russia-vietnam.json'), 'utf8')));
const index = buildIndex(baseline, profile);

const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const gold: GoldArticle[] = files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
const started = performance.now();
const reports = gold.map((g) => analyzeArticle(g.article, index));
const ms = performance.now() - started;
const scores = scoreReports(gold, reports, Object.fromEntries(baseline.docs.map((d) => [d.id, d.text])));

console.log(`labelled set: ${dir}`);
console.log(formatScores(scores));
console.log(`time: ${(ms / gold.length).toFixed(1)} ms per article`);
if (showMistakes) {
  for (const m of scores.mistakes) console.log(`\n[${m.article}] ${m.kind} ${m.label}: ${m.text.slice(0, 160)}\n    ${m.detail ?? ''}`);
}
