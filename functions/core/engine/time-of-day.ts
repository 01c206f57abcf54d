// When in a day a sentence says something happened: "on the evening of June 19", "before dawn
// yesterday", "shortly after 2 a.m. on Thursday", "overnight from Monday to Tuesday". Hours are a range, wide as the words are vague; the day is a date, a day counted from
// the text's date ("yesterday"), or a weekday, resolved by the caller against the text's date.
import type { Token } from './nlp.ts';
import type { DateMention } from './slots.ts';
import { WEEKDAYS, WRITINGS } from './lexicon.ts';
import { isKindOf, relationsOf } from './wordnet.ts';

export type DayRef = { year?: number; month: number; day: number } | { offset: number } | { weekday: number };

export interface TimeOfDay {
  /** Hours from the start of the day (a night runs past 24). */
  from: number;
  to: number;
  day?: DayRef;
}

/** The hours each part of the day covers, generously: two parts conflict only when they cannot be the same time. */
const PARTS: Record<string, [number, number]> = {
  dawn: [3, 7],
  daybreak: [3, 7],
  morning: [5, 12],
  noon: [11, 14],
  midday: [11, 14],
  lunchtime: [11, 14],
  afternoon: [12, 18],
  evening: [17, 22],
  night: [22, 30],
  overnight: [22, 30],
  midnight: [23, 25],
  tonight: [18, 30],
};

/** The hours of a part of the day at token i, with the words around it that narrow it. */
function partAt(tokens: Token[], i: number): [number, number] | undefined {
  const w = tokens[i].lower;
  const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower);
  // the early or small hours: after midnight, before dawn
  if (w === 'hours' && (before.at(-1) === 'early' || before.at(-1) === 'small') && before.at(-2) === 'the') return [0, 7];
  const part = PARTS[w];
  if (!part) return undefined;
  // "overnight into Thursday", "the night to Thursday": the night that ends on the day named
  if (part[1] > 24 && /^(into|to)$/.test(tokens[i + 1]?.lower ?? '')) return [part[0] - 24, part[1] - 24];
  // "early in the morning", "early morning"; "late in the evening", "late on Wednesday night"
  if (before.includes('early')) return [part[0] - 2, (part[0] + part[1]) / 2];
  if (before.includes('late')) return [(part[0] + part[1]) / 2, part[1] + 1];
  return part;
}

/** A clock time: "2 a.m.", "10:45 pm", "2am". */
function clockAt(tokens: Token[], i: number): [number, number] | undefined {
  const joined = /^(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\.?$/.exec(tokens[i].lower);
  const number = /^(\d{1,2})(?::(\d\d))?$/.exec(tokens[i].lower);
  const suffix = /^([ap])\.?m\.?$/.exec(tokens[i + 1]?.lower ?? '');
  const m = joined ? [joined[1], joined[3]] : number && suffix ? [number[1], suffix[1]] : undefined;
  if (!m) return undefined;
  const hour = (Number(m[0]) % 12) + (m[1] === 'p' ? 12 : 0);
  return [hour - 1, hour + 2];
}

/** The day a sentence gives: a date with one day, or a word for a day counted from the text's date, or a weekday. */
export function dayOf(tokens: Token[], dates: readonly DateMention[]): DayRef | undefined {
  const dated = dates.find((d) => d.days.length === 1 && d.month);
  if (dated) return { year: dated.year, month: dated.month!, day: dated.days[0] };
  for (const t of tokens) {
    if (t.lower === 'yesterday') return { offset: -1 };
    if (t.lower === 'today' || t.lower === 'tonight') return { offset: 0 };
    const weekday = WEEKDAYS.indexOf(t.lower);
    if (weekday >= 0) return { weekday };
  }
  return undefined;
}

/**
 * The time of day a sentence gives: its first; or, when it says the same time again more narrowly
 * ("overnight, in the small hours of 20 June", "on Thursday morning, at 2 a.m."), the narrower.
 */
export function timeOfDay(tokens: Token[], dates: readonly DateMention[]): TimeOfDay | undefined {
  let best: [number, number] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const hours = clockAt(tokens, i) ?? partAt(tokens, i);
    if (hours && (!best || narrower(hours, best))) best = hours;
  }
  return best && { from: best[0], to: best[1], day: dayOfHours(tokens, dates, best[1]) };
}

/** Hours that say a time again more narrowly: fewer of them, and they can be the same time. */
const narrower = (h: [number, number], than: [number, number]) =>
  h[1] - h[0] < than[1] - than[0] && canBeSameTime({ from: h[0], to: h[1] }, undefined, { from: than[0], to: than[1] }, undefined);

/**
 * The day of hours ending at `to`: as `dayOf`, but the small hours of a night between two days
 * are the second day's ("in the small hours between Wednesday and Thursday").
 */
export function dayOfHours(tokens: Token[], dates: readonly DateMention[], to: number): DayRef | undefined {
  return (to <= 12 ? secondOfTwoDays(tokens) : undefined) ?? dayOf(tokens, dates);
}

/** The later of two weekdays a sentence joins as one span: "between Wednesday and Thursday", "from Wednesday to Thursday". */
function secondOfTwoDays(tokens: Token[]): DayRef | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [first, second] = [WEEKDAYS.indexOf(tokens[i].lower), WEEKDAYS.indexOf(tokens[i + 2].lower)];
    if (first >= 0 && second === (first + 1) % 7 && /^(and|to|into)$/.test(tokens[i + 1].lower)) return { weekday: second };
  }
  return undefined;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The hours since the epoch a time of day covers, when its day can be told: a date (in `year`
 * when it gives none), a day counted from `written`, a weekday in the week up to `written`.
 */
export function hoursSinceEpoch(t: TimeOfDay, written: Date | undefined, year: number | undefined): [number, number] | undefined {
  const d = t.day;
  if (!d) return undefined;
  let start: number | undefined;
  if ('month' in d) {
    const y = d.year ?? year ?? written?.getUTCFullYear();
    if (y !== undefined) start = Date.UTC(y, d.month - 1, d.day);
  } else if (written) {
    const today = Date.UTC(written.getUTCFullYear(), written.getUTCMonth(), written.getUTCDate());
    start = 'offset' in d ? today + d.offset * DAY : today - ((written.getUTCDay() - d.weekday + 7) % 7) * DAY;
  }
  return start === undefined ? undefined : [start / HOUR + t.from, start / HOUR + t.to];
}

/** Two times of day that can be the same time: on the same day, or at the same hours when one has no day. */
export function canBeSameTime(a: TimeOfDay, aAt: [number, number] | undefined, b: TimeOfDay, bAt: [number, number] | undefined): boolean {
  if (aAt && bAt) return aAt[0] < bAt[1] && bAt[0] < aAt[1];
  // without days, hours past midnight are also the night before's
  const overlaps = (x: [number, number], y: [number, number]) => x[0] < y[1] && y[0] < x[1];
  const [x, y]: Array<[number, number]> = [[a.from, a.to], [b.from, b.to]];
  return overlaps(x, y) || overlaps([x[0] + 24, x[1] + 24], y) || overlaps(x, [y[0] + 24, y[1] + 24]);
}

/**
 * Where the sentence tells of someone arriving, by token position (-1: nowhere): "arrive",
 * "arrival", a verb WordNet gives as one ("land", "come"), a verb of motion with "in" or
 * "into" ("flew in", "flew into Hanoi"), or welcoming someone to a place.
 */
export function arrivalAt(tokens: Token[]): number {
  const found = tokens.flatMap((_, i) => (arrivesAt(tokens, i) ? [i] : []));
  // (of several, one arriving somewhere: "the parade comes a year after his visit, for which he landed in Hanoi")
  const somewhere = found.find((i) => namesPlaceAfter(tokens, i, 3, /^(in|at|into)$/));
  return somewhere ?? found[0] ?? -1;
}

/** Within `reach` words after `i`, a preposition of `prepositions` then a name: "landed in Hanoi", "welcomed Putin to Hanoi". */
const namesPlaceAfter = (tokens: Token[], i: number, reach: number, prepositions: RegExp) =>
  tokens.slice(i + 1, i + 1 + reach).some((n, k) => prepositions.test(n.lower) && tokens[i + 2 + k]?.pos === 'PROPN');

/** A verb WordNet gives "arrive" as a synonym or hypernym of ("land", "get"): a kind of arriving. */
const ARRIVE = new Set(['arrive']);

function arrivesAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.lemma === 'arrive' || t.lemma === 'arrival') return true;
  if (t.pos !== 'VERB' || afterDeterminer(tokens, i)) return false;
  // being welcomed to a place is arriving there: "welcomed Putin to Hanoi"
  if (t.lemma === 'welcome' && namesPlaceAfter(tokens, i, 5, /^to$/)) return true;
  // coming down at a place is landing there: "touched down in Hanoi", "set down at Noi Bai"
  if (tokens[i + 1]?.lower === 'down' && namesPlaceAfter(tokens, i + 1, 2, /^(in|at)$/)) return true;
  // reaching a place is arriving at it: "reached Hanoi overnight" (WordNet has it as "arrive at", two words)
  if (t.lemma === 'reach' && tokens[i + 1]?.pos === 'PROPN') return true;
  return isKindOf(t.lemma, ARRIVE) || (relationsOf(t.lemma).verbClass === 'motion' && (tokens[i + 1]?.lower === 'into' || (tokens[i + 1]?.lower === 'in' && tokens[i + 2]?.pos !== 'PROPN')));
}

/** A word after a determiner or a possessive, with or without a modifier between, is a noun, whatever the tagger says ("its eastward turn"). */
const afterDeterminer = (tokens: Token[], i: number) => {
  const before = /^(ADJ|ADV)$/.test(tokens[i - 1]?.pos ?? '') ? tokens[i - 2] : tokens[i - 1];
  return !!before && (before.pos === 'DET' || /^(its|his|her|their|our|my|your)$/.test(before.lower));
};

/** Verbs of a piece of writing coming out: "published", "appeared", "ran", "printed". */
const PUBLISHING = new Set(['publish', 'appear', 'run', 'print', 'carry']);
/** "came out", "comes out": the phrasal verb of a piece being published. */
export const comesOut = (tokens: Token[], i: number) => tokens[i].lemma === 'come' && tokens[i + 1]?.lower === 'out';
/**
 * Words from a piece of writing to the verb saying it came out: "a column for the party daily that
 * was published …", past what the piece said ("his article thanking Hanoi for its balanced line on
 * Ukraine came out …").
 */
const PUBLISHED_REACH = 16;
/** Words after that verb within which it says when, past the paper and an aside on it: "carried by Nhan Dan, the party's newspaper, on 20 June". */
const WHEN_REACH = 14;

/**
 * The day a piece of writing came out: "an article published Wednesday", "a column that
 * appeared on June 20", or `arrival` for "published on the day he arrived" / "the morning he
 * arrived".
 */
export function pieceDayOf(tokens: Token[], dates: readonly DateMention[]): DayRef | 'arrival' | undefined {
  const writing = tokens.findIndex((t) => t.pos === 'NOUN' && WRITINGS.has(t.lemma));
  if (writing < 0) return undefined;
  // the verb of its coming out, after it ("an article published …") or just before ("Nhan Dan carried an article")
  // (or "came out")
  const isPublishing = (t: Token, i: number) => t.pos === 'VERB' && (PUBLISHING.has(t.lemma) || comesOut(tokens, i));
  const after = tokens.findIndex((t, i) => i > writing && i <= writing + PUBLISHED_REACH && isPublishing(t, i));
  const verb = after >= 0 ? after : tokens.findIndex((t, i) => i < writing && i >= writing - 3 && isPublishing(t, i));
  if (verb < 0) return undefined;
  const from = Math.max(verb, writing) + 1;
  let end = from;
  while (end < tokens.length && end <= from + WHEN_REACH && !/^[;:.!?()]$/.test(tokens[end].text)) end++;
  // the words saying when: after the verb, else a phrase opening the sentence ("On the morning he landed, a Thursday, …")
  const opening = tokens.slice(0, Math.min(verb, writing)).map((t) => t.text).lastIndexOf(',');
  for (const [start, stop] of [[from, end], [0, Math.max(0, opening)]]) {
    const words = tokens.slice(start, stop);
    // "on the day he arrived", "the morning he landed", "the day of his arrival"
    const day = words.findIndex((t) => /^(day|morning|evening|afternoon)$/.test(t.lower));
    // (not a day counted from it: "the day before he landed")
    const toArrival = day >= 0 ? words.slice(day + 1, day + 5) : [];
    if (toArrival.some((t) => ARRIVING.has(t.lemma)) && !toArrival.some((t) => /^(before|after|ahead|prior)$/.test(t.lower))) return 'arrival';
    const found = dayOf(words, dates.filter((d) => d.from >= start && d.from < stop));
    if (found) return found;
  }
  return undefined;
}
const ARRIVING = new Set(['arrive', 'arrival', 'land']);

/** The sentence tells of talks or a meeting: "talks", "met", "meeting". */
export const tellsOfTalks = (tokens: Token[]) => tokens.some((t) => t.lemma === 'talk' || t.lemma === 'meet' || t.lemma === 'meeting');
/** A host receiving a guest is talks too: "Trong received Putin in the morning", "Lam hosted Putin". */
export const tellsOfHosting = (tokens: Token[]) => tokens.some((t) => t.pos === 'VERB' && (t.lemma === 'receive' || t.lemma === 'host'));

/** The day (days since the epoch) a day reference stands for; see `hoursSinceEpoch`. */
export function daySinceEpoch(day: DayRef, written: Date | undefined, year: number | undefined): number | undefined {
  const hours = hoursSinceEpoch({ from: 0, to: 24, day }, written, year);
  return hours && Math.floor(hours[0] / 24);
}
