import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../functions/core/profile.ts';
import { headlineNamesProfile, mentionsProfile } from '../functions/core/relevance-prefilter.ts';

const profile = parseProfile(JSON.parse(readFileSync(new URL('../profiles/russia-vietnam.json', import.meta.url), 'utf8')));

const small = parseProfile({
  id: 'small',
  name: 'Small',
  relevance: { requireGroups: [['alpha'], ['beta', 'gamma']] },
  entities: [
    { name: 'Russia', group: 'alpha', kind: 'country', aliases: ['Kremlin'] },
    { name: 'United Nations', group: 'beta', kind: 'organisation', aliases: ['UN'] },
    { name: 'Laos', group: 'gamma', kind: 'country', aliases: ['Lao'] },
  ],
});

describe('mentionsProfile', () => {
  it.each([
    ['Putin arrives in Hanoi for talks with To Lam', true],
    ['Russia and Viet Nam sign 11 documents', true],
    ["Kremlin welcomes ASEAN's stance on trade", true],
    ['Moscow and Việt Nam deepen energy ties', true],
    ['Russian-Vietnamese oil venture expands', true],
    ['Russia launches new satellite', false],
    ['Vietnam exports record rice harvest', false],
    ['Football: local derby ends in draw', false],
    ['', false],
  ])('%j → %s with the Russia–Vietnam profile', (text, expected) => {
    expect(mentionsProfile(text, profile)).toBe(expected);
  });

  it('requires every requireGroups entry, any group of an entry being enough', () => {
    expect(mentionsProfile('Russia at the United Nations', small)).toBe(true);
    expect(mentionsProfile('Russia and Laos', small)).toBe(true);
    expect(mentionsProfile('The United Nations and Laos', small)).toBe(false);
  });

  it('a headline naming one side of the relation is enough: the engine decides whether the story changes a baseline fact', () => {
    expect(headlineNamesProfile("Vietnam's parliament elects army general as state president", profile)).toBe(true);
    expect(headlineNamesProfile('Timor-Leste becomes the 11th member of ASEAN', profile)).toBe(true);
    expect(headlineNamesProfile('Football: local derby ends in draw', profile)).toBe(false);
    expect(headlineNamesProfile('The United Nations and Laosville', small)).toBe(true);
    expect(headlineNamesProfile('Laosville fair opens', small)).toBe(false);
  });

  it('matches whole words only', () => {
    expect(mentionsProfile('Russia and Laosville', small)).toBe(false);
    expect(mentionsProfile('Russians and Laos', small)).toBe(false);
    expect(mentionsProfile('The Kremlin spoke of Lao trade', small)).toBe(true);
    expect(mentionsProfile('The Kremlin spoke of Laotrade', small)).toBe(false);
  });

  it('matches short all-caps aliases case-sensitively and names case-insensitively', () => {
    expect(mentionsProfile('Russia speaks at the UN', small)).toBe(true);
    expect(mentionsProfile('Russia was un-moved', small)).toBe(false);
    expect(mentionsProfile('Russia and the Un delegation', small)).toBe(false);
    expect(mentionsProfile('RUSSIA AND THE UNITED NATIONS', small)).toBe(true);
  });

  it('matches multi-word names across line breaks and repeated spaces', () => {
    expect(mentionsProfile('Russia at the United\n  Nations', small)).toBe(true);
  });

  it('is fast enough for a 10 000-item feed', () => {
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) mentionsProfile(`Item ${i}: markets close higher on tech gains in Europe`, profile);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
