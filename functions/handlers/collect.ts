// Collect Lambda, run by the EventBridge schedule: read every feed of the watch profile and
// store new articles under articles/ (each stored article triggers the analyze Lambda).
import type { Context } from 'aws-lambda';
import { createHttpFetcher } from '../adapters/http-fetcher.ts';
import { DEFAULT_RECHECK_AFTER, parseRecheckAfter } from '../core/versions.ts';
import { collectAndRecheck } from '../pipeline/recheck.ts';
import { log, logger, profileFromStore, storeFromEnv } from './runtime.ts';

/**
 * CLAIMWATCH_ALLOW_HOSTS (comma-separated host or host:port) exempts hosts from the fetcher's
 * private-address block. For tests and local runs only: the stack never sets it.
 */
const allowHosts = (process.env.CLAIMWATCH_ALLOW_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean);
const fetcher = createHttpFetcher({ allowHosts });
/** CLAIMWATCH_RECHECK_AFTER: when to re-check an article for edits (deploy setting recheckAfter). */
const recheckAfter = parseRecheckAfter(process.env.CLAIMWATCH_RECHECK_AFTER ?? DEFAULT_RECHECK_AFTER);

export async function handler(_event: unknown, context: Context) {
  logger.addContext(context);
  const store = storeFromEnv();
  const profile = await profileFromStore(store);
  const result = await collectAndRecheck({ store, fetcher, profile, log, recheck: { recheckAfter } });
  log.info('collect finished', { result });
  return result;
}
