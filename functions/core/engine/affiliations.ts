// Where a named person works, as English sets it beside the name: "Nguyen Van Binh, head of
// the Asia desk of the Lowy Institute", "X, a researcher with Singapore's ISEAS–Yusof Ishak
// Institute", "X, then at the Stimson Center", "X of the Crisis Group". The same person at another body than the
// baseline says is an `entity` conflict.
import type { Token } from './nlp.ts';

export interface Affiliation {
  /** The person's name, lower case and without accents. */
  person: string;
  /** Keys of the capitalised words naming the body. */
  body: string[];
  /** The rank the apposition gives them there: a head ("director", "who heads") or a deputy ("Deputy Director"). */
  rank?: 'head' | 'deputy';
}

/** Words of a rank below a head: "Deputy Director", "vice president", "assistant editor". */
const DEPUTY = /^(deputy|vice|assistant|associate)$/;
/** Words of heading a body: "director", "head", "who heads", "chief", "chairs". */
const HEAD = /^(director|head|heads|headed|chief|lead|leads|led|chair|chairs|chairman|chairwoman|president)$/;

/** Most tokens an apposition after a name is looked through for the body. */
const REACH = 20;
/** Words before the body: "of the Crisis Group", "at the Lowy Institute". */
const BEFORE_BODY = /^(of|at|from|with)$/;
/** Words that may stand inside a body's name: "Institute of International Relations". */
const INSIDE_BODY = /^(of|for|and|the|'s|’s|–|-)$/;

const capitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT';
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Each person named by two or more capitalised words, then a comma or "of", "at" …, and the body named last up to the next comma. */
export function extractAffiliations(tokens: Token[], keys: ReadonlyArray<string | undefined>): Affiliation[] {
  const out: Affiliation[] = [];
  // (most sentences name no one beside a body: the words that would join them are looked for first)
  if (!tokens.some((t) => t.text === ',' || BEFORE_BODY.test(t.lower))) return out;
  for (let i = 0; i < tokens.length; i++) {
    let end = i;
    while (end < tokens.length && capitalised(tokens[end]) && tokens[end].pos === 'PROPN') end++;
    // the apposition after a comma, or the body right after the name ("X of the Lowy Institute")
    // (not a name inside a phrase: "a fellow of the Asia Program at the Lowy Institute")
    const direct = BEFORE_BODY.test(tokens[end]?.lower ?? '') && !/^(of|the|a|an|at|in|for|with|from)$/.test(tokens[i - 1]?.lower ?? '');
    if (end - i < 2 || (tokens[end]?.text !== ',' && !direct)) {
      i = Math.max(i, end - 1);
      continue;
    }
    // the apposition: up to the next comma or the sentence's end
    let stop = end + 1;
    while (stop < tokens.length && stop <= end + REACH && !/^[,;:.!?()]$/.test(tokens[stop].text)) stop++;
    let body: string[] = [];
    // (the rank stands before the first word leading to the body: "the Deputy Director of …")
    const first = tokens.slice(end + 1, stop).findIndex((t) => BEFORE_BODY.test(t.lower));
    const title = tokens.slice(end + 1, first < 0 ? stop : end + 1 + first).map((t) => t.lower);
    const rank = title.some((w) => DEPUTY.test(w)) ? 'deputy' : title.some((w) => HEAD.test(w)) ? 'head' : undefined;
    for (let k = direct ? end : end + 1; k < stop; k++) {
      if (!BEFORE_BODY.test(tokens[k].lower)) continue;
      let m = k + 1;
      if (tokens[m]?.lower === 'the') m++;
      const words: string[] = [];
      for (; m < stop && (capitalised(tokens[m]) || (INSIDE_BODY.test(tokens[m].lower) && capitalised(tokens[m + 1]))); m++) {
        const key = keys[m];
        if (capitalised(tokens[m]) && key) words.push(key);
      }
      // a body is named by a word that is no place's or person's ("Institute", "Group"), not by a place alone
      if (words.some((w) => !w.startsWith('@'))) body = words;
    }
    if (body.length) out.push({ person: fold(tokens.slice(i, end).map((t) => t.text).join(' ')), body, ...(rank ? { rank } : {}) });
    i = end;
  }
  return out;
}
