// The 5 MiB cap on article pages: a page just under it is read; one just over it is not
// downloaded past the cap, and the item is stored with its feed summary at once (a page that
// big will not shrink on a retry), the reason logged.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { createHttpFetcher } from '../functions/adapters/http-fetcher.ts';
import type { Log } from '../functions/core/ports.ts';
import { collectFeeds } from '../functions/pipeline/collect.ts';
import { articlePage, rssFeed, serve, startTestServer, type TestServer } from './helpers/hostile-server.ts';
import { russiaVietnamProfile } from './helpers/profiles.ts';

const MiB = 1024 * 1024;
const profile = russiaVietnamProfile;
const STORY = 'Russia and Vietnam signed a treaty on river shipping in Hanoi, officials in Moscow said.';
const SUMMARY = 'Moscow and Hanoi agree on shipping.';

/** An article page of exactly `bytes` bytes: the story, padded with an HTML comment (cheap to parse). */
function pageOfSize(bytes: number): string {
  const page = articlePage('River shipping', [STORY]);
  const padding = bytes - Buffer.byteLength(page) - '<!--  -->'.length;
  return page.replace('</body>', `<!-- ${'x'.repeat(padding)} --></body>`);
}

let server: TestServer;
let root: string;
beforeAll(async () => {
  server = await startTestServer();
  root = await mkdtemp(path.join(os.tmpdir(), 'claimwatch-page-cap-'));
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

async function collectPageOf(bytes: number, id: string) {
  const page = pageOfSize(bytes);
  expect(Buffer.byteLength(page)).toBe(bytes);
  server.route(`/${id}/story`, serve(page, 'text/html; charset=utf-8'));
  server.route(`/${id}/feed.xml`, serve(rssFeed([{ title: 'Russia and Vietnam: river shipping', link: server.url(`/${id}/story`), description: SUMMARY }])));
  const store = new FsStore(path.join(root, id));
  const warnings: Array<Record<string, unknown>> = [];
  const log: Log = { info() {}, error() {}, warn: (message, fields) => warnings.push({ message, ...fields }) };
  // The fetcher's own default cap is 20 MiB: only the collector's page cap can stop a 5 MiB page.
  const fetcher = createHttpFetcher({ allowHosts: ['127.0.0.1'] });
  const result = await collectFeeds({ store, fetcher, profile, log, feeds: [{ id, name: id, url: server.url(`/${id}/feed.xml`), fetchPages: true }] });
  expect(result.stored).toHaveLength(1);
  const article = JSON.parse((await store.get(result.stored[0].key))!) as { text: string };
  return { article, warnings };
}

describe('the article page cap (5 MiB)', () => {
  it('reads a page just under the cap', async () => {
    const { article, warnings } = await collectPageOf(5 * MiB - 1024, 'under');
    expect(article.text).toContain(STORY);
    expect(warnings).toEqual([]);
  });

  it('does not read a page just over the cap: the item is stored at once with its feed summary, and why is logged', async () => {
    const { article, warnings } = await collectPageOf(5 * MiB + 1024, 'over');
    expect(article.text).not.toContain(STORY);
    expect(article.text).toContain(SUMMARY);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ message: 'article page unusable, storing the feed summary', feed: 'over' });
    expect(String(warnings[0].error)).toMatch(/5242880|5 ?MiB|too large|larger/i);
  });
});
