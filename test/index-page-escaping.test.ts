// The diff index page shows text that comes from feeds (title, source, dates): each field is
// hostile here, and the page must show it as text, never as markup. Checked on the parsed
// page: no element or event-handler attribute that the data could have brought in.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { keys } from '../functions/core/ids.ts';
import { renderIndexPage, type IndexEntry } from '../functions/core/render/index-page.ts';
import { updateDiffIndex } from '../functions/pipeline/diff-index.ts';

const HOSTILE = {
  title: '<script>alert("title")</script>',
  source: '<img src=x onerror=alert("source")>',
  published: '"><svg onload=alert("published")>',
  analyzedAt: '2024-06-21T10:00:00Z<iframe src=javascript:alert(1)>',
};

const entry: IndexEntry = {
  id: 'hostile01',
  ...HOSTILE,
  htmlKey: 'diffs/2024/06/21/hostile01.html',
  summary: { new: 1, contradiction: 0, known: 0 },
  alert: true,
};

function assertInert(html: string): void {
  const { document } = parseHTML(html);
  for (const tag of ['img', 'svg', 'iframe', 'object', 'embed']) expect(document.querySelectorAll(tag), tag).toHaveLength(0);
  // The page itself carries no scripts; any <script> would be the data's.
  expect(document.querySelectorAll('script')).toHaveLength(0);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const name of element.getAttributeNames()) expect(name.startsWith('on'), `${element.tagName} ${name}`).toBe(false);
  }
  const meta = document.querySelector('.entry .meta')!.textContent!;
  expect(meta).toContain(HOSTILE.source);
  expect(meta).toContain(HOSTILE.published);
  expect(document.querySelector('.entry .title a')!.textContent).toBe(HOSTILE.title);
}

describe('diff index page with hostile feed text', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'claimwatch-index-escaping-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('renders title, source and dates as text, with no element or handler they could inject', () => {
    assertInert(renderIndexPage([entry]));
  });

  it('the stored diffs/index.html, as the analyzer writes it, is just as inert', async () => {
    const store = new FsStore(root);
    await updateDiffIndex(store, entry);
    assertInert((await store.get(keys.diffIndex))!);
  });

  it('a link made elsewhere (a presigned URL, for diffs page) cannot break out of its attribute', () => {
    const { document } = parseHTML(renderIndexPage([entry], () => 'https://bucket.example/x?a=1&b="><img src=x onerror=alert(2)>'));
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelector('.entry .title a')!.getAttribute('href')).toBe('https://bucket.example/x?a=1&b="><img src=x onerror=alert(2)>');
  });
});
