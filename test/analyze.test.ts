import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleNotifier } from '../functions/adapters/console-notifier.ts';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { articleId, keys } from '../functions/core/ids.ts';
import type { AlertMessage, Log, Notifier } from '../functions/core/ports.ts';
import type { Article, Report } from '../functions/core/types.ts';
import { seedBaseline, sampleProfile } from '../functions/local/local-mode.ts';
import { analyzeStoredArticle, InvalidArticleError } from '../functions/pipeline/analyze.ts';
import { baselineIndexFromStore } from '../functions/pipeline/baseline-index.ts';

let root: string;
let store: FsStore;
let printed: string[];
let notifier: ConsoleNotifier;
const profile = await sampleProfile();

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'claimwatch-analyze-'));
  store = new FsStore(root);
  await seedBaseline(store);
  printed = [];
  notifier = new ConsoleNotifier({ store, print: (text) => printed.push(text) });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** An article whose claims the baseline does not make. */
function newsArticle(url: string, text?: string): Article {
  return {
    id: articleId(url),
    url,
    title: 'Russia and Vietnam plan a joint refinery',
    source: 'Test Wire',
    published: '2024-06-22T08:00:00Z',
    fetchedAt: '2024-06-22T09:30:00.000Z',
    text:
      text ??
      'Petrovietnam and Gazprom Neft will build a joint oil refinery in Thanh Hoa province, Vietnam\'s industry ministry said on Saturday.\n\n' +
        'Moscow State University will open a branch in Hanoi in 2025 under an education agreement signed during Putin\'s visit.',
  };
}

async function storeArticle(article: Article): Promise<string> {
  const key = keys.article(article.id, article.fetchedAt);
  await store.put(key, JSON.stringify(article));
  return key;
}

const outbox = () => store.list('outbox/').then((k) => k.filter((key) => key.endsWith('.json')));

describe('analyzeStoredArticle', () => {
  it('writes the diff JSON and page under the date of the article, and sends one alert', async () => {
    const article = newsArticle('https://news.sample.test/refinery');
    const result = await analyzeStoredArticle({ store, notifier, profile }, await storeArticle(article));

    expect(result.articleId).toBe(article.id);
    expect(result.reportKey).toBe(`diffs/2024/06/22/${article.id}.json`);
    expect(result.htmlKey).toBe(`diffs/2024/06/22/${article.id}.html`);
    const stored = JSON.parse((await store.get(result.reportKey))!) as Report;
    expect(stored).toEqual(result.report);
    expect(stored.article).toMatchObject({ id: article.id, title: article.title, url: article.url });
    expect(await store.get(result.htmlKey)).toMatch(/^<!doctype html>/i);

    expect(result.report.alert).toBe(true);
    expect(result.alerted).toBe(true);
    expect(JSON.parse((await store.get(keys.alertMarker(article.id)))!)).toMatchObject({ articleId: article.id, status: 'sent' });
    const sent = await outbox();
    expect(sent).toHaveLength(1);
    const message = JSON.parse((await store.get(sent[0]))!) as AlertMessage;
    expect(sent[0]).toContain(article.id);
    expect(message.subject).toContain('Russia and Vietnam plan a joint refinery');
    // The alert links the page analysts review.
    expect(message.text).toContain(await store.linkTo(result.htmlKey));
    expect(printed.join('\n')).toContain(message.subject);
  });

  it('re-analysing the same article (a duplicate delivery) rewrites the diff but never alerts again', async () => {
    const key = await storeArticle(newsArticle('https://news.sample.test/again'));
    const first = await analyzeStoredArticle({ store, notifier, profile }, key);
    const second = await analyzeStoredArticle({ store, notifier, profile }, key);
    expect(first.alerted).toBe(true);
    expect(second.alerted).toBe(false);
    expect(second.report.alert).toBe(true);
    expect(await outbox()).toHaveLength(1);
  });

  it('publishes exactly once when the same article is analysed several times at once', async () => {
    const key = await storeArticle(newsArticle('https://news.sample.test/race'));
    const results = await Promise.all(Array.from({ length: 6 }, () => analyzeStoredArticle({ store, notifier, profile }, key)));
    expect(results.filter((r) => r.alerted)).toHaveLength(1);
    expect(await outbox()).toHaveLength(1);
  });

  it('releases the claim when publishing fails, so the retry sends the alert', async () => {
    const key = await storeArticle(newsArticle('https://news.sample.test/sns-down'));
    let calls = 0;
    const flaky: Notifier = {
      async notify(message) {
        calls++;
        if (calls === 1) throw new Error('SNS throttled');
        await notifier.notify(message);
      },
    };
    await expect(analyzeStoredArticle({ store, notifier: flaky, profile }, key)).rejects.toThrow('SNS throttled');
    expect(await store.get(keys.alertMarker(articleId('https://news.sample.test/sns-down')))).toBeUndefined();
    const retry = await analyzeStoredArticle({ store, notifier: flaky, profile }, key);
    expect(retry.alerted).toBe(true);
    expect(await outbox()).toHaveLength(1);
  });

  it('leaves a fresh "sending" marker to the delivery that holds it, and takes over one older than the grace period', async () => {
    const article = newsArticle('https://news.sample.test/crashed');
    const key = await storeArticle(article);
    const claimedAt = new Date('2024-06-22T09:31:00.000Z');
    // What a process killed right after claiming leaves behind.
    await store.put(keys.alertMarker(article.id), JSON.stringify({ articleId: article.id, status: 'sending', claimedAt: claimedAt.toISOString() }));
    const warnings: string[] = [];
    const log: Log = { info() {}, error() {}, warn: (message) => warnings.push(message) };
    const at = (ms: number) => () => new Date(claimedAt.getTime() + ms);

    const early = await analyzeStoredArticle({ store, notifier, profile, log, now: at(60_000), alertGraceMs: 300_000 }, key);
    expect(early.alerted).toBe(false);
    expect(await outbox()).toHaveLength(0);
    expect(warnings.join('\n')).toMatch(/another delivery is publishing/);

    const late = await analyzeStoredArticle({ store, notifier, profile, log, now: at(300_001), alertGraceMs: 300_000 }, key);
    expect(late.alerted).toBe(true);
    expect(await outbox()).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/left "sending".*may arrive twice/);
    expect(JSON.parse((await store.get(keys.alertMarker(article.id)))!).status).toBe('sent');
  });

  describe('a malformed article is refused with the key and the problem, and nothing is lost', () => {
    const cases: Array<[string, (a: Article) => string, RegExp]> = [
      ['not JSON', () => '{"id": "abc", "title": ', /not JSON/],
      ['no text', (a) => JSON.stringify({ ...a, text: undefined }), /text/],
      ['text is not a string', (a) => JSON.stringify({ ...a, text: 42 }), /text/],
      ['no fetchedAt', (a) => JSON.stringify({ ...a, fetchedAt: undefined }), /fetchedAt/],
      ['fetchedAt not a time', (a) => JSON.stringify({ ...a, fetchedAt: 'yesterday' }), /fetchedAt/],
      ['an id that would escape the store', (a) => JSON.stringify({ ...a, id: '../../etc' }), /id/],
      ['a JSON array', () => '[]', /root/],
    ];
    it.each(cases)('%s', async (_name, body, problem) => {
      const key = 'articles/2024/06/22/broken.json';
      const original = body(newsArticle('https://news.sample.test/broken'));
      await store.put(key, original);
      const failure = analyzeStoredArticle({ store, notifier, profile }, key);
      await expect(failure).rejects.toBeInstanceOf(InvalidArticleError);
      await expect(failure).rejects.toThrow(key);
      await expect(failure).rejects.toThrow(problem);
      expect(await store.get(key)).toBe(original);
      expect(await store.list('diffs/2')).toEqual([]);
      expect(await store.list('alerts/')).toEqual([]);
    });

    it('a key with no article', async () => {
      await expect(analyzeStoredArticle({ store, notifier, profile }, 'articles/2024/06/22/none.json')).rejects.toThrow(
        /articles\/2024\/06\/22\/none.json.*no such key/,
      );
    });
  });

  // Engine-dependent: holds once the real engine decides relevance.
  it('an off-topic article yields no alert and no marker', async () => {
    const article = {
      ...newsArticle('https://news.sample.test/monsoon', 'The monsoon reached Kerala three days early, the weather office said on Friday. Farmers welcomed the rain.'),
      title: 'Monsoon arrives early in Kerala',
    };
    const result = await analyzeStoredArticle({ store, notifier, profile }, await storeArticle(article));
    expect(result.report.alert).toBe(false);
    expect(result.alerted).toBe(false);
    expect(await store.get(keys.alertMarker(article.id))).toBeUndefined();
    expect(await outbox()).toHaveLength(0);
  });
});

describe('baselineIndexFromStore', () => {
  it('builds the index once and rebuilds it only when the baseline changes', async () => {
    const first = await baselineIndexFromStore(store, profile);
    const again = await baselineIndexFromStore(store, profile);
    expect(again.index).toBe(first.index);

    const docKey = keys.baselineDoc(first.baseline.docs[0].id);
    await store.put(docKey, (await store.get(docKey)) + '\nVietnam and Russia agreed to open a consulate in Da Nang.');
    const changed = await baselineIndexFromStore(store, profile);
    expect(changed.index).not.toBe(first.index);
    expect(changed.fingerprint).not.toBe(first.fingerprint);
    expect(changed.baseline.docs[0].text).toContain('consulate in Da Nang');
  });

  it('names the missing manifest or document', async () => {
    const docKey = keys.baselineDoc('003_0aa0120ff01d3381');
    await store.delete(docKey);
    await expect(baselineIndexFromStore(store, profile)).rejects.toThrow(/003_0aa0120ff01d3381\.txt.*missing/);
    await store.delete(keys.baselineManifest);
    await expect(baselineIndexFromStore(store, profile)).rejects.toThrow(/manifest\.json is missing/);
  });
});
