// The agenda of a visit, read from the form of English: what its documents and pledges covered
// and what a claim says they left out, the meetings a claim denies, the level a relationship was
// raised to, and what a sentence says there was none of. "They signed agreements in areas like
// schooling and atomic research" covers schooling and atomic research (a word of committing —
// the profile's agreements, "signed", "pledged" — then the things it is "in", "on", "like" or
// "including"); "no agreement on atomic energy was signed", "nuclear power was not on the table"
// and "tourism was left out of the pledges" say a covered thing was not covered.
import { FEATURING, PASSIVE_AUXILIARY, REPORTING_VERBS } from './lexicon.ts';
import type { Token } from './nlp.ts';
import { isWordOfSaying } from './slots.ts';
import { isKindOf, relationsOf } from './wordnet.ts';

/** Verbs of committing to something: what follows them in a list is what was agreed. */
const COMMITTING = new Set(['sign', 'pledge', 'promise']);
/** Words that open what a commitment is about: "agreements in education", "ranging from … to", "such as". */
const ABOUT = new Set(['in', 'on', 'like', 'including', 'notably', 'such', 'from', 'covering', 'concerning']);
/** Words a commitment may take before that opening: "memorandums for cooperation in", "agreements ranging from". */
const OPENING_REACH = 4;
/** Words from a verb of committing to its object's first noun: "signed around a dozen cooperation". */
const OBJECT_REACH = 6;
/** Words naming a kind of subject rather than a subject ("in areas like …", "of any kind"). */
const KINDS = new Set(['area', 'field', 'sector', 'sphere', 'domain', 'kind', 'type', 'sort', 'matter', 'issue', 'question', 'subject', 'topic']);
const CLAUSE_END = /^[;:.!?()]$/;
/** A list of things ends where a clause does, or at a verb of its own ("… and signed a pact"); "building plants" is a thing. */
const endsList = (tokens: Token[], k: number) => {
  const t = tokens[k];
  if (t.lower === 'as' && tokens[k - 1]?.lower === 'such') return false;
  // (a verb after "to" says what was pledged: "promised to boost collaboration in …")
  const verb = (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing') && tokens[k - 1]?.lower !== 'to';
  return CLAUSE_END.test(t.text) || /^(which|that|who|where|while|as|when|but)$/.test(t.lower) || verb;
};

const isAgreement = (key: string | undefined) => key === '=agreement';
const commitsAt = (tokens: Token[], keys: ReadonlyArray<string | undefined>, i: number) =>
  isAgreement(keys[i]) || ((COMMITTING.has(tokens[i].lemma) || committingInWordNet(tokens[i].lemma)) && (tokens[i].pos === 'VERB' ? !tokens[i].lower.endsWith('ing') : tokens[i].pos === 'NOUN'));

/** A word WordNet files under committing: a kind of promise ("vow": pledge), or one an agreement or a commitment derives from ("agree", "commit"). */
const committingInWordNet = (lemma: string) => {
  const { hypernyms, derivations } = relationsOf(lemma);
  return hypernyms.some((h) => COMMITTING.has(h)) || [lemma, ...derivations].some((d) => d === 'agreement' || d === 'commit');
};

/** A thing a commitment covers: the key of one of its words, the words naming it ("civil nuclear projects"), and the keys of the commitment's own words ("signed memorandums for cooperation"). */
export interface Covered {
  key: string;
  word: string;
  commitment: readonly string[];
}

const isNominal = (t: Token | undefined) => !!t && /^(NOUN|ADJ|PROPN)$/.test(t.pos) && !t.isStop;
/** The run of nouns and adjectives a word stands in: "nuclear" in "civil nuclear projects". */
function phraseAt(tokens: Token[], k: number): string {
  let [from, to] = [k, k + 1];
  while (isNominal(tokens[from - 1])) from--;
  while (isNominal(tokens[to])) to++;
  return tokens.slice(from, to).map((t) => t.lower).join(' ');
}

/** The nouns and adjectives from `from` to the list's end, less words of kind and the commitment's own words. */
function thingsFrom(tokens: Token[], keys: ReadonlyArray<string | undefined>, from: number, head: ReadonlySet<string>): Covered[] {
  const commitment = [...head];
  const out: Covered[] = [];
  for (let k = from; k < tokens.length && !endsList(tokens, k); k++) {
    const key = keys[k];
    if (!key || /^[#@]/.test(key) || head.has(key) || isAgreement(key) || KINDS.has(tokens[k].lemma)) continue;
    if (isNominal(tokens[k])) out.push({ key, word: phraseAt(tokens, k), commitment });
  }
  return out;
}

/**
 * What a sentence's commitments cover: after a word of committing, the things it is "in", "on",
 * "like" … up to the clause's end. The words before that opening ("signed memorandums for
 * cooperation") are the commitment itself, not a subject of it.
 */
export function coveredThings(tokens: Token[], keys: ReadonlyArray<string | undefined>): Covered[] {
  const out = new Map<string, Covered>();
  tokens.forEach((t, verb) => {
    // the deed of committing, not an agreement merely named ("the Treaty on Principles …"): a verb,
    // then its object ("signed 11 memorandums for cooperation in …", "promised to boost collaboration in …")
    if (t.pos !== 'VERB' || !COMMITTING.has(t.lemma) || t.lower.endsWith('ing')) return;
    const object = tokens.findIndex((o, k) => k > verb && k <= verb + OBJECT_REACH && o.pos === 'NOUN');
    const at = object > 0 ? object : verb;
    let open = at + 1;
    while (open < tokens.length && open <= at + OPENING_REACH && !ABOUT.has(tokens[open].lower) && !endsList(tokens, open)) open++;
    if (!ABOUT.has(tokens[open]?.lower ?? '')) return;
    const head = new Set(keys.slice(verb, open).filter((k): k is string => !!k));
    for (const thing of thingsFrom(tokens, keys, open + 1, head)) out.set(thing.key, thing);
  });
  return [...out.values()];
}

/**
 * A thing a sentence says its commitments left out: the keys naming it, and whether the sentence
 * names it as the thing denied ("no deal on X", "X was not among") rather than as a word a denial
 * covers; `ofTalks` when it says the talks left it out ("X did not come up", "X was not on the
 * agenda"), which what was said at them denies as much as what was signed.
 */
export interface LeftOut {
  keys: string[];
  named: boolean;
  ofTalks?: boolean;
}

/**
 * What a sentence says its commitments left out:
 * - what "no" agreement was about ("produced no agreement of any kind on atomic energy");
 * - the subject of "was not on the table", "was not among", "was not part of";
 * - otherwise what a denial covers, in a sentence with a word of committing ("did not sign a
 *   deal on nuclear power", "tourism was left out of the pledges").
 */
export function leftOutThings(tokens: Token[], keys: ReadonlyArray<string | undefined>, negated: ReadonlySet<number>): LeftOut[] {
  const lowers = tokens.map((t) => t.lower);
  // (what was "not on the agenda", "not even on the table", "off the agenda" or "left off the list" was left out of what was agreed too)
  const agendaAt = (i: number) => lowers[i] === 'the' && /^(table|agenda|list)$/.test(lowers[i + 1] ?? '');
  const notOnIt = (i: number) => lowers[i] === 'not' && (lowers[i + 1] === 'on' ? agendaAt(i + 2) : tokens[i + 1]?.pos === 'ADV' && lowers[i + 2] === 'on' && agendaAt(i + 3));
  const offIt = (i: number) => lowers[i] === 'off' && agendaAt(i + 1);
  const offTheAgenda = lowers.some((_, i) => notOnIt(i) || offIt(i));
  const unspoken = unspokenThing(tokens, keys, negated);
  if (!offTheAgenda && !tokens.some((_, i) => commitsAt(tokens, keys, i))) return unspoken ? [unspoken] : [];
  const thing = (positions: Iterable<number>) => {
    const out = new Set<string>();
    for (const k of positions) {
      const key = keys[k];
      if (key && !/^[#@]/.test(key) && !isAgreement(key) && !KINDS.has(tokens[k].lemma) && isNominal(tokens[k]) && !commitsAt(tokens, keys, k)) out.add(key);
    }
    return [...out];
  };
  const named: string[][] = [];
  tokens.forEach((t, i) => {
    // "no agreement … on X", "without any deal on X"
    if (t.lower === 'no' || (lowers[i - 1] === 'without' && /^(a|an|any)$/.test(t.lower))) {
      const agreement = tokens.findIndex((_, k) => k > i && k <= i + 3 && isAgreement(keys[k]));
      // (what it was about may stand before it too: "no nuclear deal was among the documents")
      if (agreement > 0) named.push(thing([...range(i + 1, agreement), ...listFrom(tokens, agreement + 1)]));
    }
    // "X was not on the table / among / part of / included in", "X played no part in": the subject X
    const notAmong = PASSIVE_AUXILIARY.test(t.lower) && ((/^(not|n't)$/.test(lowers[i + 1] ?? '') && /^(on|among|part|in|included|within)$/.test(lowers[i + 2] ?? '')) || notOnIt(i + 1) || absentFrom(tokens, i + 1));
    // "X was (left) off the agenda": the subject X; "kept X off the table": the object X
    const offAfter = offIt(i + 1) || (tokens[i + 1]?.pos === 'VERB' && offIt(i + 2));
    if (PASSIVE_AUXILIARY.test(t.lower) && offAfter) named.push(thing(subjectBefore(tokens, i)));
    if (t.pos === 'VERB' && !PASSIVE_AUXILIARY.test(lowers[i - 1] ?? '')) {
      const off = range(i + 2, i + 6).find(offIt);
      if (off !== undefined) named.push(thing(range(i + 1, off)));
    }
    const noPart = t.pos === 'VERB' && lowers[i + 1] === 'no' && /^(part|role)$/.test(lowers[i + 2] ?? '') && lowers[i + 3] === 'in';
    if (notAmong || noPart) named.push(thing(subjectBefore(tokens, i)));
    // "none of the documents … concerned X": what they were about
    if (t.lower === 'none' && lowers[i + 1] === 'of' && tokens.slice(i + 2, i + 5).some((_, k) => isAgreement(keys[i + 2 + k]))) {
      // (whatever the tagger made of the verb: "concerned" is often read as an adjective)
      const about = tokens.findIndex((o, k) => k > i && saysWhatItIsAbout(o));
      // (past a gerund: "concerned building a power plant")
      const from = tokens[about + 1]?.lower.endsWith('ing') ? about + 2 : about + 1;
      if (about > 0) named.push(thing(listFrom(tokens, from)));
    }
  });
  // (of what a denial covers, its nouns: "documents made public" denies no publicness)
  const things: LeftOut[] = named.length ? named.map((keys) => ({ keys, named: true, ...(offTheAgenda ? { ofTalks: true } : {}) })) : [{ keys: thing([...negated].filter((k) => tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN')), named: false }];
  return [...things, ...(unspoken ? [unspoken] : [])].filter((t) => t.keys.length > 0);
}

/** Words that deny the verb after them: "did not come up", "barely featured". */
const DENYING_THE_VERB = /^(not|n't|never|barely|hardly|scarcely)$/;
/** A verb of a matter appearing in talks, used without an object: "arose", "featured", "came up". */
const isComingUp = (tokens: Token[], i: number) => FEATURING.has(tokens[i].lemma) && (tokens[i].lemma !== 'come' || tokens[i + 1]?.lower === 'up');

/**
 * What a sentence says was not spoken of: the subject of a denied coming up ("defence did not
 * come up", "the sea never featured") or of a denied passive verb of communication, as WordNet
 * classes it ("the dispute was not discussed"); the object of a denied verb of treating a matter
 * ("did not mention the sea") or of "no mention of", "no reference to". The matter is its subject's head noun, the last
 * noun before any preposition ("Russia's dialogue with ASEAN": dialogue), with the nouns and
 * adjectives before it.
 */
function unspokenThing(tokens: Token[], keys: ReadonlyArray<string | undefined>, negated: ReadonlySet<number>): LeftOut | undefined {
  // "made no mention of ASEAN", "no reference to the East Sea": what the noun of treating a matter is of
  for (let i = 0; i < tokens.length - 2; i++) {
    if (tokens[i].lower !== 'no' || tokens[i + 1].pos !== 'NOUN' || !treatsAMatter(tokens[i + 1].lemma) || !/^(of|to)$/.test(tokens[i + 2].lower)) continue;
    const object = matterNamedAt(tokens, keys, objectHead(tokens, i + 2));
    if (object) return object;
  }
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].pos !== 'VERB' || !negated.has(i)) continue;
    const before = tokens.slice(Math.max(0, i - 3), i);
    // (the verb itself denied, "did not come up", "was never discussed": not "no X were reported")
    if (!before.some((t) => DENYING_THE_VERB.test(t.lower))) continue;
    // (a verb of discussing a matter, not one reporting what happened: "no citizens were reported hurt")
    const passive = before.some((t) => PASSIVE_AUXILIARY.test(t.lower));
    // (said actively, its object: "Putin did not mention the East Sea", "never discussed ASEAN")
    if (treatsAMatter(tokens[i].lemma) && !passive) {
      const object = matterNamedAt(tokens, keys, objectHead(tokens, i));
      if (object) return object;
    }
    const passiveSaying = passive && isWordOfSaying(tokens[i].lemma) && !REPORTING_VERBS.has(tokens[i].lemma);
    if (!isComingUp(tokens, i) && !passiveSaying) continue;
    const subject = subjectBefore(tokens, i).reverse();
    const phrase = subject.slice(0, subject.findIndex((k) => tokens[k].pos === 'ADP') >>> 0);
    return matterNamedAt(tokens, keys, phrase.findLast((k) => tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN'));
  }
  return undefined;
}

/** Verbs of treating a matter, by themselves or as WordNet relates them ("broach": discuss; "mention": refer), not of issuing a text. */
const TREATING = new Set(['discuss', 'mention', 'address', 'refer']);
const treatsAMatter = (lemma: string) => isKindOf(lemma, TREATING);

/** The matter a noun phrase ending at `head` names, with the nouns and adjectives before it ("rice imports" is not imports). */
function matterNamedAt(tokens: Token[], keys: ReadonlyArray<string | undefined>, head: number | undefined): LeftOut | undefined {
  if (head === undefined) return undefined;
  let from = head;
  while (isNominal(tokens[from - 1])) from--;
  const named = range(from, head + 1).flatMap((k) => matterKey(tokens, keys, k) ?? []);
  return named.length ? { keys: named, named: true, ofTalks: true } : undefined;
}

/** The head noun of a verb's object: the last of the nouns right after it, past determiners and adjectives ("mentioned the East Sea"). */
function objectHead(tokens: Token[], verb: number): number | undefined {
  let k = verb + 1;
  while (tokens[k] && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k++;
  let head: number | undefined;
  for (; tokens[k] && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN'); k++) head = k;
  return head;
}

/** Personal pronouns that stand for a speaker named before: "he said", "they stressed". */
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * The things a sentence has one of the watch's people speak of: with a verb of communication, as
 * WordNet classes it, whose subject is a watched person (`isWatched`), a personal pronoun or a
 * noun WordNet files under people ("the president"), before the verb in its clause or just after
 * it ("…, he added"). Every noun and adjective of the sentence is what was said: its keys.
 */
export function spokenThings(tokens: Token[], keys: ReadonlyArray<string | undefined>, negated: ReadonlySet<number>, isWatched: (i: number) => boolean): string[] {
  const speaker = (k: number) => isWatched(k) || SPEAKER_PRONOUNS.has(tokens[k].lower) || (tokens[k].pos === 'NOUN' && relationsOf(tokens[k].lemma).nounClass === 'person');
  const speaks = tokens.some((t, v) => {
    if (t.pos !== 'VERB' || negated.has(v) || relationsOf(t.lemma).verbClass !== 'communication') return false;
    let k = v - 1;
    for (; k >= 0 && !/^[,;:.]$/.test(tokens[k].text) && !speaker(k); k--);
    return (k >= 0 && speaker(k)) || (!!tokens[v + 1] && speaker(v + 1));
  });
  if (!speaks) return [];
  return [...new Set(tokens.flatMap((t, k) => (isNominal(t) && !speaker(k) ? (matterKey(tokens, keys, k) ?? []) : [])))];
}

/** The key of the word at k as a matter spoken of: a word's, not a name's, a figure's or a topic class's, nor a word of kind ("areas", "issues"). */
const matterKey = (tokens: Token[], keys: ReadonlyArray<string | undefined>, k: number) => {
  const key = keys[k];
  return key && !/^[#@=]/.test(key) && !KINDS.has(tokens[k].lemma) ? key : undefined;
};

/**
 * "absent from", "(notably) absent from" at k: an adjective WordNet gives "present" as the
 * antonym of, then "from" — said of a thing, it is not among what follows.
 */
function absentFrom(tokens: Token[], k: number): boolean {
  if (tokens[k]?.pos === 'ADV') k++;
  return tokens[k + 1]?.lower === 'from' && relationsOf(tokens[k]?.lemma ?? '').antonyms.includes('present');
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** Verbs saying what a text is about: "none of the documents concerned building a plant"; in any form, as their stems. */
const ABOUT_VERBS = new Set(['concern', 'cover', 'involve', 'include', 'address', 'touch']);
const ABOUTNESS = new RegExp(`^(${[...ABOUT_VERBS].map((w) => w.replace(/e$/, '')).join('|')})(e|es|ed|ing|s)?$`);
/** One of those, whatever the tagger made of it ("concerned" is often read as an adjective), or a verb WordNet gives one of them as a synonym of: "dealt with" (deal: address, cover). */
const saysWhatItIsAbout = (t: Token) => ABOUTNESS.test(t.lower) || (t.pos === 'VERB' && relationsOf(t.lemma).synonyms.some((w) => ABOUT_VERBS.has(w)));

/** Words opening a clause whose subject follows them. */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'because', 'while', 'when', 'if', 'although', 'though']);

/** Positions of the subject before token `i`, back to its clause's start; an aside between commas is passed over ("X, however, was not"). */
function subjectBefore(tokens: Token[], i: number): number[] {
  const subject: number[] = [];
  // (past the verb's own auxiliaries and negation: "had been", "did not")
  const inVerbGroup = (t: Token, before: Token | undefined) => /^(AUX|PART)$/.test(t.pos) || (t.pos === 'ADV' && /^(AUX|PART)$/.test(before?.pos ?? ''));
  let start = i - 1;
  while (start >= 0 && inVerbGroup(tokens[start], tokens[start - 1])) start--;
  for (let k = start; k >= 0 && tokens[k].pos !== 'VERB' && tokens[k].lower !== 'and'; k--) {
    if (/^[;:.]$/.test(tokens[k].text)) break;
    // (a clause's subject begins after the word opening it: "what surprises me is that tourism …")
    if (tokens[k].pos === 'AUX' || CLAUSE_OPENERS.has(tokens[k].lower)) break;
    if (tokens[k].text === ',') {
      // (", however," — one adverb between two commas)
      if (tokens[k - 1]?.pos === 'ADV' && tokens[k - 2]?.text === ',') {
        k -= 2;
        continue;
      }
      break;
    }
    subject.push(k);
  }
  return subject;
}

/** Positions of a list of things from `from` to where it ends (a comma, a clause's end, a verb). */
function listFrom(tokens: Token[], from: number): number[] {
  const out: number[] = [];
  for (let k = from; k < tokens.length && !endsList(tokens, k) && tokens[k].text !== ','; k++) out.push(k);
  return out;
}

const MEETING = new Set(['meet', 'meeting', 'talk']);
/** A meeting word, not "talk" of a subject ("there was no talk of defence"); receiving someone is meeting them ("never received the Russian guest"). */
const isMeeting = (tokens: Token[], i: number) =>
  (MEETING.has(tokens[i].lemma) && tokens[i].lower !== 'talk') ||
  // ("receive" or "see" someone, not something: "did not see the party chief", not "did not see the point";
  // nor seeing as, which is regarding: "no longer sees Vietnam as a priority")
  (tokens[i].pos === 'VERB' && (tokens[i].lemma === 'receive' || (tokens[i].lemma === 'see' && !seenAs(tokens, i))) && !takesAThing(tokens, i)) ||
  // (the phrasal verb of meeting: "never sat down with Chinh")
  (tokens[i].lemma === 'sit' && tokens[i + 1]?.lower === 'down' && tokens[i + 2]?.lower === 'with');

/** "See" is regarding when "as" follows in its clause (before a mark or another verb): "sees Vietnam as", "sees the party chief Nguyen Phu Trong as". */
function seenAs(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && tokens[k].pos !== 'PUNCT' && tokens[k].pos !== 'VERB'; k++) if (tokens[k].lower === 'as') return true;
  return false;
}

/**
 * The verb at i takes a thing, not someone: its object, past determiners and adjectives, is a
 * noun WordNet files under neither people nor groups ("received a letter", "a clear declaration";
 * not "the Russian guest", "a delegation", "him").
 */
export function takesAThing(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (/^(DET|ADJ)$/.test(tokens[k]?.pos ?? '') || (tokens[k]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'NOUN')) k++;
  return tokens[k]?.pos === 'NOUN' && !relationsOf(tokens[k].lemma).nounClass;
}

/**
 * Where a sentence denies a meeting or talks ("did not meet", "no meeting with", "never held
 * talks", "was not among those he met"): the token span of the denial with its subject ("Chinh
 * did not meet Putin"), not the clauses beside it ("Putin met Lam and did not meet …").
 */
export function deniedMeeting(tokens: Token[], negated: ReadonlySet<number>): { from: number; to: number } | undefined {
  const word = tokens.findIndex((t, i) => isMeeting(tokens, i) && (negated.has(i) || tokens.slice(Math.max(0, i - 3), i).some((w) => w.lower === 'no') || amongThoseNotMet(tokens, i)));
  if (word < 0) return undefined;
  let from = word;
  const opensClause = (t: Token) => /^[,;:.]$/.test(t.text) || /^(and|but|or|yet|while|whereas|although|though)$/.test(t.lower) || t.pos === 'VERB';
  while (from > 0 && (negated.has(from - 1) || !opensClause(tokens[from - 1]))) from--;
  // (a subject set off by commas before it: "the party chief, Nguyen Phu Trong, didn't meet him")
  if (tokens[from - 1]?.text === ',' && tokens[from - 2]?.pos === 'PROPN') {
    from -= 2;
    while (from > 0 && tokens[from - 1].pos === 'PROPN') from--;
    if (tokens[from - 1]?.text === ',') for (from--; from > 0 && !opensClause(tokens[from - 1]); ) from--;
  }
  // (or one before a clause of its own set off by commas: "Pham Minh Chinh, who oversees the
  // economy, did not meet him")
  if (tokens[from - 1]?.text === ',') {
    const opening = tokens.slice(0, from - 1).findLastIndex((t) => t.text === ',');
    if (opening > 0 && RELATIVE_PRONOUNS.has(tokens[opening + 1]?.lower ?? '')) for (from = opening; from > 0 && !opensClause(tokens[from - 1]); ) from--;
  }
  let to = word + 1;
  while (to < tokens.length && (negated.has(to) || tokens[to].pos === 'PROPN')) to++;
  return { from, to };
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom']);

/**
 * The meeting word at i in a clause on the people after "not among" or "not one of": "Chinh was
 * not among the leaders Putin met" denies that meeting as "did not meet" does.
 */
function amongThoseNotMet(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k > 0; k--) {
    const t = tokens[k];
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if ((t.lower === 'among' || (t.lower === 'of' && tokens[k - 1]?.lower === 'one')) && /^(not|never)$/.test(tokens[t.lower === 'of' ? k - 2 : k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Nouns of a relationship between states: "ties", "relations", "relationship". */
const RELATIONSHIP = new Set(['tie', 'ties', 'relation', 'relations', 'relationship']);
/** Words before a verb or noun and "to" within which the relationship must be named: "upgraded their bilateral relations to". */
const RAISED_REACH = 6;

/**
 * Where a sentence says a relationship was raised to a level: "raised bilateral ties to a
 * strategic partnership", "relations were upgraded to a strategic partnership".
 * The keys of the level's words ("strategic partnership"), when there are two or more.
 */
export function raisedTo(tokens: Token[], keys: ReadonlyArray<string | undefined>): string[] | undefined {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].lower !== 'to') continue;
    const before = tokens.slice(Math.max(0, i - RAISED_REACH), i);
    if (!before.some((t) => t.pos === 'VERB') || !before.some((t) => RELATIONSHIP.has(t.lower))) continue;
    let k = i + 1;
    while (tokens[k] && tokens[k].pos === 'DET') k++;
    // (the level named through a noun of rank: "to the level of a strategic partnership"; after
    // "the" it is a noun, whatever the tagger says of "the rank of")
    if (k > i + 1 && tokens[k + 1]?.lower === 'of') for (k += 2; tokens[k]?.pos === 'DET'; ) k++;
    const level: string[] = [];
    for (; tokens[k] && isNominal(tokens[k]); k++) if (keys[k]) level.push(keys[k]!);
    if (level.length >= 2 && tokens[k - 1]?.pos === 'NOUN') return level;
  }
  return undefined;
}

/** Nouns "no" goes with in idioms that deny nothing: "no room for", "no doubt", "no wonder". */
const IDIOMS_OF_NO = new Set(['room', 'place', 'doubt', 'secret', 'wonder', 'need', 'longer', 'less', 'more', 'matter', 'way', 'one']);

/**
 * The things a sentence says there were none of, by key: the noun after "no" or "without (any)"
 * with its adjectives, as an object ("offered no public criticism of the visit", "passed without
 * any objection"). Idioms ("no room for", "no doubt") deny nothing.
 */
export function deniedThings(tokens: Token[], keys: ReadonlyArray<string | undefined>, negated: ReadonlySet<number>): Array<{ key: string; at: number }> {
  const out: Array<{ key: string; at: number }> = [];
  tokens.forEach((t, i) => {
    // (under a denial, "without" has: "had not left Russia without friends")
    // ("little" and "few" with no article before them deny the amount: "drew little criticism",
    // "few objections"; "a little", "the few" have some; before a plural "little" tells size: "little flags")
    const scant = /^(little|few|scant)$/.test(t.lower) && !/^(DET|PRON)$/.test(tokens[i - 1]?.pos ?? '');
    const opens = t.lower === 'no' || scant || (t.lower === 'without' && tokens[i + 1]?.pos !== 'VERB');
    if (!opens || negated.has(i)) return;
    let k = i + 1;
    if (t.lower === 'without') {
      if (tokens[k]?.pos === 'ADV') k++; // ("without even a joint statement")
      if (/^(any|a|an)$/.test(tokens[k]?.lower ?? '')) k++;
    }
    // (the tagger reads some adjectives as adverbs: "no clear public endorsement"; a participle
    // qualifies as an adjective does: "without a single signed agreement")
    while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV' || (isPastParticiple(tokens[k]) && tokens[k + 1]?.pos === 'NOUN')) k++;
    if (tokens[k]?.pos !== 'NOUN' || IDIOMS_OF_NO.has(tokens[k].lemma)) return;
    if (t.lower === 'little' && tokens[k].lower !== tokens[k].lemma) return;
    // (what there was none of is the compound's head: "no cooperation agreement")
    while (tokens[k + 1]?.pos === 'NOUN' && keys[k + 1]) k++;
    // (a thing had, not one doing: "no country should give him a platform" is a subject; but a
    // passive's subject is a thing done: "no joint statement was issued")
    if (/^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') && !isDoneTo(tokens, k + 1)) return;
    if (keys[k]) out.push({ key: keys[k]!, at: k });
  });
  // a word denied by a verb of not saying it: "refrained from criticising", "did not criticise"
  // (a verb of communication, as WordNet classes it: what a third party said or did not say)
  tokens.forEach((t, i) => {
    if (!NOT_DOING.test(t.lower) && !(/^(refrain|decline|fail|refuse|avoid)$/.test(t.lemma) && t.pos === 'VERB')) return;
    let k = i + 1;
    while (/^(from|to|publicly|openly|officially|even|really)$/.test(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'ADV') k++;
    if (tokens[k]?.pos === 'VERB' && keys[k] && relationsOf(tokens[k].lemma).verbClass === 'communication') out.push({ key: keys[k]!, at: k });
    // or its noun: "refrained from any public criticism"
    else if (t.pos === 'VERB' && /^(any|a|an)$/.test(tokens[k]?.lower ?? '')) {
      k++;
      while (tokens[k]?.pos === 'ADJ') k++;
      if (tokens[k]?.pos === 'NOUN' && keys[k] && !IDIOMS_OF_NO.has(tokens[k].lemma)) out.push({ key: keys[k]!, at: k });
    }
  });
  return out;
}
const NOT_DOING = /^(not|n't|never)$/;

/** A past participle: a verb not in its base form, nor in -ing ("signed", "written"). */
export const isPastParticiple = (t: Token | undefined) => !!t && t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing');

/**
 * A passive verb starts at `at`: auxiliaries, one of them a form of "be", then the participle
 * ("had been issued", "was signed"). A verb of reporting is no deed ("no casualties were reported").
 */
function isDoneTo(tokens: Token[], at: number): boolean {
  let k = at;
  while (tokens[k]?.pos === 'AUX') k++;
  const auxiliaries = tokens.slice(at, k);
  return k > at && auxiliaries.some((t) => PASSIVE_AUXILIARY.test(t.lower)) && tokens[k]?.pos === 'VERB' && !REPORTING_VERBS.has(tokens[k].lemma);
}
