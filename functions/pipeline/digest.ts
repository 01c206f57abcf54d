// The digest: one message with the findings of a period (by default since the last digest, or
// the last 24 hours), sent through the Notifier with notice ['digest'] (on SNS the email
// subscriptions take it, the SMS ones don't). An empty period sends nothing unless forced.
// state/digest.json remembers where the last scheduled digest ended, so none is skipped or
// sent twice; a digest for an explicit --since leaves it alone.
import * as z from 'zod/mini';
import { digestCounts, digestIsEmpty, formatDigest, type DigestCounts } from '../core/digest-format.ts';
import { silentLog, type AlertMessage, type Log, type Notifier, type Store } from '../core/ports.ts';
import { readFindings } from './findings-log.ts';

export const DIGEST_STATE_KEY = 'state/digest.json';
export const DEFAULT_DIGEST_PERIOD_MS = 24 * 3_600_000;

export interface DigestDeps {
  store: Store;
  notifier: Notifier;
  now?: () => Date;
  log?: Log;
  /** A lasting link to a review page (the link function on AWS); default: the store's own link. */
  reviewLink?: (htmlKey: string) => Promise<string>;
}

export interface DigestOptions {
  /** Start of the period; default: where the last digest ended, else 24 hours ago. */
  since?: Date;
  /** Send even when the period found nothing. */
  force?: boolean;
}

export interface DigestResult {
  sent: boolean;
  since: Date;
  until: Date;
  counts: DigestCounts;
  message?: AlertMessage;
  /** Findings records that could not be read (skipped). */
  unreadable: string[];
}

const StateSchema = z.object({ lastUntil: z.iso.datetime({ offset: true }) });

export async function runDigest(deps: DigestDeps, options: DigestOptions = {}): Promise<DigestResult> {
  const { store, notifier, log = silentLog } = deps;
  const until = (deps.now ?? (() => new Date()))();
  const since = options.since ?? (await lastUntil(store, log)) ?? new Date(until.getTime() - DEFAULT_DIGEST_PERIOD_MS);
  if (!(since < until)) throw new Error(`the digest period must start before it ends: ${since.toISOString()} is not before ${until.toISOString()}`);
  const { records, unreadable } = await readFindings(store, since, until);
  if (unreadable.length) log.warn('findings records unreadable, left out of the digest', { keys: unreadable.slice(0, 20), count: unreadable.length });
  const counts = digestCounts(records);
  const result: DigestResult = { sent: false, since, until, counts, unreadable };
  if (!digestIsEmpty(records) || options.force) {
    const links = new Map<string, string>();
    for (const r of records) links.set(`${r.articleId}/v${r.version}`, deps.reviewLink ? await deps.reviewLink(r.reviewKey) : ((await store.linkTo?.(r.reviewKey)) ?? store.locate(r.reviewKey)));
    result.message = formatDigest({ records, since, until, links });
    await notifier.notify({ ...result.message, articleId: `digest-${until.toISOString().slice(0, 10)}` } as AlertMessage);
    result.sent = true;
  }
  // Only the running digest moves the mark: an explicit --since is a one-off look back.
  if (!options.since) await store.put(DIGEST_STATE_KEY, JSON.stringify({ lastUntil: until.toISOString() }) + '\n', 'application/json');
  log.info(result.sent ? 'digest sent' : 'digest period empty: nothing sent', { since: since.toISOString(), until: until.toISOString(), ...counts });
  return result;
}

async function lastUntil(store: Store, log: Log): Promise<Date | undefined> {
  const body = await store.get(DIGEST_STATE_KEY);
  if (body === undefined) return undefined;
  try {
    return new Date(z.parse(StateSchema, JSON.parse(body)).lastUntil);
  } catch (e) {
    log.error('digest state unreadable, using the last 24 hours', { key: DIGEST_STATE_KEY, error: (e as Error).message });
    return undefined;
  }
}
