// The Lambda handlers end to end, in-process, against loopback stand-ins for S3, SNS and the
// news sites: the same wiring as on AWS, only the endpoints differ (AWS_ENDPOINT_URL_*).
import type { SQSBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { keys } from '../functions/core/ids.ts';
import type { Report } from '../functions/core/types.ts';
import { FEED_FAILED_LOG, feedFailurePattern } from '../infra/stack.ts';
import { articlePage, rssFeed, serve } from './helpers/hostile-server.ts';
import {
  lambdaContext,
  LOCAL_FEED_ID,
  LOCAL_FEED_PATH,
  newArticle,
  s3Record,
  sqsEvent,
  sqsRecord,
  startLambdaWorld,
  storeArticle,
  type LambdaWorld,
} from './helpers/lambda-world.ts';

let world: LambdaWorld;
let collect: typeof import('../functions/handlers/collect.ts').handler;
let analyze: typeof import('../functions/handlers/analyze.ts').handler;
let digest: typeof import('../functions/handlers/digest.ts').handler;
const savedEnv = { ...process.env };
let logLines: string[] = [];

beforeAll(async () => {
  world = await startLambdaWorld();
  Object.assign(process.env, world.env);
  // The handlers read their configuration when first used, as a Lambda does at cold start.
  collect = (await import('../functions/handlers/collect.ts')).handler;
  analyze = (await import('../functions/handlers/analyze.ts')).handler;
  digest = (await import('../functions/handlers/digest.ts')).handler;
});
afterAll(async () => {
  process.env = savedEnv;
  await world?.stop();
});
beforeEach(() => {
  world.sns.published.length = 0;
  world.sns.clearFailures();
  world.s3.clearFaults();
  world.s3.setLatency(0);
  world.s3.gate(() => false, 0);
  logLines = [];
  // Powertools writes JSON lines (errors to stderr); keep them for assertions, out of the test output.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logLines.push(String(chunk));
      return true;
    });
  }
  return () => vi.restoreAllMocks();
});

const runAnalyze = (...records: Parameters<typeof sqsEvent>) =>
  analyze(sqsEvent(...records), lambdaContext('claimwatch-analyze')) as Promise<SQSBatchResponse>;
const failedIds = (response: SQSBatchResponse) => response.batchItemFailures.map((f) => f.itemIdentifier).sort();
const alertsFor = (id: string) => world.sns.published.filter((p) => JSON.parse(p.message).default.includes(id));
const logged = (message: string) =>
  logLines
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l))
    .filter((l) => l.message === message);

/**
 * Whether a JSON log line matches a CloudWatch metric filter pattern, for the one form the
 * stack uses: `{ (<$.field> <op> <"string" | number>) && ... }`. CloudWatch can't run here, so
 * this checks the shape the pattern relies on, strictly: a quoted value needs a string field that
 * equals it, a number needs a JSON number (never "8"). Any other syntax throws, so a change to the
 * pattern's form makes this check be revisited rather than pass by accident.
 */
function matchesFilterPattern(pattern: string, line: Record<string, unknown>): boolean {
  const body = /^\{ (.+) \}$/.exec(pattern)?.[1];
  if (!body) throw new Error(`not a JSON filter pattern this check understands: ${pattern}`);
  return body.split(' && ').every((clause) => {
    const m = /^\(\$\.(\w+) (=|!=|>=|<=|>|<) (?:"([^"*]*)"|(-?\d+(?:\.\d+)?))\)$/.exec(clause);
    if (!m) throw new Error(`filter clause this check does not understand: ${clause}`);
    const [, field, op, text, number] = m;
    const value = line[field];
    if (text !== undefined) {
      if (op !== '=' && op !== '!=') throw new Error(`string comparison ${op} in ${clause}`);
      return typeof value === 'string' && (value === text) === (op === '=');
    }
    if (typeof value !== 'number') return false;
    const n = Number(number);
    return { '=': value === n, '!=': value !== n, '>=': value >= n, '<=': value <= n, '>': value > n, '<': value < n }[op]!;
  });
}

describe('analyze handler', () => {
  it('fails only the malformed record of a batch; the others get diffs and one alert each', async () => {
    const good1 = newArticle('refinery-1');
    const good2 = newArticle('refinery-2');
    const key1 = await storeArticle(world.store, good1);
    const key2 = await storeArticle(world.store, good2);
    const badKey = await storeArticle(world.store, { id: 'bad', url: 42, title: 'no text', fetchedAt: 'yesterday' }, 'articles/2024/06/22/bad.json');

    const response = await runAnalyze(
      s3Record(world.s3.bucket, key1, 'm1'),
      s3Record(world.s3.bucket, badKey, 'm-bad'),
      s3Record(world.s3.bucket, key2, 'm2'),
    );

    expect(failedIds(response)).toEqual(['m-bad']);
    for (const article of [good1, good2]) {
      const report = JSON.parse((await world.store.get(keys.diffJson(article.id, article.fetchedAt)))!) as Report;
      expect(report.article.id).toBe(article.id);
      expect(report.alert).toBe(true);
      expect(await world.store.get(keys.diffHtml(article.id, article.fetchedAt))).toContain('<html');
      expect(alertsFor(article.id)).toHaveLength(1);
      expect(await world.store.get(keys.alertMarker(article.id))).toContain('"sent"');
    }
    expect(world.sns.published).toHaveLength(2);
    const sent = JSON.parse(world.sns.published[0].message);
    expect(Object.keys(sent).sort()).toEqual(['default', 'email', 'sms']);
    expect(world.sns.published[0].messageStructure).toBe('json');
    // The diff link in the alert is a presigned URL with the stack's expiry.
    expect(sent.email).toMatch(/X-Amz-Expires=3600/);

    const malformed = logged('article is malformed, it will end in the dead-letter queue');
    expect(malformed).toHaveLength(1);
    expect(malformed[0].articleKey).toBe(badKey);
    expect(malformed[0].error).toMatch(/url/);
  });

  it('publishes exactly one alert when the same message arrives twice in a batch and later again', async () => {
    const article = newArticle('duplicate');
    const key = await storeArticle(world.store, article);
    const record = s3Record(world.s3.bucket, key, 'dup');

    const first = await runAnalyze(record, { ...record, messageId: 'dup-copy' });
    const redelivered = await runAnalyze({ ...record, attributes: { ...record.attributes, ApproximateReceiveCount: '2' } });

    expect(first.batchItemFailures).toEqual([]);
    expect(redelivered.batchItemFailures).toEqual([]);
    expect(alertsFor(article.id)).toHaveLength(1);
  });

  it('sends exactly one alert when 6 concurrent invocations analyse the same article over an S3 20 ms away', async () => {
    const article = newArticle('concurrent');
    const key = await storeArticle(world.store, article);
    // Six Lambda execution environments: each its own copy of the handler module and its state
    // (batch processor, S3 and SNS clients), as concurrent invocations never share a process.
    const environments: Array<typeof analyze> = [];
    for (let i = 0; i < 6; i++) {
      vi.resetModules();
      environments.push((await import('../functions/handlers/analyze.ts')).handler);
    }
    world.s3.setLatency(20);
    // Each one's first request about the alert marker reaches S3 at the same moment as the others'.
    world.s3.gate((r) => r.key.startsWith('alerts/'), environments.length);
    const responses = await Promise.all(
      environments.map(
        (handler, i) => (handler(sqsEvent(s3Record(world.s3.bucket, key, `concurrent-${i}`)), lambdaContext('claimwatch-analyze')) as Promise<SQSBatchResponse>),
      ),
    );
    for (const response of responses) expect(response.batchItemFailures).toEqual([]);
    expect(alertsFor(article.id)).toHaveLength(1);
  });

  it('retries only the record whose S3 write failed, and alerts it once when it succeeds', async () => {
    const healthy = newArticle('healthy');
    const unlucky = newArticle('unlucky');
    const healthyKey = await storeArticle(world.store, healthy);
    const unluckyKey = await storeArticle(world.store, unlucky);
    const unluckyDiff = keys.diffJson(unlucky.id, unlucky.fetchedAt);
    world.s3.injectFault((r) => r.method === 'PUT' && r.key === unluckyDiff);

    const response = await runAnalyze(s3Record(world.s3.bucket, healthyKey, 'ok'), s3Record(world.s3.bucket, unluckyKey, 'unlucky'));
    expect(failedIds(response)).toEqual(['unlucky']);
    expect(await world.store.get(unluckyDiff)).toBeUndefined();
    expect(alertsFor(healthy.id)).toHaveLength(1);
    expect(alertsFor(unlucky.id)).toHaveLength(0);

    world.s3.clearFaults();
    const retry = await runAnalyze(s3Record(world.s3.bucket, unluckyKey, 'unlucky', 2));
    expect(retry.batchItemFailures).toEqual([]);
    expect(await world.store.get(unluckyDiff)).toBeDefined();
    expect(alertsFor(unlucky.id)).toHaveLength(1);
    expect(alertsFor(healthy.id)).toHaveLength(1);
  });

  it('retries only the record whose SNS publish failed, releasing its alert marker', async () => {
    const calm = newArticle('calm');
    const stormy = newArticle('stormy');
    const calmKey = await storeArticle(world.store, calm);
    const stormyKey = await storeArticle(world.store, stormy);
    world.sns.failWhen((m) => m.message.includes(stormy.id));

    const response = await runAnalyze(s3Record(world.s3.bucket, calmKey, 'calm'), s3Record(world.s3.bucket, stormyKey, 'stormy'));
    expect(failedIds(response)).toEqual(['stormy']);
    expect(await world.store.get(keys.alertMarker(stormy.id))).toBeUndefined();
    expect(alertsFor(calm.id)).toHaveLength(1);

    world.sns.clearFailures();
    expect((await runAnalyze(s3Record(world.s3.bucket, stormyKey, 'stormy', 2))).batchItemFailures).toEqual([]);
    expect(alertsFor(stormy.id)).toHaveLength(1);
    expect(alertsFor(calm.id)).toHaveLength(1);
  });

  it("accepts S3's test event and fails a record that is not an S3 notification", async () => {
    const response = await runAnalyze(
      sqsRecord(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: world.s3.bucket }), 'test-event'),
      sqsRecord('{"hello": "world"}', 'stranger'),
      sqsRecord('not json at all', 'garbage'),
    );
    expect(failedIds(response)).toEqual(['garbage', 'stranger']);
    expect(world.sns.published).toHaveLength(0);
  });
});

describe('collect handler', () => {
  const hanoi = 'https://news.example.test/world/russia-vietnam-ferry';
  const football = 'https://news.example.test/sport/derby';
  const longText = (lead: string) =>
    `${lead} ${Array.from({ length: 5 }, (_, i) => `Officials in Hanoi and Moscow said talk number ${i + 1} covered energy, trade and education cooperation between Russia and Vietnam.`).join(' ')}`;

  it('stores the new on-topic items of the profile feeds, and nothing twice; analyze then alerts', async () => {
    world.feeds.route(
      LOCAL_FEED_PATH,
      serve(
        rssFeed([
          {
            title: 'Russia and Vietnam open a ferry line',
            link: `${hanoi}?utm_source=rss`,
            content: longText('Russia and Vietnam will open a ferry line between Vladivostok and Hai Phong in 2027, carrying 300 passengers a week.'),
            pubDate: 'Sat, 22 Jun 2024 08:00:00 GMT',
          },
          {
            title: 'Derby ends in a draw',
            link: football,
            content: 'The local derby ended 1-1 after a late penalty. '.repeat(20),
            pubDate: 'Sat, 22 Jun 2024 08:00:00 GMT',
          },
        ]),
      ),
    );

    const first = await collect({}, lambdaContext('claimwatch-collect'));
    expect(first.feeds).toEqual([expect.objectContaining({ feed: LOCAL_FEED_ID, status: 'ok', items: 2, stored: 1 })]);
    expect(first.stored).toHaveLength(1);
    const stored = JSON.parse((await world.store.get(first.stored[0].key))!);
    expect(stored.url).toBe(hanoi);
    expect(stored.text).toContain('Vladivostok and Hai Phong');
    expect((await world.store.list('articles/')).filter((k) => k === first.stored[0].key)).toHaveLength(1);
    expect(await world.store.get(keys.feedState(LOCAL_FEED_ID))).toBeDefined();

    const second = await collect({}, lambdaContext('claimwatch-collect'));
    expect(second.stored).toEqual([]);

    // On AWS the stored object's notification reaches analyze through SQS; here we hand it over.
    const response = await runAnalyze(s3Record(world.s3.bucket, first.stored[0].key, 'collected'));
    expect(response.batchItemFailures).toEqual([]);
    expect(alertsFor(first.stored[0].id)).toHaveLength(1);
  });

  it('records a failing feed and still returns', async () => {
    world.feeds.route(LOCAL_FEED_PATH, (_req, res) => void res.writeHead(503, { 'retry-after': '3600' }).end('down'));
    const result = await collect({}, lambdaContext('claimwatch-collect'));
    expect(result.feeds).toEqual([expect.objectContaining({ feed: LOCAL_FEED_ID, status: 'failed' })]);
    expect(result.feeds[0].error).toMatch(/503/);
    const state = JSON.parse((await world.store.get(keys.feedState(LOCAL_FEED_ID)))!);
    expect(JSON.stringify(state)).toMatch(/503/);
  });

  it('logs a failing feed as the stack\'s feed-failure metric filter and alarm text expect', async () => {
    world.feeds.route(LOCAL_FEED_PATH, (_req, res) => void res.writeHead(404).end('gone'));
    for (let run = 0; run < 3; run++) await collect({}, lambdaContext('claimwatch-collect'));

    // What Powertools wrote, as written: CloudWatch reads each line as one log event, and JSON
    // filter patterns apply only to an event that is one JSON object.
    const written = logLines.filter((l) => l.includes(`"${FEED_FAILED_LOG.message}"`));
    expect(written).toHaveLength(3);
    for (const raw of written) expect(raw).toMatch(/^\{[^\n]*\}\n?$/);
    const lines = written.map((raw) => JSON.parse(raw) as Record<string, unknown>);

    // The fields the alarm's instructions name: the feed id, its url, the error, the count.
    for (const line of lines) {
      expect(line.message).toBe(FEED_FAILED_LOG.message);
      expect(line[FEED_FAILED_LOG.feed]).toBe(LOCAL_FEED_ID);
      for (const field of FEED_FAILED_LOG.details) expect(typeof line[field], field).toBe('string');
      expect(typeof line[FEED_FAILED_LOG.count]).toBe('number');
    }
    expect(lines[0].error).toMatch(/404/);
    const counts = lines.map((l) => l[FEED_FAILED_LOG.count] as number);
    expect(counts).toEqual([counts[0], counts[0] + 1, counts[0] + 2]);
    // The count logged is the one recorded in state/feeds/<feed>.json, where the alarm also points.
    const state = JSON.parse((await world.store.get(keys.feedState(LOCAL_FEED_ID)))!);
    expect(state.consecutiveFailures).toBe(counts[2]);

    // The pattern the stack deploys, at thresholds around the counts seen, matches from the threshold on.
    const matched = (threshold: number) => lines.filter((l) => matchesFilterPattern(feedFailurePattern(threshold).logPatternString, l)).length;
    expect(matched(1)).toBe(3);
    expect(matched(counts[1])).toBe(2);
    expect(matched(counts[2])).toBe(1);
    expect(matched(counts[2] + 1)).toBe(0);
    // And the check is strict: a count logged as a string, or under another name, would not match.
    const last = lines[2];
    const pattern = feedFailurePattern(1).logPatternString;
    expect(matchesFilterPattern(pattern, last)).toBe(true);
    expect(matchesFilterPattern(pattern, { ...last, consecutiveFailures: String(last.consecutiveFailures) })).toBe(false);
    expect(matchesFilterPattern(pattern, { ...last, consecutiveFailures: undefined, failures: last.consecutiveFailures })).toBe(false);
    expect(matchesFilterPattern(pattern, { ...last, message: 'Feed failed' })).toBe(false);
  });
});

describe('edited articles and the digest on AWS (issue 13)', () => {
  it('an alert carries the notice attribute the subscriptions filter on', async () => {
    const article = newArticle('notice-attribute');
    await runAnalyze(s3Record(world.s3.bucket, await storeArticle(world.store, article)));
    const [published] = alertsFor(article.id);
    expect(published.attributes).toEqual({ notice: { dataType: 'String.Array', value: '["new"]' } });
  });

  it('a stored version is analysed against the one before: one alert for the added claim, its own marker, a page with the history', async () => {
    const article = newArticle('edited-on-s3', "Petrovietnam and Gazprom Neft will build a joint oil refinery in Thanh Hoa province, Vietnam's industry ministry said on Saturday.");
    const firstKey = await storeArticle(world.store, article);
    await runAnalyze(s3Record(world.s3.bucket, firstKey));
    const v2Key = firstKey.replace(/\.json$/, '/v2.json');
    const added = 'Moscow State University will open a branch in Hanoi in 2025 under an education agreement.';
    await storeArticle(world.store, { ...article, text: `${article.text}\n\n${added}`, fetchedAt: '2024-06-22T14:05:00.000Z', version: 2, previousKey: firstKey }, v2Key);
    world.sns.published.length = 0;

    const response = await runAnalyze(s3Record(world.s3.bucket, v2Key, 'v2'), s3Record(world.s3.bucket, v2Key, 'v2-again'));
    expect(response.batchItemFailures).toEqual([]);
    expect(world.sns.published).toHaveLength(1);
    const sent = JSON.parse(world.sns.published[0].message);
    expect(world.sns.published[0].subject).toMatch(/^\[claimwatch\] edited v2: 1 new added: /);
    expect(sent.email).toContain(`ADDED NEW\n  Claim: "${added}"`);
    expect(world.sns.published[0].attributes.notice.value).toBe('["new"]');
    expect(await world.store.get(`alerts/${article.id}/v2.json`)).toContain('"sent"');
    const page = (await world.store.get(v2Key.replace(/^articles\//, 'diffs/').replace(/\.json$/, '.html')))!;
    expect(page).toContain('Version history');
    expect(page).toContain('updated <time>2024-06-22 14:05 UTC</time>');
    const report = JSON.parse((await world.store.get(v2Key.replace(/^articles\//, 'diffs/')))!);
    expect(report.version).toMatchObject({ n: 2, previousKey: firstKey, edit: { alert: true, removed: [] } });
  });

  it('the digest handler sends one message marked digest with presigned review links, then nothing for an empty period', async () => {
    await world.store.delete('state/digest.json');
    const article = newArticle('for-the-digest');
    await runAnalyze(s3Record(world.s3.bucket, await storeArticle(world.store, article)));
    world.sns.published.length = 0;
    const first = await digest({}, lambdaContext('claimwatch-digest'));
    expect(first.sent).toBe(true);
    expect(world.sns.published).toHaveLength(1);
    const message = world.sns.published[0];
    expect(message.attributes.notice).toEqual({ dataType: 'String.Array', value: '["digest"]' });
    expect(message.subject).toMatch(/^\[claimwatch\] digest: .*new in \d+ articles?/);
    const text = JSON.parse(message.message).email as string;
    expect(text).toContain(article.url);
    expect(text).toMatch(/Review: http:\/\/127\.0\.0\.1:\d+\/[^ ]+\.html\?[^ ]*X-Amz-Expires=3600/);
    const second = await digest({}, lambdaContext('claimwatch-digest'));
    expect(second.sent).toBe(false);
    expect(world.sns.published).toHaveLength(1);
  });
});

/** The embedded-metric-format lines a handler printed: metric name → values, and their namespace and dimensions. */
function emfMetrics(): { namespaces: Set<string>; dimensions: string[][]; values: Map<string, number[]> } {
  const namespaces = new Set<string>();
  const dimensions: string[][] = [];
  const values = new Map<string, number[]>();
  for (const line of logLines.filter((l) => l.includes('"_aws"'))) {
    const emf = JSON.parse(line);
    for (const directive of emf._aws.CloudWatchMetrics) {
      namespaces.add(directive.Namespace);
      dimensions.push(...directive.Dimensions);
      for (const { Name } of directive.Metrics) values.set(Name, [...(values.get(Name) ?? []), ...[emf[Name]].flat()]);
    }
  }
  return { namespaces, dimensions, values };
}

describe('metrics (CloudWatch embedded metric format)', () => {
  it('analyze reports per article: analysed, duration, alerts sent, claims per label; and failures', async () => {
    const article = newArticle('metrics');
    const key = await storeArticle(world.store, article);
    const bad = await storeArticle(world.store, { ...newArticle('metrics-bad'), url: 42 });
    const response = await runAnalyze(s3Record(world.s3.bucket, key, 'm1'), s3Record(world.s3.bucket, bad, 'm2'));
    expect(failedIds(response)).toEqual(['m2']);
    const report = JSON.parse((await world.store.get(keys.diffJson(article.id, article.fetchedAt)))!) as Report;
    const { namespaces, dimensions, values } = emfMetrics();
    expect([...namespaces]).toEqual(['claimwatch/test']);
    expect(dimensions).toContainEqual(['service']);
    expect(values.get('ArticlesAnalysed')).toEqual([1]);
    expect(values.get('AlertsSent')).toEqual([1]);
    expect(values.get('AnalysisFailures')).toEqual([1]);
    expect(values.get('AnalysisDuration')).toHaveLength(1);
    expect(values.get('AnalysisDuration')![0]).toBeGreaterThan(0);
    expect(values.get('ClaimsNew')).toEqual([report.summary.new]);
    expect(values.get('ClaimsContradiction')).toEqual([report.summary.contradiction]);
    expect(values.get('ClaimsKnown')).toEqual([report.summary.known]);
    expect(report.summary.new).toBeGreaterThan(0);
  });

  it('collect reports per run: feed items read, articles stored, skipped and retried, feeds failed and deferred', async () => {
    const page = '/metrics-story';
    world.feeds.route(page, serve(articlePage('Refinery', ['Russia and Vietnam will build a refinery in Thanh Hoa, officials in Hanoi and Moscow said.']), 'text/html'));
    world.feeds.route(LOCAL_FEED_PATH, serve(rssFeed([
      { title: 'Russia and Vietnam agree a refinery', link: world.feeds.url(page), description: 'Moscow and Hanoi agree.' },
      { title: 'Coffee prices in Brazil', link: world.feeds.url('/coffee'), description: 'Harvest news.' },
    ])));
    await collect({}, lambdaContext('claimwatch-collect'));
    const { values } = emfMetrics();
    expect(values.get('FeedItemsRead')).toEqual([2]);
    expect(values.get('ArticlesStored')).toEqual([1]);
    expect(values.get('ArticlesSkipped')).toEqual([1]);
    expect(values.get('ArticlesRetried')).toEqual([0]);
    expect(values.get('FeedsFailed')).toEqual([0]);
    expect(values.get('FeedsDeferred')).toEqual([0]);

    logLines = [];
    await collect({}, lambdaContext('claimwatch-collect', 30_000));
    expect(emfMetrics().values.get('FeedsDeferred')).toEqual([1]);
  });
});
