// Small HTML helpers shared by the review page and the index page. Pure: strings in, strings out.
import type { Label } from '../types.ts';

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The URL when it is http(s), else undefined: `javascript:` and friends never become links. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link for http(s) URLs; anything else is shown as plain text. */
export function linkOrText(url: string, text = url): string {
  const href = safeHttpUrl(url);
  if (!href) return `<span class="url">${escapeHtml(text)}</span>`;
  return `<a class="url" href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

/** Words and an icon for each label, so colour is never the only signal. */
export const LABELS: Record<Label, { icon: string; word: string; meaning: string }> = {
  contradiction: { icon: '⚠', word: 'contradiction', meaning: 'conflicts with the baseline (another number, date, office holder, outcome or a negation)' },
  new: { icon: '✚', word: 'new', meaning: 'a claim the baseline does not make' },
  known: { icon: '✓', word: 'known', meaning: 'the baseline already says this' },
  repeated: { icon: '↻', word: 'repeated', meaning: 'earlier coverage already made this claim and it alerted then (see the claims ledger): no alert' },
};

export const LABEL_ORDER: Label[] = ['contradiction', 'new', 'repeated', 'known'];

/** Forbids every script, plugin, frame, form and remote load; only the inline stylesheet applies. */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The document shell both pages share. */
export function page(title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${BASE_CSS}${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Colours and type shared by both pages; one palette per label. */
const BASE_CSS = `
:root { --ink: #1d232a; --muted: #5b6570; --line: #d8dde3; --paper: #fff;
  --new: #8a5a00; --new-bg: #fff1c7; --contradiction: #a4161a; --contradiction-bg: #ffd9d6;
  --known: #2b6a3f; --known-bg: #e1f3e6; --repeated: #4a4f8c; --repeated-bg: #e8e9f7; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: anywhere; word-break: normal; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: .25rem 0 .5rem; }
h2 { font-size: 1.1rem; margin: 1.75rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
a { color: #0b57a4; }
.muted, .meta { color: var(--muted); font-size: .9rem; }
.badge { display: inline-block; padding: 0 .45em; border-radius: .3em; font-size: .78rem; font-weight: 700;
  line-height: 1.5; white-space: nowrap; border: 1px solid currentColor; }
.badge.new { color: var(--new); background: var(--new-bg); }
.badge.contradiction { color: var(--contradiction); background: var(--contradiction-bg); }
.badge.known { color: var(--known); background: var(--known-bg); }
.badge.repeated { color: var(--repeated); background: var(--repeated-bg); }
@media print {
  body { font-size: 11pt; }
  .wrap { max-width: none; padding: 0; }
  a { color: inherit; }
  .badge, mark.claim { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
