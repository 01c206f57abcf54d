// Deterministic inputs for the bench: baselines of any size and a set of articles, all made
// from the seed baseline's claim sentences by varying their numbers, dates, names and places
// with a seeded PRNG. The same seed always gives the same text.
import type { ArticleInput, Baseline, BaselineDoc } from '../functions/core/types.ts';

/** mulberry32: a small, fast, seeded PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// Names and places the seed baseline uses; each is swapped for one of a growing pool, so a
// large baseline has a growing vocabulary of people and towns, as a real one would.
const SEED_PEOPLE = ['Vladimir Putin', 'To Lam', 'Pham Minh Chinh', 'Tran Hong Ha', 'Le Hoai Trung', 'Kim Jong Un', 'Nguyen Phu Trong', 'Sergey Lavrov', 'Tran Thanh Man', 'Luong Cuong'];
const SEED_PLACES = ['Hanoi', 'Moscow', 'Pyongyang', 'Ho Chi Minh City', 'Da Nang', 'Nha Trang', 'Vladivostok', 'St Petersburg'];
const SYLLABLES = ['ko', 'va', 'min', 'tran', 'lev', 'ro', 'sha', 'nov', 'dak', 'lu', 'ha', 'pe', 'trov', 'gia', 'bao', 'sin', 'mur', 'ta', 'vin', 'zel'];

function word(random: Random, syllables: number): string {
  const w = Array.from({ length: syllables }, () => pick(random, SYLLABLES)).join('');
  return w[0].toUpperCase() + w.slice(1);
}

/** Pools of people and places: the seed's own plus `size` made-up ones. */
function pools(random: Random, size: number) {
  const people = [...SEED_PEOPLE, ...Array.from({ length: size }, () => `${word(random, 2)} ${word(random, 2)}`)];
  const places = [...SEED_PLACES, ...Array.from({ length: size }, () => word(random, 3))];
  return { people, places };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SLOT = new RegExp(
  [
    `\\b(?<person>${SEED_PEOPLE.map(escape).join('|')})\\b`,
    `\\b(?<place>${SEED_PLACES.map(escape).join('|')})\\b`,
    `\\b(?<month>${MONTHS.join('|')})\\b`,
    `\\b(?<weekday>${WEEKDAYS.join('|')})\\b`,
    `\\b(?<year>(?:19|20)\\d\\d)\\b`,
    `\\b(?<day>\\d{1,2})(?<suffix>st|nd|rd|th)\\b`,
    `(?<number>\\d+(?:[.,]\\d+)*)`,
  ].join('|'),
  'g',
);

const ordinal = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

/** A number of about the same size, written the same way (thousands separators kept). */
function otherNumber(random: Random, text: string): string {
  const digits = text.replace(/\D/g, '').length;
  const value = between(random, digits > 1 ? 10 ** (digits - 1) : 1, 10 ** digits - 1);
  return text.includes(',') ? value.toLocaleString('en-US') : String(value);
}

/** The sentence with each number, date, person and place replaced by another. */
export function vary(sentence: string, random: Random, pool: { people: string[]; places: string[] }): string {
  return sentence.replace(SLOT, (match, ...args) => {
    const g = args.at(-1) as Record<string, string | undefined>;
    if (g.person) return pick(random, pool.people);
    if (g.place) return pick(random, pool.places);
    if (g.month) return pick(random, MONTHS);
    if (g.weekday) return pick(random, WEEKDAYS);
    if (g.year) return String(between(random, 1990, 2026));
    if (g.day) {
      const day = between(random, 1, 28);
      return `${day}${ordinal(day)}`;
    }
    return otherNumber(random, match);
  });
}

const finished = (s: string) => (/[.!?”"’)]$/.test(s) ? s : `${s}.`);

const SENTENCES_PER_DOC = 50;
const SENTENCES_PER_PARAGRAPH = 5;

/**
 * A baseline of `count` claim sentences: documents of 50 sentences in paragraphs of 5, each
 * sentence a seed sentence with its slots varied.
 */
export function syntheticBaseline(seedSentences: string[], count: number, seed = 1): Baseline {
  const random = prng(seed);
  const pool = pools(random, Math.max(20, Math.round(Math.sqrt(count) * 4)));
  const docs: BaselineDoc[] = [];
  for (let made = 0, d = 0; made < count; d++) {
    const n = Math.min(SENTENCES_PER_DOC, count - made);
    const sentences = Array.from({ length: n }, (_, i) => finished(vary(seedSentences[(made + i) % seedSentences.length], random, pool)));
    made += n;
    const paragraphs: string[] = [];
    for (let i = 0; i < n; i += SENTENCES_PER_PARAGRAPH) paragraphs.push(sentences.slice(i, i + SENTENCES_PER_PARAGRAPH).join(' '));
    const day = 1 + (d % 28);
    docs.push({
      id: `synthetic_${String(d).padStart(5, '0')}`,
      title: `Synthetic baseline document ${d}`,
      source: 'bench',
      published: `2024-06-${String(Math.min(day, 28)).padStart(2, '0')}`,
      text: paragraphs.join('\n'),
    });
  }
  return { description: `synthetic baseline of ${count} sentences`, docs };
}

/** `count` claim sentences, each a seed sentence with its slots varied (the ledger bench's claims). */
export function syntheticSentences(seedSentences: string[], count: number, seed = 3): string[] {
  const random = prng(seed);
  const pool = pools(random, Math.max(20, Math.round(Math.sqrt(count) * 4)));
  return Array.from({ length: count }, (_, i) => finished(vary(seedSentences[i % seedSentences.length], random, pool)));
}

const FURNITURE_LINES = ['Sign up for our newsletter to get the latest news.', 'Read more', 'Photo: Reuters'];

/**
 * `count` articles: each mixes seed sentences as they are (known claims), with varied slots
 * (contradictions or new claims), and a line of page furniture.
 */
export function syntheticArticles(seedSentences: string[], count: number, seed = 7): ArticleInput[] {
  const random = prng(seed);
  const pool = pools(random, 40);
  return Array.from({ length: count }, (_, a) => {
    const paragraphs = Array.from({ length: between(random, 6, 12) }, () => {
      const sentence = pick(random, seedSentences);
      return finished(random() < 0.4 ? sentence : vary(sentence, random, pool));
    });
    paragraphs.splice(between(random, 1, paragraphs.length), 0, pick(random, FURNITURE_LINES));
    return {
      title: `Synthetic article ${a}`,
      url: `https://bench.sample.test/articles/${a}`,
      source: 'bench',
      published: `2024-06-${20 + (a % 8)}`,
      text: paragraphs.join('\n\n'),
    };
  });
}
