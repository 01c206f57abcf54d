// Keyed lookups over the baseline's fact tables, made once per table and kept while it lives
// (an index's tables never change once built). At 100 000 sentences an office can have
// thousands of stated holders and a membership a thousand statements: scanning them for every
// claim made the fact checks grow with the baseline. (The evidence stays every sentence stating
// the fact: accepting the finding into the baseline retires exactly those.)

import { transliterated } from './nlp.ts';

/** The distinct sentence positions of `sentences`, in their order. */
export const distinct = (sentences: Iterable<number>): number[] => [...new Set(sentences)];

/** A name's last word: any two names of one person ("to lam", "lam") share it. */
export const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

export interface HolderLookup {
  /** The distinct holders by the last word of their names, each name as `transliterated` spells it. */
  byLastWord: Map<string, Set<string>>;
  /** The sentences naming the holders, for evidence. */
  evidence: number[];
}

const holderLookups = new WeakMap<object, HolderLookup>();

export function holderLookup(holders: ReadonlyArray<{ person: string; sentence: number }>): HolderLookup {
  let lookup = holderLookups.get(holders);
  if (!lookup) {
    const byLastWord = new Map<string, Set<string>>();
    for (const { person } of holders) {
      const spelled = transliterated(person);
      const named = byLastWord.get(lastWord(spelled));
      if (named) named.add(spelled);
      else byLastWord.set(lastWord(spelled), new Set([spelled]));
    }
    lookup = { byLastWord, evidence: distinct(holders.map((h) => h.sentence)) };
    holderLookups.set(holders, lookup);
  }
  return lookup;
}

export interface StatusLookup {
  statuses: Set<string>;
  /** The sentences stating the membership, for evidence. */
  evidence: number[];
}

const statusLookups = new WeakMap<object, StatusLookup>();

export function statusLookup(stated: ReadonlyArray<{ status: string; sentence: number }>): StatusLookup {
  let lookup = statusLookups.get(stated);
  if (!lookup) {
    lookup = { statuses: new Set(stated.map((s) => s.status)), evidence: distinct(stated.map((s) => s.sentence)) };
    statusLookups.set(stated, lookup);
  }
  return lookup;
}
