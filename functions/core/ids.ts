import { createHash } from 'node:crypto';

/** The article id: a stable hash of the canonical URL, so a re-run never duplicates work. */
export function articleId(canonicalUrl: string): string {
  return createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 16);
}

/** `YYYY/MM/DD` of an ISO time (UTC), the date folder of articles/ and diffs/ keys. */
export function datePath(iso: string): string {
  const d = new Date(iso);
  const safe = Number.isNaN(d.getTime()) ? new Date(0) : d;
  return safe.toISOString().slice(0, 10).replaceAll('-', '/');
}

export const keys = {
  baselineManifest: 'baseline/manifest.json',
  baselineDoc: (docId: string) => `baseline/${docId}.txt`,
  feedState: (feedId: string) => `state/feeds/${feedId}.json`,
  /** Marker that an article was collected, so a story in two feeds or on two runs is stored once. */
  collected: (id: string) => `state/articles/${id}.json`,
  article: (id: string, fetchedAt: string) => `articles/${datePath(fetchedAt)}/${id}.json`,
  diffJson: (id: string, fetchedAt: string) => `diffs/${datePath(fetchedAt)}/${id}.json`,
  diffHtml: (id: string, fetchedAt: string) => `diffs/${datePath(fetchedAt)}/${id}.html`,
  diffIndex: 'diffs/index.html',
  alertMarker: (id: string) => `alerts/${id}.json`,
};

// An article and its diff share the date folder and id: articles/2024/06/20/<id>.json ↔ diffs/2024/06/20/<id>.json.
export const diffKeyOfArticle = (articleKey: string) => articleKey.replace(/^articles\//, 'diffs/');
export const articleKeyOfDiff = (diffKey: string) => diffKey.replace(/^diffs\//, 'articles/');
