// `claimwatch diffs list|show|page`: review stored diffs in the local store or, with --bucket, on S3.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BaselineError } from '../../core/baseline.ts';
import { renderIndexPage } from '../../core/render/index-page.ts';
import { renderDiffList, renderReportText } from '../../core/render/terminal.ts';
import { DIFF_INDEX_JSON, readDiffIndex } from '../../pipeline/diff-index.ts';
import { listBaselineDocs, listDiffs, loadDiff, parseSince, ReviewError } from '../../pipeline/review.ts';
import { DEFAULT_LOCAL_DIR, openStore } from '../store-option.ts';
import type { Store } from '../../core/ports.ts';

export const help = `Usage:
  claimwatch diffs list [--since DATE] [--json] [--bucket NAME | --dir DIR]
  claimwatch diffs show ID [--json] [--bucket NAME | --dir DIR]
  claimwatch diffs page [--out FILE] [--bucket NAME | --dir DIR]

Review the stored diffs (one report per analysed article).

  list        every stored diff, newest first: day, article id, counts
              (⚠ contradiction, ✚ new, ✓ known), ⚑ when it raised an alert, title.
  show ID     one diff: each claim with its label, the reason and the baseline
              evidence, and where its review page is (a presigned URL on S3).
              ID is the article id, or a unique prefix of at least 4 characters.
  page        writes the recent-diffs page (diffs/index.html) to a local file with
              a working link per diff: presigned URLs on S3 (valid 7 days at most,
              and no longer than your credentials), file URLs locally.

Options:
  --since DATE   only diffs of articles collected on or after DATE (YYYY-MM-DD)
  --json         machine-readable output (list: a JSON array; show: the stored report)
  --out FILE     where page writes (default ./claimwatch-diffs.html)
  --bucket NAME  work on the deployed S3 bucket (AWS credentials from the environment)
  --dir DIR      the local store folder (default ./${DEFAULT_LOCAL_DIR})
  -h, --help     this help

Colours are used when stdout is a terminal (NO_COLOR turns them off, FORCE_COLOR on).
`;

export const storeOptions = {
  bucket: { type: 'string' },
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Wrong usage: exit code 2 and a pointer to --help. */
class UsageError extends Error {}

/**
 * Parses the arguments, runs the chosen subcommand against the store and turns failures into
 * exit codes: 0 done, 1 refused or failed (the message says why), 2 wrong usage.
 */
export async function runSubcommands(
  command: string,
  commandHelp: string,
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  subcommands: Record<string, (context: { store: Store; positionals: string[]; values: Record<string, unknown> }) => Promise<void>>,
): Promise<number> {
  try {
    const parsed = parseArgs({ args, options: { ...storeOptions, ...options }, allowPositionals: true, strict: true });
    const values = parsed.values as Record<string, string | boolean | undefined>;
    const positionals = parsed.positionals;
    const [name, ...rest] = positionals;
    if (values.help || name === 'help') {
      process.stdout.write(commandHelp);
      return 0;
    }
    const subcommand = name ? subcommands[name] : undefined;
    if (!subcommand) throw new UsageError(name ? `unknown subcommand "${name}"` : 'which subcommand?');
    const store = await openStore({ bucket: values.bucket as string | undefined, dir: values.dir as string | undefined });
    await subcommand({ store, positionals: rest, values });
    return 0;
  } catch (e) {
    const error = e as Error & { code?: string };
    const usage = e instanceof UsageError || (typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS'));
    process.stderr.write(`claimwatch ${command}: ${error.message}\n${usage ? `Run "claimwatch ${command} --help" for usage.\n` : ''}`);
    if (!usage && !(e instanceof ReviewError || e instanceof BaselineError)) process.stderr.write(`(${error.name})\n`);
    return usage ? 2 : 1;
  }
}

/** Exactly the named positional arguments, or a usage error naming what is expected. */
export function expectArgs(positionals: string[], names: string[]): string[] {
  if (positionals.length !== names.length) {
    throw new UsageError(names.length ? `expected ${names.join(' ')}, got ${positionals.length ? positionals.join(' ') : 'nothing'}` : `unexpected ${positionals.join(' ')}`);
  }
  return positionals;
}

export function usageError(message: string): Error {
  return new UsageError(message);
}

export function useColor(): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY);
}

export function printJson(data: unknown): void {
  process.stdout.write(JSON.stringify(data, null, 2) + '\n');
}

export function run(args: string[]): Promise<number> {
  return runSubcommands('diffs', help, args, { since: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' } }, {
    async list({ store, positionals, values }) {
      expectArgs(positionals, []);
      const since = typeof values.since === 'string' ? parseSince(values.since) : undefined;
      const items = await listDiffs(store, { since });
      if (values.json) {
        printJson(items.map(({ report, ...ref }) => ({ ...ref, ...(report && { title: report.article.title, source: report.article.source, published: report.article.published, summary: report.summary, alert: report.alert }) })));
        return;
      }
      const rows = items.map((item) => ({ id: item.id, date: item.date, error: item.error, title: item.report?.article.title, source: item.report?.article.source, summary: item.report?.summary, alert: item.report?.alert }));
      process.stdout.write(renderDiffList(rows, useColor()));
    },
    async show({ store, positionals, values }) {
      const [id] = expectArgs(positionals, ['ID']);
      const { ref, report } = await loadDiff(store, id);
      if (values.json) return printJson(report);
      const docTitles = new Map((await listBaselineDocs(store).catch(() => [])).map((d) => [d.id, d.title]));
      const pageLocation = (await store.linkTo?.(ref.htmlKey)) ?? store.locate(ref.htmlKey);
      process.stdout.write(renderReportText(report, { color: useColor(), docTitles, pageLocation }));
    },
    async page({ store, positionals, values }) {
      expectArgs(positionals, []);
      const out = resolve(typeof values.out === 'string' ? values.out : 'claimwatch-diffs.html');
      const entries = await readDiffIndex(store);
      const links = new Map(await Promise.all(entries.map(async (e) => [e.id, (await store.linkTo?.(e.htmlKey)) ?? store.locate(e.htmlKey)] as const)));
      await writeFile(out, renderIndexPage(entries, (e) => links.get(e.id)!));
      process.stdout.write(`${entries.length} recent diff${entries.length === 1 ? '' : 's'} from ${store.locate(DIFF_INDEX_JSON)}\nwritten to ${out}\nopen ${pathToFileURL(out).href}\n`);
    },
  });
}

