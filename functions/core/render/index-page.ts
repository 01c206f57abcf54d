// diffs/index.html: the recent diffs, newest first, each with its counts and a link to its page.
// The stored page links relative to diffs/, so it works in the local store folder and wherever
// the bucket's diffs/ prefix is served as a folder; a presigned URL covers one object only, so
// `claimwatch diffs page` renders the same list with a presigned link per page for S3.
import type { Report } from '../types.ts';
import { escapeHtml, LABEL_ORDER, LABELS, page } from './html.ts';

export interface IndexEntry {
  id: string;
  title: string;
  source: string;
  published: string;
  /** Key of the diff page, relative links are made from it. */
  htmlKey: string;
  summary: Report['summary'];
  alert: boolean;
  analyzedAt: string;
}

/** Where the index page lives; entry links are relative to its folder. */
export const INDEX_PAGE_KEY = 'diffs/index.html';

/** Where an entry links to: by default its page relative to the stored index page. */
export type EntryHref = (entry: IndexEntry) => string;
const storedHref: EntryHref = (entry) => relativeHref(INDEX_PAGE_KEY, entry.htmlKey);

export function renderIndexPage(entries: IndexEntry[], hrefOf: EntryHref = storedHref): string {
  const newestFirst = [...entries].sort((a, b) => b.analyzedAt.localeCompare(a.analyzedAt));
  const items = newestFirst.map((entry) => indexItem(entry, hrefOf(entry))).join('\n');
  const body = `<div class="wrap">
<header><p class="muted">claimwatch</p><h1>Recent diffs</h1>
<p class="meta">${newestFirst.length} ${newestFirst.length === 1 ? 'article' : 'articles'}, newest first. ⚑ marks the ones that raised an alert.</p></header>
<main>${items ? `<ol class="entries">${items}</ol>` : '<p class="muted">No diffs yet.</p>'}</main>
</div>`;
  return page('claimwatch · recent diffs', INDEX_CSS, body);
}

function indexItem(entry: IndexEntry, href: string): string {
  const counts = LABEL_ORDER.map(
    (label) => `<span class="badge ${label}">${LABELS[label].icon} ${entry.summary?.[label] ?? 0} ${LABELS[label].word}</span>`,
  ).join(' ');
  return `<li class="entry${entry.alert ? ' alert' : ''}">
<p class="title">${entry.alert ? '<span class="flag" title="alert">⚑</span> ' : ''}<a href="${escapeHtml(href)}">${escapeHtml(entry.title || '(untitled article)')}</a></p>
<p class="meta">${escapeHtml(entry.source || 'unknown source')} · ${escapeHtml(entry.published || 'no date')} · analysed ${escapeHtml(entry.analyzedAt)}</p>
<p class="counts">${counts}</p>
</li>`;
}

/** The link from one store key to another, as a relative URL path with each segment encoded. */
export function relativeHref(fromKey: string, toKey: string): string {
  const fromDir = fromKey.split('/').slice(0, -1);
  const to = toKey.split('/');
  let common = 0;
  while (common < fromDir.length && common < to.length - 1 && fromDir[common] === to[common]) common++;
  const up = fromDir.slice(common).map(() => '..');
  return [...up, ...to.slice(common).map(encodeURIComponent)].join('/');
}

const INDEX_CSS = `
.entries { list-style: none; padding: 0; margin: 0; }
.entry { border-top: 1px solid var(--line); padding: .6rem 0; }
.entry p { margin: .15rem 0; }
.entry .title { font-weight: 600; }
.flag { color: var(--contradiction); }
.counts { display: flex; flex-wrap: wrap; gap: .35rem; }
`;
