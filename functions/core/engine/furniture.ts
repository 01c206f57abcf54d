// Page furniture: the parts of a collected page that carry no claim — cookie notices,
// newsletter pitches, "Read more" teasers, bylines, weather and date strips, navigation,
// copyright lines, photo credits. They never become findings.

const FURNITURE: RegExp[] = [
  /\bcookies?\b.*\b(use|site|brows|accept|consent|preferences|privacy|experience|personalis|personaliz|store|device)/i,
  /\b(we|our|this (site|website)|you|by continuing)\b.*\bcookies?\b/i,
  /\b(we value your privacy|manage (options|preferences|cookies)|accept all)\b/i,
  /\b(sign up|subscribe|subscription|newsletter|briefing delivered|in your inbox|delivered to your inbox|daily digest|weekly digest)\b/i,
  /^\s*(read more|related|more articles|latest articles|latest news|must read|advertisement|- advertisement -|sponsored|share this|follow us|to watch on video|leave a reply|please enter|trending|recommended|popular|most read|see also|also read|watch)\b/i,
  /\b(all rights reserved|copyright ©|© ?\d{4}|\(c\) ?\d{4})/i,
  /^\s*(\(c\)|©)/i,
  /-?\d+(\.\d+)?\s?°\s?[CF]\b/,
  /\bfollow (us|our)\b|\blive (blog|coverage)\b|\bstay tuned\b/i,
  /\bthis (article|story) (was|has been) (updated|corrected|amended)\b/i,
  /\b(click here|tap here|download (our|the) app)\b/i,
  /^\s*(photo|image|picture|video|graphic|illustration)( by|:|\s*credit)/i,
  /^\s*(source|sources|editing by|reporting by|writing by|additional reporting)\b[: ]/i,
  // bylines: "By Vu Anh | June 20" — names are capitalised, so "By signing the treaty, …" is not one
  /^\s*(By|BY) \p{Lu}[\p{L}.'-]+( \p{Lu}[\p{L}.'-]+){0,3}\s*(\||$|\d|,)/u,
  /\bsource site\b/i,
  /\b\d+\s*min(ute)?s? read\b/i,
  // datelines: "HANOI, June 20 (Reuters) -", a place, a date and an agency in brackets, nothing else
  /^\s*[\p{Lu}][\p{Lu} .'-]+,\s*[\p{L}]+\.? \d{1,2}(, \d{4})?\s*\([^)]+\)\s*[-–—·]?\s*$/u,
  /\bindependent coverage of\b|\bsubscribe for full access\b/i,
];

/** A line that starts the teaser block under an article: nothing after it is the article's. */
const TAIL_MARKERS = /^\s*(related( (articles|stories|news|posts))?|read more|more articles|more stories|latest articles|latest news|you may also like|more from [\p{L} ]+|recommended( for you)?|see also|most read|trending now|tags?:?)\s*:?\s*$/iu;

/** Where the article body ends: the first teaser-block heading line, or the end of the text. */
export function bodyEnd(text: string): number {
  let offset = 0;
  for (const line of text.split('\n')) {
    if (offset > 0 && TAIL_MARKERS.test(line)) return offset;
    offset += line.length + 1;
  }
  return text.length;
}

/** Sentences mostly in another language than English (a Vietnamese-language footer, say). */
export function isForeign(sentence: string): boolean {
  if (/^[\x00-\x7f]*$/.test(sentence)) return false; // plain ASCII has no accented word
  const words = sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  const marked = words.filter((w) => /[\u0300-\u036f\u00C0-\u024F\u1E00-\u1EFF]/u.test(w.normalize('NFC')) && !/^\p{Lu}/u.test(w));
  return marked.length / words.length > 0.3;
}

/** True for a sentence that is page furniture rather than reporting. */
export function isFurniture(sentence: string, lineText: string): boolean {
  if (FURNITURE.some((re) => re.test(sentence))) return true;
  // Navigation and date strips: short lines cut up by vertical bars.
  const words = lineText.split(/\s+/).filter(Boolean).length;
  if (/\s\|\s/.test(lineText) && words <= 14) return true;
  return false;
}
