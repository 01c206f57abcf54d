// What the collector remembers about each feed between runs, stored at
// `state/feeds/<feed-id>.json`: the validators for a conditional GET, the ids of items it has
// already handled, and how the feed has been failing.
import * as z from 'zod/mini';
import { describeIssues, optionalText } from './validation.ts';

/** How many handled item ids to remember at least (more when one feed lists more items). */
export const SEEN_LIMIT = 2000;

export const FeedStateSchema = z.object({
  feed: z.string().check(z.minLength(1)),
  url: optionalText,
  etag: optionalText,
  lastModified: optionalText,
  /** Article ids already handled (stored or judged off-topic), newest first, bounded. */
  seen: z._default(z.array(z.string()), []),
  /** Article id → failed page fetches so far; after a few the summary is stored instead. */
  pageFailures: z._default(z.record(z.string(), z.number().check(z.int(), z.gte(1))), {}),
  consecutiveFailures: z._default(z.number().check(z.int(), z.gte(0)), 0),
  lastError: z.optional(z.object({ at: z.string(), message: z.string(), code: optionalText })),
  lastAttemptAt: optionalText,
  lastSuccessAt: optionalText,
});

export type FeedState = z.infer<typeof FeedStateSchema>;

export class FeedStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedStateError';
  }
}

export function emptyFeedState(feed: string): FeedState {
  return { feed, seen: [], pageFailures: {}, consecutiveFailures: 0 };
}

/** Parses a stored state; a corrupt one is a FeedStateError that says what is wrong. */
export function parseFeedState(text: string, feed: string): FeedState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FeedStateError(`state of feed ${feed} is not JSON: ${(error as Error).message}`);
  }
  const result = z.safeParse(FeedStateSchema, data);
  if (!result.success) {
    throw new FeedStateError(`state of feed ${feed} is invalid: ${describeIssues(result.error)}`);
  }
  if (result.data.feed !== feed) {
    throw new FeedStateError(`state of feed ${feed} belongs to feed ${result.data.feed}`);
  }
  return result.data;
}

/** Puts `ids` first in the seen list, without repeats, keeping at most `limit` ids. */
export function rememberSeen(seen: readonly string[], ids: readonly string[], limit = SEEN_LIMIT): string[] {
  return [...new Set([...ids, ...seen])].slice(0, limit);
}

export function recordSuccess(state: FeedState, at: string): FeedState {
  return { ...state, consecutiveFailures: 0, lastAttemptAt: at, lastSuccessAt: at };
}

export function recordFailure(state: FeedState, at: string, message: string, code?: string): FeedState {
  return {
    ...state,
    consecutiveFailures: state.consecutiveFailures + 1,
    lastAttemptAt: at,
    lastError: { at, message, ...(code ? { code } : {}) },
  };
}
