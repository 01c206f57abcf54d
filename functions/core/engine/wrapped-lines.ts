/**
 * Sentences a page breaks across lines: a subtitle file's cues ("REPORTER: A Vietnamese honour
 * guard" / "marched across Red Square on Friday", then the next cue's number and timecode), a
 * hard-wrapped e-mail or a scanned column. The engine reads a line break as the end of what a
 * line says, so a wrapped sentence is read as two fragments, neither a claim.
 */

/** A subtitle cue's timecode line, "00:00:04,300 --> 00:00:08,100", or its number alone, "12". */
const CUE_MARK = /^\s*(\d{1,5}|\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}.*)\s*$/;

/** A blank line, or a cue's number or timecode. */
const isMarkLine = (line: string) => !line.trim() || CUE_MARK.test(line);

/** A line that ends in a word broken by the typesetter, "al-" before "though" on the next line. */
const BREAKS_A_WORD = /\p{L}-$/u;

/** A line that stops mid-sentence: its last character is a letter, a figure or a comma, or a word broken with a hyphen. */
const STOPS_MID_SENTENCE = new RegExp(`[\\p{L}\\p{N},]\\s*$|${BREAKS_A_WORD.source}`, 'u');

/** A line that opens a sentence: a capital (after an e-mail's quote marks if any), with lower-case words after it, not a heading in capitals. */
const OPENS = /^(\s*>)*\s*["“'‘(]?[\p{Lu}\p{N}].*\p{Ll}/u;

/** A line that goes on with a sentence: it opens in lower case, after an e-mail's quote marks if any. */
const GOES_ON = /^(\s*>)*\s*\p{Ll}/u;

/**
 * A line that cannot end there: it ends on an article, "watched the" / "Victory Day parade", as no
 * sentence, heading or salutation does. The line after goes on with it, capital or not.
 */
const ENDS_ON_ARTICLE = /\b(a|an|the)\s*$/;

/**
 * A line inside a wrapped sentence left open as well: it ends on a comma or on another word no
 * English sentence ends on (a preposition, a conjunction, a possessive), "General Secretary of" /
 * "the Communist Party". (Not the sentence's first line: a salutation, "Dear Olga,", or a
 * subheading, "Where he came from", stands on its own line.)
 */
const LEFT_OPEN = /(,|\b(of|to|in|on|at|by|for|from|with|into|and|or|but|nor|than|as|that|whose|its|their|his|her|our|this|these|those))\s*$/;

/** A line that opens with a capital, after an e-mail's quote marks if any. */
const OPENS_CAPITAL = /^(\s*>)*\s*["“'‘(]?\p{Lu}/u;

/** A note's mark set after a sentence's full stop: a superscript figure or a symbol, "… in 1994.²", "… attacked.*". */
const NOTE_MARK = '[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]*';

/** A line that ends a sentence: a full stop, a question or an exclamation, perhaps in quotes or before a note's mark. */
const ENDS = new RegExp(`[.!?]["”’')]?${NOTE_MARK}\\s*$`);

/** A sentence ending inside a line, the next one opening after it: "Communist Party. Cuong, a career army", "North Korea.¹ Waiting". */
const ENDS_MID_LINE = new RegExp(`[.!?]["”’')]?${NOTE_MARK}\\s+["“'‘(]?\\p{Lu}`, 'u');

/** Most lines one sentence is wrapped over (a sentence of 60 words in a narrow column of six a line). */
const MOST_LINES = 10;

/**
 * The text with each wrapped sentence on one line: a line that opens a sentence and stops
 * mid-way, the lines going on with it (in lower case, or after a line left open or a broken
 * word), up to one that ends it with its full stop; a column wrapped whole, several sentences
 * ending mid-line, is one run.
 * The breaks between them, and any cue number and timecode lines standing between, become
 * spaces; so do an e-mail's quote marks. A word a scanned column breaks with a hyphen, "Min-" /
 * "ister", is made whole again, the spaces its hyphen and break leave going after it. A run of
 * lines that never ends a sentence (a heading over its subtitle, a glossary's entries, an
 * automatic caption's stream) is left as it is. The text keeps its length, so every offset still
 * points at the same words.
 */
export function joinWrappedLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const starts = [0];
  for (const line of lines) starts.push(starts.at(-1)! + line.length + 1);
  const marks = lines.map(isMarkLine);
  // which lines are a subtitle cue's text: the lines after a timecode, up to a blank line or the next mark
  const inCues: boolean[] = [];
  let afterTimecode = false;
  lines.forEach((line, k) => {
    inCues.push(afterTimecode && !marks[k]);
    if (marks[k]) afterTimecode = line.includes('-->');
  });
  // (a subtitle file breaks its sentences anywhere, after a colon or before a capital, within a cue
  // or across one: a cue's line not ending a sentence goes on, "a candidate:" / "on Sunday it was
  // admitted", "Brunei. US" / "President Trump", "Pham Minh" / "Chinh")
  const cueBreaksSentence = (k: number) => inCues[k] && !ENDS.test(lines[k]);
  // (not a full stop before a note's mark, "… in 1994.²": the mark is a figure, but the sentence has ended)
  const stopsMidSentence = (k: number) => (STOPS_MID_SENTENCE.test(lines[k]) && !ENDS.test(lines[k])) || cueBreaksSentence(k);
  /** The next line of text after line k: the one after, or past a cue's number and timecode (a blank line alone ends a paragraph). */
  const nextText = (k: number, midSentence: boolean) => {
    let next = k + 1;
    let crossedCue = false;
    for (; next < lines.length && marks[next]; next++) if (CUE_MARK.test(lines[next])) crossedCue = true;
    const leftOpen = BREAKS_A_WORD.test(lines[k]) || ENDS_ON_ARTICLE.test(lines[k]) || (midSentence && LEFT_OPEN.test(lines[k]));
    const goesOn = GOES_ON.test(lines[next] ?? '') || ((leftOpen || cueBreaksSentence(k)) && OPENS_CAPITAL.test(lines[next] ?? ''));
    return next < lines.length && (next === k + 1 || crossedCue) && goesOn ? next : -1;
  };
  let out: string[] | undefined; // (the text's characters, taken apart only once a sentence is found wrapped)
  for (let i = 0; i < lines.length; i++) {
    if (!OPENS.test(lines[i]) || CUE_MARK.test(lines[i]) || !stopsMidSentence(i)) continue;
    const chain = [i];
    // (a paragraph wrapped whole holds several sentences: the count starts again where one ends mid-line)
    let sentenceLines = 1;
    while (sentenceLines < MOST_LINES && stopsMidSentence(chain.at(-1)!)) {
      const next = nextText(chain.at(-1)!, chain.length > 1);
      if (next < 0) break;
      chain.push(next);
      sentenceLines = ENDS_MID_LINE.test(lines[next]) ? 1 : sentenceLines + 1;
    }
    // (a run that stops short of a full stop is joined up to its last line ending a sentence mid-way)
    if (!ENDS.test(lines[chain.at(-1)!])) chain.splice(chain.findLastIndex((k, n) => n > 0 && ENDS_MID_LINE.test(lines[k])) + 1);
    if (chain.length < 2) continue;
    const last = chain.at(-1)!;
    out ??= text.split('');
    for (let n = 1; n < chain.length; n++) {
      // the breaks and the cue's marks before the line become spaces, and so do its quote marks
      const marks = /^(\s*>)*/.exec(lines[chain[n]])![0].length;
      const breakAt = starts[chain[n - 1] + 1] - 1;
      const goesOn = starts[chain[n]] + marks;
      out.fill(' ', breakAt, goesOn);
      if (BREAKS_A_WORD.test(lines[chain[n - 1]])) rejoinWord(out, breakAt - 1, goesOn);
    }
    i = last;
  }
  return out ? out.join('') : text;
}

/** Moves the rest of a broken word, at `rest`, back over its hyphen at `hyphen`; the spaces go after it. */
function rejoinWord(chars: string[], hyphen: number, rest: number) {
  const length = /^\p{L}*/u.exec(chars.slice(rest, rest + 40).join(''))![0].length;
  const word = chars.slice(rest, rest + length);
  chars.fill(' ', hyphen, rest + length);
  chars.splice(hyphen, length, ...word);
}
