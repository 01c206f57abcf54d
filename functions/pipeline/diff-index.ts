// Keeps diffs/index.json (the recent entries, newest first, bounded) and re-renders
// diffs/index.html from it. Called by the analyze step after each diff is written.
//
// Several analyzers can finish at once (the analyze Lambda runs in parallel on a burst of
// articles; local analyses may overlap too), so index.json is updated with optimistic
// concurrency: read it with its version, merge the entry, write it back with putIfUnchanged.
// A writer that lost the race waits a short random moment, reads the newer list and merges
// again, so no entry is dropped. After DIFF_INDEX_ATTEMPTS lost races in a row it throws
// DiffIndexConflictError and the analysis fails with it (on AWS, SQS then retries it).
// The page must not go stale either: every writer renders it from the index.json it wrote and,
// once the page is written, checks that index.json still reads the same. If it changed
// meanwhile, the page just written may have landed after the newer writer's page, so it
// renders again from the newer list. So once the writers are done, the page shows the latest index.
// The diffs themselves remain the record: `claimwatch diffs list` reads them.
// A corrupt index.json is replaced rather than blocking new diffs.
import { setTimeout as sleep } from 'node:timers/promises';
import * as z from 'zod/mini';
import { keys } from '../core/ids.ts';
import type { Store } from '../core/ports.ts';
import { renderIndexPage, type IndexEntry } from '../core/render/report-page.ts';

export const DIFF_INDEX_JSON = 'diffs/index.json';
/** How many recent diffs the index keeps. */
export const DIFF_INDEX_LIMIT = 200;
/** Tries at writing index.json before giving up on a persistent race. */
export const DIFF_INDEX_ATTEMPTS = 10;
/** The pause before try n+1 is random in [0, min(cap, base·2^(n-1))) ms ("full jitter"). */
const RETRY_BASE_MS = 20;
const RETRY_CAP_MS = 1000;
/** Renders of the page while index.json keeps changing under it, before giving up. */
const PAGE_RENDERS = 20;

/** The index could not be brought up to date because other writers kept winning. */
export class DiffIndexConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiffIndexConflictError';
  }
}

const count = z.number().check(z.int(), z.nonnegative());
const IndexEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  published: z.string(),
  htmlKey: z.string(),
  summary: z.object({ new: count, contradiction: count, known: count, repeated: z.optional(count) }),
  alert: z.boolean(),
  analyzedAt: z.string(),
});
const IndexSchema = z.object({ entries: z.array(IndexEntrySchema) });

export async function updateDiffIndex(store: Store, entry: IndexEntry): Promise<void> {
  let body: string;
  for (let attempt = 1; ; attempt++) {
    const current = await store.getWithVersion(DIFF_INDEX_JSON);
    const entries = withEntry(parseIndex(current?.body), entry);
    body = JSON.stringify({ entries }, null, 2) + '\n';
    if (await store.putIfUnchanged(DIFF_INDEX_JSON, body, current?.version, 'application/json')) break;
    if (attempt >= DIFF_INDEX_ATTEMPTS) {
      throw new DiffIndexConflictError(
        `could not add ${entry.id} to ${store.locate(DIFF_INDEX_JSON)}: other writers changed it first ${attempt} times in a row`,
      );
    }
    await sleep(Math.random() * Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1)));
  }
  await writeIndexPage(store, body);
}

/** The indexed entries, newest first; empty when there is no index yet or it is unreadable. */
export async function readDiffIndex(store: Store): Promise<IndexEntry[]> {
  return parseIndex(await store.get(DIFF_INDEX_JSON));
}

/**
 * Renders diffs/index.html from the index.json just written, then again from the latest one
 * while index.json differs from what the page shows. (Bodies are compared, not versions, so a
 * read that catches a write half done only costs another render.)
 */
async function writeIndexPage(store: Store, written: string): Promise<void> {
  let shown: string | undefined = written;
  for (let render = 1; ; render++) {
    await store.put(keys.diffIndex, renderIndexPage(parseIndex(shown)), 'text/html; charset=utf-8');
    const latest = await store.get(DIFF_INDEX_JSON);
    if (latest === shown) return;
    if (render >= PAGE_RENDERS) {
      throw new DiffIndexConflictError(
        `${store.locate(keys.diffIndex)} may be behind ${store.locate(DIFF_INDEX_JSON)}: it changed during each of ${render} renders`,
      );
    }
    shown = latest;
  }
}

/** The entry in place of any older one for the same article, newest first, bounded. */
function withEntry(entries: IndexEntry[], entry: IndexEntry): IndexEntry[] {
  return [entry, ...entries.filter((e) => e.id !== entry.id)]
    .sort((a, b) => b.analyzedAt.localeCompare(a.analyzedAt))
    .slice(0, DIFF_INDEX_LIMIT);
}

function parseIndex(body: string | undefined): IndexEntry[] {
  if (body === undefined) return [];
  try {
    return z.parse(IndexSchema, JSON.parse(body)).entries;
  } catch {
    return [];
  }
}
