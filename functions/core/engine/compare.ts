// Compares one claim with the baseline: finds the baseline sentences that speak of the same
// thing (an inverted index over matching keys, weighted by rarity), then decides —
// a conflicting slot makes a contradiction, close coverage makes it known, else it is new.
import type { ContradictionType, Label } from '../types.ts';
import { outsideTheClaim, type Features } from './features.ts';
import { escapeRegex, type EntityMention } from './entities.ts';
import { NOT_CURRENT, type RoleClaim } from './roles.ts';
import { isCount, kindsIn, namesAnotherPlace, namesBothSides, namesSide, namesTheEvent, saidAfterLocative, type BaselineIndex, type BaselineSentence, type EventState } from './index.ts';
import { GATHERING_EDGES, INITIALS, isHonorific, isProspective, LINKING, MEMBERSHIP_VERBS, MONTHS, PASSIVE_AUXILIARY, POLITIES, RELATION_NOUNS, WEEKDAYS, WRITINGS } from './lexicon.ts';
import type { Affiliation } from './affiliations.ts';
import { SHORT_OF_MEMBERSHIP } from './facts.ts';
import { inPastForm, lastNameOf, sentimentOf, stemOf, transliterated, type Token } from './nlp.ts';
import { baseForms, frequencyOf, isEnglish, isKindOf, relationsOf } from './wordnet.ts';
import { isPastParticiple, takesAThing, type LeftOut } from './agenda.ts';
import { anniversaryYear, extractTimeAnchors, withinAnAim, type DateMention, type Quantity, type TimeAnchor } from './slots.ts';
import { SIGNING, type Agent } from './participants.ts';
import { topMatches } from './top-matches.ts';
import { arrivalAt, canBeSameTime, daySinceEpoch, hoursSinceEpoch, tellsOfHosting } from './time-of-day.ts';
import { distinct, holderLookup, lastWord, statusLookup } from './fact-lookup.ts';

export interface Comparison {
  label: Label;
  type?: ContradictionType;
  evidence: BaselineSentence[];
  score: number;
  reason: string;
  /** A new claim close to a baseline sentence (as close as a retold one) that names no one and gives no figure the baseline lacks. */
  closeCall?: boolean;
}

/** What the article around a claim says, for reading the claim. */
export interface ClaimContext {
  /** The ids of what the claim's paragraph names. */
  paragraph?: ReadonlySet<string>;
  /** The countries the claim's paragraph (or the sentence before it) names, by watch group. */
  places?: ReadonlySet<string>;
  /** The article mostly retells what the baseline says: a claim close to a baseline sentence is more likely retold too. */
  retelling?: boolean;
  /** The claim is the one claim read as new in an article that retells the baseline all but whole. */
  lone?: boolean;
  /** The article was written after the week following the baseline's event. */
  writtenLater?: boolean;
  /** The article's date: the day "yesterday" or "on Thursday" is counted from. */
  written?: Date;
  /** The sentence before tells of someone arriving: "Putin's plane has landed. He is greeted on the tarmac by …". */
  afterArrival?: boolean;
  /** The article, written later, is headed on another visit or place ("Mishustin in Hanoi", "… at the Kuala Lumpur summit"): its counts are that story's. */
  storyElsewhere?: boolean;
}

/** Share of the claim's weighted keys a baseline sentence also has, at which the claim is known. */
export const KNOWN_COVERAGE = 0.45;
/** The same for two baseline sentences together (a claim that joins two baseline facts). */
export const KNOWN_PAIR_COVERAGE = 0.55;
/** A name in at most this share of baseline sentences is rare: a restatement must name it too. */
const RARE_NAME_SHARE = 0.03;
/** Least coverage at which two sentences are taken to speak of the same thing. */
const SAME_TOPIC = 0.3;
const CANDIDATES = 30;

interface Candidate {
  sentence: BaselineSentence;
  coverage: number;
}

/** Credit for a word that only shares its beginning with a baseline word ("friendship", "friend"). */
const PARTIAL_CREDIT = 0.6;
/** Credit for a word WordNet relates to a baseline word: a synonym, hypernym, hyponym or derivation. */
const RELATED_CREDIT = 0.8;
/** How fast an unseen word's weight falls with its frequency: at e^5 ≈ 150 uses, half. */
const COMMONNESS_SCALE = 5;
/** Weight of a figure (a quantity with its unit): as much as a word the baseline lacks, nearly. */
const FIGURE_WEIGHT = 0.8;

const keyWeight = (index: BaselineIndex, claim: Features, key: string) => (index.idf.get(key) ?? index.unseenIdf) * (claim.keyWeights.get(key) ?? 1);

/** Two stems of one word family: one begins the other and they share at least five letters. */
const sameFamily = (a: string, b: string) => a.length >= 5 && b.length >= 5 && (a.startsWith(b) || b.startsWith(a));
/** A sentence's keys hold the word or one of its family ("friend" for "friendship"). */
const hasWordOfFamily = (keys: ReadonlySet<string>, k: string) => keys.has(k) || [...keys].some((x) => sameFamily(x, k));
const isPlain = (key: string) => !/^[@=#]/.test(key);
const FAMILY_PREFIX = 5;

/** The baseline's plain words by their first five letters: where a word's relatives are. */
export function wordFamilies(vocabulary: Iterable<string>): Map<string, string[]> {
  const families = new Map<string, string[]>();
  for (const key of vocabulary) {
    if (!isPlain(key) || key.length < FAMILY_PREFIX) continue;
    const prefix = key.slice(0, FAMILY_PREFIX);
    const family = families.get(prefix);
    if (family) family.push(key);
    else families.set(prefix, [key]);
  }
  return families;
}

/** A baseline word that stands for a claim word, with the credit it earns. */
interface Relative {
  key: string;
  credit: number;
  /** The key's number in the index (-1: no baseline sentence has it). */
  id: number;
}

/** A claim weighed once for all the baseline sentences it is measured against. */
export interface ClaimMeasure {
  claim: Features;
  /** The claim's keys in order, each with its weight and the baseline words that stand for it. */
  keys: Array<{ key: string; weight: number; relatives: Relative[]; id: number }>;
  /** The index's sentences' key numbers, to tell which keys a candidate has. */
  sentenceKeys: BaselineIndex['sentenceKeys'];
  figureWeight: number;
  /** Everything the claim says, weighted: its keys and, counted as keys of their own, its figures. */
  total: number;
}

/** The claim's words by key: what WordNet is asked about (made once per claim: asked again for each baseline sentence). */
const lemmasCache = new WeakMap<Features, ReadonlyMap<string, ReadonlySet<string>>>();
function lemmasByKey(claim: Features): ReadonlyMap<string, ReadonlySet<string>> {
  const cached = lemmasCache.get(claim);
  if (cached) return cached;
  const out = new Map<string, Set<string>>();
  claim.tokens.forEach((t, i) => {
    const key = claim.tokenKeys[i];
    if (!key || !isPlain(key)) return;
    let set = out.get(key);
    if (!set) out.set(key, (set = new Set()));
    set.add(t.lemma);
    set.add(t.lower);
  });
  lemmasCache.set(claim, out);
  return out;
}

/** Baseline words WordNet relates to a claim word, both ways: its synonyms, derivations and hypernyms, and the baseline words it is a hypernym of. */
function wordnetRelatives(key: string, lemmas: ReadonlySet<string> | undefined, index: BaselineIndex): string[] {
  const found = new Set<string>(index.hyponyms.get(key) ?? []);
  for (const lemma of lemmas ?? []) {
    const r = relationsOf(lemma);
    for (const list of [r.synonyms, r.derivations, r.hypernyms]) {
      for (const w of list) {
        const stem = stemOf(w);
        if (stem !== key && index.idf.has(stem)) found.add(stem);
      }
    }
  }
  found.delete(key);
  return [...found];
}

/**
 * A word the baseline never uses says less when it is a common English word ("touched down in
 * the small hours") than when it is a rare one ("Rosatom", "pivot"): its weight falls with its
 * frequency in general English (SemCor counts, from WordNet).
 */
function commonness(lemmas: ReadonlySet<string> | undefined): number {
  let frequency = 0;
  for (const lemma of lemmas ?? []) frequency = Math.max(frequency, frequencyOf(lemma));
  return 1 / (1 + Math.log1p(frequency) / COMMONNESS_SCALE);
}

/** Words before a title that make it another holder than today's: "the new president", "the former premier". */
const ANOTHER_HOLDER = new Set([...NOT_CURRENT, 'new', 'next', 'incoming', 'future', 'newly']);

/**
 * The people a claim names by their office alone — "Russia's president", "the Vietnamese prime
 * minister" — when the baseline names one holder of that office: as their name keys.
 */
function holdersByTitle(claim: Features, index: BaselineIndex): string[] {
  const lowers = claim.tokens.map((t) => t.lower);
  const found: string[] = [];
  for (let i = 0; i < lowers.length; i++) {
    const phrase = index.matcher.officeAt(lowers, i);
    if (!phrase) continue;
    const after = i + phrase.words.length;
    const from = Math.max(0, i - 3);
    const named = /^\p{Lu}/u.test(claim.tokens[after]?.text ?? ''); // "President To Lam" names the holder itself
    const country = claim.entities.find((e) => e.kind === 'country' && e.start >= claim.tokens[from].start && e.end <= claim.tokens[i].start);
    if (!named && country && !lowers.slice(from, i).some((w) => ANOTHER_HOLDER.has(w))) {
      const holders = new Set((index.roles.get(`${phrase.office}|${country.group ?? country.id}`) ?? []).map((h) => `@${h.person}`));
      const [holder] = holders;
      if (holders.size === 1 && index.idf.has(holder) && !claim.keys.has(holder)) found.push(holder);
    }
    i = after - 1;
  }
  return found;
}

export function measureClaim(claim: Features, index: BaselineIndex): ClaimMeasure {
  const lemmas = lemmasByKey(claim);
  const keys = [...claim.keys, ...holdersByTitle(claim, index)].map((key) => {
    const relatives: Relative[] = [];
    if (isPlain(key)) {
      const id = (o: string) => index.keyIds.get(o) ?? -1;
      for (const o of index.families.get(key.slice(0, FAMILY_PREFIX)) ?? []) if (o !== key && sameFamily(key, o)) relatives.push({ key: o, credit: PARTIAL_CREDIT, id: id(o) });
      for (const o of wordnetRelatives(key, lemmas.get(key), index)) if (!relatives.some((r) => r.key === o)) relatives.push({ key: o, credit: RELATED_CREDIT, id: id(o) });
    }
    return { key, weight: keyWeight(index, claim, key) * (index.idf.has(key) ? 1 : commonness(lemmas.get(key))), relatives, id: index.keyIds.get(key) ?? -1 };
  });
  const figureWeight = index.unseenIdf * FIGURE_WEIGHT;
  let total = claim.quantities.length * figureWeight;
  for (const { weight } of keys) total += weight;
  return { claim, keys, figureWeight, total, sentenceKeys: index.sentenceKeys };
}

/** Does the baseline sentence at position `at` have the key numbered `id`? A binary search in its few key numbers. */
function hasKey(m: ClaimMeasure, at: number, id: number): boolean {
  if (id < 0) return false;
  const { offsets, ids } = m.sentenceKeys;
  let low = offsets[at];
  const end = offsets[at + 1];
  let high = end;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ids[mid] < id) low = mid + 1;
    else high = mid;
  }
  return low < end && ids[low] === id;
}

/** Partial credit for the claim's unmatched plain words that a baseline sentence has a relative of. */
function familyCredit(m: ClaimMeasure, b: BaselineSentence): number {
  let credit = 0;
  const at = b.index;
  for (const { weight, relatives, id } of m.keys) {
    if (!relatives.length || hasKey(m, at, id)) continue;
    let best = 0;
    for (const r of relatives) if (r.credit > best && hasKey(m, at, r.id)) best = r.credit;
    credit += weight * best;
  }
  return credit;
}

const disjoint = (a: Quantity, b: Quantity) => a.high < b.low || b.high < a.low;
/**
 * Two shares or anniversaries of the same thing. A share is of the noun it qualifies ("46
 * percent tariff", "80 percent of imports"): those must match; an anniversary's words around it.
 */
const sharesContext = (a: Quantity, b: Quantity) =>
  a.unit === 'percent' ? a.context[0] !== undefined && (a.context[0] === b.context[0] || sameShareOf(a, b) || sameShareOf(b, a)) : a.context.some((k) => b.context.includes(k));
/** Shares of the same thing: both "of" something, the noun one is of among the first words of the other's ("of imports" / "of Vietnam's arms imports"). */
const sameShareOf = (a: Quantity, b: Quantity) => !!a.shareOf && !!b.shareOf && b.context.slice(0, 3).includes(a.context[0]);
/**
 * A share of a thing the baseline sentence names, though its share is of another word: "60 percent
 * of Vietnam's weapons" against "its main arms supplier, accounting for 80 percent of imports" (the
 * imports are the arms'). Asked of a sentence on the same topic, by the thing or a WordNet synonym.
 */
function shareOfWhatItNames(claim: Features, q: Quantity, r: Quantity, b: BaselineSentence, coverage: number): boolean {
  const thing = q.context[0];
  if (q.unit !== 'percent' || !q.shareOf || !r.shareOf || !thing || coverage < SAME_TOPIC) return false;
  return namesTheThing(claim, thing, b);
}
/** The baseline sentence names what a claim word names, as it is or by a WordNet synonym ("weapons", "arms"). */
function namesTheThing(claim: Features, key: string, b: BaselineSentence): boolean {
  if (b.keys.has(key)) return true;
  const lemmas = [...(lemmasByKey(claim).get(key) ?? [])];
  return lemmas.some((l) => relationsOf(l).synonyms.some((w) => b.keys.has(stemOf(w))));
}
/**
 * A share of another thing than the baseline sentence's, of the same word: "a fifth of Vietnam's
 * wheat imports", "of the value of imports", "of its imported fertiliser" against "its main arms
 * supplier, accounting for 80 percent of imports". A noun between the figure and that word, or the
 * one it qualifies, is one the sentence does not name.
 */
function shareOfAnotherThing(claim: Features, q: Quantity, r: Quantity, b: BaselineSentence): boolean {
  if (q.unit !== 'percent' || !q.shareOf || !r.shareOf) return false;
  const at = claim.tokenKeys.findIndex((k, i) => i >= q.to && i < q.to + SHARE_PHRASE_REACH && k === r.context[0]);
  if (at < 0) return false;
  const between = Array.from({ length: at - q.to }, (_, k) => q.to + k);
  const things = claim.tokens[at].pos === 'NOUN' ? between : [at + 1];
  // (not an owner: "of the country's arms imports")
  const owner = (i: number) => /^['’]s?$/.test(claim.tokens[i + 1]?.text ?? '');
  return things.some((i) => claim.tokens[i]?.pos === 'NOUN' && !owner(i) && !!claim.tokenKeys[i] && !namesTheThing(claim, claim.tokenKeys[i]!, b));
}
/** Words after a share's figure within which what it is of is named: "of Vietnam's major arms imports". */
const SHARE_PHRASE_REACH = 8;
/**
 * Two anniversaries of two things of one kind: the contexts share one word, the kind, and the
 * claim names its thing with words the baseline sentence has none of, nor of their family: "the
 * free trade agreement … turns ten" is not the agreement of "the 30th anniversary of the Treaty
 * on Principles of Friendly Relations" ("the 1994 friendship treaty" is; a bare "the treaty's
 * 30th anniversary" may be).
 */
function describedApart(claim: Features, q: Quantity, b: BaselineSentence, r: Quantity): boolean {
  const shared = q.context.filter((k) => r.context.includes(k));
  if (shared.length !== 1 || r.context.every((k) => /^[@#]/.test(k) || k === shared[0] || claim.keys.has(k))) return false;
  const head = claim.tokenKeys.findIndex((k) => k === shared[0]);
  const words = namingWords(claim.tokens, head).map((i) => claim.tokenKeys[i]).filter((k): k is string => !!k && !/^[@#]/.test(k));
  const known = (k: string) => RELATION_STEMS.has(k) || hasWordOfFamily(b.keys, k);
  return words.length > 0 && !words.some(known);
}

/** The nouns and adjectives naming the thing at `head`: those before it ("free trade agreement") and after "of" or "on" ("Treaty on the Foundations of Friendly Relations"). */
function namingWords(tokens: readonly Token[], head: number): number[] {
  const naming = (t: Token | undefined) => !!t && /^(ADJ|NOUN|PROPN)$/.test(t.pos);
  const out: number[] = [];
  for (let i = head - 1; naming(tokens[i]) || tokens[i]?.text === '-'; i--) if (tokens[i].text !== '-') out.push(i);
  if (/^(of|on)$/.test(tokens[head + 1]?.lower ?? '')) for (let i = head + 2; naming(tokens[i]) || /^(and|the|of)$/.test(tokens[i]?.lower ?? ''); i++) if (naming(tokens[i])) out.push(i);
  return out;
}

/** Units of a span of time. */
const TIME_UNITS = new Set(['day', 'week', 'month', 'year']);
/** A span of time before "ago", or "on" from something, dates something and measures nothing: "two years ago Putin came", "two years on from the visit". */
const spanThatDates = (tokens: readonly Token[], q: Quantity) =>
  TIME_UNITS.has(q.unit) && (tokens[q.to]?.lower === 'ago' || (tokens[q.to]?.lower === 'on' && (!tokens[q.to + 1] || /^(from|[:,.;—–-])$/.test(tokens[q.to + 1].lower))));
/** A quantity that is of something named beside it: a share, an anniversary. */
const anchored = (q: Quantity) => q.unit === 'anniversary' || q.unit === 'percent';
const comparable = (a: Quantity, b: Quantity) => a.unit === b.unit && (a.unit === 'anniversary' || a.ordinal === b.ordinal);

/** "Two days" agrees with a span of dates as long ("the June 19-20 visit"). */
const lastsAsLong = (q: Quantity, s: BaselineSentence) =>
  q.unit === 'day' && !q.ordinal && s.dates.some((d) => d.days.length >= 2 && q.low <= d.days.length && d.days.length <= q.high);

/**
 * Credit for a name the baseline sentence only lists among three or more ("one of the 10 members
 * of ASEAN, along with Brunei, Cambodia, … and Thailand"): an item named, not spoken of, so a claim
 * about Laos is not said by the list unless it lists Laos too.
 */
const LIST_CREDIT = 0.5;
/** The keys of names a sentence lists, three or more in a row. */
const listedCache = new WeakMap<object, ReadonlySet<string>>();
function listedNames(b: Pick<Features, 'entities' | 'text' | 'start'>): ReadonlySet<string> {
  let listed = listedCache.get(b);
  if (!listed) {
    const named = b.entities.filter((e) => e.group || e.kind === 'place' || e.kind === 'country');
    const runs: EntityMention[][] = [];
    for (const e of named) {
      const run = runs.at(-1);
      const last = run?.at(-1);
      // (names of one kind: "Inside ASEAN, Cambodia and Laos" lists two countries, not three)
      if (last && last.kind === e.kind && /^\s*(,|,?\s*and|,?\s*or)\s*(the\s+)?$/i.test(b.text.slice(last.end - b.start, e.start - b.start))) run!.push(e);
      else runs.push([e]);
    }
    listed = new Set(runs.filter((r) => r.length >= 3).flat().map((e) => `@${e.id}`));
    listedCache.set(b, listed);
  }
  return listed;
}

/** What baseline sentences cover of the claim: shared keys, and figures they agree with. */
function covered(m: ClaimMeasure, sentences: BaselineSentence[]): number {
  // loops rather than some(): this runs for every candidate of every claim
  let weight = 0;
  const positions = sentences.map((s) => s.index);
  for (const { weight: w, id, key } of m.keys) {
    for (let n = 0; n < positions.length; n++) {
      if (hasKey(m, positions[n], id)) {
        weight += key.startsWith('@') && listedNames(sentences[n]).has(key) && !listedNames(m.claim).has(key) ? w * LIST_CREDIT : w;
        break;
      }
    }
  }
  if (!m.claim.quantities.length) return weight;
  // a share or an anniversary agrees only with one of the same thing ("30 years of dialogue" is not the treaty's 30th)
  const agrees = (q: Quantity, r: Quantity) => comparable(q, r) && !disjoint(q, r) && (!anchored(q) || sharesContext(q, r));
  const agreeing = m.claim.quantities.filter((q) => sentences.some((s) => s.quantities.some((r) => agrees(q, r)) || lastsAsLong(q, s)));
  return weight + agreeing.length * m.figureWeight;
}

/**
 * Coverage of the claim by one baseline sentence: the share of the claim's weight it covers,
 * a word of the same family earning partial credit.
 */
export function coverageOf(m: ClaimMeasure, b: BaselineSentence): number {
  return m.total ? (covered(m, [b]) + familyCredit(m, b)) / m.total : 0;
}

/**
 * The baseline sentences that cover the claim best. The inverted index finds the sentences
 * sharing the most key weight; only the best of those are measured in full.
 */
function candidates(m: ClaimMeasure, index: BaselineIndex): Candidate[] {
  // Candidates are found by the claim's own words; relatives earn credit once found (searching
  // their postings too cost 2.5× the time at 30 000 sentences and found no better candidates).
  const keys = m.keys.map(({ key, weight }) => ({ weight, postings: index.postings.get(key) ?? [] }));
  return topMatches(keys, index.sentences.length, CANDIDATES * 2)
    .map(({ sentence: s }) => ({ sentence: index.sentences[s], coverage: coverageOf(m, index.sentences[s]) }))
    .sort((a, b) => b.coverage - a.coverage || a.sentence.index - b.sentence.index)
    .slice(0, CANDIDATES);
}

const quote = (s: { text: string }, max = 140) => `“${s.text.length > max ? `${s.text.slice(0, max - 1)}…` : s.text}”`;
// titles by document id, made once per index (a large baseline has thousands of documents)
const titles = new WeakMap<object, Map<string, string>>();
function docName(index: BaselineIndex, id: string): string {
  let byId = titles.get(index.docs);
  if (!byId) {
    byId = new Map();
    for (const d of index.docs) if (!byId.has(d.id)) byId.set(d.id, d.title);
    titles.set(index.docs, byId);
  }
  return byId.get(id) ?? id;
}

function numberConflict(claim: Features, b: BaselineSentence, coverage: number, state: EventState, index: BaselineIndex, context: ClaimContext): string | undefined {
  // each figure of the claim on its own: "his first visit in 14 years" agrees on "first visit" and differs on the years
  // (a count on another leader's visit is that visit's: "Lavrov's visit ended with 15 agreements";
  // asked only of a claim with a count, as this runs for every candidate sentence of every claim)
  const anotherVisit = claim.quantities.some(isCount) && (ofAnotherVisit(claim, index) || anotherVisitorNamed(context.paragraph ?? new Set(), index));
  let othersFirst: boolean | undefined; // (asked once, of the first ordinal said of a place the sentence shares)
  for (const q of claim.quantities) {
    if (isCount(q) && (anotherVisit || storysOwnCount(claim, q, state, index, context))) continue;
    if (spanThatDates(claim.tokens, q)) continue;
    let differing: Quantity | undefined;
    for (const r of b.quantities) {
      if (!comparable(q, r)) continue;
      // (a count of what is yet to be done is no count of what was: "will sign 25 agreements"
      // against "signed a dozen"; against another count yet to be done it is, "will buy 30 jets")
      if (isCount(q) && q.prospective && !q.standing && !r.prospective) continue;
      // An anniversary or a share is only comparable when it is of the same thing (between the same countries).
      if (anchored(q) && (!(sharesContext(q, r) || shareOfWhatItNames(claim, q, r, b, coverage)) || shareOfAnotherThing(claim, q, r, b) || (q.unit === 'anniversary' && (namesAnotherParty(claim, b) || describedApart(claim, q, b, r))))) continue;
      // (the nth of something said of another place is another's: "Pyongyang, the first stop" against "Vietnam is the second stop";
      // said of the same place, it is the same count however little else the two share: "a visit to Vietnam, the first stop of an Asian tour")
      const place = q.ordinal ? placeOfOrdinal(claim, q) : undefined;
      const theirPlace = place ? placeOfOrdinal(b, r) : undefined;
      if (place && theirPlace && place !== theirPlace) continue;
      // (not of another visitor's tour: "Xi wrapped up a visit to Vietnam, the first stop of a Southeast Asian tour")
      const samePlace = !!place && place === theirPlace && !(othersFirst ??= othersNamedFirst(claim, index));
      // (the nth of something in a country the baseline sentence does not name is another count: "his fifth visit to Vietnam" against "his first visit to the North in 24 years")
      if (q.ordinal && !samePlace && namesAnotherCountry(claim, b)) continue;
      // (a span of time at an outside place the baseline sentence does not name is another's: "flew to Kazakhstan six months later")
      if (TIME_UNITS.has(q.unit) && claim.entities.some((e) => !e.group && (e.kind === 'place' || e.kind === 'country') && !b.keys.has(`@${e.id}`) && !tourStops(index).has(e.id))) continue;
      // (and one the baseline gives an outsider the claim does not name is the outsider's: "Xi's own state visit barely three months later")
      if (TIME_UNITS.has(q.unit) && b.entities.some((e) => !e.group && !claim.keys.has(`@${e.id}`) && !tourStops(index).has(e.id))) continue;
      // (the nth stop of the baseline's own tour, said with another of its stops and dated to no
      // other year, is that tour's, in a paragraph dated later too: "Hanoi was the first stop of
      // that tour, which then went on to Pyongyang")
      const ofTheTour = samePlace && !datedToAnotherYear(claim, index) && claim.entities.some((e) => tourStops(index).has(e.id) && `@${e.id}` !== place);
      if (!anchored(q) && ((coverage < SAME_TOPIC && !samePlace) || (state === 'outside' && !ofTheTour))) continue;
      if (!anchored(q) && state === 'unknown' && !ofTheTour && !claim.entities.some((e) => e.kind === 'person' && b.entities.some((x) => x.id === e.id))) continue;
      if (!disjoint(q, r) || (q.unit === 'anniversary' && countsFromTheSameYear(claim, q, b, r, state, index, context))) {
        differing = undefined; // an agreeing figure settles this one
        break;
      }
      differing ??= r;
    }
    if (differing) return `the article says “${q.text}”; the baseline says “${differing.text}”`;
  }
  return undefined;
}

/** A date's days as an article says them: "19-20", "early". */
const daysText = (d: DateMention, join = '-') => d.part ?? d.days.join(join);
/** A day since the epoch as a reader reads it: "Thursday 2024-06-20". */
const epochDayText = (d: number) => `${title(WEEKDAYS[new Date(d * 86_400_000).getUTCDay()])} ${new Date(d * 86_400_000).toISOString().slice(0, 10)}`;

// A date's subject, made once per date: a baseline sentence's dates are read for every claim it is a candidate of.
const subjects = new WeakMap<DateMention, ReadonlySet<string>>();

/** What a date is the date of: the words within a few words of it ("visit … took place on 20 June"). */
function dateSubject(f: Pick<Features, 'tokenKeys'>, d: DateMention): ReadonlySet<string> {
  const known = subjects.get(d);
  if (known) return known;
  const subject = new Set<string>();
  const isWord = (k: string | undefined): k is string => !!k && !k.startsWith('@') && !k.startsWith('#');
  for (let i = Math.max(0, d.from - 6); i < Math.min(f.tokenKeys.length, d.to + 6); i++) {
    const k = f.tokenKeys[i];
    if ((i < d.from || i >= d.to) && isWord(k)) subject.add(k);
  }
  subjects.set(d, subject);
  return subject;
}

/**
 * What a claim's date is said of: a date closing its clause before a comma dates that clause, not
 * the phrase after it ("landed at dawn on 20 June, straight from signing a treaty in
 * Pyongyang"); else the words around it.
 */
function claimDateSubject(claim: Features, d: DateMention): ReadonlySet<string> {
  const around = dateSubject(claim, d);
  // (a noun phrase after the comma renames the date: "on 21 June, the second day of the visit")
  if (claim.tokens[d.to]?.text !== ',' || /^(DET|NUM|PRON)$/.test(claim.tokens[d.to + 1]?.pos ?? '')) return around;
  // the clause before the date, back to its start; a fronted date ("At dawn on 21 June, Putin
  // arrived") has no verb before it and dates what follows
  let start = d.from;
  while (start > 0 && claim.tokens[start - 1].text !== ',') start--;
  if (!claim.tokens.slice(start, d.from).some((t) => t.pos === 'VERB')) return around;
  const before = new Set<string>();
  for (let i = Math.max(start, d.from - 6); i < d.from; i++) {
    const k = claim.tokenKeys[i];
    if (k && !/^[@#]/.test(k)) before.add(k);
  }
  return before.size ? before : around;
}

/** The weekdays a date falls on; a date without a year is read in the baseline's own year. */
function weekdaysOf(d: DateMention, index: BaselineIndex): string[] {
  if (d.weekdays.length || !d.days.length || !d.month) return d.weekdays;
  const { from, to } = index.period;
  const year = d.year ?? new Date((from.getTime() + to.getTime()) / 2).getUTCFullYear();
  return d.days.map((day) => WEEKDAYS[new Date(Date.UTC(year, d.month! - 1, day)).getUTCDay()]);
}

/** Both sentences name the same person: one the profile knows, or an office holder they both name ("US President Joe Biden"). */
const samePeople = (claim: Features, b: BaselineSentence) =>
  claim.entities.some((e) => e.kind === 'person' && b.entities.some((x) => x.id === e.id)) || claim.roles.some((r) => b.roles.some((x) => x.person === r.person)) || namesHolderOf(claim.text, b);

/** A text names, by a full name, someone a baseline sentence gives an office ("Joe Biden" where it has "US President Joe Biden"). */
const namesHolderOf = (text: string, b: BaselineSentence) => {
  const names = new Set(namedPeople(text));
  return b.roles.some((x) => x.person.includes(' ') && names.has(nameWords(x.person).at(-1)!));
};

/**
 * The people of the clause a date stands in are the baseline sentence's: "Man travelled to
 * Russia in September, and Chinh met Putin in Kazan" dates Man's trip, not Putin's.
 */
function sameEventDated(claim: Features, d: DateMention, b: BaselineSentence): boolean {
  const joins = (k: number) => claim.tokens[k].text === ';' || (claim.tokens[k].text === ',' && /^(and|but|while|whereas)$/.test(claim.tokens[k + 1]?.lower ?? ''));
  let from = d.from;
  while (from > 0 && !joins(from - 1)) from--;
  let to = d.to;
  while (to < claim.tokens.length && !joins(to)) to++;
  const [start, end] = [claim.tokens[from].start, claim.tokens[to - 1].end];
  const clause = claim.text.slice(start - claim.start, end - claim.start).toLowerCase();
  return (
    claim.entities.some((e) => e.kind === 'person' && e.start >= start && e.end <= end && b.entities.some((x) => x.id === e.id)) ||
    claim.roles.some((r) => clause.includes(r.person) && b.roles.some((x) => x.person === r.person)) ||
    namesHolderOf(claim.text.slice(start - claim.start, end - claim.start), b)
  );
}

function dateConflict(claim: Features, b: BaselineSentence, coverage: number, state: EventState, index: BaselineIndex, context: ClaimContext): string | undefined {
  // A claim dated outside the baseline's time is about another event — unless it names the
  // same people doing the same thing, and so gives the baseline's event another date.
  // (people meeting at another place, not the event's city, meet at another event: "met Putin at
  // the Kremlin on September 10")
  const sameEvent = samePeople(claim, b) && (namesTheEventsCity(claim, index) || !claimedElsewhere(claim, index));
  if (state === 'outside' && !sameEvent) return undefined;
  // (a date the visitor's piece came out on, agreeing with the baseline's, is the piece's, not the visit's)
  if (visitorsPieceDays(claim, index, context)?.some((d) => index.pieces.some((p) => p.day === d))) return undefined;
  // (the day a baseline piece came out, "an article published Wednesday", dates the piece, not
  // what the claim tells: the two are compared only as pieces' days)
  if (b.pieceDay !== undefined && claim.pieceDay === undefined) return undefined;
  for (const d of claim.dates) {
    const subject = claimDateSubject(claim, d);
    const related = b.dates.filter((e) => [...dateSubject(b, e)].some((k) => subject.has(k)));
    if (!related.length) continue;
    for (const e of related) {
      if (!d.month || !e.month) continue;
      // "when he visited Hanoi in July": a month alone dates the same people's event too, against a
      // date or a month alone ("Biden visited Hanoi in September")
      const baselineYear = e.year ?? index.period.from.getUTCFullYear();
      if (d.month !== e.month && sameEventDated(claim, d, b) && (d.year === undefined || d.year === baselineYear)) {
        const theirs = `${e.days.length ? `${e.days.join('-')} ` : ''}${MONTHS[e.month - 1]}`;
        return `the article dates it ${d.days.length ? `${d.days.join('-')} ` : ''}${MONTHS[d.month - 1]}; the baseline ${theirs}`;
      }
      if (!d.days.length || !e.days.length || d.month !== e.month) continue;
      const within = (x: number[], y: number[]) => x.every((v) => y.includes(v));
      const agrees = d.part || e.part ? d.days.some((v) => e.days.includes(v)) : within(d.days, e.days) || within(e.days, d.days);
      if (!agrees) {
        return `the article dates it ${daysText(d, ' and ')} ${MONTHS[d.month - 1]}; the baseline ${daysText(e, ' and ')} ${MONTHS[e.month - 1]}`;
      }
      return undefined;
    }
    // Weekdays: a dated claim ("Tuesday, 18 June") or a weekday said of the same event, at the
    // same place; a date outside the baseline's weeks is no day its weekdays name ("signed in
    // Moscow on 10 May" against "in Pyongyang on Wednesday")
    if (d.month && d.days.length && !withinPeriod(d, index)) continue;
    const mine = weekdaysOf(d, index);
    const here = placeOfDate(claim, d, claim.tokens[d.to]?.text === ',');
    // (a day the baseline dates its event to, said at the claim's place, is that event's day: a
    // weekday the baseline gives without naming that place may be of another stop's deed, "the
    // pact signed in the North on Wednesday" against "memorandums signed in Hanoi on 20 June")
    const eventsDay = !!here && !!d.month && d.days.length > 0 && d.days.every((day) => index.eventDays.get(d.month!)?.days.has(day));
    const theirs = related.filter((e) => !here || [here, ...(eventsDay ? [] : [undefined])].includes(placeOfDate(b, e))).flatMap((e) => e.weekdays);
    // (a weekday alone, in an article written weeks after the event, is a day of the week it was written)
    const strong = d.days.length > 0 || (state === 'inside' && coverage >= 0.4 && !context.writtenLater);
    if (strong && mine.length && theirs.length && !theirs.some((w) => mine.includes(w))) {
      return `the article says ${mine.join('/')}; the baseline says ${theirs.join('/')}`;
    }
  }
  return undefined;
}

/** A date with its month falls within the baseline's weeks, in the baseline's year when it gives none. */
function withinPeriod(d: DateMention, index: BaselineIndex): boolean {
  const { from, to } = index.period;
  const year = d.year ?? from.getUTCFullYear();
  return d.days.some((day) => {
    const at = Date.UTC(year, d.month! - 1, day);
    return at >= from.getTime() - 86_400_000 && at <= to.getTime();
  });
}

/** The place or country named nearest a date, within a few words (before it only, when asked): where what it dates happened. */
function placeOfDate(f: Pick<Features, 'tokenKeys' | 'entities'>, d: DateMention, beforeOnly = false): string | undefined {
  const places = new Set(f.entities.filter((e) => e.kind === 'place' || e.kind === 'country').map((e) => `@${e.id}`));
  let best: { key: string; distance: number } | undefined;
  f.tokenKeys.forEach((k, i) => {
    if (!k || !places.has(k) || (beforeOnly && i >= d.to)) return;
    const distance = i < d.from ? d.from - i : i - d.to + 1;
    if (distance <= PLACE_REACH && (!best || distance < best.distance)) best = { key: k, distance };
  });
  return best?.key;
}
const PLACE_REACH = 8;

/**
 * Another decade for the same history: "Ho Chi Minh first travelled to Moscow in the 1930s"
 * against "Ho Chi Minh who began, in the 1920s, to establish links". Said of the same person
 * or thing: a name or word near both dates, other than a watched country's.
 */
function decadeConflict(claim: Features, b: BaselineSentence): string | undefined {
  for (const e of b.dates) {
    if (e.decade === undefined) continue;
    const theirs = keysAround(b, e.from, e.to);
    for (const d of claim.dates) {
      if (d.decade === undefined || d.decade === e.decade) continue;
      const shared = [...keysAround(claim, d.from, d.to)].some((k) => theirs.has(k) && namesSomeone(k, claim));
      if (shared) return `the article says the ${d.decade}s; the baseline the ${e.decade}s`;
    }
  }
  return undefined;
}

/** A key that names someone or something, not a watched country: a person's or body's, or a word WordNet does not know ("minh"). */
const namesSomeone = (key: string, claim: Features) =>
  key.startsWith('@') ? claim.entities.some((x) => `@${x.id}` === key && x.kind !== 'country') : !relationsOf(key).known && /^\p{L}+$/u.test(key);

/** Keys within sixteen tokens of a span, outside it: a long clause names its subject that far from its date. */
function keysAround(f: Pick<Features, 'tokenKeys'>, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, from - DECADE_REACH); i < Math.min(f.tokenKeys.length, to + DECADE_REACH); i++) if ((i < from || i >= to) && f.tokenKeys[i] && !f.tokenKeys[i]!.startsWith('#')) out.add(f.tokenKeys[i]!);
  return out;
}
const DECADE_REACH = 16;

/**
 * Another span of years for what the same figure measures: "more than 80 percent of its arms
 * imports between 2000 and 2023" against "… between 1995 and 2023". The sentences speak of the
 * same thing and share a figure, and the spans share one end and differ at the other.
 */
function yearSpanConflict(claim: Features, b: BaselineSentence, coverage: number): string | undefined {
  if (coverage < SAME_TOPIC || !claim.yearSpans.length || !b.yearSpans.length) return undefined;
  if (!claim.quantities.some((q) => b.quantities.some((r) => r.unit === q.unit && q.low <= r.high && r.low <= q.high))) return undefined;
  for (const mine of claim.yearSpans) {
    const theirs = b.yearSpans.find((t) => (t.from === mine.from) !== (t.to === mine.to));
    if (theirs) return `the article says ${mine.from}–${mine.to}; the baseline ${theirs.from}–${theirs.to}`;
  }
  return undefined;
}

/** WordNet's words for ships and what they form, whose kinds ("corvette", "frigate") WordNet files under "warship". */
const VESSELS = new Set(['ship', 'warship', 'vessel', 'fleet']);

/**
 * How long the event lasted: "a three-day state visit" against the baseline's "June 19-20
 * visit" (two days), said of the same thing at the baseline's time.
 */
function durationConflict(claim: Features, b: BaselineSentence, state: EventState, index: BaselineIndex): string | undefined {
  if (state !== 'inside') return undefined; // someone else's "three-day visit" is another event
  // (ships' visit is a port call, another visit: "corvettes docked at Cam Ranh for a five-day visit";
  // asked only of a claim with a span of days, as this runs for every candidate sentence of every claim)
  if (!claim.quantities.some((q) => q.unit === 'day' && !q.ordinal)) return undefined;
  if (claim.tokens.some((t) => t.pos === 'NOUN' && isKindOf(t.lemma, VESSELS))) return undefined;
  // (a visit of someone named who is none of the event's people is theirs: "Minister Degtyarev arrived for a three-day visit")
  if (namesSomeoneElse(claim, index.metWith)) return undefined;
  const places = eventPlacesAndCountries(index);
  for (const q of claim.quantities) {
    if (q.unit !== 'day' || q.ordinal) continue;
    // (a stay somewhere the event was not is another: "a four-day visit to Kazakhstan", "his three days in Beijing")
    const to = claim.tokens.findIndex((t, i) => i >= q.to && i <= q.to + 3 && /^(to|in)$/.test(t.lower));
    const where = to >= 0 ? claim.entities.find((e) => e.start === claim.tokens[to + 1]?.start && (e.kind === 'place' || e.kind === 'country')) : undefined;
    if (where && !places.has(where.place ?? where.id)) continue;
    // "Man's three-day visit": a possessive names whose event it is; it must be the baseline's
    const owner = q.from >= 2 && /^['’]s$/.test(claim.tokens[q.from - 1].lower) ? claim.tokens[q.from - 2] : undefined;
    if (owner && /^\p{Lu}/u.test(owner.text) && !b.text.includes(owner.text)) continue;
    const about = new Set(q.context);
    for (const e of b.dates) {
      // a span of days says how long; one day is the date of a part of it
      if (e.days.length < 2 || ![...dateSubject(b, e)].some((k) => about.has(k))) continue;
      const span = e.days.length;
      if (span < q.low || span > q.high) return `the article says “${q.text}”; the baseline dates it ${e.days.join('-')}${e.month ? ` ${MONTHS[e.month - 1]}` : ''} (${span} day${span > 1 ? 's' : ''})`;
    }
  }
  return undefined;
}

/** Polarity: the claim negates what the baseline states, or states what it negates. */
function negationConflict(claim: Features, b: BaselineSentence, index: BaselineIndex, weights?: ReadonlyMap<string, number>): string | undefined {
  return deniesWhatItStates(claim, b, index, weights) ?? statesWhatItDenies(claim, b, index);
}

function deniesWhatItStates(claim: Features, b: BaselineSentence, index: BaselineIndex, weights?: ReadonlyMap<string, number>): string | undefined {
  if (claim.negatedKeys.size && deniedByOther(claim, b, claim, index, weights)) return 'the article denies what the baseline states';
  // (what the claim says was absent, "welcomed without cannon fire", against what the baseline has there, "with cannon fire")
  const absent = claim.absentKeys.size && !claim.negatedKeys.size ? { ...claim, negatedKeys: claim.absentKeys } : undefined;
  if (absent && deniedByOther(absent, b, absent, index, weights)) return 'the article says it was absent; the baseline has it';
  return undefined;
}

function statesWhatItDenies(claim: Features, b: BaselineSentence, index: BaselineIndex): string | undefined {
  // a claim that denies something itself ("abstained when the UN voted", "not openly", "offered no
  // clear endorsement"), in the clause of a word the baseline denies, does not state plainly what
  // the baseline denies; nor does one about a third party the baseline sentence does not name ("…
  // condemned the US embargo on Cuba")
  // (nor one that says absent what the baseline denies: "left without the sort of open declaration")
  if (!b.negatedKeys.size || deniesBeside(claim, b.negatedKeys) || claim.noneOf.length || [...claim.absentKeys].some((k) => b.negatedKeys.has(k))) return undefined;
  // (a member state of a watched body is a third party too: "the Philippines voted for the resolutions")
  // (or the sentence before, when the baseline sentence points back to it: "such a declaration")
  if (claim.entities.some((e) => !isCoreParty(e) && !b.keys.has(`@${e.id}`) && !b.echoes?.has(`@${e.id}`))) return undefined;
  return deniedByOther(b, claim, claim, index) ? 'the article states what the baseline denies' : undefined;
}

/** A clause of its own opens at k: a verb that is not a participle, or a subject and its verb ("has since said", "only later moved", "it is", "Moscow chose"). */
function opensClause(tokens: Token[], k: number): boolean {
  while (tokens[k]?.pos === 'ADV') k++;
  const t = tokens[k];
  if (!t) return false;
  if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return true;
  return /^(PRON|PROPN|NOUN)$/.test(t.pos) && /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? '');
}

/**
 * A clause ends at k, between a denial's cue and a word the denial might be of: a semicolon, a
 * word of contrast ("but", "yet", "although"), "and" or "so" after a comma opening a clause of
 * its own; or a colon or dash after the cue (what follows one tells of what stands before it: "the
 * resolutions Vietnam voted for: it abstained on them" denies the vote).
 */
function endsAClause(tokens: Token[], k: number, cueFirst: boolean): boolean {
  const t = tokens[k];
  if (t.text === ';' || /^(but|yet|although|though|whereas)$/.test(t.lower)) return true;
  if (/^[:—–]$/.test(t.text)) return cueFirst;
  return /^(and|so)$/.test(t.lower) && tokens[k - 1]?.text === ',' && opensClause(tokens, k + 1);
}

/**
 * The claim denies something in the clause of a word in `keys`: "it voted for the resolution, and
 * has since said nothing has changed" denies nothing of the vote.
 */
function deniesBeside(claim: Features, keys: ReadonlySet<string>): boolean {
  if (!claim.denies) return false;
  const { tokens, tokenKeys } = claim;
  const joined = (cue: number, j: number) => !tokens.slice(Math.min(cue, j) + 1, Math.max(cue, j) + 1).some((_, m) => endsAClause(tokens, Math.min(cue, j) + 1 + m, cue < j));
  return claim.denialsAt.some((cue) => tokenKeys.some((key, j) => !!key && keys.has(key) && joined(cue, j)));
}

/** Words between a subject and what it denies: auxiliaries, "not", "still", "no longer". */
const BEFORE_A_DENIAL = new Set(['AUX', 'PART', 'ADV']);
/** Words of denying: "not", "never", "no (longer)". */
const NEGATING = /^(not|n't|never|no)$/;
/** Words a plain subject is made of: "the war in Ukraine", "Russia's Mir cards". */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'SYM']);
/**
 * The denial starting at token `at` is said of a thing the baseline never speaks of: the common
 * noun heading its plain subject ("Russian bank cards do not work": card; the head before a
 * complement, "the war in Ukraine was not raised": war) is neither a baseline word nor a WordNet
 * relative of one ("summit": meeting; "leadership": leader). Not when the subject is a name, a
 * pronoun, one with a verb of its own, or people or a group of them ("the two governments").
 */
function deniedOfAnUnknownThing(claim: Features, at: number, index: BaselineIndex): boolean {
  let end = at - 1;
  while (end >= 0 && (BEFORE_A_DENIAL.has(claim.tokens[end].pos) || NEGATING.test(claim.tokens[end].lower))) end--;
  let start = end;
  while (start > 0 && (SUBJECT_WORDS.has(claim.tokens[start - 1].pos) || /^['’]s$/.test(claim.tokens[start - 1].text))) start--;
  // (the subject opens its clause)
  if (start > 0 && !/^(PUNCT|SCONJ|CCONJ)$/.test(claim.tokens[start - 1].pos)) return false;
  const span = claim.tokens.slice(start, end + 1);
  const firstAdp = span.findIndex((t) => t.pos === 'ADP');
  const head = span.slice(0, firstAdp < 0 ? span.length : firstAdp).findLastIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (head < 0 || span[head].pos !== 'NOUN') return false;
  const key = claim.tokenKeys[start + head];
  const kind = relationsOf(span[head].lemma).nounClass;
  return !!key && !key.startsWith('@') && kind !== 'person' && kind !== 'group' && !index.idf.has(key) && !wordnetRelatives(key, new Set([span[head].lemma]), index).length;
}

/** Pronouns that stand for parties named before: a sentence with one may speak of a side it does not name. */
const POINTS_BACK = /\b(he|she|they|we|his|her|their|our)\b/i;

/** A watched party itself: a group's namesake (Russia, Vietnam, ASEAN) or one of its people or bodies, not a member state of a watched body. */
const isCoreParty = (e: EntityMention) => !!e.group && (e.kind !== 'country' || e.id === e.group);

/** The negated part of `mine` is stated, un-negated, by `theirs`, about the same parties and places. */
function deniedByOther(mine: Features | BaselineSentence, theirs: Features | BaselineSentence, claim: Features, index: BaselineIndex, weights?: ReadonlyMap<string, number>): boolean {
  const b = mine === claim ? theirs : mine;
  let inScope = 0;
  let covered = 0;
  const flipped: string[] = [];
  // (what the baseline says only of a place outside the watch the claim does not name is no
  // statement of the event's: "no contracts were announced" against an announcement in North Korea)
  const saidOfElsewhere = mine === claim && 'elsewhere' in theirs && theirs.elsewhere && !claim.entities.some((e) => e.id === theirs.elsewhere!.place) ? theirs.elsewhere.keys : undefined;
  // (the words of saying a denial is told in are its frame, not what it denies: "made no mention
  // of defence cooperation" denies the cooperation was spoken of)
  for (const key of mine.negatedKeys) {
    if (mine.sayingKeys.has(key) && !theirs.keys.has(key)) continue;
    // (a word the baseline denies weighs by what it says and by its part of speech: "did not receive such a
    // clear public declaration of support" denies a declaration of support more than that it was clear)
    const w = mine === claim ? (weights?.get(key) ?? index.idf.get(key) ?? index.unseenIdf) : (index.idf.get(key) ?? index.unseenIdf) * (mine.keyWeights.get(key) ?? 1);
    inScope += w;
    // (what the other sentence says is absent, "without closed blocs", agrees with a denial of it)
    if (theirs.keys.has(key) && !theirs.negatedKeys.has(key) && !theirs.absentKeys.has(key) && !theirs.openKeys.has(key) && !saidOfElsewhere?.has(key)) {
      covered += w;
      flipped.push(key);
    }
  }
  // a denial is about the same parties: every name it negates is in the other sentence, and the
  // two do not speak of different places ("not cheering crowds" in Hanoi, cheering ones in Pyongyang)
  const parties = new Set(mine.entities.filter((e) => e.kind === 'person' || e.kind === 'organisation').map((e) => `@${e.id}`));
  const partiesMissing = [...mine.negatedKeys].some((k) => parties.has(k) && !theirs.keys.has(k));
  const placesOf = (f: Pick<Features, 'entities'>) => new Set(f.entities.filter((e) => e.kind === 'country' || e.kind === 'place').map((e) => e.id));
  const [here, there] = [placesOf(claim), placesOf(b)];
  // (each must name a place where things happen, an outsider's or a city of a side: a side named as a
  // country, "his big Soviet brother", places nothing)
  const locates = (f: Pick<Features, 'entities'>) => f.entities.some((e) => (e.kind === 'country' || e.kind === 'place') && (!e.group || e.place));
  const elsewhere = locates(claim) && locates(b) && ![...here].some((p) => there.has(p));
  // what a third party does not do ("Tokyo did not issue …") is no denial of the baseline: a
  // third party named before the denied words is who denies or is denied of
  if (mine === claim) {
    // "not the cheering crowds he had had in Pyongyang" grants the crowds, elsewhere; so does a
    // denial naming an outside place: "none of the crowds of the North Korean stop"
    if (claim.presupposes || claim.entities.some((e) => !e.group && (e.kind === 'country' || e.kind === 'place') && claim.negatedKeys.has(`@${e.id}`))) return false;
    const denialAt = claim.tokens.find((t, i) => claim.negatedKeys.has(claim.tokenKeys[i] ?? ''))?.start ?? Infinity;
    // (in the denial's clause: "Ukrainian diplomats drew comfort from it: To Lam did not mention …")
    const clauseStart = claim.tokens.findLast((t) => t.start < denialAt && /^[:;]$/.test(t.text))?.end ?? -1;
    if (claim.entities.some((e) => !e.group && e.end <= denialAt && e.start >= clauseStart)) return false;
    // a side the denial is said of, its clause's first name, denying a deed the other sentence does not
    // speak of, says what that side did not do, when that sentence names the side neither by name nor
    // by a pronoun: "Vietnam has not joined the sanctions" against "Western powers stepped up sanctions"
    const subject = claim.entities.find((e) => e.end <= denialAt && e.start >= clauseStart);
    if (subject?.kind === 'country' && subject.group && !b.entities.some((e) => e.group === subject.group) && !POINTS_BACK.test(b.text)) {
      const deeds = claim.tokens.flatMap((t, i) => (t.pos === 'VERB' && claim.negatedKeys.has(claim.tokenKeys[i] ?? '') ? [claim.tokenKeys[i]!] : []));
      if (deeds.length && !deeds.some((k) => hasWordOfFamily(b.keys, k))) return false;
    }
    // a name the denial speaks of and the other sentence lacks makes it another matter ("not members of the ICC")
    const named = (t: Token, i: number) => t.pos === 'PROPN' && !claim.tokenKeys[i]?.startsWith('@') && !MONTHS.includes(t.lower) && !WEEKDAYS.includes(t.lower);
    if (claim.tokens.some((t, i) => named(t, i) && !theirs.keys.has(claim.tokenKeys[i] ?? '') && claim.negatedKeys.has(claim.tokenKeys[i] ?? ''))) return false;
    // the thing denied is the one stated: when the denial names things, one of them is in the other
    // sentence ("not backing the war" is no denial of "backs the policy")
    const things = claim.tokens.flatMap((t, i) => (t.pos === 'NOUN' && claim.negatedKeys.has(claim.tokenKeys[i] ?? '') ? [claim.tokenKeys[i]!] : []));
    if (things.length && !things.some((k) => flipped.includes(k))) return false;
    // a denial is said of its subject: one the baseline never speaks of is another thing's
    // ("Russian bank cards do not work in Vietnam" against "working toward a code of conduct")
    if (deniedOfAnUnknownThing(claim, claim.tokens.findIndex((t) => t.start === denialAt), index)) return false;
  }
  // what is denied is a deed or a thing, not only names: "not members of the ICC" against a sentence on the ICC's warrant
  // (of what the claim denies: a name's closing common noun is a thing, "did not go to the Ho Chi Minh Mausoleum")
  // (not a body of people: "the United Nations" is a party)
  const headOfName = (t: Token, i: number) =>
    mine === claim && claim.tokens[i + 1]?.pos !== 'PROPN' && claim.tokens[i - 1]?.pos === 'PROPN' && isEnglish(t.lower) && !baseForms(t.lower).some((w) => relationsOf(w).nounClass);
  const nameKeys = new Set(claim.tokens.flatMap((t, i) => (t.pos === 'PROPN' && claim.tokenKeys[i] && !headOfName(t, i) ? [claim.tokenKeys[i]!] : [])));
  // (what the baseline denies, the claim states in at least two of its words besides names: "abstained
  // from voting against Russia" is not stated by "the Kremlin welcomed the vote")
  const words = flipped.filter((k) => !k.startsWith('@') && !nameKeys.has(k)).length;
  return flipped.length >= 2 && words >= (mine === claim ? 1 : 2) && covered / inScope >= 0.5 && !partiesMissing && !elsewhere;
}

/** Words before an ordinal within which the place it is said of stands: "Pyongyang, the first", "Pyongyang, which was the first". */
const ORDINAL_PLACE_REACH = 5;

/** The place an ordinal is said of: one named just before it ("Pyongyang, the first stop", "Vietnam is the second stop"). */
function placeOfOrdinal(f: Pick<Features, 'tokenKeys' | 'entities'>, q: Quantity): string | undefined {
  const places = new Set(f.entities.filter((e) => e.kind === 'place' || e.kind === 'country').map((e) => `@${e.id}`));
  return f.tokenKeys.slice(Math.max(0, q.from - ORDINAL_PLACE_REACH), q.from).findLast((k) => !!k && places.has(k));
}

/** The claim names a country the baseline sentence does not: its anniversaries and years are another pair's ("Cambodia and Russia mark 70 years of ties"). */
const namesAnotherCountry = (claim: Features, b: BaselineSentence) => claim.entities.some((e) => e.kind === 'country' && !b.keys.has(`@${e.id}`));
/**
 * The claim names a party the baseline sentence does not, a country or a body of them: "35 years
 * of ASEAN–Russia ties" are not the two countries' ties. (A body is its own group, not a member's
 * firm; and one before a state in the singular names a member: "the Southeast Asian nation".)
 */
const namesAnotherParty = (claim: Features, b: BaselineSentence) =>
  namesAnotherCountry(claim, b) || claim.entities.some((e) => e.kind === 'organisation' && e.id === e.group && !b.keys.has(`@${e.id}`) && !namesAMember(claim, e));
function namesAMember(claim: Features, e: EntityMention): boolean {
  const next = claim.tokens[claim.tokens.findIndex((t) => t.end === e.end) + 1];
  return !!next && POLITIES.has(next.lemma) && next.lower === next.lemma;
}
/** The claim names a place of the world no watched party holds ("the UK and Vietnam marked 50 years of relations"): another count of years is another pair's. */
const namesAWorldPlace = (claim: Features) => claim.entities.some((e) => e.kind === 'place' && !e.group);

/** Keys within a few words of any occurrence of `key`. */
function keysNear(f: Pick<Features, 'tokenKeys'>, key: string, reach = 6): Set<string> {
  const out = new Set<string>();
  f.tokenKeys.forEach((k, i) => {
    if (k !== key) return;
    for (const n of f.tokenKeys.slice(Math.max(0, i - reach), i + reach + 1)) if (n) out.add(n);
  });
  return out;
}

/**
 * Words stating the opposite of a claim word: its WordNet antonyms ("rise" / "fall", "accept" /
 * "reject") and the watch profile's opposite outcomes, as baseline stems.
 */
function oppositesOf(t: Token, key: string, index: BaselineIndex): string[] {
  const out = new Set<string>(index.matcher.topicOpposites(t.stem));
  // (a verb's opposite is a verb: "counter" is also an adjective, whose antonym "positive" shares its stem with "positions")
  for (const lemma of new Set([t.lemma, t.lower])) for (const w of relationsOf(lemma).antonyms) if (relationsOf(w).verbClass) out.add(stemOf(w));
  out.delete(key);
  return [...out].filter((o) => index.idf.has(o));
}

/** A verb of transfer (WordNet's verb.possession): "buy", "sell", "give", "receive". */
const isTransfer = (lemma: string) => relationsOf(lemma).verbClass === 'possession';

/** Opposite words said of the same thing: "orders rose" against "orders dropped". */
function antonymConflict(claim: Features, b: BaselineSentence, state: EventState, index: BaselineIndex): { reason: string; type: ContradictionType } | undefined {
  if (state === 'outside') return undefined;
  // a third party the baseline sentence does not name makes it another matter ("the US embargo on
  // Cuba"), a member state of a watched body too ("the Philippines voted for the resolutions"),
  // when it is in the verb's clause ("backed the resolutions and is negotiating with Washington")
  const outsiders = claim.entities.filter((e) => !isCoreParty(e) && !b.keys.has(`@${e.id}`));
  const sameParty = claim.entities.some((e) => b.keys.has(`@${e.id}`));
  for (let i = 0; i < claim.tokens.length; i++) {
    const t = claim.tokens[i];
    const a = claim.tokenKeys[i];
    // verbs state outcomes; WordNet's adjective antonyms ("national" / "international") rarely
    // oppose claims, nor do verbs of motion: "arrived" and "left" are two steps of one trip
    if (!a || t.pos !== 'VERB' || relationsOf(t.lemma).verbClass === 'motion') continue;
    // a participle before "with" orders a list, it tells no outcome: "the four nos, starting with no alliances"
    if (t.lower.endsWith('ing') && claim.tokens[i + 1]?.lower === 'with') continue;
    // a verb with a particle and no object is a verb of its own: "was voted in" is elected, no vote on a resolution
    const particle = claim.tokens[i + 1];
    if (particle && /^(in|out|up|down|off)$/.test(particle.lower) && !/^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(claim.tokens[i + 2]?.pos ?? '')) continue;
    // a denied opposite agrees: "did not vote to condemn" is what "abstained" says; an aimed-at
    // one is not said to be so ("meant to show it was not isolated")
    if (claim.negatedKeys.has(a) || withinAnAim(claim.tokens, i)) continue;
    if (outsiders.length) {
      const [from, to] = clauseOf(claim.tokens, i);
      if (outsiders.some((e) => e.start < to && e.end > from)) continue;
    }
    // the outcomes are the verbs: a baseline sentence that says the claim's verb too ("abstained
    // in UN votes") does not oppose it, nor one that has the opposite only as a noun ("support")
    if (b.verbKeys.has(a)) continue;
    for (const o of oppositesOf(t, a, index)) {
      // (nor one the claim says itself, in another form: "chose abstention when the Assembly voted")
      if (!b.verbKeys.has(o) || claim.keys.has(o) || saysInAnotherForm(claim, o)) continue;
      // two sides of one transfer ("bought" / "sold", "gave" / "received") say the same thing
      if (isTransfer(t.lemma) && relationsOf(t.lemma).antonyms.some((w) => stemOf(w) === o && isTransfer(w))) continue;
      // the opposite words must be said of the same thing, named by a word, not only a place, nor
      // by a verb both put them under ("continued to abstain" / "continue to support", "thanked … for supporting")
      const around = keysNear(claim, a);
      const aroundTheirs = keysNear(b, o);
      const governing = new Set(claim.tokens.flatMap((v, k) => (v.pos === 'VERB' && k < i && i - k <= GOVERNING_REACH ? [claim.tokenKeys[k]] : [])));
      const subject = [...around].filter((k) => k !== a && aroundTheirs.has(k) && !k.startsWith('#') && !k.startsWith('@') && !governing.has(k));
      // ("Vietnam voted" against "Vietnam abstained in UN votes": the claim's own word names what
      // the baseline's verb is about, said of the same party)
      // (not when the claim says what its vote was for, which the baseline's does not: "voted on Saturday to revive the plant")
      if (!subject.length && !(aroundTheirs.has(a) && sameParty && !deedAimedAt(claim.tokens, i))) continue;
      const profileOpposite = index.matcher.topicOpposites(t.stem).includes(o);
      return { reason: `the article says “${t.text}” where the baseline says the opposite`, type: profileOpposite ? 'negation' : 'other' };
    }
  }
  return undefined;
}

/** Words before an opposite within which a verb puts it under itself: "continued to abstain", "thanked Hanoi for supporting". */
const GOVERNING_REACH = 6;
/** The claim says the word of stem `o` in another form, which WordNet derives from it: "abstention" for "abstain". */
const saysInAnotherForm = (claim: Features, o: string) => claim.tokens.some((t) => relationsOf(t.lemma).derivations.some((d) => stemOf(d) === o));

/** Words after a verb within which "to" and a verb say what it was done for: "voted on Saturday to revive". */
const AIM_REACH = 6;
/** The verb at `i` is followed, in its clause, by "to" and a verb: what it was done for. */
function deedAimedAt(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 1 + AIM_REACH) && !/^[,;:]$/.test(tokens[k].text); k++) {
    if (tokens[k].lower === 'to' && tokens[k + 1].pos === 'VERB') return true;
  }
  return false;
}

/**
 * The character span of the clause of the verb at `i`: up to a semicolon or colon, or to "and" or
 * "but" opening a second predicate ("backed the resolutions and is negotiating a deal").
 */
function clauseOf(tokens: Token[], i: number): [number, number] {
  const joinsPredicate = (k: number) => /^(and|but)$/.test(tokens[k].lower) && /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? '');
  const ends = (k: number) => /^[;:]$/.test(tokens[k].text) || joinsPredicate(k);
  let from = i;
  while (from > 0 && !ends(from - 1)) from--;
  let to = i;
  while (to < tokens.length - 1 && !ends(to + 1)) to++;
  return [tokens[from].start, tokens[to].end];
}

/** Intensifiers between a verb of being and its quality: "remained quite far apart". */
const DEGREE = /^(very|quite|so|too|rather|fairly|pretty|much|far|still|more|less|most|even|increasingly)$/;
/** How far from a quality the thing it is said of may be named: "the atmosphere of the talks in Hanoi as cool". */
const QUALITY_REACH = 10;

/**
 * A quality the sentence says something has: an adjective after a verb of being or "as"
 * ("remained far apart", "described as cool"), or an adverb of manner closing its clause ("saw
 * the issues differently."); not a word of a compound ("low-key").
 */
function isQualityAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-') return false;
  if (t.pos === 'ADV' && t.lower.endsWith('ly')) return !tokens[i + 1] || /^([,;:.!?]|which|and|but)$/.test(tokens[i + 1].lower);
  // (an uninflected "verb" after one of being is an adjective the tagger misread: "was notably cool")
  if (t.pos !== 'ADJ' && t.pos !== 'ADV' && !(t.pos === 'VERB' && t.lower === t.lemma)) return false;
  // (an adjective with its complement tells a relation, no quality: "open to more Russian trade", "present in Vietnam")
  if (tokens[i + 1]?.pos === 'ADP' && tokens[i + 1].lower !== 'as') return false;
  let k = i - 1;
  while (k >= 0 && (DEGREE.test(tokens[k].lower) || (tokens[k].pos === 'ADV' && tokens[k].lower.endsWith('ly')))) k--;
  const before = tokens[k];
  return !!before && (before.lower === 'as' || LINKING.test(before.lemma));
}

/** A quality set aside: "businesslike rather than warm", "instead of anything warmer". */
function setAsideQualityAt(tokens: Token[], i: number): boolean {
  if (tokens[i].pos !== 'ADJ') return false;
  const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower).filter((w) => !/^(a|an|the|anything|something|more)$/.test(w)).join(' ');
  return /\b(rather than|instead of)$/.test(before);
}

/**
 * A quality named by a noun WordNet derives from an adjective that has an opposite, said of what
 * follows it: "marked differences on the issues" (different, whose opposite is "same").
 */
function namesAQuality(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.pos === 'NOUN' && /^(on|over|about|between|of)$/.test(tokens[i + 1]?.lower ?? '') && relationsOf(t.lemma).derivations.some((d) => relationsOf(d).antonyms.length > 0);
}

/** Where a quality comes from: the word, and for an adverb or a noun the adjective it is made of ("differently", "difference": different). */
const qualitySources = (t: Token) => (t.pos === 'ADV' || t.pos === 'NOUN' ? [t.lemma, ...relationsOf(t.lemma).derivations] : [t.lemma]);

/**
 * Is the baseline's quality word the other way from the claim's? One is a WordNet antonym of the
 * other ("identical" / "different"), or of a synonym of it ("far" / "near", a synonym of "close").
 */
function opposedQualities(mine: string[], theirs: string): boolean {
  const r = relationsOf(theirs);
  const opposites = new Set(mine.flatMap((w) => relationsOf(w).antonyms));
  return opposites.has(theirs) || r.synonyms.some((w) => opposites.has(w)) || r.antonyms.some((w) => mine.includes(w));
}

/** Words of opposite feeling, each clearly one way in wink's sentiment lexicon: "tense" talks against "constructive" ones. */
const opposedInSentiment = (mine: string, theirs: string) => {
  const [a, b] = [sentimentOf(mine), sentimentOf(theirs)];
  return Math.abs(a) >= CLEAR_SENTIMENT && Math.abs(b) >= CLEAR_SENTIMENT && Math.sign(a) !== Math.sign(b);
};
/** How far from neutral a word's sentiment must be to count one way. */
const CLEAR_SENTIMENT = 0.2;
/** Talks and their air, whose feeling the baseline gives ("the talks were constructive"). */
const TALKS_KEYS = new Set(['talks', 'negotiations', 'discussions', 'atmosphere', 'mood'].map(stemOf));

/** Words between qualities joined in one saying: "frank but difficult", "tense and at times heated". */
const JOINING_QUALITIES = /^(and|but|or|yet|at|times|sometimes|often|very|rather|quite|,)$/;
/** The baseline's qualities of the talks' air, with their sentences, found once per index. */
const talksAirs = new WeakMap<BaselineIndex, Array<{ sentence: BaselineSentence; lemma: string }>>();

/**
 * The air of the event's talks the other way from the baseline's: "a tense atmosphere", "talks
 * described as frank but difficult" against "the 'warm and friendly' atmosphere of the
 * discussions". The talks and their air are one thing whatever each calls them (`TALKS_KEYS`),
 * so the baseline's sentences on it are found as facts, not by shared words. A quality is the
 * talks': said near their word, and not of another noun ("difficult issues").
 */
function talksAirConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  if (!claim.tokenKeys.some((k) => !!k && TALKS_KEYS.has(k))) return undefined;
  const airs = cachedPerIndex(talksAirs, index, () =>
    index.sentences.flatMap((b) => b.qualities.filter((q) => sentimentOf(q.lemma) >= CLEAR_SENTIMENT && [...keysNear(b, b.tokenKeys[q.at] ?? '')].some((k) => TALKS_KEYS.has(k))).map((q) => ({ sentence: b, lemma: q.lemma }))));
  if (!airs.length || !ofTheEvent(claim, state, index) || ofAnotherVisit(claim, index) || claim.entities.some((e) => e.kind === 'organisation')) return undefined;
  const tokens = claim.tokens;
  const talksAt = claim.tokenKeys.flatMap((k, i) => (k && TALKS_KEYS.has(k) ? [i] : []));
  // (a quality said of the talks: after "as" or a verb of being, right before their word, or
  // joined to such a one: "described as businesslike and at times tense")
  let said = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'ADJ') continue;
    const joined = said >= 0 && tokens.slice(said + 1, i).every((w) => JOINING_QUALITIES.test(w.lower));
    if (!isQualityAt(tokens, i) && !TALKS_KEYS.has(claim.tokenKeys[i + 1] ?? '') && !joined) continue;
    said = i;
    // (a likeness to another air is no quality of this one: "a far cooler atmosphere than in North Korea")
    if (claim.negatedKeys.has(claim.tokenKeys[i] ?? '') || tokens.slice(i + 1, i + 5).some((w) => w.lower === 'than') || !talksAt.some((at) => Math.abs(at - i) <= QUALITY_REACH)) continue;
    const opposed = airs.filter((air) => opposedInSentiment(t.lemma, air.lemma) || opposedQualities([t.lemma], air.lemma));
    if (!opposed.length) continue;
    return factContradiction('other', [...new Set(opposed.map((a) => a.sentence))].slice(0, 3), `the article says the talks were “${t.text}”; the baseline says “${opposed[0].lemma}”`, index, 0.7);
  }
  return undefined;
}

/**
 * Opposite qualities of the same thing: "views remained far apart", "saw the issues
 * differently" against "identical or very close positions on key international issues". Said of
 * the same thing: a content word near both.
 */
function qualityConflict(claim: Features, b: BaselineSentence, state: EventState, index: BaselineIndex): string | undefined {
  if (state === 'outside' || !b.qualities.length || claim.entities.some((e) => !e.group && !b.keys.has(`@${e.id}`))) return undefined;
  // (a baseline sentence on one side's ties with an outsider the claim does not name tells of
  // another relation: "Russia and North Korea … military cooperation" against "civil nuclear power")
  const sides = index.profile.relevance.requireGroups.filter((side) => namesSide(b, side));
  if (sides.length === 1 && b.entities.some((e) => !e.group && e.kind !== 'person' && !claim.keys.has(`@${e.id}`))) return undefined;
  // (of the event's talks, words of opposite feeling oppose too: "tense" talks against
  // "constructive" ones; not a company's talks or another visitor's)
  let eventsTalks: boolean | undefined;
  const theEventsTalks = () => (eventsTalks ??= ofTheEvent(claim, state, index) && !ofAnotherVisit(claim, index) && !claim.entities.some((e) => e.kind === 'organisation'));
  for (let i = 0; i < claim.tokens.length; i++) {
    const t = claim.tokens[i];
    const a = claim.tokenKeys[i];
    if (!a || claim.negatedKeys.has(a) || withinAnAim(claim.tokens, i)) continue;
    // the baseline's own quality set aside opposes it as its antonym would
    const setAside = setAsideQualityAt(claim.tokens, i);
    if (!setAside && !namesAQuality(claim.tokens, i) && !isQualityAt(claim.tokens, i)) continue;
    const mine = qualitySources(t);
    for (const q of b.qualities) {
      const o = b.tokenKeys[q.at];
      if (!o || b.negatedKeys.has(o) || (setAside ? q.lemma !== t.lemma : claim.keys.has(o))) continue;
      const opposed = setAside || opposedQualities(mine, q.lemma);
      const byFeeling = !opposed && theEventsTalks() && opposedInSentiment(t.lemma, q.lemma);
      if (!opposed && !byFeeling) continue;
      const aroundTheirs = keysNear(b, o);
      const thing = [...keysNear(claim, a, QUALITY_REACH)].find((k) => k !== a && k !== o && aroundTheirs.has(k) && !/^[@#]/.test(k) && (!byFeeling || TALKS_KEYS.has(k)));
      if (!thing) continue;
      const named = claim.tokens[claim.tokenKeys.indexOf(thing)].text;
      const stated = b.text.split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, '')).find((w) => stemOf(w.toLowerCase()) === o) ?? q.lemma;
      return `the article says ${setAside ? 'not ' : ''}“${t.text}” (of ${named}); the baseline says “${stated}”`;
    }
  }
  return undefined;
}

/**
 * A trend that went the other way: the claim's amount moves up where the baseline's moves down
 * ("expanding its purchases of Russian weapons" against "arms … orders have dropped off"), the
 * verbs' directions from WordNet. Said of the same thing: what the verbs say moved shares a
 * word, and no trend of the baseline sentence about that thing goes the claim's way. A later
 * change of trend is news whenever it is dated.
 */
function trendConflict(claim: Features, b: BaselineSentence, index: BaselineIndex): string | undefined {
  if (datedBefore(claim, index)) return undefined;
  for (const mine of claim.trends) {
    const same = (t: { about: string[] }) => t.about.find((k) => mine.about.includes(k));
    if (b.trends.some((t) => t.direction === mine.direction && same(t))) continue;
    for (const theirs of b.trends) {
      const thing = theirs.direction !== mine.direction && same(theirs);
      if (thing) return `the article says ${thing.replace(/^=/, '')} went ${mine.direction} (“${claim.tokens[mine.at].text}”); the baseline says ${theirs.direction}`;
    }
  }
  return undefined;
}

// The offices the baseline gives each person, made once per index.
const officesByPerson = new WeakMap<BaselineIndex, Map<string, Set<string>>>();
export function officesOf(person: string, index: BaselineIndex): ReadonlySet<string> {
  let byPerson = officesByPerson.get(index);
  if (!byPerson) {
    byPerson = new Map();
    for (const [key, holders] of index.roles) for (const h of holders) byPerson.set(h.person, (byPerson.get(h.person) ?? new Set()).add(key.split('|')[0]));
    officesByPerson.set(index, byPerson);
  }
  return byPerson.get(person) ?? new Set();
}

/** Words within a few tokens of an agent's verb, outside the words naming its doer. */
function wordsAround(f: Pick<Features, 'tokenKeys'>, a: Agent, reach = 10): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, a.at - reach); i <= Math.min(f.tokenKeys.length - 1, a.at + reach); i++) {
    const k = f.tokenKeys[i];
    if (k && (i < a.from || i >= a.to) && !k.startsWith('@') && !k.startsWith('#')) out.add(k);
  }
  return out;
}

/** The doer by name, or by office where the sentence names no one: "Vladimir Putin and Nguyen Phu Trong", "Deputy Prime Minister". */
const doerName = (a: Agent) => (a.people.length ? a.people : a.offices).map(title).join(' and ');

/**
 * Another doer of the same deed: the claim says with "by" who did what a baseline sentence says
 * someone else did ("greeted at the airport by the foreign minister" against "received … by
 * the Deputy Prime Minister"). The same deed is told by a word near both verbs that does not
 * name the doers ("at the airport"); doers are the same when they share a person or an office,
 * a person holding the offices the baseline gives them.
 */
function agentConflict(claim: Features, b: BaselineSentence, state: EventState, index: BaselineIndex, context: ClaimContext): string | undefined {
  // the doers by "by" and a word of what was done settle that it is the same deed: no share of words is asked
  // (an arrival somewhere else is another reception: "arrived in New Delhi … received by Prime Minister Modi")
  if (state === 'outside' || !b.agents.length || goesElsewhere(claim, index)) return undefined;
  const described = (people: string[], offices: string[]) => ({ people: new Set(people), offices: new Set([...offices, ...people.flatMap((p) => [...officesOf(p, index)])]) });
  // (who signed is read against every signing the baseline tells of: signerConflict)
  // (the visitor is no host of his own arrival: "Putin met X at the airport" is his meeting)
  const visitor = visitorOf(index);
  for (const a of claim.agents.filter((x) => claim.tokenKeys[x.at] !== SIGNING && !x.people.some((p) => visitor.has(p)))) {
    const verb = claim.tokenKeys[a.at];
    const mine = described(a.people, a.offices);
    for (const c of b.agents.filter((x) => b.tokenKeys[x.at] !== SIGNING)) {
      const around = wordsAround(b, c);
      around.delete(b.tokenKeys[c.at] ?? '');
      // the same deed: a word in common around it, or both told at the same step of the trip ("flown
      // in … greeted by" against "arrived … received by"; a verb of motion alone, "led by", is no arrival;
      // after a sentence telling of the landing, the same verb, or a host's verb with "by" in both: "He
      // is greeted on the tarmac by", "He was met on the tarmac by" against "was received … by")
      const hostedBy = a.from > a.at && c.from > c.at && (!!verb?.startsWith('=') || claim.tokens[a.at].lemma === 'meet');
      const sameStep = b.tellsOfArriving && (claim.tellsOfArriving || (!!context.afterArrival && (verb === b.tokenKeys[c.at] || hostedBy)));
      if (!sameStep && ![...wordsAround(claim, a)].some((k) => k !== verb && around.has(k))) continue;
      const theirs = described(c.people, c.offices);
      // named people settle it (two deputy prime ministers are two people); else the offices do
      const same = a.people.length && c.people.length ? a.people.some((p) => c.people.some((q) => samePerson(p, q))) : [...mine.people].some((p) => theirs.people.has(p)) || [...mine.offices].some((o) => theirs.offices.has(o));
      if (!same) return `the article says by ${doerName(a)}; the baseline says by ${doerName(c)}`;
    }
  }
  return undefined;
}

/** Words of the scene of an arrival by air, where hosts stand to greet a visitor: "on the tarmac", "at the foot of the aircraft steps". */
const ARRIVAL_SCENE = /^(airport|airfield|tarmac|runway|steps|gangway|carpet|plane|aircraft)$/;
/** Verbs of a host at that scene: greeting, receiving, meeting, waiting, standing there. */
const HOSTING_AT_SCENE = /^(greet|welcome|receive|meet|wait|await|stand)$/;
/** Words from the scene or the host's verb to the host's name: "waiting on the tarmac at Noi Bai was Foreign Minister X". */
const HOST_REACH = 14;
/** Words that move a sentence on to a later step: "landed at dawn and later met Lam". */
const LATER_STEP = /^(later|then|afterwards|subsequently|next)$/;

/**
 * Another host at the airport: "the official waiting for Putin on the tarmac was the foreign
 * minister", "Chinh himself stood at the foot of the aircraft steps" where the baseline has the
 * visitor received at the airport by others. A fact of the arrival, whatever the verb: the claim
 * tells of the scene of an arrival by air, a host's verb, and someone the visitor is not, near
 * them and at no later step; none of the baseline's hosts there; and no other place's arrival.
 */
function airportHostConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  if (state === 'outside') return undefined;
  const scene = claim.tokens.findIndex((t) => ARRIVAL_SCENE.test(t.lemma));
  const host = claim.tokens.findIndex((t) => t.pos === 'VERB' && HOSTING_AT_SCENE.test(t.lemma));
  if (scene < 0 || host < 0) return undefined;
  const stated = cachedPerIndex(arrivalHostSentences, index, () => index.sentences.filter((b) => b.tellsOfArriving && b.agents.some((a) => a.people.length)));
  const visitor = visitorOf(index);
  const hosts = new Set(stated.flatMap((b) => b.agents.flatMap((a) => a.people)).filter((p) => !visitor.has(p)));
  // (the place the visitor flew in from is no other scene: "waiting at Noi Bai when his plane landed from Pyongyang")
  const scenes = { entities: claim.entities.filter((e) => `@${e.id}` !== claim.origin) };
  if (!hosts.size || goesElsewhere(claim, index) || namesAnotherPlace(scenes, index)) return undefined;
  const at = (e: EntityMention) => tokenIndexOf(claim, e);
  const people = [
    ...claim.entities.filter((e) => e.kind === 'person').map((e) => ({ id: e.id, at: at(e), group: e.group })),
    ...claim.agents.flatMap((a) => a.people.map((id) => ({ id, at: a.from, group: index.matcher.groupOf(id) }))),
  ];
  // (a host of the baseline's there agrees; someone of no watched side, or another of the visitor's
  // side, is at another's arrival: "Volodin was welcomed at Noi Bai airport by …")
  const visitorSides = new Set([...visitor].map((p) => index.matcher.groupOf(p)));
  if (people.some((p) => hosts.has(p.id) || !p.group || (!visitor.has(p.id) && visitorSides.has(p.group)))) return undefined;
  // (what is received is a guest, not a thing: "received a letter from Putin at the airport")
  if (takesAThing(claim.tokens, host)) return undefined;
  // (the visitor as the active subject of the verb does the meeting: "Putin met Chinh at the airport lounge")
  const passive = PASSIVE_AUXILIARY.test(claim.tokens[host - 1]?.lower ?? '') || claim.tokens.slice(host + 1, host + 1 + HOST_REACH).some((t) => t.lower === 'by');
  if (!passive && people.some((p) => visitor.has(p.id) && p.at < host)) return undefined;
  const near = (p: { at: number }) => [scene, host].every((w) => Math.abs(p.at - w) <= HOST_REACH && !claim.tokens.slice(Math.min(p.at, w), Math.max(p.at, w)).some((t) => LATER_STEP.test(t.lower)));
  const other = people.find((p) => !visitor.has(p.id) && near(p));
  if (!other) return undefined;
  return factContradiction('entity', stated.slice(0, 3), `the article has ${title(other.id)} host the arrival; the baseline has ${[...hosts].map(title).join(' and ')}`, index, 0.7);
}

/**
 * The visitor come from another place: "He had flown in straight from Yakutsk" where the baseline
 * has him arrive from North Korea. A fact of the event, whatever the other words: the claim tells
 * of someone the baseline has come from somewhere (by name, title or pronoun) coming from a place
 * none of its sentences gives, and not going elsewhere.
 */
function originFactConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  if (!claim.origin || state === 'outside') return undefined;
  const stated = cachedPerIndex(originSentences, index, () => index.sentences.filter((b) => b.origin && b.entities.some((e) => e.kind === 'person')));
  if (!stated.length || stated.some((b) => b.origin === claim.origin) || eventPlacesAndCountries(index).has(claim.origin.slice(1))) return undefined;
  // (the one who travelled, by name or by title: "the Russian president")
  const people = [...claim.entities.filter((e) => e.kind === 'person').map((e) => e.id), ...holdersByTitle(claim, index).map((k) => k.slice(1))];
  // (or "he", of no one the sentences before name, in a passage on the event: its visitor; or, naming
  // no one, an office of the visitor's opening it: "The President had flown in from …", as hosts do not arrive)
  const visitor = !people.length && ((state === 'inside' && /^(he|she)$/.test(claim.tokens[0]?.lower ?? '')) || opensWithAVisitorsOffice(claim, index));
  // (or the visitor by the word for their place, "the Russian leader")
  const visitors = visitorOf(index);
  const byWord = !people.length && namesOneOf(claim, visitors, index);
  const theirs = visitor ? stated : stated.filter((b) => b.entities.some((e) => (byWord ? visitors.has(e.id) : people.includes(e.id))));
  if (!theirs.length || goesElsewhere(claim, index)) return undefined;
  return factContradiction('entity', theirs.slice(0, 3), `the article says from ${claim.origin.slice(1)}; the baseline says from ${theirs[0].origin!.slice(1)}`, index, 0.7);
}

/** "The President …", "The Russian leader …": the sentence opens with an office a visitor holds, naming no one after it. */
function opensWithAVisitorsOffice(claim: Features, index: BaselineIndex): boolean {
  const lowers = claim.tokens.map((t) => t.lower);
  if (lowers[0] !== 'the') return false;
  const phrase = index.matcher.officeAt(lowers, 1);
  if (!phrase || /^\p{Lu}/u.test(claim.tokens[1 + phrase.words.length]?.text ?? '')) return false;
  return [...visitorOf(index)].some((v) => officesOf(v, index).has(phrase.office));
}

const title = (name: string) => name.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());

/**
 * Whose office a claim speaks of: the country it names, else the one its paragraph names ("Prime
 * Minister Xanana Gusmao" after a sentence on Timor-Leste), else the one country whose holder of
 * that office the baseline names ("the country's new state president" where only Vietnam's
 * is in the baseline). Only the watched countries' offices are facts worth an alert (blind
 * labellers read a later US president as news, not as a baseline out of date).
 */
function officeKey(r: RoleClaim, claim: Features, paragraphPlaces: ReadonlySet<string>, index: BaselineIndex): string | undefined {
  const watched = (g: string | undefined) => !!g && isWatched(g, index);
  if (r.country) return watched(r.country) ? `${r.office}|${r.country}` : undefined;
  const inSentence = [...new Set(claim.entities.filter((e) => e.kind === 'country' || e.kind === 'place').map((e) => e.group ?? e.id))];
  const places = inSentence.length ? inSentence : [...paragraphPlaces];
  if (places.length === 1) return watched(places[0]) ? `${r.office}|${places[0]}` : undefined;
  if (places.length > 1) {
    // a title without a country where two are named: whose office? Not that of a country whose holder
    // the sentence names beside it ("Putin held talks with President X": X is not Russia's president)
    const open = places.filter((p) => !(index.roles.get(`${r.office}|${p}`) ?? []).some((h) => h.person !== r.person && claim.entities.some((e) => e.kind === 'person' && samePerson(e.id, h.person))));
    return open.length === 1 && watched(open[0]) ? `${r.office}|${open[0]}` : undefined;
  }
  const held = (index.officeCountries.get(r.office) ?? []).filter(watched);
  return held.length === 1 ? `${r.office}|${held[0]}` : undefined;
}

/**
 * Two names of one person: the same, one ending the other ("Tran Hong Ha", "Ha"), or a first and
 * last name with a middle name or patronymic between them in the other ("Vladimir Vladimirovich
 * Putin").
 */
const samePerson = (a: string, b: string) => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`) || withMiddleName(a, b) || withMiddleName(b, a);
const withMiddleName = (long: string, short: string) => {
  const [l, s] = [long.split(' '), short.split(' ')];
  return s.length === 2 && l.length > 2 && l[0] === s[0] && l.at(-1) === s[1];
};

/**
 * Does the baseline name `person` among these holders, in any spelling ("Zelenskyy", "Nguyễn Phú
 * Trọng")? Only holders sharing the name's last word can be the same person.
 */
function namedAmong(holders: ReadonlyArray<{ person: string; sentence: number }>, person: string): boolean {
  const spelled = transliterated(person);
  for (const h of holderLookup(holders).byLastWord.get(lastWord(spelled)) ?? []) if (samePerson(h, spelled)) return true;
  return false;
}

/**
 * A person the profile puts on one side given an office the baseline has only on the other: "the
 * veteran party chief Putin had met", "Modi, Putin agree … as PM wraps up". No claim of that office.
 */
function ofAnotherSide(r: RoleClaim, index: BaselineIndex): boolean {
  const group = index.profile.entities.find((e) => e.kind === 'person' && e.name.toLowerCase() === r.person)?.group;
  const countries = index.officeCountries.get(r.office) ?? [];
  return !!group && countries.length > 0 && !countries.includes(group);
}

/** A holding the sentence dates to a year before the baseline's: "became general secretary in 2011". */
const datedBeforeTheBaseline = (r: RoleClaim, index: BaselineIndex) => r.dated !== undefined && r.dated < index.period.from.getUTCFullYear();

/** The claim's office holders, with "X succeeded Y" read as X holding Y's baseline offices. */
function claimedHolders(claim: Features, paragraphPlaces: ReadonlySet<string>, index: BaselineIndex): Array<{ key: string; person: string }> {
  const held: Array<{ key: string; person: string }> = [];
  // (a claim every year of which is before the baseline's tells of history: "in 2018-2021 also served as head of state")
  if (tellsOfEarlierYears(claim, index)) return held;
  for (const r of claim.roles) {
    if (ofAnotherSide(r, index)) continue;
    if (datedBeforeTheBaseline(r, index)) continue; // history: "became general secretary in 2011"
    if (r.then && datedBefore(claim, index)) continue; // "who was then president", of a time before the baseline's
    const key = officeKey(r, claim, paragraphPlaces, index);
    if (key) held.push({ key, person: r.person });
  }
  for (const { successor, predecessor } of claim.successions) {
    for (const key of index.officesByName.get(lastNameOf(predecessor)) ?? []) {
      if (namedAmong(index.roles.get(key)!, predecessor)) held.push({ key, person: successor });
    }
  }
  return held;
}

/**
 * A later holder of an office of a country outside the watch that the baseline names a holder of,
 * the country's name and the title before the name ("US President Donald Trump" where the
 * baseline has "US President Joe Biden"). Not a change the watch is about: only a claim's
 * finding, never what makes an article the watch's.
 */
export function outsideOfficeConflict(claim: Features, index: BaselineIndex): Comparison | undefined {
  if (tellsOfEarlierYears(claim, index) || datedBefore(claim, index)) return undefined;
  for (const r of claim.roles) {
    const country = r.country ?? soleOutsideCountryWith(r.office, r.person, claim, index);
    if (!country || isWatched(country, index) || r.then || datedBeforeTheBaseline(r, index)) continue;
    const key = `${r.office}|${country}`;
    const holders = index.roles.get(key);
    if (!holders?.length) continue;
    if (!titleNames(claim.text, r)) continue;
    const conflict = laterHolderConflict(r.person, key, holders, index);
    if (conflict) return conflict;
  }
  return undefined;
}

/**
 * The title names the person: it stands right before the name, by first name or surname
 * ("President Trump"), or is linked to it by a copula ("the US president is now Donald Trump") or
 * a comma ("the US president, Donald Trump,"). Not the title of a noun's complement: "adviser to
 * Ukraine's president, Mykhailo Podolyak" names an adviser.
 */
function titleNames(text: string, r: RoleClaim): boolean {
  const name = nameWords(r.person).filter((w, k, all) => k === 0 || k === all.length - 1).map(escapeRegex).join('|');
  const link = String.raw`(,|\s+(?:is|remains|became)(?:\s+(?:now|today|currently))?|\s+(?:now|today|currently)\s+is)?`;
  for (const m of text.matchAll(new RegExp(String.raw`\b${escapeRegex(r.office)}${link}\s+(?:${name})\b`, 'gi'))) {
    if (m[1] !== ',') return true;
    const before = text.slice(0, m.index).toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
    if (!before.slice(-4).some((w) => w === 'to' || w === 'of')) return true;
  }
  return false;
}

/**
 * The country a title without one belongs to: the one outside country named in the title's own
 * clause, no verb between the two, whose office of that title the baseline has a holder of
 * ("Under President Donald Trump, the US set tariffs", "US officials under President Donald
 * Trump": the US presidency; not "President Trump pressed Kyiv", a country he acted on).
 */
function soleOutsideCountryWith(office: string, person: string, claim: Features, index: BaselineIndex): string | undefined {
  const title = claim.tokens.findIndex((t, i) => t.lower === lastWord(office) && claim.tokens[i + 1]?.lower === nameWords(person)[0]);
  if (title < 0) return undefined;
  const atMention = (e: EntityMention) => claim.tokens.findIndex((t) => t.start >= e.start);
  const noVerbBetween = (k: number) => k >= 0 && !claim.tokens.slice(Math.min(k, title) + 1, Math.max(k, title)).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const countries = new Set(
    claim.entities.filter((e) => !e.group && (e.kind === 'country' || e.kind === 'place') && index.roles.has(`${office}|${e.id}`) && noVerbBetween(atMention(e))).map((e) => e.id),
  );
  return countries.size === 1 ? [...countries][0] : undefined;
}

/**
 * A `role` contradiction for `person` named as holder of the office `key`, unless the baseline
 * names them among its `holders` or as holder of an office of that name elsewhere.
 */
function laterHolderConflict(person: string, key: string, holders: ReadonlyArray<{ person: string; sentence: number }>, index: BaselineIndex): Comparison | undefined {
  if (namedAmong(holders, person) || holdsItElsewhere(person, key, index)) return undefined;
  const says = `the article names ${title(person)} as ${key.split('|')[0]}; the baseline names ${title(holders[0].person)}`;
  return factContradiction('role', sharedEvidence(holderLookup(holders).evidence, index), says, index);
}

/** A later holder of a baseline office named in a sentence read for nothing else. */
export const passingRoleConflict = (claim: Features, index: BaselineIndex) => roleConflict(claim, new Set(), index);

function roleConflict(claim: Features, paragraphPlaces: ReadonlySet<string>, index: BaselineIndex): Comparison | undefined {
  // every office the sentence gives a later holder of, each with its own evidence: "General
  // Secretary To Lam and President Luong Cuong" changes two offices, and the reader needs both
  const changed = new Map<string, Comparison>();
  for (const { key, person } of claimedHolders(claim, paragraphPlaces, index)) {
    const holders = index.roles.get(key);
    if (!holders?.length || changed.has(key)) continue;
    const conflict = laterHolderConflict(person, key, holders, index);
    if (conflict) changed.set(key, conflict);
  }
  if (changed.size) {
    const [first, ...more] = changed.values();
    if (!more.length) return first;
    const evidence = [...new Set([first, ...more].flatMap((c) => c.evidence))];
    return { ...first, evidence, reason: [first, ...more].map((c) => c.reason).join('; ') };
  }
  const retitled = retitledConflict(claim, index);
  if (retitled) return retitled;
  for (const key of unnamedSuccessions(claim, paragraphPlaces, index)) {
    const holders = index.roles.get(key);
    if (!holders?.length) continue;
    const says = `the article tells of a new ${key.split('|')[0]} chosen; the baseline names ${title(holders[0].person)}`;
    return factContradiction('role', sharedEvidence(holderLookup(holders).evidence, index), says, index);
  }
  return undefined;
}

/**
 * The baseline has the person hold the office in another country: "President Volodymyr Zelensky"
 * in a sentence on Russia is Ukraine's president, not Russia's.
 */
function holdsItElsewhere(person: string, key: string, index: BaselineIndex): boolean {
  const office = key.split('|')[0];
  for (const [other, holders] of index.roles) if (other !== key && other.split('|')[0] === office && namedAmong(holders, person)) return true;
  return false;
}

/**
 * Someone the baseline calls by another title given an office it names no holder of: "Foreign
 * Minister Tran Hong Ha" where the baseline has him deputy prime minister, "Le Hoai Trung was
 * confirmed as foreign minister" where it has "a top party diplomat Le Hoai Trung". The claim is
 * not of a time before the baseline, and the office is not another country's.
 */
function retitledConflict(claim: Features, index: BaselineIndex): Comparison | undefined {
  if (datedBefore(claim, index)) return undefined;
  for (const r of claim.roles) {
    if (r.then || datedBeforeTheBaseline(r, index) || ofAnotherSide(r, index)) continue;
    if (r.country ? !isWatched(r.country, index) || index.roles.get(`${r.office}|${r.country}`)?.length : index.officeCountries.has(r.office)) continue;
    const known = [...index.personTitles].find(([name]) => samePerson(name, r.person));
    // (named in the claim: a holder read from "he" may be another than the one named before)
    const named = nameWords(claim.text).includes(nameWords(r.person).at(-1) ?? '');
    if (!known || !named || known[1].titles.has(r.office)) continue;
    const says = `the article names ${title(r.person)} as ${r.office}; the baseline calls ${title(known[0])} ${[...known[1].titles].join(', ')}`;
    return factContradiction('role', sentencesAt(known[1].sentences, index), says, index);
  }
  return undefined;
}

/**
 * Offices the claim says someone new was chosen for, naming no holder: "the plenum that chose the
 * new general secretary", "parliament elected a new state president". The baseline's holder is
 * then no longer the holder. (A holding dated before the baseline is history; one foreseen has
 * not happened yet.)
 */
function unnamedSuccessions(claim: Features, paragraphPlaces: ReadonlySet<string>, index: BaselineIndex): string[] {
  if (datedBefore(claim, index)) return [];
  const lowers = claim.tokens.map((t) => t.lower);
  const keys: string[] = [];
  claim.tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !CHOOSING.has(t.lemma)) return;
    // a choice foreseen ("is expected to choose", "will elect") has not yet replaced anyone
    if (claim.tokens.slice(Math.max(0, i - 4), i).some(isProspective)) return;
    const article = lowers.slice(i + 1, i + 3).findIndex((w) => w === 'new');
    if (article < 0) return;
    const office = index.matcher.officeAt(lowers, i + 2 + article);
    if (!office || claim.roles.some((r) => r.office === office.office)) return;
    // whose office: of the countries the sentence (or its paragraph) names, the one whose holder the baseline names
    const named = new Set(claim.entities.filter((e) => e.kind === 'country' || e.kind === 'place').map((e) => e.group ?? e.id));
    const places = named.size ? named : paragraphPlaces;
    const held = (index.officeCountries.get(office.office) ?? []).filter((c) => places.has(c));
    if (held.length === 1) keys.push(`${office.office}|${held[0]}`);
  });
  return keys;
}
const CHOOSING = new Set(['elect', 'choose', 'name', 'appoint', 'pick', 'select', 'install']);

/** The baseline sentences at these positions, each once. */
const sentencesAt = (positions: readonly number[], index: BaselineIndex) => distinct(positions).map((i) => index.sentences[i]);

// The evidence of an office or a membership, made once per fact: at 100 000 sentences a fact can
// be stated in thousands, and every claim contradicting it gives them all. Frozen: findings share
// it (index.ts puts a frozen list in report form once).
const factEvidence = new WeakMap<readonly number[], BaselineSentence[]>();
function sharedEvidence(sentences: readonly number[], index: BaselineIndex): BaselineSentence[] {
  let evidence = factEvidence.get(sentences);
  if (!evidence) factEvidence.set(sentences, (evidence = Object.freeze(sentencesAt(sentences, index)) as BaselineSentence[]));
  return evidence;
}

/** Makes the fact lookups, the facts' shared evidence and the document titles of a new index; returns the evidence lists. */
export function prepareFacts(index: BaselineIndex): BaselineSentence[][] {
  docName(index, '');
  return [
    ...[...index.roles.values()].map((holders) => sharedEvidence(holderLookup(holders).evidence, index)),
    ...[...index.statuses.values()].map((stated) => sharedEvidence(statusLookup(stated).evidence, index)),
  ];
}

/** A claim that gives a baseline fact another value: the sentences stating the fact are the evidence. */
function factContradiction(type: ContradictionType, evidence: BaselineSentence[], says: string, index: BaselineIndex, score = 0.8): Comparison {
  return { label: 'contradiction', type, evidence, score, reason: `${says} (${docName(index, evidence[0].doc)}: ${quote(evidence[0])})` };
}

const RANK_NAMES = { head: 'its head', deputy: 'a deputy', staff: 'one of its staff' } as const;

/** The same person at another body: "X, then at the Lowy Institute" against "X, … of the Crisis Group". */
function affiliationConflict(claim: Features, index: BaselineIndex): Comparison | undefined {
  // (samePerson: one name ends the other, "Huong Le Thu" is the "AFP Huong Le Thu" a credit ran into)
  for (const mine of claim.affiliations) {
    // (whatever the spelling: "Podolyak" is the baseline's "Podoliak")
    const stated = index.affiliations.filter(({ affiliation }) => samePerson(transliterated(affiliation.person), transliterated(mine.person)));
    const there = stated.filter(({ affiliation }) => affiliation.body.some((k) => mine.body.includes(k)));
    if (stated.length && !there.length) {
      const says = `the article places ${title(mine.person)} at another body than the baseline does`;
      return factContradiction('entity', sentencesAt(stated.map((s) => s.sentence), index), says, index, 0.7);
    }
    // the same body, another rank: "director of the Asia programme" where the baseline has "Deputy Director"
    // (a head against a deputy or staff: "an analyst with the Crisis Group" may be its deputy director)
    const ranked = there.filter(({ affiliation }) => affiliation.rank);
    const unlike = (rank: Affiliation['rank']) => rank !== mine.rank && (rank === 'head' || mine.rank === 'head');
    if (mine.rank && ranked.length && ranked.every(({ affiliation }) => unlike(affiliation.rank))) {
      const says = `the article makes ${title(mine.person)} ${RANK_NAMES[mine.rank]}; the baseline ${RANK_NAMES[ranked[0].affiliation.rank!]}`;
      return factContradiction('role', sentencesAt(ranked.map((s) => s.sentence), index), says, index, 0.7);
    }
  }
  return undefined;
}

/**
 * Another age for someone the baseline gives one: "Trong died at the age of 78" where the baseline
 * has him "aged 80". An age said later may be as many years older as have passed; never younger.
 */
function ageConflict(claim: Features, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  const mine = claim.age;
  if (!mine?.person) return undefined;
  const stated = index.ages.filter((a) => samePerson(a.person, mine.person!));
  if (!stated.length) return undefined;
  // (an age said as it was then, "who was 82 at the time", is the age at the baseline's time; one
  // in a sentence dated to a year, "died in July 2024 aged 82", is the age in that year)
  const years = claim.dates.flatMap((d) => (d.year ? [d.year] : []));
  const written = mine.then ? undefined : years.length ? Math.max(...years) : context.written?.getUTCFullYear();
  const fits = (a: (typeof stated)[number]) => mine.years >= a.years && mine.years <= a.years + Math.max(0, (written ?? a.year) - a.year);
  if (stated.some(fits)) return undefined;
  const says = `the article gives ${title(mine.person)} an age of ${mine.years}; the baseline ${stated[0].years}`;
  return factContradiction('number', sentencesAt(stated.map((a) => a.sentence), index), says, index, 0.7);
}

/**
 * "Vietnam, a nation of about 80 million people" against "Vietnam, with its 100 million
 * inhabitants". A sentence naming no country ("a country of 90 million people") speaks of the
 * one its paragraph, or the sentence before, names, when that is the one country the baseline counts there.
 */
function populationConflict(claim: Features, index: BaselineIndex, places: ReadonlySet<string>): Comparison | undefined {
  const p = claim.population;
  const counted = [...places].filter((c) => index.populations.has(c));
  const country = p?.country ?? (counted.length === 1 ? counted[0] : undefined);
  const stated = country ? index.populations.get(country) : undefined;
  if (!p || !country || !stated?.length || stated.some(({ quantity }) => !disjoint(p.quantity, quantity))) return undefined;
  const says = `the article says ${title(country)} has “${p.quantity.text}”; the baseline says “${stated[0].quantity.text}”`;
  return factContradiction('number', sentencesAt(stated.map((s) => s.sentence), index), says, index, 0.75);
}

/** The one body the baseline gives a state a standing in, if it gives it only one. */
function soleBodyOfStanding(member: string, index: BaselineIndex): string | undefined {
  const bodies = [...index.statuses.keys()].flatMap((key) => (key.startsWith(`${member}|`) ? [key.slice(member.length + 1)] : []));
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** "Timor-Leste became a member of ASEAN" against "Timor-Leste is a candidate for ASEAN membership". */
function statusConflict(claim: Features, paragraph: ReadonlySet<string>, index: BaselineIndex): Comparison | undefined {
  const s = claim.status;
  if (!s) return undefined;
  // a sentence naming no body speaks of the one its paragraph names; naming none either, and saying
  // plainly that the state became a member ("was admitted", "became a full member"), of the one body
  // the baseline gives it a standing in (not "backed its accession", "lobbying for membership")
  const named = [...(s.body ? [s.body] : paragraph)].find((id) => index.statuses.has(`${s.member}|${id}`));
  const saysItJoined = s.status === 'member' && claim.tokens.some((t, i) => (t.pos === 'VERB' && MEMBERSHIP_VERBS.has(t.lemma)) || (t.lemma === 'member' && claim.tokens[i - 1]?.lower === 'full'));
  const body = named ?? (!s.body && saysItJoined ? soleBodyOfStanding(s.member, index) : undefined);
  const stated = body ? index.statuses.get(`${s.member}|${body}`) : undefined;
  if (!stated?.length || statusLookup(stated).statuses.has(s.status)) return undefined;
  // standings short of membership are held together (a candidate sits in as an observer): only
  // membership, or a partnership, differs from them
  if (SHORT_OF_MEMBERSHIP.has(s.status) && [...statusLookup(stated).statuses].every((held) => SHORT_OF_MEMBERSHIP.has(held))) return undefined;
  if (s.dated !== undefined && s.dated < index.period.from.getUTCFullYear()) return undefined; // history: "applied in 2011"
  const says = `the article says ${title(s.member)} is ${s.status === 'member' ? 'a member' : `a ${s.status}`} of ${body}; the baseline says ${stated[0].status}`;
  return factContradiction('other', sharedEvidence(statusLookup(stated).evidence, index), says, index);
}

/**
 * A count of the same kind of thing the baseline counts, whatever the other words: a standing
 * figure said now ("the bloc now has 11 members") of a body the claim or its paragraph names;
 * a count the baseline's own event produced ("more than 20 deals were signed" during the
 * visit), when the claim speaks of that event. Figures that agree settle it.
 */
function countConflict(m: ClaimMeasure, state: EventState, context: ClaimContext, index: BaselineIndex): Comparison | undefined {
  const { paragraph = new Set() } = context;
  const claim = m.claim;
  if (!claim.quantities.length) return undefined;
  // the claim's deeds told without doers, in the passive, or with the pair itself as doers ("the
  // two delegations signed 15 documents", "both sides inked …"): found once, whatever is counted
  const byThePair = (i: number) => claim.tokens.slice(Math.max(0, i - 4), i).some((t, k, before) => /^(two|both)$/.test(t.lower) && (t.lower === 'both' || before[k - 1]?.lower === 'the') && before[k + 1]?.pos === 'NOUN');
  const unownedDeeds = claim.tokens.flatMap((t, i) => (t.pos === 'VERB' && (PASSIVE_AUXILIARY.test(claim.tokens[i - 1]?.lower ?? '') || byThePair(i)) ? [i] : []));
  for (const q of claim.quantities) {
    // a count of what is yet to be done ("20 documents are being prepared") is no count of what was
    if (!(isCount(q) || (joinedAs(q) && !aimedAt(claim.tokens, q.from))) || (q.prospective && !q.standing) || storysOwnCount(claim, q, state, index, context)) continue;
    const counted = [...new Set(q.units.flatMap((u) => index.counts.get(u) ?? []))].filter(
      ({ quantity: r }) => r.standing === q.standing && (r.ordinal === q.ordinal || countedUpTo(q, r)),
    );
    // The event's counts: when the claim is not dated elsewhere and speaks of the event — names
    // it, names who took part, or says much of what a sentence stating the count says.
    // Universities' "40 memorandums since 2010" count something else.
    // In an article on the event's own days, a count done by the same deed, told without its doers
    // ("15 documents were signed"), is the event's, unless the claim names another place or
    // someone (whose talks they may be: "after Mishustin's talks"); others' signing ("oil companies
    // signed 15 memorandums") is theirs
    // (or a participle right after what is counted: "one of 15 documents signed during the trip")
    const isParticiple = (k: number) => isPastParticiple(claim.tokens[k]);
    // (or one before it: "five signed documents"; or one after the noun a figure is put at: "the number
    // of documents signed … at 15")
    const afterNamed = q.countedBefore !== undefined && isParticiple(q.countedBefore + 1) ? q.countedBefore + 1 : -1;
    const participle = isParticiple(q.to) ? q.to : afterNamed >= 0 ? afterNamed : Array.from({ length: q.to - q.from }, (_, k) => q.from + k).find(isParticiple) ?? -1;
    const deeds = participle >= 0 ? [participle] : unownedDeeds;
    const sameDeed = (b: BaselineSentence) =>
      state === 'inside' && deeds.some((i) => b.verbKeys.has(claim.tokenKeys[i] ?? '')) && !namesAnotherPlace(claim, index) && !claim.entities.some((e) => e.kind === 'person');
    const ofTheEvent =
      state !== 'outside' &&
      !ofAnotherVisit(claim, index) &&
      !anotherVisitorNamed(paragraph, index) &&
      (namesTheEvent(claim.keys, index) || counted.some(({ sentence }) => samePeople(claim, index.sentences[sentence]) || coverageOf(m, index.sentences[sentence]) >= SAME_TOPIC || sameDeed(index.sentences[sentence])));
    // (a count apposed to a longer name than the body's is that other body's: "the ASEAN Regional Forum, a 27-member dialogue")
    if (q.standing && apposedToLongerName(claim, q)) continue;
    const facts = counted.filter(({ sentence }) =>
      q.standing
        ? index.sentences[sentence].entities.some((e) => e.kind === 'organisation' && (paragraph.has(e.id) || claim.entities.some((c) => c.id === e.id)))
        : ofTheEvent && !ofAnotherEventElsewhere(claim, state, index.sentences[sentence], index),
    );
    if (!facts.length || facts.some(({ quantity: r }) => (countedUpTo(q, r) ? q.low <= r.high : !disjoint(q, r)))) continue;
    const says = `the article says “${q.text}”; the baseline says ${facts.map((f) => `“${f.quantity.text}”`).join(' and ')}`;
    return factContradiction('number', sentencesAt(facts.map((f) => f.sentence), index), says, index, 0.75);
  }
  return undefined;
}

/** A member's rank in joining a body, as it stands: "ASEAN's 11th member", "its eleventh member state". */
const joinedAs = (q: Quantity) => q.standing && q.ordinal && q.units.includes('member');

/** A joining still aimed at, said before its place: "is expected to become its eleventh member", "agreed to admit Timor-Leste as the bloc's 11th member". */
const aimedAt = (tokens: Token[], at: number) =>
  tokens.slice(Math.max(0, at - 16), at).some((t, k, before) => isProspective(t) || (t.lower === 'to' && /^(VERB|AUX)$/.test(before[k + 1]?.pos ?? '')));

/**
 * A member's rank in joining, against the baseline's count of members: the eleventh member joins a
 * body that then has at least eleven, so it conflicts with "10 members" only when it is past the
 * count (a "seventh member" joined long before).
 */
const countedUpTo = (q: Quantity, r: Quantity) => joinedAs(q) && !r.ordinal;

/**
 * A count of deeds done ("about 20 documents were signed") in an article headed on another visit
 * or place, not dated to the event nor naming it in its year or its visitor: the story's own
 * visit's count. (A count that stands, "the bloc's 11 members", is no deed's.)
 */
const storysOwnCount = (claim: Features, q: Quantity, state: EventState, index: BaselineIndex, context: ClaimContext) =>
  !!context.storyElsewhere && state !== 'inside' && !q.standing && !claim.entities.some((e) => visitorOf(index).has(e.id));

/**
 * A headline of an article written after the event that names a place the event was not in
 * ("… at the Kuala Lumpur summit") or someone of the visitor's side the baseline never names, and
 * not the visitor ("Mishustin in Hanoi"): the article's story is another visit's.
 */
export const headedElsewhere = (headline: Features | undefined, index: BaselineIndex) =>
  !!headline && (namesAnotherPlace(headline, index) || anotherVisitorNamed(new Set(headline.entities.map((e) => e.id)), index));

/** The claim names people, none of them the event's: "Mishustin ends Hanoi visit" tells of his visit, not the baseline's. */
export const ofAnotherVisit = (claim: Features, index: BaselineIndex) => {
  const people = claim.entities.filter((e) => e.kind === 'person');
  return people.length > 0 && !people.some((e) => index.metWith.has(e.id));
};

/**
 * The claim's paragraph names someone of the visitor's side whom the baseline never names, and not
 * the visitor: its deeds are that person's visit ("Mishustin spent two days in Hanoi … The two
 * governments signed seven documents").
 */
function anotherVisitorNamed(paragraph: ReadonlySet<string>, index: BaselineIndex): boolean {
  const visitors = visitorOf(index);
  const sides = new Set([...visitors].map((v) => index.matcher.groupOf(v)));
  const people = [...paragraph].filter((id) => !!index.matcher.person(id));
  return !people.some((id) => visitors.has(id)) && people.some((id) => sides.has(index.matcher.groupOf(id)) && !index.postings.has(`@${id}`));
}

/** A body's name followed by more capitalised words ("ASEAN Regional Forum") ends a few words before the figure, after a comma. */
function apposedToLongerName(claim: Features, q: Quantity): boolean {
  const comma = claim.tokens.slice(Math.max(0, q.from - 3), q.from).findIndex((t) => t.text === ',');
  if (comma < 0) return false;
  const nameEnd = Math.max(0, q.from - 3) + comma;
  let k = nameEnd - 1;
  while (k > 0 && /^\p{Lu}/u.test(claim.tokens[k].text) && !claim.entities.some((e) => claim.tokens[k].start >= e.start && claim.tokens[k].end <= e.end)) k--;
  return k < nameEnd - 1 && claim.entities.some((e) => e.kind === 'organisation' && claim.tokens[k].start >= e.start && claim.tokens[k].end <= e.end);
}

/** Every year the claim names as its time is before the baseline's: it tells of history. */
function tellsOfEarlierYears(claim: Features, index: BaselineIndex): boolean {
  const years = yearsOf(claim);
  return years.length > 0 && years.every((y) => y < index.period.from.getUTCFullYear());
}

/** The claim names the event's visitor and no year but the event's: "In 2024 Putin met …". */
const visitorInTheEventsYear = (claim: Features, index: BaselineIndex) => {
  const years = yearsOf(claim);
  return years.length > 0 && years.every((y) => y === index.period.from.getUTCFullYear()) && namesOneOf(claim, visitorOf(index), index);
};

/**
 * The years a claim names as its time: not "since" one (a holding since a year goes on), nor one
 * a name is "of" ("the Great Patriotic War of 1941–1945").
 */
function yearsOf(claim: Features): number[] {
  const before = (i: number) => claim.tokens[i]?.lower ?? '';
  return claim.tokens.flatMap((_, i) => {
    const year = yearAt(claim, i);
    const ofAName = before(i - 1) === 'of' || (/^[–-]$/.test(before(i - 1)) && before(i - 3) === 'of');
    return year === undefined || ofAName ? [] : [year];
  });
}

/**
 * The year token i names, unless "since" it (a holding since a year goes on); a year "since" which
 * a clause of "when" follows is told of all the same: "his first trip since 2017, when he attended
 * the summit in Da Nang".
 */
function yearAt(claim: Features, i: number): number | undefined {
  const t = claim.tokens[i];
  if (!/^(19|20)\d\d$/.test(t.lower)) return undefined;
  const when = (claim.tokens[i + 1]?.text === ',' ? claim.tokens[i + 2] : claim.tokens[i + 1])?.lower === 'when';
  return claim.tokens[i - 1]?.lower !== 'since' || when ? Number(t.lower) : undefined;
}

/** The claim names a year before the baseline's (not "since" one): it tells of history. */
function datedBefore(claim: Features, index: BaselineIndex): boolean {
  const baselineYear = index.period.from.getUTCFullYear();
  return claim.tokens.some((_, i) => (yearAt(claim, i) ?? baselineYear) < baselineYear);
}

/**
 * A trend of the topic that went the other way, whatever the other words: the claim's trend is
 * of a topic class the baseline's trend is of ("expanding its purchases of Russian weapons"
 * against "arms … orders have dropped off"), and no baseline trend of it goes the claim's way.
 * A trend the claim dates before the baseline is history.
 */
function trendChange(claim: Features, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  if (datedBefore(claim, index)) return undefined;
  // a plain word's trend is the baseline's when the claim, or its paragraph, names both sides too
  // ("Vietnamese orders for Russian kit keep climbing"); one put as a goal ("urged Manila to cut its
  // imports") is no trend
  const groups = new Set([...claim.groups, ...[...(context.paragraph ?? [])].flatMap((id) => index.matcher.groupOf(id) ?? [])]);
  const bothSides = namesBothSides({ groups }, index.profile);
  for (const mine of claim.trends) {
    if (claim.tokens[mine.at - 1]?.lower === 'to') continue;
    for (const topic of mine.about.filter((k) => k.startsWith('=') || (bothSides && !/^[@#]/.test(k)))) {
      const stated = index.trends.get(topic) ?? [];
      if (!stated.length || stated.some((t) => t.direction === mine.direction)) continue;
      const says = `the article says ${topic.replace(/^=/, '')} went ${mine.direction} (“${claim.tokens[mine.at].text}”); the baseline says ${stated[0].direction}`;
      return factContradiction('other', sentencesAt(stated.map((t) => t.sentence), index), says, index, 0.7);
    }
  }
  return undefined;
}

/** The person a sentence names first (a profile person), or undefined when a name it does not know comes first. */
function firstNamed(claim: Features): string | undefined {
  const inDate = (k: number) => claim.dates.some((d) => k >= d.from && k < d.to);
  for (let k = 0; k < claim.tokens.length; k++) {
    const t = claim.tokens[k];
    const entity = claim.entities.find((e) => t.start >= e.start && t.end <= e.end);
    if (entity?.kind === 'person') return entity.id;
    if (k > 0 && t.pos === 'PROPN' && !entity && !inDate(k) && /^\p{Lu}/u.test(t.text)) return undefined;
  }
  return undefined;
}

/**
 * The sentence's subject, before its first verb, names someone other than the visitor: a profile
 * person of another role, or a full name the profile does not know ("Joe Biden": two capitalised words).
 */
function othersNamedFirst(claim: Features, index: BaselineIndex): boolean {
  const visitors = visitorOf(index);
  const entityAt = (t: Token) => claim.entities.find((e) => t.start >= e.start && t.end <= e.end);
  const unknownName = (k: number) => [k, k + 1].every((n) => claim.tokens[n]?.pos === 'PROPN' && /^\p{Lu}/u.test(claim.tokens[n].text) && !entityAt(claim.tokens[n]));
  for (let k = 0; k < claim.tokens.length && claim.tokens[k].pos !== 'VERB'; k++) {
    const entity = entityAt(claim.tokens[k]);
    if (entity?.kind === 'person') return !visitors.has(entity.id);
    if (unknownName(k)) return true;
  }
  return false;
}

/** Someone is said to be in one of the event's cities: "was in Hanoi". */
const beingInTheEventsCity = (claim: Features, index: BaselineIndex) =>
  claim.tokens.some((t, i) => t.lemma === 'be' && claim.tokens[i + 1]?.lower === 'in' && claim.entities.some((e) => !!e.place && index.eventPlaces.has(e.place) && e.start === claim.tokens[i + 2]?.start));

/** Words saying a time is before or after what follows them: "ahead of", "before", "prior to", "after". */
const RELATIVE_TIME = /^(ahead of|before|prior to|after|following)$/;

/** The words after token `at` (past a comma) set the time before or after the event: "…, ahead of his trip to Hanoi". */
function relativeToTheEvent(claim: Features, at: number, index: BaselineIndex): boolean {
  const from = claim.tokens[at]?.text === ',' ? at + 1 : at;
  const words = claim.tokens.slice(from, from + 2).map((t) => t.lower);
  const opener = RELATIVE_TIME.test(words.join(' ')) ? 2 : RELATIVE_TIME.test(words[0] ?? '') ? 1 : 0;
  return opener > 0 && claim.tokenKeys.slice(from + opener, from + opener + 4).some((k) => !!k && index.eventWords.has(k));
}

/**
 * Another day for the baseline's event, whatever the words around the date: a claim that speaks
 * of the event (names it, tells of someone arriving or leaving, or has the visitor in its city)
 * and of its people, dated in
 * the event's month on a day the baseline does not give it ("reached Hanoi on the evening of
 * June 18", "stopped in Hanoi on 20-21 June" against "Putin's June 19-20 visit").
 */
function eventDateConflict(claim: Features, state: EventState, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  const wrongYear = eventYearConflict(claim, index);
  if (wrongYear || state === 'outside') return wrongYear;
  // (or the visitor said to be in the event's city: "Putin was in Hanoi on 18 and 19 June")
  const namesVisitor = namesOneOf(claim, visitorOf(index), index);
  const there = namesVisitor && beingInTheEventsCity(claim, index);
  // (or a host the baseline has him meet said to meet him, "Lam hosted Putin at the presidential
  // palace on 21 June", the first name one of theirs: "Blinken held talks with To Lam a day after
  // Putin's visit" are Blinken's)
  const hosted = () =>
    namesVisitor && (claim.tellsOfTalks || tellsOfHosting(claim.tokens)) && index.metWith.has(firstNamed(claim) ?? '') && claim.entities.some((e) => index.hosts.has(e.id));
  const ofTheEvent = namesTheEvent(claim.keys, index) || claim.tellsOfMoving || there || hosted();
  if (!ofTheEvent || goesElsewhere(claim, index)) return undefined;
  const eventYear = index.period.from.getUTCFullYear();
  for (const d of claim.dates) {
    const event = d.month ? index.eventDays.get(d.month) : undefined;
    if (!event || !d.days.length || (d.year !== undefined && d.year !== eventYear)) continue;
    // (a date said to be before or after the event is another thing's: "printed on June 17, ahead of his trip")
    if (relativeToTheEvent(claim, d.to, index)) continue;
    // (a part of the month agrees when any of its days does: "in late June")
    if (d.part ? d.days.some((day) => event.days.has(day)) : d.days.every((day) => event.days.has(day))) continue;
    // its people named in the claim, or, naming no one, in its paragraph ("That 2024 encounter, a two-day state visit on 18 and 19 June, …")
    // (or, naming no one, the visitor by title: "the Russian leader's state visit")
    const unnamed = visitorInParagraphOnly(claim, index, context) || (namesVisitor && !claim.entities.some((e) => e.kind === 'person'));
    // (a host meeting the visitor is of the visitor's event, dated where the baseline dates it)
    const evidence = ofItsPeople(claim, event.sentences, index) ?? (unnamed || hosted() ? sentencesAt(event.sentences, index) : undefined);
    if (!evidence) continue;
    const says = `the article dates it ${daysText(d)} ${MONTHS[d.month! - 1]}; the baseline dates the event ${[...event.days].sort((a, b) => a - b).join('-')} ${MONTHS[d.month! - 1]}`;
    return factContradiction('date', evidence, says, index, 0.7);
  }
  return undefined;
}

/** Words after the event's word within which a date says when it was: "the state visit that Putin paid to Hanoi last July". */
const EVENT_DATE_REACH = 10;

/**
 * The event's word after a determiner pointing back ("that visit"), with no one named, in a
 * paragraph naming the visitor: the event told of before.
 */
function refersBackToTheEvent(claim: Features, index: BaselineIndex, context: ClaimContext, pointing: RegExp): boolean {
  const visitors = visitorOf(index);
  return claim.tokenKeys.some((k, i) => !!k && index.eventWords.has(k) && pointing.test(claim.tokens[i - 1]?.lower ?? '')) && !claim.entities.some((e) => e.kind === 'person') && [...(context.paragraph ?? [])].some((id) => visitors.has(id));
}

/**
 * The visitor's arrival in the event's city in another month of the event's year: "Putin landed
 * in Hanoi in July 2024", "on 3 July", said in 2024, against "Putin's June 19-20 visit". One
 * visitor makes one such trip a year; a trip elsewhere ("flew on to Laos in July") is another.
 */
function eventMonthConflict(claim: Features, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  if (!index.eventDays.size || goesElsewhere(claim, index)) return undefined;
  const eventWordsAt = claim.tokenKeys.flatMap((k, i) => (k && index.eventWords.has(k) ? [i] : []));
  const visitors = visitorOf(index);
  // (or "that visit", with no one named, in a paragraph on the visitor: the event told of before)
  const referredBack = refersBackToTheEvent(claim, index, context, /^(that|this)$/);
  if (!referredBack && !namesTheEventsCity(claim, index)) return undefined;
  const first = firstNamed(claim);
  // the visitor arriving, or the event named with the visitor in it ("the state visit that Putin paid to Hanoi last July")
  // (the visitor named first, or by office with nobody named before: "the Russian leader came to Hanoi")
  // (or being there: "when Putin was in Hanoi in July")
  const arrives = (claim.tellsOfArriving || beingInTheEventsCity(claim, index) || goesToTheEventsCity(claim, index)) && (first ? visitors.has(first) : namesOneOf(claim, visitors, index));
  // (the date said of the event, after its word: not "on October 24, four months after the state visit")
  const named = eventWordsAt.length > 0 && (referredBack || namesOneOf(claim, visitors, index));
  if (!arrives && !named) return undefined;
  const datesIt = (d: DateMention) => arrives || eventWordsAt.some((at) => (d.from > at && d.from - at <= EVENT_DATE_REACH) || inWhenClauseOf(claim.tokens, d, at));
  const eventYear = index.period.from.getUTCFullYear();
  // (the year a month is said in, from the article's date: "in July last year")
  const anchors = extractTimeAnchors(claim.tokens, context.written);
  for (const d of claim.dates) {
    if (!d.month || !datesIt(d)) continue;
    // (the event's own month in another year, "in June 2023", misdates it: the month is no coincidence)
    const eventsMonth = index.eventDays.has(d.month);
    const otherYear = eventsMonth && d.year !== undefined && d.year !== eventYear;
    if (!otherYear && (eventsMonth || (d.year ?? anchors.find((a) => a.month === d.month)?.year) !== eventYear)) continue;
    const dating = sentencesAt([...index.eventDays.values()].flatMap((e) => e.sentences), index);
    const theirs = [...index.eventDays].map(([month, e]) => `${[...e.days].sort((a, b) => a - b).join('-')} ${MONTHS[month - 1]}`).join(', ');
    return factContradiction('date', dating, `the article dates it ${d.days.length ? `${daysText(d)} ` : ''}${MONTHS[d.month - 1]}${otherYear ? ` ${d.year}` : ''}; the baseline dates the event ${theirs}${otherYear ? ` ${eventYear}` : ''}`, index, 0.7);
  }
  return undefined;
}

/**
 * A "when" clause right after a date, up to its comma, holds token `at`: what the clause tells
 * happened at that date ("in July, when Putin paid a state visit to Hanoi").
 */
function inWhenClauseOf(tokens: Token[], d: DateMention, at: number): boolean {
  const when = tokens[d.to]?.text === ',' ? d.to + 1 : d.to;
  return tokens[when]?.lower === 'when' && at > when && !tokens.slice(when, at).some((t) => /^[,;:]$/.test(t.text));
}

/**
 * Another weekday for a stop of the tour: "Putin signed the pact in Pyongyang on Tuesday",
 * "after spending Monday and Tuesday in Pyongyang" against "after North Korea on Wednesday".
 * The weekday goes with the stop named nearest it in both, and the claim tells of the visitor or
 * of travelling.
 */
function stopDayConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  if (state === 'outside' || !(claim.tellsOfMoving || namesOneOf(claim, visitorOf(index), index))) return undefined;
  const home = eventPlacesAndCountries(index);
  const stops = new Set([...tourStops(index)].filter((p) => !home.has(p)));
  for (const d of claim.dates) {
    const stop = d.days.length ? undefined : stopNear(claim, d, stops);
    if (!stop) continue;
    const { dating, theirs } = stopDays(stop, stops, index);
    if (!theirs.size || d.weekdays.some((w) => theirs.has(w))) continue;
    return factContradiction('date', dating.slice(0, 3), `the article says ${d.weekdays.map(title).join(' and ')} in ${title(stop)}; the baseline says ${[...theirs].map(title).join(' and ')}`, index, 0.7);
  }
  return undefined;
}

/** The baseline's sentences giving a weekday for a stop, and those weekdays, found once per index. */
const stopDaysByIndex = new WeakMap<BaselineIndex, Map<string, { dating: BaselineSentence[]; theirs: Set<string> }>>();
function stopDays(stop: string, stops: ReadonlySet<string>, index: BaselineIndex): { dating: BaselineSentence[]; theirs: Set<string> } {
  let byStop = stopDaysByIndex.get(index);
  if (!byStop) stopDaysByIndex.set(index, (byStop = new Map()));
  let days = byStop.get(stop);
  if (!days) {
    const dating = sentencesAt(index.postings.get(`@${stop}`) ?? [], index).filter((b) => b.dates.some((e) => e.weekdays.length && stopNear(b, e, stops) === stop));
    byStop.set(stop, (days = { dating, theirs: new Set(dating.flatMap((b) => b.dates.flatMap((e) => e.weekdays))) }));
  }
  return days;
}

/**
 * The stop of the tour a weekday is said of: the place named nearest it, within six words, when
 * that is a stop; not one the visitor came "from" or left (the day is the arrival's: "landed in
 * Hanoi on Thursday, straight from Pyongyang", "… after leaving Pyongyang"), unless the day is in
 * a "where" clause on it.
 */
function stopNear(f: Pick<Features, 'tokenKeys'> & { tokens?: Token[] }, d: DateMention, stops: ReadonlySet<string>): string | undefined {
  if (!d.weekdays.length) return undefined;
  let best: { place: string; distance: number; at: number } | undefined;
  f.tokenKeys.forEach((k, i) => {
    const distance = i < d.from ? d.from - i : i - d.to + 1;
    if (k?.startsWith('@') && distance <= 6 && (!best || distance < best.distance)) best = { place: k.slice(1), distance, at: i };
  });
  if (!best || !stops.has(best.place)) return undefined;
  const lowers = f.tokens?.map((t) => t.lower) ?? [];
  let name = best.at;
  while (name > 0 && f.tokenKeys[name - 1] === f.tokenKeys[best.at]) name--;
  // (a place left, "from Pyongyang", "after leaving the DPRK", is where the visitor came from)
  if (lowers[name - 1] === 'the') name--;
  const left = lowers[name - 1] === 'from' || /^(leave|depart)$/.test(f.tokens?.[name - 1]?.lemma ?? '');
  const origin = left && !(best.at < d.from && lowers.slice(best.at, d.from).includes('where'));
  // (a day before "after …" dates what comes after it: "flew in on Thursday, after a trip to North Korea")
  const earlierStep = best.at >= d.to && lowers.slice(d.to, name).some((w) => w === 'after' || w === 'following');
  return origin || earlierStep ? undefined : best.place;
}

/**
 * The sentences dating the event, when the claim is about its people: the person it names first
 * is named there. Someone else's day ("Lavrov arrived on June 25", "Daniel Kritenbrink … arrived
 * on 21 June, after Putin's departure") is another event.
 */
function ofItsPeople(claim: Features, dating: readonly number[], index: BaselineIndex): BaselineSentence[] | undefined {
  const evidence = sentencesAt(dating, index);
  const first = firstNamed(claim);
  return first && evidence.some((b) => b.keys.has(`@${first}`)) ? evidence : undefined;
}

/**
 * The baseline's event in another year: "the state visit by Putin in June 2023" where the
 * baseline dates it June 2024. The claim names the event and, first, one of its people, and
 * dates it in the event's month (on its days, or none) of a year the sentence gives. (Another
 * month of another year is another visit: "his visit in November 2017".)
 */
function eventYearConflict(claim: Features, index: BaselineIndex): Comparison | undefined {
  if (!namesTheEvent(claim.keys, index)) return undefined;
  const eventYear = index.period.from.getUTCFullYear();
  for (const d of claim.dates) {
    const event = d.month ? index.eventDays.get(d.month) : undefined;
    if (!event || d.year === undefined || d.year === eventYear || !d.days.every((day) => event.days.has(day))) continue;
    const evidence = ofItsPeople(claim, event.sentences, index);
    if (!evidence) continue;
    const says = `the article dates it ${MONTHS[d.month! - 1]} ${d.year}; the baseline dates the event ${MONTHS[d.month! - 1]} ${eventYear}`;
    return factContradiction('date', evidence, says, index, 0.7);
  }
  return undefined;
}

/** A verb of motion that is not one of leaving: its place is where one went ("flew to"), not from ("left Pyongyang"). */
const goesTo = (lemma: string) => {
  const r = relationsOf(lemma);
  return r.verbClass === 'motion' && !r.antonyms.includes('arrive') && !r.hypernyms.includes('leave');
};

/** The claim tells of someone going to a place other than the event's cities and their countries. */
function goesElsewhere(claim: Features, index: BaselineIndex): boolean {
  const places = eventPlacesAndCountries(index);
  return destinations(claim).some((place) => !places.has(place));
}

/** The claim tells of someone going to the event's city: "since Putin flew to Hanoi in July". */
function goesToTheEventsCity(claim: Features, index: BaselineIndex): boolean {
  return destinations(claim).some((place) => index.eventPlaces.has(place));
}

/**
 * Where the claim tells of someone going: the place named within a few words after the word of
 * arriving, else of motion ("landed at Hanoi airport", "flew on to Pyongyang"), not where they
 * came from.
 */
function destinations(claim: Features): string[] {
  // the arriving word when there is one ("landed in Hanoi after his stop in Pyongyang"), else any verb of motion
  const arriving = claim.arrival?.word ?? arrivalAt(claim.tokens);
  return claim.tokens.flatMap((t, i) => {
    if (arriving >= 0 ? i !== arriving : t.pos !== 'VERB' || !goesTo(t.lemma)) return [];
    const reach = claim.tokens[Math.min(claim.tokens.length - 1, i + 5)].end;
    // (a place after a preposition of direction or place: "came as Moscow was hunting" goes nowhere)
    const destination = claim.entities.find((e) => (e.kind === 'place' || e.kind === 'country') && e.start >= t.end && e.end <= reach && !/\bfrom\s*$/.test(claim.text.slice(0, e.start - claim.start)) && /\b(to|into|in|for|toward|towards|on to|onto|at)\s+(the\s+)?$/i.test(claim.text.slice(Math.max(0, e.start - claim.start - 12), e.start - claim.start)));
    return destination ? [destination.place ?? destination.id] : [];
  });
}

/** The last day of the baseline's event, or none where the baseline dates no day. */
function lastEventDay(index: BaselineIndex): Date | undefined {
  const year = index.period.from.getUTCFullYear();
  const days = [...index.eventDays].flatMap(([month, { days }]) => [...days].map((d) => Date.UTC(year, month - 1, d)));
  return days.length ? new Date(Math.max(...days)) : undefined;
}

/**
 * The day a claim's "yesterday" or weekday counts from: the day it was written, or, in an article
 * written later, the event's last day (a weekday said of the event is a day of its week).
 */
const relativeDaysFrom = (context: ClaimContext, index: BaselineIndex) => (context.writtenLater ? lastEventDay(index) : context.written);

/** The people these baseline sentences name, by entity id. */
const peopleNamedIn = (sentences: readonly BaselineSentence[]) => new Set(sentences.flatMap((b) => b.entities.filter((e) => e.kind === 'person').map((e) => e.id)));

/**
 * Another time of arrival: "Putin reached the capital at dusk on June 19" where the baseline
 * has him land before dawn on June 20. The claim tells of arriving at a time of day, names
 * someone the baseline's arrival sentences name, and no place other than theirs; no baseline
 * arrival can be the same time. A weekday in an article written later is a day of the event's week.
 */
function arrivalTimeConflict(claim: Features, state: EventState, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  const mine = claim.arrival;
  if (!mine || state === 'outside' || !index.arrivals.length) return undefined;
  const stated = sentencesAt(index.arrivals.map((a) => a.sentence), index);
  const people = peopleNamedIn(stated);
  if (!namesOneOf(claim, people, index)) return undefined;
  if (goesElsewhere(claim, index)) return undefined;
  const day = mine.day;
  if (context.writtenLater && day && 'offset' in day) return undefined; // "yesterday", said later, is another day
  const written = relativeDaysFrom(context, index);
  const at = hoursSinceEpoch(mine, written, index.period.from.getUTCFullYear());
  // (an arrival the baseline tells without its day is the one it dates elsewhere: against a claim's day, the dated ones speak)
  const dated = index.arrivals.filter((a) => a.at);
  const against = at && dated.length ? dated : index.arrivals;
  if (against.some((a) => canBeSameTime(mine, at, a.time, a.at))) return undefined;
  // (a weekday said within the week after names the event's day of that name as well as the
  // writing day's: "landed in the small hours of Thursday", written the next Thursday)
  const ofTheEventsWeek = day && 'weekday' in day && !context.writtenLater ? hoursSinceEpoch(mine, lastEventDay(index), index.period.from.getUTCFullYear()) : undefined;
  if (ofTheEventsWeek && against.some((a) => canBeSameTime(mine, ofTheEventsWeek, a.time, a.at))) return undefined;
  const says = `the article has the arrival at another time of day or on another day than the baseline`;
  return factContradiction('date', stated, says, index, 0.7);
}

/** Each weekday told as a day of the story, with "the" or "a" before it ("on the Friday"), by its number. */
const STORY_WEEKDAYS = WEEKDAYS.map((w) => new RegExp(`\\b(the|a) ${w}\\b`, 'i'));

/**
 * Talks on another day: "Putin held talks with the Vietnamese leadership in Hanoi on 19 June"
 * where the baseline has his talks there on June 20. The claim tells of talks on a day the
 * baseline gives none, names someone of the baseline's talks, and no place but the event's. A
 * weekday said a year later is a day of the event's week ("the talks took place on the Friday").
 */
function talksDayConflict(claim: Features, state: EventState, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  const mine = claim.talksDay;
  if (!mine || state === 'outside' || !index.talks.length) return undefined;
  // ("yesterday", said later, is another day; a weekday said later of the event is a day of the
  // event's week when told as a day of the story, "on the Friday", "on a Friday": a bare "on
  // Friday" is one of the week of writing, as news tells it)
  if (context.writtenLater && ('offset' in mine || ('weekday' in mine && !STORY_WEEKDAYS[mine.weekday].test(claim.text)))) return undefined;
  const stated = sentencesAt(index.talks.map((t) => t.sentence), index);
  // (someone of the event's talks, dated or not: "the talks with Lam were on the Friday")
  const people = new Set([...peopleNamedIn(stated), ...index.metWith]);
  // (or "the talks", said in an article on the event's own days: "The formal talks took place on Wednesday, 19 June")
  const theTalks = state === 'inside' && claim.tokens.some((t, i) => t.lemma === 'talk' && t.pos === 'NOUN' && claim.tokens.slice(Math.max(0, i - 2), i).some((b) => b.lower === 'the'));
  if (!(namesOneOf(claim, people, index) || theTalks) || claimedElsewhere(claim, index)) return undefined;
  // (talks of someone else's: "Mishustin held talks with Chinh in Hanoi on Wednesday", "Kritenbrink began talks in Hanoi on Friday")
  if (namesSomeoneElse(claim, people)) return undefined;
  const written = relativeDaysFrom(context, index);
  const day = daySinceEpoch(mine, written, index.period.from.getUTCFullYear());
  if (day === undefined || index.talks.some((t) => t.day === day)) return undefined;
  // (a weekday said in the event's days names the event's day of that name, whichever way it lies
  // from the writing: "talks are expected later on Thursday", written on the Wednesday evening)
  const ofTheEventsWeek = 'weekday' in mine && !context.writtenLater ? daySinceEpoch(mine, lastEventDay(index), index.period.from.getUTCFullYear()) : undefined;
  if (ofTheEventsWeek !== undefined && index.talks.some((t) => t.day === ofTheEventsWeek)) return undefined;
  // (a weekday alone is a day of the week, not a date: "on the Friday")
  const mineText = 'weekday' in mine ? `a ${title(WEEKDAYS[mine.weekday])}` : epochDayText(day);
  return factContradiction('date', stated, `the article has the talks on ${mineText}; the baseline on ${epochDayText(index.talks[0].day)}`, index, 0.7);
}

/**
 * Does the claim name someone by a full name who is none of these people (by person id)? Then
 * what it tells of is theirs: "Mishustin held talks in Hanoi on Wednesday". (A title in capitals,
 * "Party General Secretary", or a place, "Hà Nội", names no one.)
 */
function namesSomeoneElse(claim: Features, people: ReadonlySet<string>): boolean {
  const lastWords = new Set([...people].map((p) => lastNameOf(p)));
  // (a place's name read as `namedPeople` reads names, without its possessive ending: "off Việt Nam's coast")
  const place = (name: string) => claim.entities.some((e) => e.kind !== 'person' && withoutPossessive(claim.text.slice(e.start - claim.start, e.end - claim.start)) === name);
  const titled = (name: string) => place(name) || (isEnglish(name.split(' ').at(-1)!.toLowerCase()) && !lastWords.has(nameWords(name).at(-1)!));
  return namedPeople(claim.text, titled).some((w) => !lastWords.has(w));
}

const visitorSets = new WeakMap<BaselineIndex, ReadonlySet<string>>();
/** The one the baseline's talks all name, by person id: the visitor (made once per index: most rules ask). */
const visitorOf = (index: BaselineIndex): ReadonlySet<string> => cachedPerIndex(visitorSets, index, () => new Set([...index.metWith].filter((p) => !index.hosts.has(p))));

/**
 * A piece of writing out on another day: "a column for the party daily published on the day he
 * arrived" where the baseline has it published the Wednesday before. The claim names the visitor
 * (its writer); a weekday said a year later is a day of the event's week; "the day he arrived" is
 * the day the baseline's arrival ends on.
 */
function pieceDayConflict(claim: Features, state: EventState, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  if (state === 'outside') return undefined;
  const days = visitorsPieceDays(claim, index, context);
  if (!days?.length || days.some((d) => index.pieces.some((p) => p.day === d))) return undefined;
  const says = `the article has the piece out on ${claim.pieceDay === 'arrival' ? 'the day of the arrival' : epochDayText(days[0])}; the baseline on ${epochDayText(index.pieces[0].day)}`;
  return factContradiction('date', sentencesAt(index.pieces.map((p) => p.sentence), index), says, index, 0.7);
}

/** The days (since the epoch) a claim gives a piece of the visitor's coming out, when the baseline dates one. */
function visitorsPieceDays(claim: Features, index: BaselineIndex, context: ClaimContext): number[] | undefined {
  const mine = claim.pieceDay;
  if (!mine || !index.pieces.length) return undefined;
  if (context.writtenLater && mine !== 'arrival' && 'offset' in mine) return undefined;
  const visitor = visitorOf(index);
  const writing = claim.tokens.findIndex((t) => t.pos === 'NOUN' && WRITINGS.has(t.lemma));
  // (or the paragraph names him, and the sentence speaks of the piece as one already told of: "The piece ran on Thursday")
  const toldOf = /^(the|his|this|that)$/.test(claim.tokens[writing - 1]?.lower ?? '') && [...visitor].some((v) => context.paragraph?.has(v));
  if (!namesOneOf(claim, visitor, index) && !toldOf) return undefined;
  // (a piece "by" someone else: "a column by a Vietnamese scholar ran the morning Putin arrived")
  const byWhom = claim.tokens[writing + 1]?.lower === 'by' ? claim.tokens.slice(writing + 2, writing + 7) : undefined;
  if (byWhom && !claim.entities.some((e) => e.kind === 'person' && visitor.has(e.id) && byWhom.some((t) => t.start === e.start))) return undefined;
  if (mine === 'arrival') return index.arrivals.flatMap((a) => (a.at ? [Math.floor((a.at[1] - 1) / 24)] : []));
  const day = daySinceEpoch(mine, relativeDaysFrom(context, index), index.period.from.getUTCFullYear());
  return day === undefined ? [] : [day];
}

/**
 * Talks with a host at another time of day: "Putin met Trong on the morning of June 20" where the
 * baseline has their talks that afternoon. The claim tells of talks at a time of day and names
 * the host (by name, or the last word of it), and no baseline talks with the host can be the
 * same time.
 */
function talksTimeConflict(claim: Features, state: EventState, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  const mine = claim.talksTime;
  if (!mine || state === 'outside') return undefined;
  // (talks held elsewhere, in the sentence's first clause, where its verb is: not "…, hoping for an
  // end to the fighting in Ukraine")
  const verb = claim.tokens.findIndex((t) => t.pos === 'VERB');
  const clauseEnd = claim.tokens.findIndex((t, i) => i > verb && /^[,;:]$/.test(t.text));
  const inClause = clauseEnd < 0 ? claim.entities : claim.entities.filter((e) => e.start < claim.tokens[clauseEnd].start);
  if (namesAnotherPlace({ entities: inClause }, index)) return undefined;
  if (context.writtenLater && mine.day && 'offset' in mine.day) return undefined;
  const names = new Set([...claim.entities.filter((e) => e.kind === 'person').map((e) => e.id), ...claim.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.lower)]);
  const visitor = visitorOf(index);
  const withHost = index.talkTimes.filter((t) => t.people.some((p) => !visitor.has(p) && (names.has(p) || names.has(lastNameOf(p)))));
  if (!withHost.length) return undefined;
  const written = relativeDaysFrom(context, index);
  const at = hoursSinceEpoch(mine, written, index.period.from.getUTCFullYear());
  if (withHost.some((t) => canBeSameTime(mine, at, t.time, t.at))) return undefined;
  return factContradiction('date', sentencesAt(withHost.map((t) => t.sentence), index), 'the article has the talks at another time of day or on another day than the baseline', index, 0.7);
}

/** The claim names no one, and its paragraph names the visitor: what it tells is the visitor's. */
const visitorInParagraphOnly = (claim: Features, index: BaselineIndex, context: ClaimContext): boolean =>
  !claim.entities.some((e) => e.kind === 'person') && [...visitorOf(index)].some((p) => context.paragraph?.has(p));

/**
 * The claim names one of these people, by name or as their country's leader ("the Russian
 * leader", "the Russian president"): a country of a person's group, then an office or "leader".
 */
function namesOneOf(claim: Features, people: ReadonlySet<string>, index: BaselineIndex): boolean {
  if (claim.entities.some((e) => e.kind === 'person' && people.has(e.id))) return true;
  const groups = new Set(index.profile.entities.filter((e) => e.kind === 'person' && people.has(e.name.toLowerCase())).map((e) => e.group));
  // (by their own office: "the Russian president", not "the Russian prime minister")
  const offices = new Set([...people].flatMap((p) => [...officesOf(p, index)]));
  const lowers = claim.tokens.map((t) => t.lower);
  return claim.entities.some((e) => {
    if (e.kind !== 'country' || !groups.has(e.group ?? e.id)) return false;
    const next = claim.tokens.findIndex((t) => t.start >= e.end);
    const office = next >= 0 ? index.matcher.officeAt(lowers, next) : undefined;
    return next >= 0 && (lowers[next] === 'leader' || (!!office && offices.has(office.office)));
  });
}

/**
 * A sentence giving the baseline's event another month of its year: it names the event, the
 * visitor (by name or title) and the event's city, and no other place ("the Russian leader's
 * state visit, which took him to Hanoi that July"). One visitor makes one such visit a year: the sentence and its
 * paragraph speak of the event, misdated, not of another.
 */
export function misdatesTheEvent(claim: Features, index: BaselineIndex): boolean {
  return (
    namesTheEvent(claim.keys, index) &&
    namesTheEventsCity(claim, index) &&
    !namesAnotherPlace(claim, index) &&
    namesOneOf(claim, visitorOf(index), index)
  );
}

/**
 * The claim is of the baseline's event: its paragraph is set in the event's time, or, undated, it
 * names the event or retells it (the visitor coming to or hosted in its city).
 */
const ofTheEvent = (claim: Features, state: EventState, index: BaselineIndex) =>
  state === 'inside' || (state === 'unknown' && (namesTheEvent(claim.keys, index) || retellsTheVisit(claim, index)));

/** "When Putin touched down in Hanoi", "Hanoi hosting the Russian president": the visitor, the event's city, and coming or hosting. */
function retellsTheVisit(claim: Features, index: BaselineIndex): boolean {
  if (!claim.tellsOfMoving && !claim.tokens.some((t) => t.pos === 'VERB' && HOSTING.test(t.lemma))) return false;
  return namesTheEventsCity(claim, index) && namesOneOf(claim, visitorOf(index), index);
}
const HOSTING = /^(host|receive|welcome)$/;

/** The sentence names one of the event's cities ("Hanoi", "Ha Noi"). */
const namesTheEventsCity = (f: Pick<Features, 'entities'>, index: BaselineIndex) => f.entities.some((e) => !!e.place && index.eventPlaces.has(e.place));

/** The claim names a place that is none of the event's cities or their countries ("talks in Pyongyang"). */
function claimedElsewhere(claim: Features, index: BaselineIndex): boolean {
  const places = eventPlacesAndCountries(index);
  // (a watched country said as a person's ("the Russian president") is no place the claim is set in)
  const asPlace = (e: EntityMention) => !e.group || !!e.place || saidAfterLocative(claim, e);
  // (nor is a place in the report's source: "according to the Kremlin programme")
  return claim.entities.some((e) => (e.kind === 'place' || e.kind === 'country') && !places.has(e.place ?? e.id) && !places.has(e.id) && asPlace(e) && !inSource(claim, e));
}

/** The event's cities, and the countries they are in; made once per index. */
const eventPlaceSets = new WeakMap<BaselineIndex, ReadonlySet<string>>();
function eventPlacesAndCountries(index: BaselineIndex): ReadonlySet<string> {
  let places = eventPlaceSets.get(index);
  if (!places) {
    const found = new Set(index.eventPlaces.keys());
    for (const sentences of index.eventPlaces.values()) for (const e of sentencesAt(sentences, index).flatMap((b) => b.entities)) if (e.place && found.has(e.place)) found.add(e.id);
    eventPlaceSets.set(index, (places = found));
  }
  return places;
}

/**
 * Another paper for someone's piece: "a column in the youth daily Tuoi Tre" where the baseline
 * has his op-ed in Nhan Dan. The claim's writer is one the baseline's sentence names, and no
 * baseline piece of theirs ran in the claim's paper.
 */
function venueConflict(claim: Features, state: EventState, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  const mine = claim.venue;
  if (!mine || (state === 'outside' && datesItself(claim))) return undefined;
  // the writer the claim names, or, named by "he" or not at all, the people its paragraph names
  // ("In the column he wrote before his trip for …")
  const named = claim.entities.filter((e) => e.kind === 'person').map((e) => e.id);
  const writers = new Set(named.length ? named : [...(context.paragraph ?? [])]);
  const theirs = index.venues.filter((v) => index.sentences[v.sentence].entities.some((e) => e.kind === 'person' && writers.has(e.id)));
  // the same paper, in more words of English ("the Communist Party's Nhan Dan"); not under a longer name of its own ("Quan Doi Nhan Dan")
  const words = mine.split(' ');
  const same = (venue: string) => venue.split(' ').every((w) => words.includes(w)) && words.every((w) => venue.split(' ').includes(w) || isEnglish(w));
  if (!theirs.length || theirs.some((v) => same(v.venue))) return undefined;
  const says = `the article has the piece in ${title(mine)}; the baseline in ${title(theirs[0].venue)}`;
  return factContradiction('entity', sentencesAt(theirs.map((v) => v.sentence), index), says, index, 0.7);
}

/** Sentences of the baseline a thing may be named in and still be one thing, rarely said: "a wreath". */
const RARE_THING_SENTENCES = 2;

/**
 * A thing of the event put somewhere else: "laid a wreath at the Monument to Heroes and Martyrs"
 * where the baseline has it "placed a wreath of flowers at the mausoleum". The thing is one the
 * baseline names rarely, so a claim naming it speaks of the same; the two places share no word.
 */
function placedElsewhereConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  if (!claim.placements.length || state !== 'inside' || ofAnotherVisit(claim, index) || namesAnotherPlace(claim, index)) return undefined;
  // (not where it names that place as the one the thing was not put at: "rather than at Ho Chi Minh's mausoleum")
  const contrasted = contrastedKeys(claim);
  for (const mine of claim.placements) {
    const postings = index.postings.get(mine.thing) ?? [];
    if (claim.negatedKeys.has(mine.thing) || postings.length > RARE_THING_SENTENCES) continue;
    for (const b of sentencesAt(postings, index)) {
      const theirs = b.placements.find((p) => p.thing === mine.thing);
      // (the claim may name the baseline's place elsewhere: "honoured Ho Chi Minh with a wreath at the leader's tomb")
      if (!theirs || mine.place.some((k) => theirs.place.includes(k)) || theirs.names.some((k) => claim.keys.has(k) && !contrasted.has(k))) continue;
      // (the same place in other words: one's noun is a kind of the other's, "tomb" and "mausoleum")
      if (mine.nouns.some((n) => theirs.nouns.some((o) => isKindOf(n, new Set([o])) || isKindOf(o, new Set([n]))))) continue;
      return factContradiction('entity', [b], `the article puts the ${mine.thing} at ${mine.text}; the baseline at ${theirs.text}`, index, 0.7);
    }
  }
  return undefined;
}

/**
 * The keys a claim names as what something was not, after "rather than" or "instead of", up to the
 * clause's end: "lays a wreath at the monument rather than at Ho Chi Minh's mausoleum".
 */
function contrastedKeys(claim: Features): ReadonlySet<string> {
  const keys = new Set<string>();
  const lowers = claim.tokens.map((t) => t.lower);
  lowers.forEach((w, i) => {
    if (!((w === 'rather' && lowers[i + 1] === 'than') || (w === 'instead' && lowers[i + 1] === 'of'))) return;
    for (let k = i + 2; k < lowers.length && !/^[,;:—–.]$/.test(lowers[k]); k++) if (claim.tokenKeys[k]) keys.add(claim.tokenKeys[k]!);
  });
  return keys;
}

/** The years a claim says as numbers ("in 2019", "the 1994 treaty"), with the token each stands at. */
const yearsSaidAt = (claim: Pick<Features, 'tokens'>) => claim.tokens.flatMap((t, at) => (/^(19|20)\d\d$/.test(t.lower) ? [{ at, year: Number(t.lower) }] : []));
/** The years a claim says as numbers. */
const yearsSaid = (claim: Features) => yearsSaidAt(claim).map((y) => y.year);
/** The claim gives a date or a year of its own. */
const datesItself = (claim: Features) => claim.dates.length > 0 || yearsSaid(claim).length > 0;
/** The claim gives a year other than the event's, by a date or a year alone ("in May 2026"). */
const datedToAnotherYear = (claim: Features, index: BaselineIndex) => {
  const year = index.period.from.getUTCFullYear();
  return claim.dates.some((d) => d.year !== undefined && d.year !== year) || yearsSaid(claim).some((y) => y !== year);
};

/**
 * A host the baseline has the visitor meet later (after the talks it tells of first) met first: "Putin's day opened with
 * a meeting with Trong", "his first appointment was with Trong", "saw Trong first". The claim
 * names the host after a verb of beginning ("began with", "opened with") or "first" before a word
 * of meeting, or has the host met "first" just after a verb.
 */
function meetingOrderConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  if (state === 'outside' || namesAnotherPlace(claim, index)) return undefined;
  const later = laterMeetings(index);
  const hosts = claim.entities.filter((e) => e.kind === 'person' && later.people.has(e.id));
  // (of meetings: "begins two days of mourning for Trong" orders nothing)
  const meets = claim.tokens.some((t) => MEETING_WORDS.test(t.lemma) || t.lemma === 'meet' || t.lemma === 'receive' || t.lemma === 'host');
  if (!hosts.length || !meets) return undefined;
  const at = (e: EntityMention) => tokenIndexOf(claim, e);
  const first = claim.tokens.some((t, i) => {
    const begins = t.pos === 'VERB' && BEGINS.has(t.lemma);
    const firstMeeting = t.lower === 'first' && MEETING_WORDS.test(claim.tokens[i + 1]?.lemma ?? '');
    // (the host met "first": "saw party chief Trong first", "called on Trong first that day")
    const metFirst = t.lower === 'first' && hosts.some((e) => at(e) < i && i - at(e) <= 4 && claim.tokens.slice(Math.max(0, at(e) - 4), at(e)).some((v) => v.pos === 'VERB'));
    return metFirst || ((begins || firstMeeting) && hosts.some((e) => at(e) > i && at(e) - i <= 16));
  });
  if (!first) return undefined;
  return factContradiction('other', later.sentences, `the article has ${title(hosts[0].id)} met first; the baseline later`, index, 0.7);
}
const BEGINS = new Set(['begin', 'start', 'open']);
const MEETING_WORDS = /^(appointment|meeting|talk|engagement|call|encounter)s?$/;

/** The people the baseline has the visitor meet later ("later", "afterwards", "subsequently"), with those sentences. */
const laterMet = new WeakMap<BaselineIndex, { people: Set<string>; sentences: BaselineSentence[] }>();
const laterMeetings = (index: BaselineIndex) =>
  cachedPerIndex(laterMet, index, () => {
    const visitor = visitorOf(index);
    const sentences = index.sentences.filter((b) => /\b(later|afterwards|subsequently)\b/i.test(b.text) && b.verbKeys.has(stemOf('meet')) && b.entities.some((e) => visitor.has(e.id)));
    const people = new Set(sentences.flatMap((b) => b.entities.filter((e) => e.kind === 'person' && !visitor.has(e.id)).map((e) => e.id)));
    return { people, sentences };
  });

/** The places the baseline's tour order names ("after North Korea": North Korea and Vietnam), read once per index. */
const stopsOfTours = new WeakMap<BaselineIndex, ReadonlySet<string>>();
const tourStops = (index: BaselineIndex): ReadonlySet<string> => cachedPerIndex(stopsOfTours, index, () => new Set(index.sequences.flatMap((q) => [q.before, q.after])));

/** The baseline's sentences saying the sides' stands are close, found once per index. */
const closeStands = new WeakMap<BaselineIndex, BaselineSentence[]>();

/**
 * The sides' stands said to be apart where the baseline says they are close ("the two capitals
 * saw the main world problems differently" against "identical or very close positions"): another
 * outcome of the talks. Stands of an outsider ("Tokyo and Beijing differ") are another matter.
 */
function standsConflict(measure: ClaimMeasure, index: BaselineIndex): Comparison | undefined {
  const { claim } = measure;
  if (claim.stands !== 'apart' || claim.entities.some((e) => !e.group && (e.kind === 'country' || e.kind === 'person'))) return undefined;
  const close = cachedPerIndex(closeStands, index, () => index.sentences.filter((b) => b.stands === 'close'));
  if (!close.length) return undefined;
  // (the baseline's sayings of it closest to the claim's words first)
  const closest = [...close].sort((a, b) => coverageOf(measure, b) - coverageOf(measure, a));
  return factContradiction('other', closest.slice(0, 3), 'the article says the sides\' positions are apart; the baseline says they are close', index, 0.7);
}

/**
 * The event's welcome likened to one at another stop of the tour ("every bit as lavish as the
 * one in Pyongyang", "rivalled Pyongyang's") where the baseline sets them apart ("His reception
 * was more reserved in Vietnam"): another outcome, whatever the adjectives.
 */
function welcomeLikenessConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  if (claim.likeness !== 'same' || state === 'outside' || !tellsOfAWelcomeScene(claim, index)) return undefined;
  const stops = tourStops(index);
  if (!claim.entities.some((e) => !e.group && stops.has(e.id))) return undefined;
  const apart = welcomesSetApart(index);
  if (!apart.length) return undefined;
  return factContradiction('other', apart.slice(0, 3), 'the article likens the welcome to the one at the other stop; the baseline sets them apart', index, 0.7);
}

/**
 * The event's welcome given the marks of the other stop's, where the baseline sets the two apart:
 * "crowds lined the boulevards" of Hanoi, where the cheering crowds were Pyongyang's and the
 * reception "more reserved in Vietnam". The marks are the words of the baseline's welcome at
 * the other stop that no baseline sentence on the event's place has; the claim tells of the
 * event's welcome, names no other place, and neither denies the marks nor tells of the arrival
 * (stepping off the plane is the visitor's, wherever he lands).
 */
function welcomeMarksConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  // (a claim setting the welcome apart itself, "cooler than", "a far cry from the cheering crowds", agrees)
  if (claim.likeness || !tellsOfAWelcomeScene(claim, index) || claim.tellsOfArriving || !ofTheEvent(claim, state, index) || claimedElsewhere(claim, index)) return undefined;
  const apart = welcomesSetApart(index);
  const marks = welcomeMarksSetApart(index);
  // (a mark is who was there or how it was, said as a noun of people or groups or as an adjective:
  // "crowds", "dancers", "rapturous"; not the arrival's things, "the steps" of the plane; the tagger
  // takes a noun opening a sentence for a name, "Crowds lined …", and a participle before a noun
  // qualifies it, "cheering crowds")
  const manner = (t: Token, i: number) =>
    t.pos === 'ADJ' ||
    ((t.pos === 'NOUN' || (t.pos === 'PROPN' && i === 0)) && baseForms(t.lower).some((w) => !!relationsOf(w).nounClass)) ||
    (t.pos === 'VERB' && t.lower.endsWith('ing') && claim.tokens[i + 1]?.pos === 'NOUN');
  // (marks after "than" or "instead of" are what the welcome was not: "formal rather than cheering crowds")
  const contrast = claim.tokens.findIndex((t) => t.lower === 'than' || t.lower === 'instead');
  const setAside = (i: number) => contrast >= 0 && i > contrast;
  const shown = claim.tokenKeys.filter((k, i): k is string => !!k && marks.has(k) && manner(claim.tokens[i], i) && !setAside(i) && !claim.negatedKeys.has(k) && !claim.absentKeys.has(k));
  if (!shown.length || claim.noneOf.length) return undefined;
  return factContradiction('other', apart.slice(0, 3), `the article gives the welcome the other stop's marks (${[...new Set(shown)].join(', ')}); the baseline sets the two apart`, index, 0.7);
}

/** The words of the baseline's welcome at another stop of the tour that no sentence on the event's places has; made once per index. */
const otherWelcomeMarks = new WeakMap<BaselineIndex, ReadonlySet<string>>();
function otherStopsWelcomeMarks(index: BaselineIndex): ReadonlySet<string> {
  return cachedPerIndex(otherWelcomeMarks, index, () => {
    const here = eventPlacesAndCountries(index);
    const others = new Set([...tourStops(index)].filter((p) => !here.has(p)));
    const namesHere = (b: BaselineSentence) => b.entities.some((e) => here.has(e.id) || (!!e.place && here.has(e.place)));
    const hereKeys = new Set(index.sentences.filter(namesHere).flatMap((b) => [...b.keys]));
    const welcomes = index.sentences.filter((b) => tellsOfWelcome(b, index) && !namesHere(b) && b.entities.some((e) => others.has(e.id)));
    return new Set(welcomes.flatMap((b) => [...b.keys]).filter((k) => isPlain(k) && !hereKeys.has(k)));
  });
}

/** The baseline's sentences setting a welcome apart from another ("a more reserved reception"), read once per index. */
const apartWelcomes = new WeakMap<BaselineIndex, BaselineSentence[]>();
function welcomesSetApart(index: BaselineIndex): BaselineSentence[] {
  let found = apartWelcomes.get(index);
  if (!found) apartWelcomes.set(index, (found = index.sentences.filter((b) => b.likeness === 'unlike' && tellsOfWelcome(b, index))));
  return found;
}

/** The keys of welcoming: the profile's class of welcoming, and its noun ("reception", from "receive"); none without the class. */
function welcomeKeys(index: BaselineIndex): string[] {
  const welcome = index.matcher.topicClass('welcome');
  return welcome ? [welcome, stemOf('reception')] : [];
}

/** A sentence on a welcome: it has a key of welcoming. */
const tellsOfWelcome = (f: Pick<Features, 'keys'>, index: BaselineIndex) => welcomeKeys(index).some((k) => f.keys.has(k));

/**
 * A sentence on a welcome, told by its word or by its scene: two of the marks of the baseline's
 * welcome at the other stop ("crowds lined the streets to cheer the Russian leader").
 */
function tellsOfAWelcomeScene(claim: Features, index: BaselineIndex): boolean {
  if (tellsOfWelcome(claim, index)) return true;
  const marks = welcomeMarksSetApart(index);
  return new Set(claim.tokenKeys.filter((k): k is string => !!k && marks.has(k) && !claim.negatedKeys.has(k))).size >= 2;
}

/** The other stop's welcome marks, where the baseline sets the two welcomes apart; none where it does not. */
const welcomeMarksSetApart = (index: BaselineIndex): ReadonlySet<string> => (welcomesSetApart(index).length ? otherStopsWelcomeMarks(index) : new Set<string>());

// What a rule reads from the whole baseline, made once per index: a claim of its kind reads it all.
const welcomeSentences = new WeakMap<BaselineIndex, BaselineSentence[]>();
const arrivalHostSentences = new WeakMap<BaselineIndex, BaselineSentence[]>();
const originSentences = new WeakMap<BaselineIndex, BaselineSentence[]>();
const intervalSentences = new WeakMap<BaselineIndex, BaselineSentence[]>();
function cachedPerIndex<T>(cache: WeakMap<BaselineIndex, T>, index: BaselineIndex, make: () => T): T {
  let found = cache.get(index);
  if (!found) cache.set(index, (found = make()));
  return found;
}

/**
 * An outsider's visit the baseline dates by month, given another month: "since Biden's own trip
 * to Hanoi in November 2023" where the baseline has "Joe Biden visited Hanoi in September". The
 * claim names the same outside office holder and the event's city (or no place at all), tells of
 * a visit, names no place outside the event's, and dates it in another month of the same year (or none).
 */
function outsiderVisitConflict(claim: Features, index: BaselineIndex): Comparison | undefined {
  // a visit to the event's city or its country ("a trip to the Vietnamese capital"): the place named
  // first after the word of visiting
  const there = eventPlacesAndCountries(index);
  const destination = (i: number) => claim.entities.find((e) => (e.kind === 'place' || e.kind === 'country') && e.start > claim.tokens[i].start && e.start <= claim.tokens[Math.min(claim.tokens.length - 1, i + 5)].start);
  const visits = claim.tokens.map((t, i) => (VISITING.has(t.lemma) ? destination(i) : undefined)).filter((e) => e);
  const years = yearsSaidAt(claim);
  // (or a visit, or a hosting, with no place said, in a sentence placing nothing outside the event's
  // places: "Joe Biden's visit in November 2023", "Vietnam hosted Biden in November 2023"; a
  // country named as a title's or a party's is no place of the visit, "US President Joe Biden")
  const elsewhere = claim.entities.some((e) => !there.has(e.place ?? e.id) && saidAfterLocative(claim, e));
  const toNoPlaceSaid = !visits.length && !elsewhere && claim.tokens.some((t) => (VISITING.has(t.lemma) || HOSTING.test(t.lemma)) && /^(VERB|NOUN)$/.test(t.pos));
  if ((!claim.dates.length && !years.length) || !(toNoPlaceSaid || (visits.length && visits.every((e) => there.has(e!.place ?? e!.id))))) return undefined;
  const dated = outsiderVisits(index);
  // (a month the baseline gives without its year is the latest one by the event: "visited Hanoi in
  // September", written in June 2024, is September 2023)
  const yearOf = (v: { month: number; year?: number }) => v.year ?? index.period.from.getUTCFullYear() - (v.month > index.period.from.getUTCMonth() + 1 ? 1 : 0);
  // (a name's date: the first after it, else the last before it, with no other name between,
  // "hosted Biden in September and Xi in December": December is Xi's)
  // (the name's own words, "Joe", and the event's places, "Hanoi", "Vietnam", name no one else)
  const ofAPlaceThere = (t: Token) => claim.entities.some((e) => there.has(e.place ?? e.id) && t.start >= e.start && t.end <= e.end);
  const named = (from: number, to: number) => claim.tokens.slice(from, to).some((t) => t.pos === 'PROPN' && !ofAPlaceThere(t));
  const nameStart = (i: number): number => (claim.tokens[i - 1]?.pos === 'PROPN' && !ofAPlaceThere(claim.tokens[i - 1]) ? nameStart(i - 1) : i);
  // (a date before the name is another's when someone is named before it: "hosted Putin in June, months after welcoming Biden")
  const dateOf = (i: number) => claim.dates.find((d) => d.from > i && !named(i + 1, d.from)) ?? claim.dates.findLast((d) => d.to <= i && !named(0, d.from) && !named(d.to, nameStart(i)));
  for (const [i, k] of claim.tokenKeys.entries()) {
    const theirs = k ? dated.get(k) : undefined;
    if (!theirs) continue;
    const d = dateOf(i);
    if (d?.month && !theirs.some((v) => v.month === d.month)) {
      const other = theirs.find((v) => d.year === undefined || d.year === v.year);
      if (other) return factContradiction('date', [index.sentences[other.sentence]], `the article dates the visit ${MONTHS[d.month - 1]}; the baseline ${MONTHS[other.month - 1]}`, index, 0.7);
    }
    // the year said after the visitor's name and the word of visiting, with no one else named
    // between those ("Biden and Xi visited Hanoi in 2022": each of them; not "Biden visited Hanoi,
    // as did Japan's Kishida in 2022")
    const next = years.find((y) => y.at > i);
    const visitAt = claim.tokens.findIndex((t, j) => j > i && (!next || j < next.at) && VISITING.has(t.lemma));
    const someoneElse = next && claim.tokens.slice(Math.max(i, visitAt) + 1, next.at).some((t) => t.pos === 'PROPN' && !claim.entities.some((e) => e.place && index.eventPlaces.has(e.place) && t.start >= e.start && t.end <= e.end));
    if (next && visitAt > 0 && !someoneElse && !theirs.some((v) => yearOf(v) === next.year)) {
      const v = theirs[0];
      return factContradiction('date', [index.sentences[v.sentence]], `the article dates the visit ${next.year}; the baseline ${MONTHS[v.month - 1]} ${yearOf(v)}`, index, 0.7);
    }
  }
  return undefined;
}
const VISITING = new Set(['visit', 'trip', 'travel', 'come', 'fly']);

/** A group of the watch profile ("russia", "vietnam", "asean"): its countries' offices and parties are watched. */
const isWatched = (group: string, index: BaselineIndex) => index.profile.entities.some((e) => e.group === group);

/** The outside countries whose offices the baseline gives someone of this last name ("biden": the United States). */
const outsideCountriesOf = (lastName: string, index: BaselineIndex) =>
  (index.officesByName.get(lastName) ?? []).map((office) => office.split('|')[1]).filter((country) => !isWatched(country, index));

/** The baseline's visits by outside office holders, dated by month, by the key of the visitor's last name ("biden"), made once per index. */
const outsiderVisitsOf = new WeakMap<BaselineIndex, Map<string, Array<{ month: number; year?: number; sentence: number }>>>();
const outsiderVisits = (index: BaselineIndex) =>
  cachedPerIndex(outsiderVisitsOf, index, () => {
    const found = new Map<string, Array<{ month: number; year?: number; sentence: number }>>();
    const visit = stemOf('visit');
    for (const b of index.sentences) {
      for (const d of b.dates) {
        // the visitor: a name within a few words before a month, in a sentence telling of visiting the event's city
        if (!d.month || !b.verbKeys.has(visit) || !namesTheEventsCity(b, index)) continue;
        for (const k of b.tokenKeys.slice(Math.max(0, d.from - 6), d.from)) {
          if (k && outsideCountriesOf(k, index).length) found.set(k, [...(found.get(k) ?? []), { month: d.month, year: d.year, sentence: b.index }]);
        }
      }
    }
    return found;
  });

/**
 * Another span between the baseline's visits: "Xi Jinping's state visit followed some six months
 * later" where the baseline has his "barely three months later". The claim names someone the
 * baseline's interval sentence names (by a name the profile does not know: an outsider), tells
 * of a visit, names no place outside the event's, and the spans cannot be the same.
 */
function intervalConflict(claim: Features, index: BaselineIndex): Comparison | undefined {
  const mine = claim.interval;
  // (of visits: the event's word, or a verb of visiting or hosting: "hosted Biden in September and Xi a month later")
  const ofVisits = namesTheEvent(claim.keys, index) || claim.tokens.some((t) => t.pos === 'VERB' && (VISITING.has(t.lemma) || HOSTING.test(t.lemma)));
  if (!mine || !ofVisits || namesAnotherPlace(claim, index)) return undefined;
  // (names the profile does not know: the words of a name no dictionary has, "Xi Jinping"; a span said
  // with "after" spaces the visit of the name just before it, "Xi came a month after Biden's", and
  // none of one named no one: "the trip came seven months after Biden's visit")
  const unknown = (t: Token, i: number) => t.pos === 'PROPN' && !!claim.tokenKeys[i] && !claim.tokenKeys[i]!.startsWith('@') && !isEnglish(t.lower);
  let named = claim.tokens.map(unknown);
  if (mine.spanAt !== undefined) {
    const last = named.lastIndexOf(true, mine.spanAt - 1);
    let first = last;
    while (first > 0 && named[first - 1]) first--;
    named = named.map((_, i) => last >= 0 && i >= first && i <= last);
  }
  const names = new Set(claim.tokenKeys.filter((k, i): k is string => named[i] && !!k));
  if (!names.size) return undefined;
  const stated = cachedPerIndex(intervalSentences, index, () => index.sentences.filter((b) => b.interval)).filter((b) => [...names].some((k) => b.keys.has(k)));
  if (!stated.length || stated.some((b) => b.interval!.low <= mine.high && mine.low <= b.interval!.high)) return undefined;
  const months = (x: { low: number; high: number }) => (x.low === x.high ? `${Math.round(x.low)}` : `${Math.round(x.low)}–${Math.round(x.high)}`);
  return factContradiction('date', stated, `the article puts ${months(mine)} months between the visits; the baseline ${months(stated[0].interval!)}`, index, 0.7);
}

/**
 * The event's welcome set at another place than the baseline's: "a gun salute in front of the
 * Opera House" where the baseline has the formal welcome at the palace. Both tell of welcoming,
 * neither of arriving (the reception at the airport is another
 * step), the claim is of the event, and the places share no word.
 */
function welcomePlaceConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  const mine = claim.setAt?.words;
  if (!mine || !ofTheEvent(claim, state, index) || claim.tellsOfArriving || !tellsOfWelcome(claim, index) || namesAnotherPlace(claim, index)) return undefined;
  // (the place the welcome is set at comes after it: "greeted … in front of the X", not "Y at the X said he was welcomed")
  const welcome = welcomeKeys(index);
  if (!claim.tokenKeys.slice(0, claim.setAt!.at).some((k) => !!k && welcome.includes(k))) return undefined;
  // a named place ("the National Assembly building"), the visitor welcomed there, by name, title or as the guest
  const named = claim.tokens.some((t) => mine.includes(stemOf(t.lower)) && /^\p{Lu}/u.test(t.text) && t.start > claim.start);
  const guest = namesOneOf(claim, visitorOf(index), index) || claim.tokens.some((t) => /^(he|him|guest)$/.test(t.lower));
  if (!named || !guest || claimedElsewhere(claim, index)) return undefined;
  const welcomes = cachedPerIndex(welcomeSentences, index, () => index.sentences.filter((b) => b.setAt && !b.tellsOfArriving && tellsOfWelcome(b, index)));
  if (!welcomes.length || welcomes.some((b) => b.setAt!.words.some((w) => mine.includes(w)))) return undefined;
  // (a place of the arrival, "at the airport", is the reception's)
  if (index.arrivals.some((a) => mine.some((w) => index.sentences[a.sentence].keys.has(w)))) return undefined;
  const says = `the article has the welcome at the ${claim.tokens.filter((t) => mine.includes(stemOf(t.lower))).map((t) => t.text).join(' ')}; the baseline at another place`;
  return factContradiction('entity', welcomes, says, index, 0.7);
}

function sequenceConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  const mine = claim.sequence;
  // (a claim dated to no other year keeps to the tour even in a paragraph dated later: "that trip
  // had begun in Hanoi", "his tour last June had begun in Hanoi")
  if (!mine || (state === 'outside' && datedToAnotherYear(claim, index))) return undefined;
  if (index.sequences.some((s) => s.before === mine.before && s.after === mine.after)) return undefined;
  const reversed = index.sequences.filter((s) => s.before === mine.after && s.after === mine.before);
  // (or another outside stop before the event's place than the baseline's: "came to Hanoi after the
  // visit to Mongolia"; not a watched side, "a day after Putin had left Russia")
  const here = eventPlacesAndCountries(index);
  const anotherStop = here.has(mine.after) && !tourStops(index).has(mine.before) && !index.matcher.groupOf(mine.before);
  const otherBefore = reversed.length || !anotherStop ? [] : index.sequences.filter((s) => s.after === mine.after);
  // (asked at most once, and only where needed: others named before the visitor)
  let othersFirst: boolean | undefined;
  const othersAreFirst = () => (othersFirst ??= othersNamedFirst(claim, index));
  // (or a stop after the event's place, where the baseline's tour ends there; asked only when neither of the above holds)
  const onward = !reversed.length && !otherBefore.length && goesOnFromTheEvent(claim, mine, here, index, othersAreFirst);
  const lastStop = onward ? index.sequences.filter((s) => here.has(s.after)) : [];
  const evidence = sentencesAt([...reversed, ...otherBefore, ...lastStop].map((s) => s.sentence), index);
  const people = peopleNamedIn(evidence);
  // (the moving the visitor's, not that of others named first: "Biden and Xi came to Vietnam, the Chinese leader three months after the American")
  const visitorMoves = claim.tellsOfMoving && !othersAreFirst();
  if (!evidence.length || !(namesTheEvent(claim.keys, index) || visitorMoves || claim.entities.some((e) => e.kind === 'person' && people.has(e.id)))) return undefined;
  const says = reversed.length
    ? `the article puts ${title(mine.before)} before ${title(mine.after)}; the baseline the other way round`
    : onward
      ? `the article has ${title(mine.after)} come after ${title(mine.before)}; the baseline ends the tour in ${title(mine.before)}`
      : `the article has ${title(mine.after)} come after ${title(mine.before)}; the baseline after ${title(otherBefore[0].before)}`;
  return factContradiction(reversed.length || onward ? 'other' : 'entity', evidence, says, index, 0.7);
}

/**
 * The visitor goes on from the event's place to a stop after it, where the baseline's tour ends
 * there: "from Hanoi he flew on to Vientiane" against "the second and final stop, after North
 * Korea". Not the visitor's own side, where he goes home; and only the visitor's tour, said by his
 * name or by the event's word with no one else named: not others' visits, "Biden and Xi had visited
 * Hanoi", nor a ranking, "the second-largest buyer after Vietnam".
 */
function goesOnFromTheEvent(claim: Features, mine: { before: string; after: string }, here: ReadonlySet<string>, index: BaselineIndex, othersAreFirst: () => boolean): boolean {
  if (!here.has(mine.before) || here.has(mine.after)) return false;
  const endsHere = index.sequences.some((s) => here.has(s.after)) && !index.sequences.some((s) => here.has(s.before));
  const side = index.matcher.groupOf(mine.after);
  const goesHome = side === mine.after && [...visitorOf(index)].some((v) => index.matcher.groupOf(v) === side);
  if (!endsHere || goesHome) return false;
  return namesOneOf(claim, visitorOf(index), index) || (namesTheEvent(claim.keys, index) && !claim.entities.some((e) => e.kind === 'person') && !othersAreFirst());
}

/**
 * Other signers of the event's documents: "they were signed by Putin and Trong" where the
 * baseline has Lam and Putin, or "the presidents", sign them. Every signer the claim names must
 * be among those of one baseline sentence, by name or by an office the baseline gives them.
 * Signing elsewhere (in a city or country the event was not in) is another event.
 */
function signerConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  if (state === 'outside' || !index.signings.length) return undefined;
  if (namesAnotherPlace(claim, index)) return undefined;
  // (someone whose office the baseline never gives may hold the one its signers are named by: "the presidents")
  const among = (a: Agent, b: Agent) => {
    const offices = new Set([...b.offices, ...b.people.flatMap((p) => [...officesOf(p, index)])]);
    return a.people.every((p) => b.people.includes(p) || [...officesOf(p, index)].some((o) => offices.has(o)) || (!officesOf(p, index).size && !b.people.length)) && a.offices.every((o) => offices.has(o));
  };
  for (const mine of claim.agents.filter((a) => claim.tokens[a.at].stem === SIGNING)) {
    if (index.signings.some(({ signers }) => among(mine, signers))) continue;
    const stated = index.signings.find((s) => s.signers.people.length) ?? index.signings[0];
    const says = `the article says signed by ${doerName(mine)}; the baseline says by ${doerName(stated.signers)}`;
    return factContradiction('entity', sentencesAt(index.signings.map((s) => s.sentence), index), says, index, 0.7);
  }
  return undefined;
}

/**
 * A thing the event's documents covered, said to be left out of them: "no agreement on atomic
 * energy was signed in Hanoi", "tourism was left out of the pledges" where the baseline lists
 * nuclear projects and tourism among them. Every word naming the thing, or a WordNet relative of
 * it, is among the baseline's covered things; the claim is of the event.
 */
function leftOutConflict(m: ClaimMeasure, state: EventState, index: BaselineIndex): Comparison | undefined {
  const claim = m.claim;
  if (!claim.leftOut.length || !ofTheEvent(claim, state, index) || namesAnotherPlace(claim, index)) return undefined;
  for (const { keys: named, ofTalks } of claim.leftOut) {
    // (of the thing, not of the deal: "nuclear cooperation was not part of the package", where
    // the baseline signed memorandums "for cooperation" in nuclear projects)
    const keys = named.filter((k) => !index.commitmentWords.has(k));
    // (most of it: "atomic power stations" where the baseline has nuclear power plants)
    const found = keys.map((key) => namedIn(m, key, index.covered)).filter((k) => k);
    const words = claim.tokens.filter((_, i) => keys.includes(claim.tokenKeys[i] ?? '')).map((t) => t.text).join(' ');
    if (found.length * 2 > keys.length) {
      // (the sentences covering most of it first)
      const covers = (b: BaselineSentence) => found.filter((k) => b.covers.some((c) => c.key === k)).length;
      const evidence = sentencesAt(found.flatMap((k) => index.covered.get(k!)!.sentences), index).sort((a, b) => covers(b) - covers(a));
      return factContradiction('negation', evidence, `the article says the documents left out ${words}; the baseline has them cover it`, index, 0.7);
    }
    // what the talks left out, where the baseline has one of their speakers speak of it
    const spoken = ofTalks ? keys.map((key) => namedIn(m, key, index.spoken)).filter((k) => k) : [];
    if (spoken.length * 2 > keys.length) {
      const evidence = sentencesAt(spoken.flatMap((k) => index.spoken.get(k!)!), index);
      return factContradiction('negation', evidence, `the article says the talks left out ${words}; the baseline has them speak of it`, index, 0.7);
    }
  }
  return undefined;
}

/** The thing of the baseline's (what its documents covered, what its speakers spoke of) a claim word names: the word, or a WordNet relative of it ("atomic": nuclear). */
const namedIn = (m: ClaimMeasure, key: string, things: ReadonlyMap<string, unknown>) => [key, ...relativesOf(m, key)].find((k) => things.has(k));

/** The baseline words standing for a claim key in the claim's measure; with `related`, only WordNet's relatives, not words of its family. */
const relativesOf = (m: ClaimMeasure, key: string, related = false) =>
  (m.keys.find((k) => k.key === key)?.relatives ?? []).filter((r) => !related || r.credit === RELATED_CREDIT).map((r) => r.key);

/**
 * The claim says what it denies, and the baseline does not have it: "no agreement on arms
 * purchases" where the documents covered none, "did not meet opposition figures". Such a denial
 * is of something else than what the baseline states, whatever words they share.
 */
function deniesSomethingElse(m: ClaimMeasure, index: BaselineIndex): boolean {
  const { leftOut, deniedMeeting } = m.claim;
  const known = (t: LeftOut) => t.keys.filter((k) => namedIn(m, k, index.covered) || (t.ofTalks && namedIn(m, k, index.spoken))).length * 2 > t.keys.length;
  if (leftOut.some((t) => t.named) && leftOut.every((t) => !t.named || !known(t))) return true;
  return !!deniedMeeting && meetingHost(m.claim, deniedMeeting, index) === 'other';
}

/**
 * A denial the baseline makes too: "Vietnamese leaders stopped short of a public declaration of
 * support" where a baseline sentence says "did not receive such a clear public declaration of
 * support". What both deny is no conflict with a third sentence stating it of someone else (Kim's
 * "full support"): the words the claim denies, two or more and most of their weight, are denied
 * together in one baseline sentence.
 */
function deniedByTheBaselineToo(m: ClaimMeasure, index: BaselineIndex): boolean {
  const claim = m.claim;
  const denied = m.keys.filter((k) => claim.negatedKeys.has(k.key) && !k.key.startsWith('@'));
  if (denied.length < 2) return false;
  const weightOf = (keys: typeof denied) => keys.reduce((sum, k) => sum + k.weight, 0);
  const found = sentencesStating(denied, index, 5);
  return found.some(({ sentence }) => {
    const shared = denied.filter((k) => index.sentences[sentence].negatedKeys.has(k.key));
    // (the words of saying, "made no public declaration", count where both deny them)
    const inScope = denied.filter((k) => !claim.sayingKeys.has(k.key) || shared.includes(k));
    return shared.length >= 2 && weightOf(shared) * 2 >= weightOf(inScope);
  });
}

/**
 * A relationship said to be raised to a level the baseline has it at already: "the visit raised
 * ties to a strategic partnership" where the baseline speaks of the two countries "deepening
 * the strategic partnership" they have. The level's words stand together in baseline
 * sentences that raise nothing; the claim is of the event, not dated before it.
 */
function raisedLevelConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  const level = claim.raisedTo;
  if (!level || !ofTheEvent(claim, state, index) || datedBefore(claim, index)) return undefined;
  const rarest = [...level].sort((a, b) => (index.postings.get(a)?.length ?? 0) - (index.postings.get(b)?.length ?? 0))[0];
  const says = (b: BaselineSentence) => !b.raisedTo && saysInOrder(b, level);
  const stated = sentencesAt(index.postings.get(rarest) ?? [], index).filter(says).slice(0, 3);
  if (!stated.length) return undefined;
  return factContradiction('other', stated, `the article says the relationship was raised to ${claim.tokens.filter((_, i) => level.includes(claim.tokenKeys[i] ?? '')).map((t) => t.lower).join(' ')}; the baseline has it there already`, index, 0.7);
}

/**
 * None of what a third party did at the event: "Washington offered no public criticism of the
 * visit" where the baseline has the visit draw "a lot of criticism from the US". The thing the
 * claim says there was none of is in a baseline sentence naming the same outside party (a
 * country or body outside the watch, not a stop of the tour), which does not deny it; the claim is
 * of the event.
 */
function noneOfConflict(m: ClaimMeasure, state: EventState, index: BaselineIndex): Comparison | undefined {
  const claim = m.claim;
  if (!claim.noneOf.length || !ofTheEvent(claim, state, index)) return undefined;
  // (an outsider the visitor went to is another stop of the tour, not a party to this one: "no declaration as clear as in Pyongyang")
  const stops = tourStops(index);
  const outsiders = [...claim.entities.filter((e) => !e.group && e.kind !== 'person' && !stops.has(e.id)), ...headsOfOutsiders(claim, index)];
  for (const { key, at } of claim.noneOf) {
    // the party whose deed it is: the clause's first name ("Washington offered no criticism") or
    // the one it comes "from" ("without any objection from Washington")
    const party = outsiders.find((e) => partyOf(claim, at, e));
    if (!party) {
      const own = sidesOwnThing(claim, at, index);
      if (own.length) return factContradiction('negation', own.slice(0, 3), `the article says the event had no ${phraseBefore(claim, at).map((k) => claim.tokens[k].text).join(' ')}; the baseline says it did`, index, 0.7);
      continue;
    }
    const words = [key, ...relativesOf(m, key, true), ...classesOfDeed(claim.tokens[at].lemma, index)];
    for (const word of words) {
      const stated = sentencesAt(index.postings.get(word) ?? [], index).filter((b) => !b.negatedKeys.has(word) && fromParty(b, word, `@${party.id}`));
      const deed = claim.tokens[at];
      const says = deed.pos === 'VERB' ? `the article says ${title(party.id)} did not ${deed.lemma}` : `the article says there was no ${deed.text} from ${title(party.id)}`;
      if (stated.length) return factContradiction('negation', stated.slice(0, 3), `${says}; the baseline says it did`, index, 0.7);
    }
  }
  return undefined;
}

/** The noun at `at` with the words qualifying it before it ("joint statement"): their token positions. */
function phraseBefore(claim: Features, at: number): number[] {
  let from = at;
  while (from > 0 && /^(ADJ|NOUN)$/.test(claim.tokens[from - 1].pos) && claim.tokenKeys[from - 1]) from--;
  return Array.from({ length: at - from + 1 }, (_, k) => from + k);
}

/** The token a mention starts at (or the first after it). */
const tokenIndexOf = (f: Pick<Features, 'tokens'>, e: { start: number }) => f.tokens.findIndex((t) => t.start >= e.start);
/** The token right after a mention. */
const tokenAfter = (f: Pick<Features, 'tokens'>, e: { end: number }) => f.tokens.find((t) => t.start >= e.end);

/** A name said in the report's source ("according to the Saigon Times", "the Kremlin programme"), not in what it reports. */
const inSource = (claim: Features, e: EntityMention) => claim.sourceTokens.has(tokenIndexOf(claim, e));

/** The `limit` baseline sentences that state most of these weighted keys. */
const sentencesStating = (keys: ReadonlyArray<{ key: string; weight: number }>, index: BaselineIndex, limit: number) =>
  topMatches(keys.map(({ weight, key }) => ({ weight, postings: index.postings.get(key) ?? [] })), index.sentences.length, limit);

/** The sentence has these keys one after another: "joint statement", "strategic partnership". */
const saysInOrder = (f: Pick<Features, 'tokenKeys'>, keys: readonly string[]) => f.tokenKeys.some((_, i) => keys.every((k, j) => f.tokenKeys[i + j] === k));

/** Baseline sentences enough to show the sides had a thing: the search stops there, however many state it. */
const OWN_THING_EVIDENCE = 3;

/**
 * A thing of the watched sides' own that a claim says the event had none of: "the visit produced
 * no joint statement" where the baseline has "Vietnam and Russia issued a joint statement". The
 * thing is named by two words or more, in that order in a baseline sentence that names both
 * sides and does not deny them.
 */
function sidesOwnThing(claim: Features, at: number, index: BaselineIndex): BaselineSentence[] {
  // (a participle before it tells the deed done to it, which the sentence must tell too: "without
  // a single signed agreement" against "signed around a dozen agreements"; then one word will do)
  let span = phraseBefore(claim, at);
  const isDeed = (k: number) => isPastParticiple(claim.tokens[k]) || (claim.tokens[k]?.pos === 'ADJ' && claim.tokens[k].lower.endsWith('ed'));
  const deedAt = isDeed(span[0] - 1) ? span[0] - 1 : span.length > 1 && isDeed(span[0]) ? span[0] : -1;
  if (deedAt === span[0]) span = span.slice(1);
  const deed = deedAt >= 0 ? claim.tokenKeys[deedAt] : undefined;
  const phrase = span.map((k) => claim.tokenKeys[k]!);
  if (phrase.length < 2 && !deed) return [];
  // (the sentence may name it with fewer qualifiers, two words at least: "a single cooperation agreement")
  const named = (b: BaselineSentence) => (phrase.length < 2 ? b.keys.has(phrase[0]) : phrase.slice(0, -1).some((_, k) => saysInOrder(b, phrase.slice(k))));
  const says = (b: BaselineSentence) => named(b) && (!deed || b.verbKeys.has(deed));
  // (the sides' own: the sentence names both, or the event's visitor, "Lam and Putin signed …")
  const visitors = [...visitorOf(index)].map((v) => `@${v}`);
  // or, for a deed, names no one: the baseline's deeds told without doers are its event's, "both the
  // presidents signed …"; and no outsider, whose the deed could be: "after signing a treaty with North Korea")
  const ours = (b: BaselineSentence) =>
    (namesBothSides(b, index.profile) || visitors.some((v) => b.keys.has(v)) || (!!deed && !b.entities.length)) && b.entities.every((e) => !!e.group || e.kind === 'person');
  // (nor says it is absent: "without closed blocs" against "no closed blocs"; a few are evidence enough)
  const found: BaselineSentence[] = [];
  for (const at of index.postings.get(phrase.at(-1)!) ?? []) {
    const b = index.sentences[at];
    if (ours(b) && says(b) && !phrase.some((k) => b.negatedKeys.has(k) || b.absentKeys.has(k))) found.push(b);
    if (found.length >= OWN_THING_EVIDENCE) break;
  }
  return found;
}

/**
 * Outside countries named by their leader, by the name the baseline gives them an office under:
 * "the Biden administration" is the United States ("US President Joe Biden").
 */
function headsOfOutsiders(claim: Features, index: BaselineIndex): EntityMention[] {
  return claim.tokens.flatMap((t) => {
    if (t.pos !== 'PROPN') return [];
    const countries = outsideCountriesOf(t.lower, index);
    return countries.length === 1 ? [{ id: countries[0], kind: 'country' as const, start: t.start, end: t.end }] : [];
  });
}

/**
 * The profile's classes of the nouns WordNet derives from a verb, or from its synonyms: "criticize"
 * (through "criticise") gives "criticism", of the class of criticisms. A deed denied is its noun denied.
 */
function classesOfDeed(lemma: string, index: BaselineIndex): string[] {
  const r = relationsOf(lemma);
  const nouns = [...r.derivations, ...r.synonyms.flatMap((w) => relationsOf(w).derivations)];
  return [...new Set(nouns.map((w) => index.matcher.topicClass(w, 'NOUN')).filter((c): c is string => !!c))];
}

/** Is the name at [start, end) the doer of the thing at token `at`: the first name of its clause, or the one after "from"/"by" just after it? */
function partyOf(claim: Features, at: number, party: Pick<EntityMention, 'id' | 'start' | 'end'>): boolean {
  const { start, end } = party;
  const i = claim.tokens.findIndex((t) => t.start >= start);
  const j = claim.tokens.findIndex((t) => t.end >= end);
  if (i > at) return j - at <= 5 && claim.tokens.slice(at + 1, i).some((t) => t.lower === 'from' || t.lower === 'by');
  const clauseStart = (from: number) => {
    let k = from;
    while (k > 0 && !/^[;:.]$/.test(claim.tokens[k - 1].text) && !/^(but|whereas)$/.test(claim.tokens[k - 1].lower)) k--;
    return k;
  };
  let clause = clauseStart(at);
  // "Washington held back: there was no rebuke": a clause after a colon that names no doer
  // ("there was") tells what the one before it said its subject did
  if (claim.tokens[clause - 1]?.text === ':' && claim.tokens[clause]?.lower === 'there') clause = clauseStart(clause - 1);
  // (a fronted clause of time or cause is no part of it: "When Putin visited Hanoi, Washington chose not to criticise")
  if (FRONTED.test(claim.tokens[clause]?.lower ?? '')) {
    const comma = claim.tokens.findIndex((t, k) => k > clause && k < at && t.text === ',');
    if (comma > 0) clause = comma + 1;
  }
  // (a name in a phrase before the subject is none: "During Putin's visit Washington voiced no criticism")
  const inPhrase = (e: { start: number }) => claim.tokens[tokenIndexOf(claim, e) - 1]?.pos === 'ADP';
  // (the party named twice is one: "As for the Americans, Washington did not criticise")
  return !claim.entities.some((e) => e.start < start && e.start >= claim.tokens[clause].start && !inPhrase(e) && e.id !== party.id) && i >= clause;
}

const FRONTED = /^(when|after|as|while|since|before|although|though|once|during)$/;

/** A baseline sentence that has the thing `word` come from `party`: "criticism from the US", within a few words. */
function fromParty(b: BaselineSentence, word: string, party: string): boolean {
  return b.tokenKeys.some((k, i) => k === word && b.tokenKeys.slice(Math.max(0, i - 4), i + 5).includes(party));
}

/** A noun phrase with "a" or "an" before it, by its first letter: "an official visit". */
const withArticle = (phrase: string) => `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;

/**
 * The baseline's event called another kind: "Putin's working visit to Hanoi" where the baseline
 * has a state visit. The kinds are the profile's `eventKinds`; the claim names the visitor (or
 * points back to his trip in a paragraph on him: "the protocol office billed the trip as …") and
 * no other place, and not the baseline's kind too ("a working trip rather than a state visit").
 */
function eventKindConflict(claim: Features, state: EventState, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  const baseline = index.eventKind;
  if (!baseline || state === 'outside') return undefined;
  const kinds = kindsIn(claim.text, index.profile);
  if (!kinds.length || kinds.includes(baseline.kind) || namesAnotherPlace(claim, index)) return undefined;
  // the visitor's own visit: he is named (or his office, "the Russian president"), and no one else is ("Prime Minister Mishustin's official visit")
  const visitor = visitorOf(index);
  const groups = new Set(index.profile.entities.filter((e) => e.kind === 'person' && visitor.has(e.name.toLowerCase())).map((e) => e.group));
  const others = claim.entities.some((e) => e.kind === 'person' && !visitor.has(e.id));
  const lowers = claim.tokens.map((t) => t.lower);
  const visitorsOffices = new Set([...visitor].flatMap((p) => [...officesOf(p, index)]));
  const otherOffice = lowers.some((_, i) => { const o = index.matcher.officeAt(lowers, i); return !!o && !visitorsOffices.has(o.office) && claim.entities.some((e) => e.kind === 'country' && groups.has(e.id) && e.end <= claim.tokens[i].start && claim.tokens[i].start - e.end <= 2); });
  // (a visit to the visitor's own country is someone's visit to him: "arrived in Moscow for an official visit")
  const atHome = claim.entities.some((e) => !!e.group && groups.has(e.group) && (e.kind === 'country' || e.kind === 'place') && /^(in|at|to)$/.test(claim.tokens[tokenIndexOf(claim, e) - 1]?.lower ?? ''));
  if (others || otherOffice || atHome || !(namesOneOf(claim, visitor, index) || refersBackToTheEvent(claim, index, context, /^(the|that|this)$/))) return undefined;
  return factContradiction('other', sentencesAt(baseline.sentences, index), `the article calls it ${withArticle(kinds[0])}; the baseline ${withArticle(baseline.kind)}`, index, 0.7);
}

/**
 * A meeting of the event denied: "Chinh did not meet Putin during the June visit", "there were
 * no talks with the prime minister" where the baseline has Putin meet Prime Minister Chinh. The
 * claim names someone the baseline's talks name, other than the one they all name (the
 * visitor), by name or by an office the baseline gives them; and no one they do not name.
 */
function deniedMeetingConflict(claim: Features, state: EventState, index: BaselineIndex): Comparison | undefined {
  const span = claim.deniedMeeting;
  if (!span || state === 'outside' || !index.hosts.size) return undefined;
  // (a claim naming the event speaks of it, whatever other meeting it also names: "the Kazan encounter was their first, since …")
  if (!namesTheEvent(claim.keys, index) && (state !== 'inside' || namesAnotherPlace(claim, index))) return undefined;
  const host = meetingHost(claim, span, index);
  if (!host || host === 'other') return undefined;
  return factContradiction('negation', sentencesAt(index.hosts.get(host)!, index), `the article says there was no meeting with ${title(host)}; the baseline has one`, index, 0.7);
}

/**
 * The baseline host a denied meeting names: by name, by the last word of the name alone ("Chinh
 * did not meet Putin"), or by an office the baseline gives them; `other` when it names instead
 * someone the baseline's talks do not ("did not meet Zelensky").
 */
function meetingHost(claim: Features, span: { from: number; to: number }, index: BaselineIndex): string | 'other' | undefined {
  const [from, to] = [claim.tokens[span.from].start, claim.tokens[span.to - 1].end];
  const people = claim.entities.filter((e) => e.kind === 'person' && e.start >= from && e.end <= to).map((e) => e.id);
  const names = claim.tokens.slice(span.from, span.to).filter((t) => t.pos === 'PROPN' && !claim.entities.some((e) => t.start >= e.start && t.end <= e.end)).map((t) => transliterated(t.lower));
  const lowers = claim.tokens.map((t) => t.lower);
  const offices = new Set(lowers.slice(span.from, span.to).flatMap((_, k) => index.matcher.officeAt(lowers, span.from + k)?.office ?? []));
  const named = (p: string) => people.includes(p) || names.includes(transliterated(lastNameOf(p))) || [...officesOf(p, index)].some((o) => offices.has(o));
  const host = [...index.hosts.keys()].find(named);
  if (host) return people.some((p) => !index.metWith.has(p)) ? 'other' : host;
  const visitorNames = [...visitorOf(index)].flatMap((p) => p.split(' ').map(transliterated));
  return people.some((p) => !index.metWith.has(p)) || names.some((n) => !visitorNames.includes(n)) ? 'other' : undefined;
}

/**
 * The same anniversary in another year: "the 60th anniversary of the friendship pact, which
 * falls in 2026" where the baseline, writing in 2024, has it "next year". The year the thing
 * counts from ("the 60th anniversary of a pact signed in 1971") agrees.
 */
function anniversaryYearConflict(claim: Features, state: EventState, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  for (const q of claim.quantities) {
    if (q.unit !== 'anniversary' || q.low !== q.high) continue;
    // of the same thing: each names what the other's is of ("of the friendship treaty", "of the Treaty
    // on Mutual Trust"; not "of ASEAN-Russia relations")
    const thing = (about: readonly string[]) => about.find((k) => !/^[@#]/.test(k));
    const same = index.anniversaries.filter((a) => a.about.includes(thing(q.context) ?? '') && q.context.includes(thing(a.about) ?? '') && !namesAnotherParty(claim, index.sentences[a.sentence]));
    if (!same.length) continue;
    const year = yearOfAnniversary(claim, q, state, index, context);
    // (a year the thing began, "the 1994 treaty", dates nothing of its anniversary)
    if (year === undefined || same.some((a) => year === a.year - a.ordinal)) continue;
    const stated = same.filter((a) => a.ordinal === q.low);
    if (stated.length) {
      if (stated.some((a) => year === a.year)) continue;
      return factContradiction('date', sentencesAt(stated.map((a) => a.sentence), index), `the article dates the ${q.text} to ${year}; the baseline to ${stated[0].year}`, index, 0.7);
    }
    // another count of the years in a year: it dates the thing's beginning elsewhere ("70 years of
    // diplomatic ties" in 2025, where the baseline's 75th falls that year)
    if (same.some((a) => year - q.low === a.year - a.ordinal) || namesAWorldPlace(claim)) continue;
    const a = same[0];
    return factContradiction('number', [index.sentences[a.sentence]], `the article has the ${q.text} in ${year}; the baseline has the ${a.ordinal}th in ${a.year}`, index, 0.7);
  }
  return foundingYearConflict(claim, index);
}

/** The year a claim's anniversary falls in, as the sentence tells it: the year it gives, the year its clause opens with or follows, or the year of the event at its time. */
function yearOfAnniversary(claim: Features, q: Quantity, state: EventState, index: BaselineIndex, context: ClaimContext): number | undefined {
  const anchors = extractTimeAnchors(claim.tokens, context.written);
  return anniversaryYear(q, claim.quantities, anchors, claim.tokens) ?? yearOpeningTheTime(claim.tokens, anchors, q) ?? yearOfItsClause(claim.tokens, anchors, q) ?? (state !== 'outside' ? eventYearOfTheTime(claim, q, anchors, index) : undefined);
}

/**
 * Another count of the same thing's years that counts from the same year as the baseline's:
 * "76 years of diplomatic relations" in 2026, where the baseline's 75th falls in 2025. Its year is
 * the one the sentence tells, or, told in the present, the year the article was written.
 */
function countsFromTheSameYear(claim: Features, q: Quantity, b: BaselineSentence, r: Quantity, state: EventState, index: BaselineIndex, context: ClaimContext): boolean {
  const theirs = index.anniversaries.find((a) => a.sentence === b.index && a.ordinal === r.low);
  if (!theirs || q.low !== q.high) return false;
  const year = yearOfAnniversary(claim, q, state, index, context) ?? (toldInThePresent(claim.tokens, q.from) ? context.written?.getUTCFullYear() : undefined);
  return year !== undefined && year - q.low === theirs.year - theirs.ordinal;
}

/**
 * The verb before token `at` is in the present: the first word of its verb group is no past form
 * and no "will" or "would": "mark 76 years", "has marked", "an exhibition, organised by …, includes
 * photographs on 76 years" (not "marked", "was marking", "will mark"); so is a sentence with no verb.
 */
function toldInThePresent(tokens: readonly Token[], at: number): boolean {
  const isVerb = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
  let first = tokens.slice(0, at).findLastIndex(isVerb);
  if (first < 0) return true;
  while (isVerb(tokens[first - 1]) || (tokens[first - 1]?.pos === 'ADV' && isVerb(tokens[first - 2]))) first--;
  const t = tokens[first];
  return !/^(will|would|'ll|'d)$/.test(t.lower) && !inPastForm(t);
}

/**
 * The year a sentence opens with, in the anniversary's clause: "This year Russia and Vietnam
 * celebrate 70 years of ties" (not a year after the verb, "coincided with the 1994 treaty's …").
 */
function yearOfItsClause(tokens: readonly Token[], anchors: readonly TimeAnchor[], q: Quantity): number | undefined {
  const opening = anchors.find((a) => a.told && a.at < q.from);
  if (!opening || tokens.slice(0, opening.at).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  return tokens.slice(opening.at + 1, q.from).some((t) => /^[,;:—–()]$/.test(t.text)) ? undefined : opening.year;
}

/** Words opening a clause of the time just named: "in 2024, when …", "in 2024, the year …". */
const OF_THAT_TIME = /^(when|the year|the same year|a year)$/;

/** The year a sentence names just before a clause of that time holding the anniversary: "in 2024, when the two countries marked the 75th anniversary". */
function yearOpeningTheTime(tokens: readonly Token[], anchors: readonly TimeAnchor[], q: Quantity): number | undefined {
  const before = anchors.filter((a) => a.told && a.at < q.from).at(-1);
  if (!before) return undefined;
  const between = tokens.slice(before.at + 1, q.from).map((t) => t.lower);
  const comma = between.indexOf(',');
  return comma >= 0 && comma <= 1 && [1, 2, 3].some((n) => OF_THAT_TIME.test(between.slice(comma + 1, comma + 1 + n).join(' '))) ? before.year : undefined;
}

/** Words joining an event to what went on at its time: "the visit came as they were marking …". */
const AT_ITS_TIME = new Set(['as', 'while', 'when', 'amid']);

/**
 * The year of the baseline's event, for an anniversary a sentence says went on at its time: "the
 * state visit came as the two countries were celebrating the 75th anniversary". The sentence
 * names the event before the anniversary, a word of that time between them, and no year.
 */
function eventYearOfTheTime(claim: Features, q: Quantity, anchors: readonly TimeAnchor[], index: BaselineIndex): number | undefined {
  if (anchors.some((a) => a.told)) return undefined;
  const event = claim.tokenKeys.findIndex((k, i) => i < q.from && !!k && index.eventWords.has(k));
  if (event < 0 || !claim.tokens.slice(event + 1, q.from).some((t) => AT_ITS_TIME.has(t.lower))) return undefined;
  return index.period.from.getUTCFullYear();
}

/** The relation nouns as the index keys them ("tie"), to meet a baseline anniversary's words. */
const RELATION_STEMS = new Set([...RELATION_NOUNS].map(stemOf));

/** How far apart, in words, two words of one name may stand: "the friendship treaty", "the treaty of friendship". */
const PHRASE_SPAN = 3;

/**
 * The year a thing began, which an anniversary gives: "in force since 1969, the Treaty on
 * Mutual Trust" where the baseline marks its 60th anniversary in 2031 (1971). The claim names most of what the anniversary is of, and a year before it that is
 * neither the first year nor the anniversary's.
 */
function foundingYearConflict(claim: Features, index: BaselineIndex): Comparison | undefined {
  if (claim.quantities.some((q) => q.unit === 'anniversary')) return undefined;
  const years = claim.tokens.flatMap((t) => (/^(1[89]|20)\d\d$/.test(t.text) ? [Number(t.text)] : []));
  if (!years.length) return undefined;
  // its words stand in one phrase ("diplomatic ties", "ties … diplomatic", not "ties" and "diplomacy" said of
  // other things); a word of the same family names it too ("the friendship treaty" for "… Friendly Relations")
  const stems = claim.tokens.map((t, i) => claim.tokenKeys[i] ?? '');
  // (not a name joining another word to it, which is another treaty's: "a treaty of friendship and
  // cooperation", also capitalised as a title, "the Treaty of Friendship and Cooperation")
  const joined = (i: number, about: readonly string[]) => claim.tokens[i + 1]?.lower === 'and' && /^(NOUN|PROPN)$/.test(claim.tokens[i + 2]?.pos ?? '') && !about.includes(stems[i + 2]);
  // (a word for a relation between parties names it as another does: "diplomatic relations" for "diplomatic ties")
  const relates = (i: number, k: string) => RELATION_STEMS.has(k) && claim.tokens[i].pos === 'NOUN' && isKindOf(claim.tokens[i].lemma.toLowerCase(), RELATION_NOUNS);
  const positions = (k: string, about: readonly string[]) => stems.flatMap((s, i) => (s === k || (sameFamily(s, k) && !joined(i, about)) || relates(i, k) ? [i] : []));
  const inAPhrase = (what: string[]) =>
    what.some((k, n) => what.slice(n + 1).some((o) => positions(k, what).some((i) => positions(o, what).some((j) => Math.abs(i - j) <= PHRASE_SPAN))));
  // (another pair's: a place of the world named as a party, "Vietnam and the United States", "Iran
  // and Vietnam", "ties with Japan", or a country the baseline sentence does not name)
  const joinedByAnd = (e: EntityMention) => tokenAfter(claim, e)?.lower === 'and';
  const anotherPair = claim.entities.some((e) => e.kind === 'place' && !e.group && (asAParty(claim, e) || joinedByAnd(e)));
  for (const a of index.anniversaries) {
    const what = a.about.filter((k) => !/^[@#]/.test(k)).slice(0, 3);
    if (what.length < 2 || !inAPhrase(what)) continue;
    const first = a.year - a.ordinal;
    const b = index.sentences[a.sentence];
    if (years.some((y) => y === first || y >= a.year) || anotherPair || namesAnotherCountry(claim, b)) continue;
    return factContradiction('date', [b], `the article dates ${a.of.replace(/^of /, '')} to ${years[0]}; the baseline's ${a.ordinal}th anniversary in ${a.year} dates it to ${first}`, index, 0.7);
  }
  return undefined;
}

/**
 * A place named as a party, not where something is: a possessor, one side of "ties with" or
 * "between", or the place set aside after "not" ("Moscow's ties with Hanoi", "in Ho Chi Minh City,
 * not Hanoi").
 */
function asAParty(claim: Features, e: EntityMention): boolean {
  // (past a "the" of the name: "ties with the Philippines", "Vietnam and the United States")
  const at = tokenIndexOf(claim, e);
  const before = claim.tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  return /['’]s$/.test(claim.text.slice(e.start - claim.start, e.end - claim.start)) || /^(with|between|and|not)$/.test(claim.tokens[before]?.lower ?? '');
}

/** A place's name that opens another's, a capitalised word right after it: "the Saigon Times", "Hanoi University". */
function partOfAnotherName(claim: Features, e: EntityMention): boolean {
  const next = tokenAfter(claim, e);
  return !!next && next.start - e.end <= 1 && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/** The profile's sides of the baseline's hosts, made once per index. */
const hostSideSets = new WeakMap<BaselineIndex, ReadonlySet<string | undefined>>();

/** The places the baseline names as places ("from North Korea", "the war in Ukraine"), made once per index. */
const storyPlaceSets = new WeakMap<BaselineIndex, ReadonlySet<string>>();
const placesOfTheStory = (index: BaselineIndex) =>
  cachedPerIndex(storyPlaceSets, index, () => new Set(index.sentences.flatMap((b) => b.entities.filter((e) => saidAfterLocative(b, e)).map((e) => e.id))));

/** "On the sidelines" or "on the margins" (of a summit): at a gathering called for something else. */
const onTheEdgeOfAGathering = (f: Pick<Features, 'text'>) => [...f.text.matchAll(/\bon the (\p{L}+)/giu)].some((m) => GATHERING_EDGES.has(m[1].toLowerCase()));

/** The claim tells of talks or a signing. */
const tellsOfTalksOrSigning = (claim: Features) =>
  claim.tellsOfTalks || claim.tokens.some((t) => (t.pos === 'VERB' && t.lemma === SIGNING) || (t.pos === 'NOUN' && relationsOf(t.lemma).derivations.includes(SIGNING)));

/**
 * Talks or a signing outside the event's time said to be in a country other than the host's ("held
 * talks in the Kremlin", "the agreements signed in Moscow", "met on the sidelines in Beijing"):
 * another event, since the baseline's took place in the host's. Not a place in a relative clause
 * ("Trong, who studied in the Soviet Union"), nor one the baseline sentence names as a place too
 * (a country it names as a party, "Russia and Vietnam", places nothing). A meeting "on the sidelines"
 * is at another gathering wherever it was.
 */
function ofAnotherEventElsewhere(claim: Features, state: EventState, b: BaselineSentence, index: BaselineIndex): boolean {
  if (state === 'inside') return false;
  if (onTheEdgeOfAGathering(claim) && !onTheEdgeOfAGathering(b)) return true;
  if (!tellsOfTalksOrSigning(claim)) return false;
  const hostSides = cachedPerIndex(hostSideSets, index, () => new Set([...index.hosts.keys()].map((h) => index.matcher.groupOf(h))));
  return claim.entities.some((e) => {
    // (an outsider's place the baseline's story goes to is that story's: "signed the pact in Pyongyang")
    const abroad = e.group ? e.kind === 'country' && !e.place && !hostSides.has(e.group) : e.kind === 'place' && !placesOfTheStory(index).has(e.id);
    if (!abroad || !saidAfterLocative(claim, e) || inSource(claim, e) || b.entities.some((be) => be.id === e.id && saidAfterLocative(b, be))) return false;
    return !claim.tokens.slice(0, tokenIndexOf(claim, e)).some((t) => /^(who|whom|whose|which)$/.test(t.lower));
  });
}

/**
 * The baseline's event in another city of the same country: "the state visit by Putin to Ho Chi Minh
 * City" where the baseline's sentences on the visit place it in Hanoi. The claim names the
 * event, or tells of its talks, signings, hosting or the arrival in its time, and one of the
 * people the baseline names there (or, naming no one, its paragraph names the visitor), and
 * none of the event's cities.
 */
function eventPlaceConflict(claim: Features, state: EventState, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  // (its talks, signings or arrival, said within the event's time, are the event too: "on 20 June Putin held talks with Lam in …", "his plane landed in …";
  // a signing also by its noun, WordNet's derivation of "sign": "put their signatures to a stack of agreements in …")
  // (or in its year, by its visitor: "in 2024 Putin held talks with To Lam in …", the visitor's one visit of that year)
  const ofItsDoings = (state === 'inside' || (state === 'unknown' && visitorInTheEventsYear(claim, index))) && (tellsOfTalksOrSigning(claim) || claim.tellsOfArriving || tellsOfHosting(claim.tokens));
  if (state === 'outside' || !index.eventPlaces.size || !(namesTheEvent(claim.keys, index) || ofItsDoings)) return undefined;
  // (a visit of years before the baseline's is an earlier one: "his first since the summit in Da Nang in November 2017")
  if (tellsOfEarlierYears(claim, index)) return undefined;
  // (a place in the report's source is not the event's: "according to the Saigon Times", "it's in
  // the Saigon Times write-up"; nor is a city named as a party: "Moscow's ties with Hanoi")
  const places = new Set(claim.entities.flatMap((e) => (e.place && !inSource(claim, e) && !partOfAnotherName(claim, e) && !asAParty(claim, e) ? [e.place] : [])));
  if (!places.size || [...places].some((p) => index.eventPlaces.has(p))) return undefined;
  const evidence = sentencesAt([...index.eventPlaces.values()].flat(), index);
  // (the people of the event: those the sentences placing it name, and those the visitor met there)
  const people = new Set([...peopleNamedIn(evidence), ...index.metWith]);
  // (naming no one, its paragraph's visitor: "Leaders promised … The commitments were made during talks in …")
  if (!namesOneOf(claim, people, index) && !visitorInParagraphOnly(claim, index, context)) return undefined;
  const says = `the article places the event in ${[...places].map(title).join(', ')}; the baseline in ${[...index.eventPlaces.keys()].map(title).join(', ')}`;
  return factContradiction('entity', evidence, says, index, 0.7);
}

/**
 * The claim denies that something happened at the baseline's event ("the visit ended without a
 * joint statement") which a baseline sentence says did ("the two sides issued a joint
 * statement"). The denied words find that sentence, whatever else the two say: the claim is
 * about the event (dated in its time, or naming it), or says a standing fact has ended ("Russia is
 * no longer Vietnam's main arms supplier"), and the sentence states what is denied.
 */
function eventDenial(m: ClaimMeasure, state: EventState, index: BaselineIndex): Comparison | undefined {
  const claim = m.claim;
  if (!claim.negatedKeys.size || (!ofTheEvent(claim, state, index) && (!endsAStanding(claim) || deniesAhead(claim)))) return undefined;
  const denied = m.keys.filter((k) => claim.negatedKeys.has(k.key));
  const found = sentencesStating(denied, index, 5);
  // the denied words weigh as in the claim's measure: "did not manage to agree" turns on "agree"
  const weights = new Map(denied.map((k) => [k.key, k.weight]));
  // every sentence stating what is denied backs the finding, the one that says most of the claim first
  const denying = found
    .map(({ sentence }) => ({ b: index.sentences[sentence], reason: negationConflict(claim, index.sentences[sentence], index, weights) }))
    .filter((d): d is { b: BaselineSentence; reason: string } => !!d.reason)
    .map((d) => ({ ...d, coverage: coverageOf(m, d.b) }))
    .sort((a, b) => b.coverage - a.coverage);
  const best = denying[0];
  if (!best) return undefined;
  const evidence = denying.slice(0, 3).map((d) => d.b);
  return { label: 'contradiction', type: 'negation', evidence, score: 0.7, reason: `${best.reason} (${docName(index, best.b.doc)}: ${quote(best.b)})` };
}

/**
 * A denial told of what will or would be: "will not alter its policy", "would not sign such a
 * treaty", "will probably no longer be its largest supplier". A forecast or a stance, it denies
 * nothing the baseline states was, unless it is of the event itself, told before it ("there won't
 * be a joint statement from this visit").
 */
function deniesAhead(claim: Features): boolean {
  const { tokens } = claim;
  return tokens.some((t, i) => {
    if (t.pos !== 'AUX' || !/^(will|would|shall|wo)$/.test(t.lower)) return false;
    // (past adverbs, however tagged: "will most likely no longer be")
    let k = i + 1;
    while (/^(ADV|ADJ)$/.test(tokens[k]?.pos ?? '') && !NEGATING.test(tokens[k].lower)) k++;
    return NEGATING.test(tokens[k]?.lower ?? '');
  });
}
/** A forecast denial of something other than the event itself. */
const forecastApart = (claim: Features, state: EventState, index: BaselineIndex) => deniesAhead(claim) && !ofTheEvent(claim, state, index);

/**
 * A denial that a standing fact still holds: "no longer", "not … any longer", "not … anymore".
 * What the baseline states as holding is ended, whatever else the sentence adds.
 */
function endsAStanding(claim: Features): boolean {
  const lowers = claim.tokens.map((t) => t.lower);
  return lowers.some((w, i) => (w === 'longer' && /^(no|any)$/.test(lowers[i - 1] ?? '')) || w === 'anymore' || (w === 'more' && lowers[i - 1] === 'any'));
}

/** Words of a text for comparing quotations: lower case, letters and digits only. */
const plainWords = (text: string): string[] => [...(text.toLowerCase().replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [])];
/** The same for names, as their transliterations share them ("Podolyak", "Podoliak"). */
const nameWords = (text: string): string[] => plainWords(transliterated(text));

/** A preposition, article or conjunction capitalised at a sentence's start, before a name. */
const FUNCTION_WORD_FIRST = /^(From|In|At|On|By|For|With|To|Of|As|After|Before|Since|During|Under|The|A|An|And|But|Or|If|When|While)\s/;
/** A name less its possessive ending: "Putin's" → "Putin", "the Soviets'" → "the Soviets". */
const withoutPossessive = (name: string) => name.replace(/['’]s?$/, '');

/**
 * Capitalised two- to three-word names in a text, by their last word: "Dmytro Kuleba" → "kuleba"
 * (a run of capitalised words is read whole, so "Ukrainian President Volodymyr Zelensky" gives
 * "zelensky"; a function word capitalised at a sentence's start is no part of a name: "From Kyiv";
 * nor is the possessive's ending: "Vladimir Putin's talks" names "putin").
 */
const namedPeople = (text: string, isTitle: (name: string) => boolean = () => false) =>
  [...text.matchAll(/\b\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)+\b/gu)]
    .map((m) => withoutPossessive(m[0].replace(FUNCTION_WORD_FIRST, '')))
    .filter((name) => name.includes(' ') && !isTitle(name))
    .map((name) => nameWords(name).at(-1)!);

/** The claim's quotations of four words or more, as `plainWords` reads them; read once per claim. */
const quotations = new WeakMap<Features, string[]>();
function quotationsOf(claim: Features): string[] {
  let quoted = quotations.get(claim);
  if (!quoted) {
    const spans = /[“"‘']/.test(claim.text) ? [...claim.text.matchAll(/[“"‘']([^“”"‘’']{12,}?)[”"’'](?=\W|$)/gu)] : [];
    quotations.set(claim, (quoted = spans.map((m) => plainWords(m[1]).join(' ')).filter((q) => q.split(' ').length >= 4)));
  }
  return quoted;
}

/**
 * The baseline's quotation given to someone else: "Kuleba dismissed the tour as a visit to
 * 'yesterday's satellites of the USSR'" where the baseline gives those words to Podoliak. The
 * claim quotes at least four words the sentence quotes, names someone the sentence does not
 * name, and the sentence names someone the claim does not.
 */
function quoteConflict(claim: Features, b: BaselineSentence): string | undefined {
  const quoted = quotationsOf(claim);
  if (!quoted.length) return undefined;
  // (most sentences quote none of it: a cheap look for a quotation's longest word first)
  const lower = b.text.toLowerCase().replace(/['’]/g, '');
  const longest = (q: string) => q.split(' ').reduce((a, w) => (w.length > a.length ? w : a), '');
  if (!quoted.some((q) => lower.includes(longest(q)))) return undefined;
  if (!quoted.some((q) => plainWords(b.text).join(' ').includes(q))) return undefined;
  const theirNames = nameWords(b.text);
  const mine = namedPeople(claim.text).filter((n) => !theirNames.includes(n));
  const stated = namedPeople(b.text).filter((n) => !nameWords(claim.text).includes(n));
  return mine.length && stated.length ? `the article gives the words to ${mine[0]}; the baseline to ${stated[0]}` : undefined;
}

/**
 * A body's name: two or more capitalised words, "of", "for", "and" or "on" between them ("International
 * Court of Justice", "US State Department"), not opening with a word capitalised by position.
 */
const BODY_NAME = /(?<![\p{L}'’-])\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}-]*)+/gu;
const POSITIONAL = /^(The|A|An|In|On|At|By|For|From|With|This|That|But|And|As|After|Before|When|While)$/;

interface BodyName {
  text: string;
  /** Its capitalised words, lower case. */
  words: string[];
  /** The word naming what kind of body it is: the last before "of", or the last ("Court"); a noun WordNet has naming a body of people. */
  head: string;
}

/** Do two names differ only by an abbreviation: "UN Charter" and "United Nations Charter"? */
function abbreviates(a: BodyName, b: BodyName): boolean {
  const initials = (words: string[]) => words.map((w) => w[0]).join('');
  const short = (x: BodyName, y: BodyName) => {
    const rest = y.words.filter((w) => !x.words.includes(w));
    return x.words.filter((w) => !y.words.includes(w)).some((w) => w.length >= 2 && initials(rest).startsWith(w));
  };
  return short(a, b) || short(b, a);
}

/** The names of bodies a sentence gives, outside the profile's people, places and bodies, and outside its offices. */
function bodyNames(f: Pick<Features, 'text' | 'start' | 'entities'>, index: BaselineIndex): BodyName[] {
  const out: BodyName[] = [];
  for (const m of f.text.matchAll(BODY_NAME)) {
    let words = m[0].split(/\s+/);
    if (POSITIONAL.test(words[0])) words = words.slice(1);
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
    if (capitalised.length < 2) continue;
    const [start, end] = [f.start + m.index!, f.start + m.index! + m[0].length];
    if (f.entities.some((e) => e.start < end && start < e.end)) continue;
    if (capitalised.some((_, k) => index.matcher.officeAt(capitalised, k))) continue;
    const head = (words.indexOf('of') > 0 ? words.slice(0, words.indexOf('of')) : words).at(-1)!.toLowerCase();
    if (relationsOf(head).nounClass !== 'group') continue; // a person's or a place's name, not a body's
    out.push({ text: words.join(' '), words: capitalised, head });
  }
  return out;
}

/**
 * Another body of the same kind under a like name: "the International Court of Justice" where the
 * baseline sentence the claim restates has "the International Criminal Court". The two names share
 * their head ("Court") and another word ("International"), differ in the rest, and the claim's name
 * is nowhere in the baseline. (Names sharing the head alone are of bodies no one takes for each
 * other: "the Eurasian Economic Union" is not the European Union mistaken.)
 */
function bodyNameConflict(claim: Features, b: BaselineSentence, index: BaselineIndex): string | undefined {
  if (!/\p{Lu}[\p{L}'’-]*\s+(?:of\s+|for\s+)?\p{Lu}/u.test(claim.text)) return undefined;
  const theirs = bodyNames(b, index);
  if (!theirs.length) return undefined;
  for (const mine of bodyNames(claim, index)) {
    // (a shorter form of the other's name, three words or more of it, is the same body: "the Law of the Sea
    // Convention" for "the United Nations Convention on the Law of the Sea")
    const shortens = (t: BodyName) => mine.words.length >= 3 && mine.words.every((w) => t.words.includes(w));
    const alike = (t: BodyName) => t.head === mine.head && t.words.some((w) => w !== t.head && mine.words.includes(w));
    const other = theirs.find((t) => alike(t) && t.words.join(' ') !== mine.words.join(' ') && !abbreviates(mine, t) && !shortens(t) && !claim.text.toLowerCase().includes(t.text.toLowerCase()));
    if (other && !baselineText(index).includes(mine.text.toLowerCase())) return `the article names the ${mine.text}; the baseline the ${other.text}`;
  }
  return undefined;
}

/**
 * The whole baseline in lower case, made once per index: is a name anywhere in it, also inside a
 * longer one ("the Asia Program of the International Crisis Group")? Only a claim naming a body
 * of a kind the baseline names too looks.
 */
const baselineTexts = new WeakMap<BaselineIndex, string>();
function baselineText(index: BaselineIndex): string {
  let text = baselineTexts.get(index);
  if (text === undefined) baselineTexts.set(index, (text = index.sentences.map((s) => s.text.toLowerCase()).join('\n')));
  return text;
}

/**
 * The baseline's statement given to another body of the same country, in other words: "the US
 * embassy in Hanoi said no country should give Putin a stage to promote his war of aggression"
 * where the baseline has "a US State Department spokesperson". The two say a run of four words
 * in common after their verbs of saying; both speakers name the same country or body, and each
 * has a word the other lacks, not a WordNet relative ("spokesman", "spokesperson").
 */
function sayerConflict(claim: Features, b: BaselineSentence): string | undefined {
  if (!claim.saidBy || !b.saidBy || !sharesARun(claim.text.slice(claim.saidBy.from), b.text.slice(b.saidBy.from))) return undefined;
  // the same country's two bodies ("the US embassy", "a US State Department spokesperson"), not one person twice
  const country = (k: string) => claim.entities.some((e) => `@${e.id}` === k && e.kind !== 'person');
  if (!claim.saidBy.by.some((k) => b.saidBy!.by.includes(k) && country(k))) return undefined;
  const related = (k: string, others: readonly string[]) =>
    others.includes(k) || others.some((o) => [...relationsOf(o).synonyms, ...relationsOf(o).hypernyms].some((w) => stemOf(w) === k));
  const extra = (mine: readonly string[], theirs: readonly string[]) => mine.filter((k) => !k.startsWith('@') && !related(k, theirs) && !theirs.some((t) => related(t, [k])));
  const [claimed, stated] = [extra(claim.saidBy.by, b.saidBy.by), extra(b.saidBy.by, claim.saidBy.by)];
  return claimed.length && stated.length ? 'the article gives the words to another speaker than the baseline does' : undefined;
}

/**
 * Do two sayings share a run of four words, two of them long ones ("to promote his war of
 * aggression"), or open with the same three, two long ("no country should give him a stage",
 * "no country should offer him a platform")?
 */
function sharesARun(a: string, b: string): boolean {
  const long = (run: string[]) => run.filter((w) => w.length >= 4).length >= 2;
  const runs = (words: string[]) => words.slice(3).map((_, i) => words.slice(i, i + 4)).filter(long).map((run) => run.join(' '));
  const [mine, theirs] = [plainWords(a), plainWords(b)];
  // (what is said opens after "that": "warned on Monday that no country should …")
  const said = (words: string[]) => words.slice(words.slice(0, 4).indexOf('that') + 1);
  const [opening, stated] = [said(mine).slice(0, 3), said(theirs)];
  if (opening.length === 3 && long(opening) && opening.every((w, i) => stated[i] === w)) return true;
  const theirRuns = new Set(runs(theirs));
  return runs(mine).some((run) => theirRuns.has(run));
}

function slotConflict(claim: Features, b: BaselineSentence, coverage: number, state: EventState, index: BaselineIndex, context: ClaimContext, deniesOther = false) {
  const found = (type: ContradictionType, reason: string | undefined) => (reason ? { type, reason } : undefined);
  return (
    // (a sentence quoting the same words shares much of the claim: the others are not read for quotations)
    (coverage >= SAME_TOPIC ? found('entity', quoteConflict(claim, b)) : undefined) ??
    found('number', numberConflict(claim, b, coverage, state, index, context)) ??
    found('date', dateConflict(claim, b, coverage, state, index, context)) ??
    found('date', durationConflict(claim, b, state, index)) ??
    found('date', decadeConflict(claim, b)) ??
    found('date', yearSpanConflict(claim, b, coverage)) ??
    (coverage >= SAME_TOPIC && !deniesOther && !forecastApart(claim, state, index) ? found('negation', deniesWhatItStates(claim, b, index)) : undefined) ??
    // (a claim stating what the baseline denies says it in words of its own around the denied ones:
    // "voted in favour of the March 2022 resolution" is read however little else of the sentence it shares)
    (!deniesOther ? found('negation', statesWhatItDenies(claim, b, index)) : undefined) ??
    antonymConflict(claim, b, state, index) ??
    found('other', qualityConflict(claim, b, state, index)) ??
    (coverage >= SAME_TOPIC ? found('other', trendConflict(claim, b, index)) : undefined) ??
    found('entity', agentConflict(claim, b, state, index, context)) ??
    (coverage >= SAME_TOPIC ? found('entity', bodyNameConflict(claim, b, index)) : undefined) ??
    found('entity', sayerConflict(claim, b))
  );
}

/**
 * A name built on one the baseline sentence gives, with capitalised words the baseline lacks
 * ("Bao Moi Tuoi Tre" where the baseline has "Tuoi Tre"): another body under a longer name. The claim otherwise says what the sentence says;
 * every name it adds belongs to such a longer name.
 */
function longerName(claim: Features, b: BaselineSentence, addedNames: readonly string[]): { claimed: string; stated: string } | undefined {
  if (!addedNames.length) return undefined;
  // (a body's: "New Russian" or "Kazan Kremlin" are no other Russia)
  for (const e of claim.entities) {
    if (e.kind !== 'organisation' || !b.keys.has(`@${e.id}`)) continue;
    // the capitalised words run into the name, before it
    const run: Token[] = [];
    // (an honorific is no part of the name: "Mr Putin")
    for (let k = tokenIndexOf(claim, e) - 1; k >= 0 && claim.tokens[k].pos === 'PROPN' && addedNames.includes(claim.tokens[k].lower) && !isHonorific(claim.tokens[k].text); k--) run.unshift(claim.tokens[k]);
    if (!run.length || !addedNames.every((n) => run.some((t) => t.lower === n))) continue;
    return { claimed: claim.text.slice(run[0].start - claim.start, e.end - claim.start), stated: b.text.slice(b.entities.find((x) => x.id === e.id)!.start - b.start, b.entities.find((x) => x.id === e.id)!.end - b.start) };
  }
  return undefined;
}

/** Coverage at which the one new claim of a whole retelling is retold too. */
const LONE_COVERAGE = 0.2;
/** Coverage at which a claim that adds no specific word, name or figure is a restatement. */
const RESTATED_COVERAGE = 0.4;
/** The same, in an article that mostly retells the baseline, for a claim adding no name or figure. */
const RETOLD_COVERAGE = 0.3;
/** A word used fewer times than this in SemCor is specific: it carries information of its own. */
const SPECIFIC_FREQUENCY = 10;

/** What the claim adds to the baseline: names, figures and rare words it has neither as such nor as a relative. */
interface Added {
  /** People, places and bodies, known to the profile or only capitalised. */
  names: string[];
  figures: string[];
  /** Words rare in general English. */
  words: string[];
}

/** A word that names, alone, a person the baseline names in full: "Trong" for Nguyen Phu Trong. */
function namesKnownPerson(t: Token, index: BaselineIndex): boolean {
  const person = /^\p{Lu}/u.test(t.text) ? index.matcher.person(t.text) : undefined;
  return !!person && index.idf.has(`@${person.name.toLowerCase()}`);
}

/**
 * The keys of a name of English words right after the abbreviation of a body the baseline names
 * ("UN General Assembly", "UN Security Council"): one of that body's organs, not another body.
 */
function organWords(claim: Features, index: BaselineIndex): Set<string> {
  const keys = new Set<string>();
  claim.tokens.forEach((body, k) => {
    if (!/^\p{Lu}{2,}$/u.test(body.text) || !index.idf.has(claim.tokenKeys[k] ?? '')) return;
    for (let j = k + 1; j < claim.tokens.length && claim.tokens[j].pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(claim.tokens[j].text) && isEnglish(claim.tokens[j].lower); j++) {
      const key = claim.tokenKeys[j];
      if (key) keys.add(key);
    }
  });
  return keys;
}

/** The keys of the words of the profile's offices the claim names ("PM", "party chief"). */
function officeWords(claim: Features, index: BaselineIndex): Set<string> {
  const lowers = claim.tokens.map((t) => t.lower);
  const keys = new Set<string>();
  for (let i = 0; i < lowers.length; i++) {
    const office = index.matcher.officeAt(lowers, i);
    if (!office) continue;
    for (let k = i; k < i + office.words.length; k++) if (claim.tokenKeys[k]) keys.add(claim.tokenKeys[k]!);
  }
  return keys;
}

/**
 * A figure that agrees with one the baseline gives for the same kind of thing, in other words:
 * "about 12 documents" where the baseline has "around a dozen cooperation agreements".
 */
function agreesWithBaseline(claim: Features, key: string, index: BaselineIndex): boolean {
  const figure = key.slice(1);
  const mine = claim.quantities.find((q) => q.text.replace(/,/g, '').includes(figure));
  if (!mine) return false;
  // (the counts the baseline states, each figure once: bounded however large the baseline)
  return (index.counts.get(mine.unit) ?? []).some(({ quantity: q }) => comparable(q, mine) && !disjoint(q, mine));
}

/** Words after a stretch of time that count it from another moment ("ago", "after", "have passed since"). */
const COUNTED_FROM = /^(ago|after|earlier|later|before|since|on|have|has)$/;

function informationAdded(m: ClaimMeasure, index: BaselineIndex, retelling = false): Added {
  const lemmas = lemmasByKey(m.claim);
  const added: Added = { names: [], figures: [], words: [] };
  const knownPeople = new Set(m.claim.tokens.flatMap((t, i) => (namesKnownPerson(t, index) ? [m.claim.tokenKeys[i]] : [])));
  // a date within the baseline's own time ("on 19–20 June") is no figure the baseline lacks
  const { from, to } = index.period;
  const inPeriod = (d: DateMention) =>
    !!d.month && d.days.length > 0 && d.days.every((day) => {
      const at = Date.UTC(d.year ?? from.getUTCFullYear(), d.month! - 1, day);
      return at >= Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()) && at <= to.getTime();
    });
  const dayKeys = new Set(m.claim.dates.filter(inPeriod).flatMap((d) => m.claim.tokenKeys.slice(d.from, d.to)));
  // (nor is a stretch of time counted from another moment, which dates a thing as a date does: "seven
  // months after the visit", "six weeks ago", "twelve months have passed since")
  m.claim.tokens.forEach((_, i) => {
    if (TIME_UNITS.has(m.claim.tokens[i + 1]?.lemma ?? '') && COUNTED_FROM.test(m.claim.tokens[i + 2]?.lower ?? '') && m.claim.tokenKeys[i]?.startsWith('#')) dayKeys.add(m.claim.tokenKeys[i]!);
  });
  // (a month's or a weekday's word in a date is the date's, which its figures weigh: "(Jun 20)")
  const inDate = (i: number) => m.claim.dates.some((d) => i >= d.from && i < d.to);
  const dateWords = new Set(m.claim.tokens.flatMap((t, i) => (inDate(i) && !/\d/.test(t.text) ? [m.claim.tokenKeys[i]] : [])));
  // (a month said without a day, "in mid-December", has no figure to weigh it: a month the baseline never names is news)
  const monthsAlone = new Set(m.claim.dates.flatMap((d) => (d.month && (!d.days.length || d.part) ? m.claim.tokenKeys.slice(d.from, d.to) : [])));
  const organ = organWords(m.claim, index);
  // (a title of the profile's, however written, is no new name or word: "PM Pham Minh Chinh")
  const titles = officeWords(m.claim, index);
  // (nor are initials, which stand for given names: "V.V. Putin")
  const initials = new Set(m.claim.tokens.flatMap((t, i) => (INITIALS.test(t.text) ? [m.claim.tokenKeys[i]] : [])));
  for (const { key, relatives } of m.keys) {
    if (monthsAlone.has(key) && !index.idf.has(key)) {
      added.figures.push(key);
      continue;
    }
    // the report's source ("according to The New York Times") is not what it reports
    if (index.idf.has(key) || relatives.length || knownPeople.has(key) || m.claim.sourceOnly.has(key) || organ.has(key) || titles.has(key) || dateWords.has(key) || initials.has(key)) continue;
    if (key.startsWith('@')) added.names.push(key);
    else if (key.startsWith('#')) {
      if (!dayKeys.has(key) && !agreesWithBaseline(m.claim, key, index)) added.figures.push(key);
    }
    else if (key.startsWith('=') || Math.max(0, ...[...(lemmas.get(key) ?? [])].map(frequencyOf)) < SPECIFIC_FREQUENCY) added.words.push(key);
  }
  // a capitalised word formed from a baseline word ("Asian" from "Asia") is not a new name
  const derived = new Set(m.keys.filter((k) => k.relatives.some((r) => k.key.startsWith(r.key.slice(0, 4)))).map((k) => k.key));
  // (a word in a stamp or a signature names nothing the sentence tells of)
  const outside = outsideTheClaim(m.claim);
  m.claim.tokens.forEach((t, i) => {
    const key = m.claim.tokenKeys[i];
    // (a token the sentence gives no key, a mark or a speaker's label, "(U)", names nothing either)
    if (t.pos !== 'PROPN' || !t.isWord || i === 0 || key === undefined || outside(i) || m.claim.sourceTokens.has(i) || key.startsWith('@') || index.idf.has(key) || derived.has(key) || organ.has(key) || titles.has(key) || added.names.includes(t.lower)) return;
    if (MONTHS.includes(t.lower) || WEEKDAYS.includes(t.lower) || inDate(i)) return; // a date, which the date slot weighs
    if (isHonorific(t.text) || INITIALS.test(t.text)) return; // "Mr Putin", "V.V. Putin" name Putin
    if (namesKnownPerson(t, index)) return;
    // a common word capitalised alone ("the two Sides") is a style, not a name; "General Assembly" is one
    // (a sentence's first word is capitalised by position: "The Sides will …")
    const capital = (k: number) => /^\p{Lu}/u.test(m.claim.tokens[k]?.text ?? '') && !(k === 0 && m.claim.tokens[k].isStop);
    const common = frequencyOf(t.lower); // "Sides": side
    // (in an article retelling the baseline, a name made of common words — "the General Assembly",
    // "the Treaty on Basic Principles" — names again what the baseline names in other words)
    if ((retelling || (!capital(i - 1) && !capital(i + 1))) && common >= SPECIFIC_FREQUENCY) return;
    added.names.push(t.lower);
  });
  return added;
}

function samePolarity(claim: Features, b: BaselineSentence, index: BaselineIndex): boolean {
  if (!claim.negatedKeys.size) return true;
  let inScope = 0;
  let agreed = 0;
  // what the sentence says is absent agrees with a denial of it ("not interfering in other states'
  // affairs", "non-interference in the affairs of other states") when the two share more than one
  // word of it: "not a member of the bloc" is not "without closed blocs"
  const absent: number[] = [];
  for (const key of claim.negatedKeys) {
    // what the claim denies and the sentence does not speak of ("not openly") is no disagreement
    if (!b.keys.has(key)) continue;
    const w = index.idf.get(key) ?? index.unseenIdf;
    inScope += w;
    if (b.negatedKeys.has(key)) agreed += w;
    else if (b.absentKeys.has(key)) absent.push(w);
  }
  if (absent.length >= 2) agreed += absent.reduce((sum, w) => sum + w, 0);
  return !inScope || agreed / inScope >= 0.5;
}

/** Two baseline facts one claim changes ("Timor-Leste took its seat as the eleventh member": the count, its standing) are both its evidence. */
const bothFacts = (first: Comparison | undefined, second: Comparison | undefined): Comparison | undefined =>
  first && second ? { ...first, evidence: [...new Set([...first.evidence, ...second.evidence])] } : first ?? second;

/** A baseline fact the claim gives another value: an office holder, a count, a standing in a body. */
function changedFact(measure: ClaimMeasure, state: EventState, index: BaselineIndex, context: ClaimContext): Comparison | undefined {
  const { paragraph = new Set(), places = new Set() } = context;
  return roleConflict(measure.claim, places, index) ?? bothFacts(countConflict(measure, state, context, index), statusConflict(measure.claim, paragraph, index)) ?? populationConflict(measure.claim, index, places) ?? ageConflict(measure.claim, index, context) ?? affiliationConflict(measure.claim, index);
}

/** Does the claim change a baseline fact? (An article whose lead does is about the watch, whoever else it names.) */
export function changesAFact(claim: Features, state: EventState, index: BaselineIndex, context: ClaimContext = {}): boolean {
  return !!changedFact(measureClaim(claim, index), state, index, context);
}

export function compareClaim(claim: Features, state: EventState, index: BaselineIndex, context: ClaimContext = {}): Comparison {
  const measure = measureClaim(claim, index);
  const fact = changedFact(measure, state, index, context) ?? eventDateConflict(claim, state, index, context) ?? eventMonthConflict(claim, index, context) ?? stopDayConflict(claim, state, index) ?? arrivalTimeConflict(claim, state, index, context) ?? talksDayConflict(claim, state, index, context) ?? talksTimeConflict(claim, state, index, context) ?? pieceDayConflict(claim, state, index, context) ?? sequenceConflict(claim, state, index) ?? standsConflict(measure, index) ?? talksAirConflict(claim, state, index) ?? welcomeLikenessConflict(claim, state, index) ?? welcomeMarksConflict(claim, state, index) ?? welcomePlaceConflict(claim, state, index) ?? meetingOrderConflict(claim, state, index) ?? venueConflict(claim, state, index, context) ?? signerConflict(claim, state, index) ?? leftOutConflict(measure, state, index) ?? deniedMeetingConflict(claim, state, index) ?? raisedLevelConflict(claim, state, index) ?? noneOfConflict(measure, state, index) ?? eventKindConflict(claim, state, index, context) ?? anniversaryYearConflict(claim, state, index, context) ?? eventPlaceConflict(claim, state, index, context) ?? intervalConflict(claim, index) ?? outsiderVisitConflict(claim, index) ?? originFactConflict(claim, state, index) ?? airportHostConflict(claim, state, index) ?? placedElsewhereConflict(claim, state, index) ?? trendChange(claim, index, context) ?? outsideOfficeConflict(claim, index);
  if (fact) return fact;

  const list = candidates(measure, index);
  const deniesOther = deniesSomethingElse(measure, index) || deniedByTheBaselineToo(measure, index);
  for (const { sentence: b, coverage } of list) {
    // (talks or a signing at another event conflict with none of the visit's)
    if (ofAnotherEventElsewhere(claim, state, b, index)) continue;
    const conflict = slotConflict(claim, b, coverage, state, index, context, deniesOther);
    if (conflict) {
      // Every baseline sentence that conflicts the same way backs the finding; the first is the closest.
      const also = list.filter((c) => c.sentence !== b && slotConflict(claim, c.sentence, c.coverage, state, index, context, deniesOther)?.type === conflict.type).slice(0, 2);
      return {
        label: 'contradiction',
        type: conflict.type,
        evidence: [b, ...also.map((c) => c.sentence)],
        score: Math.min(0.95, 0.5 + coverage / 2),
        reason: `${conflict.reason} (${docName(index, b.doc)}: ${quote(b)})`,
      };
    }
  }

  const denial = deniesOther ? undefined : eventDenial(measure, state, index);
  if (denial) return denial;

  // A restatement keeps the polarity (a denial is only known where the baseline denies it
  // too) and its rarely named people, places and bodies (a claim about Rosatom is not known
  // from a sentence about Russian companies).
  const rareNames = [...claim.keys].filter((k) => k.startsWith('@') && !claim.sourceOnly.has(k) && (index.postings.get(k)?.length ?? 0) <= RARE_NAME_SHARE * index.sentences.length);
  const restates = (b: BaselineSentence) => samePolarity(claim, b, index) && rareNames.every((k) => b.keys.has(k));
  const restating = list.filter((c) => restates(c.sentence));
  const best = restating[0];
  // A new claim adds information, and information rides on specific words: a name, a figure, a
  // rare word. A claim that names someone or gives a figure the baseline lacks says something new
  // however many of its words the baseline shares ("Lam, 68, is a former minister of security").
  const adds = informationAdded(measure, index, context.retelling);
  const addsFacts = adds.names.length + adds.figures.length > 0;
  const closest = list[0];
  if (closest && closest.coverage >= SAME_TOPIC && !adds.figures.length) {
    const other = longerName(claim, closest.sentence, adds.names);
    if (other) return factContradiction('entity', [closest.sentence], `the article names ${other.claimed}, the baseline ${other.stated}`, index, 0.7);
  }
  // talks or a signing at another event (outside the host's country, or on a gathering's sidelines) are not the visit's however alike they read
  if (best && ofAnotherEventElsewhere(claim, state, best.sentence, index)) return newFinding();
  if (best && best.coverage >= KNOWN_COVERAGE && !addsFacts) {
    return { label: 'known', evidence: [best.sentence], score: best.coverage, reason: `the baseline says this: ${quote(best.sentence)} (${docName(index, best.sentence.doc)})` };
  }
  // two sentences restate together when between them they name what the claim names
  const pairable = list.filter((c) => samePolarity(claim, c.sentence, index));
  const first = pairable[0];
  const second = first && pairable.slice(1, 6).find((c) => c.sentence.text !== first.sentence.text && rareNames.every((k) => first.sentence.keys.has(k) || c.sentence.keys.has(k)));
  if (first && second) {
    const pair = measure.total ? covered(measure, [first.sentence, second.sentence]) / measure.total : 0;
    if (pair >= KNOWN_PAIR_COVERAGE && !addsFacts) {
      return { label: 'known', evidence: [first.sentence, second.sentence], score: pair, reason: `the baseline says this across two sentences: ${quote(first.sentence, 80)} and ${quote(second.sentence, 80)}` };
    }
  }
  // A claim that adds none of these, not even a rare word, to a baseline sentence speaking of
  // the same thing says it again in plainer words ("the plane touched down in the small hours").
  // (a claim recalling the baseline's event by name, "during the June visit", retells it too)
  const recallsTheEvent = state !== 'outside' && namesTheEvent(claim.keys, index);
  const restated = context.retelling || recallsTheEvent ? RETOLD_COVERAGE : RESTATED_COVERAGE;
  if (best && best.coverage >= restated && !addsFacts && (context.retelling || !adds.words.length)) {
    return { label: 'known', evidence: [best.sentence], score: best.coverage, reason: `the baseline says this in other words: ${quote(best.sentence)} (${docName(index, best.sentence.doc)})` };
  }
  // the one straggler of a whole retelling is retold too, when it speaks of what a baseline
  // sentence does and gives no figure or proper name of its own ("Daniel Kritenbrink"; a name of
  // common words, "the General Assembly", names again what the baseline names)
  const properName = adds.names.some((k) => !k.startsWith('@') && !relationsOf(k).known);
  if (context.lone && best && best.coverage >= LONE_COVERAGE && !adds.figures.length && !properName) {
    return { label: 'known', evidence: [best.sentence], score: best.coverage, reason: `the article retells the baseline, and this in other words: ${quote(best.sentence)} (${docName(index, best.sentence.doc)})` };
  }
  return newFinding();

  /** The claim as news: what it adds that the baseline lacks, and how close the nearest sentence came. */
  function newFinding(): Comparison {
    const novel = [...adds.names, ...adds.figures, ...adds.words].slice(0, 5).map((k) => k.replace(/^#/, ''));
    return {
      label: 'new',
      ...(!addsFacts && (closest?.coverage ?? 0) >= RETOLD_COVERAGE ? { closeCall: true } : {}),
      evidence: [],
      score: 1 - (closest?.coverage ?? 0),
      reason: closest
        ? `no baseline sentence says this (closest covers ${Math.round(closest.coverage * 100)}%: ${quote(closest.sentence, 90)})${novel.length ? `; not in the baseline: ${novel.map((k) => k.replace(/^[@=]/, '')).join(', ')}` : ''}`
        : 'nothing in the baseline speaks of this',
    };
  }
}
