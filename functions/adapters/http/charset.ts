// Decoding a fetched body to text: a byte order mark wins, then the charset in the
// Content-Type header, then the XML prolog or an HTML <meta>, then UTF-8.
import iconv from 'iconv-lite';

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function headerCharset(contentType: string | undefined): string | undefined {
  return contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
}

/** `<?xml … encoding="…"?>` or `<meta charset>` / `<meta http-equiv … charset=…>` near the top. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return (
    head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i)?.[1] ??
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1]
  );
}

/** The charset a body is in, as a name iconv-lite knows (UTF-8 when unknown or unsupported). */
export function detectCharset(bytes: Uint8Array, contentType?: string): string {
  const label = byteOrderMark(bytes) ?? headerCharset(contentType) ?? declaredCharset(bytes);
  return label && iconv.encodingExists(label) ? label.toLowerCase() : 'utf-8';
}

/** The body as text, without a byte order mark. */
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  return iconv.decode(Buffer.from(bytes), detectCharset(bytes, contentType), { stripBOM: true });
}
