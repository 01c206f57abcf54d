import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SnsNotifier, SnsNotifierError } from '../functions/adapters/sns-notifier.ts';
import type { AlertMessage } from '../functions/core/ports.ts';
import { startSns, TEST_TOPIC_ARN, type LocalSns } from './helpers/sns.ts';

const SNS_MESSAGE_LIMIT_BYTES = 256 * 1024;
const hasLoneSurrogate = (s: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('SnsNotifier against a local SNS endpoint', () => {
  let sns: LocalSns;
  let notifier: SnsNotifier;

  beforeAll(async () => {
    sns = await startSns();
    notifier = new SnsNotifier({ topicArn: TEST_TOPIC_ARN, client: sns.client });
  });
  afterAll(() => sns.stop());
  beforeEach(() => {
    sns.published.length = 0;
  });

  const lastBody = () => JSON.parse(sns.published.at(-1)!.message) as Record<string, string>;

  it('publishes one JSON-structured message: long form for default and email, short for sms', async () => {
    const alert: AlertMessage = {
      subject: 'claimwatch: 2 new, 1 contradiction - Putin in Hanoi',
      text: 'Putin in Hanoi\nhttps://example.com/a\n\nnew: "15 documents were signed"\n  baseline: "11 memorandums"\n\nDiff: s3://b/diffs/x.html',
      sms: 'claimwatch: 2 new, 1 contradiction: Putin in Hanoi https://example.com/a',
    };
    await notifier.notify(alert);

    expect(sns.published).toHaveLength(1);
    const sent = sns.published[0];
    expect(sent.topicArn).toBe(TEST_TOPIC_ARN);
    expect(sent.messageStructure).toBe('json');
    expect(sent.subject).toBe(alert.subject);
    const body = lastBody();
    expect(Object.keys(body).sort()).toEqual(['default', 'email', 'sms']);
    expect(body.default).toBe(alert.text);
    expect(body.email).toBe(alert.text);
    expect(body.sms).toBe(alert.sms);
  });

  it('makes the subject ASCII, one line and under 100 characters', async () => {
    await notifier.notify({
      subject: `Tô Lâm meets Putin in Hà Nội —\r\n${'very long headline '.repeat(10)}\u0007`,
      text: 'x',
      sms: 'x',
    });
    const subject = sns.published[0].subject!;
    expect(subject).toMatch(/^[\x20-\x7e]+$/);
    expect(subject.length).toBeLessThan(100);
    expect(subject.startsWith('To Lam meets Putin in Ha Noi very long headline')).toBe(true);
    expect(subject.endsWith('...')).toBe(true);
  });

  it('never sends an empty subject', async () => {
    await notifier.notify({ subject: '\n\t Россия \n', text: 'x', sms: 'x' });
    expect(sns.published[0].subject).toBe('claimwatch alert');
  });

  it('keeps the SMS within 160 characters, on one line, without control characters', async () => {
    await notifier.notify({ subject: 's', text: 'x', sms: `first\nsecond\u0000third ${'word '.repeat(60)}` });
    const { sms } = lastBody();
    expect(Array.from(sms).length).toBeLessThanOrEqual(160);
    expect(sms).not.toMatch(/\p{Cc}/u);
    expect(sms.startsWith('first second third word')).toBe(true);
    expect(sms.endsWith('...')).toBe(true);
  });

  it('never cuts a character in half when truncating', async () => {
    await notifier.notify({ subject: 's', text: 'x', sms: '🇻🇳'.repeat(200) });
    const { sms } = lastBody();
    expect(Array.from(sms).length).toBeLessThanOrEqual(160);
    expect(hasLoneSurrogate(sms)).toBe(false);
  });

  it('truncates a huge long form so the whole message stays under the SNS size limit', async () => {
    const text = `Title\n${'Россия и Вьетнам "подписали" соглашение.\u0000\n'.repeat(20_000)}`;
    await notifier.notify({ subject: 's', text, sms: 'x' });
    expect(Buffer.byteLength(sns.published[0].message)).toBeLessThan(SNS_MESSAGE_LIMIT_BYTES);
    const body = lastBody();
    expect(body.email).toBe(body.default);
    expect(body.email.startsWith('Title\nРоссия и Вьетнам "подписали" соглашение.\n')).toBe(true);
    expect(body.email.endsWith('[... truncated]')).toBe(true);
    expect(body.email).not.toContain('\u0000');
    expect(hasLoneSurrogate(body.email)).toBe(false);
  });

  it('names the topic when it does not exist', async () => {
    const missing = 'arn:aws:sns:us-east-1:123456789012:no-such-topic';
    const wrong = new SnsNotifier({ topicArn: missing, client: sns.client });
    await expect(wrong.notify({ subject: 's', text: 't', sms: 'm' })).rejects.toThrow(
      `SNS topic ${missing} does not exist`,
    );
  });

  it('fails loudly when SNS fails, so the caller can retry', async () => {
    sns.failNext(1);
    await expect(notifier.notify({ subject: 's', text: 't', sms: 'm' })).rejects.toThrow(SnsNotifierError);
    expect(sns.published).toHaveLength(0);
  });

  it('refuses a missing or malformed topic ARN up front', () => {
    expect(() => new SnsNotifier({ topicArn: '' })).toThrow(/topic ARN/);
    expect(() => new SnsNotifier({ topicArn: 'claimwatch-alerts' })).toThrow(/got "claimwatch-alerts"/);
  });
});
