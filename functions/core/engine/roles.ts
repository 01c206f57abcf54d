// Office holders: "President To Lam", "the Secretary General of the Communist Party, Nguyen
// Phu Trong", "To Lam, who now heads the ruling Communist Party", "X was elected president".
// A claim that names another holder of an office than the baseline does is a `role` conflict.
import type { EntityMatcher } from './entities.ts';
import { BECOMES_OFFICE, OFFICES } from './lexicon.ts';
import type { Token } from './nlp.ts';
import { phraseFinder } from './phrases.ts';

export interface RoleClaim {
  office: string;
  /** Relevance group or place the office belongs to ("vietnam", "united states"). */
  country?: string;
  /** Canonical person name: lower case, no diacritics. */
  person: string;
}

const PHRASES = OFFICES.flatMap((o) => o.phrases.map((p) => ({ office: o.office, words: p.split(' ') }))).sort(
  (a, b) => b.words.length - a.words.length,
);
const phraseAt = phraseFinder(PHRASES, (p) => p.words);
const becomesOfficeAt = phraseFinder(BECOMES_OFFICE.map((c) => c.split(' ')), (c) => c);
const NOT_CURRENT = new Set(['vice', 'deputy', 'former', 'ex', 'late', 'then', 'acting', 'first', 'assistant', 'interim', 'outgoing']);
const HEADS_PARTY = /^(heads|head|leads|lead|led|headed)$/;

export const canonicalPerson = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();

const isNameToken = (t?: Token) => !!t && /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text) && t.pos !== 'PUNCT';

/** A capitalised name starting at i (up to four words), or undefined. */
function nameAt(tokens: Token[], i: number): { name: string; end: number } | undefined {
  let j = i;
  while (j < tokens.length && j < i + 4 && isNameToken(tokens[j]) && !/^(The|Of|And|In|On|At|For|Vietnam|Russia)$/.test(tokens[j].text)) j++;
  if (j === i) return undefined;
  return { name: tokens.slice(i, j).map((t) => t.text).join(' '), end: j };
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

export function extractRoles(tokens: Token[], sentenceText: string, sentenceStart: number, matcher: EntityMatcher): RoleClaim[] {
  const lowers = tokens.map((t) => t.lower);
  const out: RoleClaim[] = [];
  const countryNear = (from: number, to: number): string | undefined => {
    if (from >= to) return undefined;
    const text = sentenceText.slice(tokens[from].start - sentenceStart, tokens[to - 1].end - sentenceStart);
    const found = matcher.find(text).filter((e) => e.kind === 'country' || e.kind === 'place' || e.kind === 'organisation');
    const last = found.at(-1);
    return last ? (last.group ?? last.id) : undefined;
  };
  const personCountry = (person: string) => matcher.person(person)?.group;
  const push = (office: string, person: string, country: string | undefined) => {
    if (matcher.find(person).some((e) => e.kind !== 'person' && e.end - e.start >= person.length - 3)) return;
    const known = matcher.person(person);
    const canonical = canonicalPerson(known?.name ?? person);
    if (canonical) out.push({ office, person: canonical, country: country ?? known?.group });
  };

  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(lowers, i);
    if (!phrase) continue;
    const after = i + phrase.words.length;
    if (NOT_CURRENT.has(lowers[i - 1] ?? '')) {
      i = after - 1;
      continue;
    }
    // The country: "Vietnamese President …", else the person's own (below), else "… of Vietnam".
    let country = countryNear(Math.max(0, i - 3), i);
    // "President To Lam", "Secretary General of the Communist Party, Nguyen Phu Trong"
    let j = after;
    if (lowers[j] === 'of') {
      while (j < tokens.length && j < after + 6 && lowers[j] !== ',') j++;
      country ??= countryNear(after, j);
    }
    if (lowers[j] === ',') j++;
    const name = nameAt(tokens, j);
    if (name && (j === after || lowers[j - 1] === ',')) {
      push(phrase.office, name.name, country);
      i = name.end - 1;
      continue;
    }
    // "X, the new president", "X was elected general secretary", "X now holds the post, general secretary"
    const windowStart = Math.max(0, i - 12);
    const cueAt = (() => {
      for (let k = i - 1; k >= windowStart; k--) {
        if (becomesOfficeAt(lowers, k)) return k;
        if (lowers[k] === 'new' && lowers[k - 1] === 'the') return k - 1;
        if (lowers[k] === 'holds' || lowers[k] === 'holding') return k;
      }
      return -1;
    })();
    if (cueAt >= 0) {
      const person = nameBefore(tokens, cueAt - 1, 6);
      if (person) push(phrase.office, person, country);
    }
    i = after - 1;
  }

  // "To Lam, who now heads the ruling Communist Party"
  for (let i = 0; i < tokens.length; i++) {
    if (!HEADS_PARTY.test(lowers[i])) continue;
    const rest = lowers.slice(i + 1, i + 6).join(' ');
    if (!/^(the )?(ruling )?(communist )?party\b/.test(rest)) continue;
    const person = nameBefore(tokens, i - 1, 5);
    if (person) push('party general secretary', person, personCountry(person) ?? countryNear(i + 1, Math.min(tokens.length, i + 6)));
  }
  return out;
}
