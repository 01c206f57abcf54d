// Page furniture: the parts of a collected page that carry no claim — cookie notices,
// newsletter pitches, "Read more" teasers, bylines, weather and date strips, navigation,
// copyright lines, photo credits. They never become findings.

const FURNITURE: RegExp[] = [
  /\bcookies?\b.*\b(use|site|brows|accept|consent|preferences|privacy|experience|personalis|personaliz)/i,
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
  /^\s*by [\p{Lu}][\p{L}.'-]+( [\p{Lu}][\p{L}.'-]+){0,3}\s*(\||$|\d|,)/iu,
  /\bsource site\b/i,
  /\bindependent coverage of\b|\bsubscribe for full access\b/i,
];

/** True for a sentence that is page furniture rather than reporting. */
export function isFurniture(sentence: string, lineText: string): boolean {
  if (FURNITURE.some((re) => re.test(sentence))) return true;
  // Navigation and date strips: short lines cut up by vertical bars.
  const words = lineText.split(/\s+/).filter(Boolean).length;
  if (/\s\|\s/.test(lineText) && words <= 14) return true;
  return false;
}
