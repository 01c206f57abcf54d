// The engine's candidate search skips most of a large baseline; it must still rank exactly as
// scoring every sentence would. Checked against that full scoring on generated indexes with
// heavy ties (many near-identical sentences, as a baseline of similar reports has).
import { describe, expect, it } from 'vitest';
import { topMatches, type Match, type WeightedKey } from '../functions/core/engine/top-matches.ts';
import { prng } from '../bench/synthetic.ts';

interface Corpus {
  sentences: Array<Set<string>>;
  postings: Map<string, number[]>;
}

/** `size` sentences over a vocabulary where a few words are everywhere and most are rare. */
function corpus(size: number, seed: number): Corpus {
  const random = prng(seed);
  const vocabulary = Array.from({ length: 200 }, (_, i) => `w${i}`);
  const sentences: Array<Set<string>> = [];
  for (let s = 0; s < size; s++) {
    const keys = new Set<string>();
    // word i appears with a probability falling with i: w0 in most sentences, w199 in few
    for (let i = 0; i < vocabulary.length; i++) if (random() < 0.6 / (1 + i / 3)) keys.add(vocabulary[i]);
    // near-copies: every tenth sentence repeats the one before it
    sentences.push(s % 10 === 9 && s > 0 ? new Set(sentences[s - 1]) : keys);
  }
  const postings = new Map<string, number[]>();
  sentences.forEach((keys, s) => keys.forEach((k) => postings.set(k, [...(postings.get(k) ?? []), s])));
  return { sentences, postings };
}

type Key = WeightedKey & { key: string };

function claimKeys(c: Corpus, random: () => number): Key[] {
  const n = c.sentences.length;
  const keys = Array.from({ length: 3 + Math.floor(random() * 12) }, () => `w${Math.floor(random() * 220)}`); // some unseen
  return [...new Set(keys)].map((key) => {
    const postings = c.postings.get(key) ?? [];
    return { key, weight: Math.log(1 + n / Math.max(1, postings.length)) * (random() < 0.3 ? 0.5 : 1), postings };
  });
}

/** Every sentence scored, best first, earlier first on a tie. */
function scoreAll(c: Corpus, keys: Key[], limit: number): Match[] {
  return c.sentences
    .map((have, sentence) => ({ sentence, score: keys.reduce((sum, k) => (have.has(k.key) ? sum + k.weight : sum), 0) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.sentence - b.sentence)
    .slice(0, limit);
}

describe('topMatches', () => {
  for (const [size, seed] of [[50, 1], [2_000, 2], [20_000, 3]] as const) {
    it(`ranks as scoring every sentence does (${size} sentences)`, () => {
      const c = corpus(size, seed);
      const random = prng(seed * 7);
      for (let claim = 0; claim < 40; claim++) {
        const keys = claimKeys(c, random);
        for (const limit of [1, 5, 60]) {
          const fast = topMatches(keys, size, limit);
          const full = scoreAll(c, keys, limit);
          expect(fast.map((m) => m.sentence)).toEqual(full.map((m) => m.sentence));
          fast.forEach((m, i) => expect(m.score).toBeCloseTo(full[i].score, 9));
        }
      }
    });
  }

  it('finds nothing for keys no sentence has, and fewer than the limit when few match', () => {
    const c = corpus(100, 4);
    expect(topMatches([{ weight: 3, postings: [] }], 100, 10)).toEqual([]);
    const rare = [...c.postings].find(([, list]) => list.length === 2)!;
    const found = topMatches([{ weight: 1, postings: rare[1] }], 100, 10);
    expect(found.map((m) => m.sentence)).toEqual(rare[1]);
  });
});
