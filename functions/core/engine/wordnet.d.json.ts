// The shape of wordnet.json (so the type checker does not read 4 MB of JSON for its type).
declare const wordnet: {
  source: string;
  fields: string[];
  /**
   * lemma → [synonyms, hypernyms, derivations, antonyms] (space-separated word lists), its SemCor
   * frequency, which way it moves an amount ('up', 'down' or ''), its verb class (WordNet's
   * lexicographer file of its most frequent verb sense: 'motion', 'communication', … or '') and
   * its noun class ('group' for a noun naming a body of people). Empty fields at the end are left out.
   */
  words: Record<string, [string, string, string, string, number, string?, string?, string?]>;
};
export = wordnet;
