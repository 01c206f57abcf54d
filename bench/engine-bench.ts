// Claim engine: analyze time against the wink-nlp floor at the seed baseline, then index
// build, analyze time, heap and the brute-force reference at synthetic baseline sizes.
import fs from 'node:fs';
import path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadBaseline } from '../functions/core/baseline.ts';
import { analyzeArticle, buildIndex, type BaselineIndex } from '../functions/core/engine/index.ts';
import { readSentences } from '../functions/core/engine/nlp.ts';
import { parseProfile, type WatchProfile } from '../functions/core/profile.ts';
import type { ArticleInput, Baseline } from '../functions/core/types.ts';
import { bruteForceArticle } from './brute-force.ts';
import { heapAfterGc, mb, median, medianMs, timeMs } from './measure.ts';
import { syntheticArticles, syntheticBaseline } from './synthetic.ts';

export interface SeedResult {
  baselineSentences: number;
  articles: number;
  analyzeMs: number;
  /** wink-nlp tokenising the article and finding its sentences: the floor. */
  floorMs: number;
  /** The engine's own reading (wink with parts of speech, offsets, lemmas, stems), within analyze. */
  readingMs: number;
  /** wink-nlp with its whole default pipeline, for reference. */
  winkDefaultMs: number;
  /** Median over articles of (analyze time / floor time) for the same article. */
  ratio: number;
  modelLoadMs: number;
}

export interface SizeResult {
  size: number;
  /** Claim sentences the index holds (a generated sentence may fail the claim filter). */
  indexed: number;
  buildMs: number;
  analyzeMs: number;
  heapMb: number;
  bruteArticles: number;
  bruteMs: number;
  /** Index analyze time over the same articles as brute force, for a like-for-like speed-up. */
  indexOnBruteSetMs: number;
}

export interface EngineInputs {
  profile: WatchProfile;
  seed: Baseline;
  seedIndex: BaselineIndex;
  seedSentences: string[];
  articles: ArticleInput[];
}

const SYNTHETIC_ARTICLES = 20;

/** The repo's baseline and profile, the sample articles and 20 generated ones. */
export async function loadInputs(root: string): Promise<EngineInputs> {
  const dir = path.join(root, 'baseline');
  const seed = await loadBaseline(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'), async (id) =>
    fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8'),
  );
  const profile = parseProfile(JSON.parse(fs.readFileSync(path.join(root, 'profiles', 'russia-vietnam.json'), 'utf8')));
  const seedIndex = buildIndex(seed, profile);
  const seedSentences = seedIndex.sentences.map((s) => s.text);
  const samplesDir = path.join(root, 'samples', 'articles');
  const samples = fs
    .readdirSync(samplesDir)
    .sort()
    .map((file): ArticleInput => {
      const text = fs.readFileSync(path.join(samplesDir, file), 'utf8');
      if (file.endsWith('.json')) return JSON.parse(text) as ArticleInput;
      return { title: file, url: `https://bench.sample.test/${file}`, source: 'samples', published: '', text };
    });
  return { profile, seed, seedIndex, seedSentences, articles: [...samples, ...syntheticArticles(seedSentences, SYNTHETIC_ARTICLES)] };
}

/**
 * Analyze time against the floor: wink-nlp tokenising the same article and finding its
 * sentences, nothing else. Also timed: the engine's own reading, and wink's default pipeline.
 */
export function measureSeed(inputs: EngineInputs, runs = 5): SeedResult {
  let floorNlp: ReturnType<typeof winkNLP> | undefined;
  const modelLoadMs = timeMs(() => (floorNlp = winkNLP(model, ['sbd'])));
  const defaultNlp = winkNLP(model);
  const read = (nlp: ReturnType<typeof winkNLP>) => (text: string) => {
    const doc = nlp.readDoc(text);
    doc.sentences().out();
    doc.tokens().out();
  };
  const floor = read(floorNlp!);
  const winkDefault = read(defaultNlp);
  const paths = [(a: ArticleInput) => analyzeArticle(a, inputs.seedIndex), (a: ArticleInput) => floor(a.text), (a: ArticleInput) => readSentences(a.text), (a: ArticleInput) => winkDefault(a.text)];
  // warm every path up before timing
  for (const a of inputs.articles) for (const run of paths) run(a);
  const [analyze, floors, reading, defaults] = paths.map((run) => inputs.articles.map((a) => medianMs(() => run(a), runs)));
  return {
    baselineSentences: inputs.seedIndex.sentences.length,
    articles: inputs.articles.length,
    analyzeMs: median(analyze),
    floorMs: median(floors),
    readingMs: median(reading),
    winkDefaultMs: median(defaults),
    ratio: median(analyze.map((ms, i) => ms / floors[i])),
    modelLoadMs,
  };
}

/** How many articles brute force reads at a size: all of them while it is quick, fewer after. */
const bruteArticlesAt = (size: number, all: number) => (size <= 1_000 ? all : size <= 10_000 ? 10 : 3);

export function measureSize(inputs: EngineInputs, size: number): SizeResult {
  const heapBefore = heapAfterGc();
  let baseline: Baseline | undefined = syntheticBaseline(inputs.seedSentences, size);
  let index: BaselineIndex | undefined;
  const buildMs = timeMs(() => (index = buildIndex(baseline!, inputs.profile)));
  baseline = undefined; // only the index stays in memory, as in a warm Lambda
  const heapMb = mb(heapAfterGc() - heapBefore);
  // timed the same way at every size, as the seed is: one untimed pass (a warm container has
  // analysed articles against its index before), then the median of three
  for (const a of inputs.articles) analyzeArticle(a, index!);
  const perArticle = inputs.articles.map((a) => medianMs(() => analyzeArticle(a, index!), 3));
  const bruteSet = inputs.articles.slice(0, bruteArticlesAt(size, inputs.articles.length));
  const brute = bruteSet.map((a) => timeMs(() => bruteForceArticle(a, index!)));
  return {
    size,
    indexed: index!.sentences.length,
    buildMs,
    analyzeMs: median(perArticle),
    heapMb,
    bruteArticles: bruteSet.length,
    bruteMs: median(brute),
    indexOnBruteSetMs: median(perArticle.slice(0, bruteSet.length)),
  };
}
