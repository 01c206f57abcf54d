// Turns a sentence into what the comparison needs: matching keys (entities, synonym classes,
// stems, numbers), and its slots (quantities, dates, office holders, negation, antonyms,
// place of departure).
import type { EntityMatcher, EntityMention } from './entities.ts';
import { ANTONYM_MEMBERS, LIGHT_WORDS, SYNONYM_CLASSES } from './lexicon.ts';
import type { Sentence, Token } from './nlp.ts';
import { extractRoles, type RoleClaim, type Succession } from './roles.ts';
import { extractDates, extractNegation, extractQuantities, type DateMention, type Quantity } from './slots.ts';

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
  dates: DateMention[];
  roles: RoleClaim[];
  /** "X succeeded Y": X holds Y's offices now. */
  successions: Succession[];
  negatedKeys: Set<string>;
  /** Place the sentence says someone came from ("arrived from North Korea"). */
  origin?: string;
}

const synonymOf = new Map<string, string>();
for (const cls of SYNONYM_CLASSES) for (const w of cls) if (!synonymOf.has(w)) synonymOf.set(w, `=${cls[0]}`);
const antonymOf = new Map<string, string>();
for (const [cls, words] of Object.entries(ANTONYM_MEMBERS)) for (const w of words) antonymOf.set(w, `=${cls}`);

const POS_WEIGHT: Record<string, number> = { NOUN: 1, PROPN: 1, NUM: 1, VERB: 0.8, ADJ: 0.7, ADV: 0.4 };

const MOVEMENT = new Set(['arrive', 'fly', 'flew', 'travel', 'come', 'land', 'head']);

export function tokenKey(t: Token): string | undefined {
  if (!t.isWord) return undefined;
  if (/^\d/.test(t.lower)) return `#${t.lower.replace(/,/g, '')}`;
  const syn = synonymOf.get(t.lower) ?? synonymOf.get(t.lemma);
  if (syn) return syn;
  if (['VERB', 'ADJ', 'ADV', 'ADP'].includes(t.pos)) {
    const ant = antonymOf.get(t.lower) ?? antonymOf.get(t.lemma);
    if (ant) return ant;
  }
  if (t.isStop || LIGHT_WORDS.has(t.lower) || LIGHT_WORDS.has(t.lemma)) return undefined;
  if (t.stem.length < 2) return undefined;
  return t.stem;
}

export function sentenceFeatures(s: Sentence, matcher: EntityMatcher): Features {
  const entities = matcher.find(s.text).map((e) => ({ ...e, start: e.start + s.start, end: e.end + s.start }));
  const entityAt = (t: Token) => entities.find((e) => t.start >= e.start && t.end <= e.end);
  const tokenKeys = s.tokens.map((t) => {
    const e = entityAt(t);
    return e ? `@${e.id}` : tokenKey(t);
  });
  const keyOf = (t: Token) => tokenKeys[s.tokens.indexOf(t)];
  const negation = extractNegation(s.tokens);
  const dates = extractDates(s.tokens);
  const negatedKeys = new Set<string>();
  for (const i of negation.tokens) if (tokenKeys[i]) negatedKeys.add(tokenKeys[i]!);
  const keyWeights = new Map<string, number>();
  s.tokens.forEach((t, i) => {
    const key = tokenKeys[i];
    if (!key) return;
    const w = key.startsWith('@') ? 1 : (POS_WEIGHT[t.pos] ?? 0.6);
    keyWeights.set(key, Math.max(keyWeights.get(key) ?? 0, w));
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
    entities,
    groups: new Set(entities.map((e) => e.group).filter((g): g is string => !!g)),
    quantities: extractQuantities(s.tokens, keyOf, dates),
    dates,
    ...extractRoles(s.tokens, s.text, s.start, matcher),
    negatedKeys,
    origin: originOf(s.tokens, tokenKeys),
  };
}

/** "arrived in Hanoi from North Korea", "flew in from China": the place after "from". */
function originOf(tokens: Token[], keys: Array<string | undefined>): string | undefined {
  const moves = tokens.some((t) => MOVEMENT.has(t.lemma) || MOVEMENT.has(t.lower));
  if (!moves) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'from') continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const key = keys[k];
      if (key?.startsWith('@')) return key;
      if (/^[,.;]$/.test(tokens[k].text)) break;
    }
  }
  return undefined;
}
