// Terminal renderings for `claimwatch diffs`: ANSI colours when asked (a TTY), plain text otherwise.
// Labels are always written in words, so nothing depends on colour. Article and baseline text is
// stripped of control characters first: an article must not be able to drive the terminal.
import { cutNotice, type Label, type Report } from '../types.ts';
import { LABEL_ORDER, LABELS } from './html.ts';

type Style = 'bold' | 'dim' | Label;
const ANSI: Record<Style, string> = { bold: '1', dim: '2', new: '33', contradiction: '1;31', known: '32', repeated: '36' };

function styler(color: boolean) {
  return (style: Style, text: string) => (color ? `\x1b[${ANSI[style]}m${text}\x1b[0m` : text);
}

/** One line of untrusted text: control characters (escape sequences included) and line breaks removed. */
export function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface TerminalReportOptions {
  color: boolean;
  /** Baseline document titles by id, to name the evidence. */
  docTitles?: Map<string, string>;
  /** Where the review page is (path or URL). */
  pageLocation?: string;
}

export function renderReportText(report: Report, options: TerminalReportOptions): string {
  const paint = styler(options.color);
  const { article } = report;
  const lines = [
    paint('bold', oneLine(article.title || '(untitled article)')),
    `${oneLine(article.source || 'unknown source')} · ${oneLine(article.published || 'no date')}`,
    oneLine(article.url),
    '',
    `${countsLine(report.summary, paint)}   ${report.relevant ? (report.alert ? paint('contradiction', 'ALERT') : 'no alert') : 'not relevant'}`,
    ...(report.cut ? [cutNotice(report.cut)] : []),
  ];
  for (const finding of report.findings) {
    const { icon, word } = LABELS[finding.label];
    const type = finding.type ? `/${finding.type}` : '';
    lines.push('', `${paint(finding.label, `${icon} ${word.toUpperCase()}${type}`)} ${paint('bold', finding.id)}  ${oneLine(finding.claim.text)}`);
    lines.push(`    ${paint('dim', 'why:')} ${oneLine(finding.reason)}`);
    for (const ev of finding.evidence) {
      const ledger = ev.doc.startsWith('ledger:');
      const title = options.docTitles?.get(ev.doc) ?? (ledger ? `ledger claim ${ev.doc.slice(7)} (claimwatch claims show ${ev.doc.slice(7)})` : ev.doc);
      lines.push(`    ${paint('dim', ledger ? 'earlier:' : 'baseline:')} ${oneLine(title)} ${paint('dim', `[${ev.doc}]`)}`, `      “${oneLine(ev.text)}”`);
    }
  }
  if (!report.findings.length) lines.push('', paint('dim', 'No claims about the topic.'));
  if (options.pageLocation) lines.push('', `${paint('dim', 'page:')} ${options.pageLocation}`);
  return lines.join('\n') + '\n';
}

export interface DiffListRow {
  id: string;
  /** YYYY-MM-DD of the diff's key. */
  date: string;
  title?: string;
  source?: string;
  summary?: Report['summary'];
  alert?: boolean;
  /** Why the stored report could not be read. */
  error?: string;
}

export function renderDiffList(rows: DiffListRow[], color: boolean): string {
  const paint = styler(color);
  if (!rows.length) return 'No diffs.\n';
  const lines = rows.map((row) => {
    if (row.error) return `${row.date}  ${row.id}  ${paint('contradiction', `unreadable: ${oneLine(row.error)}`)}`;
    const flag = row.alert ? paint('contradiction', '⚑') : ' ';
    return `${row.date}  ${row.id}  ${flag} ${countsLine(row.summary, paint, true)}  ${oneLine(row.title ?? '')} ${paint('dim', `(${oneLine(row.source ?? '')})`)}`;
  });
  return lines.join('\n') + '\n';
}

function countsLine(summary: Report['summary'] | undefined, paint: ReturnType<typeof styler>, compact = false): string {
  return LABEL_ORDER.map((label) => {
    const n = summary?.[label] ?? 0;
    const text = compact ? `${LABELS[label].icon}${String(n).padStart(2)}` : `${LABELS[label].icon} ${n} ${LABELS[label].word}`;
    return n ? paint(label, text) : text;
  }).join(compact ? ' ' : '  ');
}
