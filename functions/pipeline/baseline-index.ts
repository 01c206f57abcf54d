// The engine's baseline index, kept in module state so a warm Lambda (or a whole local cycle)
// builds it once. Building is the expensive part, reading is cheap: every call reads the
// manifest and document texts and rebuilds only when their fingerprint (or the profile) changed.
import { createHash } from 'node:crypto';
import { BaselineError, loadBaseline } from '../core/baseline.ts';
import { buildIndex, type BaselineIndex } from '../core/engine/index.ts';
import type { Store } from '../core/ports.ts';
import type { WatchProfile } from '../core/profile.ts';
import type { Baseline } from '../core/types.ts';

export interface LoadedBaseline {
  baseline: Baseline;
  index: BaselineIndex;
  /** Hash of the manifest, every document text and the profile. */
  fingerprint: string;
}

/** Reads a file of the baseline folder by name (`manifest.json`, `<doc-id>.txt`); undefined if missing. */
export type BaselineReader = (name: string) => Promise<string | undefined>;

let cached: LoadedBaseline | undefined;

/** The index of the baseline stored under `baseline/` in the store. */
export function baselineIndexFromStore(store: Store, profile: WatchProfile): Promise<LoadedBaseline> {
  return baselineIndex((name) => store.get(`baseline/${name}`), profile, store.locate('baseline/manifest.json'));
}

/** The index of a baseline read through `read` (a store, or a folder for `claimwatch check`). */
export async function baselineIndex(read: BaselineReader, profile: WatchProfile, origin = 'baseline/manifest.json'): Promise<LoadedBaseline> {
  const manifest = await read('manifest.json');
  if (manifest === undefined) throw new BaselineError(`no baseline: ${origin} is missing`);
  const baseline = await loadBaseline(manifest, (docId) => read(`${docId}.txt`));

  const hash = createHash('sha256').update(manifest).update('\0').update(JSON.stringify(profile));
  for (const doc of baseline.docs) hash.update('\0').update(doc.id).update('\0').update(doc.text);
  const fingerprint = hash.digest('hex');

  if (cached?.fingerprint !== fingerprint) {
    cached = { baseline, index: buildIndex(baseline, profile), fingerprint };
  }
  return cached;
}
