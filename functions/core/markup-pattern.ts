// Shared by the collector's HTML reader and the engine's, and kept apart from both so that the
// collector's bundle does not carry the engine's entity decoder.

/**
 * Markup a plain text would not hold: a comment, a <br>, or a closing tag of a common element
 * (an opening tag alone may be a story about HTML: "use the <p> tag").
 */
export const MARKUP = /<!--|<br\s*\/?>|<\/(?:p|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|table|tr|td|blockquote|sup|sub|figure|section|article)>/i;
