// Feed fixtures written for the project (test/fixtures/feeds/*.feeds): one file per class of
// real-world trouble, holding several variant documents, each after a header line
//   <!-- variant: NAME | content-type: TYPE | encoding: ENC -->
// `encoding` is how the served bytes are made (iconv-lite names; "+bom" adds a byte order
// mark; default utf-8). In a body, {{origin}} is the loopback server's origin and {{byte:FF}}
// a raw byte written as is (bytes that are invalid in the document's charset).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { serve, type TestServer } from './hostile-server.ts';

export interface FeedVariant {
  name: string;
  contentType: string;
  encoding: string;
  body: string;
}

const HEADER = /^<!-- variant: (.+?) -->\n/gm;

export function loadFeedFixture(file: string): FeedVariant[] {
  const text = readFileSync(fileURLToPath(new URL(`../fixtures/feeds/${file}`, import.meta.url)), 'utf8');
  const headers = [...text.matchAll(HEADER)];
  if (!headers.length) throw new Error(`${file}: no "<!-- variant: … -->" header`);
  return headers.map((match, i) => {
    const fields = Object.fromEntries(
      match[1].split('|').map((part, j) => (j === 0 ? ['name', part.trim()] : part.split(/:\s*/, 2).map((s) => s.trim()))),
    ) as Record<string, string>;
    const start = match.index! + match[0].length;
    const end = i + 1 < headers.length ? headers[i + 1].index! : text.length;
    return {
      name: fields.name,
      contentType: fields['content-type'] ?? 'application/rss+xml; charset=utf-8',
      encoding: fields.encoding ?? 'utf-8',
      body: text.slice(start, end).replace(/\n+$/, '\n'),
    };
  });
}

/** The variant's bytes as served, with {{origin}} filled in. */
export function variantBytes(variant: FeedVariant, origin: string): Buffer {
  const [encoding, bom] = variant.encoding.split('+');
  const parts = variant.body.replaceAll('{{origin}}', origin).split(/\{\{byte:([0-9A-Fa-f]{2})\}\}/);
  return Buffer.concat(
    parts.map((part, i) => (i % 2 ? Buffer.from([parseInt(part, 16)]) : iconv.encode(part, encoding, { addBOM: i === 0 && bom === 'bom' }))),
  );
}

/** Serves every variant of a fixture file at /<prefix>/<variant>.xml; returns their paths by name. */
export function serveFixture(server: TestServer, file: string, prefix: string): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const variant of loadFeedFixture(file)) {
    const at = `/${prefix}/${variant.name}.xml`;
    server.route(at, serve(variantBytes(variant, server.origin), variant.contentType));
    paths[variant.name] = at;
  }
  return paths;
}
