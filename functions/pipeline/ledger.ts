// The claims ledger in the store: an append-only log, ledger/log/<seq>.json, one entry per
// relevant article (its new claims, its repeats, its story signature), plus a snapshot of the
// log for cold starts and the claims page diffs/claims.html.
//
// Concurrency: an entry is appended with a create-if-absent write at the next sequence number
// (IfNoneMatch on S3, an exclusive create locally). Analyses that finish together race for the
// same number; one wins, the others read the winner's entry, read their article against the
// ledger again (so a claim the winner just recorded is now `repeated`) and try the next
// number. No claim is recorded twice and no repeat is lost, since the log is the only record.
// Under at-least-once delivery, an article whose entry is already in the log gets the report
// its entry recorded, and nothing is appended again.
//
// The state (entries and the ledger's tiered engine index) is kept in module memory, so a warm
// Lambda or a local cycle only reads the entries appended since; a cold start reads the snapshot
// and then the entries after it.
import { setTimeout as sleep } from 'node:timers/promises';
import { analyzeArticle } from '../core/engine/index.ts';
import type { BaselineIndex } from '../core/engine/index.ts';
import { applyLedger, claimIdOf, LedgerEntrySchema, LedgerState, replayEntry, type LedgerEntry } from '../core/ledger/ledger.ts';
import * as z from 'zod/mini';
import { silentLog, type Log, type Store } from '../core/ports.ts';
import type { WatchProfile } from '../core/profile.ts';
import { renderClaimsPage, type ClaimsPageOptions } from '../core/render/claims-page.ts';
import type { Article, Report } from '../core/types.ts';

export const LEDGER_KEYS = {
  log: (seq: number) => `ledger/log/${String(seq).padStart(10, '0')}.json`,
  snapshot: 'ledger/snapshot.json',
  page: 'diffs/claims.html',
};
/** A snapshot is written every this many entries, so a cold start reads at most this many entries one by one. */
export const SNAPSHOT_EVERY = 100;
/** Races lost in a row before an append gives up (each lost race means another entry was appended). */
export const LEDGER_ATTEMPTS = 200;
const PROBE_BATCH = 8;
const PAGE_RENDERS = 20;

export class LedgerConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerConflictError';
  }
}

const cache = new Map<string, LedgerState>();
const CACHE_MAX = 4;

/** The ledger as stored now: the cached state brought up to date, or read afresh. */
export async function loadLedger(store: Store, profile: WatchProfile, log: Log = silentLog): Promise<LedgerState> {
  const key = `${store.locate(LEDGER_KEYS.snapshot)}\0${JSON.stringify(profile)}`;
  let state = cache.get(key);
  // The cached state must still be this store's: the last entry it holds must read the same.
  if (state && state.head > 0) {
    const last = await store.get(LEDGER_KEYS.log(state.head));
    const parsed = last === undefined ? undefined : parseEntry(last, state.head, log);
    if (!parsed || parsed.at !== state.entries[state.entries.length - 1].at || parsed.article.id !== state.entries[state.entries.length - 1].article.id) {
      state = undefined;
    }
  }
  if (!state) {
    state = LedgerState.from(profile, await readSnapshot(store, log));
    cache.delete(key);
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, state);
  }
  await catchUp(store, state, log);
  return state;
}

/** Forgets the cached ledgers (tests that rewrite a store behind the cache's back). */
export function forgetLedgerCache(): void {
  cache.clear();
}

async function readSnapshot(store: Store, log: Log): Promise<LedgerEntry[]> {
  const body = await store.get(LEDGER_KEYS.snapshot);
  if (body === undefined) return [];
  try {
    const data = z.parse(z.object({ upTo: z.number(), entries: z.array(LedgerEntrySchema) }), JSON.parse(body));
    // only a gap-free run from 1 can seed the state
    return data.entries.every((e, i) => e.seq === i + 1) ? data.entries : [];
  } catch (e) {
    log.warn('ledger snapshot unreadable: reading the log from the start', { key: LEDGER_KEYS.snapshot, error: (e as Error).message });
    return [];
  }
}

/**
 * Reads the entries after the state's head until the first absent one: one read when nothing
 * is new (the common case), then a few at a time (a cold start after the snapshot).
 */
async function catchUp(store: Store, state: LedgerState, log: Log): Promise<void> {
  for (let round = 0; ; round++) {
    const from = state.head + 1;
    const batch = round === 0 ? 1 : PROBE_BATCH;
    const bodies = await Promise.all(Array.from({ length: batch }, (_, i) => store.get(LEDGER_KEYS.log(from + i))));
    for (let i = 0; i < bodies.length; i++) {
      const body = bodies[i];
      if (body === undefined) return;
      state.add((await readEntry(store, body, from + i, log)) ?? placeholder(from + i));
    }
  }
}

/**
 * An entry is written once and never changes, so a body that does not parse may be a read that
 * caught the write half done (some S3-compatible stores answer a PUT before it is readable):
 * read it again a few times before giving its number to a placeholder.
 */
async function readEntry(store: Store, body: string, seq: number, log: Log): Promise<LedgerEntry | undefined> {
  for (let attempt = 1; ; attempt++) {
    const entry = parseEntry(body, seq, attempt < UNREADABLE_ATTEMPTS ? silentLog : log);
    if (entry || attempt >= UNREADABLE_ATTEMPTS) return entry;
    await sleep(50 * attempt);
    body = (await store.get(LEDGER_KEYS.log(seq))) ?? body;
  }
}
const UNREADABLE_ATTEMPTS = 5;

function parseEntry(body: string, seq: number, log: Log): LedgerEntry | undefined {
  try {
    const entry = z.parse(LedgerEntrySchema, JSON.parse(body));
    if (entry.seq !== seq) throw new Error(`it says seq ${entry.seq}`);
    return entry;
  } catch (e) {
    log.warn('ledger entry unreadable: skipped', { key: LEDGER_KEYS.log(seq), error: (e as Error).message });
    return undefined;
  }
}

/** An unreadable entry still holds its number, so the log has no gap. */
const placeholder = (seq: number): LedgerEntry => ({
  seq,
  at: '',
  article: { id: `unreadable-${seq}`, title: '', url: '', source: '', published: '', htmlKey: '' },
  claims: [],
  repeats: [],
});

export interface RecordedArticle {
  report: Report;
  entry?: LedgerEntry;
  state: LedgerState;
}

/**
 * Reads the article against the ledger and records it: returns the report with `repeated`
 * findings, ledger contradictions, claim ids and the story link. Irrelevant articles are not
 * recorded.
 */
export async function recordInLedger(
  deps: { store: Store; profile: WatchProfile; log?: Log; now?: () => Date },
  article: Article,
  base: Report,
  htmlKey: string,
): Promise<RecordedArticle> {
  const { store, profile, log = silentLog, now = () => new Date() } = deps;
  let state = await loadLedger(store, profile, log);
  if (!base.relevant) return { report: base, state };
  for (let attempt = 1; ; attempt++) {
    const existing = state.entryOf(article.id);
    if (existing) return { report: withStory(replayEntry(base, existing), state, existing), entry: existing, state };

    // only claims new or contradicting against the baseline can be repeats, and a word-for-word
    // repeat (a wire copy) needs no engine: skip the lookup when nothing else is left
    const open = base.findings.some((f) => (f.label === 'new' || f.label === 'contradiction') && !state.verbatim(f.claim.text));
    const outcome = applyLedger(base, open ? state.lookup(article) : [], state);
    const story = state.findStory(article.text);
    const seq = state.head + 1;
    const claims = outcome.claims.map((f, i) => ({ id: claimIdOf(seq, i + 1), finding: { ...f, claimId: claimIdOf(seq, i + 1) } }));
    const entry: LedgerEntry = {
      seq,
      at: now().toISOString(),
      article: { id: article.id, title: article.title, url: article.url, source: article.source, published: article.published, htmlKey },
      ...(story.signature ? { signature: story.signature } : {}),
      ...('first' in story ? { story: { first: story.first.article.id, similarity: story.similarity } } : {}),
      claims,
      repeats: outcome.repeats,
    };
    if (await store.putIfAbsent(LEDGER_KEYS.log(seq), JSON.stringify(entry) + '\n', 'application/json')) {
      state.add(entry);
      if (seq % SNAPSHOT_EVERY === 0) await writeSnapshot(store, state, log);
      return { report: withStory(replayEntry(base, entry), state, entry), entry, state };
    }
    if (attempt >= LEDGER_ATTEMPTS) {
      throw new LedgerConflictError(`could not record ${article.id} in the ledger: other analyses took the next entry ${attempt} times in a row`);
    }
    await catchUp(store, state, log); // read what the winner appended, then look again
  }
}

function withStory(report: Report, state: LedgerState, entry: LedgerEntry): Report {
  if (!entry.story) return report;
  const story = state.storyLink(entry.story.first, entry.article.id, entry.story.similarity);
  return story ? { ...report, story } : report;
}

/** Writes the snapshot unless a newer one is there already. */
async function writeSnapshot(store: Store, state: LedgerState, log: Log): Promise<void> {
  const entries = state.entries.filter((e) => e.seq <= state.head);
  const body = JSON.stringify({ upTo: state.head, entries }) + '\n';
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await store.getWithVersion(LEDGER_KEYS.snapshot);
    const upTo = current ? Number((/"upTo":(\d+)/.exec(current.body.slice(0, 40)) ?? [])[1] ?? 0) : 0;
    if (upTo >= state.head) return;
    if (await store.putIfUnchanged(LEDGER_KEYS.snapshot, body, current?.version, 'application/json')) return;
  }
  log.warn('ledger snapshot not written: others kept writing it', { key: LEDGER_KEYS.snapshot });
}

/**
 * Renders diffs/claims.html from the ledger, then again while the log has grown meanwhile
 * (another analysis appended an entry), so once the writers are done the page is up to date.
 */
export async function writeClaimsPage(store: Store, state: LedgerState, options: ClaimsPageOptions = {}, log: Log = silentLog): Promise<void> {
  for (let render = 1; ; render++) {
    const shown = state.head;
    await store.put(LEDGER_KEYS.page, renderClaimsPage(state, options), 'text/html; charset=utf-8');
    await catchUp(store, state, log);
    if (state.head === shown) return;
    if (render >= PAGE_RENDERS) {
      log.warn('claims page may be behind the ledger: it grew during every render', { key: LEDGER_KEYS.page });
      return;
    }
  }
}

/** The baseline report of an article (what the engine says without the ledger). */
export function baselineReport(article: Article, index: BaselineIndex): Report {
  const report = analyzeArticle(article, index);
  report.article.id = article.id;
  return report;
}
