// `claimwatch run` (= `npm start`): one local collect → analyze → notify cycle.
import { parseArgs } from 'node:util';
import { countsPhrase } from '../../core/alert-format.ts';
import { consoleLog } from '../../local/console-log.ts';
import { runLocalCycle } from '../../local/local-mode.ts';
import type { CycleSummary } from '../../pipeline/run-cycle.ts';
import { DEFAULT_LOCAL_DIR } from '../store-option.ts';

export const help = `Usage: claimwatch run [--dir DIR] [--verbose]

Runs one local cycle, the embedded default (what "npm start" does): serves the bundled sample
feeds (samples/) on a 127.0.0.1 server, collects their new articles into the local store,
compares each with the baseline, writes the diffs (JSON and an HTML review page), and prints
each alert and saves it to the store's outbox/. Alerts go out once per article (and once per
edited version): from the second run on, the samples serve one story edited, so the second run
stores its version 2 and alerts for the edit; a third run sends nothing. Articles are re-checked
for edits when their feed item changes and at the times in config/local.json (recheckAfter).

Options:
  --dir DIR     the local store folder (default ./${DEFAULT_LOCAL_DIR}); the repo's baseline/
                is copied into it when it has none
  --verbose     log every step on stderr
  -h, --help    this help

Exit code: 0 when every feed and article was handled, 1 when one failed (see the messages).`;

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { dir: { type: 'string', default: DEFAULT_LOCAL_DIR }, verbose: { type: 'boolean', default: false } },
    }));
  } catch (e) {
    console.error(`claimwatch run: ${(e as Error).message}\nRun "claimwatch run --help" for usage.`);
    return 2;
  }
  const { store, summary, seededBaseline } = await runLocalCycle({ dir: values.dir, log: consoleLog({ verbose: values.verbose }) });
  if (seededBaseline) console.log(`Copied the baseline corpus into ${store.locate('baseline/manifest.json').replace(/manifest\.json$/, '')}`);
  console.log(describeCycle(summary, (key) => store.locate(key)));
  const feedFailed = summary.feeds.some((f) => f.status === 'failed');
  return feedFailed || summary.failed.length ? 1 : 0;
}

/** What the cycle did, for people: feeds, each article with its counts, where things are. */
export function describeCycle(summary: CycleSummary, locate: (key: string) => string): string {
  const lines = ['', 'Feeds:'];
  for (const f of summary.feeds) {
    // The skips and thin articles an operator should look at, when there are any.
    const notable = [
      f.skips?.unreadable && `${f.skips.unreadable} unreadable`,
      f.skips?.sameLink && `${f.skips.sameLink} sharing a link`,
      f.skips?.noLink && `${f.skips.noLink} without a link`,
      f.thin && `${f.thin} stored with no text beyond the title`,
    ].filter(Boolean);
    const counts =
      f.status === 'not-modified'
        ? 'not modified since the last run'
        : `${f.items} items, ${f.stored} new, ${f.skipped} skipped${notable.length ? ` (${notable.join(', ')})` : ''}`;
    lines.push(`  ${f.feed.padEnd(24)} ${f.status === 'failed' ? 'FAILED' : 'ok'}  ${counts}${f.error ? `  (${f.error})` : ''}`);
  }
  const r = summary.recheck;
  if (r.checked) {
    const failing = r.failed.length ? `, ${r.failed.length} failing (last good version kept; first: ${r.failed[0].error})` : '';
    lines.push('', `Re-checked ${r.checked} earlier article${r.checked === 1 ? '' : 's'} for edits: ${r.versions.length} edited (new version stored), ${r.unchanged} unchanged${failing}`);
  }
  if (summary.analyzed.length === 0 && summary.failed.length === 0) {
    lines.push('', 'No new articles since the last run: nothing analysed, no alerts sent.');
  } else {
    const failed = summary.failed.length ? `, ${summary.failed.length} failed` : '';
    lines.push('', `Articles analysed: ${summary.analyzed.length}${failed}`);
    if (summary.retried) lines.push(`  (${summary.retried} of these ${summary.retried === 1 ? 'was' : 'were'} left without a diff by an earlier run)`);
  }
  for (const a of summary.analyzed) {
    const alert = a.alerted ? 'ALERT sent' : a.alert ? 'alert (already sent before)' : 'no alert';
    const relevance = a.relevant ? '' : 'not relevant, ';
    lines.push(`  ${a.title}`);
    const repeated = a.summary.repeated ? `, ${a.summary.repeated} repeated` : '';
    lines.push(`    ${relevance}${countsPhrase(a.summary)}, ${a.summary.known} known${repeated} - ${alert}`);
    lines.push(`    diff: ${locate(a.htmlKey)}`);
  }
  for (const f of summary.failed) lines.push(`  FAILED ${locate(f.articleKey)}: ${f.error}`);
  if (summary.failed.length) lines.push('  A failed article stays stored and is tried again on the next run; delete its file to drop it.');
  const sent = summary.analyzed.filter((a) => a.alerted).length;
  lines.push(
    '',
    `Diff pages:  ${locate('diffs/index.html')} (and the diffs/ folder)`,
    `Alerts:      ${sent} sent this run; copies in ${locate('outbox/x').replace(/x$/, '')}`,
  );
  return lines.join('\n');
}
