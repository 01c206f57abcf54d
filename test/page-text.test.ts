import { describe, expect, it } from 'vitest';
import { extractPageText, htmlToText, PageTextError } from '../functions/core/page-text.ts';

const paragraphs = [
  'Russian President Vladimir Putin arrived in Hanoi on June 19, 2024 for a two-day state visit, his first since 2017.',
  'The two sides signed 11 documents covering energy, education and science, officials said after the talks.',
  'Trade between Russia and Vietnam reached 3.6 billion dollars last year, according to customs figures.',
];

function page(body: string, head = '<title>Putin in Hanoi | Example News</title>'): string {
  return `<!doctype html><html><head>${head}</head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
    <article><h1>Putin in Hanoi</h1>${body}</article>
    <footer><p>© 2024 Example News. Sign up for our newsletter.</p></footer>
  </body></html>`;
}

describe('extractPageText', () => {
  it('returns the article paragraphs as separate paragraphs, without navigation or footer', () => {
    const { title, text } = extractPageText(page(paragraphs.map((p) => `<p>${p}</p>`).join('\n')));
    expect(title).toContain('Putin in Hanoi');
    for (const p of paragraphs) expect(text).toContain(p);
    expect(text.split('\n\n')).toEqual(expect.arrayContaining(paragraphs));
    expect(text).not.toContain('newsletter');
    expect(text).not.toContain('Home');
  });

  it('never lets script or style content into the text', () => {
    const html = page(
      `<p>${paragraphs[0]} <script>document.title="owned";alert(1)</script></p><style>p{color:red}</style><p>${paragraphs[1]}</p><p>${paragraphs[2]}</p>`,
      '<title>x</title><script>var tracker = 1;</script>',
    );
    const { text } = extractPageText(html);
    expect(text).toContain(paragraphs[0]);
    expect(text).not.toMatch(/alert|owned|tracker|color:red/);
  });

  it('keeps the text of a short page that Readability finds too thin', () => {
    const { text } = extractPageText('<html><body><p>Russia and Vietnam signed a deal.</p></body></html>');
    expect(text).toBe('Russia and Vietnam signed a deal.');
  });

  it('decodes entities and squeezes whitespace', () => {
    const { text } = extractPageText(page('<p>Tô&nbsp;Lâm   met\n\n Putin &amp; Lavrov.</p>'));
    expect(text).toContain('Tô Lâm met Putin & Lavrov.');
  });

  it.each([
    ['an empty page', '', /empty/],
    ['a blank page', '   \n  ', /empty/],
    ['JSON', '{"title": "not a page"}', /not HTML/],
    ['plain text', 'Russia and Vietnam signed a deal.', /not HTML/],
    ['binary data', '\u0000\u0001PNG\u0000\u0000', /binary/],
    ['a page without text', '<html><body><script>x()</script><img src="a.png"></body></html>', /no readable text/],
  ])('refuses %s with a clear PageTextError', (_what, html, message) => {
    expect(() => extractPageText(html)).toThrow(PageTextError);
    expect(() => extractPageText(html)).toThrow(message);
  });
});

describe('htmlToText', () => {
  it('turns a feed item body into paragraphs', () => {
    expect(htmlToText('<p>One <b>two</b></p><p>three</p>')).toBe('One two\n\nthree');
    expect(htmlToText('plain words, no tags')).toBe('plain words, no tags');
  });
});
