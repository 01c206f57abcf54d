// One wink-nlp reading of a text: tokens with their character offsets, lemmas, stems and
// parts of speech, cut into sentences. Newlines end sentences: pages put headings, captions
// and bylines on lines of their own, and a line is never half of a sentence there.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ORDINAL_WORDS } from './lexicon.ts';
import { relationsOf } from './wordnet.ts';

export interface Token {
  /** The token exactly as written. */
  text: string;
  lower: string;
  lemma: string;
  /** Porter2 stem, spelling-normalised: the key for lexical matching. */
  stem: string;
  pos: string;
  start: number;
  end: number;
  isWord: boolean;
  isStop: boolean;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Index of the line (paragraph) the sentence is on. */
  line: number;
}

let nlp: ReturnType<typeof winkNLP> | undefined;
function reader() {
  // Only the annotations the engine reads: sentence boundaries and parts of speech (which
  // wink computes without its entity, negation or sentiment passes).
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

// A word's sentiment (wink's lexicon), for telling a warm word from a cold one: read alone, once.
let sentimentReader: ReturnType<typeof winkNLP> | undefined;
const sentiments = new Map<string, number>();
/** The sentiment wink's lexicon gives a word alone, from -1 to 1 (0 for a word it does not rate). */
export function sentimentOf(word: string): number {
  let score = sentiments.get(word);
  if (score === undefined) {
    sentimentReader ??= winkNLP(model, ['sentiment']);
    if (sentiments.size >= STEMS_KEPT) sentiments.clear();
    sentiments.set(word, (score = Number(sentimentReader.readDoc(word).out(sentimentReader.its.sentiment)) || 0));
  }
  return score;
}

// British and American spellings of the same stem, so "defence" meets "defense".
const SPELLING: Record<string, string> = {
  defenc: 'defens', favour: 'favor', centr: 'center', honour: 'honor',
  labour: 'labor', programm: 'program', organis: 'organ', realis: 'realiz', recognis: 'recogn',
  prioritis: 'priorit', licenc: 'licens', neighbour: 'neighbor',
};

export function normaliseStem(stem: string): string {
  return SPELLING[stem] ?? stem.replace(/is$/, 'iz');
}

// A word's stem doesn't depend on its sentence (wink's own `its.stem` is the model's Porter2
// stemmer applied to the token's value), so each word is stemmed once and remembered.
const porter2 = (model as unknown as { addons: { stem(word: string): string } }).addons.stem;
const STEMS_KEPT = 50_000;
const stems = new Map<string, string>();
/** The matching stem of a word (Porter2, spelling-normalised), remembered. */
export function stemOf(value: string): string {
  let stem = stems.get(value);
  if (stem === undefined) {
    if (stems.size >= STEMS_KEPT) stems.clear(); // a vocabulary this large is not worth keeping
    stem = normaliseStem(porter2(value).toLowerCase());
    stems.set(value, stem);
  }
  return stem;
}

/** Accented letters: past Latin-1, wink's tokenizer splits words at them ("Trần" → "Tr", "ầ", "n"). */
const EXTENDED_LETTER = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
/**
 * The text wink reads: each such letter as its base letter ("Trần Hồng Hà" → "Tran Hong Ha", "đ" →
 * "d"), one character for one, so every offset holds. Vietnamese names keep their words, and meet
 * their spelling without diacritics.
 */
export function foldForTokenizer(text: string): string {
  if (!/[\u00C0-\u024F\u1E00-\u1EFF]/.test(text)) return text;
  return text.replace(EXTENDED_LETTER, (c) => {
    const base = c.normalize('NFD')[0];
    if (base !== c) return base;
    return c === 'đ' ? 'd' : c === 'Đ' ? 'D' : c;
  });
}

/** Reads text into sentences; offsets are JavaScript string indexes into `text`. */
export function readSentences(original: string): Sentence[] {
  const nlpr = reader();
  const its = nlpr.its;
  const text = foldForTokenizer(original);
  const doc = nlpr.readDoc(text);
  const tokens = doc.tokens();
  // wink's typings don't cover every `its` helper; each call returns one value per token
  const column = <T>(helper: unknown) => tokens.out(helper as never) as unknown as T[];
  const values = column<string>(its.value);
  const types = column<string>(its.type);
  const lemmas = column<string>(its.lemma);
  const pos = column<string>(its.pos);
  const stops = column<boolean>(its.stopWordFlag);

  // Character offsets: each token is found in the text after the previous one.
  const all: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let at = text.indexOf(value, cursor);
    if (at < 0 || at - cursor > 64) at = cursor; // wink normalised something: stay in place
    const end = Math.min(text.length, at + value.length);
    cursor = end;
    all.push({
      // (as the text has it; the lower case, lemma and stem are of the letters wink read)
      text: text === original ? value : original.slice(at, end),
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      stem: stemOf(value),
      pos: pos[i] ?? 'X',
      start: at,
      end,
      isWord: types[i] === 'word' || types[i] === 'number' || types[i] === 'ordinal',
      isStop: Boolean(stops[i]),
    });
  }

  // a word after a determiner and an ordinal is a noun, whatever the tagger guessed ("the opening stop")
  for (let i = 2; i < all.length; i++) {
    if (all[i].pos === 'VERB' && all[i - 1].lower in ORDINAL_WORDS && all[i - 2].pos === 'DET') all[i] = { ...all[i], pos: 'NOUN' };
  }

  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentences: Sentence[] = [];
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const isSpace = (i: number) => types[i] === 'tabCRLF';
  const isBreak = (i: number) => isSpace(i) && text.slice(all[i].start, all[i].end).includes('\n');
  const push = (from: number, to: number) => {
    while (from <= to && isSpace(from)) from++;
    while (to >= from && isSpace(to)) to--;
    if (from > to) return;
    const start = all[from].start;
    const end = all[to].end;
    const words = all.slice(from, to + 1).flatMap(splitClitic);
    sentences.push({ text: original.slice(start, end), start, end, tokens: withItsVerb(words), line: lineOf(start) });
  };
  for (const [first, last] of spans) {
    let from = first;
    for (let i = first; i <= last; i++) {
      if (isBreak(i)) {
        push(from, i - 1);
        from = i + 1;
      }
    }
    push(from, last);
  }
  return sentences;
}

/**
 * A sentence has a verb. Where the tagger found none, a word in "-s" it read as a plural noun,
 * between a subject and the start of an object ("Mishustin visits Hanoi", "the paper dates the
 * visit to …"), is the verb in the present tense when WordNet knows its base form as a verb.
 */
function withItsVerb(tokens: Token[]): Token[] {
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return tokens;
  const at = tokens.findIndex((t, i) => i > 0 && t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && /^(PROPN|NOUN)$/.test(tokens[i - 1].pos) && /^(DET|PROPN|NUM|PRON)$/.test(tokens[i + 1]?.pos ?? '') && !!relationsOf(t.lower.slice(0, -1)).verbClass);
  if (at < 0) return tokens;
  const verb = tokens[at];
  return tokens.map((t, i) => (i === at ? { ...verb, pos: 'VERB', lemma: verb.lower.slice(0, -1) } : t));
}

/** Words whose "'s" is "is" or "has", not a possessive: "it's", "there's", "he's". */
const IS_BEFORE = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'he', 'she']);

/**
 * A word and its "'s" as wink reads them the first time: two tokens ("year" + "'s"). wink keeps a
 * cache of the words it has read, and a word read once with its "'s" before a punctuation mark
 * ("the year's:") is kept whole from then on; split back, a text reads the same whatever was read
 * before it in the same process (a warm Lambda container).
 */
function splitClitic(t: Token): Token[] {
  const clitic = /^(.+)(['’]s)$/.exec(t.text);
  if (!clitic || !t.isWord) return [t];
  const [, word, s] = clitic;
  const lower = word.toLowerCase();
  const is = IS_BEFORE.has(lower);
  const base: Token = {
    ...t,
    text: word,
    lower,
    lemma: lower,
    stem: stemOf(word),
    pos: lower === 'let' ? 'VERB' : is ? 'PRON' : /^\p{Lu}/u.test(word) ? 'PROPN' : 'NOUN',
    end: t.start + word.length,
    isStop: is || lower === 'let',
  };
  const after: Token = { text: s, lower: s.toLowerCase(), lemma: lower === 'let' ? 'us' : is ? 'be' : s.toLowerCase(), stem: s.toLowerCase(), pos: lower === 'let' ? 'PRON' : is ? 'AUX' : 'PART', start: base.end, end: t.end, isWord: true, isStop: is || lower === 'let' };
  return [base, after];
}

/**
 * A name as its transliterations share it: "Podolyak" and "Podoliak", "Sergey" and "Sergei",
 * "Mykhaïlo" and "Mykhailo" are one name. Accents go, "y" is "i", a doubled letter is one.
 */
export const transliterated = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/y/g, 'i').replace(/(\p{L})\1+/gu, '$1');

/** The last word of a person's name as the engine keeps it ("to lam" → "lam"): how a text names them again. */
export const lastNameOf = (person: string) => person.split(' ').at(-1)!;

/** A word in a past form: neither its lemma nor an -s or -ing form, nor "are" or "am" ("marked", "was", "had"). */
export const inPastForm = (t: Token) => t.lower !== t.lemma && !/(ing|s)$/.test(t.lower) && !/^(are|am|'re|'m)$/.test(t.lower);
