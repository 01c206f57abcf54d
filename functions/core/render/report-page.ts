// PLACEHOLDER: the review page renderer (issue 6) replaces this. Signature is the contract.
import type { Article, BaselineDocMeta, Report } from '../types.ts';

export interface ReportPageInput {
  report: Report;
  /** The article text the report's offsets point into. */
  article: Pick<Article, 'title' | 'url' | 'source' | 'published' | 'text'>;
  /** Titles of baseline documents, to name the evidence. */
  baselineDocs: BaselineDocMeta[];
}

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

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderReportPage(input: ReportPageInput): string {
  const rows = input.report.findings.map((f) => `<li>${escape(f.label)}: ${escape(f.claim.text)}</li>`).join('');
  return `<!doctype html><meta charset="utf-8"><title>${escape(input.article.title)}</title><ul>${rows}</ul>`;
}

export function renderIndexPage(entries: IndexEntry[]): string {
  const rows = entries.map((e) => `<li>${escape(e.title)}</li>`).join('');
  return `<!doctype html><meta charset="utf-8"><title>claimwatch diffs</title><ul>${rows}</ul>`;
}
