// What `claimwatch claims` reads: the ledger's claims as rows (first seen, repeats,
// contradictions, accepted or not), and accepting a ledger claim into the baseline.
import { acceptedClaims, CLAIM_ID, type ClaimRecord } from '../core/ledger/ledger.ts';
import type { Log, Store } from '../core/ports.ts';
import type { WatchProfile } from '../core/profile.ts';
import { newestFirst } from '../core/render/claims-page.ts';
import { LEDGER_KEYS, loadLedger } from './ledger.ts';
import { acceptFindings, listBaselineDocs, ReviewError, type AcceptResult } from './review.ts';
import { keys } from '../core/ids.ts';
import type { ContradictionType, Label } from '../core/types.ts';

export interface SeenIn {
  articleId: string;
  title: string;
  source: string;
  url: string;
  published: string;
  /** When claimwatch analysed it (ISO). */
  at: string;
  /** The review page (a path or URL). */
  page: string;
}

export interface ClaimRow {
  id: string;
  label: Label;
  type?: ContradictionType;
  text: string;
  first: SeenIn & { finding: string };
  repeats: SeenIn[];
  /** Later claims contradicting this one. */
  contradictedBy: Array<{ id: string; text: string } & SeenIn>;
  /** Ledger claims this one contradicts. */
  contradicts: string[];
  accepted: boolean;
}

/** Every ledger claim, newest first; `since` (YYYY-MM-DD) keeps those first seen on or after it. */
export async function listClaims(store: Store, profile: WatchProfile, options: { since?: string; log?: Log } = {}): Promise<ClaimRow[]> {
  const state = await loadLedger(store, profile, options.log);
  const accepted = acceptedClaims(state, await acceptedDocs(store));
  const link = async (key: string) => (key ? ((await store.linkTo?.(key)) ?? store.locate(key)) : '');
  const seen = async (r: { entry: ClaimRecord['entry'] }): Promise<SeenIn> => {
    const a = r.entry.article;
    return { articleId: a.id, title: a.title, source: a.source, url: a.url, published: a.published, at: r.entry.at, page: await link(a.htmlKey) };
  };
  const rows: ClaimRow[] = [];
  for (const r of newestFirst(state.allRecords())) {
    if (options.since && r.entry.at.slice(0, 10) < options.since) continue;
    const f = r.claim.finding;
    rows.push({
      id: r.claim.id,
      label: f.label,
      ...(f.type ? { type: f.type } : {}),
      text: f.claim.text,
      first: { ...(await seen(r)), finding: f.id },
      repeats: await Promise.all(r.repeats.map(seen)),
      contradictedBy: await Promise.all(r.contradictedBy.map(async (c) => ({ id: c.claim.id, text: c.claim.finding.claim.text, ...(await seen(c)) }))),
      contradicts: [...new Set(f.evidence.map((e) => e.doc).filter((d) => d.startsWith('ledger:')).map((d) => d.slice(7)))],
      accepted: accepted.has(r.claim.id),
    });
  }
  return rows;
}

export async function showClaim(store: Store, profile: WatchProfile, id: string, log?: Log): Promise<ClaimRow> {
  if (!CLAIM_ID.test(id)) throw new ReviewError(`"${id}" is not a claim id (they look like c12-3: see "claimwatch claims list")`);
  const row = (await listClaims(store, profile, { log })).find((r) => r.id === id);
  if (!row) throw new ReviewError(`no claim ${id} in the ledger (${ledgerLocation(store)})`);
  return row;
}

/**
 * Accepts a ledger claim into the baseline: the claim's finding in its first article's diff is
 * accepted (baseline/accepted-<article id>.txt), so articles repeating it read as `known`.
 */
export async function acceptClaim(store: Store, profile: WatchProfile, id: string): Promise<AcceptResult> {
  const row = await showClaim(store, profile, id);
  return acceptFindings(store, row.first.articleId, [row.first.finding]);
}

async function acceptedDocs(store: Store): Promise<Array<{ id: string; text: string }>> {
  const metas = await listBaselineDocs(store).catch(() => []);
  const docs = await Promise.all(
    metas.filter((d) => d.id.startsWith('accepted-')).map(async (d) => ({ id: d.id, text: (await store.get(keys.baselineDoc(d.id))) ?? '' })),
  );
  return docs;
}

/** Where the ledger lives, for messages: its folder or s3:// prefix. */
export function ledgerLocation(store: Store): string {
  return store.locate(LEDGER_KEYS.snapshot).replace(/snapshot\.json$/, '');
}
