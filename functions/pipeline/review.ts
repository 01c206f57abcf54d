// Store-level review operations behind `claimwatch diffs` and `claimwatch baseline`: list and load
// diffs, add baseline documents, and accept reviewed findings into the baseline. They work on any
// Store (local folder or S3). Every check runs before the first write, so a refused request
// changes nothing; writes go document text first, manifest last, so the manifest never lists a
// document that is not there.
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { FindingSchema } from '../core/report-schema.ts';
import { BaselineError, parseManifest } from '../core/baseline.ts';
import { articleKeyOfDiff, keys } from '../core/ids.ts';
import { mapLimit } from '../core/map-limit.ts';
import { describeIssues, optionalText } from '../core/validation.ts';
import type { Store } from '../core/ports.ts';
import type { Article, BaselineDocMeta, Finding, Report } from '../core/types.ts';

/** A request the store cannot satisfy as asked (unknown id, bad file): nothing was changed. */
export class ReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewError';
  }
}

// ---------------------------------------------------------------- diffs

const DIFF_KEY = /^diffs\/(\d{4})\/(\d{2})\/(\d{2})\/([A-Za-z0-9_-]+)\.json$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface DiffRef {
  id: string;
  /** YYYY-MM-DD of the diff's folder (the day the article was collected). */
  date: string;
  key: string;
  htmlKey: string;
}

export interface DiffListItem extends DiffRef {
  report?: Report;
  /** Why the stored report could not be read. */
  error?: string;
}

/** `--since`: a date (YYYY-MM-DD) or an ISO time, as the UTC day it falls on. */
export function parseSince(value: string): string {
  const time = /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value) ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : undefined;
  if (!time || Number.isNaN(time.getTime())) throw new ReviewError(`--since wants a date like 2024-06-20 (or an ISO time), not "${value}"`);
  return time.toISOString().slice(0, 10);
}

/** Every stored diff (optionally from a day on), newest day first. */
export async function findDiffs(store: Store, options: { since?: string } = {}): Promise<DiffRef[]> {
  const refs: DiffRef[] = [];
  for (const key of await store.list('diffs/')) {
    const m = DIFF_KEY.exec(key);
    if (!m) continue; // index.json, pages
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (options.since && date < options.since) continue;
    refs.push({ id: m[4], date, key, htmlKey: key.replace(/\.json$/, '.html') });
  }
  return refs.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The stored diffs with their reports; an unreadable report is listed with its error, not skipped. */
export async function listDiffs(store: Store, options: { since?: string } = {}): Promise<DiffListItem[]> {
  const refs = await findDiffs(store, options);
  return mapLimit(refs, 8, async (ref) => {
    try {
      return { ...ref, report: await readReport(store, ref.key) };
    } catch (e) {
      return { ...ref, error: (e as Error).message };
    }
  });
}

export interface LoadedDiff {
  ref: DiffRef;
  report: Report;
  /** The stored article (its text is what the offsets point into), when it is still there. */
  article?: Article;
}

/** One diff by article id, or by an unambiguous prefix of at least 4 characters of it. */
export async function loadDiff(store: Store, id: string): Promise<LoadedDiff> {
  if (!ID.test(id)) throw new ReviewError(`"${id}" is not a diff id (the article id: letters, digits, "-" or "_")`);
  const refs = await findDiffs(store);
  let matches = refs.filter((r) => r.id === id);
  if (!matches.length && id.length >= 4) matches = refs.filter((r) => r.id.startsWith(id));
  const ids = [...new Set(matches.map((r) => r.id))];
  if (!ids.length) throw new ReviewError(`no diff with id ${id} in this store ("claimwatch diffs list" shows them)`);
  if (ids.length > 1) throw new ReviewError(`"${id}" matches several diffs: ${ids.join(', ')}`);
  const ref = matches[0]; // newest first: a re-collected article shows its latest diff
  const report = await readReport(store, ref.key);
  return { ref, report, article: await readArticle(store, articleKeyOfDiff(ref.key)) };
}

const count = z.number().check(z.int(), z.nonnegative());
const ReportSchema = z.looseObject({
  article: z.looseObject({ id: z.string(), title: z.string(), url: z.string(), source: z.string(), published: z.string() }),
  relevant: z.boolean(),
  findings: z.array(FindingSchema),
  summary: z.object({ new: count, contradiction: count, known: count, repeated: z.optional(count) }),
  alert: z.boolean(),
});

async function readReport(store: Store, key: string): Promise<Report> {
  const body = await store.get(key);
  if (body === undefined) throw new ReviewError(`diff ${store.locate(key)} is missing`);
  const parsed = parseJson(body, (problem) => new ReviewError(`diff ${store.locate(key)} is unreadable: ${problem}`));
  const result = z.safeParse(ReportSchema, parsed);
  if (!result.success) throw new ReviewError(`diff ${store.locate(key)} is not a report: ${describeIssues(result.error)}`);
  return result.data as Report;
}

async function readArticle(store: Store, key: string): Promise<Article | undefined> {
  const body = await store.get(key);
  if (body === undefined) return undefined;
  try {
    const article = JSON.parse(body) as Article;
    return typeof article?.text === 'string' ? article : undefined;
  } catch {
    return undefined; // the report alone still shows every claim
  }
}

// ---------------------------------------------------------------- baseline

type RawManifest = { documents: Array<Record<string, unknown>> } & Record<string, unknown>;

/** The manifest as stored (fields the schema does not know are kept), after validating it. */
async function readManifest(store: Store): Promise<RawManifest> {
  const body = await store.get(keys.baselineManifest);
  if (body === undefined) return { documents: [] };
  parseManifest(body, store.locate(keys.baselineManifest)); // throws a BaselineError naming the problem
  return JSON.parse(body) as RawManifest;
}

/** Adds or replaces one manifest entry, validating the result before writing it. */
async function writeManifestEntry(store: Store, manifest: RawManifest, meta: BaselineDocMeta): Promise<void> {
  const documents = manifest.documents.filter((d) => d.id !== meta.id);
  const next = { ...manifest, documents: [...documents, { ...meta }] };
  const json = JSON.stringify(next, null, 2) + '\n';
  parseManifest(json, 'the new baseline manifest');
  await store.put(keys.baselineManifest, json, 'application/json');
}

export async function listBaselineDocs(store: Store): Promise<BaselineDocMeta[]> {
  const body = await store.get(keys.baselineManifest);
  return body === undefined ? [] : parseManifest(body, store.locate(keys.baselineManifest)).documents;
}

/** The text of a file offered as a baseline document: a plain text file, or an article JSON. */
export interface BaselineInput {
  text: string;
  title?: string;
  source?: string;
  published?: string;
}

const MAX_DOC_BYTES = 5 * 1024 * 1024;

const BaselineInputSchema = z.object({ text: z.string(), title: optionalText, source: optionalText, published: optionalText });

/** Reads `claimwatch baseline add FILE` input; a file that is not usable text is refused. */
export function parseBaselineFile(name: string, bytes: Uint8Array): BaselineInput {
  const refuse = (problem: string) => new ReviewError(`${name}: ${problem}; nothing was added`);
  if (bytes.length > MAX_DOC_BYTES) throw refuse(`larger than ${MAX_DOC_BYTES / 1024 / 1024} MB`);
  if (bytes.includes(0)) throw refuse('a binary file (it contains NUL bytes), not text');
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw refuse('not UTF-8 text');
  }
  let input: BaselineInput = { text: content };
  if (/\.json$/i.test(name)) {
    const data = parseJson(content, (problem) => refuse(`not JSON (${problem})`));
    const result = z.safeParse(BaselineInputSchema, data);
    if (!result.success) throw refuse(`not an article JSON ({title, source, published, text}): ${describeIssues(result.error)}`);
    input = result.data;
  }
  if (!input.text.trim()) throw refuse('no text');
  return input;
}

export interface AddedDoc {
  id: string;
  /** False when the same text was already in the baseline. */
  added: boolean;
}

/** Stores a new baseline document `NNN_<hash of text>` with its manifest entry. */
export async function addBaselineDoc(store: Store, doc: BaselineInput & { title: string }): Promise<AddedDoc> {
  if (!doc.title.trim()) throw new ReviewError('a baseline document needs a title (--title)');
  const manifest = await readManifest(store);
  const hash = createHash('sha256').update(doc.text).digest('hex').slice(0, 16);
  const same = manifest.documents.find((d) => String(d.id).endsWith(`_${hash}`));
  if (same) return { id: String(same.id), added: false };
  const numbers = manifest.documents.map((d) => /^(\d+)_/.exec(String(d.id))?.[1]).filter(Boolean).map(Number);
  const id = `${String(Math.max(-1, ...numbers) + 1).padStart(3, '0')}_${hash}`;
  const meta = { id, title: doc.title.trim(), source: doc.source ?? '', published: doc.published ?? '' };
  await store.put(keys.baselineDoc(id), doc.text, 'text/plain; charset=utf-8');
  await writeManifestEntry(store, manifest, meta);
  return { id, added: true };
}

export interface AcceptResult {
  docId: string;
  diffId: string;
  /** The findings accepted this time. */
  accepted: Finding[];
  /** Baseline sentences retired this time: the evidence of accepted contradictions. */
  superseded: Array<{ doc: string; text: string }>;
  /** True when the baseline changed (false on a repeat). */
  changed: boolean;
}

/**
 * Turns reviewed findings into baseline knowledge: their claim texts become the baseline
 * document `accepted-<article-id>` (one claim per paragraph), so the rebuilt baseline index
 * makes the same claims `known`. An accepted contradiction also retires the baseline
 * sentences it contradicted (its evidence): the document lists them in `supersedes`, and the
 * index leaves them out. Defaults to every new and contradiction finding. Accepting again adds
 * only claims not yet there, so repeating it changes nothing.
 */
export async function acceptFindings(store: Store, id: string, findingIds?: string[]): Promise<AcceptResult> {
  const { ref, report } = await loadDiff(store, id);
  const chosen = chooseFindings(ref.id, report, findingIds);
  const manifest = await readManifest(store);
  const docId = `accepted-${ref.id}`;
  if (!chosen.length) return { docId, diffId: ref.id, accepted: [], superseded: [], changed: false };

  const stored = await store.get(keys.baselineDoc(docId));
  const paragraphs = (stored ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const claims = chosen.map((f) => f.claim.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const text = [...new Set([...paragraphs, ...claims])].join('\n\n') + '\n';
  const { article } = report;
  const entry = manifest.documents.find((d) => d.id === docId);
  // An accepted contradiction replaces what it contradicted: its evidence leaves the index.
  const before = (entry?.supersedes as BaselineDocMeta['supersedes']) ?? [];
  const contradicted = chosen.filter((f) => f.label === 'contradiction').flatMap((f) => f.evidence.map(({ doc, text }) => ({ doc, text })));
  const supersedes = [...new Map([...before, ...contradicted].map((s) => [`${s.doc}\0${s.text}`, s])).values()];
  const meta: BaselineDocMeta = {
    id: docId,
    title: `Accepted from review: ${article.title}`.trim(),
    source: [article.source, article.url].filter(Boolean).join(', '),
    published: article.published,
    ...(supersedes.length ? { supersedes } : {}),
  };
  const textChanged = text !== stored;
  const entryChanged =
    !entry || (['title', 'source', 'published'] as const).some((k) => entry[k] !== meta[k]) || supersedes.length !== before.length;
  if (textChanged) await store.put(keys.baselineDoc(docId), text, 'text/plain; charset=utf-8');
  if (entryChanged) await writeManifestEntry(store, manifest, meta);
  return { docId, diffId: ref.id, accepted: chosen, superseded: supersedes.slice(before.length), changed: textChanged || entryChanged };
}

function chooseFindings(diffId: string, report: Report, findingIds: string[] | undefined): Finding[] {
  if (!findingIds?.length) return report.findings.filter((f) => f.label !== 'known');
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  const unknown = findingIds.filter((f) => !byId.has(f));
  if (unknown.length) {
    throw new ReviewError(`diff ${diffId} has no finding ${unknown.join(', ')} (its findings: ${[...byId.keys()].join(', ') || 'none'}); nothing was accepted`);
  }
  const known = findingIds.filter((f) => byId.get(f)!.label === 'known');
  if (known.length) throw new ReviewError(`${known.join(', ')} ${known.length > 1 ? 'are' : 'is'} already known to the baseline; nothing was accepted`);
  return [...new Set(findingIds)].map((f) => byId.get(f)!);
}

// ---------------------------------------------------------------- helpers

function parseJson(text: string, fail: (problem: string) => Error): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw fail((e as Error).message);
  }
}


export { BaselineError };
