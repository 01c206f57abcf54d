// Keeps diffs/index.json (the recent entries, newest first, bounded) and re-renders
// diffs/index.html from it. Called by the analyze step after each diff is written.
//
// The index is derived data for browsing: the diffs themselves are the record. Two analyzers
// finishing at the same moment can each read the old list, and the later write then drops the
// other's entry from the index (never its diff) until that article is analysed again.
// `claimwatch diffs list` reads the stored diffs themselves and is the complete view.
// A corrupt index.json is replaced rather than blocking new diffs.
import { z } from 'zod';
import { keys } from '../core/ids.ts';
import type { Store } from '../core/ports.ts';
import { renderIndexPage, type IndexEntry } from '../core/render/report-page.ts';

export const DIFF_INDEX_JSON = 'diffs/index.json';
/** How many recent diffs the index keeps. */
export const DIFF_INDEX_LIMIT = 200;

const count = z.number().int().nonnegative();
const IndexEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  published: z.string(),
  htmlKey: z.string(),
  summary: z.object({ new: count, contradiction: count, known: count }),
  alert: z.boolean(),
  analyzedAt: z.string(),
});
const IndexSchema = z.object({ entries: z.array(IndexEntrySchema) });

export async function updateDiffIndex(store: Store, entry: IndexEntry): Promise<void> {
  const others = (await readDiffIndex(store)).filter((e) => e.id !== entry.id);
  const entries = [entry, ...others]
    .sort((a, b) => b.analyzedAt.localeCompare(a.analyzedAt))
    .slice(0, DIFF_INDEX_LIMIT);
  await store.put(DIFF_INDEX_JSON, JSON.stringify({ entries }, null, 2) + '\n', 'application/json');
  await store.put(keys.diffIndex, renderIndexPage(entries), 'text/html; charset=utf-8');
}

/** The indexed entries, newest first; empty when there is no index yet or it is unreadable. */
export async function readDiffIndex(store: Store): Promise<IndexEntry[]> {
  const body = await store.get(DIFF_INDEX_JSON);
  if (body === undefined) return [];
  try {
    return IndexSchema.parse(JSON.parse(body)).entries;
  } catch {
    return [];
  }
}
