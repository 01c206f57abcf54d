// Shapes shared by the claim engine, the pipeline, the adapters and the CLI.
// The report format is the contract in DESIGN.md: change it only together with the docs.

/** An article as the engine reads it (a `claimwatch check` JSON input has this shape). */
export interface ArticleInput {
  title: string;
  url: string;
  source: string;
  published: string;
  text: string;
}

/** An article as the collector stores it under `articles/YYYY/MM/DD/<id>.json`. */
export interface Article extends ArticleInput {
  /** Stable hash of the canonical URL. */
  id: string;
  /** ISO time the collector fetched it. */
  fetchedAt: string;
  /** The feed it came from. */
  feed?: string;
  /**
   * False when the feed gave no readable date and `published` is the fetch time. Absent in
   * articles stored before this field existed.
   */
  publishedKnown?: boolean;
  /** What a reader of the stored article should know: text lost in decoding, no text beyond the title, no date. */
  warnings?: string[];
}

/**
 * `repeated`: new or contradicting against the baseline, but the ledger already holds the claim
 * (earlier coverage alerted it): shows the ledger claim as evidence and does not alert.
 */
export type Label = 'new' | 'contradiction' | 'known' | 'repeated';
export type ContradictionType = 'number' | 'date' | 'role' | 'negation' | 'entity' | 'other';

/** A piece of text with its JavaScript string offsets into the text it was taken from. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A baseline passage backing a finding; offsets point into the stored baseline document. */
export interface Evidence extends Span {
  doc: string;
}

export interface Finding {
  id: string;
  label: Label;
  /** Only for contradictions. */
  type?: ContradictionType;
  claim: Span;
  evidence: Evidence[];
  /** 0..1: how sure the engine is of the label. */
  score: number;
  /** One sentence an analyst can read: why this label. */
  reason: string;
  /** The ledger claim this finding was recorded as (new, contradiction) or repeats (repeated). */
  claimId?: string;
}

export interface ReportArticle {
  id: string;
  title: string;
  url: string;
  source: string;
  published: string;
}

export interface Report {
  article: ReportArticle;
  relevant: boolean;
  findings: Finding[];
  /** Findings per label; `repeated` is absent from reports made before the ledger existed. */
  summary: Record<Exclude<Label, 'repeated'>, number> & { repeated?: number };
  alert: boolean;
  /** Present when the text was longer than the engine reads: only its first `analysedChars` were compared. */
  cut?: { analysedChars: number; totalChars: number };
  /** Set when the article is a near copy of one seen before (the same wire story). */
  story?: StoryLink;
}

/** An article of a story, as the review page names it. */
export interface StoryArticle {
  id: string;
  title: string;
  source: string;
  url: string;
  published: string;
}

export interface StoryLink {
  /** The first article of the story the ledger saw. */
  first: StoryArticle;
  /** Other copies seen before this one (not the first, not this article). */
  alsoRunBy: StoryArticle[];
  /** Estimated share of word shingles this article has in common with the first (MinHash). */
  similarity: number;
}

export interface BaselineDocMeta {
  id: string;
  title: string;
  source: string;
  published: string;
  language?: string;
  /**
   * Sentences of other baseline documents this one replaces (an accepted contradiction's
   * evidence): the index leaves them out, so the accepted claim is what the baseline says.
   */
  supersedes?: Array<{ doc: string; text: string }>;
}

export interface BaselineDoc extends BaselineDocMeta {
  /** The document text exactly as stored: evidence offsets index into it. */
  text: string;
}

export interface Baseline {
  description?: string;
  docs: BaselineDoc[];
}

/** What a reader is told when the engine read only the start of a long text. */
export const cutNotice = (cut: NonNullable<Report['cut']>) =>
  `Only the first ${cut.analysedChars.toLocaleString('en')} of ${cut.totalChars.toLocaleString('en')} characters were compared (the engine's limit).`;
