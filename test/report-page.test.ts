// The review page, index page and terminal renderers: escaping, highlights at the report's
// offsets, the legend and the baseline evidence. Pages are parsed with linkedom, not grepped.
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIndexPage, renderReportPage, type IndexEntry } from '../functions/core/render/report-page.ts';
import { renderDiffList, renderReportText } from '../functions/core/render/terminal.ts';
import type { ArticleInput, Baseline, Report } from '../functions/core/types.ts';
import { findingFor, fixtureArticle, handBuiltHanoiReport, reportOf } from './helpers/review-fixtures.ts';

const dom = (html: string) => parseHTML(html).document;
/** The text of a claim's mark without its label tag. */
const markText = (mark: Element) => Array.from(mark.childNodes).filter((n) => !(n as Element).classList?.contains('tag')).map((n) => n.textContent).join('');

describe('review page of a report with every label', () => {
  let article: ArticleInput;
  let report: Report;
  let baseline: Baseline;
  let doc: Document;
  beforeAll(async () => {
    ({ article, report, baseline } = await handBuiltHanoiReport());
    doc = dom(renderReportPage({ report, article, baselineDocs: baseline.docs }));
  });

  it('highlights each claim at its offsets, with its label in words and as a class', () => {
    for (const finding of report.findings) {
      const mark = doc.querySelector(`mark#claim-${finding.id}`)!;
      expect(mark, finding.id).not.toBeNull();
      expect(mark.classList.contains(finding.label)).toBe(true);
      expect(markText(mark)).toBe(article.text.slice(finding.claim.start, finding.claim.end));
      expect(mark.querySelector('.tag')!.textContent).toContain(finding.label);
    }
    expect(doc.querySelectorAll('.article mark.claim')).toHaveLength(report.findings.length);
  });

  it('keeps all the article text, in order, between the highlights', () => {
    const shown = Array.from(doc.querySelectorAll('.article .row > p')).map((p) => Array.from(p.childNodes).map((n) => ((n as Element).classList?.contains('claim') ? markText(n as Element) : n.textContent)).join(''));
    expect(shown.join('\n')).toBe(article.text);
  });

  it('shows title, source, date, a link to the article and the counts', () => {
    expect(doc.querySelector('h1')!.textContent).toBe(article.title);
    const meta = doc.querySelector('header .meta')!;
    expect(meta.textContent).toContain(article.source);
    expect(meta.textContent).toContain(article.published);
    expect(meta.querySelector('a')!.getAttribute('href')).toBe(new URL(article.url).href);
    const counts = doc.querySelector('.counts')!.textContent!;
    for (const [label, n] of Object.entries(report.summary)) expect(counts).toContain(`${n} ${label}`);
  });

  it('has a legend naming every label', () => {
    const legend = doc.querySelector('.legend')!;
    for (const label of ['new', 'contradiction', 'known']) expect(legend.querySelector(`mark.${label}`)!.textContent).toContain(label);
  });

  it('puts the baseline evidence (document title, quote, reason) beside each contradiction', () => {
    const contradiction = report.findings.find((f) => f.label === 'contradiction')!;
    const row = doc.querySelector(`mark#claim-${contradiction.id}`)!.closest('.row')!;
    const aside = row.querySelector(`aside.evidence[data-finding="${contradiction.id}"]`)!;
    expect(aside).not.toBeNull();
    expect(aside.textContent).toContain(contradiction.reason);
    for (const ev of contradiction.evidence) {
      const title = baseline.docs.find((d) => d.id === ev.doc)!.title;
      const quote = Array.from(aside.querySelectorAll('blockquote')).find((q) => q.textContent!.includes(ev.text));
      expect(quote, ev.doc).toBeDefined();
      expect(quote!.querySelector('cite')!.textContent).toBe(title);
    }
    // known findings are not contradictions: no evidence box beside them
    expect(doc.querySelectorAll('aside.evidence')).toHaveLength(1);
  });

  it('forbids scripts with a Content-Security-Policy and carries none', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    expect(doc.querySelectorAll('script, link[rel=stylesheet], img, iframe')).toHaveLength(0);
  });
});

describe('hostile article and baseline text', () => {
  let doc: Document;
  let html: string;
  let article: ArticleInput;
  beforeAll(async () => {
    article = await fixtureArticle('hostile');
    const lines = article.text.split('\n');
    const baselineDocs = [{ id: 'evil', title: '<b onmouseover=alert(4)>doc</b>', source: '"><script>alert(5)</script>', published: '' }];
    const report = reportOf(article, [
      findingFor(article.text, 'f1', 'new', lines[0]),
      findingFor(article.text, 'f2', 'contradiction', lines[1], {
        evidence: [{ doc: 'evil', text: '<iframe src="javascript:alert(6)"></iframe>', start: 0, end: 10 }],
        reason: 'because <svg onload=alert(7)>',
      }),
      findingFor(article.text, 'f3', 'known', lines[2]),
    ]);
    html = renderReportPage({ report, article, baselineDocs });
    doc = dom(html);
  });

  it('shows markup from the article and the baseline as text, never as elements', () => {
    expect(doc.querySelectorAll('script, img, iframe, svg')).toHaveLength(0);
    const text = doc.body.textContent!;
    for (const literal of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(3)">', '<b onmouseover=alert(4)>doc</b>', '<svg onload=alert(7)>', '<iframe src="javascript:alert(6)"></iframe>']) {
      expect(text).toContain(literal);
    }
    expect(doc.querySelector('title')!.textContent).toContain('<script>alert(1)</script>');
  });

  it('has no event handler attributes and links only to http(s)', () => {
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on/i);
    }
    for (const a of Array.from(doc.querySelectorAll('a[href]'))) expect(a.getAttribute('href')).toMatch(/^(https?:|#)/);
    // the article's javascript: URL is shown, not linked
    expect(doc.querySelector('header .meta .url')!.tagName).toBe('SPAN');
    expect(html).not.toMatch(/href="javascript/i);
  });
});

describe('claims whose offsets do not fit', () => {
  const text = 'Russia and Vietnam signed a deal.\nHanoi hosted Putin for two days and\nthe talks went on late.';
  const article = { title: 't', url: 'https://example.org/a', source: 's', published: '2024-06-20', text };

  it('finds a claim by its text when the offsets are out of range, lists an unplaceable one, skips an overlap', () => {
    const good = findingFor(text, 'f1', 'new', 'Russia and Vietnam signed a deal.');
    const shifted = { ...findingFor(text, 'f2', 'known', 'Hanoi hosted Putin'), claim: { text: 'Hanoi hosted Putin', start: 500, end: 520 } };
    const missing = { ...findingFor(text, 'f3', 'new', 'the talks'), claim: { text: 'not in the article', start: -4, end: 2 } };
    const overlap = findingFor(text, 'f4', 'new', 'Vietnam signed');
    const doc = dom(renderReportPage({ report: reportOf(article, [good, shifted, missing, overlap]), article, baselineDocs: [] }));
    expect(markText(doc.querySelector('mark#claim-f1')!)).toBe('Russia and Vietnam signed a deal.');
    expect(markText(doc.querySelector('mark#claim-f2')!)).toBe('Hanoi hosted Putin');
    for (const id of ['f3', 'f4']) {
      expect(doc.querySelector(`mark#claim-${id}`)).toBeNull();
      expect(doc.querySelector(`#finding-${id}`)!.textContent).toContain('Not highlighted');
    }
  });

  it('tags a claim spanning a line break once and keeps both paragraphs highlighted', () => {
    const span = findingFor(text, 'f1', 'contradiction', 'two days and\nthe talks', { reason: 'dates differ' });
    const doc = dom(renderReportPage({ report: reportOf(article, [span]), article, baselineDocs: [] }));
    const parts = doc.querySelectorAll('mark[data-finding="f1"]');
    expect(parts).toHaveLength(2);
    expect(doc.querySelectorAll('mark[data-finding="f1"] .tag')).toHaveLength(1);
    expect(doc.querySelectorAll('aside.evidence[data-finding="f1"]')).toHaveLength(1);
  });
});

describe('index page', () => {
  const entry = (id: string, analyzedAt: string, title: string): IndexEntry => ({
    id, title, source: 'src', published: '2024-06-20', htmlKey: `diffs/2024/06/20/${id}.html`,
    summary: { new: 2, contradiction: 1, known: 3 }, alert: true, analyzedAt,
  });

  it('lists diffs newest first with counts and relative links, escaping titles', () => {
    const doc = dom(renderIndexPage([entry('aaa', '2024-06-20T10:00:00Z', 'older'), entry('bbb', '2024-06-21T10:00:00Z', '<script>x</script>')]));
    const links = Array.from(doc.querySelectorAll('.entry .title a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['2024/06/20/bbb.html', '2024/06/20/aaa.html']);
    expect(links[0].textContent).toBe('<script>x</script>');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('.entry .counts')!.textContent).toMatch(/1 contradiction.*2 new.*3 known/);
  });

  it('says so when there is nothing yet', () => {
    expect(dom(renderIndexPage([])).querySelector('main')!.textContent).toContain('No diffs yet');
  });
});

describe('terminal rendering', () => {
  it('is plain without colour, coloured with it, and never passes control characters through', async () => {
    const { report, baseline } = await handBuiltHanoiReport();
    const hostile = { ...report, article: { ...report.article, title: 'Title\x1b[2J\x1b]0;owned\x07 end' } };
    const docTitles = new Map(baseline.docs.map((d) => [d.id, d.title]));
    const plain = renderReportText(hostile, { color: false, docTitles });
    expect(plain).not.toContain('\x1b');
    expect(plain).not.toContain('\x07');
    for (const f of report.findings) expect(plain).toContain(`${f.label.toUpperCase()}${f.type ? `/${f.type}` : ''} ${f.id}  ${f.claim.text}`);
    expect(plain).toContain(docTitles.get('002_8c3dc0f376b91e61'));
    const coloured = renderReportText(report, { color: true, docTitles });
    expect(coloured).toContain('\x1b[1;31m⚠ CONTRADICTION/number\x1b[0m');
    expect(renderDiffList([{ id: 'x', date: '2024-06-20', error: 'bad\x1b[31m json' }], false)).toBe('2024-06-20  x  unreadable: bad [31m json\n');
  });
});
