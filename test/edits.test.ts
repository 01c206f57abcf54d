// Edited articles and the digest, piece by piece: normalising text so a moving clock or a
// rotating teaser is no edit, the paragraph and word diff, re-checks against a real local HTTP
// server (a page that now fails, redirects elsewhere or is empty keeps its last good version),
// the digest email's format, and SNS routing attributes.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FsStore } from '../functions/adapters/fs-store.ts';
import { createHttpFetcher } from '../functions/adapters/http-fetcher.ts';
import { channelsFor, DEFAULT_ALERT_POLICY } from '../functions/core/alert-policy.ts';
import { formatDigest, type DigestRecord } from '../functions/core/digest-format.ts';
import { compareParagraphs } from '../functions/core/edit-compare.ts';
import { normalizeForComparison, parseRecheckAfter, textFingerprint, versionKeys } from '../functions/core/versions.ts';
import type { FeedConfig } from '../functions/core/profile.ts';
import { recheckArticles, type ObservedItem } from '../functions/pipeline/recheck.ts';
import { escapeHtml } from '../functions/core/render/html.ts';
import { renderVersionHistory } from '../functions/core/render/version-history.ts';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

describe('normalising page text before comparing', () => {
  const story = 'Putin and Lam signed 11 memorandums in Hanoi.\n\nThe centre will house a research reactor.';
  it.each([
    ['a clock in a stamp line', 'Last updated 2024-06-21T14:05:09Z\n', 'Last updated 2024-06-21T16:44:51Z\n'],
    ['a written date and time', 'Updated 21 June 2024, 14:05 GMT+7\n', 'Updated 22 June 2024, 09:10 GMT+7\n'],
    ['a relative time and a view counter', 'Posted 5 minutes ago · 1,204 views\n', 'Posted 2 hours ago · 9,877 views\n'],
    ['a rotating teaser line', '', ''],
  ])('%s is no change', (_what, before, after) => {
    const teaserA = '\nRead more: Oil steadies as traders weigh supply outlook';
    const teaserB = '\nRead more: Heatwave grips southern Europe';
    expect(textFingerprint(before + story + teaserA)).toBe(textFingerprint(after + story + teaserB));
  });
  it('teasers after a "Related stories" heading are dropped whatever they say', () => {
    expect(normalizeForComparison(`${story}\nRelated stories\nOne thing\nAnother`)).toBe(normalizeForComparison(`${story}\nRelated stories\nSomething else`));
  });
  it('a changed figure, an added sentence or a removed paragraph is a change', () => {
    expect(textFingerprint(story)).not.toBe(textFingerprint(story.replace('11', '15')));
    expect(textFingerprint(story)).not.toBe(textFingerprint(`${story}\nRosatom will train 300 engineers.`));
    expect(textFingerprint(story)).not.toBe(textFingerprint(story.split('\n\n')[0]));
    // A sentence that merely starts like a stamp is kept: it is not short and dated.
    expect(normalizeForComparison('Posted troops to the border, the ministry said, and then a long sentence continues for many more words here.')).toContain('troops');
  });
  it('recheckAfter reads delays and refuses nonsense', () => {
    expect(parseRecheckAfter('48h, 2h,12h')).toEqual([2, 12, 48].map((h) => h * 3_600_000));
    expect(parseRecheckAfter('none')).toEqual([]);
    expect(() => parseRecheckAfter('2 hours')).toThrow(/"2 hours" is not a delay like 2h/);
    expect(() => parseRecheckAfter('0h')).toThrow(/not a delay/);
  });
});

describe('comparing two versions paragraph by paragraph', () => {
  const before = 'Last updated 14:05\nThe two presidents signed 15 memorandums, an aide said.\nThe centre will house a reactor.\nA paragraph that goes.';
  const after = 'Last updated 16:40\nThe two presidents signed 11 memorandums, an aide said.\nThe centre will house a reactor.\nRosatom will train 300 engineers.';
  const changes = compareParagraphs(before, after);
  it('pairs an edited paragraph and names its changed words; the clock line is not a change', () => {
    expect(changes.map((c) => c.kind)).toEqual(['changed', 'changed']);
    expect(changes[0].summary).toBe("'15 memorandums,' now reads '11 memorandums,'");
    expect(changes[0].words!.filter((w) => w.change)).toEqual([
      { text: '15', change: 'removed' },
      { text: '11', change: 'added' },
    ]);
  });
  it('lists added and removed paragraphs whole when they do not pair up', () => {
    const c = compareParagraphs('One.\nTwo.', 'One.\nTwo.\nThree is new.');
    expect(c).toEqual([{ kind: 'added', after: 'Three is new.', summary: "added: 'Three is new.'" }]);
    expect(compareParagraphs('One.\nTwo.', 'Two.')).toEqual([{ kind: 'removed', before: 'One.', summary: "removed: 'One.'" }]);
  });
  it('the history on the review page marks changed words, escaped: hostile text stays inert', () => {
    const hostile = compareParagraphs('Price <b>15</b> units.', 'Price <script>alert(1)</script> units.');
    const html = renderVersionHistory(
      [{ version: 2, fetchedAt: '2024-06-21T14:05:00Z', edit: { added: [], removed: [], paragraphs: hostile, alert: false, alertLabels: [] } }],
      '2024-06-21T08:00:00Z',
    );
    expect(html).not.toContain('<script>');
    // Only our own tags: every < of the article text arrives as &#60;.
    expect(html.match(/<[a-z/][^>]*>/g)!.every((tag) => /^<\/?(section|style|h2|ol|li|p|b|time|ins|del|ul|span|q)\b/.test(tag))).toBe(true);
    expect(html).toContain(`Price ${escapeHtml('<')}<del>b</del><ins>script</ins>${escapeHtml('>')}<del>15</del><ins>alert(1)</ins>`);
    expect(html).toContain('updated <time>2024-06-21 14:05 UTC</time>');
    expect(html).toContain('Version 1</b>, first collected <time>2024-06-21 08:00 UTC</time>');
  });
});

describe('re-checking stored articles against a real HTTP server', () => {
  let server: Server;
  let origin: string;
  let dir: string;
  let store: FsStore;
  // path → what the server answers now
  const pages = new Map<string, { status: number; body: string; location?: string; etag?: string }>();
  const requests: Array<{ path: string; ifNoneMatch?: string }> = [];
  const html = (text: string) => `<!doctype html><html><head><title>T</title></head><body><article><h1>T</h1>${text
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
  const feed: FeedConfig = { id: 'test-feed', name: 'Test', url: 'http://127.0.0.1/feed', fetchPages: true };
  const v1 = 'Russia and Vietnam signed 15 memorandums in Hanoi on Thursday, officials said at the palace.\nThe centre will house a research reactor, according to the agreement signed there.';

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push({ path: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] });
      const page = pages.get(req.url ?? '');
      if (!page) return void res.writeHead(404).end('not found');
      if (page.etag && req.headers['if-none-match'] === page.etag) return void res.writeHead(304, { etag: page.etag }).end();
      res.writeHead(page.status, { 'content-type': 'text/html; charset=utf-8', ...(page.location ? { location: page.location } : {}), ...(page.etag ? { etag: page.etag } : {}) });
      res.end(page.body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'claimwatch-edits-'));
    store = new FsStore(dir);
    pages.clear();
    requests.length = 0;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const fetcher = () => createHttpFetcher({ allowHosts: ['127.0.0.1'] });
  const first = 'articles/2024/06/21/00112233aabbccdd.json';
  async function seed(at: Date) {
    const url = `${origin}/story`;
    await store.put(first, JSON.stringify({ id: '00112233aabbccdd', url, title: 'T', source: 'Test', published: '', fetchedAt: at.toISOString(), feed: feed.id, text: v1 }));
    const observed = new Map<string, ObservedItem>([
      ['00112233aabbccdd', { feed, id: '00112233aabbccdd', url, link: url, title: 'T', guid: 'g1', text: 'short summary' }],
    ]);
    await recheckArticles({ store, fetcher: fetcher(), now: () => at }, { recheckAfter: [2 * 3_600_000] }, observed, [{ id: '00112233aabbccdd', key: first }]);
  }
  const later = (at: Date, hours: number) => new Date(at.getTime() + hours * 3_600_000);
  const state = async () => JSON.parse((await store.get(versionKeys.recheckState))!).articles['00112233aabbccdd'];

  it('an edit stores v2 beside v1; the next check is a conditional GET that costs one 304', async () => {
    const t0 = new Date('2024-06-21T08:00:00Z');
    await seed(t0);
    pages.set('/story', { status: 200, body: html(v1.replace('15', '11')), etag: '"e2"' });
    const run = (at: Date, seen?: ObservedItem) =>
      recheckArticles({ store, fetcher: fetcher(), now: () => at }, { recheckAfter: [2 * 3_600_000, 12 * 3_600_000] }, new Map(seen ? [[seen.id, seen]] : []), []);
    const r1 = await run(later(t0, 3));
    expect(r1.versions).toEqual([{ id: '00112233aabbccdd', key: 'articles/2024/06/21/00112233aabbccdd/v2.json', version: 2 }]);
    expect(JSON.parse((await store.get(first))!).text).toContain('15 memorandums');
    expect(JSON.parse((await store.get(r1.versions[0].key))!).text).toContain('11 memorandums');
    // A feed change brings the next check forward; the page answers 304 to its validator.
    const changed: ObservedItem = { feed, id: '00112233aabbccdd', url: `${origin}/story`, link: `${origin}/story`, title: 'T', guid: 'g2', text: 'short summary' };
    const r2 = await run(later(t0, 4), changed);
    expect(r2).toMatchObject({ checked: 1, versions: [], unchanged: 1, cost: { requests: 1, notModified: 1, bytes: 0 } });
    expect(requests.at(-1)).toEqual({ path: '/story', ifNoneMatch: '"e2"' });
    // Nothing due and no feed change: no request at all.
    const r3 = await run(later(t0, 5));
    expect(r3.checked).toBe(0);
    expect(requests).toHaveLength(2);
  });

  it.each([
    ['now fails with 500', { status: 500, body: 'oops' }, /500|status/],
    ['now redirects elsewhere', { status: 301, body: '', location: '/elsewhere' }, /redirects elsewhere/],
    ['now is an empty body', { status: 200, body: '' }, /empty/],
  ])('a page that %s keeps its last good version and is recorded as failing', async (_what, page, error) => {
    const t0 = new Date('2024-06-21T08:00:00Z');
    await seed(t0);
    pages.set('/story', page);
    pages.set('/elsewhere', { status: 200, body: html('A different story entirely, about something else that is long enough to read.') });
    const r = await recheckArticles({ store, fetcher: fetcher(), now: () => later(t0, 3) }, { recheckAfter: [2 * 3_600_000] }, new Map(), []);
    expect(r.versions).toEqual([]);
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0].error).toMatch(error);
    expect((await store.list('articles/')).filter((k) => k.includes('/v'))).toEqual([]);
    const s = await state();
    expect(s).toMatchObject({ version: 1, versionKey: first, failing: { count: 1 } });
    expect(s.failing.message).toMatch(error);
  });

  it('an existing version is never overwritten nor stored twice, and a corrupt state file is replaced', async () => {
    const t0 = new Date('2024-06-21T08:00:00Z');
    await seed(t0);
    await store.put('articles/2024/06/21/00112233aabbccdd/v2.json', '{"kept": true}');
    pages.set('/story', { status: 200, body: html(`${v1}\nA new paragraph with a new claim about Rosatom training engineers.`) });
    const stateBefore = (await store.get(versionKeys.recheckState))!;
    const r = await recheckArticles({ store, fetcher: fetcher(), now: () => later(t0, 3) }, { recheckAfter: [2 * 3_600_000] }, new Map(), []);
    expect(r.versions.map((v) => v.version)).toEqual([3]);
    expect(await store.get('articles/2024/06/21/00112233aabbccdd/v2.json')).toBe('{"kept": true}');
    // The state write was lost (say, the function timed out): the same text is found as v3, not stored as v4.
    await store.put(versionKeys.recheckState, stateBefore);
    const replay = await recheckArticles({ store, fetcher: fetcher(), now: () => later(t0, 3) }, { recheckAfter: [2 * 3_600_000] }, new Map(), []);
    expect(replay).toMatchObject({ checked: 1, versions: [], unchanged: 1 });
    expect((await store.list('articles/')).filter((k) => k.includes('/v'))).toHaveLength(2);
    expect(await state()).toMatchObject({ version: 3, versionKey: 'articles/2024/06/21/00112233aabbccdd/v3.json' });
    await store.put(versionKeys.recheckState, '{not json');
    const again = await recheckArticles({ store, fetcher: fetcher(), now: () => later(t0, 4) }, { recheckAfter: [2 * 3_600_000] }, new Map(), []);
    expect(again.checked).toBe(0);
    expect(JSON.parse((await store.get(versionKeys.recheckState))!)).toEqual({ articles: {} });
  });
});

describe('the digest email', () => {
  const record = (over: Partial<DigestRecord>): DigestRecord => ({
    articleId: '0123456789abcdef',
    version: 1,
    title: 'Putin in Hà Nội: “15 deals” \u202Esigned',
    url: 'https://news.sample.test/a',
    source: 'Test Wire',
    analyzedAt: '2024-06-21T09:00:00Z',
    relevant: true,
    alert: true,
    summary: { new: 1, contradiction: 1, known: 2 },
    claims: [
      { label: 'contradiction', type: 'number', text: 'They signed 15 deals.', reason: '15 vs 11' },
      { label: 'new', text: 'Aeroflot will fly to Da Nang.', reason: 'not in the baseline' },
    ],
    ...over,
  });
  const records = [
    record({}),
    record({ articleId: 'fedcba9876543210', title: 'Quiet one', alert: false, claims: [], summary: { new: 0, contradiction: 0, known: 3 } }),
    record({
      version: 2,
      analyzedAt: '2024-06-21T15:00:00Z',
      claims: [],
      edit: { withdrawn: [{ label: 'contradiction', type: 'number', text: 'They signed 15 deals.', reason: '15 vs 11' }], changes: ["'15 deals' now reads '11 deals'"] },
    }),
  ];
  const links = new Map([
    ['0123456789abcdef/v1', 'https://bucket.s3.amazonaws.com/diffs/2024/06/21/0123456789abcdef.html?X-Amz-Signature=abc'],
    ['0123456789abcdef/v2', 'https://bucket.s3.amazonaws.com/diffs/2024/06/21/0123456789abcdef/v2.html?X-Amz-Signature=def'],
  ]);
  const message = formatDigest({ records, since: new Date('2024-06-21T06:00:00Z'), until: new Date('2024-06-22T06:00:00Z'), links });

  it('has a one-line ASCII subject under 100 characters with the counts and the day', () => {
    expect(message.subject).toBe('[claimwatch] digest: 1 contradiction, 1 new, 1 withdrawn in 1 article (2024-06-21)');
    expect(message.subject).toMatch(PRINTABLE_ASCII);
    expect(message.subject.length).toBeLessThan(100);
  });
  it('groups the findings by label, then article, with counts and a review link per article', () => {
    const text = message.text;
    expect(text).toContain('2 articles analysed, 2 on topic, 1 alerting; 1 edit to earlier articles.');
    const order = ['== CONTRADICTIONS (1 in 1 article) ==', '== NEW CLAIMS (1 in 1 article) ==', '== WITHDRAWN BY AN EDIT (1 in 1 article) =='].map((h) => text.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('  - "They signed 15 deals." (number)');
    expect(text).toContain(`Review: ${links.get('0123456789abcdef/v1')}`);
    expect(text).toContain(`Review: ${links.get('0123456789abcdef/v2')}`);
    expect(text).toContain("[edited, version 2]");
    expect(text).toContain("Edit: '15 deals' now reads '11 deals'");
    expect(text).not.toContain('Quiet one');
    expect(text).not.toMatch(/[\u202E\u0000-\u0008]/); // bidi and control characters stripped
  });
  it('is marked as a digest, so only email subscriptions take it', () => {
    expect(message.notice).toEqual(['digest']);
    expect(channelsFor(message.notice, DEFAULT_ALERT_POLICY)).toEqual(['email']);
    expect(channelsFor(['contradiction'], DEFAULT_ALERT_POLICY)).toEqual(['email', 'sms']);
    expect(channelsFor(['new'], DEFAULT_ALERT_POLICY)).toEqual(['email']);
    expect(channelsFor(['new'], { sms: [], email: [] })).toEqual([]);
    expect(message.sms.length).toBeLessThanOrEqual(160);
  });
  it('says so when the period found nothing (a forced digest)', () => {
    const empty = formatDigest({ records: [], since: new Date('2024-06-21T06:00:00Z'), until: new Date('2024-06-22T06:00:00Z'), links: new Map() });
    expect(empty.subject).toBe('[claimwatch] digest: nothing new (2024-06-21)');
    expect(empty.text).toContain('No new or contradicting claims in this period.');
  });
});

describe('local config (config/local.json in the store)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'claimwatch-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  it('defaults without a file; a file chooses the policy and the re-check delays', async () => {
    const { readLocalConfig } = await import('../functions/local/local-config.ts');
    const store = new FsStore(dir);
    expect(await readLocalConfig(store)).toEqual({ policy: DEFAULT_ALERT_POLICY, recheckAfter: parseRecheckAfter('2h,12h,48h') });
    await store.put('config/local.json', JSON.stringify({ smsLabels: 'none', emailLabels: ['contradiction'], recheckAfter: '30m' }));
    expect(await readLocalConfig(store)).toEqual({ policy: { sms: [], email: ['contradiction'] }, recheckAfter: [1_800_000] });
  });
  it.each([
    ['{"smsLabels": "known"}', /local\.json: smsLabels: "known" is not a label that alerts/],
    ['{"recheckAfter": "soon"}', /local\.json: recheckAfter: "soon" is not a delay/],
    ['{"smsLabel": "new"}', /local\.json: unknown setting smsLabel/],
    ['{not json', /local\.json is not JSON/],
    ['[1]', /must hold a JSON object/],
  ])('refuses %s with a message naming the file and the setting', async (body, message) => {
    const { readLocalConfig } = await import('../functions/local/local-config.ts');
    const store = new FsStore(dir);
    await store.put('config/local.json', body);
    await expect(readLocalConfig(store)).rejects.toThrow(message);
  });
});

describe('the alert for an edited article', async () => {
  const { formatEditAlert, noticeOf } = await import('../functions/core/edit-alert-format.ts');
  const { compareVersions } = await import('../functions/core/edit-compare.ts');
  const f = (id: string, label: 'new' | 'contradiction' | 'known', text: string, type?: 'number') => ({
    id,
    label,
    ...(type ? { type } : {}),
    claim: { text, start: 0, end: text.length },
    evidence: [],
    score: 0.8,
    reason: `${label}: ${text}`,
  });
  const report = (findings: ReturnType<typeof f>[]) => ({
    article: { id: '0123456789abcdef', title: 'Putin in Hà Nội: “15 deals” \u202Esigned\u0007 ' + 'and a very long title '.repeat(8), url: 'https://news.sample.test/a', source: 'Test Wire', published: '' },
    relevant: true,
    findings,
    summary: { new: findings.filter((x) => x.label === 'new').length, contradiction: findings.filter((x) => x.label === 'contradiction').length, known: 0 },
    alert: true,
  });
  const before = report([f('f1', 'contradiction', 'They signed 15 deals.', 'number'), f('f2', 'known', 'Putin visited Hanoi.')]);
  const after = report([f('f1', 'known', 'They signed 11 deals.'), f('f2', 'known', 'Putin visited Hanoi.'), f('f3', 'new', 'Rosatom will train 300 engineers.')]);
  const edit = compareVersions({ previous: before, previousText: 'They signed 15 deals.\nPutin visited Hanoi.', next: after, nextText: 'They signed 11 deals.\nPutin visited Hanoi.\nRosatom will train 300 engineers.' });
  const message = formatEditAlert({ report: after, version: 2, fetchedAt: '2024-06-21T14:05:00Z', edit, diffLink: 'https://bucket.s3.amazonaws.com/diffs/x/v2.html?sig' });

  it('alerts for an added new claim and a withdrawn contradiction, not for a claim that became known', () => {
    expect(edit.alert).toBe(true);
    expect(edit.added.map((c) => [c.label, c.text])).toEqual([['known', 'They signed 11 deals.'], ['new', 'Rosatom will train 300 engineers.']]);
    expect(edit.removed.map((c) => [c.label, c.alerting])).toEqual([['contradiction', true]]);
    expect(message.notice).toEqual(['new', 'contradiction']);
    expect(noticeOf(after)).toEqual(['new']);
  });
  it('subject: ASCII, one line, under 100 characters, says edited and what changed', () => {
    expect(message.subject).toMatch(PRINTABLE_ASCII);
    expect(message.subject.length).toBeLessThan(100);
    expect(message.subject).toMatch(/^\[claimwatch\] edited v2: 1 new added, 1 contradiction withdrawn: Putin in Ha Noi: "15 deals"/);
  });
  it('text: what changed, each claim added or withdrawn, and the review link; SMS within 160', () => {
    expect(message.text).toContain("What changed:\n  - '15 deals.' now reads '11 deals.'\n  - added: 'Rosatom will train 300 engineers.'");
    expect(message.text).toContain('ADDED NEW\n  Claim: "Rosatom will train 300 engineers."');
    expect(message.text).toContain('WITHDRAWN CONTRADICTION (number)\n  Claim: "They signed 15 deals."');
    expect(message.text).not.toContain('ADDED KNOWN');
    expect(message.text).toContain('Review the versions: https://bucket.s3.amazonaws.com/diffs/x/v2.html?sig');
    expect(message.text).not.toMatch(/[\u202E\u0007]/);
    expect(message.sms.length).toBeLessThanOrEqual(160);
    expect(message.sms).toMatch(PRINTABLE_ASCII);
    expect(message.sms).toMatch(/\(diff 0123456789abcdef\)$/);
  });
  it('an edit that only rewords known claims or moves a clock does not alert', () => {
    const quiet = compareVersions({
      previous: report([f('f1', 'known', 'Last updated 14:05 Putin visited Hanoi.')]),
      previousText: 'Last updated 14:05 Putin visited Hanoi.',
      next: report([f('f1', 'known', 'Last updated 16:10 Putin visited Hanoi.'), f('f2', 'known', 'Putin met Lam.')]),
      nextText: 'Last updated 16:10 Putin visited Hanoi.\nPutin met Lam.',
    });
    expect(quiet.alert).toBe(false);
    expect(quiet.added.map((c) => c.text)).toEqual(['Putin met Lam.']);
    expect(quiet.removed).toEqual([]);
  });
});
