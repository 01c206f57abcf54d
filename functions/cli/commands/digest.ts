// `claimwatch digest`: the digest of a period's findings, written to the local outbox (or
// published to an SNS topic with --topic-arn), exactly as the scheduled digest Lambda sends it.
import { parseArgs } from 'node:util';
import { ConsoleNotifier } from '../../adapters/console-notifier.ts';
import type { Notifier } from '../../core/ports.ts';
import { readLocalConfig } from '../../local/local-config.ts';
import { runDigest } from '../../pipeline/digest.ts';
import { parseSince, ReviewError } from '../../pipeline/review.ts';
import { DEFAULT_LOCAL_DIR, openStore } from '../store-option.ts';

export const help = `Usage: claimwatch digest [--since DATE] [--force] [--dir DIR | --bucket NAME]

Collects the findings analysed in a period into one message, grouped by label (contradictions,
new claims, claims withdrawn by an edit) and article, with counts and a review link for each
article, and writes it to the store's outbox/ (printed too). Without --since the period starts
where the last digest ended (the last 24 hours the first time) and this digest becomes the new
starting point; with --since it is a one-off look back that moves nothing. An empty period
writes nothing unless --force.

Options:
  --since DATE   start of the period: a date (2024-06-20, UTC midnight) or an ISO time
  --force        write a digest even when the period found nothing
  --dir DIR      the local store folder (default ./${DEFAULT_LOCAL_DIR})
  --bucket NAME  read the findings from S3 (the outbox copy is still written locally to --dir)
  -h, --help     this help

Exit code: 0 when it ran (sent or empty), 1 on an error, 2 on wrong usage.`;

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        since: { type: 'string' },
        force: { type: 'boolean', default: false },
        dir: { type: 'string', default: DEFAULT_LOCAL_DIR },
        bucket: { type: 'string' },
      },
    }));
  } catch (e) {
    console.error(`claimwatch digest: ${(e as Error).message}\nRun "claimwatch digest --help" for usage.`);
    return 2;
  }
  let since: Date | undefined;
  if (values.since !== undefined) {
    try {
      const day = parseSince(values.since);
      since = new Date(values.since.length === 10 ? `${day}T00:00:00Z` : values.since);
    } catch (e) {
      console.error(`claimwatch digest: ${(e as Error).message}`);
      return e instanceof ReviewError ? 2 : 1;
    }
  }
  const store = await openStore({ bucket: values.bucket, dir: values.dir });
  const outbox = values.bucket ? await openStore({ dir: values.dir }) : store;
  const config = await readLocalConfig(outbox);
  const notifier: Notifier = new ConsoleNotifier({ store: outbox, policy: config.policy });
  const result = await runDigest({ store, notifier }, { since, force: values.force });
  const period = `${result.since.toISOString()} to ${result.until.toISOString()}`;
  if (!result.sent) console.log(`No findings from ${period}: no digest written (--force writes one anyway).`);
  else console.log(`Digest for ${period} written to ${outbox.locate('outbox/x').replace(/x$/, '')}`);
  return 0;
}
