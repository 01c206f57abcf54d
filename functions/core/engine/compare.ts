// Compares one claim with the baseline: finds the baseline sentences that speak of the same
// thing (an inverted index over matching keys, weighted by rarity), then decides —
// a conflicting slot makes a contradiction, close coverage makes it known, else it is new.
import type { ContradictionType, Label } from '../types.ts';
import type { Features } from './features.ts';
import type { BaselineIndex, BaselineSentence, EventState } from './index.ts';
import { ANTONYM_CLASSES } from './lexicon.ts';
import type { Quantity } from './slots.ts';

export interface Comparison {
  label: Label;
  type?: ContradictionType;
  evidence: BaselineSentence[];
  score: number;
  reason: string;
}

/** Share of the claim's weighted keys a baseline sentence also has, at which the claim is known. */
export const KNOWN_COVERAGE = 0.5;
/** The same for two baseline sentences together (a claim that joins two baseline facts). */
export const KNOWN_PAIR_COVERAGE = 0.62;
/** Least coverage at which two sentences are taken to speak of the same thing. */
const SAME_TOPIC = 0.3;
const CANDIDATES = 12;

interface Candidate {
  sentence: BaselineSentence;
  coverage: number;
}

const weight = (index: BaselineIndex, key: string) => index.idf.get(key) ?? index.unseenIdf;

function candidates(claim: Features, index: BaselineIndex): { list: Candidate[]; total: number } {
  let total = 0;
  const scores = new Map<number, number>();
  for (const key of claim.keys) {
    const w = weight(index, key);
    total += w;
    for (const s of index.postings.get(key) ?? []) scores.set(s, (scores.get(s) ?? 0) + w);
  }
  const list = [...scores]
    .map(([s, score]) => ({ sentence: index.sentences[s], coverage: total ? score / total : 0 }))
    .sort((a, b) => b.coverage - a.coverage || a.sentence.index - b.sentence.index)
    .slice(0, CANDIDATES);
  return { list, total };
}

function pairCoverage(claim: Features, a: BaselineSentence, b: BaselineSentence, index: BaselineIndex, total: number): number {
  let covered = 0;
  for (const key of claim.keys) if (a.keys.has(key) || b.keys.has(key)) covered += weight(index, key);
  return total ? covered / total : 0;
}

const quote = (s: { text: string }, max = 140) => `“${s.text.length > max ? `${s.text.slice(0, max - 1)}…` : s.text}”`;
const docName = (index: BaselineIndex, id: string) => index.docs.find((d) => d.id === id)?.title ?? id;

function describe(q: Quantity): string {
  return q.text;
}

const disjoint = (a: Quantity, b: Quantity) => a.high < b.low || b.high < a.low;
const sharesContext = (a: Quantity, b: Quantity) => a.context.some((k) => b.context.includes(k));

function numberConflict(claim: Features, b: BaselineSentence, coverage: number, state: EventState): string | undefined {
  for (const q of claim.quantities) {
    for (const r of b.quantities) {
      if (q.unit !== r.unit || q.ordinal !== r.ordinal) continue;
      // An anniversary or a share is only comparable when it is of the same thing.
      const anchored = q.unit === 'anniversary' || q.unit === 'percent';
      if (anchored && !sharesContext(q, r)) continue;
      if (!anchored && (coverage < SAME_TOPIC || state === 'outside')) continue;
      if (!anchored && state === 'unknown' && !claim.entities.some((e) => e.kind === 'person' && b.entities.some((x) => x.id === e.id))) continue;
      if (!disjoint(q, r)) return undefined; // an agreeing figure settles it
      return `the article says ${describe(q)}; the baseline says ${describe(r)}`;
    }
  }
  return undefined;
}

function dateConflict(claim: Features, b: BaselineSentence, state: EventState): string | undefined {
  if (state === 'outside') return undefined;
  const near = (f: Features, from: number, to: number) =>
    new Set(f.tokenKeys.slice(Math.max(0, from - 5), to + 5).filter((k): k is string => !!k && !k.startsWith('@') && !k.startsWith('#')));
  for (const d of claim.dates) {
    for (const e of b.dates) {
      const around = near(claim, d.from, d.to);
      const theirs = near(b, e.from, e.to);
      if (![...around].some((k) => theirs.has(k) && k.startsWith('='))) continue;
      if (d.days.length && e.days.length && d.month === e.month) {
        const within = (x: number[], y: number[]) => x.every((v) => y.includes(v));
        if (!within(d.days, e.days) && !within(e.days, d.days)) return `the article dates it ${d.days.join(', ')}/${d.month}; the baseline ${e.days.join(', ')}/${e.month}`;
        continue;
      }
      const mine = new Set(d.weekdays);
      if (d.days.length && d.month && !mine.size && e.weekdays.length) {
        // "18 June" against "Wednesday": the weekday of the date, in the baseline's year
        const year = d.year ?? 2024;
        mine.add(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][new Date(Date.UTC(year, d.month - 1, d.days[0])).getUTCDay()]);
      }
      if (mine.size && e.weekdays.length && !e.weekdays.some((w) => mine.has(w))) {
        return `the article says ${[...mine].join('/')}; the baseline says ${e.weekdays.join('/')}`;
      }
    }
  }
  return undefined;
}

function negationConflict(claim: Features, b: BaselineSentence, coverage: number): string | undefined {
  if (coverage < 0.4) return undefined;
  if (!claim.negatedKeys.size && !b.negatedKeys.size) return undefined;
  const shared = [...claim.keys].filter((k) => b.keys.has(k));
  const flipped = shared.filter((k) => claim.negatedKeys.has(k) !== b.negatedKeys.has(k));
  if (flipped.length < 2 || !flipped.some((k) => !k.startsWith('@'))) return undefined;
  return claim.negatedKeys.size
    ? 'the article denies what the baseline states'
    : 'the article states what the baseline denies';
}

function antonymConflict(claim: Features, b: BaselineSentence, coverage: number, state: EventState): { reason: string; type: ContradictionType } | undefined {
  if (state === 'outside' || coverage < 0.2) return undefined;
  for (const [x, y] of ANTONYM_CLASSES) {
    for (const [mine, theirs] of [[x, y], [y, x]]) {
      const a = `=${mine}`;
      const o = `=${theirs}`;
      if (claim.keys.has(a) && b.keys.has(o) && !claim.keys.has(o) && !b.keys.has(a)) {
        const shared = [...claim.keys].filter((k) => b.keys.has(k) && !k.startsWith('#'));
        if (shared.length < 1) continue;
        return { reason: `the article says “${mine}” where the baseline says “${theirs}”`, type: mine === 'abstain' || theirs === 'abstain' ? 'negation' : 'other' };
      }
    }
  }
  return undefined;
}

function originConflict(claim: Features, b: BaselineSentence): string | undefined {
  if (!claim.origin || !b.origin || claim.origin === b.origin) return undefined;
  const people = claim.entities.filter((e) => e.kind === 'person').map((e) => e.id);
  if (!people.some((p) => b.entities.some((e) => e.id === p))) return undefined;
  return `the article says from ${claim.origin.slice(1)}; the baseline says from ${b.origin.slice(1)}`;
}

function roleConflict(claim: Features, index: BaselineIndex): Comparison | undefined {
  for (const r of claim.roles) {
    if (!r.country) continue;
    const holders = index.roles.get(`${r.office}|${r.country}`);
    if (!holders?.length) continue;
    const same = (a: string, b: string) => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
    if (holders.some((h) => same(h.person, r.person))) continue;
    const evidence = [...new Set(holders.map((h) => h.sentence))].map((i) => index.sentences[i]);
    return {
      label: 'contradiction',
      type: 'role',
      evidence,
      score: 0.8,
      reason: `the article names ${title(r.person)} as ${r.office}; the baseline names ${title(holders[0].person)}`,
    };
  }
  return undefined;
}

const title = (name: string) => name.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

export function compareClaim(claim: Features, state: EventState, index: BaselineIndex): Comparison {
  const role = roleConflict(claim, index);
  if (role) return role;

  const { list, total } = candidates(claim, index);
  for (const { sentence: b, coverage } of list) {
    const conflict =
      (numberConflict(claim, b, coverage, state) && { reason: numberConflict(claim, b, coverage, state)!, type: 'number' as const }) ||
      (dateConflict(claim, b, state) && { reason: dateConflict(claim, b, state)!, type: 'date' as const }) ||
      (negationConflict(claim, b, coverage) && { reason: negationConflict(claim, b, coverage)!, type: 'negation' as const }) ||
      antonymConflict(claim, b, coverage, state) ||
      (originConflict(claim, b) && { reason: originConflict(claim, b)!, type: 'entity' as const });
    if (conflict) {
      return {
        label: 'contradiction',
        type: conflict.type,
        evidence: [b],
        score: Math.min(0.95, 0.5 + coverage / 2),
        reason: `${conflict.reason} (${docName(index, b.doc)}: ${quote(b)})`,
      };
    }
  }

  const best = list[0];
  if (best && best.coverage >= KNOWN_COVERAGE) {
    return { label: 'known', evidence: [best.sentence], score: best.coverage, reason: `the baseline says this: ${quote(best.sentence)} (${docName(index, best.sentence.doc)})` };
  }
  if (best && list[1]) {
    const second = list.slice(1, 5).find((c) => c.sentence.index !== best.sentence.index);
    if (second) {
      const pair = pairCoverage(claim, best.sentence, second.sentence, index, total);
      if (pair >= KNOWN_PAIR_COVERAGE) {
        return { label: 'known', evidence: [best.sentence, second.sentence], score: pair, reason: `the baseline says this across two sentences: ${quote(best.sentence, 80)} and ${quote(second.sentence, 80)}` };
      }
    }
  }
  const novel = [...claim.keys].filter((k) => !index.idf.has(k) && !k.startsWith('#')).slice(0, 5);
  return {
    label: 'new',
    evidence: [],
    score: 1 - (best?.coverage ?? 0),
    reason: best
      ? `no baseline sentence says this (closest covers ${Math.round(best.coverage * 100)}%: ${quote(best.sentence, 90)})${novel.length ? `; not in the baseline: ${novel.map((k) => k.replace(/^[@=]/, '')).join(', ')}` : ''}`
      : 'nothing in the baseline speaks of this',
  };
}
