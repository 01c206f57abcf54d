// The review page of one report: the article text with every claim highlighted by label, the
// baseline evidence beside each contradiction, and the findings list. Self-contained HTML (inline
// CSS, no scripts, a CSP that forbids them); every piece of article and baseline text is escaped.
import { cutNotice, type Article, type BaselineDocMeta, type Finding, type Report } from '../types.ts';
import { escapeHtml, LABEL_ORDER, LABELS, linkOrText, page } from './html.ts';
import { locateClaims, type PlacedClaim } from './claims.ts';
import { relativeHref } from './index-page.ts';
import type { StoryLink } from '../types.ts';

export { renderIndexPage, type IndexEntry } from './index-page.ts';

export interface ReportPageInput {
  report: Report;
  /** The article text the report's offsets point into. */
  article: Pick<Article, 'title' | 'url' | 'source' | 'published' | 'text'>;
  /** Titles of baseline documents, to name the evidence. */
  baselineDocs: BaselineDocMeta[];
  /** When the report was made (ISO), shown in the footer. */
  analyzedAt?: string;
  /** [edits hook] Rendered HTML put before the article (version-history.ts: the edits so far). */
  beforeArticle?: string;
  /** The claims ledger page and this page's own key: the page links to the ledger relatively. */
  claimsPageKey?: string;
  htmlKey?: string;
}

export function renderReportPage(input: ReportPageInput): string {
  const { report, article } = input;
  const docs = new Map(input.baselineDocs.map((d) => [d.id, d]));
  const { placed, unplaced } = locateClaims(article.text, report.findings);
  const besideText = new Set(placed.filter((p) => p.finding.label === 'contradiction').map((p) => p.finding.id));
  const ledgerHref = input.claimsPageKey && input.htmlKey ? relativeHref(input.htmlKey, input.claimsPageKey) : undefined;

  const body = `<div class="wrap">
<header>
<p class="muted">claimwatch review</p>
<h1>${escapeHtml(article.title || '(untitled article)')}</h1>
<p class="meta">${escapeHtml(article.source || 'unknown source')} · <time>${escapeHtml(article.published || 'no date')}</time><br>${linkOrText(article.url)}</p>
<p class="verdict ${report.alert ? 'alert' : 'quiet'}">${verdict(report)}</p>
${counts(report)}
${report.story ? storyNote(report.story) : ''}
${ledgerHref ? `<p class="muted"><a class="ledger-link" href="${escapeHtml(ledgerHref)}">Claims ledger: every claim, first seen and repeats</a></p>` : ''}
</header>
${legend()}
${input.beforeArticle ?? ''}
<main>
<h2>Article</h2>
<div class="article">
${articleRows(article.text, placed, docs) || '<p class="muted">(the article has no text)</p>'}
</div>
<h2>Findings (${report.findings.length})</h2>
${findingsList(report.findings, unplaced, besideText, docs, ledgerHref)}
</main>
<footer class="muted">Article id ${escapeHtml(report.article.id)}${input.analyzedAt ? ` · analysed ${escapeHtml(input.analyzedAt)}` : ''} · offsets index the stored article and baseline texts.</footer>
</div>`;
  return page(`${article.title || 'Untitled article'} · claimwatch review`, REPORT_CSS, body);
}

/** "Same story as …, also run by …": the article is a near copy of one seen before. */
function storyNote(story: StoryLink): string {
  const name = (a: StoryLink['first']) =>
    `${linkOrText(a.url, a.title || '(untitled article)')} <span class="muted">(${escapeHtml(a.source || 'unknown source')})</span>`;
  const also = story.alsoRunBy.length ? `, also run by ${story.alsoRunBy.map(name).join(', ')}` : '';
  return `<p class="story">Same story as ${name(story.first)}${also}. <span class="muted">About ${Math.round(story.similarity * 100)}% of its wording is shared; only claims the first did not make can alert.</span></p>`;
}

function verdict(report: Report): string {
  const cut = report.cut ? ` ${cutNotice(report.cut)}` : '';
  if (!report.relevant) return `Not relevant to the watch profile: no alert.${cut}`;
  if (report.alert) return `⚑ Alert: this article says something the baseline does not, or contradicts it.${cut}`;
  if (report.summary.repeated) return `No alert: what it says beyond the baseline was alerted before (↻ repeated, see the claims ledger).${cut}`;
  return `No alert: nothing new or contradicting.${cut}`;
}

function counts(report: Report): string {
  const items = LABEL_ORDER.map(
    (label) => `<li><span class="badge ${label}">${LABELS[label].icon} ${report.summary[label] ?? 0} ${LABELS[label].word}</span></li>`,
  );
  return `<ul class="counts" aria-label="Counts">${items.join('')}</ul>`;
}

function legend(): string {
  const rows = LABEL_ORDER.map(
    (label) => `<li><mark class="claim ${label}"><span class="tag">${LABELS[label].icon} ${LABELS[label].word}</span></mark> ${escapeHtml(LABELS[label].meaning)}</li>`,
  );
  return `<section class="legend" aria-label="Legend"><h2>Legend</h2><ul>${rows.join('')}</ul></section>`;
}

/** One row per paragraph; a paragraph holding contradictions gets their evidence beside it. */
function articleRows(text: string, placed: PlacedClaim[], docs: Map<string, BaselineDocMeta>): string {
  return toParagraphs(text, placed)
    .map(({ html, contradictions }) => {
      if (!contradictions.length) return `<div class="row"><p>${html}</p></div>`;
      const asides = contradictions.map((f) => evidenceAside(f, docs)).join('');
      return `<div class="row has-side"><p>${html}</p><div class="side">${asides}</div></div>`;
    })
    .join('\n');
}

interface Paragraph {
  html: string;
  contradictions: Finding[];
}

/** Splits the text at line breaks into paragraphs, wrapping each placed claim in a labelled mark. */
function toParagraphs(text: string, placed: PlacedClaim[]): Paragraph[] {
  const paragraphs: Paragraph[] = [{ html: '', contradictions: [] }];
  const shown = new Set<PlacedClaim>(); // a claim spanning paragraphs is tagged once, where it starts
  const append = (chunk: string, claim?: PlacedClaim) => {
    chunk.split(/[ \t]*\r?\n\s*/).forEach((part, i) => {
      if (i > 0) paragraphs.push({ html: '', contradictions: [] });
      if (!part) return;
      const current = paragraphs[paragraphs.length - 1];
      if (!claim) {
        current.html += escapeHtml(part);
        return;
      }
      const first = !shown.has(claim);
      shown.add(claim);
      if (first && claim.finding.label === 'contradiction') current.contradictions.push(claim.finding);
      current.html += claimMark(claim.finding, part, first);
    });
  };
  let cursor = 0;
  for (const claim of placed) {
    append(text.slice(cursor, claim.start));
    append(text.slice(claim.start, claim.end), claim);
    cursor = claim.end;
  }
  append(text.slice(cursor));
  return paragraphs.filter((p) => p.html.trim());
}

/** A claim in the text: colour, an icon and the label in words, linked to its finding entry. */
function claimMark(finding: Finding, text: string, first: boolean): string {
  const { icon, word } = LABELS[finding.label];
  const id = escapeHtml(finding.id);
  const tag = first ? `<a class="tag" href="#finding-${id}">${icon} ${word} ${id}</a>` : '';
  return `<mark class="claim ${finding.label}"${first ? ` id="claim-${id}"` : ''} data-finding="${id}" title="${word} (${id})">${tag}${escapeHtml(text)}</mark>`;
}

function evidenceAside(finding: Finding, docs: Map<string, BaselineDocMeta>): string {
  const type = finding.type ? ` <span class="muted">(${escapeHtml(finding.type)})</span>` : '';
  return `<aside class="evidence" data-finding="${escapeHtml(finding.id)}" aria-label="Baseline evidence for ${escapeHtml(finding.id)}">
<p class="ev-head"><span class="badge contradiction">${LABELS.contradiction.icon} ${escapeHtml(finding.id)} contradicts the baseline</span>${type}</p>
<p class="reason">${escapeHtml(finding.reason)}</p>
${evidenceQuotes(finding, docs)}
</aside>`;
}

function evidenceQuotes(finding: Finding, docs: Map<string, BaselineDocMeta>): string {
  if (!finding.evidence.length) return finding.label === 'contradiction' ? '<p class="muted">No baseline passage given.</p>' : '';
  return finding.evidence
    .map((ev) => {
      const doc = docs.get(ev.doc);
      const title = doc?.title || ev.doc;
      const where = doc ? [doc.source, doc.published].filter(Boolean).join(', ') : '';
      return `<blockquote class="quote"><p>${escapeHtml(ev.text)}</p><p class="cite">— <cite>${escapeHtml(title)}</cite>${where ? ` <span class="muted">(${escapeHtml(where)})</span>` : ''} <span class="muted">[${escapeHtml(ev.doc)}]</span></p></blockquote>`;
    })
    .join('');
}

function findingsList(
  findings: Finding[],
  unplaced: Finding[],
  besideText: Set<string>,
  docs: Map<string, BaselineDocMeta>,
  ledgerHref?: string,
): string {
  if (!findings.length) return '<p class="muted">The engine found no claim about the topic.</p>';
  const notInText = new Set(unplaced.map((f) => f.id));
  const items = findings.map((f) => {
    const { icon, word } = LABELS[f.label];
    const id = escapeHtml(f.id);
    const where = notInText.has(f.id)
      ? '<p class="muted">Not highlighted: its offsets do not fit the article text (or overlap another claim).</p>'
      : `<p class="muted"><a href="#claim-${id}">show in the article</a></p>`;
    const evidence = besideText.has(f.id) ? '<p class="muted">Baseline evidence: beside the claim in the article.</p>' : evidenceQuotes(f, docs);
    const ledger = f.claimId
      ? ledgerHref
        ? ` <a class="claim-ref" href="${escapeHtml(`${ledgerHref}#claim-${encodeURIComponent(f.claimId)}`)}">ledger ${escapeHtml(f.claimId)}</a>`
        : ` <span class="muted">ledger ${escapeHtml(f.claimId)}</span>`
      : '';
    return `<li id="finding-${id}" class="finding ${f.label}">
<p><span class="badge ${f.label}">${icon} ${word}${f.type ? ` · ${escapeHtml(f.type)}` : ''}</span> <b>${id}</b>${ledger} <q>${escapeHtml(f.claim.text)}</q></p>
<p class="reason">${escapeHtml(f.reason)} <span class="muted">(score ${Number.isFinite(f.score) ? f.score.toFixed(2) : '?'})</span></p>
${evidence}${where}
</li>`;
  });
  return `<ol class="findings">${items.join('\n')}</ol>`;
}

const REPORT_CSS = `
.verdict { font-weight: 600; margin: .5rem 0; }
.verdict.alert { color: var(--contradiction); }
.counts, .legend ul, .findings { list-style: none; padding: 0; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 0; }
.counts .badge { font-size: .95rem; }
.legend h2 { font-size: .95rem; margin-top: 1rem; }
.legend ul { margin: 0; font-size: .9rem; }
.legend li { margin: .2rem 0; }
.article p { margin: 0 0 1rem; }
.row.has-side .side { margin: -.5rem 0 1.25rem; }
mark.claim { color: inherit; padding: .05em .15em; border-radius: .2em;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.claim.new { background: var(--new-bg); border-bottom: 2px solid var(--new); }
mark.claim.contradiction { background: var(--contradiction-bg); border-bottom: 3px double var(--contradiction); }
mark.claim.known { background: var(--known-bg); border-bottom: 2px dotted var(--known); }
mark.claim.repeated { background: var(--repeated-bg); border-bottom: 2px dashed var(--repeated); }
.tag { font-size: .7rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; text-decoration: none;
  white-space: nowrap; vertical-align: .1em; margin-right: .35em; }
mark.new .tag { color: var(--new); }
mark.contradiction .tag { color: var(--contradiction); }
mark.known .tag { color: var(--known); }
mark.repeated .tag { color: var(--repeated); }
.evidence { border: 1px solid var(--contradiction); border-left-width: 4px; border-radius: .3rem;
  background: #fff8f7; padding: .5rem .75rem; margin: 0 0 .75rem; font-size: .92rem; }
.evidence p { margin: .25rem 0; }
.quote { margin: .5rem 0; padding: .25rem .75rem; border-left: 3px solid var(--line); background: #f6f7f9; }
.quote p { margin: .2rem 0; }
.cite { font-size: .85rem; }
.reason { margin: .25rem 0; }
.finding { border-top: 1px solid var(--line); padding: .5rem 0; }
.finding p { margin: .2rem 0; }
.story { border-left: 4px solid var(--repeated); background: var(--repeated-bg); padding: .4rem .75rem; margin: .75rem 0; }
footer { margin: 2rem 0 1rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@media (min-width: 60rem) {
  /* every row shares the grid, so the text keeps one measure whether or not evidence sits beside it */
  .article .row { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1.5rem; align-items: start; }
  .row.has-side .side { margin: 0; }
}
@media print {
  .legend, .evidence, .finding, .quote { break-inside: avoid; }
  .article .row { display: block; }
  header a.url::after { content: " <" attr(href) ">"; }
  .findings a, .tag { text-decoration: none; }
}
`;
