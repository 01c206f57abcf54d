// The reference the inverted index must beat: score EVERY baseline sentence for every claim
// with the engine's coverage measure (weighted shared keys + agreeing figures + word-family
// credit, as compare.ts `candidates` computes it) and keep the best 30.
//
// compare.ts does not export its coverage helpers, so the few lines below restate them; if
// the engine's measure changes, change these with it (or have compare.ts export them).
import { UNSEEN_FACTOR } from '../functions/core/engine/compare.ts';
import { sentenceFeatures, type Features } from '../functions/core/engine/features.ts';
import { bodyEnd, isForeign, isFurniture } from '../functions/core/engine/furniture.ts';
import type { BaselineIndex, BaselineSentence } from '../functions/core/engine/index.ts';
import { readSentences } from '../functions/core/engine/nlp.ts';
import type { Quantity } from '../functions/core/engine/slots.ts';
import type { ArticleInput } from '../functions/core/types.ts';

const CANDIDATES = 30;
const PARTIAL_CREDIT = 0.6;

const keyWeight = (index: BaselineIndex, claim: Features, key: string) =>
  (index.idf.get(key) ?? index.unseenIdf * UNSEEN_FACTOR) * (claim.keyWeights.get(key) ?? 1);
const sameFamily = (a: string, b: string) => a.length >= 5 && b.length >= 5 && (a.startsWith(b) || b.startsWith(a));
const isPlain = (key: string) => !/^[@=#]/.test(key);
const disjoint = (a: Quantity, b: Quantity) => a.high < b.low || b.high < a.low;
const comparable = (a: Quantity, b: Quantity) => a.unit === b.unit && (a.unit === 'anniversary' || a.ordinal === b.ordinal);

/** The engine's claim sentences (index.ts `claimSentences`), as features. */
export function claimsOf(text: string, index: BaselineIndex): Features[] {
  const lines = text.split('\n');
  const end = bodyEnd(text);
  const seen = new Set<string>();
  return readSentences(text)
    .filter((s) => {
      const words = s.tokens.filter((t) => t.isWord).length;
      if (words < 4 || s.start >= end || isFurniture(s.text, lines[s.line] ?? s.text) || isForeign(s.text)) return false;
      const key = s.text.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return words >= 8 || s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    })
    .map((s) => sentenceFeatures(s, index.matcher));
}

/** Coverage of the claim by one baseline sentence, computed from scratch. */
function coverage(claim: Features, b: BaselineSentence, index: BaselineIndex, total: number, figure: number): number {
  let covered = 0;
  for (const key of claim.keys) {
    if (b.keys.has(key)) {
      covered += keyWeight(index, claim, key);
    } else if (isPlain(key)) {
      for (const other of b.keys) {
        if (isPlain(other) && sameFamily(key, other)) {
          covered += keyWeight(index, claim, key) * PARTIAL_CREDIT;
          break;
        }
      }
    }
  }
  covered += claim.quantities.filter((q) => b.quantities.some((r) => comparable(q, r) && !disjoint(q, r))).length * figure;
  return total ? covered / total : 0;
}

export interface BruteMatch {
  sentence: BaselineSentence;
  coverage: number;
}

/** The 30 baseline sentences that cover the claim best, scanning them all. */
export function bruteForceCandidates(claim: Features, index: BaselineIndex): BruteMatch[] {
  const figure = index.unseenIdf * 0.8;
  let total = claim.quantities.length * figure;
  for (const key of claim.keys) total += keyWeight(index, claim, key);
  const best: BruteMatch[] = [];
  for (const sentence of index.sentences) {
    const c = coverage(claim, sentence, index, total, figure);
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
