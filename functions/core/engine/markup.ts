/**
 * Text that still holds HTML: a feed's summary sent as plain text, a page saved as its source,
 * a CMS that escaped its markup once too often. Read raw, its tags glue a headline to the story
 * ("… BRICS summit</h2>") and its entities cut words apart ("Russia&#8217;s", "&ldquo;a great
 * friend&rdquo;"), so no sentence of it reads as English. A draft's tracked changes are read
 * as the text now stands.
 */
import { decodeHTMLStrict } from 'entities';
import { MARKUP } from '../markup-pattern.ts';

/** Elements that stand on lines of their own, as a browser lays them out. */
const BLOCKS = new Set('p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr td th table thead tbody tfoot caption blockquote section article header footer nav aside main figure figcaption pre hr address'.split(' '));
/** Elements that sit inside a line. */
const INLINES = new Set('span a b i u s em strong small big font sup sub abbr cite q mark time label code img wbr'.split(' '));

/** A comment, or an opening or closing tag with its element's name. */
const TAG = /<!--[\s\S]*?-->|<\/?([a-z][a-z0-9]*)\b[^<>]*>/gi;
/** A character reference, named or numbered: "&amp;", "&#8217;", "&#x2019;". */
const ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/** Something other than spaces stands before `at` on its line. */
function textBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && text[k] !== '\n'; k--) if (!/\s/.test(text[k])) return true;
  return false;
}

/** Something other than spaces stands after `at` on its line. */
function textAfter(text: string, at: number): boolean {
  for (let k = at; k < text.length && text[k] !== '\n'; k++) if (!/\s/.test(text[k])) return true;
  return false;
}

/**
 * The text as a browser would show it, each character kept at its offset so every finding still
 * points at the page as it stands: a tag becomes spaces (a block's tag between words also ends
 * the line), a word holding character references is written decoded, the characters it saves
 * going as spaces after it ("Russia’s" and six spaces), and tracked changes and a wiki page's
 * source are read through.
 */
export function readThroughMarkup(text: string): string {
  // references first: markup escaped once too often ("&lt;/p&gt;&lt;p&gt;The two sides") is markup once decoded
  const decoded = ENTITY.test(text) ? text.replace(/\S+/g, decodeWord) : text;
  const edited = readThroughWikitext(readThroughEdits(decoded));
  if (!MARKUP.test(edited)) return edited;
  return edited.replace(TAG, (tag: string, name: string | undefined, at: number) => {
    const element = name?.toLowerCase();
    if (element && !BLOCKS.has(element) && !INLINES.has(element)) return tag; // not HTML: "<Hanoi>" in a quiz
    const between = element && BLOCKS.has(element) && textBefore(edited, at) && textAfter(edited, at + tag.length);
    return between ? `${' '.repeat(tag.length - 1)}\n` : tag.replace(/[^\n]/g, ' ');
  });
}

/** A word with its references decoded (twice, for text escaped twice: "bloc&amp;rsquo;s"), padded with spaces to its length. */
function decodeWord(word: string): string {
  if (!ENTITY.test(word)) return word;
  let decoded = decodeHTMLStrict(word);
  if (ENTITY.test(decoded)) decoded = decodeHTMLStrict(decoded);
  decoded = decoded.replace(/[\s\u00a0]/g, ' ');
  return decoded.length <= word.length ? decoded.padEnd(word.length, ' ') : word;
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * Text struck out in an edit, as a draft with tracked changes shows it: "[deleted: …]" and
 * "[inserted: …]", CriticMarkup's "{--…--}", "{++…++}" and "{~~old~>new~~}", HTML's <del> and <s>.
 * What was deleted is no longer said; what was inserted is, so the text reads as it now stands.
 */
function readThroughEdits(text: string): string {
  if (!/\[(deleted|inserted):|\{(--|\+\+|~~)|<(del|s|strike)\b/i.test(text)) return text;
  return text
    .replace(/\[deleted:[^\]]*\]|\{--[\s\S]*?--\}|<(del|s|strike)\b[^>]*>[\s\S]*?<\/\1>/gi, blank)
    .replace(/(\[inserted:\s*)([^\]]*)(\])|(\{\+\+)([\s\S]*?)(\+\+\})|(\{~~[\s\S]*?~>)([\s\S]*?)(~~\})/gi, (...m: string[]) => {
      const [open, kept, close] = m[1] !== undefined ? m.slice(1, 4) : m[4] !== undefined ? m.slice(4, 7) : m.slice(7, 10);
      return blank(open) + kept + blank(close);
    });
}

/** A wiki link, "[[To Lam]]" or "[[President of Vietnam|State President]]", and the quote runs that make bold and italics. */
const WIKI_MARKUP = /\[\[(?:[^[\]\n]*\|)?([^[\]\n]*)\]\]|'{2,5}(?=[^\s'])|(?<=[^\s'])'{2,5}/g;

/**
 * A wiki page's source (MediaWiki's wikitext) as the page reads: a link is the words it shows,
 * its last part ("General Secretary [[To Lam]]" is "General Secretary To Lam"; an image,
 * "[[File:…|thumb|caption]]", its caption), and bold and italic marks go.
 */
function readThroughWikitext(text: string): string {
  if (!/\[\[[^[\]\n]+\]\]/.test(text)) return text;
  return text.replace(WIKI_MARKUP, (markup: string, shown: string | undefined) =>
    shown === undefined ? blank(markup) : blank(markup.slice(0, markup.length - shown.length - 2)) + shown + '  ',
  );
}
