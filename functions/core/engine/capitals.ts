// A line written all in capitals (a wire's teletype copy, a shouted headline, a caption in a
// banner) carries no case, and case is how the tagger and the name finders tell a name from a
// word: "VIETNAM'S NATIONAL ASSEMBLY ON MONDAY ELECTED LUONG CUONG" reads as a row of proper nouns
// with no verb. Such a line is read in sentence case instead: lower case, with each sentence's
// first word capitalised, and the names in it given back their capitals — the names the watch
// profile and the world's places know ("Luong Cuong", "Pyongyang"), words English does not know
// (names: "Lukoil"), and short ones of those left whole in capitals (initials: "LNG", "BRICS").
// Each letter keeps its place, so findings still quote the page as it stands.
import type { EntityMatcher } from './entities.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';
import { readSentences, type Token } from './nlp.ts';
import { isEnglish } from './wordnet.ts';

/** Letters enough for a line to be writing, not a label ("MOST READ"), and how many must be capitals. */
const LEAST_LETTERS = 16;
const LEAST_WORDS = 3;
const CAPITALS_SHARE = 0.9;
/** Initials are short: "LNG", "BRICS", "EAEU"; a longer word English does not know is a name ("ROSATOM"). */
const INITIALS_LENGTH = 5;

/** A word's letters, between its hyphens: "TIMOR-LESTE" is "Timor-Leste" as a name. */
const WORD = /[\p{L}\p{N}]+/gu;
/** A name's words, not the ending after its apostrophe: "VIETNAM'S" is "Vietnam's". */
const NAME_WORD = /(?<![\p{L}'’])\p{L}+/gu;

/** What of the entity matcher tells a name: where a text names someone or somewhere, and who a person's name is. */
export type Names = Pick<EntityMatcher, 'find' | 'person' | 'outsider'>;

/** Is the line written in capitals: words enough, nearly all its letters capitals? */
export function isInCapitals(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  if (letters.length < LEAST_LETTERS || (line.match(WORD) ?? []).length < LEAST_WORDS) return false;
  return letters.filter((c) => c !== c.toLowerCase()).length >= CAPITALS_SHARE * letters.length;
}

/** `word` with each letter changed by `change`, where that keeps its length (so offsets hold). */
const sameLength = (word: string, change: (c: string) => string) => [...word].map((c) => (change(c).length === c.length ? change(c) : c)).join('');
const lower = (word: string) => sameLength(word, (c) => c.toLowerCase());
const capitalised = (word: string) => sameLength(word.slice(0, 1), (c) => c.toUpperCase()) + lower(word.slice(1));

/** One line in capitals, read in sentence case. */
function sentenceCase(line: string, names: Names): string {
  const lowered = lower(line);
  const sentences = readSentences(lowered);
  // (a line in capitals with no verb outside brackets is a heading, and reads as one as it
  // stands: "STATE DUMA OF THE FEDERAL ASSEMBLY", a wire's slug "VIETNAM-RUSSIA/NUCLEAR (UPDATE
  // 2)"; so is one that opens with a question word, a question set as a title: "WHY PUTIN'S
  // VIETNAM STOP MATTERS". One with a verb is read as a headline in ordinary case is.)
  if (!sentences.some((s) => hasAVerbOutsideBrackets(s.tokens))) return line;
  if (TITLED_QUESTION.test(line)) return line;
  // the names found in the line with every word capitalised (the world's places match by their
  // capitals, the profile's whatever their case), and initials found only as written ("ASEAN")
  const titled = covered(line, names.find(line.replace(WORD, capitalised)));
  const asWritten = covered(line, names.find(line));
  const covers = (mask: Uint8Array, t: Token) => mask[t.start] === 1 && mask[t.end - 1] === 1;
  // (by UTF-16 unit, as offsets count: an emoji before a word keeps the word in its place)
  const out = lowered.split('');
  const put = (t: Token, word: string) => out.splice(t.start, word.length, ...word.split(''));
  for (const sentence of sentences) {
    const opening = sentence.tokens.find((t) => t.isWord);
    sentence.tokens.forEach((t, k) => {
      if (!t.isWord || /\d/.test(t.text)) return;
      const written = line.slice(t.start, t.end);
      const name = covers(titled, t) || (!t.isStop && (!!names.person(t.text) || !!names.outsider(t.text)));
      // a word English does not know, and no function word, is a name, or initials when short
      const unknown = !t.isStop && !isEnglish(t.lower) && !isEnglish(t.lemma);
      // (and "US" opening a sentence, where no object pronoun stands)
      const initials = (!t.isStop && !name && (covers(asWritten, t) || (unknown && written.length <= INITIALS_LENGTH))) || (t === opening && t.lower === 'us');
      if (initials) put(t, written);
      else if (name || unknown || isMonthOrDay(sentence.tokens, k)) put(t, lower(written).replace(NAME_WORD, capitalised));
      else if (t === opening || t.lower === 'i') put(t, capitalised(t.text));
    });
  }
  return out.join('');
}

/** A question word opening a line, or its part after a label ("EXPLAINER: WHY …"), with no question mark after it. */
const TITLED_QUESTION = /^([^:]*:\s*)?[^\p{L}]*(WHAT|WHY|HOW|WHO|WHERE|WHEN|WHICH)\b[^?]*$/u;

/** A verb or auxiliary outside brackets: an aside, "(UPDATE 2)", says nothing of the line's own (one pass, however long the line). */
function hasAVerbOutsideBrackets(tokens: Token[]): boolean {
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth--;
    else if (depth <= 0 && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
}

/** Which of the line's characters the spans cover (a long line names thousands: one look-up a word). */
function covered(line: string, spans: ReadonlyArray<{ start: number; end: number }>): Uint8Array {
  const mask = new Uint8Array(line.length);
  for (const n of spans) mask.fill(1, n.start, n.end);
  return mask;
}

/** Token k a month's or a weekday's name, capitalised in English ("May" only beside a number: "9 May", "May 2025"). */
function isMonthOrDay(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (WEEKDAYS.includes(t.lower)) return true;
  if (!MONTHS.includes(t.lower)) return false;
  return t.lower !== 'may' || [tokens[k - 1], tokens[k + 1]].some((n) => !!n && /^\d/.test(n.text));
}

/** The text with every line written in capitals read in sentence case; other lines as they are. */
export function readCapitals(text: string, names: Names): string {
  if (!/\p{Lu}{4}/u.test(text)) return text; // most pages have no such line
  return text
    .split('\n')
    .map((line) => (isInCapitals(line) ? sentenceCase(line, names) : line))
    .join('\n');
}
