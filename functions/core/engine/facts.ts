// The fact layer: the baseline read into facts keyed by subject and attribute — who holds an
// office (roles.ts), how many of a thing there are or an event produced, which body a state
// belongs to and as what — each with the sentences that state it. A claim read into the same
// key with another value contradicts those sentences whatever its other words: finding the
// fact does not depend on the claim sharing words with the baseline sentence.
import type { EntityMention } from './entities.ts';
import { BODY_NOUNS, isProspective, MEMBERSHIP_INTENT, MEMBERSHIP_STATUS, MEMBERSHIP_VERBS, MONTHS, PEOPLE_NOUNS, POPULATION_CUES, POPULATION_NOUNS, WEEKDAYS } from './lexicon.ts';
import type { Token } from './nlp.ts';
import { hedgeWordsBefore, type Quantity } from './slots.ts';
import { isKindOf, relationsOf } from './wordnet.ts';
import type { TimeOfDay } from './time-of-day.ts';

export type Status = 'applicant' | 'candidate' | 'observer' | 'partner' | 'member';

/** Standings in a body that fall short of membership. */
export const SHORT_OF_MEMBERSHIP: ReadonlySet<string> = new Set<Status>(['candidate', 'applicant', 'observer']);

/** "Timor-Leste is a candidate for ASEAN membership", "Timor-Leste joined ASEAN". */
export interface StatusClaim {
  member: string;
  /** The body, when the sentence names one; otherwise its paragraph's ("Timor-Leste is now a full member"). */
  body?: string;
  status: Status;
  /** The year the sentence dates the standing to ("applied … in 2011"), when it gives one. */
  dated?: number;
}

/**
 * The membership a sentence states: a standing word ("a candidate for", "became a member",
 * "joined", "its admission") and, nearest to it, the body and the state it speaks of. `found`
 * holds the sentence's entities with offsets into the sentence, which starts at `sentenceStart`.
 */
const BODYLESS_STANDINGS = new Set<Status>(['member', 'candidate', 'applicant', 'observer']);

/** Words opening a clause of time, contrast or cause: a standing's state is named within its own. */
const CLAUSE_OPENERS = /^(when|while|whereas|but|although|though|because|after|before|since|if|as)$/;
/** A token bounding a standing's clause: a comma, semicolon or colon, or a word opening a clause. */
const isClausePunctuation = (t: Token) => /^[,;:]$/.test(t.text);
const boundsAClause = (t: Token) => isClausePunctuation(t) || CLAUSE_OPENERS.test(t.lower);
/** Where the clause holding token i starts: just after the nearest token before i that `bounds` says ends one. */
function startOfClause(tokens: Token[], i: number, bounds: (t: Token) => boolean): number {
  let from = i;
  while (from > 0 && !bounds(tokens[from - 1])) from--;
  return from;
}

/** A standing at i set aside ("rather than a candidate") or closed by the verb of ending that governs it ("ending its wait as a candidate", "stopped being a candidate"). */
function setAsideAt(tokens: Token[], i: number): boolean {
  // (ending the act of joining achieves it: "completed its accession", "concluded its admission")
  const { hypernyms, derivations } = relationsOf(tokens[i].lemma);
  const joining = [...hypernyms, ...derivations].some((w) => MEMBERSHIP_VERBS.has(w));
  const before = tokens.slice(startOfClause(tokens, i, isClausePunctuation), i);
  const setAside = /\b(rather than|instead of)$/.test(before.slice(-4).map((b) => b.lower).filter((w) => !/^(a|an|the|as)$/.test(w)).join(' '));
  // (a standing held until a time now past: "after more than a decade as a candidate")
  const heldUntil = before.some((b) => b.lower === 'after') && before.filter((b) => !/^(a|an)$/.test(b.lower)).at(-1)?.lower === 'as';
  // (the verb governing it: "stopped being a candidate and became a member" ends the candidacy only)
  const verb = before.findLast((b) => b.pos === 'VERB' && b.lemma !== 'be');
  return setAside || heldUntil || (!!verb && !joining && isEnding(verb.lemma));
}

/** A verb of ending (WordNet: "end" or "cease", or a word for them: "close", "finish", "stop"). */
const ENDING = new Set(['end', 'cease']);
const isEnding = (lemma: string) => isKindOf(lemma, ENDING);

/** The standing at i is in a clause in the past perfect ("which had held candidate status", "it had been an observer"). */
function heldBefore(tokens: Token[], i: number): boolean {
  const from = startOfClause(tokens, i, (t) => boundsAClause(t) || /^(which|that|who)$/.test(t.lower));
  return tokens.slice(from, i).some((t, k) => t.lower === 'had' && /^(VERB|AUX)$/.test(tokens[from + k + 1]?.pos ?? ''));
}

/** Words marking a standing as past: "long a candidate", "once an observer". */
const PAST_MARKS = /^(long|once|formerly|previously)$/;
/** Verbs of waiting for something, which is not had yet. */
const WAITING = /^(wait|await)$/;
/** Words of a standing still to come: "the forthcoming admission", "progress towards membership". */
const YET_TO_COME = /^(forthcoming|upcoming|pending|prospective|eventual|toward|towards)$/;
/** Verbs of becoming a member after "to": "set to become", "bid to join". */
const BECOMING = new Set(['become', 'be', ...MEMBERSHIP_VERBS]);

/**
 * The standing at i is foreseen by a word earlier in its clause (up to a comma, semicolon, colon
 * or a word opening a clause, "since Timor-Leste became a member"): a word of what is yet to be
 * ("is expected to admit", "backs its bid"), one of a standing to come ("the forthcoming
 * admission"), or "to" before a verb of becoming ("is set to become the eleventh member"), with no
 * verb but one of becoming between them ("will attend as the envoy of a member state" foresees
 * the attending).
 */
function foreseenInClause(tokens: Token[], i: number): boolean {
  const from = startOfClause(tokens, i, boundsAClause);
  const foresees = (b: Token, k: number) => (b.lower !== 'to' && isProspective(b)) || YET_TO_COME.test(b.lower) || (b.lower === 'to' && BECOMING.has(tokens[k + 1]?.lemma ?? ''));
  const reaches = (k: number) => tokens.slice(k + 1, i).every((t) => t.pos !== 'VERB' || BECOMING.has(t.lemma));
  return tokens.slice(from, i).some((b, k) => foresees(b, from + k) && reaches(from + k));
}

/**
 * A body the profile does not know, named at the standing word: just before it ("BRICS partner
 * status") or after "in" or "of" ("partner status in BRICS", "a member of the SCO"): a capitalised
 * word no entity covers, not a month ("admission in October"), nor a word for a body, which names
 * again the one the sentence names ("a full member of the Association").
 */
function namesUnknownBodyAt(tokens: Token[], at: number, found: EntityMention[], sentenceStart: number): boolean {
  // (a verb's name before it is its doer: "Leaders admitted Timor-Leste")
  if (tokens[at].pos !== 'NOUN') return false;
  const unknownName = (t: Token | undefined) =>
    !!t && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !MONTHS.includes(t.lower) && !BODY_NOUNS.test(t.lower) && !found.some((e) => t.start - sentenceStart >= e.start && t.end - sentenceStart <= e.end);
  let k = at + 1;
  if (tokens[k]?.lower === 'status') k++;
  if (!/^(in|of)$/.test(tokens[k]?.lower ?? '')) return unknownName(tokens[at - 1]);
  if (tokens[k + 1]?.lower === 'the') k++;
  return unknownName(tokens[at - 1]) || unknownName(tokens[k + 1]);
}

/**
 * The standing at i stands in an apposition to a state, between the comma after the state's name
 * and the next one, and a verb of joining follows that comma.
 */
function describesBeforeJoining(tokens: Token[], i: number, states: EntityMention[], sentenceStart: number): boolean {
  const open = tokens.findLastIndex((t, k) => k < i && t.text === ',');
  const close = tokens.findIndex((t, k) => k > i && t.text === ',');
  if (open < 1 || close < 0 || tokens.slice(open + 1, i).some((t) => t.pos === 'VERB')) return false;
  const afterState = states.some((e) => tokens[open - 1].end - sentenceStart === e.end);
  return afterState && tokens.slice(close + 1).some((t) => t.pos === 'VERB' && MEMBERSHIP_VERBS.has(t.lemma));
}

/**
 * The name is used as a modifier, naming something of its state rather than the state: after "a"
 * ("a Russian stamp"), joined by a dash to another name ("the ASEAN–Russia meeting"), or before a
 * noun for a group or people ("the Russian delegation", "Russian officials"). A possessive
 * ("Timor-Leste's minister") is the state's own.
 */
function modifiesANoun(tokens: Token[], e: EntityMention, sentenceStart: number): boolean {
  const next = tokens.findIndex((t) => t.start - sentenceStart >= e.end);
  const last = tokens.findLastIndex((t) => t.end - sentenceStart <= e.end);
  const first = tokens.findIndex((t) => t.start - sentenceStart >= e.start);
  if (/^['’]s?$/.test(tokens[last]?.lower ?? '')) return false;
  // (a dash with no spaces: one with spaces opens a dateline, "KUALA LUMPUR – Timor-Leste was admitted")
  const dashedTo = (a: Token | undefined, dash: Token | undefined, b: Token | undefined) =>
    !!a && !!dash && !!b && /^[-–]$/.test(dash.text) && a.end === dash.start && dash.end === b.start && a.pos === 'PROPN' && b.pos === 'PROPN';
  const after = tokens[next];
  return (
    /^an?$/.test(tokens[first - 1]?.lower ?? '') ||
    dashedTo(tokens[last], after, tokens[next + 1]) ||
    dashedTo(tokens[first - 2], tokens[first - 1], tokens[first]) ||
    (after?.pos === 'NOUN' && !!relationsOf(after.lemma).nounClass)
  );
}

export function extractStatus(tokens: Token[], found: EntityMention[], negated: Set<number>, sentenceStart: number): StatusClaim | undefined {
  const bodies = found.filter((e) => e.kind === 'organisation');
  const states = found.filter((e) => e.kind === 'country' || e.kind === 'place');
  // (most sentences say no standing: the words of one are looked for first)
  // (taking a state "into" a body is admitting it: "welcomed Timor-Leste into their bloc")
  const into = (i: number) => tokens[i].lower === 'into' && tokens[i - 1]?.pos !== 'VERB' && tokens.slice(i + 1, i + 4).some((t) => bodies.some((b) => t.start - sentenceStart >= b.start && t.end - sentenceStart <= b.end) || BODY_NOUNS.test(t.lower));
  if (!states.length || !tokens.some((t, i) => Object.hasOwn(MEMBERSHIP_STATUS, t.lemma) || MEMBERSHIP_VERBS.has(t.lemma) || into(i))) return undefined;
  let status: Status | undefined;
  let at = -1;
  let denied = false;
  let settled = false;
  tokens.forEach((t, i) => {
    // (a partner of a kind, "trading partners", "strategic partner", is a relation, no standing in a body)
    const kindOfPartner = t.lemma === 'partner' && /^(NOUN|ADJ)$/.test(tokens[i - 1]?.pos ?? '');
    // (nor is the word before a plural noun, or after a number: "ten member states", "still has ten members" are the members, counted)
    // (or in a compound after a number: "the ten-member bloc")
    const ofMembers = (tokens[i + 1]?.pos === 'NOUN' && tokens[i + 1].lemma !== tokens[i + 1].lower) || tokens[i - 1]?.pos === 'NUM' || (tokens[i - 1]?.text === '-' && tokens[i - 2]?.pos === 'NUM');
    const named = Object.hasOwn(MEMBERSHIP_STATUS, t.lemma) && !kindOfPartner && !ofMembers ? MEMBERSHIP_STATUS[t.lemma] : undefined;
    if (negated.has(i)) {
      denied ||= !!named;
      return;
    }
    // "a member rather than a candidate", "ending its wait as a candidate": a standing set aside, or
    // one a verb of ending closes, is not the standing now
    if (named && setAsideAt(tokens, i)) return;
    // "long a candidate", "once an observer": a standing of the past; "is now a full member": the standing now, whatever else is said
    if (named && tokens.slice(Math.max(0, i - 2), i).some((b) => PAST_MARKS.test(b.lower))) return;
    // "which had held candidate status since 2022": a lesser standing in the past perfect was held before what the sentence tells
    if (named && SHORT_OF_MEMBERSHIP.has(named) && heldBefore(tokens, i)) return;
    // "Timor-Leste, for years a candidate, joined the bloc": a standing told of the state between
    // commas describes it before what the sentence tells, the joining
    if (named && describesBeforeJoining(tokens, i, states, sentenceStart)) return;
    if (named && tokens.slice(Math.max(0, i - 3), i).some((b) => b.lower === 'now')) {
      [status, at, settled] = [named, i, true];
      return;
    }
    if (settled) return;
    // "no longer a candidate but a full member": what follows a denied standing is the standing now
    if (named && denied) {
      [status, at, denied] = [named, i, false];
      return;
    }
    // "bid to join", "hopes to join", "will accede", "applied for membership", "waiting in line for admission": not a member yet
    const intent = tokens.slice(Math.max(0, i - 4), i).some((b) => MEMBERSHIP_INTENT.has(b.lower) || MEMBERSHIP_INTENT.has(b.lemma) || WAITING.test(b.lemma)) || foreseenInClause(tokens, i);
    // "became a member", "its admission": member; "a candidate", "observer status": a standing
    // short of membership wins over the words of membership around it ("a candidate for membership")
    if (named && (!status || (status === 'member' && SHORT_OF_MEMBERSHIP.has(named)))) [status, at] = [named === 'member' && intent ? 'candidate' : named, i];
    else if ((MEMBERSHIP_VERBS.has(t.lemma) || into(i)) && !status) [status, at] = [intent ? 'candidate' : 'member', i];
  });
  // without a body named, only the words of membership say a standing: a "partner" is anyone's
  if (!status || (!bodies.length && !BODYLESS_STANDINGS.has(status))) return undefined;
  // a body the profile does not know, named right at the standing ("BRICS partner status", "a
  // partner in BRICS"), is the standing's body: nothing the watch holds
  if (namesUnknownBodyAt(tokens, at, found, sentenceStart)) return undefined;
  const where = tokens[at].start - sentenceStart;
  const nearest = (list: EntityMention[]) => list.reduce((a, b) => (Math.abs(b.start - where) < Math.abs(a.start - where) ? b : a));
  // (a body past a semicolon is another sentence's: "Partner status has gone to ten countries; Vietnam is the third Southeast Asian one")
  const sameSentence = (e: EntityMention) => !tokens.some((t) => t.text === ';' && t.start - sentenceStart > Math.min(e.start, where) && t.start - sentenceStart < Math.max(e.start, where));
  const bodiesHere = bodies.filter(sameSentence);
  if (bodies.length && !bodiesHere.length) return undefined;
  const body = bodiesHere.length ? nearest(bodiesHere) : undefined;
  // (a city named as where, "at the summit in Kuala Lumpur", is no member; one named as an actor may be: "Dili is no longer an aspirant")
  // (past an article: "at the Kuala Lumpur summit")
  const venue = (e: EntityMention) => {
    let k = tokens.findLastIndex((t) => t.end - sentenceStart <= e.start);
    if (tokens[k]?.lower === 'the') k--;
    return /^(in|at)$/.test(tokens[k]?.lower ?? '');
  };
  const candidates = states.filter((e) => e.id !== body?.id && !venue(e));
  if (!candidates.length) return undefined;
  // a state named as a word before a noun ("the Russian delegation", "a Russian stamp", "the
  // ASEAN-Russia meeting") names something of that state, not the state whose standing it is
  const actors = candidates.filter((e) => !modifiesANoun(tokens, e, sentenceStart));
  const others = actors.length ? actors : candidates;
  const from = startOfClause(tokens, at, isClausePunctuation);
  let to = at;
  while (to < tokens.length && !isClausePunctuation(tokens[to])) to++;
  // a year in the standing's own clause dates it ("applied for membership in 2011"), or one opening
  // the sentence ("In 2022, the leaders agreed …"); one in another clause dates something else
  // ("became a member on Sunday, ending a wait that began in 2011")
  const isYear = (t?: Token) => !!t && /^(19|20)\d\d$/.test(t.lower);
  const inClause = tokens.slice(from, to).find(isYear);
  const opening = /^(in|since)$/.test(tokens[0]?.lower ?? '') && isYear(tokens[1]) ? tokens[1] : undefined;
  const dated = Number((inClause ?? opening)?.lower) || undefined;
  // the state whose standing it is stands in the standing's clause, if one does ("Vietnam belongs to
  // ASEAN's membership, while Timor-Leste seeks to join": Vietnam's; "Dili will sit at the table
  // when ASEAN meets its partners, Russia among them": none in "when ASEAN meets its partners")
  let [start, end] = [at, at];
  while (start > 0 && !boundsAClause(tokens[start])) start--;
  while (end < tokens.length - 1 && !boundsAClause(tokens[end + 1])) end++;
  const [clauseStart, clauseEnd] = [tokens[start].start - sentenceStart, tokens[end].end - sentenceStart];
  const inItsClause = others.filter((e) => e.start >= clauseStart && e.end <= clauseEnd);
  return { member: nearest(inItsClause.length ? inItsClause : others).id, ...(body ? { body: body.id } : {}), status, ...(dated ? { dated } : {}) };
}

/** How many people a country has: "Vietnam, with its 100 million inhabitants". */
export interface PopulationClaim {
  /** The country the figure is said of; none when the sentence names none ("a country of 90 million people"). */
  country?: string;
  quantity: Quantity;
}

/**
 * The population a sentence gives a country: a count of inhabitants or residents; of people or
 * consumers after a word for the place ("a nation of about 80 million people", "home to 100
 * million people", "a market of 80 million consumers"); or a bare figure after "population of".
 * The country is the one named nearest before the figure, else after it; a sentence that names
 * none but says "a country" or "a nation" leaves it to its context.
 */
export function extractPopulation(tokens: Token[], quantities: Quantity[], found: EntityMention[], sentenceStart: number): PopulationClaim | undefined {
  const countries = found.filter((e) => e.kind === 'country');
  const countryAt = (k: number) => countries.some((e) => tokens[k] && tokens[k].start - sentenceStart >= e.start && tokens[k].end - sentenceStart <= e.end);
  // (a country's people are counted in millions)
  const inMillions = (q: Quantity) => /\b(million|billion)\b/i.test(q.text);
  // (or "with" set off after a country's name: "Vietnam, with roughly 80 million people"; or
  // opening the sentence, of its subject, in millions as a country's people are counted: "With
  // some 90 million people, Vietnam …", not "With 20,000 people attending, the fair …")
  const withOf = (k: number, q: Quantity) => tokens[k].lower === 'with' && ((tokens[k - 1]?.text === ',' && countryAt(k - 2)) || (k === 0 && inMillions(q)));
  // (so does "as a …" opening it, up to its comma: "As a manufacturing hub of about 90 million people, Vietnam …")
  const describedAs = (q: Quantity) =>
    tokens[0]?.lower === 'as' && /^(a|an)$/.test(tokens[1]?.lower ?? '') && inMillions(q) && !tokens.slice(2, q.from).some((t) => t.pos === 'PUNCT' || t.pos === 'VERB');
  // (or the country's own, just before the figure: "Vietnam's 100 million people"; or what an
  // apposition to its name says it is: "Vietnam, a manufacturing hub of 80 million people")
  const owned = (q: Quantity) => /^['’]s$/.test(tokens[q.from - 1]?.text ?? '') && countryAt(q.from - 2);
  const apposed = (q: Quantity) => {
    const reach = Math.max(0, q.from - APPOSITION_REACH);
    const found = tokens.slice(reach, q.from).findLastIndex((t) => /^(a|an)$/.test(t.lower));
    const article = reach + found;
    return found >= 0 && article > 1 && tokens[article - 1].text === ',' && countryAt(article - 2) && tokens.slice(article + 1, q.from).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'PUNCT');
  };
  // (or the country's by a pronoun, or by a verb of having right after its name, before the figure
  // and its hedge, in millions as a country's people are counted: "Vietnam and its 85 million
  // people", "Vietnam has about 80 million people", not "Vietnam has 500 people in Moscow")
  const possessed = (q: Quantity) => {
    if (!inMillions(q)) return false;
    let k = q.from - 1 - (hedgeWordsBefore(tokens, q.from)?.words.length ?? 0);
    while (tokens[k]?.pos === 'ADV') k--; // "Vietnam has only about 90 million people"
    if (/^(its|whose)$/.test(tokens[k]?.lower ?? '')) return countries.some((e) => e.end <= tokens[k].start - sentenceStart);
    let subject = k - 1;
    while (tokens[subject]?.pos === 'ADV') subject--; // "Vietnam now has …"
    return tokens[k]?.lemma === 'have' && countryAt(subject);
  };
  for (const q of quantities) {
    const noun = tokens[q.to - 1];
    if (!noun || q.ordinal) continue;
    const from = Math.max(0, q.from - 4);
    const cued = tokens.slice(from, q.from).some((t, n) => POPULATION_CUES.has(t.lemma) || withOf(from + n, q)) || owned(q) || apposed(q) || possessed(q) || describedAs(q);
    // ("a population of some 90 million", "a country of 80 million": the figure ends on its scale
    // word, no noun counted)
    const bare = /^(million|billion)$/.test(noun.lower) && tokens[q.from - 1]?.lower !== 'than' && cued;
    if (!POPULATION_NOUNS.has(noun.lemma) && !(PEOPLE_NOUNS.has(noun.lemma) && cued) && !bare) continue;
    if (anotherPlacesPeople(tokens, q, countryAt)) continue;
    if (!countries.length) return tokens.slice(from, q.from).some((t) => PLACE_WORDS.has(t.lemma)) ? { quantity: q } : undefined;
    // the country the figure is said of: the nearest named before it ("Vietnam, a country of …"), else after it
    const at = tokens[q.from].start - sentenceStart;
    const before = countries.filter((e) => e.end <= at);
    // (after it, the subject a fronted phrase ends on, after its comma: "With some 80 million, many
    // born after the Soviet collapse, Vietnam has …")
    const subjects = countries.filter((e) => e.start > at && tokens.findLast((t) => t.end - sentenceStart <= e.start)?.text === ',');
    const after = subjects.length ? subjects : countries;
    const country = before.length ? before[before.length - 1] : after.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
    return { country: country.id, quantity: q };
  }
  return undefined;
}

/**
 * People counted as another place's, not the country's population: a country named within the
 * count ("14 Russian citizens", "several hundred Vietnamese residents") or a place after it
 * ("residents of Moscow", "of the Irkutsk region"). (What follows the people describes the
 * country they are counted of: "a country of 80 million people sitting on the South China Sea".)
 */
function anotherPlacesPeople(tokens: Token[], q: Quantity, countryAt: (k: number) => boolean): boolean {
  for (let k = q.from; k < q.to; k++) if (countryAt(k)) return true;
  const place = tokens[q.to + (tokens[q.to + 1]?.lower === 'the' ? 2 : 1)];
  return tokens[q.to]?.lower === 'of' && place?.pos === 'PROPN';
}

/** Words within which an apposition's article stands before its figure: "Vietnam, a manufacturing economy of some 80 million". */
const APPOSITION_REACH = 6;

/** Words for a country as a place, which a sentence naming no country may say its figure of. */
const PLACE_WORDS = new Set(['country', 'nation', 'market']);

/** An age a sentence gives: the years, and the person it names them of, when it names one before them. */
export interface AgeClaim {
  years: number;
  person?: string;
  /** The age is said as it was at the time told of, not now: "who was 82 at the time", "then 82". */
  then?: boolean;
}

const isAge = (t: Token | undefined) => !!t && /^\d{2,3}$/.test(t.lower) && Number(t.lower) >= 15 && Number(t.lower) <= 110;

/**
 * The age a sentence gives: "aged 80", "at the age of 78", "a 78-year-old", "Trong, 78,", "Trong
 * was 78". The person is the last one named before the figure, if any ("Aged 80, he …" names none).
 */
export function extractAge(tokens: Token[], found: EntityMention[], sentenceStart: number): AgeClaim | undefined {
  const lowers = tokens.map((t) => t.lower);
  let whose: number | undefined;
  const at = tokens.findIndex((t, i) => {
    if (!isAge(t)) return false;
    const before = lowers.slice(Math.max(0, i - 3), i).join(' ');
    if (/(^| )(aged|age of)$/.test(before)) return true;
    if (lowers[i + 1] === '-' && lowers[i + 2] === 'year' && lowers[i + 4] === 'old') return true;
    // "Trong, 78, …", "Trong, then 78," and "Trong was 78." after a person's name (or a name the profile does not know)
    const person = (k: number) => tokens[k]?.pos === 'PROPN' || found.some((e) => e.kind === 'person' && tokens[k] && e.end === tokens[k].end - sentenceStart);
    // (or "Trong, 82 years, …", "Trong, 82 years old, …", as translations give it)
    const yearsOld = lowers[i + 1] === 'years' ? (lowers[i + 2] === 'old' ? i + 3 : i + 2) : i + 1;
    if (lowers[i - 1] === ',' && person(i - 2) && /^[,.;]$/.test(lowers[yearsOld] ?? '')) return true;
    if (lowers[i - 1] === 'then' && lowers[i - 2] === ',' && person(i - 3)) return true;
    // "Trong, who was 82, …"; "Trong died at 81"
    if (/^(was|is)$/.test(lowers[i - 1] ?? '') && lowers[i - 2] === 'who' && lowers[i - 3] === ',' && person(i - 4)) return true;
    // (the subject before an aside: "Trong, who died in July, was 81")
    const subjectBefore = (verb: number) => {
      const open = lowers[verb - 1] === ',' ? lowers.lastIndexOf(',', verb - 2) : -1;
      return open > 0 && lowers[open + 1] === 'who' ? open - 1 : verb - 1;
    };
    if (lowers[i - 1] === 'at' && tokens[i - 2]?.lemma === 'die' && !/^(NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')) {
      whose = subjectBefore(i - 2);
      return true;
    }
    const subject = subjectBefore(i - 1);
    // (or "Trong was 82 when he met Putin": the age at the time told of)
    const said = /^(was|is)$/.test(lowers[i - 1] ?? '') && person(subject) && (!tokens[i + 1] || /^[,.;]$/.test(lowers[i + 1]) || lowers[i + 1] === 'and' || lowers[i + 1] === 'when');
    if (said && subject !== i - 2) whose = subject;
    return said;
  });
  if (at < 0) return undefined;
  // (whose age: the name before the aside, else the last one before the age outside a relative
  // clause: "Trong, who had hosted Putin in Hanoi, died in July, aged 82" gives Trong's)
  const where = tokens[whose ?? at].end - sentenceStart;
  const asides = relativeAsides(tokens, at).map(([from, to]) => [tokens[from].start - sentenceStart, tokens[to].end - sentenceStart]);
  const person = found.filter((e) => e.kind === 'person' && e.end <= where && !asides.some(([from, to]) => e.start >= from && e.end <= to)).at(-1);
  // (else the last name before it, as written: "Trong died … at the age of 78")
  // (not a place, a day or a month: "Trong died in Hanoi on Friday at the age of 78")
  const nameWord = (t: Token | undefined) =>
    !!t && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !MONTHS.includes(t.lower) && !WEEKDAYS.includes(t.lower) && !found.some((e) => e.kind !== 'person' && t.start - sentenceStart >= e.start && t.end - sentenceStart <= e.end);
  let k = (whose ?? at) - (whose === undefined ? 1 : 0);
  while (k >= 0 && !nameWord(tokens[k])) k--;
  let from = k;
  while (from > 0 && nameWord(tokens[from - 1])) from--;
  const named = person?.id ?? (k >= 0 ? lowers.slice(from, k + 1).join(' ') : undefined);
  const then = lowers[at - 1] === 'then' || lowers.slice(at + 1, at + 4).join(' ') === 'at the time' || lowers[at + 1] === 'when';
  return { years: Number(lowers[at]), ...(named ? { person: named } : {}), ...(then ? { then } : {}) };
}

/** The relative clauses set off by commas before token `before`, ", who … ,", as token spans from "who" to the closing comma. */
function relativeAsides(tokens: Token[], before: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 1; i < before; i++) {
    if (tokens[i - 1].text !== ',' || !/^(who|whom)$/.test(tokens[i].lower)) continue;
    const close = tokens.findIndex((t, k) => k > i && k < before && t.text === ',');
    if (close > 0) spans.push([i, close]);
  }
  return spans;
}

/** One fact of the baseline, as `claimwatch baseline facts` shows it. */
export interface FactRow {
  kind: 'office' | 'count' | 'membership' | 'date' | 'place' | 'kind' | 'population' | 'age' | 'arrival' | 'talks' | 'order' | 'anniversary' | 'paper' | 'published' | 'covers' | 'met';
  /** What the fact is about: "president of vietnam", "members of asean", "agreement at the baseline event". */
  subject: string;
  value: string;
  sentences: Array<{ doc: string; text: string }>;
}

interface IndexedFacts {
  sentences: ReadonlyArray<{ doc: string; text: string; entities: EntityMention[] }>;
  roles: ReadonlyMap<string, ReadonlyArray<{ person: string; sentence: number }>>;
  statuses: ReadonlyMap<string, ReadonlyArray<{ status: string; sentence: number }>>;
  counts: ReadonlyMap<string, ReadonlyArray<{ quantity: Quantity; sentence: number }>>;
  eventDays: ReadonlyMap<number, { days: ReadonlySet<number>; sentences: readonly number[] }>;
  eventPlaces: ReadonlyMap<string, readonly number[]>;
  populations: ReadonlyMap<string, ReadonlyArray<{ quantity: Quantity; sentence: number }>>;
  arrivals: ReadonlyArray<{ time: TimeOfDay; at?: [number, number]; sentence: number }>;
  sequences: ReadonlyArray<{ before: string; after: string; sentence: number }>;
  anniversaries: ReadonlyArray<{ ordinal: number; year: number; of: string; sentence: number }>;
  talks: ReadonlyArray<{ day: number; sentence: number }>;
  pieces: ReadonlyArray<{ day: number; sentence: number }>;
  ages: ReadonlyArray<{ person: string; years: number; year: number; sentence: number }>;
  eventKind?: { kind: string; sentences: readonly number[] };
  venues: ReadonlyArray<{ venue: string; sentence: number }>;
  covered: ReadonlyMap<string, { word: string; sentences: readonly number[] }>;
  hosts: ReadonlyMap<string, readonly number[]>;
}

/** 1st, 2nd, 3rd, 11th, 21st. */
const ordinalWord = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** "20 June", for a day counted since the epoch. */
function dayText(day: number): string {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${capitalised(MONTHS[date.getUTCMonth()])}`;
}

/** "20 June, 00:00–07:00", or the hours alone when the sentence gives no day. */
function arrivalTime({ time, at }: { time: TimeOfDay; at?: [number, number] }): string {
  const clock = (h: number) => `${String(Math.floor(h) % 24).padStart(2, '0')}:${String(Math.round((h % 1) * 60)).padStart(2, '0')}`;
  if (!at) return `${clock(time.from)}–${clock(time.to)}`;
  const day = new Date(at[0] * 3_600_000);
  return `${day.getUTCDate()} ${capitalised(MONTHS[day.getUTCMonth()])}, ${clock(time.from)}–${clock(time.to)}`;
}

const capitalised = (s: string) => s.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());

/** The facts a baseline index holds, grouped by subject and value, each with the sentences that state it. */
export function baselineFacts(index: IndexedFacts): FactRow[] {
  const rows = new Map<string, FactRow>();
  const add = (kind: FactRow['kind'], subject: string, value: string, sentence: number) => {
    const key = `${kind}\0${subject}\0${value}`;
    const row = rows.get(key) ?? { kind, subject, value, sentences: [] };
    const { doc, text } = index.sentences[sentence];
    if (!row.sentences.some((s) => s.doc === doc && s.text === text)) row.sentences.push({ doc, text });
    rows.set(key, row);
  };
  for (const [key, holders] of index.roles) {
    const [office, country] = key.split('|');
    for (const h of holders) add('office', `${office} of ${capitalised(country)}`, capitalised(h.person), h.sentence);
  }
  for (const [key, stated] of index.statuses) {
    const [member, body] = key.split('|');
    for (const s of stated) add('membership', `${capitalised(member)} in ${body.toUpperCase() === body ? body : capitalised(body)}`, s.status, s.sentence);
  }
  const seen = new Set<string>();
  for (const facts of index.counts.values()) {
    for (const { quantity: q, sentence } of facts) {
      if (seen.has(`${sentence}\0${q.from}`)) continue; // a compound unit lists a count under each of its words
      seen.add(`${sentence}\0${q.from}`);
      const bodies = index.sentences[sentence].entities.filter((e) => e.kind === 'organisation').map((e) => e.id);
      const what = q.units.map((u) => u.replace(/^=/, '')).join(' ');
      const subject = q.standing ? `${what}${bodies.length ? ` of ${[...new Set(bodies)].join(', ')}` : ''} (standing)` : `${what} (the baseline's event)`;
      add('count', subject, q.text, sentence);
    }
  }
  for (const [month, { days, sentences }] of index.eventDays) {
    const value = `${[...days].sort((a, b) => a - b).join(', ')} ${capitalised(MONTHS[month - 1])}`;
    for (const sentence of sentences) add('date', "the baseline's event", value, sentence);
  }
  for (const [country, stated] of index.populations) for (const { quantity, sentence } of stated) add('population', capitalised(country), quantity.text, sentence);
  for (const { person, years, year, sentence } of index.ages) add('age', capitalised(person), `${years} (in ${year})`, sentence);
  for (const [place, sentences] of index.eventPlaces) for (const sentence of sentences) add('place', "the baseline's event", capitalised(place), sentence);
  for (const sentence of index.eventKind?.sentences ?? []) add('kind', "the baseline's event", index.eventKind!.kind, sentence);
  for (const arrival of index.arrivals) add('arrival', "the baseline's event", arrivalTime(arrival), arrival.sentence);
  for (const { day, sentence } of index.talks) add('talks', "the baseline's event", dayText(day), sentence);
  for (const { day, sentence } of index.pieces) add('published', 'a piece of writing', dayText(day), sentence);
  for (const { venue, sentence } of index.venues) {
    const writers = index.sentences[sentence].entities.filter((e) => e.kind === 'person').map((e) => capitalised(e.id));
    add('paper', `a piece by ${writers.join(', ') || 'someone'}`, capitalised(venue), sentence);
  }
  for (const { ordinal, year, of, sentence } of index.anniversaries) add('anniversary', `${ordinalWord(ordinal)} anniversary ${of}`, String(year), sentence);
  for (const { before, after, sentence } of index.sequences) add('order', 'the tour', `${capitalised(before)}, then ${capitalised(after)}`, sentence);
  for (const { word, sentences } of index.covered.values()) for (const sentence of sentences) add('covers', "the event's documents and pledges", word, sentence);
  for (const [host, sentences] of index.hosts) for (const sentence of sentences) add('met', "the visitor's talks", capitalised(host), sentence);
  return [...rows.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.subject.localeCompare(b.subject) || a.value.localeCompare(b.value));
}
