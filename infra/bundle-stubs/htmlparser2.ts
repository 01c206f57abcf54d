// Bundling shim for `htmlparser2` (esbuild alias, infra/bundle-aliases.ts): the Parser class
// alone. linkedom, its only user, needs nothing else, but reads it by destructuring a
// namespace import (`import * as HTMLParser2 from 'htmlparser2'; const {Parser} = HTMLParser2`),
// which esbuild cannot tree-shake: the package's whole index would come along, with DomUtils,
// the feed reader, and second copies of domhandler, dom-serializer and entities (about 95 kB
// of the collect Lambda). The relative path bypasses the alias (which would send this import
// back here) and the package's exports map (no subpath for Parser.js); the build fails if
// npm ever moves the package. Should linkedom read more from htmlparser2, export it here:
// test/bundles.test.ts runs the bundled page reader.
export { Parser } from '../../node_modules/htmlparser2/dist/esm/Parser.js';
