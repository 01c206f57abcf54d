// Turns a report into the alert analysts receive (email/default text, SMS, subject).
// Article and baseline text is untrusted: control and bidi characters are stripped everywhere,
// the subject and SMS are ASCII (SMS outside GSM-7 shrinks to 70 characters) and length-capped.
import type { AlertMessage } from './ports.ts';
import type { BaselineDocMeta, Finding, Report } from './types.ts';

export const SUBJECT_MAX = 99;
export const SMS_MAX = 160;
/** Findings listed in the long form; the rest are counted and left to the diff page. */
const LISTED_FINDINGS_MAX = 25;
const QUOTE_MAX = 500;

/** The alert plus the article it is about (the console notifier names its outbox files by it). */
export interface ArticleAlert extends AlertMessage {
  articleId: string;
}

export interface AlertInput {
  report: Report;
  /** Where the analyst opens the diff page (file path or URL). */
  diffLink: string;
  /** Baseline document titles, to name the evidence. */
  baselineDocs?: Pick<BaselineDocMeta, 'id' | 'title'>[];
}

export function formatAlert({ report, diffLink, baselineDocs = [] }: AlertInput): ArticleAlert {
  const counts = countsPhrase(report.summary);
  const title = oneLine(report.article.title) || '(untitled article)';
  // A title in a script with no ASCII form (e.g. Chinese) still needs a readable subject.
  const asciiTitle = toAscii(title) || `article ${toAscii(report.article.id)}`;
  return {
    articleId: report.article.id,
    subject: fitAscii(`[claimwatch] ${counts}: `, asciiTitle, '', SUBJECT_MAX),
    text: longForm(report, title, counts, diffLink, baselineDocs),
    sms: fitAscii(`claimwatch: ${counts}: `, asciiTitle, ` (diff ${toAscii(report.article.id)})`, SMS_MAX),
  };
}

function longForm(
  report: Report,
  title: string,
  counts: string,
  diffLink: string,
  baselineDocs: Pick<BaselineDocMeta, 'id' | 'title'>[],
): string {
  const docTitle = new Map(baselineDocs.map((d) => [d.id, oneLine(d.title)]));
  const { article, summary } = report;
  const lines = [
    `claimwatch alert: ${counts} (${summary.known} known${summary.repeated ? `, ${summary.repeated} repeated from earlier coverage, not alerted again` : ''})`,
    '',
    `Article: ${title}`,
    `Link:    ${oneLine(article.url) || '(none)'}`,
    `Source:  ${oneLine(article.source) || '(unknown)'}${article.published ? `, published ${oneLine(article.published)}` : ''}`,
  ];
  const alerting = report.findings.filter((f) => f.label === 'new' || f.label === 'contradiction');
  // Contradictions first: they are the ones an analyst must check against the baseline.
  alerting.sort((a, b) => Number(b.label === 'contradiction') - Number(a.label === 'contradiction'));
  for (const finding of alerting.slice(0, LISTED_FINDINGS_MAX)) {
    lines.push('', ...findingLines(finding, docTitle));
  }
  if (alerting.length > LISTED_FINDINGS_MAX) {
    lines.push('', `... and ${alerting.length - LISTED_FINDINGS_MAX} more findings on the diff page.`);
  }
  lines.push('', `Review the diff: ${oneLine(diffLink)}`);
  return lines.join('\n');
}

function findingLines(finding: Finding, docTitle: Map<string, string>): string[] {
  const heading = finding.label === 'contradiction' ? `CONTRADICTION (${finding.type ?? 'other'})` : 'NEW';
  const lines = [heading + (finding.claimId ? ` [ledger ${oneLine(finding.claimId)}]` : ''), `  Claim:    "${quote(finding.claim.text)}"`];
  for (const evidence of finding.evidence) {
    const doc = docTitle.get(evidence.doc);
    const from = evidence.doc.startsWith('ledger:') ? 'Earlier:' : 'Baseline:';
    lines.push(`  ${from.padEnd(9)} "${quote(evidence.text)}" (${doc ? `${doc}, ` : ''}${oneLine(evidence.doc)})`);
  }
  lines.push(`  Why:      ${oneLine(finding.reason)}`);
  return lines;
}

/** "1 contradiction, 2 new" (only what alerts). */
export function countsPhrase(summary: Report['summary']): string {
  const parts: string[] = [];
  if (summary.contradiction) parts.push(`${summary.contradiction} contradiction${summary.contradiction === 1 ? '' : 's'}`);
  if (summary.new) parts.push(`${summary.new} new`);
  return parts.length ? parts.join(', ') : 'nothing new';
}

/** Control, format (bidi overrides, zero-width) and line/paragraph separator characters. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Removes control, format and line-break characters; collapses spaces. */
export function oneLine(text: string): string {
  return text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
}

function quote(text: string): string {
  return truncate(oneLine(text), QUOTE_MAX);
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 3) return text.slice(0, max);
  const cut = text.slice(0, max - 3);
  const space = cut.lastIndexOf(' ');
  // Cut at a word boundary unless that throws away most of the room.
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}...`;
}

/** Fixed prefix and suffix, with the middle (a title) shortened to make the whole fit in max. */
function fitAscii(prefix: string, middle: string, suffix: string, max: number): string {
  const head = asciiChars(prefix);
  const tail = asciiChars(suffix);
  return head + truncate(toAscii(middle), Math.max(0, max - head.length - tail.length)) + tail;
}

const SPECIAL: Record<string, string> = {
  'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE',
  'ł': 'l', 'Ł': 'L', 'ı': 'i', 'þ': 'th', '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'",
  '“': '"', '”': '"', '„': '"', '″': '"', '«': '"', '»': '"', '–': '-', '—': '-', '‒': '-',
  '―': '-', '−': '-', '…': '...', '•': '*', '€': 'EUR', '£': 'GBP', '№': 'No.',
};
// Russian Cyrillic, because feeds on this topic carry Russian names and titles.
const CYRILLIC = 'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya';
for (const pair of CYRILLIC.split(' ')) {
  const [cyr, lat] = pair.split(':') as [string, string];
  SPECIAL[cyr] = lat;
  SPECIAL[cyr.toUpperCase()] = lat.charAt(0).toUpperCase() + lat.slice(1);
}

/** One line of printable ASCII: accents dropped, common letters and punctuation transliterated. */
export function toAscii(text: string): string {
  return oneLine(asciiChars(text));
}

/** Printable ASCII characters only; unlike toAscii it keeps the spaces at either end. */
function asciiChars(text: string): string {
  const mapped = [...text.replace(UNPRINTABLE, ' ')].map((c) => SPECIAL[c] ?? c).join('');
  return mapped.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\x20-\x7e]/g, '');
}
