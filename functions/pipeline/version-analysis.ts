// Edited articles, the analyzer's side: a new version articles/D/<id>/vN.json is analysed
// against the baseline like any article, then compared with the version before it (claims
// added and removed, paragraphs changed). Its report goes to diffs/D/<id>/vN.json with an
// `edit` section, its review page (with the version history) to diffs/D/<id>/vN.html, the
// diff index points at it, and it alerts, once (alerts/<id>/vN.json), only when the edit adds
// a new or contradiction claim or withdraws one that had alerted.
import { analyzeArticle } from '../core/engine/index.ts';
import { compareVersions, type EditComparison } from '../core/edit-compare.ts';
import { formatEditAlert } from '../core/edit-alert-format.ts';
import { diffKeyOfArticle } from '../core/ids.ts';
import { silentLog } from '../core/ports.ts';
import { renderReportPage } from '../core/render/report-page.ts';
import { escapeHtml } from '../core/render/html.ts';
import { renderVersionHistory, timeOf, type VersionEntry } from '../core/render/version-history.ts';
import type { Report } from '../core/types.ts';
import { versionKeys, type VersionKeyParts } from '../core/versions.ts';
import { publishOnce, readArticle, type AnalyzeDeps, type AnalyzeResult } from './analyze.ts';
import { baselineIndexFromStore } from './baseline-index.ts';
import { updateDiffIndex } from './diff-index.ts';
import { recordFindings } from './findings-log.ts';

/** A version's report: the engine's report plus what the edit changed. */
export interface VersionReport extends Report {
  version: { n: number; fetchedAt: string; previousKey: string; edit: EditComparison };
}

const htmlKeyOf = (jsonKey: string) => jsonKey.replace(/\.json$/, '.html');

export async function analyzeVersion(deps: AnalyzeDeps, key: string, parts: VersionKeyParts): Promise<AnalyzeResult> {
  const { store, profile, log = silentLog, now = () => new Date() } = deps;
  const article = await readArticle(store, key);
  // The version before may be missing (a number skipped after lost state): use the latest one before it.
  let prevN = parts.n - 1;
  let previousBodyKey = versionKeys.article(parts.firstKey, prevN);
  while (prevN > 1 && (await store.get(previousBodyKey)) === undefined) previousBodyKey = versionKeys.article(parts.firstKey, --prevN);
  const previous = await readArticle(store, previousBodyKey);
  const { baseline, index } = await baselineIndexFromStore(store, profile);

  const report = analyzeArticle(article, index);
  report.article.id = article.id;
  // The previous report as stored (what alerted then); re-made only when it is missing.
  const previousReport = (await storedReport(store, diffKeyOfArticle(previousBodyKey))) ?? analyzeArticle(previous, index);
  const edit = compareVersions({ previous: previousReport, previousText: previous.text, next: report, nextText: article.text });

  const reportKey = diffKeyOfArticle(key);
  const htmlKey = htmlKeyOf(reportKey);
  const versionReport: VersionReport = { ...report, version: { n: parts.n, fetchedAt: article.fetchedAt, previousKey: previousBodyKey, edit } };
  await store.put(reportKey, JSON.stringify(versionReport, null, 2) + '\n', 'application/json');

  // The history: this edit and every earlier one whose report is stored.
  const history: VersionEntry[] = [{ version: parts.n, fetchedAt: article.fetchedAt, edit }];
  for (let n = parts.n - 1; n >= 2; n--) {
    const earlier = (await storedReport(store, diffKeyOfArticle(versionKeys.article(parts.firstKey, n)))) as VersionReport | undefined;
    if (earlier?.version?.edit) history.push({ version: n, fetchedAt: earlier.version.fetchedAt, edit: earlier.version.edit });
  }
  const first = await readArticle(store, parts.firstKey).catch(() => undefined);
  const analyzedAt = now().toISOString();
  await store.put(
    htmlKey,
    renderReportPage({
      report,
      article,
      baselineDocs: baseline.docs,
      analyzedAt,
      beforeArticle: renderVersionHistory(history, first?.fetchedAt ?? ''),
    }),
    'text/html; charset=utf-8',
  );
  // Version 1's page (linked from the first alert) points at the latest version.
  const firstReport = await storedReport(store, diffKeyOfArticle(parts.firstKey));
  if (first && firstReport) {
    await store.put(
      htmlKeyOf(diffKeyOfArticle(parts.firstKey)),
      renderReportPage({ report: firstReport, article: first, baselineDocs: baseline.docs, beforeArticle: editedBanner(article.id, parts.n, article.fetchedAt) }),
      'text/html; charset=utf-8',
    );
  }
  await updateDiffIndex(store, {
    id: article.id,
    title: `${article.title} (edited, v${parts.n})`,
    source: article.source,
    published: article.published,
    htmlKey,
    summary: report.summary,
    alert: edit.alert,
    analyzedAt,
  });
  await recordFindings(store, { report, version: parts.n, reviewKey: htmlKey, analyzedAt, edit });

  let alerted = false;
  if (edit.alert) {
    const diffLink = deps.reviewLink ? await deps.reviewLink(htmlKey) : ((await store.linkTo?.(htmlKey)) ?? store.locate(htmlKey));
    const message = formatEditAlert({ report, version: parts.n, fetchedAt: article.fetchedAt, edit, diffLink });
    alerted = await publishOnce(deps, article.id, () => deps.notifier.notify(message), versionKeys.alertMarker(article.id, parts.n));
  }
  log.info('article version analysed', {
    articleKey: key,
    version: parts.n,
    added: edit.added.length,
    removed: edit.removed.length,
    paragraphs: edit.paragraphs.length,
    alert: edit.alert,
    alerted,
  });
  // The result reports the edit's alert: a version that changes nothing alerting is not an alert.
  return { articleId: article.id, reportKey, htmlKey, alerted, report: { ...report, alert: edit.alert } };
}

/** A relative link from diffs/D/<id>.html to diffs/D/<id>/vN.html (works in the local store folder). */
function editedBanner(id: string, n: number, fetchedAt: string): string {
  const href = `${encodeURIComponent(id)}/v${n}.html`;
  return `<p class="verdict alert">⚑ This article was edited after this version: <a href="${escapeHtml(href)}">version ${n}</a>, found ${escapeHtml(timeOf(fetchedAt))}, shows what changed.</p>`;
}

async function storedReport(store: AnalyzeDeps['store'], key: string): Promise<Report | undefined> {
  const body = await store.get(key);
  if (body === undefined) return undefined;
  try {
    const data = JSON.parse(body) as Report;
    return Array.isArray(data.findings) && typeof data.relevant === 'boolean' ? data : undefined;
  } catch {
    return undefined;
  }
}
