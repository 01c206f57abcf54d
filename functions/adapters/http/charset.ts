// Decoding a fetched body to text: a byte order mark wins, then the charset in the
// Content-Type header, then the XML prolog or an HTML <meta>, then UTF-8.
// Node's WHATWG TextDecoder (full ICU) does the decoding, with the labels browsers accept.

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
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return (
    head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i)?.[1] ??
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1]
  );
}

/**
 * A decoder for the body's charset; UTF-8 when no charset is given or the label is unknown
 * (TextDecoder throws a RangeError for labels it does not support, and for the labels of the
 * WHATWG "replacement" encoding such as iso-2022-kr). It strips a byte order mark.
 */
function decoderFor(bytes: Uint8Array, contentType: string | undefined): TextDecoder {
  const label = byteOrderMark(bytes) ?? headerCharset(contentType) ?? declaredCharset(bytes);
  if (label) {
    try {
      return new TextDecoder(label);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return new TextDecoder('utf-8');
}

/** The charset a body is in, as the WHATWG encoding name (UTF-8 when unknown or unsupported). */
export function detectCharset(bytes: Uint8Array, contentType?: string): string {
  return decoderFor(bytes, contentType).encoding;
}

/** The body as text, without a byte order mark; malformed bytes become U+FFFD. */
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  return decoderFor(bytes, contentType).decode(bytes);
}
