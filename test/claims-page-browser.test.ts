// The claims ledger page (diffs/claims.html) in a real browser, as the analyze step writes it
// into a local store: links to review pages and back work, hostile article text stays inert,
// newest claim first, readable on a 375 px phone. Screenshots go to test/artifacts/.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { articleId, keys } from '../functions/core/ids.ts';
import type { Article } from '../functions/core/types.ts';
import { seedBaseline, sampleProfile } from '../functions/local/local-mode.ts';
import { analyzeStoredArticle } from '../functions/pipeline/analyze.ts';
import { REPO_DIR } from './helpers/review-fixtures.ts';

const ARTIFACTS = `${REPO_DIR}test/artifacts/`;
const PHONE = { width: 375, height: 812 };

let browser: Browser;
let root: string;
let store: FsStore;
const profile = await sampleProfile();

function article(n: number, fields: Partial<Article> & { text: string }): Article {
  const url = fields.url ?? `https://outlet-${n}.example/news/${n}`;
  return {
    id: articleId(`${url}#${n}`),
    url,
    title: `Story ${n}`,
    source: `Outlet ${n}`,
    published: '2024-06-22T08:00:00Z',
    fetchedAt: `2024-06-22T09:0${n}:00.000Z`,
    ...fields,
  };
}

const HOSTILE_CLAIM = 'Rosatom will build a <script>alert(1)</script> research reactor in Vietnam <img src=x onerror=alert(2)> by 2030, officials said.';
const articles = [
  article(1, { text: 'Vietjet will buy 12 Sukhoi Superjet airliners from Russia for its domestic routes in Vietnam, the airline told investors.\n' }),
  article(2, {
    title: '<script>alert(3)</script> hostile headline',
    source: '<img src=x onerror=alert(4)>',
    url: 'javascript:alert(5)',
    text: `${HOSTILE_CLAIM}\nA${'a'.repeat(180)} long unbroken word about Russia and Vietnam stayed inside the screen.\n`,
  }),
  article(3, { text: 'Vietjet will buy 12 Sukhoi Superjet airliners from Russia for its domestic routes in Vietnam, the airline told investors.\n' }),
  article(4, { text: 'Vietjet will buy 30 Sukhoi Superjet airliners from Russia for its domestic routes in Vietnam, the airline told investors.\n' }),
];

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  root = await mkdtemp(path.join(tmpdir(), 'claimwatch-claims-page-'));
  store = new FsStore(root);
  await seedBaseline(store);
  const sent: unknown[] = [];
  for (const a of articles) {
    const key = keys.article(a.id, a.fetchedAt);
    await store.put(key, JSON.stringify(a));
    await analyzeStoredArticle({ store, notifier: { notify: async (m) => void sent.push(m) }, profile }, key);
  }
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: [...chromium.args, '--no-sandbox'], headless: true });
});
afterAll(async () => {
  await browser?.close();
  await rm(root, { recursive: true, force: true });
});

describe('claims page in Chromium', () => {
  it('lists claims newest first with their repeats, links to review pages and back, no horizontal scroll at 375 px', async () => {
    const file = path.join(root, 'diffs', 'claims.html');
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const ids = await page.locator('li.claim-item').evaluateAll((items) => items.map((li) => li.id));
    expect(ids.length).toBe(4); // 12 Sukhoi, the hostile article's two, 30 Sukhoi (the repeat adds none)
    const seqs = ids.map((id) => Number(/claim-c(\d+)-/.exec(id)![1]));
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);

    const sukhoi = page.locator('li.claim-item', { hasText: '12 Sukhoi' });
    await sukhoi.locator('summary').click();
    expect(await sukhoi.locator('ul.seen li').innerText()).toContain('Outlet 3');
    expect(await page.locator('li.claim-item', { hasText: '30 Sukhoi' }).innerText()).toMatch(/contradiction · number/);
    expect(await sukhoi.innerText()).toMatch(/contradicted by c\d+-1 \(Outlet 4\)/);

    // every relative link points at a file that exists
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const local = hrefs.filter((h) => h.startsWith('file:'));
    expect(local.length).toBeGreaterThanOrEqual(4);
    for (const href of local) expect(existsSync(fileURLToPath(href.split('#')[0])), href).toBe(true);

    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}claims-page-phone.png`, fullPage: true });

    // first article's review page, then its ledger link back to this claim
    await sukhoi.locator('p.meta a', { hasText: 'Story 1' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\.html#finding-f1$/);
    const back = page.locator('a.claim-ref').first();
    const target = await back.getAttribute('href');
    await back.click();
    await page.waitForLoadState('load');
    expect(page.url()).toContain('claims.html#claim-c');
    expect(await page.locator(`li${new URL(page.url()).hash}`).innerText()).toContain('12 Sukhoi');
    expect(target).toMatch(/^\.\.\/\.\.\/\.\.\/claims\.html#claim-c\d+-1$/);
  });

  it('shows hostile article text as text: no script runs, no image loads, a javascript: URL is no link', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(path.join(root, 'diffs', 'claims.html')).href, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, img, iframe').count()).toBe(0);
    const body = await page.locator('body').innerText();
    for (const literal of ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '<script>alert(3)</script> hostile headline', '<img src=x onerror=alert(4)>']) {
      expect(body).toContain(literal);
    }
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}claims-page-hostile-phone.png`, fullPage: true });
  });
});
