// Whether a sentence likens two things or sets them apart: "a welcome every bit as lavish as
// Pyongyang's", "rivalled the one in Pyongyang" liken them; "a more reserved reception", "a
// cooler welcome than in Pyongyang", "nothing like the crowds of the North Korean stop", "a far
// cry from" set them
// apart. A claim that likens what the baseline sets apart (or the reverse) tells of another
// outcome, whatever its adjectives: the two need not be antonyms WordNet knows.
import type { Token } from './nlp.ts';
import { relationsOf } from './wordnet.ts';

export type Likeness = 'same' | 'unlike';

/** Verbs of being alike, or of saying so: "rivalled", "matched", "equalled", "mirrored", "resembled", "likened". */
const LIKENING_VERBS = new Set(['rival', 'match', 'equal', 'mirror', 'resemble', 'liken']);

/**
 * "Compare" likens when someone does it ("a welcome the author compares with Pyongyang's",
 * "scenes commentators compared to …"); said of the thing itself it only measures ("Compared with
 * Pyongyang, Hanoi's welcome was restrained", "formal compared with the crowds there").
 */
function someoneCompares(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (tokens[at].lemma !== 'compare' || !before) return false;
  return before.pos === 'PRON' || before.pos === 'PROPN' || (before.pos === 'NOUN' && !!relationsOf(before.lemma).nounClass);
}
/**
 * A verb WordNet gives as a kind of surpassing ("outdid Pyongyang": at least as grand) or of
 * calling to mind ("recalled his reception in Pyongyang", "echoed it").
 */
const SURPASSING = new Set(['exceed', 'surpass']);
const RECALLING = new Set(['recall', 'echo']);
const likensInWordNet = (lemma: string) => RECALLING.has(lemma) || SURPASSING.has(lemma) || relationsOf(lemma).synonyms.some((s) => SURPASSING.has(s));

/** Nouns of time after "the same": "at the same time" likens nothing. */
const TIMES = /^(time|day|days|week|month|year|night|morning|evening|afternoon|moment|period)$/;
/** Words of being unlike: "unlike", "in contrast to". */
const UNLIKE = /^(unlike|contrast|contrasted|contrasting)$/;

/** Prepositions of place or time after "as" or "like". */
const PLACE_OR_TIME = /^(in|at|on|during)$/;

/**
 * A subject pronoun and an auxiliary with nothing of its verb left but "done" or "been", then a
 * place or time or the end: the elided clause of a comparison ("they had in …", "it did").
 */
function elidedComparison(tokens: Token[], at: number): boolean {
  if (tokens[at]?.pos !== 'PRON' || !/^(had|has|have|did|does|do|was|were|is|are)$/.test(tokens[at + 1]?.lower ?? '')) return false;
  let next = at + 2;
  if (/^(done|been)$/.test(tokens[next]?.lower ?? '')) next++;
  return next >= tokens.length || PLACE_OR_TIME.test(tokens[next].lower) || tokens[next].pos === 'PUNCT';
}

/**
 * The likeness a sentence states, if any. `negated` holds the token positions a negation covers:
 * "not as grand as" sets apart, "did not match" too.
 */
export function likenessIn(tokens: Token[], negated: ReadonlySet<number>): Likeness | undefined {
  const lowers = tokens.map((t) => t.lower);
  let found: Likeness | undefined;
  const say = (at: number, likeness: Likeness) => {
    // (a denied likening sets apart: "not as grand as", "did not match")
    // (and a denied setting apart likens: "not unlike")
    const denied = negated.has(at) || lowers[at - 1] === 'not' || lowers[at - 2] === 'not';
    found ??= denied ? (likeness === 'same' ? 'unlike' : 'same') : likeness;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "as grand as", "every bit as lavish as", "just as warm as"
    // ("as well as" joins, it likens nothing)
    // ("as warm a welcome as")
    if (lowers[i] === 'as' && /^(ADJ|ADV)$/.test(tokens[i + 1]?.pos ?? '') && (lowers[i + 2] === 'as' || (/^an?$/.test(lowers[i + 2] ?? '') && lowers[i + 4] === 'as')) && lowers[i + 1] !== 'well') say(i, 'same');
    // "reminiscent of", "on a par with"
    else if ((lowers[i] === 'reminiscent' && lowers[i + 1] === 'of') || (lowers[i] === 'par' && lowers[i + 1] === 'with')) say(i, 'same');
    else if (t.pos === 'VERB' && (LIKENING_VERBS.has(t.lemma) || likensInWordNet(t.lemma) || someoneCompares(tokens, i))) say(i, 'same');
    // "the same (kind of) welcome he had enjoyed in …", "much as he had been in …", "similar to", "akin to"
    // (not a time: "at the same time")
    else if (lowers[i] === 'same' && lowers[i - 1] === 'the' && !TIMES.test(lowers[i + 1] ?? '')) say(i, 'same');
    else if ((lowers[i] === 'much' && lowers[i + 1] === 'as' && lowers[i - 1] !== 'as') || (/^(similar|akin|comparable)$/.test(lowers[i]) && lowers[i + 1] === 'to')) say(i, 'same');
    // "much like the scenes in …", "just like Pyongyang's": a likening said with an intensifier
    // (a bare "like" gives examples: "partners like Vietnam")
    else if (lowers[i] === 'like' && /^(much|just|exactly|very)$/.test(lowers[i - 1] ?? '')) say(i, 'same');
    // a likening to a place or time: "as in Pyongyang", "like in Soviet times" ("such as in" gives examples)
    else if (/^(as|like)$/.test(lowers[i]) && PLACE_OR_TIME.test(lowers[i + 1] ?? '') && lowers[i - 1] !== 'such') say(i, 'same');
    // a clause of comparison cut short after its auxiliary: "just as they had in Pyongyang", "as they
    // had done on his arrival there", "as it was in 1994" (a whole clause, "as he was leaving", tells when)
    else if (lowers[i] === 'as' && elidedComparison(tokens, i + 1)) say(i, 'same');
    // ("a far cry from the crowds of the North")
    else if (UNLIKE.test(lowers[i]) || (lowers[i] === 'nothing' && lowers[i + 1] === 'like') || (lowers[i] === 'far' && lowers[i + 1] === 'cry')) say(i, 'unlike');
    // a comparative: "more reserved", "less festive", "cooler than"
    // (of an adjective or a participle used as one: "more reserved")
    else if ((lowers[i] === 'more' || lowers[i] === 'less') && (tokens[i + 1]?.pos === 'ADJ' || (tokens[i + 1]?.pos === 'VERB' && /ed$/.test(lowers[i + 1])))) say(i, 'unlike');
    else if (t.pos === 'ADJ' && /er$/.test(lowers[i]) && t.lemma !== lowers[i] && lowers[i + 1] === 'than') say(i, 'unlike');
  }
  return found;
}
