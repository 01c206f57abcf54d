// The reference the inverted index must beat: score EVERY baseline sentence for every claim
// with the engine's own coverage measure (compare.ts `coverageOf`) and keep the best 30.
import { coverageOf, measureClaim } from '../functions/core/engine/compare.ts';
import { sentenceFeatures, type Features } from '../functions/core/engine/features.ts';
import { claimSentences, type BaselineIndex, type BaselineSentence } from '../functions/core/engine/index.ts';
import type { ArticleInput } from '../functions/core/types.ts';

const CANDIDATES = 30;

/** The engine's claim sentences, as features. */
export function claimsOf(text: string, index: BaselineIndex): Features[] {
  return claimSentences(text).map((s) => sentenceFeatures(s, index.matcher));
}

export interface BruteMatch {
  sentence: BaselineSentence;
  coverage: number;
}

/** The 30 baseline sentences that cover the claim best, scanning them all. */
export function bruteForceCandidates(claim: Features, index: BaselineIndex): BruteMatch[] {
  const measure = measureClaim(claim, index);
  const best: BruteMatch[] = [];
  for (const sentence of index.sentences) {
    const c = coverageOf(measure, sentence);
    if (c <= 0 || (best.length === CANDIDATES && c <= best[CANDIDATES - 1].coverage)) continue;
    best.push({ sentence, coverage: c });
    best.sort((x, y) => y.coverage - x.coverage || x.sentence.index - y.sentence.index);
    if (best.length > CANDIDATES) best.pop();
  }
  return best;
}

/** One article through the brute-force comparer: read, extract claims, scan the baseline per claim. */
export function bruteForceArticle(article: ArticleInput, index: BaselineIndex): BruteMatch[][] {
  return claimsOf(article.text, index).map((claim) => bruteForceCandidates(claim, index));
}
