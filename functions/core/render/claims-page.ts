// diffs/claims.html: the claims ledger as a timeline, newest claim first; each claim with its
// first article, every repeat and every later claim contradicting it, linked to their review
// pages. Self-contained like the other pages: inline CSS, no scripts, all text escaped.
import type { ClaimRecord, LedgerState } from '../ledger/ledger.ts';
import { escapeHtml, LABELS, linkOrText, page } from './html.ts';
import { relativeHref } from './index-page.ts';

export const CLAIMS_PAGE_KEY = 'diffs/claims.html';
/** Claims shown on the page; `claimwatch claims list` lists them all. */
export const CLAIMS_PAGE_LIMIT = 500;

export interface ClaimsPageOptions {
  /** Ids of claims accepted into the baseline. */
  accepted?: Set<string>;
  /** Where a review page link goes: by default relative to the stored claims page. */
  hrefOf?: (htmlKey: string) => string;
}

export function renderClaimsPage(state: LedgerState, options: ClaimsPageOptions = {}): string {
  const hrefOf = options.hrefOf ?? ((key: string) => relativeHref(CLAIMS_PAGE_KEY, key));
  const records = newestFirst(state.allRecords());
  const shown = records.slice(0, CLAIMS_PAGE_LIMIT);
  const items = shown.map((r) => claimItem(r, hrefOf, options.accepted?.has(r.claim.id) ?? false)).join('\n');
  const more = records.length > shown.length ? `<p class="muted">${records.length - shown.length} older claims: <code>claimwatch claims list</code>.</p>` : '';
  const body = `<div class="wrap">
<header><p class="muted">claimwatch · <a href="index.html">recent diffs</a></p><h1>Claims ledger</h1>
<p class="meta">${records.length} ${records.length === 1 ? 'claim' : 'claims'}, newest first. Each alerted once; ↻ lists the coverage that repeated it without a new alert.</p></header>
<main>${items ? `<ol class="claims">${items}</ol>${more}` : '<p class="muted">No claims yet.</p>'}</main>
</div>`;
  return page('claimwatch · claims ledger', CLAIMS_CSS, body);
}

export function newestFirst(records: ClaimRecord[]): ClaimRecord[] {
  return [...records].sort((a, b) => b.entry.seq - a.entry.seq || a.claim.id.localeCompare(b.claim.id, 'en', { numeric: true }));
}

function articleLink(a: { title: string; htmlKey: string }, hrefOf: (key: string) => string, findingId?: string): string {
  if (!a.htmlKey) return escapeHtml(a.title || '(untitled article)');
  const anchor = findingId ? `#finding-${encodeURIComponent(findingId)}` : '';
  return `<a href="${escapeHtml(hrefOf(a.htmlKey) + anchor)}">${escapeHtml(a.title || '(untitled article)')}</a>`;
}

function claimItem(r: ClaimRecord, hrefOf: (key: string) => string, accepted: boolean): string {
  const f = r.claim.finding;
  const { icon, word } = LABELS[f.label];
  const a = r.entry.article;
  const id = escapeHtml(r.claim.id);
  const repeats = r.repeats.length
    ? `<details><summary>↻ repeated ${r.repeats.length} ${r.repeats.length === 1 ? 'time' : 'times'}</summary><ul class="seen">${r.repeats
        .map(({ entry }) => `<li>${escapeHtml(entry.article.source || 'unknown source')} · <time>${escapeHtml(entry.at)}</time> · ${articleLink(entry.article, hrefOf)}</li>`)
        .join('')}</ul></details>`
    : '<p class="muted">Not repeated yet.</p>';
  const disputes = r.contradictedBy.length
    ? `<p>⚠ contradicted by ${r.contradictedBy
        .map((c) => `<a href="#claim-${escapeHtml(c.claim.id)}">${escapeHtml(c.claim.id)}</a> (${escapeHtml(c.entry.article.source || 'unknown source')})`)
        .join(', ')}</p>`
    : '';
  return `<li class="claim-item" id="claim-${id}">
<p><span class="badge ${f.label}">${icon} ${word}${f.type ? ` · ${escapeHtml(f.type)}` : ''}</span> <b>${id}</b>${accepted ? ' <span class="badge known">✓ accepted into the baseline</span>' : ''}</p>
<p class="text"><q>${escapeHtml(f.claim.text)}</q></p>
<p class="meta">first: ${escapeHtml(a.source || 'unknown source')} · <time>${escapeHtml(r.entry.at)}</time> · ${articleLink(a, hrefOf, f.id)} · ${linkOrText(a.url, 'original')}</p>
${repeats}${disputes}
</li>`;
}

const CLAIMS_CSS = `
.claims { list-style: none; padding: 0; margin: 0; }
.claim-item { border-top: 1px solid var(--line); padding: .6rem 0; }
.claim-item p { margin: .15rem 0; }
.claim-item .text { font-size: 1.02rem; }
.seen { margin: .25rem 0; padding-left: 1.25rem; font-size: .9rem; }
details summary { cursor: pointer; color: var(--repeated); font-weight: 600; font-size: .9rem; }
`;
