// One feed item, as rss-parser hands it over, read into plain text: its link, a one-line title,
// its text, its date string. rss-parser passes through whatever xml2js made of an odd field —
// an RSS <link href="…"/> is an object, a repeated element an array — so every field is read
// by shape here; an item that still cannot be read raises ItemError with the reason, and the
// collector skips that item alone.
import { htmlToLine, htmlToText, plainText } from './html-text.ts';

export class ItemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ItemError';
  }
}

/** A parsed item: rss-parser's fields and the custom ones asked for (see pipeline/feed-parser.ts). */
export type RawItem = Record<string, unknown>;

export interface FeedItemText {
  /** The link as written (relative links are resolved by the caller), or undefined. */
  link?: string;
  /** Plain text on one line; '' when the item has none. */
  title: string;
  /** The item's longest body as plain text (paragraphs separated by blank lines). */
  text: string;
  /** The date as written, if any. */
  date?: string;
  /** The item's guid (or Atom id), if any: it changes when a publisher re-issues the item. */
  guid?: string;
}

type XmlNode = { _?: unknown; $?: Record<string, unknown> } & Record<string, unknown>;

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The text of a field: a string as is; an element with attributes (xml2js gives `{_: text,
 * $: attrs}`) its text; a repeated element its first occurrence. Undefined when it has none.
 */
export function fieldText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? fieldText(value[0]) : undefined;
  if (isNode(value) && typeof value._ === 'string') return value._;
  return undefined;
}

function typeOf(value: unknown): string {
  return isNode(value) && isNode(value.$) ? String(value.$.type ?? '').toLowerCase() : '';
}

/** Atom type="text" (its default is HTML-free text, but feeds put HTML there too often to trust). */
function isPlainType(value: unknown): boolean {
  return /^(text|plain)$/.test(typeOf(value));
}

/** An RSS <link>: its text, or the href of <link href="…"/>; an Atom link arrives as a string. */
function linkOf(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const entry of value) {
      const link = linkOf(entry);
      if (link) return link;
    }
    return undefined;
  }
  const text = fieldText(value)?.trim();
  if (text) return text;
  if (isNode(value) && isNode(value.$) && typeof value.$.href === 'string') return value.$.href.trim() || undefined;
  return undefined;
}

/** media:description inside media:group or media:content, or on the item itself. */
function mediaDescriptions(item: RawItem): unknown[] {
  const found: unknown[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 3) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth));
    if (!isNode(node)) return;
    if (node['media:description'] !== undefined) found.push(...[node['media:description']].flat());
    for (const key of ['media:group', 'media:content']) if (node[key] !== undefined) visit(node[key], depth + 1);
  };
  visit({ 'media:description': item.mediaDescription, 'media:group': item.mediaGroup, 'media:content': item.mediaContent }, 0);
  return found;
}

/** Every body the item carries, as plain text. */
function bodies(item: RawItem): string[] {
  const html = [item['content:encoded'], item.content, item.summary, item.contentSnippet === undefined ? item.description : undefined];
  const texts = html.map((value) => {
    const text = fieldText(value);
    if (text === undefined) return '';
    return isPlainType(value) || isPlainType([value].flat()[0]) ? plainText(text) : htmlToText(text);
  });
  for (const description of mediaDescriptions(item)) {
    const text = fieldText(description);
    // Media RSS: plain text unless type="html".
    if (text) texts.push(typeOf(description) === 'html' ? htmlToText(text) : plainText(text));
  }
  const itunes = isNode(item.itunes) ? fieldText(item.itunes.summary) : undefined;
  if (itunes) texts.push(htmlToText(itunes));
  return texts;
}

/** Reads one item; throws ItemError when a field it needs is there but cannot be read as text. */
export function readFeedItem(item: RawItem): FeedItemText {
  const unreadable = item.unreadable;
  if (typeof unreadable === 'string') throw new ItemError(unreadable);

  let link = linkOf(item.link);
  if (!link) {
    const guid = fieldText(item.guid)?.trim();
    if (guid && /^https?:\/\//i.test(guid)) link = guid;
  }
  // A <link> that holds elements rather than a URL: what it points to cannot be told.
  if (!link && [item.link].flat().some((l) => isNode(l) && Object.keys(l).some((k) => k !== '$' && k !== '_'))) {
    throw new ItemError('its <link> holds markup, not a URL');
  }

  const rawTitle = item.title;
  const titleText = fieldText(rawTitle);
  if (rawTitle !== undefined && titleText === undefined && !isNode(rawTitle)) {
    throw new ItemError(`its title is not text (${typeof rawTitle})`);
  }
  // Read as HTML whatever the feed declares: feeds mark escaped markup as text too often, and a
  // title is one line of words either way.
  const title = titleText === undefined ? '' : htmlToLine(titleText);

  const text = bodies(item).reduce((best, t) => (t.length > best.length ? t : best), '');
  const date = [item.pubDate, item.date, item['dc:date']].map(fieldText).find((d) => d?.trim());
  const guid = [item.guid, item.id].map(fieldText).find((g) => g?.trim())?.trim();
  return { ...(link ? { link } : {}), title, text, ...(date ? { date: date.trim() } : {}), ...(guid ? { guid } : {}) };
}
