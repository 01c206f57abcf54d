// Inputs for the review page tests: fixture articles, the repo's baseline and watch profile, and
// hand-built reports whose offsets are computed from the texts (never copied from output).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadBaseline } from '../../functions/core/baseline.ts';
import { parseProfile, type WatchProfile } from '../../functions/core/profile.ts';
import type { ArticleInput, Baseline, BaselineDoc, Evidence, Finding, Label, Report } from '../../functions/core/types.ts';

export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/review/', import.meta.url));

export async function fixtureArticle(name: string): Promise<ArticleInput> {
  return JSON.parse(await readFile(`${FIXTURES_DIR}${name}.json`, 'utf8')) as ArticleInput;
}

export async function repoBaseline(): Promise<Baseline> {
  const dir = `${REPO_DIR}baseline/`;
  return loadBaseline(await readFile(`${dir}manifest.json`, 'utf8'), (id) => readFile(`${dir}${id}.txt`, 'utf8'));
}

export async function repoProfile(): Promise<WatchProfile> {
  return parseProfile(JSON.parse(await readFile(`${REPO_DIR}profiles/russia-vietnam.json`, 'utf8')));
}

/** A finding for `claim`, located in `text` (which must contain it). */
export function findingFor(
  text: string,
  id: string,
  label: Label,
  claim: string,
  extra: Partial<Pick<Finding, 'type' | 'evidence' | 'reason' | 'score'>> = {},
): Finding {
  const start = text.indexOf(claim);
  if (start < 0) throw new Error(`fixture text does not contain: ${claim}`);
  return { id, label, claim: { text: claim, start, end: start + claim.length }, evidence: [], score: 0.8, reason: `${label} by fixture`, ...extra };
}

/** Evidence quoting `quote` from a baseline document, with offsets into its stored text. */
export function evidenceFrom(doc: BaselineDoc, quote: string): Evidence {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`baseline document ${doc.id} does not contain: ${quote}`);
  return { doc: doc.id, text: quote, start, end: start + quote.length };
}

export function reportOf(article: ArticleInput & { id?: string }, findings: Finding[]): Report {
  const summary = { new: 0, contradiction: 0, known: 0, repeated: 0 };
  for (const f of findings) summary[f.label]++;
  return {
    article: { id: article.id ?? 'fixture', title: article.title, url: article.url, source: article.source, published: article.published },
    relevant: true,
    findings,
    summary,
    alert: summary.new + summary.contradiction > 0,
  };
}

/** The Hanoi fixture with one finding per sentence: known, a number contradiction, new, new, known. */
export async function handBuiltHanoiReport(): Promise<{ article: ArticleInput; report: Report; baseline: Baseline }> {
  const article = await fixtureArticle('hanoi-visit');
  const baseline = await repoBaseline();
  const doc = (id: string) => baseline.docs.find((d) => d.id === id)!;
  const sentences = article.text.split('\n');
  const findings = [
    findingFor(article.text, 'f1', 'known', sentences[0], {
      evidence: [evidenceFrom(doc('001_311eee39a6f20885'), 'The Russian president arrived at Hanoi airport in the early hours yesterday')],
      reason: 'the baseline reports the same arrival',
    }),
    findingFor(article.text, 'f2', 'contradiction', sentences[1], {
      type: 'number',
      evidence: [
        evidenceFrom(doc('002_8c3dc0f376b91e61'), 'Lam and Putin signed around a dozen cooperation agreements ranging from education to justice and civil nuclear projects.'),
        evidenceFrom(doc('001_311eee39a6f20885'), 'Both the presidents signed 11 memorandums for cooperation'),
      ],
      reason: 'article says 15 documents were signed; baseline says around a dozen agreements (11 memorandums)',
    }),
    findingFor(article.text, 'f3', 'new', sentences[2], { reason: 'no baseline claim about a nuclear research centre near Hanoi' }),
    findingFor(article.text, 'f4', 'new', sentences[3], { reason: 'no baseline claim about a rail freight link' }),
    findingFor(article.text, 'f5', 'known', sentences[4], {
      evidence: [evidenceFrom(doc('002_8c3dc0f376b91e61'), "Moscow has been Vietnam's main arms supplier for decades")],
      reason: 'the baseline says the same about arms imports',
    }),
  ];
  return { article, report: reportOf(article, findings), baseline };
}
