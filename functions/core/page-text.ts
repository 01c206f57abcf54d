// Readable article text from an HTML page: Readability finds the article body, then each
// paragraph-like block becomes one paragraph of plain text (the engine splits sentences, and
// paragraph breaks keep headlines and captions from running into the story).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export class PageTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageTextError';
  }
}

export interface PageText {
  title: string;
  text: string;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th';
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button';

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain text of an element: one paragraph per innermost block, script and style left out. */
function blockText(root: Element): string {
  root.querySelectorAll(NEVER_TEXT).forEach((el) => el.remove());
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const paragraphs = (blocks.length ? blocks : [root]).map((el) => squeeze(el.textContent ?? '')).filter(Boolean);
  return paragraphs.join('\n\n');
}

function documentOf(html: string): Document {
  // linkedom needs a full document to give a body; fragments are wrapped.
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as Document;
}

/** Plain text of an HTML fragment, e.g. a feed item's content:encoded. */
export function htmlToText(html: string): string {
  const doc = documentOf(html);
  return doc.body ? blockText(doc.body) : squeeze(html.replace(/<[^>]*>/g, ' '));
}

function assertLooksLikeHtml(html: string): void {
  if (!html.trim()) throw new PageTextError('the page is empty');
  if (html.includes('\u0000') || (html.match(/\uFFFD/g)?.length ?? 0) > 16) {
    throw new PageTextError('the page is binary data, not HTML');
  }
  if (!/<(html|head|body|p|div|article|main|section|h[1-6]|title)[\s>]/i.test(html)) {
    throw new PageTextError(`the page is not HTML (starts with ${JSON.stringify(html.trim().slice(0, 40))})`);
  }
}

/**
 * The article's title and text from a whole HTML page. Throws PageTextError for an empty
 * page, something that is not HTML, or a page without readable text.
 */
export function extractPageText(html: string): PageText {
  assertLooksLikeHtml(html);
  const doc = documentOf(html);
  const pageTitle = squeeze(doc.querySelector('title')?.textContent ?? '');
  const article = new Readability(documentOf(html), { charThreshold: 200 }).parse();
  let text = article?.content ? htmlToText(article.content) : '';
  if (!text && doc.body) text = blockText(doc.body);
  if (!text) throw new PageTextError('the page has no readable text');
  return { title: squeeze(article?.title ?? '') || pageTitle, text };
}
