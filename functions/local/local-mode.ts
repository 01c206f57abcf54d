// The embedded default (`npm start`): one cycle over the bundled sample feeds, with a
// filesystem store, the sample sites on a loopback server and a console/outbox notifier.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { ConsoleNotifier } from '../adapters/console-notifier.ts';
import { FsStore } from '../adapters/fs-store.ts';
import { createHttpFetcher } from '../adapters/http-fetcher.ts';
import { parseManifest } from '../core/baseline.ts';
import { keys } from '../core/ids.ts';
import { silentLog, type Log, type Store } from '../core/ports.ts';
import { FeedSchema, parseProfile, type WatchProfile } from '../core/profile.ts';
import { runCycle, type CycleSummary } from '../pipeline/run-cycle.ts';
import { defaultBaselineDir, defaultProfileFile, samplesDir } from './paths.ts';
import { readLocalConfig } from './local-config.ts';
import { sampleSiteFetcher, startSampleServer } from './sample-sites.ts';

export interface LocalRunOptions {
  /** The store folder (default ./.claimwatch). */
  dir: string;
  /** Where alerts are printed. */
  print?: (text: string) => void;
  log?: Log;
  now?: () => Date;
}

export interface LocalRunResult {
  store: FsStore;
  summary: CycleSummary;
  /** True when this run copied the repo's baseline into the store. */
  seededBaseline: boolean;
}

export async function runLocalCycle(options: LocalRunOptions): Promise<LocalRunResult> {
  const store = new FsStore(options.dir);
  const config = await readLocalConfig(store);
  const seededBaseline = await seedBaseline(store);
  const profile = await sampleProfile();
  // The sample sites change between runs: from the second run on, an edited article is served.
  const edition = await nextSampleEdition(store);
  const server = await startSampleServer(undefined, { edition });
  try {
    const fetcher = sampleSiteFetcher(createHttpFetcher({ allowHosts: ['127.0.0.1'] }), server.origin);
    const notifier = new ConsoleNotifier({ store, print: options.print, now: options.now, policy: config.policy });
    const summary = await runCycle({
      store,
      fetcher,
      notifier,
      profile,
      log: options.log ?? silentLog,
      now: options.now,
      recheckAfter: config.recheckAfter,
    });
    return { store, summary, seededBaseline };
  } finally {
    await server.close();
  }
}

/** Counts local runs on this store (local/runs.json, outside state/): run N sees sample edition N. */
async function nextSampleEdition(store: Store): Promise<number> {
  const key = 'local/runs.json';
  let runs = 0;
  try {
    runs = Number((JSON.parse((await store.get(key)) ?? '{}') as { runs?: unknown }).runs) || 0;
  } catch {
    runs = 0;
  }
  await store.put(key, JSON.stringify({ runs: runs + 1 }) + '\n', 'application/json');
  return runs + 1;
}

/**
 * Copies the repo's baseline/ into the store when the store has none. The manifest goes last,
 * so an interrupted copy is simply redone next time; a baseline already in the store (perhaps
 * grown with `claimwatch baseline add`) is never overwritten.
 */
export async function seedBaseline(store: Store, fromDir = defaultBaselineDir): Promise<boolean> {
  if ((await store.get(keys.baselineManifest)) !== undefined) return false;
  const manifestJson = await readFile(path.join(fromDir, 'manifest.json'), 'utf8');
  const manifest = parseManifest(manifestJson, path.join(fromDir, 'manifest.json'));
  for (const doc of manifest.documents) {
    await store.put(keys.baselineDoc(doc.id), await readFile(path.join(fromDir, `${doc.id}.txt`), 'utf8'), 'text/plain; charset=utf-8');
  }
  await store.put(keys.baselineManifest, manifestJson, 'application/json');
  return true;
}

/** The Russia–Vietnam profile with its (unreachable here) public feeds swapped for the samples. */
export async function sampleProfile(): Promise<WatchProfile> {
  const profile = JSON.parse(await readFile(defaultProfileFile, 'utf8')) as Record<string, unknown>;
  const feedsFile = path.join(samplesDir, 'feeds.json');
  const feeds = z.parse(z.array(FeedSchema), JSON.parse(await readFile(feedsFile, 'utf8')));
  return parseProfile({ ...profile, feeds }, `${defaultProfileFile} with ${feedsFile}`);
}
