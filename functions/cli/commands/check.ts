// `claimwatch check`: compare article files with the baseline, without any store or network.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { countsPhrase, oneLine } from '../../core/alert-format.ts';
import { analyzeArticle } from '../../core/engine/index.ts';
import { articleId } from '../../core/ids.ts';
import { parseProfile, type WatchProfile } from '../../core/profile.ts';
import { renderReportPage } from '../../core/render/report-page.ts';
import { cutNotice, type ArticleInput, type BaselineDocMeta, type Report } from '../../core/types.ts';
import { textOrEmpty } from '../../core/validation.ts';
import { defaultBaselineDir, defaultProfileFile } from '../../local/paths.ts';
import { baselineIndex } from '../../pipeline/baseline-index.ts';

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export const help = `Usage: claimwatch check [--json] [--baseline DIR] [--html DIR] [--profile FILE] FILE...

Compares each article with the baseline corpus and reports its claims as new, contradiction
or known. FILE is a JSON article {"title","url","source","published","text"} (only "text" is
required) or a plain UTF-8 text file.

Options:
  --json            one JSON report per input, one per line, in input order; nothing else on
                    stdout. An input that cannot be read gives {"file": ..., "error": ...}.
  --baseline DIR    baseline folder with manifest.json and <doc-id>.txt (default: the
                    package's baseline/)
  --html DIR        also write each input's review page into DIR
  --profile FILE    watch profile JSON (default: profiles/russia-vietnam.json)
  -h, --help        this help

Exit code: 0 when every input was checked (whatever was found), 2 when an input could not be
read, 1 when the baseline or profile could not be loaded.`;

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        baseline: { type: 'string', default: defaultBaselineDir },
        html: { type: 'string' },
        profile: { type: 'string', default: defaultProfileFile },
      },
    });
  } catch (e) {
    console.error(`claimwatch check: ${(e as Error).message}\nRun "claimwatch check --help" for usage.`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (files.length === 0) {
    console.error('claimwatch check: no input files\nRun "claimwatch check --help" for usage.');
    return 2;
  }
  // JSON Lines is a contract: anything else that prints (a library warning) goes to stderr.
  const print = (line: string) => process.stdout.write(line + '\n');
  if (values.json) console.log = console.info = console.warn = console.error;

  const profile = await loadProfile(values.profile);
  const { baseline, index } = await baselineIndex(readFrom(values.baseline), profile, path.join(values.baseline, 'manifest.json'));
  const pages = new PageNames(values.html);

  let failed = 0;
  for (const file of files) {
    let report: Report;
    let article: ArticleInput;
    try {
      article = await readArticleFile(file);
      report = analyzeArticle({ ...article, id: articleId(article.url || path.resolve(file)) }, index);
    } catch (e) {
      failed++;
      const error = (e as Error).message;
      console.error(`claimwatch check: ${file}: ${error}`);
      if (values.json) print(JSON.stringify({ file, error }));
      continue;
    }
    const page = values.html ? await pages.write(file, renderReportPage({ report, article, baselineDocs: baseline.docs })) : undefined;
    print(values.json ? JSON.stringify(report) : describe(file, report, article, baseline.docs, page));
  }
  return failed ? 2 : 0;
}

/** An input file that cannot be checked; the message names the problem, the caller the file. */
export class InputError extends Error {}

const ArticleFileSchema = z.object({
  title: textOrEmpty,
  url: textOrEmpty,
  source: textOrEmpty,
  published: textOrEmpty,
  text: z.string().check(z.refine((t) => t.trim() !== '', 'is empty')),
});

export async function readArticleFile(file: string): Promise<ArticleInput> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(e.code === 'ENOENT' ? 'no such file' : `cannot read it (${e.code ?? e.message})`);
  });
  if (info.isDirectory()) throw new InputError('is a directory, not a file');
  if (info.size > MAX_INPUT_BYTES) throw new InputError(`is ${info.size} bytes, over the 5 MB limit`);
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read it (${e.code ?? e.message})`);
  });
  if (bytes.includes(0)) throw new InputError('looks binary (contains NUL bytes), expected JSON or text');
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8 text');
  }

  if (path.extname(file).toLowerCase() !== '.json') {
    if (content.trim() === '') throw new InputError('is empty');
    return { title: path.basename(file), url: '', source: '', published: '', text: content };
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new InputError(`is not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputError('must hold one JSON object (an article)');
  if (!('text' in data)) throw new InputError('has no "text" field');
  const parsed = z.safeParse(ArticleFileSchema, data);
  if (!parsed.success) {
    throw new InputError(parsed.error.issues.map((i) => `"${i.path.join('.')}" ${i.message}`).join('; '));
  }
  return { ...parsed.data, title: parsed.data.title || path.basename(file) };
}

export async function loadProfile(file: string): Promise<WatchProfile> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot load the watch profile ${file}: ${(e as Error).message}`);
  }
  return parseProfile(data, file);
}

/** A baseline reader over a folder: missing files are undefined, other errors are thrown. */
function readFrom(dir: string) {
  return (name: string) =>
    readFile(path.join(dir, name), 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
}

/** Review page file names: the input's name, made unique within one run. */
class PageNames {
  private readonly used = new Set<string>();
  constructor(private readonly dir: string | undefined) {}

  async write(input: string, html: string): Promise<string> {
    const dir = this.dir!;
    await mkdir(dir, { recursive: true });
    const stem = path.basename(input, path.extname(input)).replace(/[^A-Za-z0-9._-]/g, '_') || 'article';
    let name = `${stem}.html`;
    for (let n = 2; this.used.has(name); n++) name = `${stem}-${n}.html`;
    this.used.add(name);
    const file = path.join(dir, name);
    await writeFile(file, html);
    return file;
  }
}

/** The readable summary of one report. */
function describe(file: string, report: Report, article: ArticleInput, docs: BaselineDocMeta[], page?: string): string {
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const { summary } = report;
  const lines = [
    `== ${file}`,
    `   ${oneLine(article.title)}`,
    `   ${report.relevant ? 'relevant' : 'not relevant'}: ${countsPhrase(summary)}, ${summary.known} known${report.alert ? '  -> ALERT' : ''}`,
    ...(report.cut ? [`   ${cutNotice(report.cut)}`] : []),
  ];
  for (const f of report.findings) {
    lines.push(`   [${f.label}${f.type ? `/${f.type}` : ''}] ${oneLine(f.claim.text)}`);
    for (const ev of f.evidence) {
      lines.push(`       baseline ${ev.doc}${titles.has(ev.doc) ? ` (${oneLine(titles.get(ev.doc)!)})` : ''}: "${oneLine(ev.text)}"`);
    }
    lines.push(`       why: ${oneLine(f.reason)}`);
  }
  if (page) lines.push(`   review page: ${page}`);
  return lines.join('\n') + '\n';
}
