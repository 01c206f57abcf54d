// `claimwatch claims list|show`: the claims ledger, each claim with its first article, repeats
// and contradictions, in the local store or, with --bucket, on S3.
import { parseProfile } from '../../core/profile.ts';
import { LABELS } from '../../core/render/html.ts';
import { oneLine } from '../../core/render/terminal.ts';
import { sampleProfile } from '../../local/local-mode.ts';
import { ledgerLocation, listClaims, showClaim, type ClaimRow } from '../../pipeline/claims-review.ts';
import { parseSince } from '../../pipeline/review.ts';
import type { Log, Store } from '../../core/ports.ts';
import type { WatchProfile } from '../../core/profile.ts';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { keys } from '../../core/ids.ts';
import { acceptedClaims } from '../../core/ledger/ledger.ts';
import { mapLimit } from '../../core/map-limit.ts';
import { renderClaimsPage } from '../../core/render/claims-page.ts';
import { loadLedger } from '../../pipeline/ledger.ts';
import { listBaselineDocs } from '../../pipeline/review.ts';
import { DEFAULT_LOCAL_DIR } from '../store-option.ts';
import { expectArgs, printJson, runSubcommands } from './diffs.ts';

export const help = `Usage:
  claimwatch claims list [--since DATE] [--json] [--bucket NAME | --dir DIR]
  claimwatch claims show ID [--json] [--bucket NAME | --dir DIR]
  claimwatch claims page [--out FILE] [--bucket NAME | --dir DIR]

The claims ledger: every claim that alerted (new or contradiction), once, with the
coverage that repeated it since (no new alert) and later claims contradicting it.

  list        every claim, newest first: id, first seen, label, source, repeats, text.
  show ID     one claim (an id like c12-3): first seen, each repeat and contradiction
              with source, time and review page, and whether it was accepted into the
              baseline ("claimwatch baseline accept ID" accepts it).
  page        writes the claims page (diffs/claims.html) to a local file with a working
              link to each review page: presigned URLs on S3 (valid 7 days at most, and
              no longer than your credentials), file URLs locally.

Options:
  --since DATE   only claims first seen on or after DATE (YYYY-MM-DD)
  --json         machine-readable output
  --out FILE     where page writes (default ./claimwatch-claims.html)
  --bucket NAME  work on the deployed S3 bucket (AWS credentials from the environment)
  --dir DIR      the local store folder (default ./${DEFAULT_LOCAL_DIR})
  -h, --help     this help
`;

/** The watch profile only shapes lookups, which listing does not do; the stored one when there is one. */
async function profileOf(store: Store): Promise<WatchProfile> {
  const stored = await store.get('config/profile.json');
  if (stored !== undefined) {
    try {
      return parseProfile(JSON.parse(stored));
    } catch {
      // an unreadable stored profile does not stop reading the ledger
    }
  }
  return sampleProfile();
}

/** Warnings (an unreadable ledger entry) go to stderr, so --json output stays clean. */
const stderrLog: Log = {
  info() {},
  warn: (message, fields) => process.stderr.write(`warning: ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}\n`),
  error: (message, fields) => process.stderr.write(`error: ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}\n`),
};

function seenLine(s: { source: string; at: string; title: string; page: string }): string {
  return `${oneLine(s.at.slice(0, 16).replace('T', ' '))}  ${oneLine(s.source || 'unknown source')}: ${oneLine(s.title || '(untitled)')}\n        ${oneLine(s.page)}`;
}

function claimText(row: ClaimRow, full: boolean): string {
  const { icon, word } = LABELS[row.label];
  const head = `${row.id.padEnd(8)} ${row.first.at.slice(0, 10)}  ${icon} ${word}${row.type ? ` (${row.type})` : ''}  ${oneLine(row.first.source || 'unknown source')}  ↻ ${row.repeats.length} ${row.repeats.length === 1 ? 'repeat' : 'repeats'}${row.contradictedBy.length ? `  ⚠ ${row.contradictedBy.length} contradicting` : ''}${row.accepted ? '  ✓ accepted' : ''}`;
  const lines = [head, `         "${oneLine(row.text)}"`];
  if (full) {
    lines.push('', `first seen  ${seenLine(row.first)}`);
    if (row.contradicts.length) lines.push(`contradicts ${row.contradicts.join(', ')}`);
    lines.push(...(row.repeats.length ? row.repeats.map((r) => `repeated    ${seenLine(r)}`) : ['repeated    not yet']));
    for (const c of row.contradictedBy) lines.push(`contradicted by ${c.id}: "${oneLine(c.text)}"`, `            ${seenLine(c)}`);
    lines.push(`accepted    ${row.accepted ? 'yes, the baseline says it now: repeats read as known' : `no ("claimwatch baseline accept ${row.id}")`}`);
  } else {
    for (const r of row.repeats) lines.push(`         ↻ ${oneLine(r.at.slice(0, 16).replace('T', ' '))}  ${oneLine(r.source || 'unknown source')}: ${oneLine(r.title)}`);
  }
  return lines.join('\n') + '\n';
}

export function run(args: string[]): Promise<number> {
  return runSubcommands('claims', help, args, { since: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' } }, {
    async page({ store, positionals, values }) {
      expectArgs(positionals, []);
      const out = resolve(typeof values.out === 'string' ? values.out : 'claimwatch-claims.html');
      const state = await loadLedger(store, await profileOf(store), stderrLog);
      const pages = new Set(
        state.allRecords().flatMap((r) => [r.entry, ...r.repeats.map((x) => x.entry), ...r.contradictedBy.map((c) => c.entry)].map((e) => e.article.htmlKey)),
      );
      const links = new Map(await mapLimit([...pages].filter(Boolean), 8, async (key) => [key, (await store.linkTo?.(key)) ?? store.locate(key)] as const));
      const baselineDocs = await Promise.all(
        (await listBaselineDocs(store).catch(() => [])).filter((d) => d.id.startsWith('accepted-')).map(async (d) => ({ id: d.id, text: (await store.get(keys.baselineDoc(d.id))) ?? '' })),
      );
      await writeFile(out, renderClaimsPage(state, { hrefOf: (key) => links.get(key) ?? key, accepted: acceptedClaims(state, baselineDocs) }));
      process.stdout.write(`${state.claimCount} claim${state.claimCount === 1 ? '' : 's'} from ${ledgerLocation(store)}\nwritten to ${out}\nopen ${pathToFileURL(out).href}\n`);
    },
    async list({ store, positionals, values }) {
      expectArgs(positionals, []);
      const since = typeof values.since === 'string' ? parseSince(values.since) : undefined;
      const rows = await listClaims(store, await profileOf(store), { since, log: stderrLog });
      if (values.json) return printJson(rows);
      if (!rows.length) process.stderr.write(`no claims in the ledger (${ledgerLocation(store)})${since ? ` since ${since}` : ''}\n`);
      process.stdout.write(rows.map((r) => claimText(r, false)).join(''));
    },
    async show({ store, positionals, values }) {
      const [id] = expectArgs(positionals, ['ID']);
      const row = await showClaim(store, await profileOf(store), id, stderrLog);
      if (values.json) return printJson(row);
      process.stdout.write(claimText(row, true));
    },
  });
}
