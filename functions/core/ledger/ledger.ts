// The claims ledger: every claim that alerted (new or contradiction), with who repeated it and
// when, and the stories (near-copies of one article) coverage ran. Pure: the pipeline reads the
// entries from the store (ledger/log/<seq>.json, append-only) and hands them to a LedgerState.
//
// A claim is looked up with the claim engine's public API only: ledger claims are pseudo
// baseline documents (one per claim) indexed with buildIndex, and an article is read against
// them with analyzeArticle. A claim `new` or `contradiction` against the baseline but `known`
// against the ledger is `repeated`; one `new` against the baseline that contradicts a ledger
// claim is a contradiction with the ledger claim as evidence.
//
// Tiers keep lookups cheap and rebuilds small as the ledger grows: claims go into the newest
// tier, whose index is rebuilt when it changes; a tier over its cap merges into the one before.
import * as z from 'zod/mini';
import { FindingSchema } from '../report-schema.ts';
import { analyzeArticle, buildIndex, type BaselineIndex } from '../engine/index.ts';
import type { WatchProfile } from '../profile.ts';
import type { ArticleInput, BaselineDocMeta, Finding, Report, StoryArticle, StoryLink } from '../types.ts';
import { decodeSignature, encodeSignature, NearDuplicates, signature } from './minhash.ts';

export interface LedgerArticle extends StoryArticle {
  /** The article's review page. */
  htmlKey: string;
}

/** A claim that alerted, as first seen: `finding` is the finding of its first article. */
export interface LedgerClaim {
  id: string;
  finding: Finding;
}

/** An article that made a ledger claim again: its finding is labelled `repeated`. */
export interface LedgerRepeat {
  claim: string;
  finding: Finding;
}

/** One relevant article's visit to the ledger, stored as ledger/log/<seq>.json. */
export interface LedgerEntry {
  seq: number;
  /** When it was analysed (ISO). */
  at: string;
  article: LedgerArticle;
  /** MinHash signature of the article text (base64), for finding near copies. */
  signature?: string;
  /** Set when the article is a near copy of an earlier one. */
  story?: { first: string; similarity: number };
  claims: LedgerClaim[];
  repeats: LedgerRepeat[];
}

export const LedgerEntrySchema = z.object({
  seq: z.number().check(z.int(), z.positive()),
  at: z.string(),
  article: z.object({ id: z.string(), title: z.string(), url: z.string(), source: z.string(), published: z.string(), htmlKey: z.string() }),
  signature: z.optional(z.string()),
  story: z.optional(z.object({ first: z.string(), similarity: z.number() })),
  claims: z.array(z.object({ id: z.string(), finding: FindingSchema })),
  repeats: z.array(z.object({ claim: z.string(), finding: FindingSchema })),
});

/** Claim ids: `c<seq>-<n>`, the entry that recorded it and its place there. */
export const claimIdOf = (seq: number, n: number) => `c${seq}-${n}`;
export const CLAIM_ID = /^c\d+-\d+$/;
/** Evidence from the ledger names its claim as `ledger:<claim id>` (no baseline id has a colon). */
export const ledgerDoc = (claimId: string) => `ledger:${claimId}`;
export const claimOfDoc = (doc: string) => (doc.startsWith('ledger:') ? doc.slice('ledger:'.length) : undefined);

/** Near copies share at least this share of their 5-word shingles. */
export const STORY_SIMILARITY = 0.4;
/** Claims per tier before it merges into the tier before it (the first tier has no cap). */
export const TIER_CAPS = [Infinity, 20_000, 1_000];

interface Tier {
  claims: Array<{ claim: LedgerClaim; entry: LedgerEntry }>;
  index?: BaselineIndex;
}

export interface ClaimRecord {
  claim: LedgerClaim;
  /** The entry (article, time) that first made it. */
  entry: LedgerEntry;
  repeats: Array<{ repeat: LedgerRepeat; entry: LedgerEntry }>;
  /** Later ledger claims that contradict this one. */
  contradictedBy: ClaimRecord[];
}

export class LedgerState {
  readonly entries: LedgerEntry[] = [];
  private readonly byArticle = new Map<string, LedgerEntry>();
  private readonly records = new Map<string, ClaimRecord>();
  /** Claims by their normalised text: a verbatim repeat (a wire copy) needs no engine. */
  private readonly byText = new Map<string, ClaimRecord>();
  private readonly stories = new NearDuplicates<LedgerEntry>();
  private readonly storyMembers = new Map<string, LedgerEntry[]>();
  private tiers: Tier[] = TIER_CAPS.map(() => ({ claims: [] }));

  constructor(readonly profile: WatchProfile) {}

  /** The last sequence number the state holds (0 when empty). */
  get head(): number {
    return this.entries.length ? this.entries[this.entries.length - 1].seq : 0;
  }

  get claimCount(): number {
    return this.records.size;
  }

  /**
   * Adds the next entry (seq = head + 1). Log entries never change, so one the state holds
   * already (two reads of the log overlapping) is skipped; a gap is a bug in the caller.
   */
  add(entry: LedgerEntry): void {
    if (entry.seq <= this.head) return;
    if (entry.seq !== this.head + 1) throw new Error(`ledger entry ${entry.seq} added after ${this.head}`);
    this.entries.push(entry);
    // a duplicate delivery may have lost the race to its twin: the first entry for an article wins
    if (!this.byArticle.has(entry.article.id)) this.byArticle.set(entry.article.id, entry);
    for (const claim of entry.claims) {
      const record: ClaimRecord = { claim, entry, repeats: [], contradictedBy: [] };
      this.records.set(claim.id, record);
      const text = normalClaim(claim.finding.claim.text);
      if (!this.byText.has(text)) this.byText.set(text, record);
      for (const ev of claim.finding.evidence) {
        const target = this.records.get(claimOfDoc(ev.doc) ?? '');
        if (target && !target.contradictedBy.includes(record)) target.contradictedBy.push(record);
      }
      this.addToTiers({ claim, entry });
    }
    for (const repeat of entry.repeats) {
      // who repeated it and when: an article that repeats a claim in two sentences is listed once
      const record = this.records.get(repeat.claim);
      if (record && !record.repeats.some((r) => r.entry === entry)) record.repeats.push({ repeat, entry });
    }
    const sig = entry.signature ? decodeSignature(entry.signature) : undefined;
    if (sig) this.stories.add(entry, sig);
    const root = entry.story?.first ?? entry.article.id;
    const members = this.storyMembers.get(root) ?? [];
    if (!members.some((m) => m.article.id === entry.article.id)) members.push(entry);
    this.storyMembers.set(root, members);
  }

  /** Bulk load (a cold start): every claim goes to the first tier, built once. */
  static from(profile: WatchProfile, entries: LedgerEntry[]): LedgerState {
    const state = new LedgerState(profile);
    for (const e of entries) state.add(e);
    state.tiers = [{ claims: state.tiers.flatMap((t) => t.claims) }, ...TIER_CAPS.slice(1).map(() => ({ claims: [] }))];
    return state;
  }

  private addToTiers(item: Tier['claims'][number]): void {
    const last = this.tiers.length - 1;
    this.tiers[last].claims.push(item);
    this.tiers[last].index = undefined;
    for (let i = last; i > 0; i--) {
      if (this.tiers[i].claims.length <= TIER_CAPS[i]) break;
      this.tiers[i - 1].claims.push(...this.tiers[i].claims);
      this.tiers[i - 1].index = undefined;
      this.tiers[i] = { claims: [] };
    }
  }

  entryOf(articleId: string): LedgerEntry | undefined {
    return this.byArticle.get(articleId);
  }

  record(claimId: string): ClaimRecord | undefined {
    return this.records.get(claimId);
  }

  /** The first claim recorded with this text, word for word (case, spacing and quotes aside). */
  verbatim(text: string): ClaimRecord | undefined {
    return this.byText.get(normalClaim(text));
  }

  /** Every claim, oldest first. */
  allRecords(): ClaimRecord[] {
    return [...this.records.values()];
  }

  /** The first article of the story this text is a near copy of, if any. */
  findStory(text: string): { first: LedgerEntry; similarity: number; signature?: string } | { signature?: string } {
    const sig = signature(text);
    if (!sig) return {};
    const encoded = encodeSignature(sig);
    const hit = this.stories.nearest(sig, STORY_SIMILARITY);
    if (!hit) return { signature: encoded };
    const rootId = hit.item.story?.first ?? hit.item.article.id;
    const first = this.byArticle.get(rootId) ?? hit.item;
    return { first, similarity: hit.similarity, signature: encoded };
  }

  /** The story link shown on a copy's page: the first article and the other copies seen so far. */
  storyLink(firstArticleId: string, self: string, similarity: number): StoryLink | undefined {
    const first = this.byArticle.get(firstArticleId);
    if (!first) return undefined;
    const others = (this.storyMembers.get(firstArticleId) ?? []).filter((e) => e.article.id !== firstArticleId && e.article.id !== self);
    const strip = ({ id, title, source, url, published }: LedgerArticle): StoryArticle => ({ id, title, source, url, published });
    return { first: strip(first.article), alsoRunBy: others.map((e) => strip(e.article)), similarity: Number(similarity.toFixed(2)) };
  }

  /** Names a ledger claim as evidence is named: its first article. */
  docMeta(claimId: string): BaselineDocMeta | undefined {
    const r = this.records.get(claimId);
    if (!r) return undefined;
    const a = r.entry.article;
    return { id: ledgerDoc(claimId), title: `Ledger claim ${claimId}, first in: ${a.title}`, source: a.source, published: a.published };
  }

  /** The article read against each tier of the ledger (empty tiers skipped). */
  lookup(article: ArticleInput): Report[] {
    const reports: Report[] = [];
    for (const tier of this.tiers) {
      if (!tier.claims.length) continue;
      tier.index ??= buildIndex(
        {
          docs: tier.claims.map(({ claim, entry }) => ({
            id: ledgerDoc(claim.id),
            title: entry.article.title,
            source: entry.article.source,
            published: entry.article.published,
            text: claim.finding.claim.text,
          })),
        },
        this.profile,
      );
      reports.push(analyzeArticle(article, tier.index));
    }
    return reports;
  }
}

/** What an article adds to the ledger, and its report with the ledger applied. */
export interface LedgerOutcome {
  report: Report;
  /** Findings to record as new ledger claims (new or contradiction after the ledger). */
  claims: Finding[];
  repeats: LedgerRepeat[];
}

/**
 * The baseline report with the ledger applied. `base` is the article read against the
 * baseline; `ledgerReports` the same article read against each ledger tier.
 */
const normalClaim = (text: string) => text.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();

export function applyLedger(base: Report, ledgerReports: Report[], state: LedgerState): LedgerOutcome {
  if (!base.relevant) return { report: base, claims: [], repeats: [] };
  const byStart = ledgerReports.map((r) => new Map(r.findings.map((f) => [`${f.claim.start}:${f.claim.end}`, f])));
  const repeats: LedgerRepeat[] = [];
  const findings = base.findings.map((f): Finding => {
    if (f.label === 'known') return f;
    const against = byStart.map((m) => m.get(`${f.claim.start}:${f.claim.end}`)).filter((x): x is Finding => !!x);
    const known = against.filter((x) => x.label === 'known').sort((a, b) => b.score - a.score)[0];
    const same = state.verbatim(f.claim.text);
    if (known || same) {
      const claimId = same?.claim.id ?? known!.evidence.map((e) => claimOfDoc(e.doc)).find((id) => id && state.record(id));
      const record = claimId ? state.record(claimId) : undefined;
      if (record) {
        const first = record.entry;
        const text = record.claim.finding.claim.text;
        const finding: Finding = {
          ...f,
          label: 'repeated',
          type: undefined,
          evidence: [{ doc: ledgerDoc(record.claim.id), text, start: 0, end: text.length }],
          score: same ? 1 : known!.score,
          reason: `${same ? 'word for word, ' : ''}repeats ledger claim ${record.claim.id}, first reported by ${first.article.source || 'an unnamed source'} (${first.article.title || 'untitled'}) and alerted on ${first.at.slice(0, 10)}; no new alert`,
          claimId: record.claim.id,
        };
        delete finding.type;
        repeats.push({ claim: record.claim.id, finding });
        return finding;
      }
    }
    const conflict = against.find((x) => x.label === 'contradiction' && x.evidence.some((e) => claimOfDoc(e.doc)));
    if (conflict) {
      const evidence = conflict.evidence.filter((e) => claimOfDoc(e.doc));
      const reason = `coverage disagrees with itself: ${conflict.reason.replace(/\bthe baseline\b/g, 'earlier coverage')}`;
      if (f.label === 'new') return { ...f, label: 'contradiction', type: conflict.type ?? 'other', evidence, score: conflict.score, reason };
      return { ...f, evidence: [...f.evidence, ...evidence], reason: `${f.reason}; ${reason}` };
    }
    return f;
  });
  const report = withFindings(base, findings);
  return { report, claims: findings.filter((f) => f.label === 'new' || f.label === 'contradiction'), repeats };
}

/**
 * The report an article already recorded in the ledger gets again (a second delivery, a crash
 * after recording, a re-analysis): each finding as its entry stored it, so nothing is recorded
 * twice, except that a claim the baseline now knows (accepted since) is known.
 */
export function replayEntry(base: Report, entry: LedgerEntry): Report {
  const key = (f: Finding) => `${f.claim.start}:${f.claim.end}:${f.claim.text}`;
  const stored = new Map<string, Finding>();
  for (const c of entry.claims) stored.set(key(c.finding), { ...c.finding, claimId: c.id });
  for (const r of entry.repeats) stored.set(key(r.finding), r.finding);
  const findings = base.findings.map((f) => {
    // what the baseline knows now (an accepted claim) stays known; the rest reads as recorded
    if (f.label === 'known') return f;
    const s = stored.get(key(f));
    return s ? { ...s, id: f.id } : f;
  });
  return withFindings(base, findings);
}

export function withFindings(base: Report, findings: Finding[]): Report {
  const summary = { new: 0, contradiction: 0, known: 0, repeated: 0 };
  for (const f of findings) summary[f.label]++;
  return { ...base, findings, summary, alert: base.relevant && summary.new + summary.contradiction > 0 };
}

/** Names of the ledger claims a report cites, for the page and alert renderers. */
export function ledgerDocs(report: Report, state: LedgerState): BaselineDocMeta[] {
  const ids = new Set(report.findings.flatMap((f) => f.evidence.map((e) => claimOfDoc(e.doc)).filter((x): x is string => !!x)));
  return [...ids].map((id) => state.docMeta(id)).filter((d): d is BaselineDocMeta => !!d);
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Ledger claims accepted into the baseline: `baseline accept` writes accepted claim texts, one
 * per paragraph, to `accepted-…` documents.
 */
export function acceptedClaims(state: LedgerState, docs: Array<{ id: string; text: string }>): Set<string> {
  const paragraphs = new Set(
    docs.filter((d) => d.id.startsWith('accepted-')).flatMap((d) => d.text.split(/\n\s*\n/).map(normal)),
  );
  return new Set(state.allRecords().filter((r) => paragraphs.has(normal(r.claim.finding.claim.text))).map((r) => r.claim.id));
}
