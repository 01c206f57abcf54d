// Article versions (edited articles): where each version is stored, what the collector
// remembers to re-check an article, and how page text is normalised so that a page which
// changes on every fetch (a clock, a rotating teaser) does not make a version each time.
// Pure: no network, no store.
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { describeIssues } from './validation.ts';

// ---------------------------------------------------------------- keys

// Version 1 is the article as first collected, at its usual key articles/D/<id>.json.
// Version N ≥ 2 sits beside it in a folder named by the id: articles/D/<id>/vN.json (D is
// the day version 1 was collected, so all versions of a story stay together), its report at
// diffs/D/<id>/vN.json + .html and its alert marker at alerts/<id>/vN.json.
const VERSION_KEY = /^articles\/(\d{4}\/\d{2}\/\d{2})\/([A-Za-z0-9_-]{1,64})\/v([1-9]\d{0,5})\.json$/;

export const versionKeys = {
  /** articles/D/<id>/vN.json from version 1's key articles/D/<id>.json. */
  article: (firstKey: string, n: number) => (n === 1 ? firstKey : firstKey.replace(/\.json$/, `/v${n}.json`)),
  alertMarker: (id: string, n: number) => `alerts/${id}/v${n}.json`,
  /** One state file for every article being watched for edits (collect runs one at a time). */
  recheckState: 'state/recheck.json',
};

export interface VersionKeyParts {
  /** articles/D/<id>.json */
  firstKey: string;
  id: string;
  n: number;
}

/** The parts of a version key (N ≥ 2), or undefined for any other key. */
export function parseVersionKey(key: string): VersionKeyParts | undefined {
  const m = VERSION_KEY.exec(key);
  if (!m) return undefined;
  const n = Number(m[3]);
  if (n < 2) return undefined;
  return { firstKey: `articles/${m[1]}/${m[2]}.json`, id: m[2], n };
}

// ---------------------------------------------------------------- normalising

/** Lines that name a time the page was built, updated or read, whatever else they say. */
const STAMP_LINE = /^(?:(?:last\s+)?updated|published|posted|modified|generated|page generated|as of|printed|accessed|retrieved)\b/i;
/** Lines that point at other stories: they rotate from one fetch to the next. */
const TEASER_LINE = /^(?:read (?:more|also|next)|see also|also read|related|recommended|more from|more on|most (?:read|popular|viewed)|trending|popular now|watch|listen|you (?:may|might) also like|don't miss|top stories|editor'?s picks?|advertisement|sponsored)\b/i;
/** Headings after which everything is a teaser list (to the end of the text). */
const TEASER_HEADING = /^(?:related(?: (?:stories|articles|coverage|news))?|more (?:stories|from|on this)|most (?:read|popular|viewed)|recommended(?: for you)?|trending(?: now)?|top stories|you (?:may|might) also like|read (?:more|next))\s*:?$/i;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const STAMPS: RegExp[] = [
  // ISO times: 2024-06-21T14:05:00Z, 2024-06-21 14:05
  /\b\d{4}-\d{2}-\d{2}[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?/gi,
  // Clock times: 14:05, 2:05 pm, 14:05:09 GMT+7
  /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|utc|ict|msk)(?:\s*[+-]\d{1,2})?)?/gi,
  // Relative times: "5 minutes ago", "an hour ago", "just now"
  /\b(?:\d+|a|an|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b/gi,
  /\bjust now\b/gi,
  // Reading counters: "1,234 views", "12 comments", "3 min read"
  /\b[\d,.]+\s*(?:k\s*)?(?:views|reads|comments|shares|likes)\b/gi,
  /\b\d+\s*min(?:ute)?s?\s+read\b/gi,
];
// A stamp line keeps its wording but not its date: "Updated 21 June 2024" vs "Updated 22 June 2024".
const DATE_IN_STAMP = new RegExp(`\\b(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})(?:,?\\s+\\d{4})?|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b`, 'gi');

/**
 * The text as compared between fetches: paragraphs with collapsed spaces, Unicode NFKC, times
 * and read counters masked, stamp lines ("Updated …", "Page generated …") reduced to their
 * label, teaser lines ("Read more: …", "Most read …") dropped and everything after a teaser
 * heading ("Related stories") dropped. The stored version keeps the page's text as it was.
 */
export function normalizeForComparison(text: string): string {
  const out: string[] = [];
  for (const raw of text.normalize('NFKC').split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (TEASER_HEADING.test(line)) break;
    if (TEASER_LINE.test(line)) continue;
    const masked = mask(line.replace(DATE_IN_STAMP, '<date>'));
    // "Updated 21 June 2024, 14:05" → "Updated <stamp>": a short line that starts like a stamp and holds a date or time.
    const label = STAMP_LINE.exec(line)?.[0];
    if (label && /<date>|<time>/.test(masked) && line.split(' ').length <= 16) {
      out.push(`${label.toLowerCase()} <stamp>`);
      continue;
    }
    out.push(mask(line));
  }
  return out.join('\n');
}

function mask(line: string): string {
  return STAMPS.reduce((s, re) => s.replace(re, '<time>'), line);
}

/** A short hash of the normalised text: equal hashes mean "no change worth a version". */
export function textFingerprint(text: string): string {
  return createHash('sha256').update(normalizeForComparison(text)).digest('hex').slice(0, 32);
}

/** What a feed says about an item; when any of it changes the article is re-checked. */
export interface ItemSignals {
  guid?: string;
  /** The item's updated or published date as the feed gives it. */
  date?: string;
  /** The item's summary or content as text. */
  summary?: string;
}

export function itemFingerprint(item: ItemSignals): string {
  const summary = normalizeForComparison(item.summary ?? '');
  return createHash('sha256')
    .update(JSON.stringify([item.guid?.trim() ?? '', item.date?.trim() ?? '', summary]))
    .digest('hex')
    .slice(0, 24);
}

// ---------------------------------------------------------------- schedule

/** Re-checks after first seen, by default: about 2 h, 12 h and 48 h. */
export const DEFAULT_RECHECK_AFTER = '2h,12h,48h';
/** An article is watched for feed changes this long after its last scheduled re-check. */
export const WATCH_DAYS_AFTER_SCHEDULE = 7;

export class RecheckSettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecheckSettingError';
  }
}

/**
 * "2h,12h,48h" (m, h or d) → milliseconds, ascending; "" or "none" → no scheduled re-checks
 * (feed changes still trigger one). A bad value is an error naming it.
 */
export function parseRecheckAfter(value: string): number[] {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'none') return [];
  const units = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
  const out: number[] = [];
  for (const part of trimmed.split(',')) {
    const m = /^(\d{1,4})\s*([mhd])$/.exec(part.trim());
    if (!m || Number(m[1]) === 0) {
      throw new RecheckSettingError(`recheckAfter: "${part.trim()}" is not a delay like 2h, 90m or 2d (a list such as "2h,12h,48h", or "none")`);
    }
    out.push(Number(m[1]) * units[m[2] as keyof typeof units]);
  }
  if (out.length > 10) throw new RecheckSettingError('recheckAfter: at most 10 re-checks');
  return [...new Set(out)].sort((a, b) => a - b);
}

// ---------------------------------------------------------------- recheck state

const Failing = z.object({ at: z.string(), message: z.string(), count: z.number().check(z.int(), z.gte(1)) });

export const WatchedArticleSchema = z.object({
  url: z.string(),
  feed: z.string(),
  /** Version 1's key, articles/D/<id>.json. */
  firstKey: z.string(),
  firstSeenAt: z.string(),
  /** The latest good version and its key. */
  version: z.number().check(z.int(), z.gte(1)),
  versionKey: z.string(),
  /** textFingerprint of the latest good version. */
  textHash: z.string(),
  /** itemFingerprint of the feed item last seen. */
  item: z.string(),
  /** Where the text came from: the article page (re-fetched) or the feed item itself. */
  textFrom: z.enum(['page', 'feed']),
  /** Scheduled re-checks done (or skipped) so far. */
  checks: z.number().check(z.int(), z.gte(0)),
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  lastCheckedAt: z.optional(z.string()),
  /** Set while re-checks fail (an error, a redirect elsewhere, an empty page); the last good version stays. */
  failing: z.optional(Failing),
});
export type WatchedArticle = z.infer<typeof WatchedArticleSchema>;

const RecheckStateSchema = z.object({ articles: z.record(z.string(), WatchedArticleSchema) });
export type RecheckState = z.infer<typeof RecheckStateSchema>;

export class RecheckStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecheckStateError';
  }
}

export function parseRecheckState(text: string | undefined): RecheckState {
  if (text === undefined) return { articles: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RecheckStateError(`${versionKeys.recheckState} is not JSON: ${(e as Error).message}`);
  }
  const parsed = z.safeParse(RecheckStateSchema, data);
  if (!parsed.success) throw new RecheckStateError(`${versionKeys.recheckState} is invalid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Why an article is due a re-check now, or undefined; `checks` is the count to record when done. */
export function scheduledCheckDue(entry: WatchedArticle, after: number[], now: Date): { checks: number } | undefined {
  const age = now.getTime() - Date.parse(entry.firstSeenAt);
  // Every scheduled time already passed counts as one check: a run that missed 2 h and 12 h checks once.
  const passed = after.filter((ms) => ms <= age).length;
  return passed > entry.checks ? { checks: passed } : undefined;
}

/** True while the article is still watched: within its schedule plus a week of feed changes. */
export function stillWatched(entry: WatchedArticle, after: number[], now: Date): boolean {
  const last = after.at(-1) ?? 0;
  return now.getTime() - Date.parse(entry.firstSeenAt) <= last + WATCH_DAYS_AFTER_SCHEDULE * 86_400_000;
}
