// `claimwatch baseline list|add|accept`: grow the baseline corpus from documents and reviewed diffs.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { keys } from '../../core/ids.ts';
import { oneLine } from '../../core/render/terminal.ts';
import { CLAIM_ID } from '../../core/ledger/ledger.ts';
import { sampleProfile } from '../../local/local-mode.ts';
import { acceptClaim } from '../../pipeline/claims-review.ts';
import { acceptFindings, addBaselineDoc, listBaselineDocs, parseBaselineFile, ReviewError } from '../../pipeline/review.ts';
import { baselineFacts } from '../../core/engine/facts.ts';
import { seedBaseline } from '../../local/local-mode.ts';
import { defaultProfileFile } from '../../local/paths.ts';
import { baselineIndexFromStore } from '../../pipeline/baseline-index.ts';
import { DEFAULT_LOCAL_DIR } from '../store-option.ts';
import { loadProfile } from './check.ts';
import { expectArgs, printJson, runSubcommands, usageError } from './diffs.ts';

export const help = `Usage:
  claimwatch baseline list [--json] [--bucket NAME | --dir DIR]
  claimwatch baseline facts [--json] [--profile FILE] [--bucket NAME | --dir DIR]
  claimwatch baseline add FILE [--title T] [--source S] [--published DATE] [--bucket NAME | --dir DIR]
  claimwatch baseline accept ID [--findings f1,f3] [--bucket NAME | --dir DIR]

The baseline is the reference corpus articles are compared with (baseline/ in the store).

  list        the baseline documents: id, date, title, source, and how many
              sentences of other documents each retires (accepted contradictions).
  facts       what the baseline holds as facts — who holds which office, counts,
              memberships, the days of its event — each with the sentences that state it. An article
              giving another value for one of them is a contradiction.
  add FILE    adds a document: a UTF-8 text file, or an article JSON file
              ({title, source, published, text}). Its text is stored exactly as given
              as baseline/NNN_<hash>.txt with a manifest entry. Adding the same text
              again changes nothing. The title defaults to the JSON title or the
              file name.
  accept ID   turns the reviewed claims of diff ID (an article id) into baseline
              knowledge: their texts are written, one per paragraph, to
              baseline/accepted-ID.txt, so the same claims are "known" from the next
              analysis on. An accepted contradiction also retires the baseline
              sentences it contradicted (its evidence), listed under "supersedes"
              in the manifest. By default every new and contradiction finding;
              --findings picks some. Accepting again changes nothing.

Options:
  --title T, --source S, --published DATE   the manifest entry of an added document
  ID may also be a ledger claim id (c12-3, see "claimwatch claims list"): that
  claim is accepted from the diff of the article that first made it.
  --findings f1,f3   the finding ids to accept (see "claimwatch diffs show ID")
  --json             list as a JSON array
  --profile FILE     the watch profile (offices, names) facts are read with
                     (default: profiles/russia-vietnam.json)
  --bucket NAME      work on the deployed S3 bucket (AWS credentials from the environment)
  --dir DIR          the local store folder (default ./${DEFAULT_LOCAL_DIR})
  -h, --help         this help

A refused request (unknown id or finding, unreadable file, invalid manifest) exits 1 and
changes nothing.
`;

const options = {
  json: { type: 'boolean' },
  title: { type: 'string' },
  source: { type: 'string' },
  published: { type: 'string' },
  findings: { type: 'string' },
  profile: { type: 'string' },
} as const;

export function run(args: string[]): Promise<number> {
  return runSubcommands('baseline', help, args, options, {
    async list({ store, positionals, values }) {
      expectArgs(positionals, []);
      const docs = await listBaselineDocs(store);
      if (values.json) return printJson(docs);
      if (!docs.length) process.stderr.write(`no baseline documents in ${store.locate(keys.baselineManifest)}\n`);
      for (const d of docs) {
        const retires = d.supersedes?.length ? `  retires ${d.supersedes.length} sentence${d.supersedes.length > 1 ? 's' : ''}` : '';
        process.stdout.write(`${d.id}  ${oneLine(d.published || '-')}  ${oneLine(d.title)}  (${oneLine(d.source || 'no source')})${retires}\n`);
      }
    },
    async facts({ store, positionals, values }) {
      expectArgs(positionals, []);
      const profile = await loadProfile((values.profile as string | undefined) ?? defaultProfileFile);
      // a local store that has not run yet starts from the repo's baseline, as `claimwatch run` does
      if (!values.bucket) await seedBaseline(store);
      const { index } = await baselineIndexFromStore(store, profile);
      const facts = baselineFacts(index);
      if (values.json) return printJson(facts);
      for (const f of facts) {
        process.stdout.write(`${f.kind.padEnd(10)}  ${oneLine(f.subject)}: ${oneLine(f.value)}
`);
        for (const s of f.sentences) process.stdout.write(`            ${s.doc}: ${oneLine(s.text).slice(0, 160)}
`);
      }
    },
    async add({ store, positionals, values }) {
      const [file] = expectArgs(positionals, ['FILE']);
      const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
        throw new ReviewError(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}; nothing was added`);
      });
      const input = parseBaselineFile(file, bytes);
      const title = (values.title as string | undefined) ?? input.title ?? basename(file, extname(file));
      const source = (values.source as string | undefined) ?? input.source;
      const published = (values.published as string | undefined) ?? input.published;
      const { id, added } = await addBaselineDoc(store, { ...input, title, source, published });
      const where = store.locate(keys.baselineDoc(id));
      process.stdout.write(added ? `added ${id}: ${oneLine(title)}\n  ${where}\n` : `already in the baseline as ${id}; nothing changed\n`);
    },
    async accept({ store, positionals, values }) {
      const [id] = expectArgs(positionals, ['ID']);
      const findings = typeof values.findings === 'string' ? values.findings.split(',').map((f) => f.trim()).filter(Boolean) : undefined;
      if (findings && !findings.length) throw usageError('--findings wants finding ids like f1,f3');
      // a ledger claim id (c12-3) accepts that claim, wherever it was first seen
      const claim = CLAIM_ID.test(id);
      if (claim && findings) throw usageError('--findings is for a diff id; a claim id names one claim already');
      const result = claim ? await acceptClaim(store, await sampleProfile(), id) : await acceptFindings(store, id, findings);
      if (!result.accepted.length) {
        process.stdout.write(`diff ${result.diffId} has no new or contradiction finding to accept; nothing changed\n`);
        return;
      }
      const ids = result.accepted.map((f) => f.id).join(', ');
      process.stdout.write(
        result.changed
          ? `accepted ${ids} from diff ${result.diffId} into ${store.locate(keys.baselineDoc(result.docId))}\n` +
              result.superseded.map((r) => `retired, as the accepted claims contradict it: ${r.doc}: ${oneLine(r.text)}\n`).join('') +
              'The baseline index is rebuilt on the next analysis; those claims will then be "known".\n'
          : `${ids} of diff ${result.diffId} already accepted; nothing changed\n`,
      );
    },
  });
}
