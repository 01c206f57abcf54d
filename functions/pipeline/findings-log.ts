// The findings log the digest reads: one small record per analysis, at
// findings/YYYY/MM/DD/<article-id>-v<N>.json (the day of the analysis, UTC). It holds what the
// digest needs (title, links, counts, the new and contradiction claims, an edit's changes), so
// the digest reads one day's folder instead of every report. A re-analysis the same day
// replaces its record; the digest keeps one record per article version.
import * as z from 'zod/mini';
import type { EditComparison } from '../core/edit-compare.ts';
import { datePath } from '../core/ids.ts';
import type { Store } from '../core/ports.ts';
import type { Label, Report } from '../core/types.ts';

const count = z.number().check(z.int(), z.nonnegative());
const Claim = z.object({ label: z.enum(['new', 'contradiction', 'known']), type: z.optional(z.string()), text: z.string(), reason: z.string() });
export const FindingsRecordSchema = z.object({
  articleId: z.string(),
  version: z.number().check(z.int(), z.gte(1)),
  title: z.string(),
  url: z.string(),
  source: z.string(),
  analyzedAt: z.string(),
  /** The review page's key (diffs/…/<id>.html, or …/<id>/vN.html for an edit). */
  reviewKey: z.string(),
  relevant: z.boolean(),
  alert: z.boolean(),
  summary: z.object({ new: count, contradiction: count, known: count }),
  /** Its new and contradiction claims (an edit: the alerting claims it added). */
  claims: z.array(Claim),
  /** For a version N ≥ 2: the alerting claims it withdrew and its paragraph changes in words. */
  edit: z.optional(z.object({ withdrawn: z.array(Claim), changes: z.array(z.string()) })),
});
export type FindingsRecord = z.infer<typeof FindingsRecordSchema>;

export const findingsKey = (id: string, version: number, analyzedAt: string) => `findings/${datePath(analyzedAt)}/${id}-v${version}.json`;

export async function recordFindings(
  store: Store,
  input: { report: Report; version: number; reviewKey: string; analyzedAt: string; edit?: EditComparison },
): Promise<void> {
  const { report, version, reviewKey, analyzedAt, edit } = input;
  // only alerting claims are recorded: new and contradiction (a repeated claim alerted before)
  const claimOf = (c: { label: Label; type?: string; text: string; reason: string }) => ({
    label: c.label === 'contradiction' ? ('contradiction' as const) : ('new' as const),
    ...(c.type ? { type: c.type } : {}),
    text: c.text,
    reason: c.reason,
  });
  const claims = edit
    ? edit.added.filter((c) => c.alerting).map(claimOf)
    : report.relevant
      ? report.findings.filter((f) => f.label === 'new' || f.label === 'contradiction').map((f) => claimOf({ ...f, text: f.claim.text }))
      : [];
  const record: FindingsRecord = {
    articleId: report.article.id,
    version,
    title: report.article.title,
    url: report.article.url,
    source: report.article.source,
    analyzedAt,
    reviewKey,
    relevant: report.relevant,
    alert: edit ? edit.alert : report.alert,
    summary: report.summary,
    claims,
    ...(edit ? { edit: { withdrawn: edit.removed.filter((c) => c.alerting).map(claimOf), changes: edit.paragraphs.map((p) => p.summary) } } : {}),
  };
  await store.put(findingsKey(report.article.id, version, analyzedAt), JSON.stringify(record) + '\n', 'application/json');
}

/** The records of analyses in [since, until), one per article version (the latest), oldest first. */
export async function readFindings(store: Store, since: Date, until: Date): Promise<{ records: FindingsRecord[]; unreadable: string[] }> {
  const records = new Map<string, FindingsRecord>();
  const unreadable: string[] = [];
  const day = new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate()));
  for (; day < until; day.setUTCDate(day.getUTCDate() + 1)) {
    for (const key of await store.list(`findings/${datePath(day.toISOString())}/`)) {
      if (!key.endsWith('.json')) continue;
      const body = await store.get(key);
      let parsed: FindingsRecord | undefined;
      try {
        parsed = z.parse(FindingsRecordSchema, JSON.parse(body ?? ''));
      } catch {
        unreadable.push(key);
        continue;
      }
      const at = Date.parse(parsed.analyzedAt);
      if (!(at >= since.getTime() && at < until.getTime())) continue;
      const id = `${parsed.articleId}/v${parsed.version}`;
      const known = records.get(id);
      if (!known || known.analyzedAt < parsed.analyzedAt) records.set(id, parsed);
    }
  }
  return { records: [...records.values()].sort((a, b) => a.analyzedAt.localeCompare(b.analyzedAt)), unreadable };
}
