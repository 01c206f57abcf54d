// Finds the watch profile's entities (and well-known places) in a sentence, so that
// "Hanoi", "Viet Nam" and "Vietnamese" all count as one entity, and tells which
// relevance group each mention belongs to.
import { ProfileError, type WatchProfile } from '../profile.ts';
import { foldForTokenizer, stemOf } from './nlp.ts';
import { phraseFinder } from './phrases.ts';
import { worldPlaces } from './places.ts';

export interface EntityMention {
  /** Canonical id: the profile entity name or the place name, lower case. */
  id: string;
  /** The city of the country the mention names, when it names one ("hanoi" for "Ha Noi"). */
  place?: string;
  group?: string;
  kind: string;
  start: number;
  end: number;
}

interface Pattern {
  id: string;
  group?: string;
  kind: string;
  /** The alias alone; where it is a name (not inside a word, maybe with "'s") is checked in code. */
  literal: RegExp;
  caseless: boolean;
  /** The alias's first word in lower case; none when it doesn't start with a letter or digit. */
  firstWord?: string;
  /** Position in the order patterns are tried (longest alias first). */
  rank: number;
  place?: string;
}

export interface EntityMatcher {
  find(text: string): EntityMention[];
  /** Relevance group of a person or place id, if the profile knows it. */
  groupOf(id: string): string | undefined;
  /** The profile's person a name refers to, also by surname or given name alone ("Lam", "Putin"). */
  person(name: string): { name: string; group: string } | undefined;
  /** The profile's person of a country outside the watch a name refers to, also by surname alone ("Trump"). */
  outsider(name: string): { name: string; country: string } | undefined;
  /** A name a place of the profile is named after ("Ho Chi Minh" of "Ho Chi Minh City"): a figure of history, no holder of an office now. */
  namesAPlace(name: string): boolean;
  /** The profile's office named by the phrase starting at a sentence's word `at` (longest first). */
  officeAt(lowers: readonly string[], at: number): { office: string; words: string[] } | undefined;
  /** The key of the profile's class of topic words a word belongs to ("=agreement"), if any. */
  /**
   * The profile's class of topic words a word belongs to. A class that lists past forms
   * ("greeted", "received") is one of verbs (and their nouns: "a warm welcome"); any other is one
   * of nouns, and a verb spelled like one of its words ("to stop", "deal with") is not of it.
   */
  topicClass(word: string, pos?: string): string | undefined;
  /** Stems of the words the profile holds as opposite outcomes to a word's stem. */
  topicOpposites(stem: string): readonly string[];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();

const WORDS = /[\p{L}\p{N}]+/gu;
const firstWord = (alias: string) => (/^[\p{L}\p{N}]/u.test(alias) ? alias.toLowerCase().match(WORDS)![0] : undefined);

/**
 * An office named by the noun of holding it, English's "-ship" of the holder's title: "general
 * secretaryship", "chairmanship". (Not of a phrasing whose last word is no holder: "head of state".)
 */
const heldAs = (phrasing: string) => (/^[a-z -]+$/i.test(phrasing) && !/\b(of|ship)\b|ship$|-/i.test(phrasing) ? [`${phrasing}ship`] : []);

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// An alias is a name where no letter or digit touches it, with "'s" after it or not: as the
// pattern (?<![\p{L}\p{N}])alias(?:'s|’s)?(?![\p{L}\p{N}]) matches, but checked in code. A
// regex with those Unicode classes takes some 0.3 ms to compile, and V8 drops compiled regex
// code at a full garbage collection: with 1 300 aliases, the first articles after one paid
// milliseconds each to compile them again. One class, compiled once, serves every alias.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const POSSESSIVE = /(?:'s|’s)/uy;
const POSSESSIVE_CASELESS = /(?:'s|’s)/iuy;
const isLetterOrDigit = (codePoint: number | undefined) => codePoint !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
/** The code point that ends just before `i` (a surrogate pair read whole). */
function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2);
  }
  return low;
}

/** The alias's matches in `text`, left to right, as [start, end] with any "'s" included. */
function matchesOf(p: Pattern, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const { literal } = p;
  let from = 0;
  while (from <= text.length) {
    literal.lastIndex = from;
    const m = literal.exec(text);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    if (!isLetterOrDigit(codePointBefore(text, start))) {
      const possessive = p.caseless ? POSSESSIVE_CASELESS : POSSESSIVE;
      possessive.lastIndex = end;
      const owner = possessive.exec(text);
      const withOwner = owner ? end + owner[0].length : -1;
      if (owner && !isLetterOrDigit(text.codePointAt(withOwner))) {
        out.push([start, withOwner]);
        from = withOwner;
        continue;
      }
      if (!isLetterOrDigit(text.codePointAt(end))) {
        out.push([start, end]);
        from = end;
        continue;
      }
    }
    from = start + 1;
  }
  return out;
}

/** The one of `known` a written name refers to: by a form of theirs, or by a single word that exactly one of their names ends or starts with. */
function named<T extends { forms: string[] }>(known: T[], name: string): T | undefined {
  const n = fold(name);
  if (!n) return undefined;
  const exact = known.find((p) => p.forms.includes(n));
  if (exact || n.includes(' ')) return exact;
  const partial = known.filter((p) => p.forms.some((f) => f.endsWith(` ${n}`) || f.startsWith(`${n} `)));
  return partial.length === 1 ? partial[0] : undefined;
}

export function entityMatcher(profile: WatchProfile): EntityMatcher {
  const patterns: Pattern[] = [];
  const groups = new Map<string, string>();
  const people: Array<{ name: string; group: string; forms: string[] }> = [];
  const add = (id: string, kind: string, alias: string, group?: string, caseSensitive = false, place?: string) => {
    // Short all-capital aliases (ASEAN, US, DPRK) must match exactly; others ignore case.
    const exact = caseSensitive || (alias.length <= 5 && alias === alias.toUpperCase());
    const literal = new RegExp(escapeRegex(alias), exact ? 'gu' : 'giu');
    patterns.push({ id, group, kind, literal, caseless: !exact, firstWord: firstWord(alias), rank: 0, ...(place ? { place } : {}) });
  };
  for (const e of profile.entities) {
    const id = e.name.toLowerCase();
    groups.set(id, e.group);
    for (const alias of [e.name, ...e.aliases]) add(id, e.kind, alias, e.group);
    for (const names of e.places) for (const alias of names) add(id, e.kind, alias, e.group, false, fold(names[0]));
    if (e.kind === 'person') people.push({ name: e.name, group: e.group, forms: [e.name, ...e.aliases].map(fold) });
  }
  const placeIds = new Set(worldPlaces().map((p) => p.id));
  const unknownCountry = profile.outsiders.find((o) => !placeIds.has(o.country.toLowerCase()));
  if (unknownCountry) throw new ProfileError(`profile ${profile.id}: outsider ${unknownCountry.name} has country "${unknownCountry.country}", which no place of the world's list is called`);
  const outsiders = profile.outsiders.map((o) => ({ name: o.name, country: o.country.toLowerCase(), forms: [o.name, ...o.aliases].map(fold) }));
  const placeNames = profile.entities.flatMap((e) => e.places.flat().map(fold));
  // The world's other countries: proper names, so matched with their capitals ("Turkey", not "turkey").
  const profileNames = new Set(profile.entities.flatMap((e) => [e.name, ...e.aliases, ...e.places.flat()].map(fold)));
  for (const place of worldPlaces()) {
    if (place.aliases.some((a) => profileNames.has(fold(a)))) continue;
    for (const alias of place.aliases) add(place.id, 'place', alias, undefined, true);
  }
  // Longer aliases first, so "North Korea" wins over "Korea" and "Ho Chi Minh City" over "Ho Chi Minh".
  // (by the length of the pattern's source, as when each alias was one regex with its boundaries around it)
  patterns.sort((a, b) => b.literal.source.length - a.literal.source.length);
  // An alias starts at a word, so a sentence is tried only with the aliases whose first word
  // it has; aliases that don't start with a letter or digit are always tried.
  const byFirstWord = new Map<string, Pattern[]>();
  const always: Pattern[] = [];
  patterns.forEach((p, rank) => {
    p.rank = rank;
    if (p.firstWord === undefined) always.push(p);
    else byFirstWord.set(p.firstWord, [...(byFirstWord.get(p.firstWord) ?? []), p]);
  });
  const byRank = (a: Pattern, b: Pattern) => a.rank - b.rank;
  const patternsFor = (text: string) => {
    const chosen = [...always];
    const tried = new Set<string>();
    for (const word of text.toLowerCase().match(WORDS) ?? []) {
      const starting = byFirstWord.get(word);
      if (!starting || tried.has(word)) continue;
      tried.add(word);
      chosen.push(...starting);
    }
    return chosen.length > 1 ? chosen.sort(byRank) : chosen;
  };

  // Longer phrasings first, so "deputy prime minister" is never read as "prime minister".
  // (a watched country's possessive stands for "the" after "of": "head of Vietnam's Communist
  // Party" is "head of the Communist Party")
  const countries = profile.entities.filter((e) => e.kind === 'country' && !/\s/.test(e.name)).map((e) => e.name.toLowerCase());
  const ofCountry = (words: string[]) => {
    const the = words.findIndex((w, k) => w === 'the' && words[k - 1] === 'of');
    return the < 0 ? [] : countries.flatMap((c) => ["'s", '’s'].map((s) => [...words.slice(0, the), c, s, ...words.slice(the + 1)]));
  };
  const officePhrases = profile.offices
    .flatMap((o) => [o.name, ...o.aliases].flatMap((p) => [p, ...heldAs(p)]).flatMap((p) => {
      // (folded as the tokenizer folds a text's letters: "Tổng Bí thư" is read "tong bi thu")
      const words = foldForTokenizer(p).toLowerCase().split(/\s+|(?=-)|(?<=-)/).filter(Boolean);
      return [words, ...ofCountry(words)].map((w) => ({ office: o.name, words: w }));
    }))
    .sort((a, b) => b.words.length - a.words.length);
  const officeAt = phraseFinder(officePhrases, (p) => p.words);

  const topicClasses = new Map<string, string>();
  const verbClasses = new Set<string>();
  for (const words of profile.synonyms) {
    const key = `=${words[0].toLowerCase()}`;
    if (words.some((w) => /ed$/i.test(w))) verbClasses.add(key);
    for (const w of words) if (!topicClasses.has(w.toLowerCase())) topicClasses.set(w.toLowerCase(), key);
  }
  const opposites = new Map<string, string[]>();
  for (const [one, other] of profile.opposites) {
    for (const [mine, theirs] of [[one, other], [other, one]]) {
      const stems = theirs.map((w) => stemOf(w.toLowerCase()));
      for (const w of mine) opposites.set(stemOf(w.toLowerCase()), [...(opposites.get(stemOf(w.toLowerCase())) ?? []), ...stems]);
    }
  }

  return {
    officeAt,
    topicClass: (word, pos) => {
      const key = topicClasses.get(word);
      return key && (pos !== 'VERB' || verbClasses.has(key)) ? key : undefined;
    },
    topicOpposites: (stem) => opposites.get(stem) ?? [],
    find(text: string): EntityMention[] {
      const found: EntityMention[] = [];
      const taken: Array<[number, number]> = [];
      for (const p of patternsFor(text)) {
        for (const [start, end] of matchesOf(p, text)) {
          if (taken.some(([s, e]) => start < e && s < end)) continue;
          taken.push([start, end]);
          found.push({ id: p.id, group: p.group, kind: p.kind, start, end, ...(p.place ? { place: p.place } : {}) });
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
    groupOf: (id) => groups.get(id.toLowerCase()),
    namesAPlace(name: string) {
      const n = fold(name);
      return !!n && placeNames.some((p) => p.startsWith(`${n} `));
    },
    person: (name: string) => named(people, name),
    outsider: (name: string) => named(outsiders, name),
  };
}
