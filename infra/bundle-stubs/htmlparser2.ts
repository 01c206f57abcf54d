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

// html-to-text (core/html-text.ts) reads a document with parseDocument: the same three lines as
// htmlparser2's own, over its Parser and its domhandler (importing it from the package index
// would bring DomUtils, dom-serializer and a second copy of entities: about 80 kB).
import { DomHandler, type DomHandlerOptions } from '../../node_modules/htmlparser2/node_modules/domhandler/lib/esm/index.js';
import { Parser as HtmlParser, type ParserOptions } from '../../node_modules/htmlparser2/dist/esm/Parser.js';

export function parseDocument(data: string, options?: ParserOptions & DomHandlerOptions) {
  const handler = new DomHandler(undefined, options);
  new HtmlParser(handler, options).end(data);
  return handler.root;
}
