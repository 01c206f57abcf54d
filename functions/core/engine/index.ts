// The claim engine's public face. PLACEHOLDER while the engine is being written: it labels
// every sentence `new` so the pipeline can be wired; the real engine replaces this file's body.
import type { ArticleInput, Baseline, Report } from '../types.ts';
import type { WatchProfile } from '../profile.ts';

export interface BaselineIndex {
  profile: WatchProfile;
  baseline: Baseline;
}

export function buildIndex(baseline: Baseline, profile: WatchProfile): BaselineIndex {
  return { profile, baseline };
}

export function analyzeArticle(article: ArticleInput & { id?: string }, index: BaselineIndex): Report {
  const findings = [...article.text.matchAll(/[^.!?\n]+[.!?]/g)].map((m, i) => ({
    id: `f${i + 1}`,
    label: 'new' as const,
    claim: { text: m[0].trim(), start: m.index!, end: m.index! + m[0].length },
    evidence: [],
    score: 0.5,
    reason: 'placeholder engine',
  }));
  void index;
  return {
    article: { id: article.id ?? '', title: article.title, url: article.url, source: article.source, published: article.published },
    relevant: true,
    findings,
    summary: { new: findings.length, contradiction: 0, known: 0 },
    alert: findings.length > 0,
  };
}
