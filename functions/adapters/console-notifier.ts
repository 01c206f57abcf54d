// The local Notifier: prints each alert and keeps a copy in the store's outbox/ folder
// (./.claimwatch/outbox/ in local mode), where the SNS message would have gone.
import { channelsFor, type AlertPolicy } from '../core/alert-policy.ts';
import type { AlertMessage, Notifier, Store } from '../core/ports.ts';

export interface ConsoleNotifierOptions {
  /** The store whose outbox/ receives `<time>-<article-id>.json` and `.txt`. */
  store: Store;
  /** Where the alert is printed; console.log by default. */
  print?: (text: string) => void;
  now?: () => Date;
  /** Local stand-in for the SNS filter policies: says where each message would go (all copies are kept). */
  policy?: AlertPolicy;
}

export class ConsoleNotifier implements Notifier {
  constructor(private readonly options: ConsoleNotifierOptions) {}

  async notify(message: AlertMessage & { articleId?: string }): Promise<void> {
    const { store, print = console.log, now = () => new Date() } = this.options;
    // Colons are not allowed in Windows file names; the id is already a safe hex slug.
    const time = now().toISOString().replaceAll(':', '-');
    const name = `outbox/${time}-${safeName(message.articleId ?? 'alert')}`;
    const { subject, text, sms, notice } = message;
    const policy = this.options.policy;
    const channels = policy && notice ? channelsFor(notice, policy) : undefined;
    const routing = channels ? { notice, channels } : {};
    await store.put(`${name}.json`, JSON.stringify({ subject, text, sms, ...routing }, null, 2) + '\n', 'application/json');
    await store.put(`${name}.txt`, `Subject: ${subject}\n\n${text}\n\nSMS: ${sms}\n`, 'text/plain; charset=utf-8');
    const rule = '-'.repeat(72);
    const kind = notice?.includes('digest') ? 'DIGEST' : 'ALERT ';
    const to = channels ? (channels.length ? ` (to ${channels.join(' and ')})` : ' (held for the digest: no channel takes it at once)') : '';
    print(`${rule}\n${kind} ${subject}${to}\n${rule}\n${text}\n(saved to ${store.locate(`${name}.txt`)})\n`);
  }
}

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'alert';
}
