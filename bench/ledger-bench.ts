// The claims ledger at scale: an article read against the baseline and a ledger of N claims
// (what the analyze step does), against the same with a 100-claim ledger. Claims are generated
// from the seed baseline's sentences with their numbers, dates, names and places varied, 5 per
// entry (article), each entry with a MinHash signature as the pipeline stores it.
import { analyzeArticle } from '../functions/core/engine/index.ts';
import { applyLedger, LedgerState, type LedgerEntry } from '../functions/core/ledger/ledger.ts';
import { encodeSignature, signature } from '../functions/core/ledger/minhash.ts';
import type { Finding } from '../functions/core/types.ts';
import type { EngineInputs } from './engine-bench.ts';
import { heapAfterGc, mb, median, medianMs, timeMs } from './measure.ts';
import { syntheticSentences } from './synthetic.ts';

export interface LedgerSizeResult {
  claims: number;
  /** Reading the entries into a LedgerState (a cold start, after the snapshot is read). */
  loadMs: number;
  /** The first lookup builds the ledger's engine index. */
  buildMs: number;
  /** Baseline + ledger analysis of one article, median of the bench articles. */
  analyzeMs: number;
  /** Baseline-only analysis of the same articles, for reference. */
  baselineOnlyMs: number;
  /** The next analysis after one more entry is appended to a warm ledger (its small tier is rebuilt). */
  afterAppendMs: number;
  heapMb: number;
  /** The snapshot a cold start reads (ledger/snapshot.json). */
  snapshotMb: number;
}

const CLAIMS_PER_ENTRY = 5;

function entries(inputs: EngineInputs, claims: number): LedgerEntry[] {
  const sentences = syntheticSentences(inputs.seedSentences, claims);
  const out: LedgerEntry[] = [];
  for (let i = 0; i < sentences.length; i += CLAIMS_PER_ENTRY) {
    const seq = out.length + 1;
    const texts = sentences.slice(i, i + CLAIMS_PER_ENTRY);
    const sig = signature(texts.join('\n'));
    let offset = 0;
    out.push({
      seq,
      at: new Date(Date.UTC(2024, 5, 1) + seq * 60_000).toISOString(),
      article: { id: `bench${seq}`, title: `Bench article ${seq}`, url: `https://bench.sample.test/${seq}`, source: 'bench', published: '2024-06-20', htmlKey: `diffs/2024/06/20/bench${seq}.html` },
      ...(sig ? { signature: encodeSignature(sig) } : {}),
      claims: texts.map((text, n) => {
        const finding: Finding = { id: `f${n + 1}`, label: 'new', claim: { text, start: offset, end: offset + text.length }, evidence: [], score: 0.5, reason: 'bench' };
        offset += text.length + 1;
        return { id: `c${seq}-${n + 1}`, finding };
      }),
      repeats: [],
    });
  }
  return out;
}

export function measureLedger(inputs: EngineInputs, claims: number): LedgerSizeResult {
  const heapBefore = heapAfterGc();
  let log: LedgerEntry[] | undefined = entries(inputs, claims);
  const snapshotMb = mb(Buffer.byteLength(JSON.stringify({ upTo: log.length, entries: log })));
  let state: LedgerState | undefined;
  const loadMs = timeMs(() => (state = LedgerState.from(inputs.profile, log!)));
  const [first, ...rest] = inputs.articles;
  const buildMs = timeMs(() => state!.lookup(first));
  log = undefined;
  const heapMb = mb(heapAfterGc() - heapBefore);
  const analyze = (a: (typeof inputs.articles)[number]) => {
    const base = analyzeArticle(a, inputs.seedIndex);
    applyLedger(base, state!.lookup(a), state!);
    state!.findStory(a.text);
  };
  const runs = claims <= 10_000 ? 3 : 1;
  const perArticle = [first, ...rest].map((a) => medianMs(() => analyze(a), runs));
  const baselineOnly = inputs.articles.map((a) => medianMs(() => analyzeArticle(a, inputs.seedIndex), runs));
  // one more article recorded, then the next analysis: the newest tier is rebuilt
  const next = state!.head + 1;
  const text = 'Rosneft will open a fuel depot in the Vietnamese port of Vung Tau next spring, the Russian energy minister said.';
  state!.add({
    seq: next,
    at: new Date().toISOString(),
    article: { id: `bench${next}`, title: 'appended', url: '', source: 'bench', published: '2024-06-20', htmlKey: '' },
    claims: [{ id: `c${next}-1`, finding: { id: 'f1', label: 'new', claim: { text, start: 0, end: text.length }, evidence: [], score: 0.5, reason: 'bench' } }],
    repeats: [],
  });
  const afterAppendMs = timeMs(() => analyze(first));
  return { claims, loadMs, buildMs, analyzeMs: median(perArticle), baselineOnlyMs: median(baselineOnly), afterAppendMs, heapMb, snapshotMb };
}
