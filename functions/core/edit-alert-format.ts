// The alert for an edited article (a new version that adds an alerting claim or removes one
// that had alerted), and the routing labels every alert carries. Same rules as alert-format.ts:
// ASCII one-line subject under 100 characters, SMS at most 160, control characters stripped.
import { oneLine, SMS_MAX, SUBJECT_MAX, toAscii, truncate } from './alert-format.ts';
import type { ClaimChange, EditComparison } from './edit-compare.ts';
import type { ArticleAlert } from './alert-format.ts';
import type { Label, Report } from './types.ts';

const LISTED_MAX = 25;
const QUOTE_MAX = 500;

/** The labels an article's first alert is about: its new and contradiction findings. */
export function noticeOf(report: Report): Label[] {
  return (['contradiction', 'new'] as const).filter((label) => report.findings.some((f) => f.label === label));
}

export interface EditAlertInput {
  report: Report;
  version: number;
  /** ISO time the new version was fetched. */
  fetchedAt: string;
  edit: EditComparison;
  diffLink: string;
}

/** "1 contradiction added, 1 new removed". */
export function editPhrase(edit: EditComparison): string {
  const parts: string[] = [];
  for (const [list, verb] of [[edit.added, 'added'], [edit.removed, 'withdrawn']] as const) {
    const alerting = list.filter((c) => c.alerting);
    const contradictions = alerting.filter((c) => c.label === 'contradiction').length;
    const fresh = alerting.filter((c) => c.label === 'new').length;
    if (contradictions) parts.push(`${contradictions} contradiction${contradictions === 1 ? '' : 's'} ${verb}`);
    if (fresh) parts.push(`${fresh} new ${verb}`);
  }
  return parts.join(', ') || 'no alerting claim changed';
}

export function formatEditAlert({ report, version, fetchedAt, edit, diffLink }: EditAlertInput): ArticleAlert {
  const phrase = editPhrase(edit);
  const title = oneLine(report.article.title) || '(untitled article)';
  const asciiTitle = toAscii(title) || `article ${toAscii(report.article.id)}`;
  const lines = [
    `claimwatch alert: article edited (version ${version}): ${phrase}`,
    '',
    `Article: ${title}`,
    `Link:    ${oneLine(report.article.url) || '(none)'}`,
    `Source:  ${oneLine(report.article.source) || '(unknown)'}`,
    `Edited:  found ${oneLine(fetchedAt)}`,
  ];
  const changes = edit.paragraphs.slice(0, 5).map((p) => `  - ${truncate(oneLine(p.summary), QUOTE_MAX)}`);
  if (changes.length) lines.push('', 'What changed:', ...changes);
  if (edit.paragraphs.length > 5) lines.push(`  ... and ${edit.paragraphs.length - 5} more changes on the review page.`);
  const listed = [
    ...edit.added.filter((c) => c.alerting).map((c) => claimLines('ADDED', c)),
    ...edit.removed.filter((c) => c.alerting).map((c) => claimLines('WITHDRAWN', c)),
  ];
  for (const block of listed.slice(0, LISTED_MAX)) lines.push('', ...block);
  if (listed.length > LISTED_MAX) lines.push('', `... and ${listed.length - LISTED_MAX} more claims on the review page.`);
  lines.push('', `Review the versions: ${oneLine(diffLink)}`);
  const head = `[claimwatch] edited v${version}: ${phrase}: `;
  const smsHead = `claimwatch: edited, ${phrase}: `;
  const smsTail = ` (diff ${toAscii(report.article.id)})`;
  return {
    articleId: `${report.article.id}-v${version}`,
    subject: head + truncate(asciiTitle, Math.max(0, SUBJECT_MAX - head.length)),
    text: lines.join('\n'),
    sms: smsHead + truncate(asciiTitle, Math.max(0, SMS_MAX - smsHead.length - smsTail.length)) + smsTail,
    notice: edit.alertLabels,
  };
}

function claimLines(verb: 'ADDED' | 'WITHDRAWN', claim: ClaimChange): string[] {
  const what = claim.label === 'contradiction' ? `CONTRADICTION (${claim.type ?? 'other'})` : claim.label.toUpperCase();
  return [`${verb} ${what}`, `  Claim: "${truncate(oneLine(claim.text), QUOTE_MAX)}"`, `  Why:   ${oneLine(claim.reason)}`];
}
