// Where each finding's claim sits in the article text, for highlighting. Offsets are the contract
// (DESIGN.md "Report"); a finding whose offsets do not fit the text is found by its claim text
// instead, and one that still cannot be placed (or overlaps another) is left for the list only.
import type { Finding } from '../types.ts';

export interface PlacedClaim {
  finding: Finding;
  start: number;
  end: number;
}

export function locateClaims(text: string, findings: Finding[]): { placed: PlacedClaim[]; unplaced: Finding[] } {
  const candidates: PlacedClaim[] = [];
  const unplaced: Finding[] = [];
  for (const finding of findings) {
    const range = rangeOf(text, finding);
    if (range) candidates.push({ finding, ...range });
    else unplaced.push(finding);
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: PlacedClaim[] = [];
  for (const claim of candidates) {
    const previous = placed[placed.length - 1];
    if (previous && claim.start < previous.end) unplaced.push(claim.finding);
    else placed.push(claim);
  }
  return { placed, unplaced };
}

function rangeOf(text: string, finding: Finding): { start: number; end: number } | undefined {
  const { start, end, text: claimText } = finding.claim;
  const fits = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
  if (fits) return trimmed(text, start, end);
  const at = claimText ? text.indexOf(claimText) : -1;
  return at >= 0 ? trimmed(text, at, at + claimText.length) : undefined;
}

/** Highlights stop at the words: no leading or trailing blanks or line breaks inside a mark. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : undefined;
}
