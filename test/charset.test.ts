// Body decoding (functions/adapters/http/charset.ts): the order in which a charset is chosen,
// and the fall-back to UTF-8 for a label the decoder does not know.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, decodeBytes, detectCharset } from '../functions/adapters/http/charset.ts';

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

  it('skips a label it does not know and goes on to the next source, as browsers do', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss>${cyrillic}</rss>`;
    for (const contentType of ['text/xml; charset=klingon-8', 'text/xml; charset=iso-2022-kr']) {
      expect(detectCharset(cp1251(xml), contentType)).toBe('windows-1251');
      expect(decodeBody(cp1251(xml), contentType)).toBe(xml);
    }
    expect(decodeBody(utf8('<meta charset="no-such-charset"><p>Tô Lâm</p>'))).toBe('<meta charset="no-such-charset"><p>Tô Lâm</p>');
  });

  it('reads the XML prolog when the bytes are not valid in the header charset', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Tô Lâm à Moscou, réunion très attendue</title></rss>`;
    const bytes = new Uint8Array(iconv.encode(xml, 'latin1'));
    const decoded = decodeBytes(bytes, 'application/rss+xml; charset=utf-8');
    expect(decoded).toMatchObject({ text: xml, charset: 'windows-1252', from: 'document', replaced: 0 });
    expect(decoded.note).toMatch(/not valid utf-8 as the Content-Type says/);
  });

  it('sniffs a feed that declares nothing and is not UTF-8', () => {
    const xml = `<?xml version="1.0"?><rss><title>Tô Lâm à Moscou : la réunion très attendue a eu lieu à l'hôtel, côté français</title></rss>`;
    const decoded = decodeBytes(new Uint8Array(iconv.encode(xml, 'latin1')), 'text/xml');
    expect(decoded).toMatchObject({ text: xml, from: 'sniffed', replaced: 0 });
    const ru = `<?xml version="1.0"?><rss><title>${cyrillic}: переговоры в Ханое прошли успешно, стороны подписали соглашения</title></rss>`;
    expect(decodeBytes(cp1251(ru))).toMatchObject({ text: ru, charset: 'windows-1251', from: 'sniffed' });
  });

  it('decodes UTF-16 without a byte order mark, from the "<?" of its prolog or its NUL bytes', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><rss>${cyrillic}</rss>`;
    expect(decodeBytes(new Uint8Array(iconv.encode(xml, 'utf-16le')))).toMatchObject({ text: xml, charset: 'utf-16le', from: 'bytes' });
    expect(decodeBytes(new Uint8Array(iconv.encode(xml, 'utf-16be')), 'text/xml; charset=utf-8')).toMatchObject({ text: xml, charset: 'utf-16be' });
    const bare = '<rss version="2.0"><channel><title>Tô Lâm</title></channel></rss>';
    expect(decodeBody(new Uint8Array(iconv.encode(bare, 'utf-16be')))).toBe(bare);
  });

  it('decodes UTF-32 in either byte order, with and without a byte order mark', () => {
    const xml = `<?xml version="1.0" encoding="UTF-32"?><rss>${cyrillic} 🇻🇳</rss>`;
    for (const [encoding, charset] of [['utf32le', 'utf-32le'], ['utf32be', 'utf-32be']]) {
      const bare = new Uint8Array(iconv.encode(xml, encoding, { addBOM: false }));
      const withBom = new Uint8Array(iconv.encode(xml, encoding, { addBOM: true }));
      expect(decodeBytes(bare)).toMatchObject({ text: xml, charset, from: 'bytes' });
      expect(decodeBytes(withBom)).toMatchObject({ text: xml, charset, from: 'bom' });
    }
  });

  it('keeps a UTF-8 text with a few malformed bytes as UTF-8, counting the replacement characters', () => {
    const bytes = new Uint8Array([...utf8('Tô Lâm '), 0xff, ...utf8(' Hà Nội')]);
    expect(decodeBytes(bytes, 'text/xml; charset=utf-8')).toMatchObject({ text: 'Tô Lâm \ufffd Hà Nội', charset: 'utf-8', replaced: 1 });
    expect(decodeBody(new Uint8Array([0x61, 0xef, 0xbf, 0xbd, 0x62]))).toBe('a\ufffdb');
  });
});
