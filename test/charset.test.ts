// Body decoding (functions/adapters/http/charset.ts): the order in which a charset is chosen,
// and the fall-back to UTF-8 for a label the decoder does not know.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, detectCharset } from '../functions/adapters/http/charset.ts';

const cyrillic = 'Россия и Вьетнам';
const cp1251 = (text: string) => new Uint8Array(iconv.encode(text, 'win1251'));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detectCharset and decodeBody', () => {
  it('reads UTF-8 when nothing says otherwise', () => {
    expect(detectCharset(utf8('Tô Lâm'))).toBe('utf-8');
    expect(decodeBody(utf8('Tô Lâm'))).toBe('Tô Lâm');
  });

  it('takes the charset from the Content-Type header, quoted or not, in any case', () => {
    expect(decodeBody(cp1251(cyrillic), 'text/xml; charset=windows-1251')).toBe(cyrillic);
    expect(decodeBody(cp1251(cyrillic), 'text/html; Charset="CP1251"')).toBe(cyrillic);
  });

  it('takes it from the XML prolog or an HTML <meta> when the header has none', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss>${cyrillic}</rss>`;
    expect(decodeBody(cp1251(xml), 'application/rss+xml')).toBe(xml);
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><p>${cyrillic}</p></html>`;
    expect(decodeBody(cp1251(html), 'text/html')).toBe(html);
    const meta = `<html><head><meta charset="koi8-r"></head><p>${cyrillic}</p></html>`;
    expect(decodeBody(new Uint8Array(iconv.encode(meta, 'koi8-r')))).toBe(meta);
  });

  it('prefers the header to the document, and a byte order mark to both', () => {
    const html = `<meta charset="utf-8"><p>${cyrillic}</p>`;
    expect(decodeBody(cp1251(html), 'text/html; charset=windows-1251')).toBe(html);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(cyrillic)]);
    expect(detectCharset(bom, 'text/html; charset=windows-1251')).toBe('utf-8');
    expect(decodeBody(bom, 'text/html; charset=windows-1251')).toBe(cyrillic);
  });

  it('strips a UTF-16 byte order mark and decodes either byte order', () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(cyrillic, 'utf-16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(cyrillic, 'utf-16be')]);
    expect([detectCharset(le), decodeBody(le)]).toEqual(['utf-16le', cyrillic]);
    expect([detectCharset(be), decodeBody(be)]).toEqual(['utf-16be', cyrillic]);
  });

  it('falls back to UTF-8 for a label it does not know, without trying the next source', () => {
    const html = `<meta charset="windows-1251"><p>Tô Lâm</p>`;
    for (const contentType of ['text/html; charset=klingon-8', 'text/html; charset=iso-2022-kr']) {
      expect(detectCharset(utf8(html), contentType)).toBe('utf-8');
      expect(decodeBody(utf8(html), contentType)).toBe(html);
    }
    expect(decodeBody(utf8('<meta charset="no-such-charset"><p>Tô Lâm</p>'))).toBe('<meta charset="no-such-charset"><p>Tô Lâm</p>');
  });

  it('turns malformed UTF-8 into replacement characters', () => {
    expect(decodeBody(new Uint8Array([0x61, 0xff, 0x62]))).toBe('a\ufffdb');
  });
});
