// The claim engine: reads an article as an analyst would and labels each on-topic claim
// `new`, `known` or `contradiction` against the baseline corpus. Pure code: text in, report out.
import type { WatchProfile } from '../profile.ts';
import type { ArticleInput, Baseline, BaselineDocMeta, Finding, Label, Report } from '../types.ts';
import { compareClaim, wordFamilies, type Comparison } from './compare.ts';
import { entityMatcher, type EntityMatcher } from './entities.ts';
import { sentenceFeatures, type Features } from './features.ts';
import { bodyEnd, isForeign, isFurniture } from './furniture.ts';
import { readSentences, type Sentence } from './nlp.ts';
import { extractTimeAnchors } from './slots.ts';

/** A baseline sentence keeps what comparison reads, not its tokens (a large baseline has millions). */
export interface BaselineSentence extends Omit<Features, 'tokens'> {
  doc: string;
  /** Position in the index's sentence list. */
  index: number;
}

export interface BaselineIndex {
  profile: WatchProfile;
  matcher: EntityMatcher;
  docs: BaselineDocMeta[];
  sentences: BaselineSentence[];
  /** Inverted index: key → sentence positions. */
  postings: Map<string, number[]>;
  /** Inverse document frequency of each key over baseline sentences. */
  idf: Map<string, number>;
  /** The baseline's plain words by their first five letters, to find a word's relatives. */
  families: Map<string, string[]>;
  /** Weight of a key no baseline sentence has: the rarest there is. */
  unseenIdf: number;
  /** Office holders the baseline states: "office|country" → holders with their sentences. */
  roles: Map<string, Array<{ person: string; sentence: number }>>;
  /** The baseline's own time: its documents' publication dates, a week either side. */
  period: { from: Date; to: Date };
}

/** Sentences that carry a claim: not furniture, long enough, with a verb or many words. */
export function claimSentences(text: string): Sentence[] {
  const lines = text.split('\n');
  const seen = new Set<string>();
  const end = bodyEnd(text);
  return readSentences(text).filter((s) => {
    const words = s.tokens.filter((t) => t.isWord).length;
    if (words < 4 || s.start >= end) return false;
    if (isFurniture(s.text, lines[s.line] ?? s.text) || isForeign(s.text)) return false;
    const key = s.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) return false; // a repeated paragraph says nothing new
    seen.add(key);
    return words >= 8 || s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  });
}

const sentenceKey = (doc: string, text: string) => `${doc}\0${text.replace(/\s+/g, ' ').trim()}`;

export function buildIndex(baseline: Baseline, profile: WatchProfile): BaselineIndex {
  const matcher = entityMatcher(profile);
  const superseded = new Set(baseline.docs.flatMap((d) => (d.supersedes ?? []).map((s) => sentenceKey(s.doc, s.text))));
  const sentences: BaselineSentence[] = [];
  for (const doc of baseline.docs) {
    for (const s of claimSentences(doc.text)) {
      if (superseded.has(sentenceKey(doc.id, s.text))) continue;
      const { tokens, ...features } = sentenceFeatures(s, matcher);
      void tokens;
      sentences.push({ ...features, doc: doc.id, index: sentences.length });
    }
  }
  const postings = new Map<string, number[]>();
  for (const s of sentences) {
    for (const key of s.keys) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(s.index);
    }
  }
  const n = Math.max(1, sentences.length);
  const idf = new Map<string, number>();
  for (const [key, list] of postings) idf.set(key, Math.log(1 + n / list.length));
  const roles = new Map<string, Array<{ person: string; sentence: number }>>();
  for (const s of sentences) {
    for (const r of s.roles) {
      if (!r.country) continue;
      const key = `${r.office}|${r.country}`;
      const list = roles.get(key) ?? [];
      list.push({ person: r.person, sentence: s.index });
      roles.set(key, list);
    }
  }
  const dates = baseline.docs.map((d) => Date.parse(d.published)).filter((t) => !Number.isNaN(t));
  const day = 86_400_000;
  const period = dates.length
    ? { from: new Date(Math.min(...dates) - 7 * day), to: new Date(Math.max(...dates) + 7 * day) }
    : { from: new Date(0), to: new Date(0) };
  return {
    profile,
    matcher,
    docs: baseline.docs.map(({ text, ...meta }) => (void text, meta)),
    sentences,
    postings,
    idf,
    families: wordFamilies(idf.keys()),
    unseenIdf: Math.log(1 + n),
    roles,
    period,
  };
}

/** Does the article speak of the watched relationship? Every relevance requirement must hold. */
function isRelevant(claims: Features[], profile: WatchProfile): boolean {
  const groups = new Set(claims.flatMap((c) => [...c.groups]));
  return profile.relevance.requireGroups.every((any) => any.some((g) => groups.has(g)));
}

export type EventState = 'inside' | 'outside' | 'unknown';

/**
 * Which sentences speak of the baseline's own time (the event it covers)? A sentence dated
 * elsewhere ("in May", "in 2025") is about another event: its counts and dates can't
 * contradict the baseline's. The state carries through a paragraph.
 */
function eventStates(claims: Features[], index: BaselineIndex, published: Date | undefined): EventState[] {
  const { from, to } = index.period;
  const monthInside = (year?: number, month?: number) => {
    if (year === undefined) return undefined;
    if (month === undefined) return year >= from.getUTCFullYear() && year <= to.getUTCFullYear() ? undefined : false;
    const start = Date.UTC(year, month - 1, 1);
    const end = Date.UTC(year, month, 1);
    return start < to.getTime() && from.getTime() < end;
  };
  const articleDefault: EventState =
    published && published.getTime() >= from.getTime() && published.getTime() <= to.getTime() + 45 * 86_400_000 ? 'inside' : 'unknown';
  let line = -1;
  let state: EventState = articleDefault;
  return claims.map((c) => {
    if (c.line !== line) {
      line = c.line;
      state = articleDefault;
    }
    const anchors = extractTimeAnchors(c.tokens, published).map((a) => monthInside(a.year, a.month));
    if (anchors.includes(true)) state = 'inside';
    else if (anchors.includes(false)) state = 'outside';
    else if (/\bstate visit\b/i.test(c.text) && state !== 'outside') state = 'inside';
    return state;
  });
}

export function analyzeArticle(article: ArticleInput & { id?: string }, index: BaselineIndex): Report {
  const claims = claimSentences(article.text).map((s) => sentenceFeatures(s, index.matcher));
  const relevant = isRelevant(claims, index.profile);
  const findings: Finding[] = [];
  if (relevant) {
    const published = Number.isNaN(Date.parse(article.published)) ? undefined : new Date(article.published);
    const states = eventStates(claims, index, published);
    claims.forEach((claim, i) => {
      const result: Comparison = compareClaim(claim, states[i], index);
      findings.push({
        id: `f${findings.length + 1}`,
        label: result.label,
        ...(result.type ? { type: result.type } : {}),
        claim: { text: claim.text, start: claim.start, end: claim.end },
        evidence: result.evidence.map((s) => ({ doc: s.doc, text: s.text, start: s.start, end: s.end })),
        score: Number(result.score.toFixed(2)),
        reason: result.reason,
      });
    });
  }
  const summary: Record<Label, number> = { new: 0, contradiction: 0, known: 0, repeated: 0 };
  for (const f of findings) summary[f.label]++;
  return {
    article: { id: article.id ?? '', title: article.title, url: article.url, source: article.source, published: article.published },
    relevant,
    findings,
    summary,
    alert: relevant && summary.new + summary.contradiction > 0,
  };
}
