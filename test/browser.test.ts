// The review page in a real browser (Chromium from @sparticuz/chromium, no system browser):
// highlights with labels, evidence beside contradictions, hostile text inert, no horizontal
// scroll on a 375 px phone. Screenshots go to test/artifacts/ (git-ignored) for people to look at.
import { mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, buildIndex } from '../functions/core/engine/index.ts';
import { renderReportPage, type ReportPageInput } from '../functions/core/render/report-page.ts';
import { findingFor, fixtureArticle, handBuiltHanoiReport, repoBaseline, repoProfile, reportOf, REPO_DIR } from './helpers/review-fixtures.ts';

const ARTIFACTS = `${REPO_DIR}test/artifacts/`;
const PHONE = { width: 375, height: 812 };
const DESK = { width: 1280, height: 900 };

// Pages stay open until the browser closes: with the single-process flags of @sparticuz/chromium,
// closing a page can take the whole browser down.
let browser: Browser;
beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: [...chromium.args, '--no-sandbox'], headless: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Writes the page to test/artifacts/NAME.html and opens it from there, recording any dialog. */
async function open(name: string, input: ReportPageInput, viewport = PHONE): Promise<{ page: Page; dialogs: string[] }> {
  const file = `${ARTIFACTS}${name}.html`;
  await writeFile(file, renderReportPage(input));
  const page = await browser.newPage({ viewport });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, dialogs };
}

/** The first screen (what the analyst sees on opening) and the whole page. */
async function screenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}${name}-first-screen.png` });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('review page in Chromium', () => {
  it('highlights every finding of a real analysis with its label, on a phone without horizontal scroll', async () => {
    const article = await fixtureArticle('hanoi-visit');
    const baseline = await repoBaseline();
    const report = analyzeArticle(article, buildIndex(baseline, await repoProfile()));
    expect(report.findings.length).toBeGreaterThan(0);
    const { page } = await open('real-analysis-phone', { report, article, baselineDocs: baseline.docs });
    for (const finding of report.findings) {
      const mark = page.locator(`mark#claim-${finding.id}`);
      await expect.poll(() => mark.isVisible(), { timeout: 2000 }).toBe(true);
      expect(await mark.getAttribute('class')).toContain(finding.label);
      expect(await mark.locator('.tag').innerText()).toMatch(new RegExp(`${finding.label} ${finding.id}`, 'i'));
      expect((await mark.innerText()).replace(/\s+/g, ' ')).toContain(finding.claim.text.trim().replace(/\s+/g, ' '));
    }
    for (const finding of report.findings.filter((f) => f.label === 'contradiction')) {
      const aside = page.locator(`aside.evidence[data-finding="${finding.id}"]`);
      expect(await aside.isVisible()).toBe(true);
      for (const ev of finding.evidence) expect((await aside.innerText()).replace(/\s+/g, ' ')).toContain(ev.text.replace(/\s+/g, ' ').trim());
    }
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshots(page, 'real-analysis-phone');
  });

  it('shows the baseline evidence of a contradiction beside it on a desk and below it on a phone', async () => {
    const { article, report, baseline } = await handBuiltHanoiReport();
    const input = { report, article, baselineDocs: baseline.docs, analyzedAt: '2024-06-20T10:00:00Z' };
    const contradiction = report.findings.find((f) => f.label === 'contradiction')!;
    const docTitle = baseline.docs.find((d) => d.id === contradiction.evidence[0].doc)!.title;

    for (const [name, viewport] of [['contradiction-desk', DESK], ['contradiction-phone', PHONE]] as const) {
      const { page } = await open(name, input, viewport);
      const mark = page.locator(`mark#claim-${contradiction.id}`);
      const aside = page.locator(`aside.evidence[data-finding="${contradiction.id}"]`);
      expect(await aside.isVisible()).toBe(true);
      const text = await aside.innerText();
      expect(text).toContain(docTitle);
      expect(text).toContain(contradiction.evidence[0].text);
      expect(text).toContain(contradiction.reason);
      expect(await mark.locator('.tag').innerText()).toMatch(/contradiction/i);

      const [markBox, asideBox] = [(await mark.boundingBox())!, (await aside.boundingBox())!];
      if (viewport === DESK) expect(asideBox.x).toBeGreaterThanOrEqual(markBox.x + markBox.width - 1); // to the right
      else expect(asideBox.y).toBeGreaterThanOrEqual(markBox.y + markBox.height - 1); // underneath
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshots(page, name);
    }
  });

  it('prints with labels and evidence and without the screen layout', async () => {
    const { article, report, baseline } = await handBuiltHanoiReport();
    const { page } = await open('contradiction-print', { report, article, baselineDocs: baseline.docs }, DESK);
    await page.emulateMedia({ media: 'print' });
    const row = page.locator('.row.has-side');
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await page.locator('header a.url').evaluate((el) => getComputedStyle(el, '::after').content)).toContain(new URL(article.url).href);
    await page.screenshot({ path: `${ARTIFACTS}contradiction-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows script and image markup from an article as text, and no dialog opens', async () => {
    const article = await fixtureArticle('hostile');
    const lines = article.text.split('\n');
    const report = reportOf(article, [
      findingFor(article.text, 'f1', 'new', lines[0]),
      findingFor(article.text, 'f2', 'contradiction', lines[1], {
        evidence: [{ doc: 'x', text: '<img src=x onerror=alert(9)>', start: 0, end: 5 }],
        reason: '<script>alert(8)</script>',
      }),
      findingFor(article.text, 'f3', 'known', lines[3]),
    ]);
    const baselineDocs = [{ id: 'x', title: '<script>alert(10)</script>', source: '', published: '' }];
    const { page, dialogs } = await open('hostile-phone', { report, article, baselineDocs });
    await page.waitForTimeout(300); // an onerror handler would fire after the image failed to load
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, img, iframe').count()).toBe(0);
    const body = await page.locator('body').innerText();
    for (const literal of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(9)>', '<script>alert(10)</script>']) {
      expect(body).toContain(literal);
    }
    expect(await page.title()).toContain('<script>alert(1)</script>');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0); // the unbroken 150-character URL wraps
    await screenshots(page, 'hostile-phone');
  });
});
