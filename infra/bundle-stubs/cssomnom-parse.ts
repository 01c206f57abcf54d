// Bundling stub for `cssomnom/parse`, swapped in by the esbuild alias in infra/bundle-aliases.ts.
// linkedom imports cssomnom's CSS parser (about 200 kB minified, a fifth of the collect
// Lambda) for one thing only: the lazy `HTMLStyleElement.sheet` getter. Neither Readability
// nor functions/core/page-text.ts reads a style sheet (style elements are dropped as text), so
// the parser is dead weight in the Lambdas. Should anything start reading `.sheet`, it fails
// loudly here rather than getting a silently empty sheet. Tests and the CLI use the real package.
export function parse(): never {
  throw new Error('CSS parsing is stubbed out of the Lambda bundles (infra/bundle-stubs/cssomnom-parse.ts)');
}
