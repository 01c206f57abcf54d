// Turns a sentence into what the comparison needs: matching keys (entities, synonym classes,
// stems, numbers), and its slots (quantities, dates, office holders, negation, antonyms,
// place of departure).
import { extractAffiliations, type Affiliation } from './affiliations.ts';
import { coveredThings, deniedMeeting, deniedThings, leftOutThings, raisedTo, spokenThings, type Covered, type LeftOut } from './agenda.ts';
import type { EntityMatcher, EntityMention } from './entities.ts';
import { BODY_NOUNS, KIND_WORDS, LIGHT_WORDS, LINKING, MONTHS, REPORTING_VERBS, WEEKDAYS, WRITINGS } from './lexicon.ts';
import { stemOf, transliterated, type Sentence, type Token } from './nlp.ts';
import { extractAge, extractPopulation, extractStatus, type AgeClaim, type PopulationClaim, type StatusClaim } from './facts.ts';
import { extractAgents, type Agent } from './participants.ts';
import { isEnglish, relationsOf } from './wordnet.ts';
import { likenessIn, type Likeness } from './likeness.ts';
import { extractRoles, type PronounRole, type RoleClaim, type Succession } from './roles.ts';
import { arrivalAt, comesOut, dayOf, dayOfHours, pieceDayOf, tellsOfHosting, tellsOfTalks, timeOfDay, type DayRef, type TimeOfDay } from './time-of-day.ts';
import { extractDates, extractNegation, extractQuantities, isMarkAt, isMonthAt, OPENING_MARK, type DateMention, type Quantity } from './slots.ts';

export interface Features {
  text: string;
  start: number;
  end: number;
  line: number;
  tokens: Token[];
  /** Key of each token (undefined for punctuation and light words). */
  tokenKeys: Array<string | undefined>;
  keys: Set<string>;
  /** How much each key says, by part of speech: a noun says more than an adverb. */
  keyWeights: Map<string, number>;
  entities: EntityMention[];
  groups: Set<string>;
  quantities: Quantity[];
  /**
   * A span of time after something, in months: "barely three months later" (3–3), "a full year later"
   * (12–12); said with "after" or "before", the token position it starts at ("a month after Biden's").
   */
  interval?: { low: number; high: number; spanAt?: number };
  dates: DateMention[];
  roles: RoleClaim[];
  /** "X succeeded Y": X holds Y's offices now. */
  successions: Succession[];
  /** Offices held by someone a pronoun stands for, named before the sentence ("His first trip as party chief"). */
  byPronoun: PronounRole[];
  /** Successors of someone a pronoun stands for, named before the sentence ("the committee chose To Lam to succeed him"). */
  succeedsPronoun: string[];
  /** Keys of the sentence's verbs: what it says happened. */
  verbKeys: Set<string>;
  /** Keys said only where the sentence says where it comes from ("according to The New York Times"). */
  sourceOnly: Set<string>;
  /** Token positions of that attribution. */
  sourceTokens: Set<number>;
  negatedKeys: Set<string>;
  /** The sentence has a negation cue, even one covering nothing ("abstained when the UN voted"). */
  denies: boolean;
  /** Where its denials' cues stand, by token position. */
  denialsAt: number[];
  /** What it denies is said, in a relative clause, to have been elsewhere ("not the crowds Putin had enjoyed in Pyongyang"). */
  presupposes: boolean;
  /** Keys of the words of saying a denial of saying is told in ("made no mention of", "did not mention"): its frame, not what it denies. */
  sayingKeys: Set<string>;
  /**
   * Keys of what the sentence says is absent without denying anything: "without closed blocs",
   * "no place for closed blocs", "free of blocs". A denial of them agrees with it.
   */
  absentKeys: Set<string>;
  /** Keys of an open question the sentence asks, states nothing of: "analysts wonder whether the visit will bring changes". */
  openKeys: Set<string>;
  /** How near the sentence says the sides' stands are: "far apart on most questions", "identical or very close positions". */
  stands?: 'apart' | 'close';
  /**
   * Who says what the sentence reports: the keys of the noun phrase before its first verb of
   * saying ("the US embassy in Hanoi said …"), and where in the sentence's text what is said begins.
   */
  saidBy?: { by: string[]; from: number };
  /** Whether the sentence likens two things ("as lavish as Pyongyang's") or sets them apart ("a more reserved reception"). */
  likeness?: Likeness;
  /** Verbs moving an amount up or down ("orders dropped off"), with their token positions; negated ones left out. */
  trends: Trend[];
  /** The standing of a state in a body the sentence states ("a candidate for ASEAN membership"). */
  status?: StatusClaim;
  /** How many people the sentence says a country has ("Vietnam, with its 100 million inhabitants"). */
  population?: PopulationClaim;
  /** The age the sentence gives someone ("Trong, 78,", "aged 80"). */
  age?: AgeClaim;
  /** Place the sentence says someone came from ("arrived from North Korea"). */
  origin?: string;
  /** Two places the sentence puts in order ("after North Korea", "flew on to Pyongyang"), by entity id. */
  sequence?: { before: string; after: string };
  /** Who did what, by people and offices ("received … by the Deputy Prime Minister"). */
  agents: Agent[];
  /** Adjectives and adverbs by lemma, with their token positions: the qualities a claim can oppose ("identical or very close positions"). */
  qualities: Array<{ lemma: string; at: number }>;
  /** Spans of years the sentence gives: "between 1995 and 2023", "from 2000 to 2023", "1995-2023". */
  yearSpans: Array<{ from: number; to: number }>;
  /** The sentence tells of someone moving (a WordNet verb of motion: "arrived", "flew in"). */
  tellsOfMoving: boolean;
  /** The sentence tells of someone arriving ("arrived", "flew in", "welcomed Putin to Hanoi"). */
  tellsOfArriving: boolean;
  /** When the sentence says someone arrived, the time of day it gives ("landed before dawn on Thursday"), and the arriving word's position. */
  arrival?: TimeOfDay & { word: number };
  /** The paper a piece of writing ran in ("an op-ed in the party mouthpiece Nhan Dan"), as transliterations share its name. */
  venue?: string;
  /** Things the sentence puts at a place: "laid a wreath at the mausoleum" (the thing's key, the place's keys and words). */
  placements: Placement[];
  /** Where something took place, after "at", "outside", "in front of": the stems of the place's words ("at the opera house": opera, house) and the token position of the preposition. */
  setAt?: { words: string[]; at: number };
  /** When the sentence tells of talks or a meeting, the day it gives ("held talks on 19 June"). */
  talksDay?: DayRef;
  /** When it tells of talks, the time of day it gives them ("talks on the morning of June 20"). */
  talksTime?: TimeOfDay;
  /** The day a piece of writing came out ("an article published Wednesday"), or the day of the arrival ("published the day he arrived"). */
  pieceDay?: DayRef | 'arrival';
  /** What the sentence's documents or pledges cover ("memorandums in education and nuclear energy"). */
  covers: Covered[];
  /** What it says they left out, each thing by its keys ("no agreement on atomic energy", "tourism was left out"). */
  leftOut: LeftOut[];
  /** What one of the watch's people speaks of in the sentence ("Lam indicated a desire to boost defence cooperation"), by key. */
  spokenOf: string[];
  /** The things the sentence says there were none of, by key and position ("offered no public criticism", "without any objection"). */
  noneOf: Array<{ key: string; at: number }>;
  /** The level a relationship was raised to, by its words' keys ("upgraded ties to a strategic partnership"). */
  raisedTo?: string[];
  /** The sentence tells of talks or a meeting ("met", "talks"). */
  tellsOfTalks: boolean;
  /** Where it denies a meeting or talks, with the denial's subject ("Chinh did not meet Putin"), by token positions. */
  deniedMeeting?: { from: number; to: number };
  /** Where people it names work ("X, the deputy head … of the Crisis Group"). */
  affiliations: Affiliation[];
}

const POS_WEIGHT: Record<string, number> = { NOUN: 1, PROPN: 1, NUM: 1, VERB: 0.8, ADJ: 0.7, ADV: 0.4 };

const MOVEMENT = new Set(['arrive', 'fly', 'flew', 'flight', 'travel', 'come', 'land', 'head', 'reach']);

/** A capitalised word English does not know (not in WordNet): a name, maybe transliterated. */
const isForeignName = (t: Token) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !knownWord(t.lower, t.lemma);

// (a baseline of 100 000 sentences asks about the same few thousand names again and again)
const knownWords = new Map<string, boolean>();
function knownWord(lower: string, lemma: string): boolean {
  let known = knownWords.get(lower);
  if (known === undefined) {
    if (knownWords.size >= 50_000) knownWords.clear(); // bounded: a long-lived container reads many names
    knownWords.set(lower, (known = [lower, lemma, lower.replace(/(ed|ing)$/, '')].some(isEnglish)));
  }
  return known;
}

/** A token's matching key: a number, the profile's class of topic words, else its stem. */
export function tokenKey(t: Token, matcher: EntityMatcher): string | undefined {
  if (!t.isWord) return undefined;
  if (/^\d/.test(t.lower)) return `#${t.lower.replace(/,/g, '').replace(/(st|nd|rd|th)$/, '')}`; // "75th" and "75" are one figure
  // an abbreviation written with stops is the same word without them: "U.N." is "UN"
  if (/^(\p{L}\.){2,4}$/u.test(t.lower)) return t.lower.replace(/\./g, '');
  // a noun's lemma ("memoranda" → memorandum), not a verb's ("according" is not an accord)
  const topic = matcher.topicClass(t.lower, t.pos) ?? (t.pos === 'NOUN' ? matcher.topicClass(t.lemma, t.pos) : undefined);
  if (topic) return topic;
  if (t.isStop || LIGHT_WORDS.has(t.lower) || LIGHT_WORDS.has(t.lemma)) return undefined;
  if (isForeignName(t)) return transliterated(t.lower);
  // the lemma's stem, so an irregular form meets its word ("met" and "meet", "flew" and "fly")
  const stem = t.lemma === t.lower ? t.stem : stemOf(t.lemma);
  if (stem.length < 2) return undefined;
  return stem;
}

/**
 * Tokens of a speaker label opening a sentence, after any time mark: words in capitals, a note on
 * the speaker in brackets perhaps, then a colon ("JON:", "DR NGUYEN:", "[00:41] REPORTER (Hanoi):",
 * "HOST (voice-over):"), or capitalised words numbered as a hearing or a call-in numbers its
 * speakers ("Witness 2:", "Caller 3:", "Q12 Chair:"); 0 when none.
 */
function speakerLabel(tokens: Token[]): number {
  const header = messageHeader(tokens);
  if (header) return header;
  // (after a list's bullet too: "* ARMS: Russia provided …")
  const from = isOpeningMark(tokens, 0) || BULLET.test(tokens[0]?.text ?? '') ? 1 : isOpeningMark(tokens, 1) ? 3 : 0;
  const colon = tokens.findIndex((t, i) => i >= from && t.text === ':');
  // (a note or the time in brackets after the name: "REPORTER (Hanoi):", "SPEAKER_01 [00:00:18]:")
  const opening = { ')': '(', ']': '[' }[tokens[colon - 1]?.text ?? ''];
  const note = opening ? tokens.findLastIndex((t, i) => i < colon && t.text === opening) : -1;
  const nameEnd = note > from && colon - note <= SPEAKER_NOTE_TOKENS ? note : colon;
  if (colon < 0 || nameEnd - from < 1 || nameEnd - from > 3) return 0;
  const label = tokens.slice(from, nameEnd);
  // (a transcriber's tags count: "HOST B:", "SPEAKER_01:")
  const inCapitals = label.every((t) => CAPITALS_TAG.test(t.text)) && label.some((t) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text));
  const numbered = label.some((t) => NUMBERED_SPEAKER.test(t.text)) && label.every((t) => /^\p{Lu}/u.test(t.text) || NUMBERED_SPEAKER.test(t.text));
  // a person's full name after the time the line was said: "00:02:26 Elena Markova:"
  const namedAtATime = from > 0 && /\d:\d\d/.test(tokens[from - 1 - (tokens[from - 1]?.text === ']' ? 1 : 0)]?.text ?? '') && label.length >= 2 && label.every((t) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text));
  // or a name alone opening the line, as a transcript, an interview or a Q&A log sets its speakers: "Vu Hoang Nam:"
  const named = from === 0 && namesASpeaker(label.map((t) => t.text));
  return inCapitals || numbered || namedAtATime || named ? colon + 1 : 0;
}

/**
 * Words of a label that is someone's name: two to four capitalised words, not all of them English
 * ("Vu Hoang Nam", "Elena Petrova"; not "Key Points", "Mr Hung").
 */
export function namesASpeaker(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !words.every((w) => isEnglish(w.toLowerCase()));
}
/** A word of a speaker's tag in capitals, a letter or a number of it, or the underscore joining them: "HOST", "B", "SPEAKER", "_", "01". */
const CAPITALS_TAG = /^(\p{Lu}[\p{Lu}.'’-]*|_|\d{1,3})$/u;
/**
 * Tokens of a chat log's message header: the date and time it was sent, then the sender and a
 * colon ("20/06/2024, 01:52 - Sarah K:", "[22/06/2024 20:27] Ngọc Mai:", "… - Lan Anh (Sunrise
 * Travel):"), as messaging apps export them; 0 when none.
 */
function messageHeader(tokens: Token[]): number {
  let i = tokens[0]?.text === '[' ? 1 : 0;
  if (!NUMERIC_DATE.test(tokens[i]?.text ?? '')) return 0;
  i += tokens[i + 1]?.text === ',' ? 2 : 1;
  if (!CLOCK.test(tokens[i]?.text ?? '')) return 0;
  i++;
  while (/^[\]-]$/.test(tokens[i]?.text ?? '')) i++;
  const colon = tokens.findIndex((t, k) => k >= i && t.text === ':');
  return colon > i && colon - i <= SENDER_TOKENS ? colon + 1 : 0;
}
/** A date written in figures, day, month and year: "20/06/2024", "22.06.24". */
const NUMERIC_DATE = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;
/** A time of day: "01:52", "20:27:05". */
const CLOCK = /^\d{1,2}:\d{2}(:\d{2})?$/;
/** Most tokens a sender's name runs to, a note in brackets included: "Lan Anh (Sunrise Travel)". */
const SENDER_TOKENS = 7;
/** A list's bullet mark. */
const BULLET = /^[*•▪·–-]$/u;
/** A speaker's number in a label, alone or after a letter: "2", "Q47". */
const NUMBERED_SPEAKER = /^\p{Lu}?\d{1,3}$/u;
/** Tokens a speaker's note in brackets may run to, brackets included: "(voice-over, pictures of the motorcade)". */
const SPEAKER_NOTE_TOKENS = 12;

/**
 * A mark opening the sentence, no figure of it: a section's number or a clock time ("1.2", "11:40",
 * "3/6"), also in brackets ("[02:15]", "(3)"), or an item's number before a slash or a bracket
 * ("5/ Eleven memorandums …", "2) Putin met …").
 */
function isOpeningMark(tokens: Token[], i: number): boolean {
  const bracketed = /^[[(]$/.test(tokens[0]?.text ?? '') && i === 1 && /^[\])]$/.test(tokens[2]?.text ?? '');
  // (a list's rank: "3) …", "3/ …", or spaced off the item, "3  Putin seals …")
  const numbered = i === 0 && /^\d{1,3}$/.test(tokens[0].text) && (/^[/)]$/.test(tokens[1]?.text ?? '') || (tokens[1]?.start ?? 0) - tokens[0].end >= 2 || opensAnItem(tokens, 1));
  // (a bracketed number or letters opening the sentence number or mark it: "(2)", "(U)", "(SBU)", a cable's classification)
  return ((i === 0 || bracketed) && OPENING_MARK.test(tokens[i].text)) || (bracketed && /^(\d{1,3}|\p{Lu}{1,3})$/u.test(tokens[i].text)) || numbered || isSlideCount(tokens, i);
}

/**
 * A gallery's slide counter opening the caption: the count of "1 / 5", or "6/7" of "< 6/7 >" or
 * "(6/7)", or of "Photo 3/7 —" (one capitalised word, the counter, then a dash or a colon); or the
 * whole of "Photo 2 of 10 —", word and counts, which say where the caption stands, not what it tells.
 */
function isSlideCount(tokens: Token[], i: number): boolean {
  const small = (k: number) => /^\d{1,3}$/.test(tokens[k]?.text ?? '');
  const capitalisedWord = /^\p{Lu}\p{Ll}+$/u.test(tokens[0]?.text ?? '');
  if (i <= 3 && capitalisedWord && small(1) && tokens[2]?.lower === 'of' && small(3) && /^[—–:-]$/.test(tokens[4]?.text ?? '')) return true;
  if (i === 2) return small(0) && tokens[1].text === '/' && small(2);
  const counter = /^\d{1,3}\/\d{1,3}$/.test(tokens[i]?.text ?? '');
  const named = i === 1 && capitalisedWord && /^[—–:-]$/.test(tokens[2]?.text ?? '');
  return counter && (i === 0 || (i === 1 && /^[<(]$/.test(tokens[0].text)) || named);
}

/**
 * A capitalised word after a line's opening number that the number cannot count: a name, not a
 * plural ("3 Hanoi — …", "1 Putin's visit …", not "3 Russians were hurt"), an adverb or a
 * determiner ("5 About a dozen — …", "2 The visit …"), not a month ("19 July"). The number ranks a list's item.
 */
function opensAnItem(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && /^\p{Lu}/u.test(t.text) && !isMonthAt(tokens, k) && (/^(ADV|DET|ADP|PRON)$/.test(t.pos) || (t.pos === 'PROPN' && !/s$/.test(t.lower)));
}

/** The time zone of a clock time opening the sentence, a live page's stamp: "14:12 MSK —", "16:00 ICT Putin meets …". */
export const isStampZone = (tokens: Token[], i: number) => i === 1 && /^\d{1,2}:\d{2}/.test(tokens[0].text) && /^\p{Lu}{2,4}$/u.test(tokens[1].text);

/** Tokens a signature may run to after a comment's last sentence: a handle and a date. */
const SIGNATURE_REACH = 8;

/**
 * Where a comment's signature starts: a dash after the sentence's end, then a few words and no
 * verb to its end ("… first of its four nos. – asean_desk Jun 15"); the sentence's length when none.
 */
function signatureAt(tokens: Token[]): number {
  for (let k = Math.max(1, tokens.length - SIGNATURE_REACH); k < tokens.length - 1; k++) {
    if (/^[–—-]$/.test(tokens[k].text) && /^[.!?]$/.test(tokens[k - 1].text) && !tokens.slice(k + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return k;
  }
  return tokens.length;
}

/** Which tokens are a live page's stamp or a comment's signature, outside what the sentence claims (the signature found once). */
export function outsideTheClaim(f: Pick<Features, 'tokens'>): (i: number) => boolean {
  const speaker = speakerLabel(f.tokens);
  const signature = signatureAt(f.tokens);
  return (i) => i < speaker || isStampZone(f.tokens, i) || i >= signature;
}

/** A piece of writing that "came out": published, not moved. */
const pieceComesOut = (tokens: Token[], i: number) => comesOut(tokens, i) && tokens.slice(0, i).some((t) => t.pos === 'NOUN' && WRITINGS.has(t.lemma));

/**
 * The profile's people named by the last word of their names alone, as news names someone after
 * the first mention: "Putin", "Trong", "Chinh" (a Vietnamese name's last word is the given name
 * it is said by). Not a word of a longer name: "Carrie Lam" is someone else.
 */
function withPeopleByLastName(s: Sentence, matcher: EntityMatcher, found: EntityMention[]): EntityMention[] {
  const byLastName: EntityMention[] = [];
  const isName = (t: Token | undefined) => t?.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
  s.tokens.forEach((t, i) => {
    if (!isName(t) || isName(s.tokens[i - 1]) || isName(s.tokens[i + 1])) return;
    const [start, end] = [t.start - s.start, t.end - s.start];
    if (found.some((e) => e.start < end && start < e.end)) return;
    const person = matcher.person(t.text);
    if (person && person.name.toLowerCase().endsWith(` ${t.lower}`)) byLastName.push({ id: person.name.toLowerCase(), group: person.group, kind: 'person', start, end });
  });
  return byLastName.length ? [...found, ...byLastName].sort((a, b) => a.start - b.start) : found;
}

/**
 * A foil: "Unlike X," opening the sentence or set off by commas, [from, to) with its closing comma.
 * It names what the sentence sets its subject against ("Unlike Pyongyang, Hanoi held no parade"):
 * the claim is the rest, and the foil's names and words are not what it speaks of.
 */
function foilSpan(tokens: Token[]): [number, number] | undefined {
  const i = tokens.findIndex((t, k) => t.lower === 'unlike' && (k === 0 || /^(,|and|but)$/.test(tokens[k - 1].lower)));
  if (i < 0) return undefined;
  const j = tokens.findIndex((t, k) => k > i + 1 && t.text === ',');
  // (a relative clause after it tells of the foil itself: "Unlike that visit, which ended without …")
  return j < 0 || /^(which|who|whose|where|when)$/.test(tokens[j + 1]?.lower ?? '') ? undefined : [i, j + 1];
}

export function sentenceFeatures(whole: Sentence, matcher: EntityMatcher): Features {
  const foil = foilSpan(whole.tokens);
  const s = foil ? { ...whole, tokens: whole.tokens.filter((_, i) => i < foil[0] || i >= foil[1]) } : whole;
  const found = matcher.find(s.text);
  const inFoil = (e: EntityMention) => !!foil && e.start + s.start >= whole.tokens[foil[0]].start && e.end + s.start <= whole.tokens[foil[1] - 1].end;
  const inSentence = withPeopleByLastName(s, matcher, foil ? found.filter((e) => !inFoil(e)) : found);
  // (an office is named in passing anywhere, in the foil too: "Unlike US President Donald Trump, Putin stayed away")
  const everyone = foil ? withPeopleByLastName(whole, matcher, found) : inSentence;
  const entities = inSentence.map((e) => ({ ...e, start: e.start + s.start, end: e.end + s.start }));
  const entityAt = (t: Token) => entities.find((e) => t.start >= e.start && t.end <= e.end);
  const speaker = speakerLabel(s.tokens);
  const signature = signatureAt(s.tokens);
  const tokenKeys = s.tokens.map((t, i) => {
    const e = entityAt(t);
    // a transcript's speaker label ("JON:", "PRESENTER:") says who speaks, not what; a comment's signature who wrote it
    if (i < speaker || i >= signature) return undefined;
    // a section's number or a clock time opening the sentence ("1.2 During the visit …", "B.4 The two
    // sides …", "11:40 — Putin arrives", "00:01:06 GUEST: …") is the document's outline or a live
    // page's stamp, no figure
    if (isOpeningMark(s.tokens, i) || isMarkAt(s.tokens, i)) return undefined;
    if (isStampZone(s.tokens, i)) return undefined;
    // a "non-" noun heading its phrase is keyed as the deed it denies, so "non-interference in …" meets
    // "not interfering in …" (the sentence's absent keys keep its polarity)
    if (nonWordHeadingAt(s.tokens, i)) return stemOf(t.lower.slice(4));
    return e ? `@${e.id}` : tokenKey(t, matcher);
  });
  const keyOf = (t: Token) => tokenKeys[s.tokens.indexOf(t)];
  const arriving = arrivalAt(s.tokens);
  const talks = tellsOfTalks(s.tokens);
  const negation = extractNegation(s.tokens);
  // (a dateline's date is the day of writing, not of what the sentence tells)
  // (nor is a message's header: "20/06/2024, 01:52 - Linh:")
  const dateline = Math.max(datelineEnd(s.tokens), messageHeader(s.tokens));
  const said = s.tokens.slice(0, signature);
  const dates = extractDates(said).filter((d) => d.from >= dateline);
  const quantities = extractQuantities(said, keyOf, dates, (t) => entityAt(t)?.kind === 'organisation' || BODY_NOUNS.test(t.lower));
  const negatedKeys = new Set<string>();
  for (const i of negation.tokens) if (tokenKeys[i]) negatedKeys.add(tokenKeys[i]!);
  const keyWeights = new Map<string, number>();
  const sourcing = attribution(s.tokens, dateline);
  const claimed = new Set<string>();
  s.tokens.forEach((t, i) => {
    const key = tokenKeys[i];
    if (!key) return;
    const w = key.startsWith('@') ? 1 : (POS_WEIGHT[t.pos] ?? 0.6);
    keyWeights.set(key, Math.max(keyWeights.get(key) ?? 0, w));
    if (!sourcing.has(i)) claimed.add(key);
  });
  return {
    text: s.text,
    start: s.start,
    end: s.end,
    line: s.line,
    tokens: s.tokens,
    tokenKeys,
    keys: new Set(keyWeights.keys()),
    keyWeights,
    verbKeys: new Set(s.tokens.flatMap((t, i) => (t.pos === 'VERB' && tokenKeys[i] ? [tokenKeys[i]!] : []))),
    sourceOnly: new Set([...keyWeights.keys()].filter((k) => !claimed.has(k))),
    sourceTokens: sourcing,
    entities,
    groups: new Set(entities.map((e) => e.group).filter((g): g is string => !!g)),
    quantities,
    interval: intervalOf(s.tokens, quantities),
    dates,
    ...extractRoles(whole.tokens, s.text, s.start, matcher, everyone),
    negatedKeys,
    denies: negation.denies,
    denialsAt: negation.cues,
    presupposes: negation.presupposes,
    sayingKeys: new Set([...negation.saying].flatMap((i) => (tokenKeys[i] ? [tokenKeys[i]!] : []))),
    likeness: likenessIn(s.tokens, negation.tokens),
    absentKeys: absentKeysIn(s.tokens, tokenKeys, negation.cancelled),
    openKeys: openKeysIn(s.tokens, tokenKeys),
    stands: standsOf(s.tokens, tokenKeys, negatedKeys),
    saidBy: speakerOf(s.tokens, tokenKeys, s.start),
    trends: trendsIn(s.tokens, tokenKeys, negation.tokens),
    status: extractStatus(s.tokens, inSentence, negation.tokens, s.start),
    population: extractPopulation(s.tokens, quantities, inSentence, s.start),
    age: extractAge(s.tokens, inSentence, s.start),
    origin: originOf(s.tokens, tokenKeys),
    sequence: sequenceOf(s.tokens, entities),
    agents: extractAgents(s.tokens, entities, matcher),
    qualities: qualitiesOf(s.tokens),
    yearSpans: [...s.text.matchAll(YEAR_SPAN)].map((m) => ({ from: Number(m[1] ?? m[3]), to: Number(m[2] ?? m[4]) })),
    // (a piece that "came out" was published, it went nowhere)
    tellsOfMoving: s.tokens.some((t, i) => t.pos === 'VERB' && relationsOf(t.lemma).verbClass === 'motion' && !pieceComesOut(s.tokens, i)),
    tellsOfArriving: arriving >= 0,
    // (a place or a body named before a comma is no person: "North Korea, where …")
    affiliations: extractAffiliations(s.tokens, tokenKeys).filter((a) => !entities.some((e) => e.kind !== 'person' && e.id === a.person)),
    arrival: arrivalTime(s.tokens, dates, arriving),
    tellsOfTalks: talks,
    talksDay: talks ? dayOf(s.tokens, dates) : undefined,
    talksTime: talks || tellsOfHosting(s.tokens) ? timeOfDay(s.tokens, dates) : undefined,
    venue: venueOf(s.tokens, entities),
    placements: placementsOf(s.tokens, tokenKeys),
    setAt: setAt(s.tokens),
    pieceDay: pieceDayOf(s.tokens, dates),
    covers: coveredThings(s.tokens, tokenKeys),
    leftOut: leftOutThings(s.tokens, tokenKeys, negation.tokens),
    spokenOf: spokenThings(s.tokens, tokenKeys, negation.tokens, (i) => entityAt(s.tokens[i])?.kind === 'person' && !!entityAt(s.tokens[i])?.group),
    deniedMeeting: deniedMeeting(s.tokens, negation.tokens),
    raisedTo: raisedTo(s.tokens, tokenKeys),
    noneOf: deniedThings(s.tokens, tokenKeys, negation.tokens),
  };
}

/**
 * The sentence's words of quality, adjectives and adverbs; not an adjective a verb other than
 * one of being makes its complement ("as Putin made clear", "held firm"): that says how
 * something was done or said, not what a thing is.
 */
function qualitiesOf(tokens: Token[]): Features['qualities'] {
  return tokens.flatMap((t, at) => {
    if (t.pos !== 'ADJ' && t.pos !== 'ADV') return [];
    const before = tokens[at - 1];
    if (t.pos === 'ADJ' && before?.pos === 'VERB' && !LINKING.test(before.lemma)) return [];
    return [{ lemma: t.lemma, at }];
  });
}

/** Months in a unit of time. */
const MONTHS_IN: Record<string, number> = { day: 1 / 30, week: 0.25, month: 1, year: 12 };

/**
 * A span of time after something, said before "later", "earlier" or "afterwards" ("some six months
 * later", "a full year later"), or before "after" or "before" and what it is counted from ("a month
 * after Biden's").
 */
function intervalOf(tokens: Token[], quantities: Quantity[]): Features['interval'] {
  for (let i = 1; i < tokens.length; i++) {
    if (!/^(later|afterwards|afterward|earlier|after|before)$/.test(tokens[i].lower)) continue;
    // (said with "after" or "before", the span is between what is named before it and what follows)
    const between = /^(after|before)$/.test(tokens[i].lower);
    const q = quantities.find((x) => x.to === i && MONTHS_IN[x.unit] !== undefined && !x.ordinal);
    if (q) return { low: q.low * MONTHS_IN[q.unit], high: q.high * MONTHS_IN[q.unit], ...(between ? { spanAt: q.from } : {}) };
    const unit = tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower).join(' ').match(/\b(?:a|one)(?: full| whole)? (day|week|month|year)$/)?.[1];
    if (unit) return { low: MONTHS_IN[unit], high: MONTHS_IN[unit], ...(between ? { spanAt: i - 2 } : {}) };
  }
  return undefined;
}

/** The time of day of an arrival at token `word` (-1: none), with the day said near it. */
function arrivalTime(tokens: Token[], dates: DateMention[], word: number): Features['arrival'] {
  const time = word >= 0 ? timeOfDay(tokens, dates) : undefined;
  if (!time) return undefined;
  // the arrival's day is one said near it: not a dateline's ("HANOI, June 21 - … having flown in
  // overnight") nor another clause's ("was in Hanoi on Thursday for talks, having arrived overnight")
  const [from, to] = [Math.max(0, word - DAY_BEFORE_ARRIVAL), word + DAY_AFTER_ARRIVAL];
  const day = dayOfHours(tokens.slice(from, to), dates.filter((d) => d.from >= from && d.from < to), time.to);
  return { from: time.from, to: time.to, ...(day ? { day } : {}), word };
}
/** Words before and after an arriving word its day may stand: "on 20 June Putin landed", "arrived in the capital at around 6 p.m. on June 20". */
const DAY_BEFORE_ARRIVAL = 6;
const DAY_AFTER_ARRIVAL = 14;

/** Where a dateline opening the sentence ends (0: none): "HANOI, June 20 (Reuters) -", "Hanoi (VNA) –", the agency in brackets, then a dash. */
function datelineEnd(tokens: Token[]): number {
  const close = tokens.findIndex((t, i) => i < 10 && t.text === ')' && /^[-–—]$/.test(tokens[i + 1]?.text ?? ''));
  return close > 0 && tokens.slice(0, close).some((t) => t.text === '(') ? close + 2 : 0;
}

/** The tokens of "according to …" up to the end of its clause: the report's source, "according to the list we have seen". */
export function accordingTo(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  const clauseEnd = (t: Token) => /^[,;:.!?]$/.test(t.text);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].lower !== 'according' || tokens[i + 1].lower !== 'to') continue;
    for (let k = i; k < tokens.length && !(k > i + 1 && clauseEnd(tokens[k])); k++) out.add(k);
  }
  return out;
}

/**
 * Where a sentence names its source rather than its news: its dateline (ending at `dateline`), a closing agency credit,
 * "according to …" up to the end of its clause, and a short closing ", officials said".
 */
function attribution(tokens: Token[], dateline: number): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < dateline; k++) out.add(k);
  // a speaker opening the sentence with any verb of saying: "Lavrov said (that) …", "Foreign Minister
  // Sergey Lavrov told reporters …", "Dr Anh stressed that …"
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  if (verb > 0 && verb <= 6 && isVerbOfSaying(tokens[verb]) && tokens.slice(0, verb).every((t) => t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text))) {
    for (let k = 0; k <= verb; k++) out.add(k);
  }
  // an agency credit closing the text: "… next year. (VNA)", "… in 2025.– VNA"
  const end = tokens.length - (tokens.at(-1)?.text === '.' ? 1 : 0);
  for (let k = Math.max(1, end - 4); k < end; k++) {
    const credit = tokens.slice(k + 1, end).filter((t) => t.text !== ')');
    if (/^[(–—-]$/.test(tokens[k].text) && credit.length && credit.length <= 3 && credit.every((t) => /^\p{Lu}/u.test(t.text))) {
      for (let c = k; c < tokens.length; c++) out.add(c);
      break;
    }
  }
  for (const k of accordingTo(tokens)) out.add(k);
  // a source told between commas within the sentence: "…, Izvestia writes, but …", "…, so writes
  // Nhan Dan, that …", "…, Xinhua reports; …": a short aside of a name or a noun and a verb of saying
  const breaks = tokens.flatMap((t, i) => (/^[,;]$/.test(t.text) ? [i] : []));
  breaks.slice(1).forEach((to, n) => {
    const aside = tokens.slice(breaks[n] + 1, to);
    const verb = aside.findIndex((t) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma));
    const short = aside.length >= 2 && aside.length <= 5;
    if (short && verb >= 0 && aside.every((t, k) => k === verb || /^(PROPN|NOUN|DET|ADV)$/.test(t.pos))) for (let k = breaks[n]; k < to; k++) out.add(k);
  });
  // ", Foreign Ministry spokeswoman Maria Zakharova told reporters." — a closing clause with a verb of saying
  let comma = tokens.length - 1;
  while (comma > 0 && tokens[comma].text !== ',') comma--;
  const closing = tokens.slice(comma + 1);
  if (comma > 0 && closing.length <= 8 && closing.some((t) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)) && !closing.some((t) => t.lower === 'that')) {
    for (let k = comma; k < tokens.length; k++) out.add(k);
  }
  return out;
}

/** A verb that moves an amount up or down, and the content words of what it says moved. */
export interface Trend {
  direction: 'up' | 'down';
  at: number;
  about: string[];
}

/** The particles of a phrasal verb: "fell off", "picked up". */
const PARTICLE = /^(up|down|off|out|back|away)$/;

/**
 * Which way a verb moves an amount; a phrasal verb by its own sense ("fell off": down, where
 * "fell" says no way). A verb of state in its first sense ("include", "contain") moves nothing.
 */
function directionOf(verb: Token, next: Token | undefined, afterNext: Token | undefined): 'up' | 'down' | undefined {
  const particle = next && PARTICLE.test(next.lower) ? relationsOf(`${verb.lemma}_${next.lower}`).direction : undefined;
  // a verb and a word that make a verb of their own without a direction: "fell short of"
  const idiom = next && /^(ADV|ADJ)$/.test(next.pos) ? relationsOf(`${verb.lemma}_${next.lower}`) : undefined;
  if (idiom?.verbClass && !idiom.direction) return undefined;
  const alone = relationsOf(verb.lemma);
  const own = particle ?? (alone.verbClass === 'stative' ? undefined : alone.direction);
  // a verb of no direction with "up" or "down" and no object says which way its subject went:
  // "orders have picked up again", "sales slowed down" (not "picked up the phone")
  const intransitive = !afterNext || !/^(NOUN|PROPN|DET|PRON|NUM|ADJ)$/.test(afterNext.pos);
  if (own === undefined && (next?.lower === 'up' || next?.lower === 'down') && intransitive) return next.lower;
  return own;
}

/**
 * The subject right before the verb at `at` (past auxiliaries and adverbs) names a person: a name
 * not governed by a preposition ("orders from Moscow have grown" are orders), or a WordNet noun of persons.
 */
function subjectIsSomeone(tokens: Token[], at: number): boolean {
  let b = at - 1;
  while (b >= 0 && /^(AUX|ADV|PART)$/.test(tokens[b].pos)) b--;
  const t = tokens[b];
  if (t?.pos === 'PROPN') {
    let c = b;
    while (c > 0 && tokens[c - 1].pos === 'PROPN') c--;
    return tokens[c - 1]?.pos !== 'ADP';
  }
  return t?.pos === 'NOUN' && relationsOf(t.lemma).nounClass === 'person';
}

/** Words that end the clause a verb's subject is looked for in. */
const CLAUSE_BREAK = /^([,;:.]|but|as|while|although|though|because|since|when|and|after|before)$/;

/** Verbs a trend's "-ing" form goes on from: "keep climbing", "started falling". */
const ASPECT_VERBS = /^(keep|continue|start|begin|stop|go)$/;

/**
 * Trend verbs ("soared", "dwindled": their direction from WordNet) and what each says moved: its
 * object when one follows ("expanding its purchases"), else its subject, the words before it in
 * its clause ("orders have dropped off"). A denied verb stands against its way: "orders have not
 * fallen off" is no fall, against "orders dropped off".
 */
function trendsIn(tokens: Token[], keys: Array<string | undefined>, negated: Set<number>): Trend[] {
  const trends: Trend[] = [];
  const withObject = new Set<Trend>();
  const content = (k: string | undefined): k is string => !!k && !k.startsWith('@') && !k.startsWith('#');
  tokens.forEach((t, at) => {
    // (a participle describing the noun before it says no trend of it: "a security order built on …")
    const describes = /^(NOUN|PROPN)$/.test(tokens[at - 1]?.pos ?? '') && t.lower !== t.lemma && tokens[at + 1]?.pos === 'ADP' && !/^(up|down|off|out)$/.test(tokens[at + 1].lower);
    // (nor one before its noun, after a word that opens a noun phrase: "for advanced components")
    const attributive = t.lower.endsWith('ed') && tokens[at + 1]?.pos === 'NOUN' && /^(ADP|SCONJ|DET|ADJ|CCONJ)$/.test(tokens[at - 1]?.pos ?? '');
    // (nor does an "-ing" form without an auxiliary or a verb of going on, which names the deed:
    // "cutting ties with Russia was not a condition"; "orders keep climbing" states it)
    const gerund = t.lower.endsWith('ing') && !tokens.slice(Math.max(0, at - 3), at).some((b) => b.pos === 'AUX' || ASPECT_VERBS.test(b.lemma));
    const stated = t.pos === 'VERB' && !describes && !attributive && !gerund ? directionOf(t, tokens[at + 1], tokens[at + 2]) : undefined;
    if (!stated) return;
    const direction = negated.has(at) ? (stated === 'up' ? 'down' : 'up') : stated;
    const about: string[] = [];
    let k = at + 1;
    // the object, past a particle or a determiner, but not past the clause ("fallen off as sanctions …")
    // (past a particle, not a preposition: "shrunk under sanctions" says nothing of sanctions)
    while (k < tokens.length && (/^(DET|PRON|ADJ|ADV)$/.test(tokens[k].pos) || (tokens[k].pos === 'ADP' && PARTICLE.test(tokens[k].lower))) && !CLAUSE_BREAK.test(tokens[k].lower) && k < at + 3) k++;
    if (tokens[k]?.pos === 'NOUN') {
      for (; k < tokens.length && /^(NOUN|ADJ|ADP|PROPN|DET)$/.test(tokens[k].pos) && k < at + 8; k++) if (content(keys[k])) about.push(keys[k]!);
    }
    const ofItsObject = about.length > 0;
    // no object that names a thing ("have fallen in recent years"): the subject is what moved,
    // unless it is someone, who moves in space, not in amount ("the president touched down in Hanoi")
    if (!about.length && subjectIsSomeone(tokens, at)) return;
    if (!about.length) {
      for (let b = at - 1; b >= Math.max(0, at - 6) && !CLAUSE_BREAK.test(tokens[b].lower); b--) if (content(keys[b]) && tokens[b].pos !== 'VERB') about.push(keys[b]!);
    }
    if (!about.length) return;
    const trend = { direction, at, about };
    trends.push(trend);
    if (ofItsObject) withObject.add(trend);
  });
  // a topic noun goes with the first trend after it: "Moscow has been Vietnam's main arms
  // supplier …, but orders have dropped off" is a trend of arms orders; what a trend said before
  // the word ("deepen ties with Vietnam, to which Russia has been selling arms") is not of it, nor
  // is a trend of an object of its own ("an arms deal would strengthen strategic trust")
  keys.forEach((k, i) => {
    const next = k?.startsWith('=') && tokens[i].pos === 'NOUN' ? trends.find((t) => t.at > i) : undefined;
    if (next && !withObject.has(next) && !next.about.includes(k!)) next.about.push(k!);
  });
  return trends;
}

const isMovement = (t: Token | undefined) => !!t && (MOVEMENT.has(t.lemma) || MOVEMENT.has(t.lower));

/**
 * Two places in order: one named right after "after" came first ("the second stop, after North
 * Korea"); one named after "on to", "onward to" or "then" came later ("flew on to Pyongyang"). The
 * other place is the nearest other one the sentence names.
 */
function sequenceOf(tokens: Token[], entities: EntityMention[]): Features['sequence'] {
  const places = entities.filter((e) => e.kind === 'place' || e.kind === 'country');
  if (new Set(places.map((e) => e.id)).size < 2) return undefined;
  for (const p of places) {
    const at = tokens.findIndex((t) => t.start >= p.start);
    let k = at - 1;
    while (k >= 0 && tokens[k].pos === 'DET') k--;
    const before = tokens.slice(Math.max(0, k - 4), k + 1).map((t) => t.lower).join(' ');
    // (a tour that "began in" a place was there first, one that "ended in" a place there last)
    const verbBefore = /^(in|at)$/.test(tokens[k]?.lower ?? '') ? tokens[k - 1]?.lemma ?? '' : '';
    // (or of a stay there: "after his visit to Pyongyang", "after the stop in Ulaanbaatar")
    // (or one a traveller went on from: "flew on from Hanoi to Pyongyang", "went on from Hanoi to …")
    const wentOnFrom = tokens[k]?.lower === 'from' && tokens[k - 1]?.lower === 'on' && !!tokens[k - 2] && (isMovement(tokens[k - 2]) || /^(go|move|continue)$/.test(tokens[k - 2].lemma));
    const earlier = /(^|\s)after( (his|the|a|its|their) (visit|trip|stop|stay|talks|summit) (to|in))?$/.test(before) || /^(begin|start|open)$/.test(verbBefore) || wentOnFrom;
    // ("stopped in Hanoi on his way to Pyongyang", "Hanoi, before North Korea")
    const later = /(^|\s)(on to|onward to|onwards to|then|then to|way to|before)$/.test(before) || /^(end|finish|close|conclude)$/.test(verbBefore);
    if (!earlier && !later) continue;
    // (a place that does something opens a clause of time, it was no stop: "after Washington announced tariffs")
    const after = tokens.find((t) => t.start >= p.end);
    if (after?.pos === 'VERB' || after?.pos === 'AUX') continue;
    // (the other place named as a place, not as a word describing a noun: "the Russian leader's
    // first stop"; "the Vietnamese capital" is a place)
    const describes = (o: EntityMention) => { const next = tokens.find((t) => t.start >= o.end); return next?.pos === 'NOUN' && !PLACE_KINDS.test(next.lower); };
    const others = places.filter((o) => o.id !== p.id && !describes(o));
    const other = others.reduce<EntityMention | undefined>((a, o) => (!a || Math.abs(o.start - p.start) < Math.abs(a.start - p.start) ? o : a), undefined);
    if (other) return earlier ? { before: p.id, after: other.id } : { before: other.id, after: p.id };
  }
  return undefined;
}

/** Words for a side's stand on a question: what sides agree or differ on. */
const STANDS = new Set(['position', 'view', 'approach', 'stance', 'opinion', 'question', 'issue', 'problem']);
/** Words saying stands differ, or agree: "diverged", "far apart", "a difference"; "identical", "close", "coincide". */
const DIFFERING = new Set(['differ', 'diverge', 'disagree', 'different', 'difference', 'differently', 'divergence', 'divergent', 'disagreement', 'apart']);
const AGREEING = new Set(['identical', 'same', 'close', 'similar', 'coincide', 'agree', 'agreement', 'converge', 'align']);

/**
 * How near a sentence says the sides' stands are: apart ("their views diverged", "far apart on
 * most questions", "little agreement", "not identical"), or close ("identical or very close
 * positions", "did not differ"). A denial, or "little" or "no" before the word, turns it round.
 */
function standsOf(tokens: Token[], keys: ReadonlyArray<string | undefined>, negatedKeys: ReadonlySet<string>): 'apart' | 'close' | undefined {
  if (!tokens.some((t) => STANDS.has(t.lemma))) return undefined;
  let apart = false;
  let close = false;
  tokens.forEach((t, i) => {
    const differs = DIFFERING.has(t.lemma) || DIFFERING.has(t.lower);
    // ("closed blocs" are shut, not near)
    if (!differs && ((!AGREEING.has(t.lemma) && !AGREEING.has(t.lower)) || t.lower === 'closed')) return;
    const turned = negatedKeys.has(keys[i] ?? '') || /^(little|no|scant)$/.test(tokens[i - 1]?.lower ?? '');
    if (differs !== turned) apart = true;
    else close = true;
  });
  return apart ? 'apart' : close ? 'close' : undefined;
}

/**
 * Keys only from "whether" to the end of its clause: a question left open, neither stated nor
 * denied ("analysts wonder whether the visit will bring changes" says nothing of changes).
 */
function openKeysIn(tokens: Token[], keys: ReadonlyArray<string | undefined>): Set<string> {
  const inQuestion = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.lower !== 'whether') return;
    for (let k = i + 1; k < tokens.length && !CLAUSE_BREAK.test(tokens[k].lower); k++) inQuestion.add(k);
  });
  const stated = new Set(keys.filter((key, i) => key && !inQuestion.has(i)));
  return new Set([...inQuestion].flatMap((i) => (keys[i] && !stated.has(keys[i]) ? [keys[i]!] : [])));
}

/**
 * A "non-" word heading its phrase: "non-use of force", "sovereignty and non-interference" (not one
 * qualifying a noun, "non-traditional security", nor a predicate, "is non-aligned").
 */
const nonWordHeadingAt = (tokens: Token[], i: number) =>
  /^non-\p{L}{2}/u.test(tokens[i].lower) && !/^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[i + 1]?.pos ?? '') && tokens[i - 1]?.pos !== 'AUX';

/**
 * The keys of the noun phrase after "without", "no", "no place (room, space) for" or "free of", and
 * of a "non-" word with its prepositional phrase ("non-use of force": use, force; "non-interference in
 * the internal affairs": interference, internal, affairs).
 */
function absentKeysIn(tokens: Token[], keys: ReadonlyArray<string | undefined>, cancelled: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  const lowers = tokens.map((t) => t.lower);
  lowers.forEach((w, i) => {
    if (cancelled.has(i)) return;
    const non = /^non-\p{L}/u.test(w);
    if (non) out.add(stemOf(w.slice(4)));
    const from =
      w === 'without' ? i + 1
      : w === 'no' && /^(place|room|space)$/.test(lowers[i + 1] ?? '') && lowers[i + 2] === 'for' ? i + 3
      : w === 'free' && lowers[i + 1] === 'of' ? i + 2
      : nonWordHeadingAt(tokens, i) && tokens[i + 1]?.pos === 'ADP' ? i + 2
      : w === 'no' ? i + 1
      : -1;
    if (from < 0) return;
    // (and the "of" phrase of a "no" noun: "no use of force")
    // (a compound's hyphen holds it together: "politico-military blocs")
    // (and a participle before its noun: "closed blocs")
    // (and what a kind's "of" names: "without the sort of open declaration")
    const ofPhrase = (k: number) => lowers[k] === 'of' && (w === 'no' || KIND_WORDS.has(lowers[k - 1]));
    const inPhrase = (k: number) => /^(DET|ADJ|NOUN|PROPN|CCONJ)$/.test(tokens[k].pos) || lowers[k] === '-' || (tokens[k].pos === 'VERB' && /ed$/.test(lowers[k])) || ofPhrase(k);
    for (let k = from; k < tokens.length && k < from + 8 && inPhrase(k); k++) if (keys[k]) out.add(keys[k]!);
  });
  return out;
}

/** A verb of saying: a reporting verb, or one WordNet has as a kind of saying, stating or informing ("declare", "warn"). */
const SAYING_HYPERNYMS = new Set(['say', 'state', 'tell', 'inform', 'utter', 'express']);
const isVerbOfSaying = (t: Token) => t.pos === 'VERB' && (REPORTING_VERBS.has(t.lemma) || relationsOf(t.lemma).hypernyms.some((h) => SAYING_HYPERNYMS.has(h)));

/**
 * Who says what a sentence reports: the noun phrase right before its first verb of saying, back
 * to its determiner ("a US State Department spokesperson said", "the US embassy in Hanoi
 * warned"); through "which" or "who" to the phrase before it ("the US Embassy in Hanoi, which
 * said …"); for ", saying …" the clause's subject. Its keys and where what is said begins.
 */
function speakerOf(tokens: Token[], keys: ReadonlyArray<string | undefined>, sentenceStart: number): { by: string[]; from: number } | undefined {
  const verb = tokens.findIndex(isVerbOfSaying);
  if (verb < 1) return undefined;
  // ("had objected to the trip, saying …": the one who objected, the subject of the verb the
  // participle follows, not of one in a clause before it: "Before Putin arrived, the embassy had objected …")
  let k = tokens[verb - 1].text === ',' && /ing$/.test(tokens[verb].lower) ? tokens.findLastIndex((t, i) => i < verb && t.pos === 'VERB') - 1 : verb - 1;
  while (k > 0 && tokens[k].pos === 'AUX') k--;
  if (k < 0) return undefined;
  while (k > 0 && /^(had|has|have|was|were|is|also|then|later|publicly)$/.test(tokens[k].lower)) k--;
  if (/^(which|who)$/.test(tokens[k].lower)) k -= tokens[k - 1]?.text === ',' ? 2 : 1;
  const phrase: number[] = [];
  for (; k >= 0; k--) {
    const t = tokens[k];
    const inside = /^(NOUN|PROPN|ADJ)$/.test(t.pos) || /^['’]s$/.test(t.text) || (t.lower === 'in' && tokens[k + 1]?.pos === 'PROPN');
    if (!inside) break;
    phrase.push(k);
  }
  const found = phrase.flatMap((i) => (keys[i] && /^(NOUN|PROPN)$/.test(tokens[i].pos) ? [keys[i]!] : []));
  return found.length ? { by: [...new Set(found)], from: tokens[verb].end - sentenceStart } : undefined;
}

/** Verbs of a piece coming out somewhere: "appeared in", "ran in", "was published in". */
const APPEARING = new Set(['appear', 'run', 'publish', 'print']);

/**
 * Where a piece of writing ran: the name after "in" or "for" that follows an article, op-ed or
 * column, past the words describing the paper ("in the communist party mouthpiece Nhan Dan
 * newspaper", "for the youth daily Tuoi Tre").
 */
function venueOf(tokens: Token[], entities: EntityMention[]): string | undefined {
  // (the paper's name ends where a person's begins: "in Nhan Dan Putin wrote")
  const person = (t: Token) => entities.some((e) => e.kind === 'person' && t.start >= e.start && t.end <= e.end);
  // a piece, or the writing of one: "wrote in the army daily Quan Doi Nhan Dan"
  const piece = tokens.findIndex((t) => t.pos === 'NOUN' && WRITINGS.has(t.lemma));
  const writing = piece >= 0 ? piece : tokens.findIndex((t) => t.pos === 'VERB' && t.lemma === 'write');
  if (writing < 0) return undefined;
  let k = writing + (tokens[writing + 1]?.text === '-' ? 3 : 1); // "op-ed"
  // (a relative clause without "that" after the piece: "the article he wrote for …")
  if (piece >= 0 && tokens[k]?.pos === 'PRON' && tokens[k + 1]?.pos === 'VERB') k += 2;
  // (its time between: "his article last June in …", "a column in June 2024 for …")
  while (MONTHS.includes(tokens[k]?.lower ?? '') || /^\d{4}$/.test(tokens[k]?.lower ?? '') || (/^(last|this)$/.test(tokens[k]?.lower ?? '') && MONTHS.includes(tokens[k + 1]?.lower ?? ''))) k++;
  // (a participle between: "an article written for …")
  if (tokens[k]?.pos === 'VERB' && /^(in|for)$/.test(tokens[k + 1]?.lower ?? '')) k++;
  // or where it appeared: "the article he wrote before the visit, which ran in Tuoi Tre"
  if (!/^(in|for)$/.test(tokens[k]?.lower ?? '')) {
    const appeared = tokens.findIndex((t, j) => j > k && j <= k + 14 && t.pos === 'VERB' && APPEARING.has(t.lemma) && tokens[j + 1]?.lower === 'in');
    if (appeared < 0 || tokens.slice(k, appeared).some((t) => /^[;.:]$/.test(t.text))) return undefined;
    k = appeared + 1;
  }
  if (!/^(in|for)$/.test(tokens[k]?.lower ?? '')) return undefined;
  k++;
  // past the words describing the paper, not past a verb ("the article in question was published Wednesday")
  for (let n = 0; n < 5 && k < tokens.length && !/^\p{Lu}/u.test(tokens[k].text) && /^(DET|ADJ|NOUN)$/.test(tokens[k].pos); n++) k++;
  const name: Token[] = [];
  // (a possessive runs on: "the Communist Party's Nhan Dan")
  const ends = (t: Token) => /^(PUNCT|ADP|VERB|PART|DET|AUX|CCONJ|SCONJ|PRON|NUM)$/.test(t.pos) && !/^['’]s$/.test(t.text);
  for (; k < tokens.length && name.length < 6 && !ends(tokens[k]) && !person(tokens[k]); k++) name.push(tokens[k]);
  // (not the word for the paper after its name: "Nhan Dan newspaper")
  while (name.length > 1 && /^\p{Ll}/u.test(name.at(-1)!.text) && isEnglish(name.at(-1)!.lower)) name.pop();
  // (a country, or its people, is no paper: "an essay in the Vietnamese press")
  const country = (t: Token) => entities.some((e) => (e.kind === 'country' || e.kind === 'place') && t.start >= e.start && t.end <= e.end);
  if (!name.length || !/^\p{Lu}/u.test(name[0].text) || name.every(country) || MONTHS.includes(name[0].lower) || WEEKDAYS.includes(name[0].lower)) return undefined;
  // as written (a word the tokenizer cut in two, "đội", is one), its foreign words as their
  // transliterations share them, without possessives
  const text = name.map((t, n) => (n > 0 && t.start > name[n - 1].end ? ' ' : '') + t.text).join('');
  const words = text.toLowerCase().replace(/đ/g, 'd').replace(/['’]s\b/g, '').split(/\s+/);
  return words.map((w) => (isEnglish(w) ? w : transliterated(w))).join(' ');
}

/**
 * Where a sentence sets what it tells: the nouns after "at", "outside", "before" or "in front
 * of", up to the phrase's end ("at the old opera house in Haiphong": old, opera, house;
 * "outside the National Assembly building": national, assembly, building).
 */
function setAt(tokens: Token[]): Features['setAt'] {
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    const front = lower === 'in' && tokens[i + 1]?.lower === 'front' && tokens[i + 2]?.lower === 'of';
    if (!front && !/^(at|outside)$/.test(lower)) continue;
    let k = front ? i + 3 : i + 1;
    if (tokens[k]?.pos !== 'DET') continue; // "at dawn", "at 2 a.m.": a time, not a place
    k++;
    const words: string[] = [];
    for (; k < tokens.length && /^(NOUN|PROPN|ADJ)$/.test(tokens[k].pos); k++) words.push(stemOf(tokens[k].lower));
    // (a part of something is no place: "at the foot of the steps", "at the start of the visit")
    if (words.length && tokens[k - 1].pos !== 'ADJ' && tokens[k]?.lower !== 'of') return { words, at: i };
  }
  return undefined;
}

/** "arrived in Hanoi from North Korea", "flew in from China": the place after "from". */
/** A span of years: "between 1995 and 2023", "from 2000 to 2023", "1995-2023". */
const YEAR_SPAN = /\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until|through)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b/g;

/** Where a place's name starts at or after k, past "the …city of", "the port of": the name itself when none. */
function placeNameAfter(tokens: Token[], k: number): number {
  for (let j = k; j < Math.min(tokens.length - 1, k + 5) && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[j].pos); j++) {
    if (PLACE_KINDS.test(tokens[j].lower) && tokens[j + 1].lower === 'of') return j + 2;
  }
  return k;
}
/** Words for a kind of place before its name: "the city of", "the port of". */
const PLACE_KINDS = /^(city|town|capital|port|village|region|province|island)$/;

/** The "in" or "to" closing "a (brief) stop in", "his visit to" from k; -1 when the words are not that. */
function stopAfter(tokens: Token[], k: number): number {
  let j = k;
  while (/^(DET|ADJ)$/.test(tokens[j]?.pos ?? '') || /^(his|her|their)$/.test(tokens[j]?.lower ?? '')) j++;
  return j > k && /^(stop|stopover|visit|trip)$/.test(tokens[j]?.lower ?? '') && /^(in|to)$/.test(tokens[j + 1]?.lower ?? '') ? j + 1 : -1;
}

/**
 * A movement earlier in the clause that "from" at i ends: "reached Hanoi that night directly
 * from Yakutsk", "flew into the Vietnamese capital straight from Yakutsk"; not one across a
 * comma, a conjunction or another verb ("arrived on Thursday, a day after a message from …"), nor
 * past what something brought along is ("arrived with a delegation from Rosneft").
 */
function movedInClause(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (isMovement(tokens[k])) return true;
    if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'VERB' || tokens[k].pos === 'CCONJ') return false;
    // (a thing brought in, "a delegation from Rosneft", is from there; the place he went, "the capital", is not)
    if (tokens[k].pos === 'DET' && /^an?$/.test(tokens[k].lower)) return false;
  }
  return false;
}

function originOf(tokens: Token[], keys: Array<string | undefined>): string | undefined {
  const moves = tokens.some(isMovement);
  if (!moves) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    // (a stop made before arriving is where the traveller came from: "arrived in Hanoi after a brief stop in Ulaanbaatar")
    const stop = tokens[i].lower === 'after' && tokens.slice(0, i).some(isMovement) ? stopAfter(tokens, i + 1) : -1;
    const stopBefore = stop > 0;
    if (stopBefore) i = stop;
    else if (tokens[i].lower !== 'from') continue;
    // "flew in from Yakutsk": a name the profile and the atlas lack, right after the movement, is a place too
    // ("flew to Hanoi straight from Yakutsk": the movement earlier in the clause)
    const movedFrom = stopBefore || movedInClause(tokens, i);
    // (past words saying what kind of place it is: "from the Siberian city of Yakutsk")
    const named = placeNameAfter(tokens, i + 1);
    if (movedFrom && tokens[named]?.pos === 'PROPN' && keys[named] && !keys[named]!.startsWith('@')) return `@${tokens[named].lower}`;
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const key = keys[k];
      // ("comes from Moscow's courtship of Pyongyang": a possessor's thing, no place of departure)
      if (key?.startsWith('@') && /^['’]s$/.test(tokens[k + 1]?.text ?? '')) break;
      // ("a message from Russian President Putin": a country's word before a title and a name says whose, not where from)
      if (key?.startsWith('@') && tokens[k + 1]?.pos === 'NOUN' && tokens[k + 2]?.pos === 'PROPN') break;
      if (key?.startsWith('@')) return key;
      if (/^[,.;]$/.test(tokens[k].text)) break;
    }
  }
  return undefined;
}

/** A thing put at a place: its key, and the place's keys and words. */
export interface Placement {
  thing: string;
  place: string[];
  /** The lemmas of the place's nouns, for WordNet: a "tomb" is the place a "mausoleum" is. */
  nouns: string[];
  /** The keys of the place's proper names: "Ho Chi Minh" of "the mausoleum of … Ho Chi Minh". */
  names: string[];
  text: string;
}

/** Words after a thing within which "at" gives where it was put: "laid a wreath of flowers at …". */
const PLACED_AT_REACH = 5;
/** Most words a place after "at" runs to. */
const PLACE_LENGTH = 8;
/** A word that ends the words naming a place: "at the mausoleum, …", "at the monument on Bac Son street". */
const endsPlace = (t: Token) => t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'CCONJ' || (t.pos === 'ADP' && t.lower !== 'of');

/** What the sentence puts at a place: a noun, then "at" within a few words with no break, then the place. */
function placementsOf(tokens: readonly Token[], keys: ReadonlyArray<string | undefined>): Placement[] {
  if (!tokens.some((t) => t.lower === 'at')) return [];
  // (a name goes on past its small words: "the Monument to Heroes and Martyrs")
  const goesOn = (k: number) => /^(to|and|of)$/.test(tokens[k].lower) && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  const out: Placement[] = [];
  tokens.forEach((t, n) => {
    const thing = keys[n];
    if (t.pos !== 'NOUN' || !thing || thing.startsWith('@')) return;
    const at = tokens.findIndex((w, k) => k > n && k <= n + PLACED_AT_REACH && w.lower === 'at');
    if (at < 0 || tokens.slice(n + 1, at).some((w) => w.pos === 'PUNCT')) return;
    // (a place is a definite thing or a name: "at the palace", "at Ho Chi Minh's tomb"; not a state, "at attention")
    if (tokens[at + 1]?.lower !== 'the' && !/^\p{Lu}/u.test(tokens[at + 1]?.text ?? '')) return;
    // (and a name is read whole, past the reach: "… of independence Ho Chi Minh")
    let end = at + 1;
    while (end < tokens.length && (end <= at + PLACE_LENGTH || tokens[end].pos === 'PROPN') && (!endsPlace(tokens[end]) || goesOn(end))) end++;
    const keyOf = (k: number) => keys[at + 1 + k];
    const words = tokens.slice(at + 1, end);
    const place = words.flatMap((_, k) => (keyOf(k) && !keyOf(k)!.startsWith('#') ? [keyOf(k)!] : []));
    const nouns = words.flatMap((w) => (w.pos === 'NOUN' ? [w.lemma] : []));
    const names = words.flatMap((w, k) => (w.pos === 'PROPN' && keyOf(k) ? [keyOf(k)!] : []));
    if (place.length) out.push({ thing, place, nouns, names, text: words.map((w) => w.text).join(' ') });
  });
  return out;
}
