// Modules the Lambda bundles replace with a smaller stand-in (esbuild `alias`), import path →
// file relative to the repository root (esbuild resolves an alias from its working directory, which
// is the project root for the stack's local bundling and for bench/bundle-bench.ts). Each stand-in
// says why it is safe. Used by infra/stack.ts (`--alias` esbuild args) and the bundle bench.
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  'cssomnom/parse': './infra/bundle-stubs/cssomnom-parse.ts',
  htmlparser2: './infra/bundle-stubs/htmlparser2.ts',
  // html-to-text pins dom-serializer 2 (with entities 4, about 80 kB of tables) next to the
  // dom-serializer 3 that domutils already brings: one copy, same `render` API. html-to-text
  // only renders HTML in formatters core/html-text.ts does not use.
  'dom-serializer': './node_modules/dom-serializer/dist/index.js',
  semver: './infra/bundle-stubs/semver.ts',
};
