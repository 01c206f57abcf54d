// The claims ledger through the analyze step, against the local store and a real local S3:
// one alert per claim, repeats recorded with who and when, contradictions of earlier coverage,
// stories, and the concurrency guarantee (25 analyses of the same claim at once, each delivered twice).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { S3Store } from '../functions/adapters/s3-store.ts';
import { articleId, keys } from '../functions/core/ids.ts';
import type { AlertMessage, Notifier, Store } from '../functions/core/ports.ts';
import type { Article } from '../functions/core/types.ts';
import { seedBaseline, sampleProfile } from '../functions/local/local-mode.ts';
import { analyzeStoredArticle } from '../functions/pipeline/analyze.ts';
import { baselineReport, forgetLedgerCache, loadLedger, LEDGER_KEYS, recordInLedger } from '../functions/pipeline/ledger.ts';
import { baselineIndexFromStore } from '../functions/pipeline/baseline-index.ts';
import { acceptClaim, showClaim } from '../functions/pipeline/claims-review.ts';
import { readDiffIndex } from '../functions/pipeline/diff-index.ts';
import { loadDiff } from '../functions/pipeline/review.ts';
import { startS3, type LocalS3 } from './helpers/s3.ts';

const profile = await sampleProfile();

const DEPOT = 'Rosneft will open a fuel depot in the Vietnamese port of Vung Tau next spring, the Russian energy minister said.';

function article(n: number, text: string, title = `Depot story ${n}`): Article {
  const url = `https://outlet-${n}.example/news/${n}`;
  return {
    id: articleId(url),
    url,
    title,
    source: `Outlet ${n}`,
    published: '2024-06-22T08:00:00Z',
    fetchedAt: `2024-06-22T09:${String(n % 60).padStart(2, '0')}:00.000Z`,
    text,
  };
}

class Outbox implements Notifier {
  sent: AlertMessage[] = [];
  async notify(message: AlertMessage): Promise<void> {
    this.sent.push(message);
  }
}

async function put(store: Store, a: Article): Promise<string> {
  const key = keys.article(a.id, a.fetchedAt);
  await store.put(key, JSON.stringify(a));
  return key;
}

// On s3rver the 50 deliveries run the ledger step itself (recordInLedger): 16 or more
// concurrent updateDiffIndex calls against s3rver hang in this test set-up, which is the diff
// index's business, not the ledger's. The local store runs the whole analyze step.
const worlds: Array<{ name: string; whole: boolean; setUp: () => Promise<{ store: Store; tearDown: () => Promise<void> }> }> = [
  {
    name: 'local store',
    whole: true,
    setUp: async () => {
      const root = await mkdtemp(path.join(tmpdir(), 'claimwatch-ledger-'));
      return { store: new FsStore(root), tearDown: () => rm(root, { recursive: true, force: true }) };
    },
  },
  {
    name: 's3rver',
    whole: false,
    setUp: async () => {
      const s3: LocalS3 = await startS3();
      return { store: new S3Store({ bucket: s3.bucket, client: s3.client }), tearDown: () => s3.stop() };
    },
  },
];

describe.each(worlds)('claims ledger on the $name', ({ setUp, whole }) => {
  let store: Store;
  let tearDown: () => Promise<void>;
  let outbox: Outbox;
  beforeAll(async () => {
    ({ store, tearDown } = await setUp());
    await seedBaseline(store);
  });
  afterAll(() => tearDown());
  beforeEach(() => {
    outbox = new Outbox();
  });

  it('25 analyses of one claim finishing together, each delivered twice: one claim, 24 repeats, one alert', { timeout: 180_000 }, async () => {
    const articles = Array.from({ length: Number(process.env.LEDGER_N ?? 25) }, (_, i) => article(i + 1, `${DEPOT}\n`));
    const articleKeys = await Promise.all(articles.map((a) => put(store, a)));
    forgetLedgerCache(); // every delivery as a cold Lambda: none sees another's entries in memory
    const deliveries = [...articleKeys, ...articleKeys];
    const deliver = async (key: string) => {
      if (whole) return analyzeStoredArticle({ store, notifier: outbox, profile }, key);
      const a = articles.find((x) => keys.article(x.id, x.fetchedAt) === key)!;
      const { index } = await baselineIndexFromStore(store, profile);
      const { report } = await recordInLedger({ store, profile }, a, baselineReport(a, index), keys.diffHtml(a.id, a.fetchedAt));
      return { articleId: a.id, report };
    };
    const results = await Promise.all(deliveries.map(deliver));

    const ledger = await loadLedger(store, profile);
    const depot = ledger.allRecords().filter((r) => r.claim.finding.claim.text === DEPOT);
    expect(depot).toHaveLength(1);
    const [record] = depot;
    const repeaters = record.repeats.map((r) => r.entry.article.id).sort();
    const others = articles.map((a) => a.id).filter((id) => id !== record.entry.article.id).sort();
    expect(repeaters).toEqual(others);
    for (const { entry } of record.repeats) expect(entry.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(new Set(ledger.entries.map((e) => e.article.id)).size).toBe(25);
    expect(ledger.entries).toHaveLength(25);

    if (whole) {
      expect(outbox.sent).toHaveLength(1);
      expect(outbox.sent[0].text).toContain('Vung Tau');
    }
    expect(results.filter((r) => r.report.alert)).toHaveLength(2); // the first article's two deliveries; alerts/<id> lets one send
    // both deliveries of an article give the same report
    const byArticle = new Map<string, string>();
    for (const r of results) {
      const labels = r.report.findings.map((f) => `${f.label}:${f.claimId}`).join(',');
      if (byArticle.has(r.articleId)) expect(labels).toBe(byArticle.get(r.articleId));
      byArticle.set(r.articleId, labels);
    }
    const labelled = results.map((r) => r.report.findings.find((f) => f.claim.text === DEPOT)!.label);
    expect(labelled.filter((l) => l === 'new')).toHaveLength(2); // the first article, both deliveries
    expect(labelled.filter((l) => l === 'repeated')).toHaveLength(48);
  });

  it('a later article repeating the claim is repeated, names the ledger claim and does not alert', async () => {
    const later = article(40, `Officials in Vung Tau said on Monday that Rosneft will open a fuel depot in the Vietnamese port next spring, as the Russian energy minister announced.\n`);
    const result = await analyzeStoredArticle({ store, notifier: outbox, profile }, await put(store, later));
    const finding = result.report.findings[0];
    expect(finding.label).toBe('repeated');
    expect(finding.evidence[0].doc).toMatch(/^ledger:c\d+-\d+$/);
    expect(finding.evidence[0].text).toBe(DEPOT);
    expect(result.report.alert).toBe(false);
    expect(result.report.summary.repeated).toBe(1);
    expect(outbox.sent).toHaveLength(0);
    const page = (await store.get(result.htmlKey))!;
    expect(page).toContain('repeated');
    expect(page).toContain('../../../claims.html#claim-c');
    // the review commands and the recent-diffs index read the new label
    expect((await loadDiff(store, later.id)).report.findings[0].label).toBe('repeated');
    expect((await readDiffIndex(store)).find((e) => e.id === later.id)?.summary.repeated).toBe(1);
  });

  it('a claim contradicting a ledger claim is a contradiction with the ledger claim as evidence', async () => {
    const first = article(50, 'Vietjet will buy 12 Sukhoi Superjet airliners from Russia for its domestic routes in Vietnam, the airline told investors.\n');
    await analyzeStoredArticle({ store, notifier: outbox, profile }, await put(store, first));
    const second = article(51, 'Vietjet will buy 30 Sukhoi Superjet airliners from Russia for its domestic routes in Vietnam, the airline told investors.\n');
    const result = await analyzeStoredArticle({ store, notifier: outbox, profile }, await put(store, second));
    const finding = result.report.findings[0];
    expect(finding.label).toBe('contradiction');
    expect(finding.type).toBe('number');
    expect(finding.evidence.some((e) => e.doc.startsWith('ledger:') && e.text.includes('12 Sukhoi'))).toBe(true);
    expect(outbox.sent).toHaveLength(2);
    expect(outbox.sent[1].text).toContain('CONTRADICTION');
    const ledger = await loadLedger(store, profile);
    const original = ledger.allRecords().find((r) => r.claim.finding.claim.text.includes('12 Sukhoi'))!;
    expect(original.contradictedBy.map((c) => c.claim.finding.claim.text)).toEqual([expect.stringContaining('30 Sukhoi')]);
  });

  it('a near copy of a wire story is linked to the first and alerts only for what the first did not say', async () => {
    const wire = [
      'Russian fertiliser maker Acron will build a blending plant in the Vietnamese port city of Quy Nhon, its chief executive said on Friday.',
      'The plant is expected to produce 200,000 tonnes of fertiliser a year once it opens in 2027.',
      'Vietnamese coffee growers have faced sharply higher fertiliser prices since 2022, when exports from Russia were disrupted.',
      'Acron said Vietnam had become one of its ten largest markets and that its sales there grew by a quarter last year.',
    ].join('\n');
    const first = article(60, `${wire}\n`, 'Acron to build plant in Quy Nhon');
    await analyzeStoredArticle({ store, notifier: outbox, profile }, await put(store, first));
    const copy = article(61, `Quy Nhon's provincial council approved a coastal site for the Acron plant on Thursday, local officials told the Gazette.\n${wire}\nWire reports contributed to this story.\n`, 'Russian fertiliser heads to Quy Nhon');
    const result = await analyzeStoredArticle({ store, notifier: outbox, profile }, await put(store, copy));
    expect(result.report.story?.first.id).toBe(first.id);
    expect(result.report.story!.similarity).toBeGreaterThan(0.4);
    const alerting = result.report.findings.filter((f) => f.label === 'new' || f.label === 'contradiction');
    // its own intro alerts; the wire text is repeated; its credit line is page furniture
    expect(alerting.map((f) => f.claim.text)).toEqual([expect.stringContaining('provincial council')]);
    expect(result.report.findings.filter((f) => f.label === 'repeated')).toHaveLength(4);
    const page = (await store.get(result.htmlKey))!;
    expect(page).toContain('Same story as');
    expect(page).toContain('Acron to build plant in Quy Nhon');

    const third = article(62, `Acron picked Quy Nhon, the company said.\n${wire}\n`, 'Acron plant: third copy');
    const again = await analyzeStoredArticle({ store, notifier: outbox, profile }, await put(store, third));
    expect(again.report.story?.first.id).toBe(first.id);
    expect(again.report.story?.alsoRunBy.map((a) => a.id)).toEqual([copy.id]);
    expect(await store.get(LEDGER_KEYS.page)).toContain('Acron');
  });

  it('an unrelated article is not a story copy', async () => {
    const other = article(70, 'Russian Foreign Minister Sergey Lavrov will meet Vietnamese officials in Hanoi next month to discuss a visa agreement, the Kremlin said on Thursday.\n');
    const result = await analyzeStoredArticle({ store, notifier: outbox, profile }, await put(store, other));
    expect(result.report.story).toBeUndefined();
  });

  it('accepting a ledger claim makes it baseline: its repeats read as known, and the ledger says it was accepted', async () => {
    const ledger = await loadLedger(store, profile);
    const sukhoi = ledger.allRecords().find((r) => r.claim.finding.claim.text.includes('12 Sukhoi'))!;
    expect((await showClaim(store, profile, sukhoi.claim.id)).accepted).toBe(false);
    const result = await acceptClaim(store, profile, sukhoi.claim.id);
    expect(result.accepted.map((f) => f.claim.text)).toEqual([sukhoi.claim.finding.claim.text]);
    expect((await showClaim(store, profile, sukhoi.claim.id)).accepted).toBe(true);
    const later = article(80, `${sukhoi.claim.finding.claim.text}\n`);
    const again = await analyzeStoredArticle({ store, notifier: outbox, profile }, await put(store, later));
    expect(again.report.findings[0].label).toBe('known');
    expect(outbox.sent).toHaveLength(0);
    await expect(showClaim(store, profile, 'c999999-1')).rejects.toThrow(/no claim c999999-1/);
    await expect(acceptClaim(store, profile, 'not-a-claim')).rejects.toThrow(/not a claim id/);
  });
});
