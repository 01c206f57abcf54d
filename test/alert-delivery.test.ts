// "No alert lost" and "one alert per article", tested the way they break in production: a
// process that dies mid-analysis (fault injection at every step), and duplicate deliveries that
// reach the alert claim at the same moment over a store with real latency.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { articleId, keys } from '../functions/core/ids.ts';
import type { AlertMessage, Notifier, Store, VersionedObject } from '../functions/core/ports.ts';
import type { Article } from '../functions/core/types.ts';
import { seedBaseline, sampleProfile } from '../functions/local/local-mode.ts';
import { ALERT_SENDING_GRACE_MS, analyzeStoredArticle } from '../functions/pipeline/analyze.ts';
import { ANALYZE_TIMEOUT, QUEUE_VISIBILITY } from '../infra/stack.ts';

const profile = await sampleProfile();
let root: string;
let store: FsStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'claimwatch-delivery-'));
  store = new FsStore(root);
  await seedBaseline(store);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** An article that alerts; each slug's claims differ, so the claims ledger never reads one as another's repeat. */
function alertingArticle(slug: string): Article {
  const url = `https://news.sample.test/${slug}`;
  const n = [...slug].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  return {
    id: articleId(url),
    url,
    title: 'Russia and Vietnam plan a joint refinery',
    source: 'Test Wire',
    published: '2024-06-22T08:00:00Z',
    fetchedAt: '2024-06-22T09:30:00.000Z',
    text:
      `Petrovietnam and Gazprom Neft will build a joint oil refinery with ${n} storage tanks in Thanh Hoa province, Vietnam's industry ministry said on Saturday.\n\n` +
      `Moscow State University will open a branch with ${n} places in Hanoi in 2025 under an education agreement signed during Putin's visit.`,
  };
}

async function storeArticle(article: Article): Promise<string> {
  const key = keys.article(article.id, article.fetchedAt);
  await store.put(key, JSON.stringify(article));
  return key;
}

/** Counts what reached the analysts. */
class CountingNotifier implements Notifier {
  sent: AlertMessage[] = [];
  async notify(message: AlertMessage): Promise<void> {
    this.sent.push(message);
  }
}

type Step = { op: string; key: string };

/**
 * The store and notifier of a process that dies right after its n-th side effect: that call
 * completes (the write happened), then the process freezes forever — no catch, no finally,
 * nothing after it runs, exactly like a Lambda killed by its timeout.
 */
function dyingProcess(inner: Store, notifier: Notifier, dieAfter: (step: Step, index: number) => boolean) {
  const steps: Step[] = [];
  let died!: () => void;
  const death = new Promise<'died'>((resolve) => (died = () => resolve('died')));
  const freeze = () => new Promise<never>(() => {});
  async function effect<T>(step: Step, run: () => Promise<T>): Promise<T> {
    const result = await run();
    steps.push(step);
    if (dieAfter(step, steps.length - 1)) {
      died();
      return freeze();
    }
    return result;
  }
  const wrapped: Store = {
    get: (k) => inner.get(k),
    getWithVersion: (k) => inner.getWithVersion(k),
    list: (p) => inner.list(p),
    locate: (k) => inner.locate(k),
    put: (k, b, t) => effect({ op: 'put', key: k }, () => inner.put(k, b, t)),
    putIfAbsent: (k, b, t) => effect({ op: 'putIfAbsent', key: k }, () => inner.putIfAbsent(k, b, t)),
    putIfUnchanged: (k, b, v, t) => effect({ op: 'putIfUnchanged', key: k }, () => inner.putIfUnchanged(k, b, v, t)),
    delete: (k) => effect({ op: 'delete', key: k }, () => inner.delete(k)),
  };
  const wrappedNotifier: Notifier = { notify: (m) => effect({ op: 'notify', key: '' }, () => notifier.notify(m)) };
  return { store: wrapped, notifier: wrappedNotifier, steps, death };
}

const t0 = new Date('2024-06-22T09:31:00.000Z').getTime();
const at = (ms: number) => () => new Date(t0 + ms);

/** One delivery that dies after the chosen step, then SQS redeliveries (after the visibility timeout) until one completes. */
async function crashThenRedeliver(slug: string, dieAfter: (step: Step, index: number) => boolean) {
  const article = alertingArticle(slug);
  const key = await storeArticle(article);
  const analysts = new CountingNotifier();
  const doomed = dyingProcess(store, analysts, dieAfter);
  const outcome = await Promise.race([
    analyzeStoredArticle({ store: doomed.store, notifier: doomed.notifier, profile, now: at(0) }, key).then(() => 'finished' as const),
    doomed.death,
  ]);
  // SQS hands the record out again once its visibility timeout has passed, and a stray duplicate later.
  const visibility = QUEUE_VISIBILITY.toMilliseconds();
  await analyzeStoredArticle({ store, notifier: analysts, profile, now: at(visibility) }, key);
  await analyzeStoredArticle({ store, notifier: analysts, profile, now: at(2 * visibility) }, key);
  return { outcome, steps: doomed.steps, sent: analysts.sent.length, marker: JSON.parse((await store.get(keys.alertMarker(article.id)))!) };
}

describe('no alert lost: a run that dies mid-analysis', () => {
  it('the grace period outlasts any live analysis, and SQS redelivers only after it', () => {
    expect(ALERT_SENDING_GRACE_MS).toBeGreaterThan(ANALYZE_TIMEOUT.toMilliseconds());
    expect(QUEUE_VISIBILITY.toMilliseconds()).toBeGreaterThan(ALERT_SENDING_GRACE_MS);
  });

  it('dies after the diff: the redelivery sends the alert once', async () => {
    const r = await crashThenRedeliver('after-diff', (s) => s.op === 'put' && s.key.endsWith('.html') && s.key.startsWith('diffs/2'));
    expect(r.outcome).toBe('died');
    expect(r.sent).toBe(1);
    expect(r.marker.status).toBe('sent');
  });

  it('dies after claiming the alert marker, before publishing: the redelivery takes the stale claim over and sends once', async () => {
    const r = await crashThenRedeliver('after-marker', (s) => s.op === 'putIfAbsent' && s.key.startsWith('alerts/'));
    expect(r.outcome).toBe('died');
    expect(r.sent).toBe(1);
    expect(r.marker.status).toBe('sent');
  });

  it('dies after publishing, before marking it sent: the alert goes out twice, never again', async () => {
    const r = await crashThenRedeliver('after-publish', (s) => s.op === 'notify');
    expect(r.outcome).toBe('died');
    expect(r.sent).toBe(2);
    expect(r.marker.status).toBe('sent');
  });

  it('dies after any one of its side effects: every alert goes out at least once and at most twice', async () => {
    // A clean run lists the side effects; then one run dies after each of them in turn.
    const probe = await crashThenRedeliver('probe', () => false);
    expect(probe.outcome).toBe('finished');
    expect(probe.sent).toBe(1);
    expect(probe.steps.map((s) => s.op)).toContain('notify');
    for (let i = 0; i < probe.steps.length; i++) {
      const r = await crashThenRedeliver(`step-${i}`, (_s, index) => index === i);
      expect(r.outcome, `dies after step ${i} (${probe.steps[i].op} ${probe.steps[i].key})`).toBe('died');
      expect(r.sent, `dies after step ${i} (${probe.steps[i].op} ${probe.steps[i].key})`).toBeGreaterThanOrEqual(1);
      expect(r.sent, `dies after step ${i} (${probe.steps[i].op} ${probe.steps[i].key})`).toBeLessThanOrEqual(2);
    }
  });
});

/**
 * A store 20 ms away, like S3 from a Lambda; and every delivery is held at its first touch of
 * alerts/ until all have arrived, so the claims really happen at the same moment (the engine's
 * CPU work would otherwise space them out and hide a check-then-write race).
 */
function slowStoreWithBarrier(inner: Store, deliveries: number): Store {
  const latency = () => new Promise((resolve) => setTimeout(resolve, 20));
  let arrived = 0;
  let release!: () => void;
  const allArrived = new Promise<void>((resolve) => (release = resolve));
  const gate = async (key: string) => {
    if (!key.startsWith('alerts/')) return;
    arrived++;
    if (arrived === deliveries) release();
    await allArrived;
  };
  const slow =
    <A extends unknown[], T>(fn: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      await latency();
      const result = await fn(...args);
      await latency();
      return result;
    };
  return {
    get: slow(async (k: string) => inner.get(k)),
    getWithVersion: slow(async (k: string): Promise<VersionedObject | undefined> => inner.getWithVersion(k)),
    put: slow((k: string, b: string, t?: string) => inner.put(k, b, t)),
    putIfAbsent: slow((k: string, b: string, t?: string) => inner.putIfAbsent(k, b, t)),
    putIfUnchanged: slow((k: string, b: string, v: string | undefined, t?: string) => inner.putIfUnchanged(k, b, v, t)),
    list: slow((p: string) => inner.list(p)),
    delete: slow((k: string) => inner.delete(k)),
    locate: (k) => inner.locate(k),
    gate,
  } as Store & { gate: typeof gate };
}

describe('one alert per article under a real race', () => {
  it('8 deliveries of one article reaching the claim together over a 20 ms store send exactly one alert', async () => {
    const deliveries = 8;
    const key = await storeArticle(alertingArticle('race'));
    const shared = slowStoreWithBarrier(store, deliveries) as Store & { gate: (key: string) => Promise<void> };
    const analysts = new CountingNotifier();
    // Each delivery's first alerts/ operation (whatever it is) waits for the others.
    const perDelivery = () => {
      let first = true;
      const hold = async (k: string) => {
        if (first && k.startsWith('alerts/')) {
          first = false;
          await shared.gate(k);
        }
      };
      return {
        ...shared,
        get: async (k: string) => (await hold(k), shared.get(k)),
        getWithVersion: async (k: string) => (await hold(k), shared.getWithVersion(k)),
        put: async (k: string, b: string, t?: string) => (await hold(k), shared.put(k, b, t)),
        putIfAbsent: async (k: string, b: string, t?: string) => (await hold(k), shared.putIfAbsent(k, b, t)),
        putIfUnchanged: async (k: string, b: string, v: string | undefined, t?: string) => (await hold(k), shared.putIfUnchanged(k, b, v, t)),
        delete: async (k: string) => (await hold(k), shared.delete(k)),
      } satisfies Store;
    };
    const results = await Promise.all(
      Array.from({ length: deliveries }, () => analyzeStoredArticle({ store: perDelivery(), notifier: analysts, profile }, key)),
    );
    expect(analysts.sent).toHaveLength(1);
    expect(results.filter((r) => r.alerted)).toHaveLength(1);
  });
});
