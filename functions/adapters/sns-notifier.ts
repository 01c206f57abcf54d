// The Notifier port on SNS: one Publish per alert, a different body per channel
// (MessageStructure json). It only delivers; the alert text is built in the core.
// It still re-enforces the channel limits, so a caller's slip cannot break delivery.
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { AlertMessage, Notifier } from '../core/ports.ts';

export interface SnsNotifierOptions {
  topicArn: string;
  client?: SNSClient;
}

export class SnsNotifierError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SnsNotifierError';
  }
}

export const SUBJECT_MAX_CHARS = 99;
export const SMS_MAX_CHARS = 160;
/**
 * SNS takes 256 KiB per message and the long text goes out twice (default and email); JSON
 * escaping can at most double plain text once control characters are gone, so this fits.
 */
export const TEXT_MAX_BYTES = 60_000;

export class SnsNotifier implements Notifier {
  readonly topicArn: string;
  private readonly client: SNSClient;

  constructor(options: SnsNotifierOptions) {
    if (!/^arn:[\w-]+:sns:[\w-]+:\d{12}:[\w-]{1,256}$/.test(options.topicArn ?? '')) {
      throw new SnsNotifierError(`SnsNotifier needs an SNS topic ARN, got "${options.topicArn ?? ''}"`);
    }
    this.topicArn = options.topicArn;
    this.client = options.client ?? new SNSClient({});
  }

  async notify(message: AlertMessage): Promise<void> {
    const text = truncateBytes(stripControls(message.text, true), TEXT_MAX_BYTES);
    const body = { default: text, email: text, sms: smsText(message.sms) };
    try {
      await this.client.send(
        new PublishCommand({
          TopicArn: this.topicArn,
          MessageStructure: 'json',
          Subject: subjectLine(message.subject),
          Message: JSON.stringify(body),
          // What the message is about ('contradiction', 'new' or 'digest'): the subscriptions'
          // filter policies (infra/alert-routing.ts) choose email, SMS or neither on it.
          ...(message.notice?.length
            ? { MessageAttributes: { notice: { DataType: 'String.Array', StringValue: JSON.stringify(message.notice) } } }
            : {}),
        }),
      );
    } catch (e) {
      const name = e instanceof Error ? e.name : 'error';
      if (name === 'NotFoundException' || name === 'NotFound') {
        throw new SnsNotifierError(`SNS topic ${this.topicArn} does not exist (check the ARN and region)`, { cause: e });
      }
      const detail = e instanceof Error ? e.message : String(e);
      throw new SnsNotifierError(`publishing to ${this.topicArn} failed: ${name}: ${detail}`, { cause: e });
    }
  }
}

/** SNS subjects: ASCII, one line, under 100 characters, not empty. */
export function subjectLine(subject: string): string {
  const ascii = subject
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // drop accents: "Hà Nội" → "Ha Noi"
    .replace(/[^\x20-\x7e]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncateChars(ascii || 'claimwatch alert', SUBJECT_MAX_CHARS);
}

/** SMS: no control characters or line breaks, at most 160 characters. */
export function smsText(sms: string): string {
  return truncateChars(stripControls(sms, false).replace(/\s+/g, ' ').trim(), SMS_MAX_CHARS);
}

/** Removes control characters; line breaks and tabs survive only where asked. */
function stripControls(s: string, keepLines: boolean): string {
  return s.replace(/[\p{Cc}\p{Cf}]/gu, (c) => {
    if (!keepLines) return ' ';
    return c === '\n' || c === '\t' ? c : '';
  });
}

/** Cuts to `max` code points (never half a surrogate pair), marking the cut with "...". */
function truncateChars(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 3).join('').trimEnd()}...`;
}

function truncateBytes(s: string, maxBytes: number): string {
  if (Buffer.byteLength(s) <= maxBytes) return s;
  const marker = '\n[... truncated]';
  let cut = '';
  let bytes = Buffer.byteLength(marker);
  for (const ch of s) {
    bytes += Buffer.byteLength(ch);
    if (bytes > maxBytes) break;
    cut += ch;
  }
  return cut + marker;
}
