// Compares two versions of an article: which claims the edit added and removed (by the
// engine's reports of each version), and how the text changed paragraph by paragraph, with the
// changed words (jsdiff). Decides whether the edit alerts. Pure.
import { diffArrays, diffWords } from 'diff';
import type { Finding, Label, Report } from './types.ts';
import { normalizeForComparison } from './versions.ts';

/** A run of words in a changed paragraph: kept, or only in the earlier / the later version. */
export interface WordPart {
  text: string;
  change?: 'added' | 'removed';
}

export interface ParagraphChange {
  kind: 'changed' | 'added' | 'removed';
  /** The paragraph before the edit (changed, removed). */
  before?: string;
  /** The paragraph after the edit (changed, added). */
  after?: string;
  /** For a changed paragraph: its words, the changed ones marked. */
  words?: WordPart[];
  /** One line for people: "'15 documents' now reads '11 documents'". */
  summary: string;
}

export interface ClaimChange {
  label: Label;
  type?: Finding['type'];
  text: string;
  reason: string;
  /** True when it is a `new` or `contradiction` claim of a relevant version: it alerts (or alerted). */
  alerting: boolean;
}

export interface EditComparison {
  /** Claims in the new version that the previous one did not make. */
  added: ClaimChange[];
  /** Claims of the previous version that the new one no longer makes (a withdrawn claim is news too). */
  removed: ClaimChange[];
  paragraphs: ParagraphChange[];
  /** True when the edit adds an alerting claim or removes one that had alerted. */
  alert: boolean;
  /** The labels behind the alert (added or removed alerting claims), for routing. */
  alertLabels: Label[];
}

const QUOTE_MAX = 80;

/** Claim identity across versions: its normalised words (a moved clock is the same line), not its offsets. */
function claimKey(text: string): string {
  return normalizeForComparison(text).replace(/\s+/g, ' ').trim().toLowerCase();
}

function claimChange(finding: Finding, report: Report): ClaimChange {
  return {
    label: finding.label,
    ...(finding.type ? { type: finding.type } : {}),
    text: finding.claim.text,
    reason: finding.reason,
    alerting: report.relevant && finding.label !== 'known',
  };
}

export function compareVersions(input: { previous: Report; previousText: string; next: Report; nextText: string }): EditComparison {
  const { previous, next } = input;
  const before = new Set(previous.findings.map((f) => claimKey(f.claim.text)));
  const after = new Set(next.findings.map((f) => claimKey(f.claim.text)));
  const added = next.findings.filter((f) => !before.has(claimKey(f.claim.text))).map((f) => claimChange(f, next));
  const removed = previous.findings.filter((f) => !after.has(claimKey(f.claim.text))).map((f) => claimChange(f, previous));
  const alerting = [...added, ...removed].filter((c) => c.alerting);
  const alertLabels = [...new Set(alerting.map((c) => c.label))];
  return {
    added,
    removed,
    paragraphs: compareParagraphs(input.previousText, input.nextText),
    alert: alerting.length > 0,
    alertLabels,
  };
}

function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Paragraph-level changes: paragraphs are matched by their normalised text (so a moving clock
 * is no change); a removed run followed by an added run is paired up paragraph by paragraph
 * as edits, with the changed words marked; the rest are whole paragraphs added or removed.
 */
export function compareParagraphs(previousText: string, nextText: string): ParagraphChange[] {
  const a = paragraphs(previousText);
  const b = paragraphs(nextText);
  const norm = (p: string) => normalizeForComparison(p);
  const parts = diffArrays(a.map(norm), b.map(norm));
  const out: ParagraphChange[] = [];
  let ia = 0;
  let ib = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.added && !part.removed) {
      ia += part.count;
      ib += part.count;
      continue;
    }
    if (part.removed) {
      const removed = a.slice(ia, ia + part.count);
      ia += part.count;
      const next = parts[i + 1];
      const addedRun = next?.added ? b.slice(ib, ib + next.count) : [];
      if (next?.added) {
        ib += next.count;
        i++;
      }
      const paired = Math.min(removed.length, addedRun.length);
      for (let k = 0; k < paired; k++) out.push(changedParagraph(removed[k], addedRun[k]));
      for (const p of removed.slice(paired)) out.push({ kind: 'removed', before: p, summary: `removed: '${clip(p)}'` });
      for (const p of addedRun.slice(paired)) out.push({ kind: 'added', after: p, summary: `added: '${clip(p)}'` });
      continue;
    }
    for (const p of b.slice(ib, ib + part.count)) out.push({ kind: 'added', after: p, summary: `added: '${clip(p)}'` });
    ib += part.count;
  }
  return out;
}

function changedParagraph(before: string, after: string): ParagraphChange {
  const words: WordPart[] = diffWords(before, after).map((c) =>
    c.added ? { text: c.value, change: 'added' } : c.removed ? { text: c.value, change: 'removed' } : { text: c.value },
  );
  return { kind: 'changed', before, after, words, summary: wordSummary(words) };
}

/**
 * "'15 documents' now reads '11 documents'": each changed run of words with the kept word
 * after it, so the reader sees what a changed figure belongs to.
 */
function wordSummary(words: WordPart[]): string {
  const hunks: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i].change) continue;
    let removed = '';
    let added = '';
    let j = i;
    for (; j < words.length && words[j].change; j++) {
      if (words[j].change === 'removed') removed += words[j].text;
      else added += words[j].text;
    }
    const lead = lastWord(words[i - 1]?.text ?? '');
    const trail = firstWord(words[j]?.text ?? '');
    // The next kept word (or, at the end, the one before) shows what a changed figure counts.
    const wrap = (s: string) => (trail ? `${s.trim()} ${trail}` : `${lead} ${s.trim()}`).replace(/\s+/g, ' ').trim();
    if (removed.trim() && added.trim()) hunks.push(`'${clip(wrap(removed))}' now reads '${clip(wrap(added))}'`);
    else if (added.trim()) hunks.push(`added '${clip(added.trim())}'`);
    else if (removed.trim()) hunks.push(`removed '${clip(removed.trim())}'`);
    i = j - 1;
  }
  return hunks.join('; ') || 'spacing or punctuation changed';
}

function lastWord(text: string): string {
  return /(\S+)\s*$/.exec(text)?.[1] ?? '';
}

function firstWord(text: string): string {
  return /^\s*(\S+)/.exec(text)?.[1] ?? '';
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= QUOTE_MAX ? one : `${one.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}
