// Child process of the collector bench: one collect run of the given feeds into an FsStore,
// alone in its process so its RSS high-water mark is the collector's own.
// Usage: node --import tsx bench/collector-run.ts PROFILE_JSON STORE_DIR CONCURRENCY
import fs from 'node:fs';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { createHttpFetcher } from '../functions/adapters/http-fetcher.ts';
import { parseProfile } from '../functions/core/profile.ts';
import { collectFeeds } from '../functions/pipeline/collect.ts';

const [profileFile, storeDir, concurrency] = process.argv.slice(2);
const profile = parseProfile(JSON.parse(fs.readFileSync(profileFile, 'utf8')), profileFile);
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const result = await collectFeeds({
  store: new FsStore(storeDir),
  fetcher: createHttpFetcher({ allowHosts: ['127.0.0.1'] }),
  profile,
  concurrency: Number(concurrency),
});
const wallMs = performance.now() - started;
const feedsFailed = result.feeds.filter((f) => f.status === 'failed');
console.log(
  JSON.stringify({
    wallMs,
    // resourceUsage().maxRSS is in kilobytes
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssBeforeMb: rssBefore / (1024 * 1024),
    stored: result.stored.length,
    retry: result.feeds.reduce((n, f) => n + f.retry, 0),
    failed: feedsFailed.length,
    firstError: feedsFailed[0]?.error,
  }),
);
