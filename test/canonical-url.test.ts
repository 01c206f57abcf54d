import { describe, expect, it } from 'vitest';
import { canonicalUrl, UrlError } from '../functions/core/canonical-url.ts';

const story = 'https://news.example.com/world/putin-hanoi-visit';

describe('canonicalUrl', () => {
  it.each([
    ['tracking parameters', `${story}?utm_source=rss&utm_medium=feed&fbclid=abc&gclid=x&mc_cid=1`],
    ['a fragment', `${story}#comments`],
    ['a trailing slash', `${story}/`],
    ['host case and the default port', 'https://NEWS.Example.COM:443/world/putin-hanoi-visit'],
    ['an /amp suffix', `${story}/amp`],
    ['an /amp/ suffix', `${story}/amp/`],
    ['an /amp/ prefix', 'https://news.example.com/amp/world/putin-hanoi-visit'],
    ['?amp=1', `${story}?amp=1`],
    ['?amp', `${story}?amp`],
    ['?outputType=amp', `${story}?outputType=amp`],
    ['an amp. subdomain', 'https://amp.news.example.com/world/putin-hanoi-visit'],
    ['a .amp extension', `${story}.amp`],
    ['the Google AMP cache', 'https://news-example-com.cdn.ampproject.org/c/s/news.example.com/world/putin-hanoi-visit'],
    ['credentials', 'https://user:pw@news.example.com/world/putin-hanoi-visit'],
    ['surrounding whitespace', `  ${story}\n`],
  ])('drops %s', (_what, variant) => {
    expect(canonicalUrl(variant)).toBe(canonicalUrl(story));
  });

  it('keeps parameters that name the story, in a stable order', () => {
    const a = canonicalUrl('https://example.com/article?id=42&page=2&utm_campaign=x');
    const b = canonicalUrl('https://example.com/article?page=2&id=42');
    expect(a).toBe(b);
    expect(new URL(a).searchParams.get('id')).toBe('42');
    expect(canonicalUrl('https://example.com/article?id=43')).not.toBe(a);
  });

  it('keeps path case, the scheme and a non-default port', () => {
    expect(canonicalUrl('http://example.com:8080/News/Story')).toBe('http://example.com:8080/News/Story');
    expect(canonicalUrl('https://example.com/')).toBe('https://example.com/');
  });

  it('does not take words that merely contain "amp" for AMP variants', () => {
    expect(canonicalUrl('https://example.com/camp/champions')).toBe('https://example.com/camp/champions');
    expect(canonicalUrl('https://example.com/x?amp=0')).toBe('https://example.com/x?amp=0');
  });

  it('resolves a relative link against the feed URL', () => {
    expect(canonicalUrl('/world/story/?utm_source=a', 'https://example.com/rss.xml')).toBe('https://example.com/world/story');
  });

  it.each([
    ['', /empty/],
    ['not a url', /not a valid URL/],
    ['file:///etc/passwd', /only http and https/],
    ['javascript:alert(1)', /only http and https/],
    ['ftp://example.com/file', /only http and https/],
  ])('refuses %j with a clear error', (raw, message) => {
    expect(() => canonicalUrl(raw)).toThrow(UrlError);
    expect(() => canonicalUrl(raw)).toThrow(message);
  });
});
