import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { keys } from '../functions/core/ids.ts';
import type { Store } from '../functions/core/ports.ts';
import type { IndexEntry } from '../functions/core/render/report-page.ts';
import {
  DIFF_INDEX_ATTEMPTS,
  DIFF_INDEX_JSON,
  DIFF_INDEX_LIMIT,
  DiffIndexConflictError,
  readDiffIndex,
  updateDiffIndex,
} from '../functions/pipeline/diff-index.ts';

let root: string;
let store: FsStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'claimwatch-diff-index-'));
  store = new FsStore(root);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

/** Entry n, analysed n seconds after midnight, so a larger n is newer. */
function entry(n: number): IndexEntry {
  const id = `art${String(n).padStart(4, '0')}`;
  return {
    id,
    title: `Article ${n}`,
    source: 'example',
    published: '2024-06-20',
    htmlKey: `diffs/2024/06/20/${id}.html`,
    summary: { new: n % 3, contradiction: n % 2, known: 1 },
    alert: n % 2 === 1,
    analyzedAt: new Date(Date.UTC(2024, 5, 20, 0, 0, n)).toISOString(),
  };
}

const ids = (entries: IndexEntry[]) => entries.map((e) => e.id);
const newestFirst = (...ns: number[]) => ns.sort((a, b) => b - a).map((n) => entry(n).id);

/** The article ids the index page links to, in page order. */
async function pageIds(s: Store = store): Promise<string[]> {
  const html = (await s.get(keys.diffIndex))!;
  return [...html.matchAll(/<a href="2024\/06\/20\/([^"]+)\.html"/g)].map((m) => m[1]);
}

describe('updateDiffIndex', () => {
  it('keeps every entry when 25 analyses finish at once, in index.json and in index.html', async () => {
    const all = Array.from({ length: 25 }, (_, i) => i + 1);
    await Promise.all(all.map((n) => updateDiffIndex(store, entry(n))));

    expect(ids(await readDiffIndex(store))).toEqual(newestFirst(...all));
    expect(await pageIds()).toEqual(newestFirst(...all));
    // Nothing but the two objects is left in diffs/: no temp file, no lock.
    expect((await readdir(path.join(root, 'diffs'))).sort()).toEqual(['index.html', 'index.json']);
  });

  it('keeps the newest 200 when concurrent updates push the index past its limit', async () => {
    const old = Array.from({ length: DIFF_INDEX_LIMIT - 10 }, (_, i) => entry(i + 1));
    await store.put(DIFF_INDEX_JSON, JSON.stringify({ entries: [...old].reverse() }));
    const fresh = Array.from({ length: 25 }, (_, i) => DIFF_INDEX_LIMIT + i);
    await Promise.all(fresh.map((n) => updateDiffIndex(store, entry(n))));

    const kept = newestFirst(...old.map((_, i) => i + 1), ...fresh).slice(0, DIFF_INDEX_LIMIT);
    expect(ids(await readDiffIndex(store))).toEqual(kept);
    expect(await pageIds()).toEqual(kept);
  });

  it('replaces an article analysed again instead of listing it twice', async () => {
    await updateDiffIndex(store, entry(1));
    await updateDiffIndex(store, entry(2));
    await updateDiffIndex(store, { ...entry(1), analyzedAt: '2024-06-21T00:00:00.000Z', title: 'Again' });
    const entries = await readDiffIndex(store);
    expect(ids(entries)).toEqual([entry(1).id, entry(2).id]);
    expect(entries[0].title).toBe('Again');
  });

  it('replaces a corrupt index.json rather than blocking new diffs', async () => {
    await store.put(DIFF_INDEX_JSON, '{ not json');
    await updateDiffIndex(store, entry(7));
    expect(JSON.parse((await store.get(DIFF_INDEX_JSON))!)).toEqual({ entries: [entry(7)] });
    expect(await pageIds()).toEqual([entry(7).id]);
  });

  it('renders the page again when index.json changed while it was being written', async () => {
    await updateDiffIndex(store, entry(1));
    // Writer A has stored its entry; before its page lands, writer B stores its entry and its
    // page. A's page (rendered without B) then overwrites B's page.
    let raced = false;
    const racing: Store = Object.assign(Object.create(store) as FsStore, {
      async put(key: string, body: string) {
        if (key === keys.diffIndex && !raced) {
          raced = true;
          await updateDiffIndex(store, entry(3));
        }
        return store.put(key, body);
      },
    });
    await updateDiffIndex(racing, entry(2));

    expect(raced).toBe(true);
    expect(ids(await readDiffIndex(store))).toEqual(newestFirst(1, 2, 3));
    expect(await pageIds()).toEqual(newestFirst(1, 2, 3));
  });

  it('gives up with a clear error when it loses the race every time', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0); // no pauses between tries
    const tries: Array<string | undefined> = [];
    const losing: Store = Object.assign(Object.create(store) as FsStore, {
      async putIfUnchanged(_key: string, _body: string, version: string | undefined) {
        tries.push(version);
        return false;
      },
    });
    await expect(updateDiffIndex(losing, entry(1))).rejects.toThrow(DiffIndexConflictError);
    await expect(updateDiffIndex(losing, entry(1))).rejects.toThrow(
      new RegExp(`could not add ${entry(1).id} to .*diffs/index\\.json: other writers changed it first ${DIFF_INDEX_ATTEMPTS} times in a row`),
    );
    expect(tries).toHaveLength(2 * DIFF_INDEX_ATTEMPTS);
    expect(await store.get(DIFF_INDEX_JSON)).toBeUndefined();
    expect(await store.get(keys.diffIndex)).toBeUndefined();
  });
});
