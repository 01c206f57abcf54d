// npx tsx bench/scaling.ts [--sizes=100,1000,10000,100000]: only the claim engine's scaling part of
// `npm run bench` — the same inputs, index build and analyze timing as engine-bench.ts's
// measureSize, without the brute-force reference — for quick before/after comparisons.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, buildIndex, type BaselineIndex } from '../functions/core/engine/index.ts';
import { loadInputs, measureSeed } from './engine-bench.ts';
import { heapAfterGc, median, medianMs, timeMs } from './measure.ts';
import { syntheticBaseline } from './synthetic.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : [100, 1_000, 10_000, 100_000]; // as bench.ts: the sizes before warm the code paths a large baseline takes
if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes takes positive whole numbers separated by commas, e.g. --sizes=100,100000 (got ${sizesArg})`);
  process.exit(2);
}
const inputs = await loadInputs(root);
if (!process.argv.includes('--no-seed')) {
  const seed = measureSeed(inputs);
  console.log(`seed baseline (${seed.baselineSentences} sentences): analyze ${seed.analyzeMs.toFixed(2)} ms median per article`);
}
const analyzed: number[] = [];
for (const size of sizes) {
  let baseline = syntheticBaseline(inputs.seedSentences, size);
  let index: BaselineIndex | undefined;
  const buildMs = timeMs(() => (index = buildIndex(baseline, inputs.profile)));
  baseline = undefined as never; // as measureSize: only the index stays, and a full GC before timing analysis
  heapAfterGc();
  const runs = size <= 10_000 ? 3 : 1;
  if (process.argv.includes('--warm')) for (const a of inputs.articles) analyzeArticle(a, index!); // not as bench.ts: one pass untimed first
  const analyzeMs = median(inputs.articles.map((a) => medianMs(() => analyzeArticle(a, index!), runs)));
  analyzed.push(analyzeMs);
  console.log(`${String(size).padStart(7)} sentences: indexed ${index!.sentences.length}, build ${(buildMs / 1000).toFixed(2)} s, analyze ${analyzeMs.toFixed(1)} ms`);
}
if (sizes.length > 1) console.log(`slowdown ${sizes[0]} → ${sizes.at(-1)}: ${(analyzed.at(-1)! / analyzed[0]).toFixed(2)}× (target ≤ 3×)`);
