// npm run bench [-- --sizes=100,1000,10000,100000]: speed and scaling of the claim engine,
// the Lambda bundles and the collector, on deterministic inputs. Prints a table with each
// target and writes bench/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundles } from './bundle-bench.ts';
import { measureCollector } from './collector-bench.ts';
import { loadInputs, measureSeed, measureSize, type SizeResult } from './engine-bench.ts';
import { measureLedger, type LedgerSizeResult } from './ledger-bench.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : [100, 1_000, 10_000, 100_000];
const ledgerArg = process.argv.find((a) => a.startsWith('--ledger='));
const ledgerSizes = ledgerArg ? ledgerArg.slice('--ledger='.length).split(',').map(Number) : [100, 10_000, 100_000];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
for (const [list, arg, name] of [[sizes, sizesArg, '--sizes'], [ledgerSizes, ledgerArg, '--ledger']] as const) {
  if (!list.length || list.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`${name} takes positive whole numbers separated by commas, e.g. ${name}=100,1000 (got ${arg})`);
    process.exit(2);
  }
}
if (only && only !== 'ledger') {
  console.error(`--only takes "ledger" (got ${only})`);
  process.exit(2);
}

const machine = {
  cpus: os.availableParallelism(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform}/${process.arch}`,
};
const started = performance.now();
const f = (n: number, digits = 1) => n.toFixed(digits);
const log = (line = '') => console.log(line);

log(`claimwatch bench — ${machine.cpus} cores, ${machine.cpu}, ${machine.memoryGb} GB, node ${machine.node}, ${machine.platform}`);

const inputs = await loadInputs(root);
const ledger: LedgerSizeResult[] = [];
const ledgerPart = () => {
  log('[4/4] claims ledger: the baseline plus synthetic ledgers, a lookup per article …');
  for (const size of ledgerSizes) {
    ledger.push(measureLedger(inputs, size));
    log(`      ${size} ledger claims done`);
  }
  const lw = [10, 8, 9, 12, 14, 14, 9, 12];
  log('\nClaims ledger (analyze = baseline + ledger lookup + story check, median of 25 articles; baseline only = the same articles without a ledger):');
  log(row(['claims', 'load s', 'build s', 'analyze ms', 'baseline only', 'after append', 'heap MB', 'snapshot MB'], lw));
  for (const l of ledger) {
    log(row([String(l.claims), f(l.loadMs / 1000, 2), f(l.buildMs / 1000, 2), f(l.analyzeMs, 1), f(l.baselineOnlyMs, 1), f(l.afterAppendMs, 1), f(l.heapMb, 1), f(l.snapshotMb, 1)], lw));
  }
  const small = ledger.find((l) => l.claims === 100);
  const big = ledger.find((l) => l.claims === 100_000);
  if (small && big) log(`  ledger lookup slowdown 100 → 100 000 claims: ${f(big.analyzeMs / small.analyzeMs, 2)}× (target ≤ 3×)`);
};
const pad = (s: string, n: number) => s.padEnd(n);
const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i ? c.padStart(widths[i]) : pad(c, widths[i]))).join('  ');
if (only === 'ledger') {
  ledgerPart();
  fs.writeFileSync(path.join(root, 'bench', 'ledger-results.json'), `${JSON.stringify({ at: new Date().toISOString(), machine, ledger }, null, 2)}\n`);
  process.exit(0);
}

log('\n[1/4] Lambda bundles (esbuild, the stack\'s options) and handler init in a fresh node …');
const bundles = await measureBundles(root);

log('[2/4] collector: 100 feeds × 50 items from 127.0.0.1 into an FsStore …');
const collector = await measureCollector(root, inputs.seedSentences, JSON.parse(fs.readFileSync(path.join(root, 'profiles', 'russia-vietnam.json'), 'utf8')));

log('[3/4] claim engine: seed baseline and floor, then synthetic baselines …');
const seed = measureSeed(inputs);
const scaling: SizeResult[] = [];
for (const size of sizes) {
  scaling.push(measureSize(inputs, size));
  log(`      ${size} sentences done`);
}
ledgerPart();

// ---- tables

log(`\nSeed baseline (${seed.baselineSentences} claim sentences), ${seed.articles} articles (5 samples + 20 generated), median per article:`);
log(`  analyze ${f(seed.analyzeMs, 2)} ms   floor: wink tokenising + finding sentences ${f(seed.floorMs, 2)} ms   ratio ${f(seed.ratio, 2)}× (median of per-article ratios)`);
log(`  within analyze, the engine's own reading (wink with parts of speech, then offsets, lemmas, stems): ${f(seed.readingMs, 2)} ms`);
log(`  for reference, wink's whole default pipeline (entities, sentiment, negation too): ${f(seed.winkDefaultMs, 2)} ms`);
log(`  wink model load (once per process, on the first analysis): ${f(seed.modelLoadMs, 0)} ms`);

const sw = [10, 9, 10, 12, 9, 22, 10];
log('\nScaling (synthetic baselines; analyze = median of 25 articles; brute force = every sentence scored for every claim):');
log(row(['sentences', 'indexed', 'build s', 'analyze ms', 'heap MB', 'brute ms (articles)', 'speed-up'], sw));
for (const s of scaling) {
  log(
    row(
      [String(s.size), String(s.indexed), f(s.buildMs / 1000, 2), f(s.analyzeMs, 1), f(s.heapMb, 1), `${f(s.bruteMs, 1)} (${s.bruteArticles})`, `${f(s.bruteMs / s.indexOnBruteSetMs, 1)}×`],
      sw,
    ),
  );
}
log('  speed-up = brute force / index, median over the same articles (brute force reads fewer articles at 10 000 and 100 000 to stay quick).');

const bw = [10, 10, 32, 14];
log('\nBundles (kB and MB are 10^3 and 10^6 bytes):');
log(row(['handler', 'size kB', 'largest parts (kB)', 'init ms (med)'], bw));
for (const b of bundles) {
  log(row([b.handler, f(b.bytes / 1000, 0), b.largest.map((p) => `${p.name} ${f(p.bytes / 1000, 0)}`).join(', '), `${f(b.initMs, 0)} (${b.initRuns} runs)`], bw));
}

log(
  `\nCollector: ${collector.feeds} feeds × ${collector.items / collector.feeds} items (${collector.pageFetches} summaries → page fetched), ` +
    `${collector.concurrency} feeds at once × 3 items per feed: ${f(collector.wallMs / 1000, 2)} s, peak RSS ${f(collector.peakRssMb, 0)} MB, ` +
    `${collector.stored} stored, ${collector.retry} to retry, ${collector.failed} feeds failed${collector.firstError ? ` (${collector.firstError})` : ''}`,
);

// ---- targets
const first = scaling.find((s) => s.size === 100);
const last = scaling.find((s) => s.size === 100_000);
const bundle = (name: string) => bundles.find((b) => b.handler === name)!;
interface Check {
  what: string;
  value: number | undefined;
  unit: string;
  target: number;
}
const checks: Check[] = [
  { what: 'analyze per article (seed baseline)', value: seed.analyzeMs, unit: 'ms', target: 20 },
  { what: 'analyze / wink floor (seed baseline)', value: seed.ratio, unit: '×', target: 3 },
  { what: 'analyze slowdown 100 → 100 000', value: first && last ? last.analyzeMs / first.analyzeMs : undefined, unit: '×', target: 3 },
  { what: 'index build, 100 000 sentences', value: last && last.buildMs / 1000, unit: 's', target: 20 },
  { what: 'bundle collect', value: bundle('collect').bytes / 1e6, unit: 'MB', target: 1 },
  { what: 'bundle analyze (WordNet and country data in it)', value: bundle('analyze').bytes / 1e6, unit: 'MB', target: 25 },
  { what: 'init collect', value: bundle('collect').initMs, unit: 'ms', target: 150 },
  { what: 'init analyze', value: bundle('analyze').initMs, unit: 'ms', target: 1000 },
  {
    what: 'ledger slowdown 100 → 100 000 claims',
    value: (() => {
      const small = ledger.find((l) => l.claims === 100);
      const big = ledger.find((l) => l.claims === 100_000);
      return small && big ? big.analyzeMs / small.analyzeMs : undefined;
    })(),
    unit: '×',
    target: 3,
  },
  { what: 'collector run, 100 × 50', value: collector.failed ? undefined : collector.wallMs / 1000, unit: 's', target: 30 },
];
const tw = [38, 12, 10, 6];
log('\nTargets:');
log(row(['what', 'measured', 'target', ''], tw));
const verdicts = checks.map((c) => {
  const status = c.value === undefined ? 'n/a' : c.value <= c.target ? 'PASS' : 'MISS';
  log(row([c.what, c.value === undefined ? '—' : `${f(c.value, 2)} ${c.unit}`, `≤ ${c.target} ${c.unit}`, status], tw));
  return { ...c, status };
});
if (first && last) log(`  (brute force slowdown 100 → 100 000, for reference: ${f(last.bruteMs / first.bruteMs, 0)}×)`);

const totalS = (performance.now() - started) / 1000;
log(`\nbench took ${f(totalS, 0)} s; results in bench/results.json`);
fs.writeFileSync(
  path.join(root, 'bench', 'results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), machine, seed, scaling, ledger, bundles, collector, targets: verdicts, totalSeconds: totalS }, null, 2)}\n`,
);
