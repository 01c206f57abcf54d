// Decoding a fetched body to text, deciding the charset as browsers and feed readers do:
//   1. a byte order mark (UTF-8, UTF-16 and UTF-32, either byte order) wins;
//   2. UTF-16/UTF-32 without a mark, seen in the bytes ("<?" as 16- or 32-bit units, XML 1.0
//      appendix F; or text whose every other byte is NUL);
//   3. the Content-Type header's charset, when the bytes are valid in it;
//   4. else the XML prolog's encoding or the HTML <meta> charset, when the bytes are valid in it;
//   5. else UTF-8 when the bytes are valid UTF-8 (or mostly: a UTF-8 text with a few bad bytes);
//   6. else a sniff of the bytes (chardet), and windows-1252 as the last resort.
// So an ISO-8859-1 feed served as "charset=utf-8" is read by its prolog, and an undeclared one
// by the sniff. Node's WHATWG TextDecoder (full ICU) decodes, with the labels browsers accept;
// UTF-32, which TextDecoder does not know, is decoded here (iconv-lite would do it, but costs
// the collect Lambda half a megabyte for this one fixed-width encoding).
import chardet from 'chardet';

export type CharsetSource = 'bom' | 'bytes' | 'header' | 'document' | 'default' | 'sniffed';

export interface DecodedBody {
  text: string;
  /** The encoding used, as its WHATWG name ('utf-32le'/'utf-32be' for UTF-32). */
  charset: string;
  from: CharsetSource;
  /** U+FFFD replacement characters in the text: bytes that could not be decoded (or were sent as U+FFFD). */
  replaced: number;
  /** Why the declared charset was not used, when it was not. */
  note?: string;
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 or UTF-32 without a byte order mark, told by where the NUL bytes are. */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return 'utf-16be';
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return 'utf-16le';
  // No "<?": count NULs at even and odd offsets of the first bytes (ASCII-range text in UTF-16).
  const n = Math.min(bytes.length, 1024) & ~3;
  if (n < 8) return undefined;
  const at = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) at[i % 4]++;
  const quarter = n / 4;
  if (at[1] > 0.9 * quarter && at[2] > 0.9 * quarter && at[3] > 0.9 * quarter) return 'utf-32le';
  if (at[0] > 0.9 * quarter && at[1] > 0.9 * quarter && at[2] > 0.9 * quarter) return 'utf-32be';
  if (at[1] + at[3] > 0.8 * 2 * quarter && at[0] + at[2] < 0.1 * 2 * quarter) return 'utf-16le';
  if (at[0] + at[2] > 0.8 * 2 * quarter && at[1] + at[3] < 0.1 * 2 * quarter) return 'utf-16be';
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
 * The WHATWG name for a label, or undefined for a label TextDecoder does not support (and for
 * the "replacement" encoding's labels such as iso-2022-kr, which decode nothing).
 */
function encodingOf(label: string): string | undefined {
  const lower = label.trim().toLowerCase();
  if (/^(utf-?32|ucs-?4)(le)?$/.test(lower)) return 'utf-32le';
  if (/^(utf-?32|ucs-?4)be$/.test(lower)) return 'utf-32be';
  try {
    return new TextDecoder(lower).encoding;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** UTF-32: each code point in four bytes; one that is not a Unicode scalar value becomes U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = 0;
  if (bytes.length >= 4 && view.getUint32(0, littleEndian) === 0xfeff) start = 4; // the BOM
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = start; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    chunk.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (bytes.length % 4) chunk.push(0xfffd); // a truncated last character
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** The text, or undefined when the bytes are not valid in the encoding (with `strict`). */
function decodeAs(bytes: Uint8Array, encoding: string, strict: boolean): string | undefined {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    const text = decodeUtf32(bytes, encoding === 'utf-32le');
    return strict && text.includes('\ufffd') ? undefined : text;
  }
  try {
    return new TextDecoder(encoding, { fatal: strict }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

/** True when the bytes hold more well-formed UTF-8 multi-byte characters than malformed bytes. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 1) {
      i++;
      continue;
    }
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += length;
    } else {
      bad++;
      i++;
    }
  }
  return good > bad;
}

function countReplaced(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function result(text: string, charset: string, from: CharsetSource, note?: string): DecodedBody {
  return { text, charset, from, replaced: countReplaced(text), ...(note ? { note } : {}) };
}

/** The body as text (without a byte order mark), and how its charset was decided. */
export function decodeBytes(bytes: Uint8Array, contentType?: string): DecodedBody {
  const bom = byteOrderMark(bytes);
  if (bom) return result(decodeAs(bytes, bom, false)!, bom, 'bom');
  const wide = wideEncoding(bytes);
  if (wide) return result(decodeAs(bytes, wide, false)!, wide, 'bytes');

  const notes: string[] = [];
  const declaredBy = new Map<string, CharsetSource>();
  const headerLabel = headerCharset(contentType);
  const documentLabel = declaredCharset(bytes);
  for (const [from, label] of [['header', headerLabel], ['document', documentLabel]] as const) {
    if (!label) continue;
    let encoding = encodingOf(label);
    // A prolog readable as ASCII is not in UTF-16 or UTF-32, whatever it says (browsers agree).
    if (from === 'document' && encoding && /^utf-(16|32)/.test(encoding)) encoding = 'utf-8';
    if (!encoding) {
      notes.push(`unknown charset "${label.slice(0, 40)}" (${from === 'header' ? 'Content-Type' : 'in the document'})`);
      continue;
    }
    if (declaredBy.has(encoding)) continue; // header and document agree: tried once
    declaredBy.set(encoding, from);
    const text = decodeAs(bytes, encoding, true);
    if (text !== undefined) return result(text, encoding, from, notes.join('; ') || undefined);
    notes.push(`the bytes are not valid ${encoding} as ${from === 'header' ? 'the Content-Type says' : 'the document declares'}`);
  }

  const utf8 = decodeAs(bytes, 'utf-8', true);
  if (utf8 !== undefined) return result(utf8, 'utf-8', 'default', notes.join('; ') || undefined);
  if (mostlyUtf8(bytes)) {
    // A UTF-8 text damaged here and there: its good characters are kept, the bad bytes replaced.
    const from = declaredBy.get('utf-8');
    const note = from ? `UTF-8 as ${from === 'header' ? 'the Content-Type says' : 'the document declares'}, with malformed bytes` : [...notes, 'UTF-8 with malformed bytes'].join('; ');
    return result(decodeAs(bytes, 'utf-8', false)!, 'utf-8', from ?? 'default', note);
  }
  // Not UTF-8 and nothing declared fits: the sniffer's best guess that decodes cleanly.
  for (const match of chardet.analyse(bytes)) {
    const encoding = encodingOf(match.name);
    if (!encoding || encoding === 'utf-8') continue;
    const text = decodeAs(bytes, encoding, true);
    if (text !== undefined) return result(text, encoding, 'sniffed', [...notes, `read as ${encoding} by its bytes`].join('; '));
  }
  return result(decodeAs(bytes, 'windows-1252', false)!, 'windows-1252', 'sniffed', [...notes, 'read as windows-1252, the last resort'].join('; '));
}

/** The charset a body is in, as the WHATWG encoding name. */
export function detectCharset(bytes: Uint8Array, contentType?: string): string {
  return decodeBytes(bytes, contentType).charset;
}

/** The body as text, without a byte order mark; bytes that cannot be decoded become U+FFFD. */
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  return decodeBytes(bytes, contentType).text;
}
