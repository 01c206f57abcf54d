// Slot extractors: the parts of a claim that can conflict with another claim about the same
// thing — quantities (with hedges, as intervals), dates, office holders, negation, place of
// departure. Each works on one sentence's tokens.
import type { Token } from './nlp.ts';
import { phraseFinder } from './phrases.ts';
import { relationsOf } from './wordnet.ts';
import { EXCLUDING_VERBS, FACTIVE, FEATURING, HEDGES, MONTHS, NEGATION_CUES, NOT_NEGATION, NUMBER_WORDS, OBJECT_PRONOUN, ORDINAL_WORDS, PASSIVE_AUXILIARY, POLITIES, isProspective, REPORTING_VERBS, SCALE_WORDS, WEEKDAYS } from './lexicon.ts';

export interface Quantity {
  low: number;
  high: number;
  /** Canonical key of what is counted ("=agreement", "percent", "anniversary", "visit"). */
  unit: string;
  /** Keys of every noun of a compound unit ("member states": member, state). */
  units: string[];
  /**
   * A standing fact, said in the present ("is one of the 10 members", "has 11 members"), not a
   * count of what one event produced ("signed 11 memorandums"): a later figure updates it.
   */
  standing: boolean;
  /** Keys of the words around the quantity: what it is a quantity of. */
  context: string[];
  /** A share of something named after "of" ("80 percent of imports"), not a rate ("a 46 percent tariff"). */
  shareOf?: boolean;
  /** Said of what is yet to happen, in its clause: "20 documents are being prepared", "will sign 15 deals". */
  prospective?: boolean;
  /** Where the counted noun stands when it is named before the figure ("the number of documents signed … at 15"). */
  countedBefore?: number;
  /** Token index range of the quantity and its unit. */
  from: number;
  to: number;
  text: string;
  ordinal: boolean;
}

const DIGITS = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;
const ORDINAL_DIGITS = /^(\d+)(st|nd|rd|th)$/i;
const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/** The text of tokens [from, to) as written: "two-thirds", not "two - thirds". */
const spanText = (tokens: Token[], from: number, to: number) =>
  tokens.slice(from, to).map((t, k) => (k > 0 && t.start > tokens[from + k - 1].end ? ` ${t.text}` : t.text)).join('');

/** Shares said as fractions: "half of", "a third of", "two-thirds of", "three quarters of". */
const FRACTIONS: Record<string, number> = { half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5 };

const lowerAt = (tokens: Token[], k: number) => tokens[k]?.lower ?? '';

/** A fraction of something at token i, as a percentage ("two-thirds of" is 66.7 percent). */
function fractionAt(tokens: Token[], i: number): { value: number; next: number } | undefined {
  if (lowerAt(tokens, i) === 'half' && lowerAt(tokens, i + 1) === 'of') return { value: 50, next: i + 1 };
  const word = lowerAt(tokens, i);
  const count = word === 'a' ? 1 : Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : undefined;
  if (!count) return undefined;
  const at = lowerAt(tokens, i + 1) === '-' ? i + 2 : i + 1;
  const part = Object.hasOwn(FRACTIONS, lowerAt(tokens, at)) ? FRACTIONS[lowerAt(tokens, at)] : undefined;
  if (!part || lowerAt(tokens, at) === 'half' || lowerAt(tokens, at + 1) !== 'of') return undefined;
  return { value: Math.min(100, count * part * 100), next: at + 1 };
}

/** A whole number at token i, in digits or words ("4", "four"). */
function countAt(tokens: Token[], i: number): number | undefined {
  const word = lowerAt(tokens, i);
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return Object.hasOwn(NUMBER_WORDS, word) && !/^(decades?|dozens?)$/.test(word) ? NUMBER_WORDS[word] : undefined;
}

/** A share said as a ratio, as a percentage: "four out of five", "4 out of every 5", "one in ten", "two of every three". */
function ratioAt(tokens: Token[], i: number): { value: number; next: number } | undefined {
  const count = countAt(tokens, i);
  if (!count) return undefined;
  let k = i + 1;
  if (lowerAt(tokens, k) === 'out' && lowerAt(tokens, k + 1) === 'of') k += 2;
  else if (lowerAt(tokens, k) === 'in') k += 1;
  else if (lowerAt(tokens, k) === 'of' && lowerAt(tokens, k + 1) === 'every') k += 1; // ("two of three" may count things)
  else return undefined;
  if (lowerAt(tokens, k) === 'every') k++;
  const whole = countAt(tokens, k);
  if (!whole || whole <= count || whole > 100) return undefined;
  return { value: (count / whole) * 100, next: k + 1 };
}

function numberAt(tokens: Token[], i: number): { value: number; next: number; ordinal: boolean; approximate: boolean; percent?: boolean } | undefined {
  const ratio = ratioAt(tokens, i);
  if (ratio) return { ...ratio, ordinal: false, approximate: false, percent: true };
  const fraction = fractionAt(tokens, i);
  if (fraction) return { ...fraction, ordinal: false, approximate: false, percent: true };
  const t = tokens[i].lower;
  if (t === 'a' || t === 'an') {
    // "a dozen", "half a dozen" is read at "half"
    const w = tokens[i + 1]?.lower;
    if (w === 'dozen' || w === 'decade') return { value: NUMBER_WORDS[w], next: i + 2, ordinal: false, approximate: w === 'dozen' };
    return undefined;
  }
  // "half a dozen", "a half-dozen agreements" (wink keeps the hyphen apart)
  if (t === 'half' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === '-') && tokens[i + 2]?.lower === 'dozen') return { value: 6, next: i + 3, ordinal: false, approximate: true };
  if (DIGITS.test(t)) {
    const value = Number(t.replace(/,/g, ''));
    return { value, next: i + 1, ordinal: false, approximate: false };
  }
  const ord = ORDINAL_DIGITS.exec(t);
  if (ord) return { value: Number(ord[1]), next: i + 1, ordinal: true, approximate: false };
  if (t in ORDINAL_WORDS) return { value: ORDINAL_WORDS[t], next: i + 1, ordinal: true, approximate: false };
  if (t in NUMBER_WORDS && !['decade', 'decades', 'dozens'].includes(t)) {
    let value = NUMBER_WORDS[t];
    let next = i + 1;
    // "two dozen", "three decades", "twenty-five" (wink keeps the hyphen apart)
    const w = tokens[next]?.lower;
    if (w === 'dozen') return { value: value * 12, next: next + 1, ordinal: false, approximate: true };
    if (w === 'decades' || w === 'decade') return { value: value * 10, next: next + 1, ordinal: false, approximate: false };
    if (w === '-' && tokens[next + 1] && tokens[next + 1].lower in NUMBER_WORDS) {
      value += NUMBER_WORDS[tokens[next + 1].lower];
      next += 2;
    }
    // "seventy-fifth", "thirty-first": an ordinal by its last word
    if (w === '-' && tokens[next + 1] && tokens[next + 1].lower in ORDINAL_WORDS) return { value: value + ORDINAL_WORDS[tokens[next + 1].lower], next: next + 2, ordinal: true, approximate: false };
    if (value === 1 && t === 'one') return undefined; // "one of", "one country": rarely a count worth comparing
    return { value, next, ordinal: false, approximate: false };
  }
  return undefined;
}

const HEDGE_WORDS = HEDGES.map((h) => ({ kind: h.kind, words: h.words.split(' ') }));

/** The hedge right before token i ("some", "more than"), with its words. */
export function hedgeWordsBefore(tokens: Token[], i: number): (typeof HEDGE_WORDS)[number] | undefined {
  for (const h of HEDGE_WORDS) {
    const from = i - h.words.length;
    if (from >= 0 && h.words.every((w, k) => tokens[from + k].lower === w)) return h;
  }
  return undefined;
}

function interval(value: number, hedge: string | undefined, approximate: boolean): [number, number] {
  // (a rough count of a few things spans more of it than a rough large figure: "around a dozen
  // agreements" is 11 as well, "some 90 million people" is not 100 million)
  const spread = value < ROUGH_LARGE ? 0.2 : 0.1;
  if (hedge === 'about' || (approximate && !hedge)) return [value * (1 - spread), value * (1 + spread)];
  if (hedge === 'nearly') return [value * 0.85, value];
  // ("more than 80 percent" is short of 90: one says the highest round figure one can; a figure
  // with no round tens, "over 25", says less)
  const step = roundingStep(value);
  if (hedge === 'over') return [value, step ? value + step * 0.999 : value * 1.5];
  if (hedge === 'under') return [step ? value - step * 0.999 : value * 0.5, value];
  return [value, value];
}

/** The step a round figure is rounded to, up to half of it: 80 → 10, 300 → 100, 1 000 → 500; none for 25. */
function roundingStep(value: number): number | undefined {
  if (!Number.isInteger(value) || value < 10 || value % 10) return undefined;
  let step = 10;
  while (value % (step * 10) === 0) step *= 10;
  return Math.min(step, value / 2);
}

/** From here up a figure is a large one, said roughly to a tenth. */
const ROUGH_LARGE = 1000;

/** A section number, a time stamp or a thread's post count ("3/6"), when it opens a sentence: the outline or a page's stamp, no figure. */
export const OPENING_MARK = /^(\d+(\.\d+)+|\d{1,2}:\d{2}(:\d{2})?|\d{1,2}\/\d{1,2})$/;

/**
 * A lettered section number opening a sentence, "B.4 The two sides adopted …" (an annex's outline,
 * read as a letter with its full stop and a number written on to it): its two tokens mark, not count.
 */
const isLetteredMark = (tokens: readonly Token[], i: number) =>
  i <= 1 && /^\p{Lu}\.$/u.test(tokens[0]?.text ?? '') && /^\d{1,3}$/.test(tokens[1]?.text ?? '') && tokens[1].start === tokens[0].end;

/**
 * A number that marks rather than counts, wherever it stands: in square brackets, "[2]", a
 * reference to a note or source; drawn as a keycap emoji, "1️⃣", a list's item number.
 */
export const isNumberMark = (tokens: readonly Token[], i: number) =>
  /^\d{1,3}$/.test(tokens[i].text) && ((tokens[i - 1]?.text === '[' && tokens[i + 1]?.text === ']') || KEYCAP.test(tokens[i + 1]?.text ?? ''));
/** The combining keycap that draws the digit before it in a box, with its emoji selector. */
const KEYCAP = /^\uFE0F?\u20E3$/u;

/**
 * A token that marks rather than counts: a section's number or a time stamp opening the sentence
 * ("1.2 During the visit …", "B.4 …", "11:40 —"), or a note's or a list item's number anywhere.
 */
export const isMarkAt = (tokens: readonly Token[], i: number) => (i === 0 && OPENING_MARK.test(tokens[0].text)) || isLetteredMark(tokens, i) || isNumberMark(tokens, i);

/**
 * Quantities with their unit. `keyOf` gives a token's matching key (synonym class or stem),
 * so "11 memorandums" and "a dozen agreements" have the same unit.
 */
export function extractQuantities(tokens: Token[], keyOf: (t: Token) => string | undefined, dates: DateMention[] = [], isBody: (t: Token) => boolean = () => false): Quantity[] {
  const dateTokens = new Set(dates.flatMap((d) => Array.from({ length: d.to - d.from }, (_, k) => d.from + k)));
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (isMarkAt(tokens, i)) continue;
    const n = numberAt(tokens, i);
    if (!n) continue;
    let { value } = n;
    let j = n.next;
    // (a scale word may stand after a hyphen: "a 50-billion loan")
    const hyphen = tokens[j]?.lower === '-' ? 1 : 0;
    const scale = tokens[j + hyphen] && SCALE_WORDS[tokens[j + hyphen].lower];
    if (scale && !n.ordinal) {
      value *= scale;
      j += 1 + hyphen;
    }
    // "or so" after a figure makes it a rough one: "ten or so agreements", "a dozen or so"
    const roughly = !n.ordinal && tokens[j]?.lower === 'or' && tokens[j + 1]?.lower === 'so';
    if (roughly) j += 2;
    // Years and days of the month are dates, unless a unit follows ("2,000 tonnes")
    const nextLower = tokens[j]?.lower ?? '';
    if (dateTokens.has(i)) continue;
    // (a year after a determiner qualifies the noun after it: "the 2024 agreements" are that year's)
    const yearOfWhat = /^\d{4}$/.test(tokens[i].text) && /^(the|this|that|its|their|his|her|our|'s|’s)$/.test(tokens[i - 1]?.lower ?? '');
    if (isYear(value) && !n.ordinal && (yearOfWhat || !/^(percent|%|per|people|tonnes|troops|tourists|visitors|passengers|flights|documents|agreements)$/.test(nextLower))) {
      i = j - 1;
      continue;
    }
    // "the two countries", "the two sides": a reference to who, not a count
    if (tokens[i - 1]?.lower === 'the' && value <= 3 && !n.ordinal) {
      i = j - 1;
      continue;
    }
    const hedged = hedgeWordsBefore(tokens, i);
    const hedge = hedged?.kind;
    let unit: string | undefined;
    const units: string[] = [];
    let k = j;
    if (n.percent) {
      unit = 'percent';
    } else if (nextLower === 'percent' || nextLower === '%' || (nextLower === 'per' && tokens[j + 1]?.lower === 'cent')) {
      unit = 'percent';
      k = j + (nextLower === 'per' ? 2 : 1);
    } else if (/^(year|years)$/.test(nextLower) && /^(of|since|after)$/.test(tokens[j + 1]?.lower ?? '') && tokens[i - 1]?.lower !== 'in') {
      unit = 'anniversary'; // "75 years of ties", "a dozen years since", "thirty years after they signed"
      k = j + 1;
    } else if (/^decades?$/.test(tokens[i + 1]?.lower ?? '') && /^(since|of)$/.test(nextLower)) {
      unit = 'anniversary'; // "three decades since the treaty"
    } else {
      // the counted noun: the first noun within three words ("11 cooperation documents")
      for (let m = j; m < Math.min(tokens.length, j + 4); m++) {
        const t = tokens[m];
        if (t.lower === '-' && m === j) continue;
        if (!t.isWord) break;
        // "a three-day visit", "a two-year plan": the number measures the word joined to it
        if (m === j + 1 && tokens[j].lower === '-' && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
          unit = keyOf(t) ?? t.stem;
          units.push(unit);
          k = m + 1;
          break;
        }
        if (t.lower === 'anniversary') {
          unit = 'anniversary';
          k = m + 1;
          break;
        }
        // (a word with an object pronoun after it is a verb: "90 million makes it …")
        if (t.pos === 'NOUN' && OBJECT_PRONOUN.test(tokens[m + 1]?.lower ?? '')) break;
        if (t.pos === 'NOUN' || t.pos === 'PROPN') {
          // "11 cooperation documents": keep going while nouns continue
          let last = m;
          while (tokens[last + 1] && tokens[last + 1].pos === 'NOUN') last++;
          // a word joined by "and" to an adjective is a modifier too ("15 intergovernmental and
          // commercial documents"): what is counted is the noun after them
          if (/^(and|or)$/.test(tokens[last + 1]?.lower ?? '') && tokens[last + 2]?.pos === 'ADJ') {
            let end = last + 2;
            while (tokens[end + 1] && /^(ADJ|NOUN)$/.test(tokens[end + 1].pos)) end++;
            if (tokens[end].pos === 'NOUN') [m, last] = [last + 2, end];
          }
          // so is a list of words the tagger takes for nouns that WordNet knows as none ("15
          // intergovernmental, interdepartmental and corporate documents")
          const head = m === last ? headAfterModifiers(tokens, m) : -1;
          if (head > m) {
            m = head;
            last = head;
            while (tokens[last + 1] && tokens[last + 1].pos === 'NOUN') last++;
          }
          // "the 30th signing anniversary": an anniversary whatever stands before the word
          if (tokens[last].lower === 'anniversary') {
            unit = 'anniversary';
            k = last + 1;
            break;
          }
          unit = keyOf(tokens[last]) ?? tokens[last].stem;
          for (let n = m; n <= last; n++) units.push(keyOf(tokens[n]) ?? tokens[n].stem);
          k = last + 1;
          break;
        }
        // "second and final stop", "11 new cooperation documents"; a participle before a noun
        // qualifies it as an adjective does: "17 signed agreements", "two dozen finished projects"
        const participle = t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing') && /^(NOUN|ADJ)$/.test(tokens[m + 1]?.pos ?? '');
        if (!['ADJ', 'ADV', 'NUM', 'PUNCT'].includes(t.pos) && !['-', 'and', 'or'].includes(t.lower) && !participle) break;
      }
    }
    // a scaled figure with no noun after it measures the noun it is said of, across "of", a copula or
    // a preposition: "a population of some 90 million", "the population is about 90 million", "put the
    // population at 90 million", "the population stands at 90 million"
    const before = i - (hedged?.words.length ?? 0);
    const measured = !unit && scale ? measuredNoun(tokens, before) : -1;
    if (measured >= 0) {
      unit = keyOf(tokens[measured]) ?? tokens[measured].stem;
      k = j;
    }
    // a figure a number is put at counts what the number is of: "put the number of agreements signed at
    // around twenty", "the total of cooperation documents stood at 15"
    const numbered = !unit && tokens[before - 1]?.lower === 'at' ? numberedThing(tokens, before - 1) : -1;
    if (numbered >= 0) {
      unit = keyOf(tokens[numbered]) ?? tokens[numbered].stem;
      units.push(unit);
      k = j;
    }
    // a thing said to turn so many, or so many years, is that old: "the treaty, which turned 25 last year"
    // (not a person: what turns is a thing its owner's phrase names)
    let ownerKeys = (!unit || unit === 'year') && tokens[i - 1]?.lemma === 'turn' && !n.ordinal ? ownerNamedBefore(tokens, i, keyOf) : undefined;
    if (ownerKeys?.length) {
      unit = 'anniversary';
      units.length = 0;
      k = /^years?$/.test(nextLower) ? j + 1 : j;
    }
    if (!unit) {
      i = j - 1;
      continue;
    }
    const context: string[] = [];
    for (let m = k; m < Math.min(tokens.length, k + 7); m++) {
      if (/^[.;:!?]$/.test(tokens[m].text)) break;
      // (a possessor in the phrase says whose the thing is, not what it is: "of the country's arms imports")
      if (/^['’]s$/.test(tokens[m].text) && !tokens.slice(k, m).some((t) => t.pos === 'PUNCT')) {
        context.length = 0;
        continue;
      }
      const key = keyOf(tokens[m]);
      if (key && !key.startsWith('@')) context.push(key);
    }
    const [low, high] = n.ordinal ? [value, value] : interval(value, hedge, n.approximate || roughly);
    if (!units.includes(unit)) units.push(unit);
    // "raises its membership to 11 countries": what is counted is the membership, in members
    // (not members beside whom others are counted: "the ASEAN members and eight partners")
    const lead = tokens.slice(Math.max(0, i - 6), i);
    const membership = lead.some((t, n) => (t.lemma === 'membership' || t.lemma === 'member') && !lead.slice(n + 1).some((w) => w.pos === 'CCONJ'));
    // so are all the states counted with a body named beside them: "all 11 ASEAN governments", "the
    // eleven states of the bloc's" (not some of them: "six Southeast Asian countries")
    const all = /^(the|all|its|their)$/.test(tokens[i - 1]?.lower ?? '');
    const statesOfABody = all && tokens.slice(i, k).some((t) => POLITIES.has(t.lemma)) && [...tokens.slice(i, k), tokens[k + 1], tokens[k + 2]].some((t, n) => !!t && (n < k - i || tokens[k]?.lower === 'of') && !!keyOf(t)?.startsWith('@'));
    // and a body said to be a group of so many states: "makes ASEAN a bloc of eleven states", "ASEAN, now a grouping of 11 countries"
    // (the group is the body's own description: nothing but a comma, "now" or "is" between them, not "met a delegation of 12 states")
    const groupOf = tokens[i - 1]?.lower === 'of' && tokens[i - 2]?.pos === 'NOUN' && /^(a|an)$/.test(tokens[i - 3]?.lower ?? '') && tokens.slice(i, k).some((t) => POLITIES.has(t.lemma));
    const body = groupOf ? tokens.slice(0, i - 3).findLastIndex((t) => !!keyOf(t)?.startsWith('@')) : -1;
    const bodyIsAGroupOf = body >= 0 && tokens.slice(body + 1, i - 3).every((t) => /^(,|now|is|becomes|became|remains|still|then|once)$/.test(t.lower));
    // and so many states a body is said to have, or to be brought to: "ASEAN now has eleven
    // countries", "the bloc unites 11 nations", "takes the bloc to 11 countries"
    const broughtTo = tokens[i - 1]?.lower === 'to' ? tokens.slice(Math.max(0, i - 5), i - 1) : [];
    const heldByABody = tokens.slice(i, k).some((t) => POLITIES.has(t.lemma)) && [subjectOfVerbBefore(tokens, i), ...broughtTo].some((t) => !!t && isBody(t));
    // and the states a body owns, all of them, as it stands: "the bloc's 11 member states", "ASEAN,
    // whose eleven members …" (not some of them: "the bloc's six founding members")
    const owner = /^['’]s$/.test(tokens[i - 1]?.text ?? '') ? tokens[i - 2] : tokens[i - 1]?.lower === 'whose' && tokens[i - 2]?.text === ',' ? tokens[i - 3] : undefined;
    const ownedByABody = !!owner && isBody(owner) && tokens.slice(n.next, k).every((t) => t.pos === 'PROPN' || t.lemma === 'member' || POLITIES.has(t.lemma));
    // and the members a body is left with, or is said to be with as the sentence opens, all of them
    // as it stands: "leaves ASEAN with eleven member states.", "With eleven members, ASEAN …"; not
    // those said to be there, which are some of them: "met ASEAN with six member states present"
    const ofMembers = tokens.slice(i, k).some((t) => t.lemma === 'member' || POLITIES.has(t.lemma));
    const phraseEnds = !tokens[k] || tokens[k].pos === 'PUNCT' || (tokens[k].lower === 'now' && (!tokens[k + 1] || tokens[k + 1].pos === 'PUNCT'));
    const leftWith = !!tokens[i - 2] && isBody(tokens[i - 2]) && tokens[i - 3]?.lemma === 'leave';
    const bodyAfter = i === 1 && tokens.slice(k, k + 8).some(isBody);
    const withABody = ofMembers && phraseEnds && tokens[i - 1]?.lower === 'with' && (leftWith || bodyAfter);
    if ((membership || statesOfABody || bodyIsAGroupOf || heldByABody || ownedByABody || withABody) && !units.includes('member')) units.push('member');
    // all of a body's members, counted whatever the tense, are how many it has: "met all eleven member states"
    const allMembers = all && tokens[i - 1]?.lower !== 'the' && units.includes('member');
    // (an anniversary with no "of" after it is its owner's, named before it: "the treaty, whose 25th anniversary …")
    if (unit === 'anniversary' && tokens[k]?.lower !== 'of') context.unshift(...(ownerKeys ??= ownerNamedBefore(tokens, i, keyOf)));
    // (a share named before its figure is of what it names: "Russia's share of Vietnam's arms imports … at 60 per cent")
    const named = unit === 'percent' && tokens[k]?.lower !== 'of' ? shareNamedBefore(tokens, i, keyOf) : undefined;
    if (named) context.unshift(...named);
    const shareOf = unit === 'percent' && (tokens[k]?.lower === 'of' || !!named);
    const prospective = yetToHappen(tokens, i, k);
    // (so is a body described as such a group, not as it once was: "ASEAN, then a bloc of six states")
    const describedNow = bodyIsAGroupOf && !tokens.slice(body + 1, i - 3).some((t) => /^(then|once|became)$/.test(t.lower));
    out.push({ low, high, unit, units, standing: allMembers || describedNow || ownedByABody || withABody || saidInPresent(tokens, i), context, from: i, to: k, text: spanText(tokens, i, k), ordinal: n.ordinal, ...(shareOf ? { shareOf } : {}), ...(prospective ? { prospective } : {}), ...(numbered >= 0 ? { countedBefore: numbered } : {}) });
    i = k - 1;
  }
  return out;
}

/** A word that names a kind of thing in WordNet: a noun, with a hypernym; adjectives have none. */
const isWordNetNoun = (t: Token) => relationsOf(t.lemma).hypernyms.length > 0;
/** How many words a list of modifiers before the counted noun may take. */
const MODIFIER_LIST_REACH = 8;

/**
 * The noun after a list of modifiers starting at `m`, joined by commas and "and"/"or" — adjectives,
 * and words tagged as nouns that WordNet does not know as nouns ("intergovernmental",
 * "interagency"); -1 when `m` is no such modifier or no noun ends the list.
 */
function headAfterModifiers(tokens: Token[], m: number): number {
  const modifier = (t: Token | undefined) => !!t && (t.pos === 'ADJ' || (t.pos === 'NOUN' && !isWordNetNoun(t)));
  if (!modifier(tokens[m]) || !/^(,|and|or)$/.test(tokens[m + 1]?.lower ?? '')) return -1;
  let joined = false;
  for (let k = m + 1; k < Math.min(tokens.length, m + MODIFIER_LIST_REACH); k++) {
    const w = tokens[k].lower;
    if (w === ',' || w === 'and' || w === 'or') {
      joined ||= w !== ',';
      continue;
    }
    if (!joined) {
      if (!modifier(tokens[k])) return -1;
      continue;
    }
    // after the last "and": its modifiers, then the noun counted
    if (tokens[k].pos === 'NOUN' && isWordNetNoun(tokens[k])) return k;
    if (!modifier(tokens[k])) return -1;
  }
  return -1;
}

/** The keys of what "share of" before a figure names, up to the next break: "share of Vietnam's arms imports". */
function shareNamedBefore(tokens: Token[], i: number, keyOf: (t: Token) => string | undefined): string[] | undefined {
  const at = tokens.slice(0, i).findLastIndex((t, k) => t.lemma === 'share' && tokens[k + 1]?.lower === 'of');
  if (at < 0) return undefined;
  const keys: string[] = [];
  for (let m = at + 2; m < i && !/^[,;:.()]$/.test(tokens[m].text) && !/^\d/.test(tokens[m].lower); m++) {
    const key = keyOf(tokens[m]);
    if (key && !key.startsWith('@')) keys.push(key);
  }
  return keys.length ? keys.reverse() : undefined;
}

/**
 * The keys of what owns the thing counted at token i, named before it: the possessor ("the
 * treaty's 30th anniversary"), the phrase a "whose" follows ("the 1994 treaty, whose 25th
 * anniversary"), or what "its" or "their" stands for, the subject of the clause ("the treaty had
 * marked its 25th anniversary", "the treaty, which marked its 25th").
 */
function ownerNamedBefore(tokens: Token[], i: number, keyOf: (t: Token) => string | undefined): string[] {
  const word = tokens[i - 1]?.lower ?? '';
  const possessor = /^['’]s$/.test(word);
  // (a thing's age is its subject's, as "its" is: "the treaty turned 25")
  const subjects = /^(its|their)$/.test(word) || tokens[i - 1]?.lemma === 'turn';
  const clauseStart = tokens.slice(0, i - 1).findLastIndex((t) => /^[,;:(]$/.test(t.text)) + 1;
  const relative = /^(which|that)$/.test(tokens[clauseStart]?.lower ?? '');
  let from: number;
  let to: number;
  if (possessor || ((word === 'whose' || relative) && tokens[clauseStart - 1]?.text === ',')) {
    // the phrase that ends just before: back to a verb or a clause's edge
    to = possessor ? i - 1 : clauseStart - 1;
    from = to;
    while (from > 0 && !endsClause(tokens[from - 1]) && !/^(VERB|AUX|PRON)$/.test(tokens[from - 1].pos)) from--;
  } else if (subjects) {
    // the clause's subject: from its start to its first verb
    from = clauseStart;
    to = tokens.slice(from, i - 1).findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    to = to < 0 ? i - 1 : from + to;
  } else return [];
  return tokens.slice(from, to).flatMap((t) => {
    const key = keyOf(t);
    return key && !key.startsWith('@') ? [key] : [];
  });
}

const endsClause = (t: Token | undefined) => !t || /^[,;:.!?()]$/.test(t.text);
// ("officials say 20 documents …": a reporting verb is not the count's)
const isCountsVerb = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && !REPORTING_VERBS.has(t.lemma);

/**
 * Is the count at tokens [from, to) said of what is yet to happen? Its verb says: the verb before
 * it in its clause ("will sign 15 deals", "plan to sign"), or, for a count that is the subject, the
 * verb after it ("20 documents are being prepared"). ("signed 15 documents aimed at …" is done.)
 */
function yetToHappen(tokens: Token[], from: number, to: number): boolean {
  const before: Token[] = [];
  for (let k = from - 1; !endsClause(tokens[k]); k--) before.unshift(tokens[k]);
  if (before.some(isCountsVerb)) return before.some(isProspective);
  for (let k = to; !endsClause(tokens[k]); k++) {
    if (isProspective(tokens[k])) return true;
    if (tokens[k].pos === 'VERB') return false;
  }
  return false;
}

/** Present-tense forms that state what is so now: "is one of the 10 members", "now counts 11". */
const PRESENT_STATE = /^(is|are|has|have|remains|remain|counts|count|numbers|number|totals|total|comprises|comprise|includes|include|unites|unite|makes|make|stands|stand)$/;

/** Verbs that bring a thing to a new level ("takes the bloc to 11 members"), or say what it amounts to ("the roll runs to 11 states"). */
const CHANGE_TO = new Set(['take', 'bring', 'raise', 'lift', 'push', 'run', 'amount', 'come']);

/**
 * The subject of the verb a count is the object of, the verb right before it past adverbs and
 * determiners ("has all eleven"), the subject right before the verb past adverbs ("ASEAN now has").
 */
function subjectOfVerbBefore(tokens: Token[], i: number): Token | undefined {
  let verb = i - 1;
  while (verb >= 0 && /^(ADV|DET)$/.test(tokens[verb].pos)) verb--;
  if (verb < 0 || !/^(VERB|AUX)$/.test(tokens[verb].pos)) return undefined;
  let subject = verb - 1;
  while (subject >= 0 && tokens[subject].pos === 'ADV') subject--;
  return tokens[subject];
}

/** Is the count at token i said as it stands now: in the present tense of being or having, or as a level reached? */
function saidInPresent(tokens: Token[], i: number): boolean {
  // "an 11-member bloc", "the eleven-member organisation": a body described as it stands
  if (tokens[i + 1]?.lower === '-' && /^members?$/.test(tokens[i + 2]?.lower ?? '')) return true;
  // "takes ASEAN to 11 members", "raised its membership to 11": the level a change arrives at
  // (a verb right before "to" is one, whatever the tagger says: "the roll amounts to 11")
  if (tokens[i - 1]?.lower === 'to' && CHANGE_TO.has(tokens[i - 2]?.lemma ?? '')) return true;
  if (tokens[i - 1]?.lower === 'to' && tokens.slice(Math.max(0, i - 7), i - 1).some((t) => t.pos === 'VERB' && (CHANGE_TO.has(t.lemma) || relationsOf(t.lemma).direction))) return true;
  // "Vietnam, one of ASEAN's nine member states, …": a name described, in an aside, as one of so many, as it stands
  // (or "now one of", as it has come to stand: "Vietnam, now one of eleven ASEAN member states")
  for (let one = Math.max(1, i - 5); one < i - 1; one++) {
    const aside = tokens[one - 1].lower === 'now' ? one - 1 : one;
    if (tokens[one].lower === 'one' && tokens[one + 1].lower === 'of' && tokens[aside - 1]?.text === ',' && tokens[aside - 2]?.pos === 'PROPN') return true;
  }
  const isVerb = (k: number) => tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX';
  // (a verb of state in the present, not an auxiliary before another verb: "have signed")
  // (or one of gathering, "brings together")
  const isPresentState = (k: number) => (PRESENT_STATE.test(tokens[k].lower) || (/s$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'together')) && tokens[k + 1]?.pos !== 'VERB';
  for (let k = i - 1; k >= 0; k--) if (isVerb(k)) return isPresentState(k);
  // a count that is its clause's subject takes the verb after it: "the bloc's 11 states now have …"
  for (let k = i + 1; k < Math.min(tokens.length, i + 7) && !/^[,;:.]$/.test(tokens[k].text); k++) if (isVerb(k)) return isPresentState(k);
  return false;
}

/** English's abbreviations of the months ("Jun 20", "20 Sept 2024"), as papers print dates. */
const MONTH_ABBREVIATIONS = new Map(MONTHS.map((m, k) => [m.slice(0, 3), k + 1] as const).concat([['sept', 9]]));

/**
 * "May" is a month when it reads like one: "in May", "May 2025", "10 May", "May 10"; so is a
 * month's abbreviation, capitalised, beside a day or a year: "(Jun 20)", "20 Sept 2024".
 */
export function isMonthAt(tokens: Token[], i: number): number {
  // ("mid-July" as one word: a part of the month joined to it)
  const joined = JOINED_PART.exec(tokens[i].lower);
  if (joined) return MONTHS.indexOf(joined[2]) + 1;
  const month = MONTHS.indexOf(tokens[i].lower) + 1;
  if (!month) {
    const abbreviated = /^\p{Lu}\p{Ll}{2,3}\.?$/u.test(tokens[i].text) ? (MONTH_ABBREVIATIONS.get(tokens[i].lower.replace(/\.$/, '')) ?? 0) : 0;
    const next = tokens[i + 1]?.text === '.' ? tokens[i + 2] : tokens[i + 1];
    return abbreviated && (/^\d{1,2}$/.test(tokens[i - 1]?.lower ?? '') || /^\d{1,4}$/.test(next?.lower ?? '')) ? abbreviated : 0;
  }
  if (month !== 5) return month;
  if (tokens[i].text !== 'May') return 0;
  const before = tokens[i - 1]?.lower ?? '';
  const after = tokens[i + 1]?.lower ?? '';
  return /^(in|of|since|early|late|mid|last|next|this|until|from|by)$/.test(before) || /^\d/.test(before) || /^\d/.test(after) ? 5 : 0;
}

/** A part of the month and the month in one word: "mid-july", "early-june". */
const JOINED_PART = new RegExp(`^(early|mid|late)-(${MONTHS.join('|')})$`);

export interface DateMention {
  /** Days of the month, with the month (1-12); empty when only a weekday is given. */
  days: number[];
  month?: number;
  year?: number;
  weekdays: string[];
  /** A part of the month said instead of days ("early June"): its days are a range, any of which agrees. */
  part?: string;
  /** A decade said alone ("in the 1920s", "the mid-1940s"): its first year. */
  decade?: number;
  /** Token range, to find what the date belongs to. */
  from: number;
  to: number;
}

/** The year a month said without one falls in: the last such month up to a month after the text's date ("in September", said in June, is last September). */
export const yearOfMonth = (month: number, pubYear: number, pubMonth: number) => (month > pubMonth + 1 ? pubYear - 1 : pubYear);

/** The days "early", "mid" and "late" a month stand for. */
const PARTS_OF_MONTH: Record<string, [number, number]> = { early: [1, 10], mid: [10, 20], late: [20, 30] };

/** A decade in figures: "1920s", "mid-1940s" (not "the '30s"). */
const DECADE = /^(?:(?:early|mid|late)-)?((?:1[6-9]|20)\d0)s$/;

/** A date in figures, day and month (or month and day) and perhaps the year: "20/6", "20/06/2024". */
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/;

/** Dates like "19-20 June", "June 19-20", "20 and 21 June", "Thursday, 20th June, 2024", "20/6", "Tuesday". */
export function extractDates(tokens: Token[]): DateMention[] {
  const out: DateMention[] = [];
  const dayNumber = (t?: Token) => {
    if (!t) return undefined;
    const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.lower);
    const n = m ? Number(m[1]) : NaN;
    return n >= 1 && n <= 31 ? n : undefined;
  };
  // an ordinal day "of" the month: "the 20th of June", "the twentieth of June"
  const ordinalDay = (t?: Token) => (t && /^\d{1,2}(st|nd|rd|th)$/.test(t.lower) ? dayNumber(t) : t && t.lower in ORDINAL_WORDS && ORDINAL_WORDS[t.lower] <= 31 ? ORDINAL_WORDS[t.lower] : undefined);
  for (let i = 0; i < tokens.length; i++) {
    const month = isMonthAt(tokens, i);
    if (!month) continue;
    const days: number[] = [];
    let from = i;
    let to = i + 1;
    // days before the month: "19-20 June", "20 and 21 June", "20th June", "the 20th and 21st of June"
    const ofMonth = tokens[i - 1]?.lower === 'of' && ordinalDay(tokens[i - 2]) !== undefined;
    let b = ofMonth ? i - 2 : i - 1;
    while (b >= 0) {
      const d = ofMonth ? ordinalDay(tokens[b]) : dayNumber(tokens[b]);
      if (d !== undefined) {
        days.unshift(d);
        from = b;
        b--;
      } else if (['-', '–', 'and', 'to', ',', 'or'].includes(tokens[b].lower) && (ofMonth ? ordinalDay(tokens[b - 1]) : dayNumber(tokens[b - 1])) !== undefined) b--;
      else break;
    }
    // "19-20" may be one token, before or after the month
    const span = /^\d{1,2}[-–]\d{1,2}$/;
    if (!days.length && span.test(tokens[i - 1]?.lower ?? '')) {
      days.push(...tokens[i - 1].lower.split(/[-–]/).map(Number));
      from = i - 1;
    } else if (!days.length && span.test(tokens[i + 1]?.lower ?? '')) {
      days.push(...tokens[i + 1].lower.split(/[-–]/).map(Number));
      to = i + 2;
    }
    // days after the month: "June 19-20", "June 20"
    if (!days.length) {
      let a = i + 1;
      while (a < tokens.length) {
        const d = dayNumber(tokens[a]);
        if (d !== undefined) {
          days.push(d);
          to = a + 1;
          a++;
        } else if (['-', '–', 'and', 'to'].includes(tokens[a].lower) && dayNumber(tokens[a + 1]) !== undefined) a++;
        else break;
      }
    }
    // "early June", "mid-June", "late June": a third of the month, overlapping at the edges
    const partAt = tokens[i - 1]?.lower === '-' ? i - 2 : i - 1;
    const joined = JOINED_PART.exec(tokens[i].lower)?.[1];
    const before = joined ?? tokens[partAt]?.lower;
    const part = !days.length && before && Object.hasOwn(PARTS_OF_MONTH, before) ? before : undefined;
    if (part) {
      const [first, last] = PARTS_OF_MONTH[part];
      days.push(...Array.from({ length: last - first + 1 }, (_, k) => first + k));
      if (!joined) from = partAt;
    }
    let year: number | undefined;
    for (let a = to; a < Math.min(tokens.length, to + 2); a++) {
      if (/^\d{4}$/.test(tokens[a].lower)) {
        year = Number(tokens[a].lower);
        to = a + 1;
        break;
      }
      if (tokens[a].lower !== ',') break;
    }
    if (days.length > 1 && days.length === 2 && days[1] > days[0] + 1) {
      // "8 to 10 September": fill the range
      const [s, e] = days;
      days.splice(0, 2, ...Array.from({ length: e - s + 1 }, (_, k) => s + k));
    }
    const weekdays: string[] = [];
    for (let a = Math.max(0, from - 3); a < from; a++) if (WEEKDAYS.includes(tokens[a].lower)) weekdays.push(tokens[a].lower);
    out.push({ days, month, year, weekdays, ...(part ? { part } : {}), from: Math.max(0, from - weekdays.length * 2), to });
  }
  // dates in figures: "20/6", "19 and 20/6", "20/06/2024"; day first, or month first where the
  // second figure can only be a day ("6/20"); "5/6", either way round, is left unread
  for (let i = 0; i < tokens.length; i++) {
    const m = NUMERIC_DATE.exec(tokens[i].lower);
    if (!m || tokens[i].lower === '24/7') continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [day, month] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : [0, 0];
    if (!month || day > 31) continue;
    const year = m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : undefined;
    const days = [day];
    let from = i;
    for (let k = i - 1; k >= 0; k--) {
      const d = dayNumber(tokens[k]);
      if (d !== undefined) {
        days.unshift(d);
        from = k;
      } else if (!['-', '–', 'and', 'to', ','].includes(tokens[k].lower) || dayNumber(tokens[k - 1]) === undefined) break;
    }
    const weekdays = tokens.slice(Math.max(0, from - 3), from).filter((t) => WEEKDAYS.includes(t.lower)).map((t) => t.lower);
    out.push({ days, month, year, weekdays, from, to: i + 1 });
  }
  // decades: "in the 1920s", "by the mid-1940s"
  tokens.forEach((t, i) => {
    const m = DECADE.exec(t.lower);
    if (m) out.push({ days: [], weekdays: [], decade: Number(m[1]), from: i, to: i + 1 });
  });
  // weekdays on their own
  for (let i = 0; i < tokens.length; i++) {
    if (!WEEKDAYS.includes(tokens[i].lower)) continue;
    if (out.some((d) => i >= d.from && i < d.to + 1)) continue;
    out.push({ days: [], weekdays: [tokens[i].lower], from: i, to: i + 1 });
  }
  return out;
}

export interface TimeAnchor {
  year?: number;
  month?: number;
  /** Token position. */
  at: number;
  /** The text gives the year ("June 2024", "last year", "in 2025"), rather than it being inferred. */
  told: boolean;
}

/**
 * The year an anniversary is said to fall in: the first year given after it in its clause,
 * before the next anniversary ("the 20th anniversary of the pact and the 60th anniversary of
 * ties next year": the 60th's), or none.
 */
export function anniversaryYear(q: Quantity, quantities: readonly Quantity[], anchors: readonly TimeAnchor[], tokens: readonly Token[]): number | undefined {
  const next = quantities.find((o) => o.unit === 'anniversary' && o.from > q.from)?.from ?? Infinity;
  // (within its clause: "… 75 years of ties, it is worth recalling the talks in June last year";
  // a relative clause on it is its own: "…, which falls in 2026")
  const clauseEnd = tokens.findIndex((t, i) => i >= q.to && (/^[;:]$/.test(t.text) || (t.text === ',' && !/^(which|that)$/.test(tokens[i + 1]?.lower ?? ''))));
  const end = Math.min(next, clauseEnd < 0 ? Infinity : clauseEnd);
  return anchors.find((a) => a.told && a.at >= q.to && a.at < end)?.year;
}

/**
 * The year a weekday gives a date said without one: "on Friday, June 21", said in 2025, is of 2024,
 * the year June 21 was a Friday. Of the guessed year and the one before it, the one whose date
 * falls on the weekday; undefined when there is no weekday and day, or neither year fits.
 */
function yearOfWeekday(tokens: Token[], monthAt: number, month: number, guessed: number): number | undefined {
  const near = tokens.slice(Math.max(0, monthAt - 4), monthAt + 3).map((t) => t.lower);
  const weekday = WEEKDAYS.findIndex((w) => near.includes(w));
  const day = Number([tokens[monthAt + 1], tokens[monthAt - 1]].map((t) => ORDINAL_DIGITS.exec(t?.lower ?? '')?.[1] ?? (/^\d{1,2}$/.test(t?.lower ?? '') ? t!.lower : undefined)).find((d) => d));
  if (weekday < 0 || !day) return undefined;
  const falls = (year: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday;
  return [guessed, guessed - 1].find(falls);
}

/** Words opening a phrase that names when a span of time began: "since the summit in 2017". */
const SPAN_STARTS = new Set(['since']);
/** Words a phrase may run back over to its opening word: no verb, no clause's punctuation. */
const PHRASE_REACH = 8;

/** Is the token at i inside a phrase one of `openers` opens, within a few words and no verb or comma back? */
function inPhraseOpenedBy(tokens: Token[], i: number, openers: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= Math.max(0, i - PHRASE_REACH); k--) {
    if (openers.has(tokens[k].lower)) return true;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || /^[,;:.()—–]$/.test(tokens[k].text)) return false;
  }
  return false;
}

/**
 * Years and months a sentence places itself in: "in May", "in 2025", "last October". A month said
 * without a year is in `narrativeYear`, the year the paragraph has been telling of, when given
 * ("… in June 2024. He landed on June 18"), else the last such month before the text's date.
 */
export function extractTimeAnchors(tokens: Token[], published: Date | undefined, narrativeYear?: number): TimeAnchor[] {
  const anchors: TimeAnchor[] = [];
  const pubYear = published?.getUTCFullYear();
  const pubMonth = published ? published.getUTCMonth() + 1 : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].lower;
    const month = isMonthAt(tokens, i);
    if (month) {
      let year: number | undefined;
      for (let a = i + 1; a < Math.min(tokens.length, i + 5); a++) {
        if (/^\d{4}$/.test(tokens[a].lower)) {
          year = Number(tokens[a].lower);
          break;
        }
      }
      const before = tokens[i - 1]?.lower;
      // ("June last year", "June of last year")
      const next = tokens[i + 1]?.lower === 'of' ? i + 2 : i + 1;
      const following = `${tokens[next]?.lower} ${tokens[next + 1]?.lower}`;
      if (!year && pubYear !== undefined && pubMonth !== undefined) {
        if (following === 'last year') year = pubYear - 1;
        else if (following === 'this year') year = pubYear;
        else if (following === 'next year') year = pubYear + 1;
        else if (before === 'last') year = month >= pubMonth ? pubYear - 1 : pubYear;
        else if (before === 'next') year = month <= pubMonth ? pubYear + 1 : pubYear;
        else {
          const guessed = narrativeYear ?? yearOfMonth(month, pubYear, pubMonth);
          anchors.push({ year: yearOfWeekday(tokens, i, month, guessed) ?? guessed, month, told: false, at: i });
          continue;
        }
      }
      anchors.push({ year, month, told: true, at: i });
      continue;
    }
    if (/^\d{4}$/.test(t) && isYear(Number(t)) && !MONTHS.includes(tokens[i - 1]?.lower ?? '') && !/^\d/.test(tokens[i - 1]?.lower ?? '')) {
      // "between 1995 and 2023", "since 2012": a span of years is background, not an anchor
      const before = tokens[i - 1]?.lower;
      if (before === 'since' || before === 'between' || before === 'and' || before === 'to' || before === 'until' || before === 'by') continue;
      // (as is the year of an event a span runs from: "his first trip since the APEC summit in Da Nang in 2017")
      if (inPhraseOpenedBy(tokens, i, SPAN_STARTS)) continue;
      anchors.push({ year: Number(t), told: true, at: i });
    }
    if (pubYear !== undefined && (t === 'year' || t === 'month')) {
      const before = tokens[i - 1]?.lower;
      if (t === 'year' && before === 'last') anchors.push({ year: pubYear - 1, told: true, at: i });
      if (t === 'year' && before === 'this') anchors.push({ year: pubYear, told: true, at: i });
      if (t === 'year' && before === 'next') anchors.push({ year: pubYear + 1, told: true, at: i });
    }
    // "a year ago", "two years ago": the year counted back from the article's
    if (pubYear !== undefined && /^years?$/.test(t) && tokens[i + 1]?.lower === 'ago') {
      // (nothing before it counts them in "Years ago, …")
      const back = tokens[i - 1]?.lower === 'a' ? 1 : i > 0 ? numberAt(tokens, i - 1)?.value : undefined;
      if (back !== undefined && back >= 1 && back < 100) anchors.push({ year: pubYear - back, told: true, at: i });
    }
  }
  // A list of bare years ("visits in 2001, 2006 and 2013") is history, not the time of the claim
  // (years said by their distance from now, "this year … next year", are no such list).
  const bareYears = anchors.filter((a) => a.month === undefined && /^\d{4}$/.test(tokens[a.at].lower)).length;
  return bareYears >= 2 ? anchors.filter((a) => a.month !== undefined) : anchors;
}

const splitWords = (phrase: string) => phrase.split(' ');
const EXCLUDING = new Set(EXCLUDING_VERBS);
const isExcluding = (cue: string[]) => EXCLUDING.has(cue.join(' '));
const negationPhraseAt = phraseFinder(NEGATION_CUES.map(splitWords), (c) => c);
/** A negation cue, also a phrasal one with an adverb after its verb: "stopped well short of", "steered well clear of". */
function negationCueAt(tokens: Token[], lowers: string[], i: number): string[] | undefined {
  const cue = negationPhraseAt(lowers, i);
  if (cue || tokens[i + 1]?.pos !== 'ADV' || tokens[i].pos !== 'VERB') return cue;
  const phrasal = negationPhraseAt([lowers[i], ...lowers.slice(i + 2, i + 5)], 0);
  return phrasal && phrasal.length >= 3 ? [phrasal[0], lowers[i + 1], ...phrasal.slice(1)] : undefined;
}
const notNegationAt = phraseFinder(NOT_NEGATION.map(splitWords), (c) => c);

/** The parts of a stretch of time a phrase may put a thing at: "at the end of", "by the close of". */
const TIME_FRAMES = /^(end|close|conclusion|start|beginning|outset|height)$/;
/** A phrase of the time a thing happened in: "during …", "at the end of …", "at the close of …". */
const opensTimeFrame = (lowers: readonly string[], k: number) =>
  lowers[k] === 'during' || (/^(at|by|towards?)$/.test(lowers[k]) && lowers[k + 1] === 'the' && TIME_FRAMES.test(lowers[k + 2] ?? '') && lowers[k + 3] === 'of');

const SCOPE_ENDS = new Set(['but', 'although', 'though', 'while', 'whereas', 'yet', 'when', 'because', 'after', 'before', 'since', 'until', 'if', 'whether', 'unless', 'which', 'who', 'whom', 'whose', 'where']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** A relative clause without "that": a noun, then a subject pronoun and its verb ("the pact he had signed"). */
const opensContactClause = (tokens: Token[], k: number) =>
  k > 0 && tokens[k - 1].pos === 'NOUN' && SUBJECT_PRONOUNS.has(tokens[k].lower) && (tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'VERB');

/** A word likening one thing to another: "like" (not the verb), "resembling", "akin to", "similar to". */
const opensComparison = (t: Token) =>
  (t.lower === 'like' && t.pos !== 'VERB') || t.lower === 'unlike' || t.lemma === 'resemble' || t.lower === 'akin' || t.lower === 'similar' || t.lower === 'comparable';

/** A relative clause cut down to its participle: a noun, then "seen in", "signed with" ("the crowds seen in Pyongyang"). */
const opensReducedRelative = (tokens: Token[], k: number) =>
  k > 0 && tokens[k - 1].pos === 'NOUN' && tokens[k].pos === 'VERB' && tokens[k].lemma !== tokens[k].lower && /(ed|en|wn|ne)$/.test(tokens[k].lower) && tokens[k + 1]?.pos === 'ADP';

/**
 * "Without" before a deed done to something denies the deed: "ended without issuing a joint
 * statement", "flew home without ever meeting him". A deed with no object is a manner, not a
 * denial: "bend without breaking".
 */
function withoutDoingAt(tokens: Token[], i: number): string[] | undefined {
  if (tokens[i].lower !== 'without') return undefined;
  const k = /^(ever|even)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  const deed = tokens[k];
  const object = tokens[k + 1];
  if (deed?.pos !== 'VERB' || !/ing$/.test(deed.lower) || !object || !/^(DET|PRON|NOUN|PROPN|ADJ|NUM)$/.test(object.pos)) return undefined;
  return tokens.slice(i, k).map((t) => t.lower);
}

/**
 * Leaving a standing denies it from then on: "ceased to be its main supplier", "stopped being the
 * largest", "lost its place as (its) top supplier".
 */
function leftStandingAt(tokens: Token[], i: number): string[] | undefined {
  const cueUpTo = (end: number) => tokens.slice(i, end).map((t) => t.lower);
  const { lemma } = tokens[i];
  if ((lemma === 'cease' || lemma === 'stop') && tokens[i + 1]?.lower === 'being') return cueUpTo(i + 2);
  if (lemma === 'cease' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'be') return cueUpTo(i + 3);
  if (lemma !== 'lose' || !/^(its|his|her|their|the)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
  // (past the words describing the place: "its long-held place as")
  let noun = i + 2;
  while (noun < i + 5 && tokens[noun] && tokens[noun].pos !== 'NOUN' && (/^(ADJ|ADV|VERB)$/.test(tokens[noun].pos) || tokens[noun].text === '-')) noun++;
  return tokens[noun]?.pos === 'NOUN' && tokens[noun + 1]?.lower === 'as' ? cueUpTo(noun + 2) : undefined;
}

/** "Too ill to receive him", "too busy to attend": what one is too much of something to do, one does not do. */
const tooMuchToAt = (tokens: Token[], i: number) =>
  tokens[i].lower === 'too' && tokens[i + 1]?.pos === 'ADJ' && tokens[i + 2]?.lower === 'to' && tokens[i + 3]?.pos === 'VERB' ? tokens.slice(i, i + 3).map((t) => t.lower) : undefined;

/** Words after which a clause begins: a negative subject may stand there. */
const CLAUSE_OPENERS = /^([,;:]|and|but|that|which|who|whom|where|when|while|as|because|although|though)$/;

/**
 * "There was no talk of defence", "there has been no joint statement": "no" after "there" and a
 * form of "be" denies what follows. ("There is no place for blocs" says where blocs stand, not
 * that something did not happen.)
 */
function existentialNoAt(tokens: Token[], i: number): string[] | undefined {
  if (tokens[i].lower !== 'no') return undefined;
  const lowers = tokens.slice(Math.max(0, i - 3), i + 6).map((t) => t.lower);
  const at = Math.min(i, 3);
  if (lowers[at] !== 'no' || !/^(NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? '') || lowers.slice(at + 1).some((w) => /^(place|room|doubt|secret|need)$/.test(w))) return undefined;
  return lowers.slice(0, at).includes('there') && /^(is|are|was|were|be|been)$/.test(lowers[at - 1] ?? '') ? ['no'] : undefined;
}

/**
 * "Made no mention of defence", "offered no hint of it", "gave no sign that …": "no" as the object
 * of a verb, before a noun of saying, denies that what follows was said, as "did not mention" does.
 * The noun's position, or undefined.
 */
function saidNothingAt(tokens: Token[], i: number): number | undefined {
  return tokens[i].lower === 'no' && tokens[i - 1]?.pos === 'VERB' ? nounOfSayingAfter(tokens, i + 1) : undefined;
}

/** A noun of saying right after a denial, past "any" and adjectives: "steered clear of any mention", "without a public reference". */
function nounOfSayingAfter(tokens: Token[], k: number): number | undefined {
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ') k++;
  return tokens[k]?.pos === 'NOUN' && isWordOfSaying(tokens[k].lemma) ? k : undefined;
}

/** A word of saying: a verb WordNet classes as communication, or a noun derived from one ("mention", "hint", "indication"). */
export const isWordOfSaying = (lemma: string) => {
  const r = relationsOf(lemma);
  return r.verbClass === 'communication' || r.derivations.some((d) => relationsOf(d).verbClass === 'communication');
};

/**
 * "No agreement was signed", "no nuclear deal has been reached", "no such meeting took place": "no"
 * opening a clause's subject, its verb passive, perfect or past, denies what the clause says. ("No place for blocs", "no doubt"
 * elsewhere in a sentence are no such denial.)
 */
function negativeSubjectAt(tokens: Token[], i: number): string[] | undefined {
  if (tokens[i].lower !== 'no' || (i > 0 && !CLAUSE_OPENERS.test(tokens[i - 1].lower))) return undefined;
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 6); k++) {
    if (/^[,;:.]$/.test(tokens[k].text)) return undefined;
    if (/^(was|were|is|are|has|have|had)$/.test(tokens[k].lower)) {
      const next = tokens[k + 1]?.lower === 'been' ? tokens[k + 2] : tokens[k + 1];
      return next?.pos === 'VERB' ? ['no'] : undefined;
    }
    // or in the simple past: "no such meeting took place", "no deal emerged" (not a participle in a
    // phrase: "no room for armed camps")
    if (k > i + 1 && tokens[k].pos === 'VERB' && tokens[k].lower !== tokens[k].lemma && !tokens[k].lower.endsWith('ing') && tokens[k - 1].pos !== 'ADP') return /^(place|room|doubt|need)$/.test(tokens[i + 1]?.lower ?? '') ? undefined : ['no'];
  }
  return undefined;
}

/** "Defence barely featured", "hardly came up": an adverb of almost not, before its verb, denies it (not "barely three months later"). */
const nearlyNotAt = (tokens: Token[], i: number) => (/^(barely|hardly|scarcely)$/.test(tokens[i].lower) && tokens[i + 1]?.pos === 'VERB' ? [tokens[i].lower] : undefined);

export interface NegationScope {
  /** Token indexes the negation covers. */
  tokens: Set<number>;
  /**
   * The sentence denies, whatever its negation covers ("abstained when the UN voted" covers
   * nothing); a denial of a denial ("did not abstain") does not.
   */
  denies: boolean;
  /**
   * What it denies, a thing with "the" and a relative clause, is said to have been elsewhere: "not
   * the cheering crowds Putin had enjoyed a day earlier", "not the support that Kim had voiced".
   */
  presupposes: boolean;
  /** Token positions of the words of saying a denial of saying is told in: "made no mention", "did not mention". */
  saying: Set<number>;
  /** Positions of a "without" a denial cancels: "has not left Moscow without friends" says it has them. */
  cancelled: Set<number>;
  /** Where each denial's cue stands, by token position. */
  cues: number[];
}

/**
 * A relative clause on a noun, with "that" or none, its subject a pronoun or a name: "the crowds
 * he had enjoyed", "the support that Kim Jong Un had voiced".
 */
function opensRelativeClause(tokens: Token[], k: number): boolean {
  if (tokens[k - 1]?.pos !== 'NOUN') return false;
  let j = tokens[k].lower === 'that' ? k + 1 : k;
  if (SUBJECT_PRONOUNS.has(tokens[j]?.lower ?? '')) j++;
  else if (tokens[j]?.pos === 'PROPN') while (tokens[j]?.pos === 'PROPN') j++;
  else return false;
  return tokens[j]?.pos === 'AUX' || tokens[j]?.pos === 'VERB';
}

/**
 * Where an aside closing at the comma at k opens: a few words without a verb between two commas
 * (", curiously,", ", by contrast,"); -1 when the comma closes none.
 */
function asideOpening(tokens: Token[], k: number): number {
  if (tokens[k].text !== ',') return -1;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (tokens[j].text === ',') return j < k - 1 ? j : -1;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || tokens[j].pos === 'PROPN') return -1;
  }
  return -1;
}

const AIM_REACH = 12;
/** Verbs (lemmas) of trying or meaning to, beside those of what is yet to be (`isProspective`): "tries to", "was meant to". */
const AIMING = new Set(['try', 'attempt', 'struggle', 'strive', 'work', 'mean', 'design']);

/**
 * A word inside what someone sets out to make so: their aim, not the writer's word, a denial or
 * not ("as Moscow tries to show it isn't isolated", "meant to prove that Russia was not isolated").
 */
export function withinAnAim(tokens: Token[], i: number): boolean {
  // (within a dozen words: a clause's aim is said near what it aims at, and a look no further keeps a long sentence linear)
  for (let k = i - 2; k > Math.max(0, i - AIM_REACH); k--) {
    if (/^[,;:.]$/.test(tokens[k].text) || SCOPE_ENDS.has(tokens[k].lower)) return false;
    const aim = tokens[k - 1];
    if (tokens[k].lower === 'to' && tokens[k + 1].pos === 'VERB' && (isProspective(aim) || AIMING.has(aim.lemma))) return true;
  }
  return false;
}

/** Where the sentence negates its predicate: "did not meet", "no longer", "none of". */
export function extractNegation(tokens: Token[]): NegationScope {
  const covered = new Set<number>();
  const lowers = tokens.map((t) => t.lower);
  let denies = false;
  let affirmed = false;
  let presupposes = false;
  const saying = new Set<number>();
  let framed = false;
  const cancelled = new Set<number>();
  const cues: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (notNegationAt(lowers, i)) {
      i += 1;
      continue;
    }
    if (cancelled.has(i)) continue;
    const said = saidNothingAt(tokens, i);
    const cue = negationCueAt(tokens, lowers, i) ?? negativeSubjectAt(tokens, i) ?? existentialNoAt(tokens, i) ?? (said === undefined ? undefined : ['no']) ?? nearlyNotAt(tokens, i) ?? withoutDoingAt(tokens, i) ?? leftStandingAt(tokens, i) ?? tooMuchToAt(tokens, i);
    if (!cue || withinAnAim(tokens, i)) continue;
    denies = true;
    cues.push(i);
    // a denial of saying: its word of saying ("no mention", "did not mention") frames what it denies was said
    // (or after a verb of keeping off it: "steered clear of any mention", "avoided any reference";
    // not after "none of": "none of the agreements dealt with defence" denies the dealing)
    const keptOff = tokens[i].pos === 'VERB' ? nounOfSayingAfter(tokens, i + cue.length) : undefined;
    if (said !== undefined) saying.add(said);
    else if (keptOff !== undefined) saying.add(keptOff);
    else {
      // ("did not mention", "neither side said a word about"): the denial's verb, right after it or
      // after its subject, is one of saying
      const verb = tokens.findIndex((t, k) => k >= i + cue.length && k <= i + cue.length + 3 && t.pos === 'VERB');
      const spoken = verb === i + cue.length || /^(NOUN|PROPN)$/.test(tokens[verb - 1]?.pos ?? '');
      if (verb >= 0 && spoken && isWordOfSaying(tokens[verb].lemma)) saying.add(verb);
    }
    // a verb of appearing denies its subject: "defence did not feature in his remarks" (and the
    // remarks frame it, as a denial of saying's words do)
    const verbAfter = tokens[i + cue.length];
    const appearing = verbAfter?.pos === 'VERB' && FEATURING.has(verbAfter.lemma) && /^(ADP|ADV|PUNCT)$/.test(tokens[i + cue.length + 1]?.pos ?? 'PUNCT');
    if (appearing) {
      framed = true;
      for (let k = i - 1; k >= 0 && tokens[k].pos !== 'VERB'; k--) {
        const aside = asideOpening(tokens, k);
        if (aside >= 0) k = aside;
        else if (CLAUSE_OPENERS.test(lowers[k])) break;
        else if (tokens[k].pos !== 'AUX') covered.add(k);
      }
    }
    // a passive verb of leaving out denies its subject too: "nuclear power was left out of the deal"
    // (what it is left out of stands: "… of the package they signed")
    if (isExcluding(cue) && PASSIVE_AUXILIARY.test(lowers[i - 1] ?? '')) {
      for (let k = i - 2; k >= 0; k--) {
        // (past an aside between commas: "Tourism, curiously, was left out")
        const aside = asideOpening(tokens, k);
        if (aside >= 0) k = aside;
        else if (CLAUSE_OPENERS.test(lowers[k])) break;
        else covered.add(k);
      }
      continue;
    }
    // a denial of a thing ("refraining from force", "ceased to be a candidate") ends where a second
    // deed joins it ("and settling disputes", "and was made a member"); a denial of a deed ("did not
    // sign and ratify") spans the deeds joined to it
    const deniesAThing = tokens[i + cue.length]?.pos !== 'VERB' && tokens[i + cue.length]?.pos !== 'AUX';
    // a denial within a denial affirms what it covers: "did not abstain in the votes condemning …"
    // ("neither uses nor threatens force": "nor" goes on with the denial "neither" began)
    const affirms = covered.has(i) && cue[0] !== 'nor';
    if (affirms) affirmed = true;
    const scope: number[] = [];
    for (let k = i + cue.length; k < tokens.length; k++) {
      // a denial ends with its clause: at a contrast or a subordinate clause ("… when Putin was in town")
      // or a relative clause ("no pact like the one which / he signed in Pyongyang")
      // a definite thing a relative clause says was had elsewhere: the denial is of it here, not of it
      if (opensRelativeClause(tokens, k) && lowers.slice(i + cue.length, k).some((w) => w === 'the' || w === "'s" || w === '’s')) {
        presupposes = true;
        break;
      }
      if (/^[,;:.!?]$/.test(tokens[k].text) || SCOPE_ENDS.has(lowers[k]) || opensContactClause(tokens, k) || opensReducedRelative(tokens, k)) break;
      // what a denied "surprised" or "knew" was about stands: "nobody was surprised that they agreed"
      if (lowers[k] === 'that' && tokens.slice(i, k).some((t) => FACTIVE.has(t.lemma) || FACTIVE.has(t.lower))) break;
      if (deniesAThing && (lowers[k] === 'and' || lowers[k] === 'or') && /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? '')) break;
      // a second denial joined on is one of its own, not a denial within this one: "does not allow bases and does not use force"
      if ((lowers[k] === 'and' || lowers[k] === 'or') && /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? '') && /^(not|n't|never)$/.test(lowers[k + 2] ?? '')) break;
      // a clause of its own joined on, with its own subject and verb: "force would not be used and disputes would be settled"
      if (/^(and|but|or)$/.test(lowers[k]) && /^(NOUN|PROPN|PRON)$/.test(tokens[k + 1]?.pos ?? '') && /^(AUX|VERB)$/.test(tokens[k + 2]?.pos ?? '')) break;
      // a parallel phrase begins: "rests on not using force and on settling disputes"
      if ((lowers[k] === 'and' || lowers[k] === 'or') && tokens[k + 1]?.pos === 'ADP') break;
      // what the denied thing is likened to is not denied: "nothing like the pact he signed"
      if (opensComparison(tokens[k])) break;
      // nor is the time it was denied at: "did not adopt a joint statement at the end of the talks",
      // "during the visit" (after what is denied: "never during a visit" denies the time)
      if (k > i + cue.length + 1 && opensTimeFrame(lowers, k)) break;
      scope.push(k);
    }
    // a denied deed that would leave something without a thing says the thing is there ("the war
    // has not left Moscow without friends"): the two denials cancel, and the sentence affirms
    const without = !deniesAThing && !affirms ? scope.find((k) => lowers[k] === 'without') : undefined;
    if (without !== undefined) {
      cancelled.add(without);
      affirmed = true;
      continue;
    }
    for (const k of scope) {
      if (affirms) covered.delete(k);
      else covered.add(k);
    }
  }
  // (and so are the words telling where it was not said: "… in his public remarks")
  if (saying.size || framed) for (const k of covered) {
    if (tokens[k].pos !== 'NOUN' || !isWordOfSaying(tokens[k].lemma)) continue;
    saying.add(k);
    for (let j = k - 1; tokens[j]?.pos === 'ADJ'; j--) saying.add(j);
  }
  return { tokens: covered, denies: denies && !affirmed, presupposes, saying, cancelled, cues };
}

/** The noun a figure at `at` is said of across a copula or a preposition ("of", "is", "at", "stands at"), within three words before it. */
function measuredNoun(tokens: Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = tokens[k];
    if (t.pos === 'NOUN') return k < at - 1 ? k : -1;
    const linking = t.pos === 'AUX' || t.pos === 'ADP' || (t.pos === 'VERB' && tokens[k + 1]?.pos === 'ADP');
    if (!linking) return -1;
  }
  return -1;
}

/** Words for how many there are of something: "the number of …", "the total of …". */
const AMOUNT_NOUNS = new Set(['number', 'total', 'tally', 'count']);
/** How far before a figure "the number of" may stand. */
const NUMBERED_REACH = 12;

/**
 * The noun "the number of" names before the "at" at `at` ("put the number of cooperation documents
 * signed … at 15": documents), in the same clause; -1 if none.
 */
function numberedThing(tokens: Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(1, at - NUMBERED_REACH); k--) {
    if (/^[.;:!?]$/.test(tokens[k].text)) return -1;
    if (tokens[k].lower !== 'of' || !AMOUNT_NOUNS.has(tokens[k - 1].lemma)) continue;
    let noun = -1;
    for (let m = k + 1; m < at && /^(ADJ|NOUN|PROPN)$/.test(tokens[m].pos); m++) if (tokens[m].pos === 'NOUN') noun = m;
    return noun;
  }
  return -1;
}
