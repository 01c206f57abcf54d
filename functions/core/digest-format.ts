// The digest email: one message with a period's findings grouped by label and article, the
// counts, and a review link per article. Same rules as the alerts: ASCII one-line subject under
// 100 characters, control characters stripped from all article text, an SMS form (the SMS
// subscriptions' filter policy does not take digests, but the channel must stay valid).
import { oneLine, SMS_MAX, SUBJECT_MAX, toAscii, truncate } from './alert-format.ts';
import type { AlertMessage } from './ports.ts';

/** What the digest needs of one analysis (pipeline/findings-log.ts stores it). */
export interface DigestRecord {
  articleId: string;
  version: number;
  title: string;
  url: string;
  source: string;
  analyzedAt: string;
  relevant: boolean;
  alert: boolean;
  summary: { new: number; contradiction: number; known: number };
  claims: Array<{ label: 'new' | 'contradiction' | 'known'; type?: string; text: string; reason: string }>;
  edit?: { withdrawn: DigestRecord['claims']; changes: string[] };
}

export interface DigestInput {
  records: DigestRecord[];
  since: Date;
  until: Date;
  /** The review link of each record (presigned URL on S3, file path locally), by `${articleId}/v${version}`. */
  links: ReadonlyMap<string, string>;
}

const CLAIMS_PER_ARTICLE = 10;
const QUOTE_MAX = 300;

export interface DigestCounts {
  analysed: number;
  relevant: number;
  alerting: number;
  contradictions: number;
  new: number;
  edits: number;
  withdrawn: number;
}

export function digestCounts(records: DigestRecord[]): DigestCounts {
  const sum = (f: (r: DigestRecord) => number) => records.reduce((n, r) => n + f(r), 0);
  return {
    analysed: records.filter((r) => r.version === 1).length,
    relevant: records.filter((r) => r.version === 1 && r.relevant).length,
    alerting: new Set(records.filter((r) => r.alert).map((r) => r.articleId)).size,
    contradictions: sum((r) => r.claims.filter((c) => c.label === 'contradiction').length),
    new: sum((r) => r.claims.filter((c) => c.label === 'new').length),
    edits: records.filter((r) => r.version > 1).length,
    withdrawn: sum((r) => r.edit?.withdrawn.length ?? 0),
  };
}

/** True when the period has nothing to report: no claim found, added or withdrawn. */
export function digestIsEmpty(records: DigestRecord[]): boolean {
  const c = digestCounts(records);
  return c.contradictions + c.new + c.withdrawn === 0;
}

const day = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

export function formatDigest({ records, since, until, links }: DigestInput): AlertMessage {
  const c = digestCounts(records);
  const period = `${day(since)} - ${day(until)} UTC`;
  const articles = new Set(records.filter((r) => r.claims.length || r.edit?.withdrawn.length).map((r) => r.articleId)).size;
  const headline =
    c.contradictions + c.new + c.withdrawn === 0
      ? 'nothing new'
      : [
          c.contradictions ? `${c.contradictions} contradiction${c.contradictions === 1 ? '' : 's'}` : '',
          c.new ? `${c.new} new` : '',
          c.withdrawn ? `${c.withdrawn} withdrawn` : '',
        ]
          .filter(Boolean)
          .join(', ') + ` in ${articles} article${articles === 1 ? '' : 's'}`;
  const lines = [
    `claimwatch digest: ${period}`,
    '',
    `${c.analysed} articles analysed, ${c.relevant} on topic, ${c.alerting} alerting; ${c.edits} edit${c.edits === 1 ? '' : 's'} to earlier articles.`,
    `Claims: ${c.contradictions} contradiction${c.contradictions === 1 ? '' : 's'}, ${c.new} new, ${c.withdrawn} withdrawn by an edit.`,
  ];
  const link = (r: DigestRecord) => links.get(`${r.articleId}/v${r.version}`) ?? '(no review link)';
  const section = (heading: string, pick: (r: DigestRecord) => DigestRecord['claims']) => {
    const withClaims = records.filter((r) => pick(r).length);
    if (!withClaims.length) return;
    const total = withClaims.reduce((n, r) => n + pick(r).length, 0);
    lines.push('', `== ${heading} (${total} in ${withClaims.length} article${withClaims.length === 1 ? '' : 's'}) ==`);
    for (const r of withClaims) {
      const claims = pick(r);
      const edited = r.version > 1 ? ` [edited, version ${r.version}]` : '';
      lines.push('', `* ${oneLine(r.title) || '(untitled article)'}${edited}`, `  ${oneLine(r.source)} - ${oneLine(r.url)}`);
      for (const claim of claims.slice(0, CLAIMS_PER_ARTICLE)) {
        lines.push(`  - "${truncate(oneLine(claim.text), QUOTE_MAX)}"${claim.type ? ` (${oneLine(claim.type)})` : ''}`);
      }
      if (claims.length > CLAIMS_PER_ARTICLE) lines.push(`  ... and ${claims.length - CLAIMS_PER_ARTICLE} more`);
      if (r.edit?.changes.length) lines.push(`  Edit: ${truncate(oneLine(r.edit.changes.slice(0, 3).join('; ')), QUOTE_MAX)}`);
      lines.push(`  Review: ${oneLine(link(r))}`);
    }
  };
  section('CONTRADICTIONS', (r) => r.claims.filter((x) => x.label === 'contradiction'));
  section('NEW CLAIMS', (r) => r.claims.filter((x) => x.label === 'new'));
  section('WITHDRAWN BY AN EDIT', (r) => r.edit?.withdrawn ?? []);
  if (c.contradictions + c.new + c.withdrawn === 0) lines.push('', 'No new or contradicting claims in this period.');

  const subjectHead = '[claimwatch] digest: ';
  const smsHead = 'claimwatch digest: ';
  return {
    subject: subjectHead + truncate(toAscii(`${headline} (${since.toISOString().slice(0, 10)})`), SUBJECT_MAX - subjectHead.length),
    text: lines.join('\n'),
    sms: smsHead + truncate(toAscii(headline), SMS_MAX - smsHead.length),
    notice: ['digest'],
  };
}
