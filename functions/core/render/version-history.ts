// The version history on an edited article's review page: each edit with its time, what it
// changed ("updated 14:05: '15 documents' now reads '11 documents'"), the changed words marked
// (<del>/<ins>, escaped like all article text), and the claims it added and removed.
import type { EditComparison, ParagraphChange } from '../edit-compare.ts';
import { escapeHtml, LABELS } from './html.ts';

export interface VersionEntry {
  /** 2, 3, …: the version this edit produced. */
  version: number;
  /** ISO time the changed version was fetched. */
  fetchedAt: string;
  edit: EditComparison;
}

/** How many changed paragraphs one edit shows; the rest are counted. */
const PARAGRAPHS_SHOWN = 20;

export function renderVersionHistory(entries: VersionEntry[], firstFetchedAt: string): string {
  if (!entries.length) return '';
  const items = [...entries]
    .sort((a, b) => b.version - a.version)
    .map((e) => editItem(e))
    .join('\n');
  return `<section class="versions" aria-label="Version history">
<style>
.versions { border: 1px solid var(--line); border-radius: .3rem; padding: .25rem .75rem; margin: 1rem 0; }
.versions h2 { font-size: 1rem; }
.versions ol { list-style: none; padding: 0; margin: 0; }
.versions li.edit { border-top: 1px solid var(--line); padding: .4rem 0; }
.versions p { margin: .25rem 0; }
.versions del { background: var(--contradiction-bg); text-decoration: line-through; }
.versions ins { background: var(--new-bg); text-decoration: underline; }
.versions .para { margin: .3rem 0 .3rem .75rem; font-size: .92rem; }
.versions .alerted { font-weight: 600; color: var(--contradiction); }
</style>
<h2>Version history</h2>
<ol>
${items}
<li class="edit"><p><b>Version 1</b>, first collected <time>${escapeHtml(timeOf(firstFetchedAt))}</time></p></li>
</ol>
</section>`;
}

function editItem({ version, fetchedAt, edit }: VersionEntry): string {
  const lines = edit.paragraphs.map((p) => p.summary);
  const headline = lines.length ? lines.slice(0, 3).join('; ') : 'no paragraph changed';
  const shown = edit.paragraphs.slice(0, PARAGRAPHS_SHOWN).map(paragraphHtml).join('\n');
  const more = edit.paragraphs.length > PARAGRAPHS_SHOWN ? `<p class="muted">… and ${edit.paragraphs.length - PARAGRAPHS_SHOWN} more changed paragraphs.</p>` : '';
  const claims = [
    ...edit.added.map((c) => claimLine('added', c)),
    ...edit.removed.map((c) => claimLine('removed', c)),
  ].join('\n');
  return `<li class="edit"><p><b>Version ${version}</b>, updated <time>${escapeHtml(timeOf(fetchedAt))}</time>: ${escapeHtml(headline)}${edit.alert ? ' <span class="alerted">⚑ alerted</span>' : ''}</p>
${shown}${more}
${claims ? `<ul>${claims}</ul>` : '<p class="muted">No claim added or removed.</p>'}</li>`;
}

function claimLine(kind: 'added' | 'removed', claim: EditComparison['added'][number]): string {
  const { icon, word } = LABELS[claim.label];
  return `<li>${kind === 'added' ? 'Claim added' : 'Claim removed'}: <span class="badge ${claim.label}">${icon} ${word}</span> <q>${escapeHtml(claim.text)}</q></li>`;
}

function paragraphHtml(change: ParagraphChange): string {
  if (change.kind === 'added') return `<p class="para"><ins>${escapeHtml(change.after ?? '')}</ins></p>`;
  if (change.kind === 'removed') return `<p class="para"><del>${escapeHtml(change.before ?? '')}</del></p>`;
  const html = (change.words ?? [])
    .map((w) => (w.change === 'added' ? `<ins>${escapeHtml(w.text)}</ins>` : w.change === 'removed' ? `<del>${escapeHtml(w.text)}</del>` : escapeHtml(w.text)))
    .join('');
  return `<p class="para">${html}</p>`;
}

/** "2024-06-21 14:05 UTC" from an ISO time (the text as given when it is not one). */
export function timeOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
