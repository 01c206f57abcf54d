// Office holders, as titles and as events: "President To Lam", "the Secretary General of the
// Communist Party, Nguyen Phu Trong", "Party General Secretary and State President To Lam",
// "To Lam, who now heads the ruling Communist Party", "X was elected president", "the assembly
// elected X as the country's new state president", "congratulated him on his re-election as
// general secretary", "X succeeded Y". The offices and their phrasings come from the watch
// profile. A claim that names another holder of an office than the baseline does is a `role`
// conflict: the baseline is out of date, or the article is wrong.
import type { EntityMatcher, EntityMention } from './entities.ts';
import { BECOMES_OFFICE, COMBINES_OFFICES, HOLDING, HOLDS_OFFICE, INITIALS, isHonorific, isProspective, MONTHS, TAKING_OFFICE, WEEKDAYS } from './lexicon.ts';
import type { Token } from './nlp.ts';
import { phraseFinder } from './phrases.ts';

export interface RoleClaim {
  office: string;
  /** Held at the time the sentence tells of, not now ("who was then president"). */
  then?: true;
  /** The year the sentence dates the holding to ("became general secretary in 2011"), when it does. */
  dated?: number;
  /** Relevance group or place the office belongs to ("vietnam", "united states"); undefined when the sentence does not say. */
  country?: string;
  /** Canonical person name: lower case, no diacritics. */
  person: string;
}

/** An office held by a person a pronoun stands for, named before the sentence ("His first trip as party chief"). */
export type PronounRole = Omit<RoleClaim, 'person'>;
/** The holder a pronoun stands for when the sentence names no one before it. */
const UNNAMED = '\u0000';

/** "X succeeded Y": X now holds whatever office the baseline gives Y. */
export interface Succession {
  successor: string;
  predecessor: string;
}

const becomesOfficeAt = phraseFinder(BECOMES_OFFICE.map((c) => c.split(' ')), (c) => c);
export const NOT_CURRENT = new Set(['vice', 'deputy', 'former', 'ex', 'late', 'then', 'acting', 'first', 'assistant', 'interim', 'outgoing', 'previous']);
const HEADS = /^(heads|head|heading|leads|lead|leading|led|headed|runs|run|running|ran)$/;
/** The first word of an office that is a body's head, which someone is "at": "at the head of the party", "at the helm". */
const HEADS_OF_A_BODY = /^(head|helm|top)$/;
/** Taking charge of a body: "took charge of", "took over", "took the helm of" (then the body, as after "heads"). */
const TAKES_CHARGE = phraseFinder(
  ['take', 'takes', 'took', 'taken', 'taking', 'assume', 'assumes', 'assumed', 'assuming'].flatMap((verb) => [
    [verb, 'charge', 'of'], [verb, 'control', 'of'], [verb, 'the', 'helm', 'of'], [verb, 'the', 'reins', 'of'], [verb, 'over'],
    ...(/^ass/.test(verb) ? [[verb]] : []),
  ]),
  (c) => c,
);
/** The words after a body's "'s" that make it the body's head: "the party's top job". */
const TOP_POST = /^(top|highest|senior|leading)$/;
/** Verbs of being raised to a post ("elevated to the party's top job"), beside those of choosing. */
const RAISED = /^(elevated|promoted|raised)$/;
/** Verbs of rising to the top of a body: "moved to the top of the party". */
const RISES = /^(rise|move|climb|ascend)$/;
/** What of a body one takes charge of, standing for the body: "the work of", "the affairs of". */
const BODY_S_WORK = /^(work|affairs|activities|running)$/;
const POSTS = /^(posts?|jobs?|positions?|offices?|seats?|roles?)$/;
/** Verbs of an office going to its next holder: "the presidency passed to X", "went in October to X". */
const PASSES_TO = /^(passed|went|fell|transferred|handed|held)$/;
/** Verbs of handing an office over to someone: "handed the presidency to", "ceded the post to". */
const HANDS_OVER = new Set(['hand', 'pass', 'give', 'cede', 'transfer', 'surrender', 'relinquish', 'yield']);
/** Words an aside between an office and its verb may take: ", a largely ceremonial post,". */
const ASIDE_REACH = 7;
/** Verbs of taking someone's place: "X succeeded Y", "X replaced Y as president". */
const SUCCEEDS = new Set(['succeed', 'replace']);
/** Words saying a state holds now: "the president today is …", "is currently …". */
const NOW = /^(now|today|currently)$/;
/** Words that may stand between "as" and the office: "as the country's new state president". */
const OFFICE_LEAD_IN = /^(the|its|their|his|her|country|country's|nation|nation's|'s|’s|new|next|sole|party's|party|top|now|today|by|then|already|currently|still|both)$/;
const PRONOUNS = /^(him|her|his|he|she)$/;
/** The possessive's token after a name: "To Lam" "'s". */
const POSSESSIVE = /^['’]s$/;

/** Words opening a clause of time, cause or concession ("after Trong died", "because …"). */
const SUBORDINATORS = /^(after|before|when|since|until|while|because|although|though|once|if)$/;
/** Is token k in such a clause: one opens after the last clause break before it? */
function inSubordinateClause(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (SUBORDINATORS.test(tokens[j].lower)) return true;
    if (/^[,;:]$/.test(tokens[j].text) || tokens[j].lower === 'and' || tokens[j].lower === 'but') return false;
  }
  return false;
}
/** Phrases of BECOMES_OFFICE that only link a subject to an office: no change of holder. */
/** ("who was then the country's president": then, at the time the sentence tells of) */
const COPULAS = new Set(['is', 'is now', 'has been', 'remains', 'serves as', 'now serves as', 'was then']);
/**
 * Phrases that, like a copula, reach only an office right after them: "took the party helm", not
 * "took a message to the president"; "holds the presidency", not "holds talks with the president".
 */
const LINKS_ONLY = new Set([...COPULAS, ...HOLDS_OFFICE, ...COMBINES_OFFICES, 'took', 'takes', 'taken']);
/** Tokens an office's "of …" phrase may run to: "of the Central Committee of the Communist Party of Viet Nam". */
const OF_PHRASE_REACH = 14;
/** Verbs of choosing someone for an office, said actively: the chosen one follows. */
const CHOOSES = new Set(['elected', 're-elected', 'appointed', 'named', 'chosen', 'confirmed', 'elects', 'appoints', 'names', 'confirms', 'made', 'makes', 'make', 'elect', 'appoint']);
/** Words that open an aside between a subject and its verb. */
// (and a noun phrase set beside a name: "Luong Cuong, a four-star general who …, as state president")
const ASIDE_OPENERS = new Set(['who', 'which', 'whose', 'rather', 'not', 'instead', 'unlike', 'like', 'a', 'an', 'the']);

export const canonicalPerson = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();

const isNameToken = (t?: Token) => !!t && /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text) && t.pos !== 'PUNCT';

/** A capitalised name starting at i (up to four words), or undefined. */
function nameAt(tokens: Token[], i: number): { name: string; end: number } | undefined {
  let j = i;
  while (j < tokens.length && j < i + 4 && isNameToken(tokens[j]) && !/^(The|Of|And|In|On|At|For|Vietnam|Russia)$/.test(tokens[j].text)) j++;
  if (j === i) return undefined;
  // (a sentence's full stop can stay on its last word, "Tran Hong Ha."; an initial's, "J.", is the name's)
  return { name: tokens.slice(i, j).map((t) => t.text).join(' ').replace(/(\p{Lu}\p{Ll}+)\.$/u, '$1'), end: j };
}

/** The last name that ends at or before `before` within `reach` tokens. */
function nameBefore(tokens: Token[], before: number, reach: number): string | undefined {
  for (let end = before; end >= Math.max(0, before - reach); end--) {
    if (!isNameToken(tokens[end])) continue;
    let start = end;
    while (start > 0 && end - start < 3 && isNameToken(tokens[start - 1])) start--;
    return tokens.slice(start, end + 1).map((t) => t.text).join(' ');
  }
  return undefined;
}

/** How the profile's titles name an office heading a body, before the body's name: "head of the …", "leader of the …". */
const HEAD_OF_THE = [['head', 'of', 'the'], ['leader', 'of', 'the']];
/** The same, with or without the article: a body led in the passive is named from after its determiner ("its", "whose"). */
const HEAD_OF_WITH_OR_WITHOUT_THE = HEAD_OF_THE.flatMap((lead) => [lead, lead.slice(0, -1)]);

/**
 * The office heading the body that `words` name from their start ("communist party …" → party
 * general secretary), tried after each lead-in in turn, with how many of `words` the body takes;
 * `fits` may turn down a reading by the body's length.
 */
function headOfBody(matcher: EntityMatcher, words: readonly string[], leads: readonly string[][], fits: (bodyWords: number) => boolean = () => true) {
  for (const lead of leads) {
    const office = matcher.officeAt([...lead, ...words], 0);
    if (office && office.words.length > lead.length && fits(office.words.length - lead.length)) return { office: office.office, bodyWords: office.words.length - lead.length };
  }
  return undefined;
}

/** A rank or courtesy title before a name: "General Luong Cuong", "Mr Lam". */
const RANK_OR_COURTESY = /^(general|gen\.?|comrade|mr|mrs|ms)$/;

/** Words a tenure after an office may run to: "since October 2024". */
const TENURE_REACH = 5;

/**
 * The sentence's office holders and successions. `found` is what the entity matcher found in the
 * sentence, with offsets into `sentenceText`.
 */
export function extractRoles(
  tokens: Token[],
  sentenceText: string,
  sentenceStart: number,
  matcher: EntityMatcher,
  found: EntityMention[],
): { roles: RoleClaim[]; successions: Succession[]; byPronoun: PronounRole[]; succeedsPronoun: string[] } {
  const lowers = tokens.map((t) => t.lower);
  const out: RoleClaim[] = [];
  const people = found.filter((e) => e.kind === 'person');
  const places = found.filter((e) => e.kind === 'country' || e.kind === 'place' || e.kind === 'organisation');
  const countryNear = (from: number, to: number): string | undefined => {
    if (from >= to) return undefined;
    const [start, end] = [tokens[from].start - sentenceStart, tokens[to - 1].end - sentenceStart];
    const last = places.filter((e) => e.start >= start && e.end <= end).at(-1);
    return last ? (last.group ?? last.id) : undefined;
  };
  /** The profile's person a written name is, also with a rank before it ("General Luong Cuong"). */
  const known = (name: string) => profileNamed(name, matcher.person);
  /** The profile's person of a country outside the watch a written name is ("Trump"). */
  const outsider = (name: string) => profileNamed(name, matcher.outsider);
  function profileNamed<T>(name: string, lookup: (name: string) => T | undefined): T | undefined {
    const words = name.split(' ');
    for (let k = 0; k < words.length; k++) {
      const p = lookup(words.slice(k).join(' '));
      // a surname alone names someone after a courtesy title ("Mr Lam") or initials ("V.V. Putin"), not after a rank or name
      if (p && (k === 0 || words.length - k >= 2 || isHonorific(words[k - 1]) || words.slice(0, k).every((w) => INITIALS.test(w)))) return p;
    }
    return undefined;
  }
  /** A name that can hold an office: a profile person, or two or more capitalised words that name no place or body. */
  // a name of two words or more, opening with no article, none of them a date's ("October Russia")
  // nor a place's or body's
  const placeOrBody = (word: string) => found.some((e) => e.kind !== 'person' && sentenceText.slice(e.start, e.end).split(/\s+/).includes(word));
  const holderName = (name: string) =>
    !!known(name) ||
    !!outsider(name) ||
    (name.split(' ').length >= 2 &&
      !/^(the|a|an|this|that|its|their)$/i.test(name.split(' ')[0]) && // "The Party Central Committee" is a body, not a name
      matcher.officeAt(name.toLowerCase().split(' '), 0)?.words.length !== name.split(' ').length && // nor is "General Secretary"
      !name.split(' ').some((w) => MONTHS.includes(w.toLowerCase()) || WEEKDAYS.includes(w.toLowerCase()) || placeOrBody(w)) &&
      !found.some((e) => e.kind !== 'person' && e.end - e.start >= name.length - 3 && sentenceText.slice(e.start, e.end).startsWith(name.slice(0, e.end - e.start))));
  /** The year an office phrase ending before token `at` is dated to: "became general secretary in 2011", "president from 2018". */
  const datedAfter = (at: number | undefined) => {
    if (at === undefined) return undefined;
    for (let k = at; k < Math.min(tokens.length - 1, at + 3); k++) {
      if (lowers[k] !== 'in' && lowers[k] !== 'from') continue;
      const year = [tokens[k + 1], tokens[k + 2]].find((t) => t && /^(19|20)\d\d$/.test(t.lower));
      if (year) return Number(year.lower);
    }
    return undefined;
  };
  // offices held by a pronoun the sentence names no one for ("His first trip as party chief …"):
  // the article's sentence before says who (index.ts)
  const byPronoun: PronounRole[] = [];
  const push = (office: string, person: string, country: string | undefined, officeEnd?: number, then = false) => {
    const dated = datedAfter(officeEnd);
    if (person === UNNAMED) {
      byPronoun.push({ office, ...(country ? { country } : {}), ...(dated ? { dated } : {}) });
      return;
    }
    if (!holderName(person)) return; // "Wednesday", "the Politburo": not a holder
    if (matcher.namesAPlace(person)) return; // "the mausoleum of President Ho Chi Minh": a city's namesake
    const who = known(person);
    const outside = who ? undefined : outsider(person);
    const canonical = canonicalPerson(who?.name ?? outside?.name ?? person);
    if (canonical) out.push({ office, person: canonical, country: country ?? who?.group ?? outside?.country, ...(dated ? { dated } : {}), ...(then ? { then } : {}) });
  };
  /** Token t is in the name of a place or body. */
  const inPlace = (t: Token) => places.some((e) => e.start <= t.start - sentenceStart && t.end - sentenceStart <= e.end);
  /** A mention's words without the possessive it may carry ("To Lam's"). */
  const textOf = (p: { start: number; end: number }) => sentenceText.slice(p.start, p.end).replace(/['’]s$/, '');
  /** The person a pronoun at token i stands for: the last person the sentence named before it, else someone named before the sentence. */
  const antecedent = (i: number) => {
    const at = tokens[i].start - sentenceStart;
    const named = people.filter((p) => p.end <= at);
    // (not one named in a clause of time or cause: "Lam took over after Trong died, and the congress gave him a second term")
    const before = named.filter((p) => !inSubordinateClause(tokens, tokens.findIndex((t) => t.start - sentenceStart >= p.start))).at(-1) ?? named.at(-1);
    return before ? textOf(before) : UNNAMED;
  };
  /**
   * Whom a pronoun at token i stands for besides `than` (its sentence's subject): the last person
   * named before `than` is, not in an aside after it ("To Lam, Putin's host, succeeded him"); else UNNAMED.
   */
  const otherNamedBefore = (i: number, than: string | undefined) => {
    const same = (p: EntityMention) => !!than && canonicalPerson(p.id) === canonicalPerson(known(than)?.name ?? than);
    const limit = people.find(same)?.start ?? tokens[i].start - sentenceStart;
    const other = people.filter((p) => p.end <= limit && !same(p)).at(-1);
    return other ? other.id : UNNAMED;
  };
  /** The first token after the titles that open a name at `at`: "General Secretary Nguyen Phu Trong", "Gen. Luong Cuong". */
  const pastTitles = (at: number) => {
    while (at < tokens.length) {
      const title = matcher.officeAt(lowers, at);
      if (!title && !RANK_OR_COURTESY.test(lowers[at])) break;
      at += title?.words.length ?? 1;
    }
    return at;
  };
  /** A person named at token i: a profile person (whatever its spelling), else capitalised words. */
  const personAt = (i: number) => {
    const at = tokens[i]?.start - sentenceStart;
    const p = people.find((e) => e.start === at);
    if (p) return { name: textOf(p), end: tokens.findIndex((t) => t.start - sentenceStart >= p.end) >>> 0 };
    return nameAt(tokens, i);
  };
  /** The person named last before token `before` (inclusive) within `reach` tokens, or the one a pronoun there stands for. */
  const personBefore = (before: number, reach: number): string | undefined => {
    let from = Math.max(0, before - reach);
    for (let k = before; k >= from; k--) {
      // the subject stands before an aside: "To Lam, rather than Trong, now heads …", "Lam, who hosted Putin, has since become …"
      if (lowers[k] === ',') {
        const open = lowers.lastIndexOf(',', k - 1);
        const opener = lowers[open + 1] === 'and' || lowers[open + 1] === 'but' ? lowers[open + 2] : lowers[open + 1]; // ", and not Trong,"
        // (or a possessive phrase: "To Lam, Putin's host as state president, succeeded him")
        if (open > 0 && (ASIDE_OPENERS.has(opener) || POSSESSIVE.test(lowers[open + 2] ?? ''))) {
          from = Math.max(0, from - (k - open));
          k = open;
          continue;
        }
      }
      if (PRONOUNS.test(lowers[k] ?? '')) return antecedent(k);
      // "X, who is now focused on leading the party": the one a relative "who" is said of
      if (lowers[k] === 'who' && k > 0) return personBefore(lowers[k - 1] === ',' ? k - 2 : k - 1, 3);
      const at = tokens[k].end - sentenceStart;
      const p = people.find((e) => e.end === at);
      // (the one "by" names just before "as" chose, not holds: "X was confirmed by the National
      // Assembly as foreign minister"; "held by To Lam, who took over as party chief" is a holder)
      const chooser = (from: number) => lowers[k + 1] === 'as' && (lowers[from - 1] === 'by' || (lowers[from - 1] === 'the' && lowers[from - 2] === 'by'));
      if (p && !chooser(tokens.findIndex((t) => t.start - sentenceStart >= p.start))) return textOf(p);
      if (!p && isNameToken(tokens[k]) && !people.some((e) => e.start <= tokens[k].start - sentenceStart && tokens[k].end - sentenceStart <= e.end)) {
        const name = nameBefore(tokens, k, 0);
        // (a name after "the" is a body's: "until the National Assembly elected him")
        const body = lowers[k - (name?.split(' ').length ?? 0)] === 'the';
        if (name && holderName(name) && !chooser(k - name.split(' ').length + 1) && !body) return name;
      }
    }
    return undefined;
  };

  /**
   * The sentence's first person, when only appositions stand between them and the cue at `cueAt`,
   * no verb: "General Luong Cuong, Politburo member and …, was elected president". (The cue's own
   * auxiliary, "was" of "was elected", may stand just before it.)
   */
  const subjectPastAppositions = (cueAt: number): string | undefined => {
    const first = people[0];
    const afterFirst = first ? tokens.findIndex((t) => t.start - sentenceStart >= first.end) : -1;
    if (!first || afterFirst < 0 || afterFirst >= cueAt || lowers[afterFirst] !== ',') return undefined;
    const verbBetween = tokens.slice(afterFirst, cueAt).some((t, k) => t.pos === 'VERB' || (t.pos === 'AUX' && afterFirst + k < cueAt - 1));
    return verbBetween ? undefined : textOf(first);
  };

  /** A word of what is yet to happen ("expected", "plans", "will") in the words from 12 before the verb at v up to `end`. */
  const foreseesUpTo = (v: number, end: number) => tokens.slice(Math.max(0, v - 12), end).some(isProspective);
  /** A holding foreseen is no holding yet: the verb at v is "to be confirmed" after "expected", "likely", "set" … */
  const foreseenAt = (v: number) => v >= 2 && lowers[v - 1] === 'be' && lowers[v - 2] === 'to' && foreseesUpTo(v, v - 2);
  /** The verb before "as" at k is foreseen: "expect Lam to succeed him as party chief". */
  const foreseenBefore = (k: number) => {
    let v = k - 1;
    while (v > 0 && k - v < 5 && tokens[v].pos !== 'VERB') v--;
    return foreseenAt(v) || (lowers[v - 1] === 'to' && foreseesUpTo(v, v - 1));
  };

  /** The word before the office word at i, past a hyphen and name words ("then-Russian president"), that qualifies it. */
  const qualifier = (i: number) => {
    for (let d = 1; d <= 3 && i - d >= 0; d++) {
      if (NOT_CURRENT.has(lowers[i - d])) return d;
      if (lowers[i - d] !== '-' && !isNameToken(tokens[i - d])) return 0;
    }
    return 0;
  };

  /**
   * Token k is a word of a capitalised name that owns the office after it, of the body the office
   * names ("the Communist Party's general secretary" for the party's): a lead-in word. (Another
   * body's office is not the watch's: "Elena Varga, AfDEN's secretary-general".)
   */
  const inPossessiveName = (k: number, office: string) => {
    const officeWords = office.split(' ');
    for (let m = k; m < Math.min(tokens.length, k + 4); m++) {
      if (POSSESSIVE.test(lowers[m])) return m > k && lowers.slice(k, m).some((w) => officeWords.includes(w));
      // (the body's own word may stay lower case: "the Communist party's")
      if (!isNameToken(tokens[m]) && !officeWords.includes(lowers[m])) return false;
    }
    return false;
  };

  /** The comma opening an apposition whose office ends at `end`, past its lead-in words ("…, then the country's president"); -1 if none. */
  const appositionBefore = (end: number) => {
    for (let o = end - 1; o >= Math.max(0, end - 6); o--) {
      const office = matcher.officeAt(lowers, o);
      if (office?.words.length !== end - o) continue;
      let c = o - 1;
      while (c >= 0 && (OFFICE_LEAD_IN.test(lowers[c]) || inPossessiveName(c, office.office))) c--;
      return lowers[c] === ',' ? c : -1;
    }
    return -1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const phrase = matcher.officeAt(lowers, i);
    if (!phrase) continue;
    let after = i + phrase.words.length;
    // (an office of a body an acronym before it names, one the profile does not know: "UN
    // Secretary-General Antonio Guterres", "NATO Secretary General …" hold no office of the watch)
    const acronym = tokens[i - 1];
    const ofAnotherBody = !!acronym && /^\p{Lu}{2,6}$/u.test(acronym.text) && ![...places, ...people].some((e) => e.start <= acronym.start - sentenceStart && acronym.end - sentenceStart <= e.end);
    // "former president", "acting president": not held now; "the then president X": held at the time
    // the sentence tells of ("by then general secretary" is held later, so now)
    const qualified = qualifier(i);
    const then = qualified > 0 && lowers[i - qualified] === 'then';
    if ((qualified > 0 && !then) || ofAnotherBody) {
      i = after - 1;
      continue;
    }
    const heldThen = then && lowers[i - qualified - 1] !== 'by';
    // "Party General Secretary and State President To Lam": one name, two offices. (Offices
    // joined by a comma are one name's only in a list going on: "the Russian President, Party
    // General Secretary Nguyen Phu Trong" names Trong's office alone.)
    const offices = [phrase.office];
    const listed = (at: number) => {
      const next = matcher.officeAt(lowers, at + 1);
      return !!next && (lowers[at] === 'and' || (lowers[at] === ',' && /^(and|,)$/.test(lowers[at + 1 + next.words.length] ?? '')));
    };
    while (listed(after)) {
      const next = matcher.officeAt(lowers, after + 1)!;
      offices.push(next.office);
      after += 1 + next.words.length;
    }
    // The country: "Vietnamese President …", else the person's own (below), else "… of Vietnam".
    // (only a place joined to the title, "Vietnam's", "the Vietnamese": not a dateline's place,
    // "MOSCOW — General Secretary …", nor a trip's, "first to Russia as party leader")
    let from = i;
    while (from > Math.max(0, i - 3) && (inPlace(tokens[from - 1]) || /^(['’]s|the|new)$/.test(lowers[from - 1]))) from--;
    let country = countryNear(from, i);
    // "President To Lam", "Secretary General of the Communist Party, Nguyen Phu Trong"
    let j = after;
    if (lowers[j] === 'of') {
      // "of the Socialist Republic of Viet Nam To Lam": the body or country, up to the name or a comma
      // (a verb or another office ends it: "the President of Russia met with the Prime Minister Pham Minh Chinh")
      while (j < tokens.length && j < after + OF_PHRASE_REACH && !/^[,;:.]$/.test(lowers[j]) && !/^(VERB|AUX)$/.test(tokens[j].pos) && !matcher.officeAt(lowers, j) && !people.some((p) => p.start === tokens[j].start - sentenceStart)) j++;
      country ??= countryNear(after, j);
    }
    const phraseEnd = j; // after the office and its "of …"
    // (a fact box's "State president: Luong Cuong", a table row's "State President | Luong Cuong",
    // names the holder in the next cell, as after a comma)
    if (lowers[j] === ',' || (/^[:|]$/.test(lowers[j]) && j === after)) j++;
    // "Vietnam's president is now Luong Cuong", "its head of state today is …": the office, then who holds it
    // ("the general secretary has been To Lam since August": has been, and is)
    const copula = j === after && NOW.test(lowers[j]) ? j + 1 : j;
    const perfect = lowers[copula] === 'has' && lowers[copula + 1] === 'been';
    const linked = (/^(is|became|remains)$/.test(lowers[copula]) || perfect) && j === after;
    if (linked) j = copula + (perfect ? 1 : 0) + (NOW.test(lowers[copula + (perfect ? 2 : 1)]) ? 2 : 1);
    // (after a comma, another office opens another holder's title: "the Russian President, Party General Secretary Trong")
    const found = lowers[j - 1] === ',' && matcher.officeAt(lowers, j) ? undefined : personAt(j);
    // "President Ho Chi Minh's Mausoleum", "Ho Chi Minh City": a place named after a holder
    const name = found && !(POSSESSIVE.test(lowers[found.end] ?? '') && /^\p{Lu}/u.test(tokens[found.end + 1]?.text ?? '')) ? found : undefined;
    // the name right after the office, after "is now", after a comma, or after the office's "of …" phrase
    const ofPhrase = lowers[after] === 'of' && lowers[j - 1] !== ',' && people.some((p) => p.start === tokens[j]?.start - sentenceStart);
    // (a name right after the word for the office itself, "the presidency Lam vacated", is no title's:
    // English makes that word with -cy or -ship, presidency, premiership, leadership)
    const officeItself = j === after && /(cy|ship)$/.test(lowers[after - 1]);
    if (name && !officeItself && (j === after || linked || ofPhrase || /^[,:|]$/.test(lowers[j - 1]))) {
      for (const office of offices) push(office, name.name, country, undefined, heldThen);
      i = name.end - 1;
      continue;
    }
    // "the presidency passed to X", "the party leadership then went in October to General X": the
    // office is the subject, and the one it goes to holds it
    // (past an aside: "the state presidency, a largely ceremonial post, went in October to …")
    const aside = lowers[phraseEnd] === ',' ? lowers.indexOf(',', phraseEnd + 1) : -1;
    const verbFrom = aside > phraseEnd && aside - phraseEnd <= ASIDE_REACH ? aside + 1 : phraseEnd;
    const passes = verbFrom + lowers.slice(verbFrom, verbFrom + 3).findIndex((w) => PASSES_TO.test(w));
    // ("the state presidency has been held by Luong Cuong": held by the one after "by")
    const to = passes >= verbFrom ? lowers.indexOf(lowers[passes] === 'held' ? 'by' : 'to', passes) : -1;
    if (passes >= verbFrom && to > passes && to - passes <= 6) {
      let at = to + 1;
      // (what is held "by the …" is held by a body: "held by the National Assembly's choice")
      const titleWord = (w: string) => RANK_OR_COURTESY.test(w) || (w === 'the' && lowers[passes] !== 'held');
      while (at < tokens.length && titleWord(lowers[at]) && !people.some((p) => p.start === tokens[at].start - sentenceStart)) at++;
      const holder = personAt(at);
      if (holder) for (const office of offices) push(office, holder.name, country, after, heldThen);
      i = after - 1;
      continue;
    }
    // "Lam has handed the presidency to Luong Cuong", "passed over the party leadership to …": the
    // office the object of a verb of handing over, and the one it is handed to holds it
    // (the office named as a post: "handed his post of general secretary to To Lam")
    const asPost = /^(post|position|office|job)$/.test(lowers[from - 2] ?? '') && lowers[from - 1] === 'of' ? from - 2 - (/^(his|her|its|the|their)$/.test(lowers[from - 3] ?? '') ? 1 : 0) : from;
    const handing = lowers[asPost - 1] === 'over' ? asPost - 2 : asPost - 1;
    const handedTo = lowers[phraseEnd] === 'over' ? phraseEnd + 1 : phraseEnd;
    if (tokens[handing]?.pos === 'VERB' && HANDS_OVER.has(tokens[handing].lemma) && lowers[handedTo] === 'to' && !foreseesUpTo(handing, handing)) {
      const holder = personAt(handedTo + 1);
      if (holder) for (const office of offices) push(office, holder.name, country, after, heldThen);
      i = after - 1;
      continue;
    }
    // "… as (the country's new) OFFICE": the holder is named before "as", or is the pronoun of
    // "his election as" and so the person named before it.
    let k = i - 1;
    // "as the country's new", "as Vietnam's": lead-in words and the country whose office it is
    while (k >= 0 && (OFFICE_LEAD_IN.test(lowers[k]) || inPlace(tokens[k]) || inPossessiveName(k, phrase.office))) k--;
    // "as well as OFFICE" adds an office to the one before it
    if (lowers[k] === 'as' && lowers[k - 1] === 'well' && lowers[k - 2] === 'as') k -= 2;
    // "his election to the post of OFFICE", "appointed to the position of": "to the post of" is "as"
    // (or "into the office of": "voted General Luong Cuong into the office of state president")
    const post = lowers[k] === 'of' && /^(post|position|office|rank|role)$/.test(lowers[k - 1] ?? '') ? (/^(to|into)$/.test(lowers[k - 2]) ? k - 2 : lowers[k - 2] === 'the' && /^(to|into)$/.test(lowers[k - 3]) ? k - 3 : -1) : -1;
    if (post > 0) k = post;
    // ("voted X into the presidency": "into" brings the one before it into office, as "as" does;
    // so does "at" the office of a body's head: "put To Lam at the head of the Communist Party")
    const atTheHead = lowers[k] === 'at' && HEADS_OF_A_BODY.test(lowers[i]);
    if ((lowers[k] === 'as' || lowers[k] === 'into' || atTheHead || k === post) && k > 0) {
      if (foreseenAt(k - 1) || foreseenBefore(k)) {
        i = after - 1;
        continue;
      }
      // ("Trong was succeeded as general secretary by To Lam": a passive succession's office is
      // the successor's, named after "by")
      const by = lowers[phraseEnd] === 'by' ? phraseEnd : lowers[phraseEnd - 1] === 'by' ? phraseEnd - 1 : -1;
      const passive = by > 0 && SUCCEEDS.has(tokens[k - 1]?.lemma ?? '') && /^(was|were|been|is|be|being)$/.test(lowers[k - 2] ?? '');
      const person = passive ? personAt(by + 1)?.name : personBefore(TAKING_OFFICE.has(lowers[k - 1]) ? k - 2 : k - 1, 20);
      if (person) for (const office of offices) push(office, person, country, after, heldThen);
      i = after - 1;
      continue;
    }
    // "To Lam, the party's general secretary,", "Luong Cuong, Vietnam's president,": an office in
    // apposition names the person just before it
    // an apposition is closed: "X, the Russian president, said"; "…, the Russian president won" is a subject
    // (or closed after the tenure it gives: "Luong Cuong, Vietnam's head of state since October, met …")
    const tenureEnd = lowers[phraseEnd] === 'since' ? lowers.slice(phraseEnd, phraseEnd + TENURE_REACH).findIndex((w) => /^[,.;:)]$/.test(w)) : -1;
    const closeAt = tenureEnd > 0 ? phraseEnd + tenureEnd : phraseEnd;
    const closed = closeAt >= tokens.length || /^[,.;:)]$/.test(lowers[closeAt]) || lowers[closeAt] === 'and';
    // (a second office of the same apposition, after "and": "To Lam, then president and now general secretary")
    const comma = lowers[k] === 'and' ? appositionBefore(k) : k;
    const apposed = lowers[comma] === ',' && closed ? personBefore(comma - 1, 4) : undefined;
    if (apposed) {
      for (const office of offices) push(office, apposed, country, after, heldThen);
      i = after - 1;
      continue;
    }
    // "X, the new president", "X was elected general secretary", "X now holds the post of general secretary"
    const windowStart = Math.max(0, i - 12);
    const cueAt = (() => {
      for (let c = i - 1; c >= windowStart; c--) {
        if (becomesOfficeAt(lowers, c)) return c;
        if (lowers[c] === 'new' && lowers[c - 1] === 'the') return c - 1;
      }
      return -1;
    })();
    // (a post, however described, named before the office it is: "holds the most powerful post, general secretary")
    const namesAPost = cueAt >= 0 && tokens.slice(cueAt, i).some((t) => POSTS.test(t.lower));
    const namesThePost = (t: Token) => namesAPost && (POSTS.test(t.lower) || t.text === ',' || t.pos === 'ADJ' || t.pos === 'ADV');
    // a copula links its subject to the office only when nothing but lead-in words stands between
    // ("X is now Vietnam's president"), not to any office later in its clause ("X is expected to
    // hold talks with the Vietnamese president")
    const cue = cueAt >= 0 ? becomesOfficeAt(lowers, cueAt) : undefined;
    // (nor to an office that owns what follows: "is the president's adviser"; a possessive closing
    // the office's "of" phrase is its body's: "general secretary of the party's Central Committee")
    const ownsWhatFollows = POSSESSIVE.test(lowers[after] ?? '') && !lowers.slice(i, after).includes('of');
    const linksToOffice =
      !ownsWhatFollows &&
      (!(cue && LINKS_ONLY.has(cue.join(' '))) || tokens.slice(cueAt + cue!.length, i).every((t) => OFFICE_LEAD_IN.test(t.lower) || /^(a|an|also|still|of)$/.test(t.lower) || inPlace(t) || namesThePost(t)));
    if (cueAt >= 0 && linksToOffice && !foreseenAt(cueAt)) {
      // an active choosing verb takes the holder as its object: "the committee named To Lam its
      // general secretary", "lawmakers elected Luong Cuong president"; otherwise the subject holds it
      const object = cue && CHOOSES.has(lowers[cueAt]) && cue.length === 1 ? personAt(cueAt + 1) : undefined;
      // "Luong Cuong, whom the assembly elected president": the one "whom" stands for, not the chooser
      const whom = cue && CHOOSES.has(lowers[cueAt]) ? lowers.lastIndexOf('whom', cueAt) : -1;
      const chosen = whom > 0 && cueAt - whom <= 6 ? personBefore(lowers[whom - 1] === ',' ? whom - 2 : whom - 1, 3) : undefined;
      // (past a rank before the name: "elected General Luong Cuong president")
      const named = cue && CHOOSES.has(lowers[cueAt]) && cue.length === 1 ? people.find((p) => p.start >= tokens[cueAt + 1].start - sentenceStart && p.end <= tokens[i].start - sentenceStart) : undefined;
      const person = object && object.end <= i ? object.name : named ? textOf(named) : chosen ?? personBefore(cueAt - 1, 6) ?? subjectPastAppositions(cueAt);
      if (person) for (const office of offices) push(office, person, country, after, cue?.join(' ') === 'was then' || heldThen);
    }
    i = after - 1;
  }

  // "X, who now heads the ruling party": heading a body is holding the office the profile calls
  // "head of the party" (or "leader of …"), whatever adjectives stand before the body's name
  // So is taking charge of it, or of its top post: "took charge of the Communist Party", "assumed
  // the party's top job".
  for (let i = 0; i < tokens.length; i++) {
    // (not the noun after an article: "the head of the Communist Party, Nguyen Phu Trong" names its holder after it)
    const holds = HOLDING.has(tokens[i].lemma) && tokens[i].pos === 'VERB';
    // (or handing its top post to someone: "handed the top party job to To Lam")
    const hands = tokens[i].pos === 'VERB' && HANDS_OVER.has(tokens[i].lemma);
    const takesCharge = TAKES_CHARGE(lowers, i);
    // (or taking it: "took the party's top job")
    const takes = tokens[i].pos === 'VERB' && tokens[i].lemma === 'take' && !takesCharge;
    // (or being chosen or raised to it: "was elected to the party's top post", "elevated to the top party job")
    const chosenTo = tokens[i].pos === 'VERB' && (CHOOSES.has(lowers[i]) || RAISED.test(lowers[i])) && lowers[i + 1] === 'to';
    // (or rising to the top of the body: "had moved to the top of the party", "rose to the top of the Communist Party")
    const risesToTop = tokens[i].pos === 'VERB' && RISES.test(tokens[i].lemma) && lowers[i + 1] === 'to' && lowers[i + 2] === 'the' && lowers[i + 3] === 'top' && lowers[i + 4] === 'of';
    // (or rising to its top post: "moved up to the party's top job", "rose to the top party post")
    const risesTo = !risesToTop && tokens[i].pos === 'VERB' && RISES.test(tokens[i].lemma) && (lowers[i + 1] === 'to' || (lowers[i + 1] === 'up' && lowers[i + 2] === 'to'));
    const lead = risesToTop ? 5 : chosenTo ? 2 : risesTo ? (lowers[i + 1] === 'up' ? 3 : 2) : (HEADS.test(lowers[i]) || holds || hands || takes) && !/^(the|a|an)$/.test(lowers[i - 1] ?? '') ? 1 : (takesCharge?.length ?? 0);
    // ("would take charge of the party", "is expected to lead it": not yet)
    if (!lead || tokens.slice(Math.max(0, i - 3), i).some(isProspective)) continue;
    let start = lowers[i + lead] === 'the' ? i + lead + 1 : i + lead;
    // (taking charge of a body's work is of the body: "to take charge of the work of the Party Central Committee")
    if (takesCharge && BODY_S_WORK.test(lowers[start] ?? '') && lowers[start + 1] === 'of') start += lowers[start + 2] === 'the' ? 3 : 2;
    // (past the country whose body it is: "has led Vietnam's ruling Communist Party")
    // (not the body's own, before its top post: "the Party's top post")
    if (POSSESSIVE.test(lowers[start + 1] ?? '') && tokens[start]?.pos === 'PROPN' && !TOP_POST.test(lowers[start + 2] ?? '')) start += 2;
    let office: { office: string } | undefined;
    let postEnd = -1;
    for (let j = start; j <= start + 2 && !office; j++) {
      const phrase = headOfBody(matcher, lowers.slice(j), HEAD_OF_THE);
      // the body heads nothing when it only owns what follows ("the party's anti-graft campaign"),
      // unless that is its top post
      const next = j + (phrase?.bodyWords ?? 0);
      // (nor when it names a kind of what follows: "the party delegation")
      const possessive = POSSESSIVE.test(lowers[next] ?? '');
      // (its top post after its possessive, "the party's top job", or around it, "the top party job")
      const topAfter = possessive && TOP_POST.test(lowers[next + 1] ?? '') && POSTS.test(lowers[next + 2] ?? '');
      const topAround = TOP_POST.test(lowers[j - 1] ?? '') && POSTS.test(lowers[next] ?? '');
      const topPost = topAfter || topAround;
      const owned = !topPost && (possessive || tokens[next]?.pos === 'NOUN');
      // (holding, taking or handing over is of the body's top post, never of the body: "holds the party's top job")
      if (phrase && !owned && (!(holds || hands || takes || chosenTo || risesTo) || topPost)) [office, postEnd] = [phrase, topAfter ? next + 3 : next + 1];
      if (/^\p{Lu}/u.test(tokens[j]?.text ?? '')) break; // the body's name has begun
    }
    if (!office) continue;
    // (one handed the post is named after "to")
    const person = hands ? (lowers[postEnd] === 'to' && !foreseesUpTo(i, i) ? personAt(postEnd + 1)?.name : undefined) : personBefore(i - 1, 5);
    if (person) push(office.office, person, known(person)?.group ?? countryNear(i + 1, Math.min(tokens.length, i + 6)));
  }
  // "the Communist Party has been led since August by To Lam", "the foreign ministry, led by X":
  // a body led or headed by someone, in the passive, has them as its head
  for (let i = 1; i < tokens.length; i++) {
    if (!/^(led|headed)$/.test(lowers[i])) continue;
    let e = i - 1;
    while (e > 0 && (NOW.test(lowers[e]) || /^(is|was|are|were|been|being|has|have|had|,)$/.test(lowers[e]))) e--;
    if (tokens.slice(e + 1, i).every((t) => NOW.test(t.lower)) || tokens.slice(Math.max(0, i - 3), i).some(isProspective)) continue;
    // the body ends before the verb, or before the country it is "of" ("the Communist Party of
    // Vietnam"); it is named whole after a determiner ("the welcome party" is no party's)
    let body: { office: string } | undefined;
    let bodyStart = -1;
    for (let b = e; b >= Math.max(0, e - 5) && !body; b--) {
      if (b > 0 && !/^(the|its|their|whose|['’]s)$/.test(lowers[b - 1])) continue;
      const words = lowers.slice(b, e + 1);
      body = headOfBody(matcher, words, HEAD_OF_WITH_OR_WITHOUT_THE, (n) => [undefined, 'of'].includes(words[n]));
      bodyStart = b;
    }
    if (!body) continue;
    // the holder after "by", past a tenure ("since August") and the title before the name
    const by = lowers.slice(i + 1, i + 6).indexOf('by');
    if (by < 0 || tokens.slice(i + 1, i + 1 + by).some((t) => t.pos === 'VERB' || t.text === ',')) continue;
    const holder = personAt(pastTitles(i + 2 + by));
    if (holder) push(body.office, holder.name, countryNear(Math.max(0, bodyStart - 2), e + 1));
  }
  // "X succeeded Y", "X, who succeeded the late Y", "X replaced Y", "X took over from Y": the successor before the verb,
  // the predecessor after it (the other way round in the passive).
  const successions: Succession[] = [];
  const succeedsPronoun: string[] = [];
  const canonicalOf = (name: string) => canonicalPerson(known(name)?.name ?? name);
  // (a predecessor a pronoun stands for whom the sentence does not name is the sentence before's)
  const succeeded = (successor: string | undefined, predecessor: string | undefined, byPronoun: boolean) => {
    if (!successor || successor === UNNAMED) return;
    if (byPronoun && predecessor === UNNAMED) succeedsPronoun.push(canonicalOf(successor));
    if (predecessor && predecessor !== UNNAMED && canonicalOf(predecessor) !== canonicalOf(successor)) successions.push({ successor: canonicalOf(successor), predecessor: canonicalOf(predecessor) });
  };
  for (let i = 1; i < tokens.length; i++) {
    // "chose X in place of Y": the one chosen takes Y's place, as "X replaced Y" says
    if (lowers[i] === 'in' && lowers[i + 1] === 'place' && lowers[i + 2] === 'of') {
      if (!foreseesUpTo(i, i)) succeeded(personBefore(i - 1, 8), personAt(i + 3)?.name, false);
      continue;
    }
    // "chose X as his successor", "named X as Trong's successor": X succeeded the one whose successor X is
    if (tokens[i].lemma === 'successor' && lowers[i - 1] !== 'no') {
      const pronoun = /^(his|her)$/.test(lowers[i - 1]);
      // (or "the successor to Y", "the successor of Y": the one succeeded after it)
      const after = !pronoun && lowers[i - 1] === 'the' && /^(to|of)$/.test(lowers[i + 1] ?? '') ? personAt(i + 2)?.name : undefined;
      const owner = pronoun || after ? i - 1 : POSSESSIVE.test(lowers[i - 1]) ? i - 2 : -1;
      let as = owner;
      // (back over the owner's name, capitalised words whatever their tagging: "To Lam's")
      while (as > 0 && (tokens[as - 1].pos === 'PROPN' || (!pronoun && !after && isNameToken(tokens[as - 1])))) as--;
      if (owner < 0 || foreseesUpTo(i, i)) continue;
      // the successor named before "as" ("chose X as his successor"), or before the phrase set
      // beside the name ("To Lam, Trong's successor at the head of the party")
      const successor = lowers[as - 1] === 'as' ? personBefore(as - 2, 6) : lowers[as - 1] === ',' ? personBefore(as - 2, 3) : undefined;
      if (!successor) continue;
      succeeded(successor, after ?? (pronoun ? otherNamedBefore(as - 1, successor) : nameBefore(tokens, owner, 3)), pronoun);
      continue;
    }
    // ("X took over from Y", "took over the presidency from Y", is "X succeeded Y")
    const from = tokens[i].lemma === 'take' && lowers[i + 1] === 'over' ? [2, 3, 4, 5].find((k) => lowers[i + k] === 'from' && tokens.slice(i + 2, i + k).every((t) => t.pos === 'DET' || t.pos === 'NOUN')) : undefined;
    if (from === undefined && (!SUCCEEDS.has(tokens[i].lemma) || tokens[i].pos !== 'VERB')) continue;
    // a succession foreseen has not happened: "analysts expect Lam to succeed him", "will succeed"
    if (foreseesUpTo(i, i)) continue;
    // "Y was succeeded by X": the successor follows "by"
    const passive = from === undefined && lowers[i + 1] === 'by';
    let j = passive ? i + 2 : i + (from ?? 0) + 1;
    while (j < tokens.length && /^(the|late|former|veteran|long-time|longtime)$/.test(lowers[j])) j++;
    j = pastTitles(j); // ("succeeding General Secretary Nguyen Phu Trong": the name after the title)
    // ("chose To Lam to succeed him": the one the pronoun stands for, named before it in the
    // sentence or, when none is, before the sentence)
    const pronoun = !passive && /^(him|her)$/.test(lowers[j]);
    const named = personAt(j)?.name;
    // ("X was elected …, succeeding Y", "the committee elected X …, replacing Y": a participle after
    // a comma is said of the first one the sentence names, the subject or the one chosen)
    const participle = !passive && lowers[i - 1] === ',' && /ing$/.test(lowers[i]);
    const first = participle ? [personAt(pastTitles(0))?.name, ...people.map(textOf)].find((p) => p && holderName(p) && (!named || canonicalOf(p) !== canonicalOf(named))) : undefined;
    const before = first ?? personBefore(i - 1, passive ? 12 : 6);
    const after = named ?? (pronoun ? otherNamedBefore(j, before) : undefined);
    succeeded(passive ? after : before, passive ? before : after, pronoun);
  }
  return { roles: out, successions, byPronoun, succeedsPronoun };
}
