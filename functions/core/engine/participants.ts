// Who did what: the doer of a verb, named by people and offices. "Putin was received at the
// airport by the Deputy Prime Minister" and "he was greeted at the airport by Foreign Minister
// X" tell of one reception by two different hosts: an `entity` conflict. The doer is read where
// English states it plainly, after "by" in the passive, or as the active subject of one of the
// profile's verbs of a host ("greeted", "received"); an active subject of "met" is one side of a
// meeting, not its host. The offices come from the watch profile.
import type { EntityMatcher, EntityMention } from './entities.ts';
import { PASSIVE_AUXILIARY } from './lexicon.ts';
import { transliterated, type Token } from './nlp.ts';
import { relationsOf } from './wordnet.ts';

export interface Agent {
  /** Token position of the verb. */
  at: number;
  /** Profile people and offices naming the doer (person ids, office names). */
  people: string[];
  offices: string[];
  /** Token range naming the doer. */
  from: number;
  to: number;
}

/** Tokens between a passive verb and its "by": "received on a red carpet by". */
const VERB_REACH = 6;
/** Tokens a doer's name and title may take. */
const DOER_REACH = 8;
const CLAUSE_END = /^([,;:.!?()]|that|which|who|whom|where|when|while|as|after|before)$/;

function doerIn(tokens: Token[], from: number, to: number, entities: EntityMention[], matcher: EntityMatcher, lowers: readonly string[]) {
  const people = new Set<string>();
  const offices = new Set<string>();
  // (an office in the plural is the office: "the presidents")
  const lemmas = tokens.map((t) => t.lemma);
  for (let k = from; k < to; k++) {
    const office = matcher.officeAt(lowers, k) ?? matcher.officeAt(lemmas, k);
    if (office) {
      offices.add(office.office);
      k += office.words.length - 1;
      // a person the profile does not know, named right after the title ("Deputy Prime Minister Ngo Van Binh")
      const name = unknownName(tokens, k + 1, entities);
      if (name) {
        people.add(name.name);
        k = name.end - 1;
      }
      continue;
    }
    const person = entities.find((e) => e.kind === 'person' && tokens[k].start >= e.start && tokens[k].end <= e.end);
    // (a known person by one part of the name: "Lam and Putin")
    const byName = tokens[k].pos === 'PROPN' && !person ? matcher.person(tokens[k].text) : undefined;
    // a person the profile does not know, whose family name a known one shares: "Tran Hong Ha" is not "Tran Thanh Man"
    const unknown = byName ? unknownName(tokens, k, entities) : undefined;
    if (unknown) {
      people.add(unknown.name);
      k = unknown.end - 1;
      continue;
    }
    if (person) people.add(person.id);
    else if (byName) people.add(byName.name.toLowerCase());
  }
  return { people: [...people], offices: [...offices] };
}

/** Two to four capitalised words at k that no entity covers: a person's name the profile lacks ("Tran Luu Quang"). */
function unknownName(tokens: Token[], k: number, entities: EntityMention[]): { name: string; end: number } | undefined {
  const covered = (t: Token) => entities.some((e) => t.start >= e.start && t.end <= e.end);
  let end = k;
  // (its first word a name; the next capitalised words, whatever the tagger made of them: "Tran Hong Ha")
  while (end < tokens.length && end < k + 4 && (tokens[end].pos === 'PROPN' || (end > k && tokens[end].pos !== 'PUNCT')) && /^\p{Lu}/u.test(tokens[end].text) && !covered(tokens[end])) end++;
  return end - k >= 2 ? { name: transliterated(tokens.slice(k, end).map((t) => t.lower.replace(/\.$/, '')).join(' ')), end } : undefined;
}

/**
 * Names that complete a doer cut off by a sentence break in the page ("… received by the Deputy
 * Prime Minister of Vietnam. Tran Hong Ha and a top party diplomat Le Hoai Trung."): a sentence
 * with no verb that names people, after one whose doer ends it.
 */
export function namesCompletingDoer(tokens: Token[], entities: EntityMention[]): string[] {
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return [];
  const names: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const name = unknownName(tokens, k, entities);
    if (name) {
      names.push(name.name);
      k = name.end - 1;
    }
  }
  return names;
}

/**
 * People named right after a title in common nouns ("a top party diplomat Le Hoai Trung"), by the
 * name (lower case, letters plain) and the title's words: what a text calls someone it gives no office.
 */
export function titledNames(tokens: Token[], entities: EntityMention[]): Array<{ name: string; title: string }> {
  const out: Array<{ name: string; title: string }> = [];
  for (let k = 1; k < tokens.length; k++) {
    const person = entities.find((e) => e.kind === 'person' && e.start === tokens[k].start);
    const name = person ? { name: person.id, end: tokens.findIndex((t) => t.start >= person.end) } : unknownName(tokens, k, entities);
    if (!name) continue;
    let from = k;
    while (from > 0 && /^(NOUN|ADJ)$/.test(tokens[from - 1].pos) && /^\p{Ll}/u.test(tokens[from - 1].text)) from--;
    // (a title is a noun of a person, as WordNet classes it: "the father of independence Ho Chi Minh" has none)
    if (from < k && tokens[k - 1].pos === 'NOUN' && relationsOf(tokens[k - 1].lemma).nounClass === 'person') out.push({ name: name.name, title: tokens.slice(from, k).map((t) => t.lower).join(' ') });
    if (name.end > k) k = name.end - 1;
  }
  return out;
}

/** The key of "signed", "signing": the verb the signers of documents are read at. */
export const SIGNING = 'sign';

/**
 * Who signed documents ("Lam and Putin signed around a dozen agreements", "Putin signed a
 * treaty with Kim"): the subject before "signed" in its clause and those it signed "with", when
 * what was signed is of the profile's class of agreements.
 */
function signersOf(tokens: Token[], at: number, entities: EntityMention[], matcher: EntityMatcher, lowers: readonly string[]): Agent | undefined {
  let end = at + 1;
  while (end < tokens.length && end <= at + DOER_REACH && !CLAUSE_END.test(lowers[end])) end++;
  const isAgreement = (o: Token | undefined) => o?.pos === 'NOUN' && matcher.topicClass(o.lemma, 'NOUN') === '=agreement';
  let start = at;
  while (start > 0 && at - start < DOER_REACH && !CLAUSE_END.test(lowers[start - 1]) && tokens[start - 1].pos !== 'VERB') start--;
  // what was signed, after the verb or before a relative clause: "the memorandums that Putin and
  // Trong signed", "the eleven memorandums he signed there with …"
  const relative = /^(that|which)$/.test(lowers[start - 1] ?? '') && isAgreement(tokens[start - 2]);
  const before = tokens.slice(start, at).findIndex(isAgreement);
  if (!relative && before < 0 && !tokens.slice(at + 1, end).some(isAgreement)) return undefined;
  // (the signers are named after what was signed: not "memorandums" itself)
  if (before >= 0) start += before + 1;
  const subject = doerIn(tokens, start, at, entities, matcher, lowers);
  const withAt = lowers.indexOf('with', at);
  const partner = withAt > 0 && withAt < end ? doerIn(tokens, withAt + 1, end, entities, matcher, lowers) : { people: [], offices: [] };
  const people = [...new Set([...subject.people, ...partner.people])];
  const offices = [...new Set([...subject.offices, ...partner.offices])];
  return people.length || offices.length ? { at, people, offices, from: start, to: at } : undefined;
}

/** The focus of a cleft ending just before `at`: "it was X who", "it is X that", as a token span. */
function cleftBefore(lowers: string[], at: number): [number, number] | undefined {
  if (!/^(who|that)$/.test(lowers[at - 1] ?? '')) return undefined;
  for (let k = at - 3; k >= Math.max(0, at - 2 - DOER_REACH); k--) if (lowers[k] === 'it' && /^(was|is|were)$/.test(lowers[k + 1])) return [k + 2, at - 1];
  return undefined;
}

/** The doers a sentence names with "by" after a passive verb ("was received … by the Deputy Prime Minister"). */
export function extractAgents(tokens: Token[], entities: EntityMention[], matcher: EntityMatcher): Agent[] {
  const lowers = tokens.map((t) => t.lower);
  const agents: Agent[] = [];
  tokens.forEach((t, at) => {
    if (t.pos !== 'VERB') return;
    // (an adverb may stand between: "was then welcomed", "is warmly received")
    let aux = at - 1;
    while (aux > 0 && tokens[aux].pos === 'ADV') aux--;
    const passive = PASSIVE_AUXILIARY.test(lowers[aux] ?? '');
    // the verb, a few words of place or manner, then "by" and the doer up to its clause's end
    let by = at + 1;
    while (by < tokens.length && by <= at + VERB_REACH && lowers[by] !== 'by' && !CLAUSE_END.test(lowers[by]) && tokens[by].pos !== 'VERB') by++;
    if (lowers[by] === 'by' && passive) {
      // "by" a thing is how, not who: "followed by meetings with the Prime Minister"
      let first = by + 1;
      while (first < tokens.length && /^(DET|ADJ|NUM)$/.test(tokens[first].pos)) first++;
      const person = entities.some((e) => e.kind === 'person' && tokens[first] && tokens[first].start >= e.start && tokens[first].end <= e.end);
      if (tokens[first]?.pos === 'NOUN' && !person && !matcher.officeAt(lowers, first)) return;
      let end = by + 1;
      while (end < tokens.length && end <= by + DOER_REACH && !CLAUSE_END.test(lowers[end]) && tokens[end].pos !== 'VERB') end++;
      const doer = doerIn(tokens, by + 1, end, entities, matcher, lowers);
      if (doer.people.length || doer.offices.length) agents.push({ at, ...doer, from: by + 1, to: end });
      return;
    }
    if (!passive && t.stem === SIGNING) {
      const signers = signersOf(tokens, at, entities, matcher, lowers);
      if (signers) agents.push(signers);
      return;
    }
    // the active subject of one of the profile's verbs of a host ("Foreign Minister X greeted
    // Putin"), or of meeting the guest, by a pronoun ("X met him at the airport"): the
    // doer is named before the verb in its clause
    const meetsGuest = t.lemma === 'meet' && /^(him|her)$/.test(lowers[at + 1] ?? '');
    if (passive || (!matcher.topicClass(t.lower, 'VERB') && !meetsGuest)) return;
    // the host receives a person ("greeted Putin", "welcomed the Russian president", "met him"),
    // not a thing ("received a declaration")
    let objectEnd = at + 1;
    while (objectEnd < Math.min(tokens.length, at + 5) && tokens[objectEnd].pos !== 'ADP' && !CLAUSE_END.test(lowers[objectEnd])) objectEnd++;
    const object = tokens.slice(at + 1, objectEnd);
    const guest =
      entities.some((e) => e.kind === 'person' && object.some((o) => o.start >= e.start && o.end <= e.end)) ||
      object.some((o, k) => /^(him|her|them)$/.test(o.lower) || !!matcher.officeAt(lowers, at + 1 + k)) ||
      object.some((o) => o.lower === 'leader' || o.lower === 'guest' || o.lower === 'delegation');
    // (welcoming the guest "to Hanoi" is hosting the whole visit, not a step of it: "Lam welcomed
    // Putin to Hanoi on a state visit")
    if (!guest || (lowers[objectEnd] === 'to' && tokens[objectEnd + 1]?.pos === 'PROPN')) return;
    let start = at;
    while (start > 0 && at - start < DOER_REACH && !CLAUSE_END.test(lowers[start - 1]) && tokens[start - 1].pos !== 'VERB') start--;
    // (a cleft puts the doer between "it was" and "who": "it was Foreign Minister X who greeted him")
    const [from, to] = cleftBefore(lowers, start) ?? [start, at];
    const doer = doerIn(tokens, from, to, entities, matcher, lowers);
    if (doer.people.length || doer.offices.length) agents.push({ at, ...doer, from, to });
  });
  return agents;
}
