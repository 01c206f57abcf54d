// Where the entity matcher sees a name: an alias no letter or digit touches, with "'s" after it
// or not. The matcher checks those boundaries in code (a regex per alias with Unicode classes was
// slow to compile); it must find exactly what the pattern (?<![\p{L}\p{N}])alias(?:'s|’s)?(?![\p{L}\p{N}])
// finds, case-insensitively except for short all-capital aliases.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entityMatcher } from '../functions/core/engine/entities.ts';
import { parseProfile } from '../functions/core/profile.ts';

const profile = parseProfile(JSON.parse(readFileSync(fileURLToPath(new URL('../profiles/russia-vietnam.json', import.meta.url)), 'utf8')));
const matcher = entityMatcher(profile);
const spans = (text: string) => matcher.find(text).map((e) => [e.id, text.slice(e.start, e.end)]);

/** What the boundary pattern finds for one alias, as the reference. */
function byPattern(alias: string, caseless: boolean, text: string): string[] {
  const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:'s|’s)?(?![\\p{L}\\p{N}])`, caseless ? 'giu' : 'gu');
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

describe('entity names and their boundaries', () => {
  it('takes a possessive with the name, in either apostrophe and case', () => {
    expect(spans("Russia's exports")).toEqual([['russia', "Russia's"]]);
    expect(spans('RUSSIA’S EXPORTS')).toEqual([['russia', 'RUSSIA’S']]);
    // "'sx" is no possessive: the name ends before the apostrophe
    expect(spans("Russia'sx")).toEqual([['russia', 'Russia']]);
  });

  it('sees no name inside a word or next to a digit, also a letter outside the BMP', () => {
    for (const text of ['xRussia', 'Russia1', '2Russia', 'éRussia', 'Russiaé', '𝐀Russia', 'Russia𝐀', "Russia's𝐀x"]) {
      expect(spans(text).filter(([id]) => id === 'russia').map(([, s]) => s), text).toEqual(byPattern('Russia', true, text));
    }
    expect(spans('xRussia')).toEqual([]);
    expect(spans('Russia𝐀')).toEqual([]);
  });

  it('matches a short all-capital alias only as written', () => {
    expect(spans('ASEAN leaders met.')).toEqual([['asean', 'ASEAN']]);
    expect(spans('asean leaders met.')).toEqual([]);
    expect(spans('ASEANs met.')).toEqual([]);
  });

  it('finds each name between punctuation, and the next one after a name that failed', () => {
    expect(spans('Russia-Vietnam talks (Hanoi/Moscow).')).toEqual([
      ['russia', 'Russia'],
      ['vietnam', 'Vietnam'],
      ['vietnam', 'Hanoi'],
      ['russia', 'Moscow'],
    ]);
    const text = "xRussia Russia Russia'sRussia";
    expect(spans(text).map(([, s]) => s)).toEqual(byPattern('Russia', true, text));
  });
});
