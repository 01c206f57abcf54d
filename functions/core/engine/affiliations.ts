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
  /** The rank the apposition gives them there: a head ("director", "who heads"), a deputy ("Deputy Director") or staff ("an adviser to"). */
  rank?: 'head' | 'deputy' | 'staff';
}

/** Words of a rank below a head: "Deputy Director", "vice president", "assistant editor". */
const DEPUTY = /^(deputy|vice|assistant|associate)$/;
/** Words of heading a body: "director", "head", "who heads", "chief", "chairs". */
const HEAD = /^(director|head|heads|headed|chief|lead|leads|led|chair|chairs|chairman|chairwoman|president|runs|ran|directs|directed)$/;
/** Words of serving a body or a person without heading it: "an adviser to", "a fellow of". */
const STAFF = /^(staff|adviser|advisor|advisers|advisors|aide|aides|counsellor|counselor|fellow|researcher|analyst|spokesman|spokeswoman|spokesperson|member)$/;
/** Verbs of heading whose object is the body: "who runs the Crisis Group's Asia work". */
const HEADS_BODY = /^(heads|headed|leads|led|runs|ran|directs|directed|chairs|chaired)$/;

/** Most tokens an apposition after a name is looked through for the body. */
const REACH = 20;
/** Words before the body: "of the Crisis Group", "at the Lowy Institute". */
const BEFORE_BODY = /^(of|at|from|with)$/;
/** Words that may stand inside a body's name: "Institute of International Relations". */
const INSIDE_BODY = /^(of|for|and|the|'s|’s|–|-)$/;

/** Words adding one more to what was named: "as well as", "along with", "together with". */
const ADDING = [['as', 'well', 'as'], ['along', 'with'], ['together', 'with'], ['alongside']];
const addsAnother = (tokens: Token[], at: number) => ADDING.some((words) => words.every((w, k) => tokens[at + k]?.lower === w));

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
    // (a name after an article is a thing's: "after the Great Depression, …")
    const thing = /^(the|a|an)$/.test(tokens[i - 1]?.lower ?? '');
    // (a comma then "and" or a verb goes on with the sentence, no apposition: "met Pham Minh Chinh, and laid a wreath at …")
    // (nor does one adding another person: "met Pham Minh Chinh, as well as the Secretary General of the Communist Party")
    const goesOn = !direct && (/^(CCONJ|VERB|AUX)$/.test(tokens[end + 1]?.pos ?? '') || addsAnother(tokens, end + 1));
    if (end - i < 2 || thing || goesOn || (tokens[end]?.text !== ',' && !direct)) {
      i = Math.max(i, end - 1);
      continue;
    }
    // the apposition: up to the next comma or the sentence's end
    let stop = end + 1;
    while (stop < tokens.length && stop <= end + REACH && !/^[,;:.!?()]$/.test(tokens[stop].text)) stop++;
    let body: string[] = [];
    // (the rank stands in the words leading to the body: "the Deputy Director of …", "an adviser to …")
    let title: string[] = [];
    for (let k = direct ? end : end + 1; k < stop; k++) {
      // the body follows "of", "at" …, "to" after one who serves ("an adviser to X"), or a verb of heading it
      const leads = BEFORE_BODY.test(tokens[k].lower) || (tokens[k].lower === 'to' && STAFF.test(tokens[k - 1]?.lower ?? '')) || HEADS_BODY.test(tokens[k].lower);
      if (!leads) continue;
      let m = k + 1;
      if (tokens[m]?.lower === 'the') m++;
      const words: string[] = [];
      for (; m < stop && (capitalised(tokens[m]) || (INSIDE_BODY.test(tokens[m].lower) && capitalised(tokens[m + 1]))); m++) {
        const key = keys[m];
        if (capitalised(tokens[m]) && key) words.push(key);
      }
      // a country's body named in common words after its name: "the Ukrainian presidential office"
      if (words.length && keys[m - 1]?.startsWith('@') && /(an|ese|ish|i)$/.test(tokens[m - 1].lower)) {
        for (; m < stop && /^(ADJ|NOUN)$/.test(tokens[m].pos) && !capitalised(tokens[m]); m++) if (keys[m]) words.push(keys[m]!);
      }
      // a body is named by a word that is no place's or person's ("Institute", "Group"), not by a place alone
      if (words.some((w) => !w.startsWith('@'))) {
        body = words;
        title = tokens.slice(end + 1, k + 1).map((t) => t.lower);
      }
    }
    const rank = title.some((w) => DEPUTY.test(w)) ? 'deputy' : title.some((w) => HEAD.test(w)) ? 'head' : title.some((w) => STAFF.test(w)) ? 'staff' : undefined;
    if (body.length) out.push({ person: fold(tokens.slice(i, end).map((t) => t.text).join(' ')), body, ...(rank ? { rank } : {}) });
    i = end;
  }
  return out;
}
