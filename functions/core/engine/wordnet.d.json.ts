// The shape of wordnet.json (so the type checker does not read 4 MB of JSON for its type).
declare const wordnet: {
  source: string;
  fields: string[];
  /**
   * lemma → [synonyms, hypernyms, derivations, antonyms] (space-separated word lists), its SemCor
   * frequency, which way it moves an amount ('up', 'down' or ''), and its verb class (WordNet's
   * lexicographer file of its most frequent verb sense: 'motion', 'communication', … or '').
   */
  words: Record<string, [string, string, string, string, number, string, string]>;
};
export = wordnet;
