// Readable article text from an HTML page: Readability finds the article body, then
// html-text.ts turns it into plain text, every word kept, each paragraph-like block its own
// paragraph (the engine splits sentences, and paragraph breaks keep headlines and captions
// from running into the story).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text.ts';

export { htmlToText };

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

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function documentOf(html: string): Document {
  // linkedom needs a full document to give a body; fragments are wrapped.
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as Document;
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
  if (!text) text = htmlToText(html);
  if (!text) throw new PageTextError('the page has no readable text');
  return { title: squeeze(article?.title ?? '') || pageTitle, text };
}
