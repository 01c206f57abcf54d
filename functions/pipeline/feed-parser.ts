// rss-parser, set up to read what real feeds send:
// - a root <rss> without a version is read as RSS 2 (`defaultRSS: 2`);
// - media:group / media:content / media:description are kept (video and podcast feeds carry
//   their text there);
// - one odd item never fails the feed: rss-parser builds items one by one, and an item it
//   throws on (an Atom <link> without attributes, a date it cannot read) becomes an item
//   marked `unreadable` with the reason; Atom dates are kept as written (rss-parser's own
//   `new Date(…).toISOString()` throws on "Seg, 24 Set 2018" and fails the whole feed), and read
//   by core/feed-date.ts like RSS dates;
// - text fields holding markup as XML elements rather than escaped text (Atom type="xhtml",
//   a <title> with a raw <sup>) are turned into escaped text before parsing: xml2js would
//   otherwise split their text from their child elements and lose the word order.
import Parser from 'rss-parser';
import type { RawItem } from '../core/feed-item.ts';

export interface ParsedFeed {
  items: RawItem[];
  /** The feed's <language> (RSS) or xml:lang (Atom), a hint for reading dates. */
  language?: string;
}

const TEXT_ELEMENTS = 'title|subtitle|summary|content|description|content:encoded|media:description|media:title';
/**
 * An opening tag (not self-closing) of a text element, its content up to its closing tag, where
 * the content holds no opening tag of the same name: each search stops at the next one, so a
 * hostile document (thousands of nested or unclosed titles) costs one pass, not one per tag.
 * Attributes hold no "<" in XML, which also bounds the scan of an unclosed tag.
 */
const TEXT_ELEMENT = new RegExp(`<(${TEXT_ELEMENTS})((?:\\s[^<>]*[^/<>])?)>((?:(?!<\\1[\\s>])[\\s\\S])*?)</\\1\\s*>`, 'g');

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const OPENING = new RegExp(`<(?:${TEXT_ELEMENTS})(?:\\s[^<>]*[^/<>])?>`, 'g');
const CLOSING = new RegExp(`</(?:${TEXT_ELEMENTS})\\s*>`, 'g');

/** Child elements inside text elements, as escaped text (their markup kept in document order). */
export function escapeMarkupInTextElements(xml: string): string {
  // Only where every text element is closed (a malformed document is left to the parser to refuse).
  if ((xml.match(OPENING)?.length ?? 0) !== (xml.match(CLOSING)?.length ?? 0)) return xml;
  return xml.replace(TEXT_ELEMENT, (whole, name: string, attributes: string, inner: string) => {
    if (!/<[A-Za-z]/.test(inner.replace(CDATA, ''))) return whole; // text, or all in CDATA
    // The element's HTML source: its markup as written, CDATA sections by their content.
    return `<${name}${attributes}>${escapeXml(inner.replace(CDATA, '$1'))}</${name}>`;
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type ItemBuilder = (this: Parser, ...args: unknown[]) => RawItem;
interface ParserInternals {
  parseItemRss: ItemBuilder;
  parseItemAtom: ItemBuilder;
}

function textOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as { _?: unknown })._ === 'string') return (first as { _: string })._;
  return undefined;
}

function createParser(): Parser<Record<string, unknown>, RawItem> {
  const parser = new Parser<Record<string, unknown>, RawItem>({
    defaultRSS: 2,
    customFields: {
      item: [
        ['media:group', 'mediaGroup', { keepArray: true }],
        ['media:content', 'mediaContent', { keepArray: true }],
        ['media:description', 'mediaDescription', { keepArray: true }],
      ],
    },
  });
  const internals = parser as unknown as ParserInternals;
  const rss = internals.parseItemRss;
  const atom = internals.parseItemAtom;

  internals.parseItemRss = function (this: Parser, ...args: unknown[]) {
    try {
      return rss.apply(this, args);
    } catch (error) {
      return { unreadable: `rss-parser could not read it: ${errorMessage(error)}` };
    }
  };
  internals.parseItemAtom = function (this: Parser, ...args: unknown[]) {
    const entry = { ...(args[0] as Record<string, unknown>) };
    const published = textOf(entry.published) ?? textOf(entry.updated);
    delete entry.published;
    delete entry.updated;
    // <link>https://…</link>: rss-parser expects attributes on every Atom link.
    if (Array.isArray(entry.link)) {
      entry.link = entry.link.map((link: unknown) => (typeof link === 'string' ? { $: { href: link } } : link && typeof link === 'object' && !('$' in link) ? { $: { href: textOf(link) } } : link));
    }
    try {
      const item = atom.call(this, entry);
      return published ? { ...item, pubDate: published } : item;
    } catch (error) {
      return { unreadable: `rss-parser could not read it: ${errorMessage(error)}` };
    }
  };
  return parser;
}

const parser = createParser();

/** The feed's items; throws when the document is not a feed rss-parser can read. */
export async function parseFeedDocument(body: string): Promise<ParsedFeed> {
  if (!body.trim()) throw new Error('the feed is empty');
  let feed: Parser.Output<RawItem> & { language?: string };
  try {
    feed = (await parser.parseString(escapeMarkupInTextElements(body))) as typeof feed;
  } catch (error) {
    throw new Error(`not a readable RSS or Atom feed: ${errorMessage(error).split('\n')[0]}`);
  }
  const language = typeof feed.language === 'string' ? feed.language : /<feed\b[^>]*\bxml:lang\s*=\s*["']([\w-]+)/.exec(body.slice(0, 4096))?.[1];
  return { items: (feed.items ?? []) as RawItem[], ...(language ? { language } : {}) };
}
