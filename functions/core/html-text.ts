// HTML to plain text with html-to-text (htmlparser2 underneath): every text node is kept in
// document order — inline text between blocks too — and block elements and <br> end lines,
// so no two words are glued together. Paragraph-like blocks are separated by a blank line
// (the engine splits sentences on newlines: headlines and captions stay apart from the story).
import { compile } from 'html-to-text';
// (text escaped once too often still holds markup after one pass)
import { MARKUP } from './markup-pattern.ts';

/** Elements whose content is never article text. */
const NEVER_TEXT = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'button', 'img', 'video', 'audio', 'select', 'textarea'];
/** Containers that are one line each (no decoration such as list bullets or "> " quote marks). */
const LINE_BLOCKS = ['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'figure', 'figcaption', 'hr', 'address'];

const toText = compile({
  wordwrap: false,
  preserveNewlines: false,
  decodeEntities: true,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, format: 'paragraph' })),
    { selector: 'blockquote', format: 'paragraph' },
    ...LINE_BLOCKS.map((selector) => ({ selector, format: 'block' })),
    ...NEVER_TEXT.map((selector) => ({ selector, format: 'skip' })),
  ],
});

/** Blank-line paragraphs, lines trimmed, runs of spaces (and NBSPs) squeezed to one. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Plain text of an HTML fragment (a feed item's description, Readability's article). Text
 * that was HTML-escaped twice still reads as markup after one pass; it gets one more.
 */
export function htmlToText(html: string): string {
  let text = tidy(toText(html));
  if (MARKUP.test(text)) text = tidy(toText(text));
  return text;
}

/** A one-line plain-text title: tags dropped, entities decoded, whitespace squeezed. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim();
}

/** Plain text that is not HTML (e.g. a media:description of type plain): line breaks kept. */
export function plainText(text: string): string {
  return tidy(text.replace(/\r\n?/g, '\n'));
}
