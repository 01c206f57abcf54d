// Multi-word phrases ("prime minister", "no longer") found at a token: a sentence's words are
// tried only against the phrases that begin with that word, not against every phrase.

/**
 * A finder for `items`, each a phrase of lower-case words: given a sentence's lower-case
 * words and a position, the first item (in the given order) whose words start there.
 */
export function phraseFinder<T>(items: readonly T[], wordsOf: (item: T) => readonly string[]): (lowers: readonly string[], at: number) => T | undefined {
  const byFirstWord = new Map<string, T[]>();
  for (const item of items) {
    const first = wordsOf(item)[0];
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), item]);
  }
  return (lowers, at) => byFirstWord.get(lowers[at])?.find((item) => wordsOf(item).every((w, k) => lowers[at + k] === w));
}
