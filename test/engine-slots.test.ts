// Unit tests of the claim engine's slot extractors, on short sentences written for the tests:
// what a careful analyst reads in each sentence (how many, when, who holds which office, what
// is denied, which place, what is page furniture).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { entityMatcher, type EntityMatcher } from '../functions/core/engine/entities.ts';
import { sentenceFeatures, type Features } from '../functions/core/engine/features.ts';
import { isForeign, isFurniture, isFurnitureLine, outsideBody } from '../functions/core/engine/furniture.ts';
import { readSentences } from '../functions/core/engine/nlp.ts';
import { extractDates, extractNegation, extractTimeAnchors, type Quantity, type TimeAnchor } from '../functions/core/engine/slots.ts';
import { parseProfile } from '../functions/core/profile.ts';
import { hoursSinceEpoch, timeOfDay } from '../functions/core/engine/time-of-day.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
let matcher: EntityMatcher;

beforeAll(() => {
  const profile = parseProfile(JSON.parse(readFileSync(path.join(repo, 'profiles', 'russia-vietnam.json'), 'utf8')));
  matcher = entityMatcher(profile);
});

/** The features of a one-sentence text. */
function read(sentence: string): Features {
  const sentences = readSentences(sentence);
  expect(sentences).toHaveLength(1);
  return sentenceFeatures(sentences[0], matcher);
}

const tokensOf = (sentence: string) => readSentences(sentence)[0].tokens;
const contains = (q: Quantity, value: number) => q.low <= value && value <= q.high;

/** The one quantity a sentence states. */
function onlyQuantity(sentence: string): Quantity {
  const { quantities } = read(sentence);
  expect(quantities, sentence).toHaveLength(1);
  return quantities[0];
}

describe('quantities: numbers with hedges and units, as intervals', () => {
  it('"something like twenty memos" is a rough twenty, of the agreement class', () => {
    const q = onlyQuantity('The two sides signed something like twenty memos in Hanoi.');
    expect(q.low).toBeLessThan(20);
    expect(q.high).toBeGreaterThan(20);
    expect(q.low).toBeGreaterThan(11);
    expect(q.unit).toBe(onlyQuantity('The two sides signed 11 memorandums in Hanoi.').unit);
  });

  it('"around a dozen agreements" is an interval that contains 11', () => {
    const q = onlyQuantity('Russia and Vietnam signed around a dozen agreements in Hanoi.');
    expect(contains(q, 11)).toBe(true);
    expect(contains(q, 12)).toBe(true);
    expect(contains(q, 20)).toBe(false);
  });

  it('"nearly two dozen agreements" excludes 11 and stays at or below 24', () => {
    const q = onlyQuantity('Russia and Vietnam signed nearly two dozen agreements in Hanoi.');
    expect(contains(q, 11)).toBe(false);
    expect(contains(q, 22)).toBe(true);
    expect(q.high).toBeLessThanOrEqual(24);
  });

  it('"more than 80 percent" is a share above 80 and short of the next round figure, 90', () => {
    const q = onlyQuantity('More than 80 percent of Vietnam’s weapons come from Russia.');
    expect(q.unit).toBe('percent');
    expect(q.low).toBeGreaterThanOrEqual(80);
    expect(contains(q, 85)).toBe(true);
    expect(contains(q, 90)).toBe(false);
    expect(contains(q, 70)).toBe(false);
    // (a figure with no round tens says less: "more than 25" may well be 30)
    expect(contains(onlyQuantity('More than 25 percent of Vietnam’s weapons come from Russia.'), 30)).toBe(true);
  });

  it('"per cent" and "%" are the same unit as "percent"', () => {
    expect(onlyQuantity('Trade with Russia rose 20 per cent last year.').unit).toBe('percent');
    expect(onlyQuantity('Trade with Russia rose 20% last year.').unit).toBe('percent');
  });

  it('an exact figure is a point, and its unit is the counted noun', () => {
    const q = onlyQuantity('The two presidents signed 11 memorandums on cooperation.');
    expect([q.low, q.high]).toEqual([11, 11]);
    expect(q.ordinal).toBe(false);
  });

  it('memorandums, documents and agreements are one unit, so 15 documents and 11 memorandums are comparable', () => {
    const eleven = onlyQuantity('The two presidents signed 11 memorandums on cooperation.');
    const fifteen = onlyQuantity('The two presidents signed 15 documents on cooperation.');
    const dozen = onlyQuantity('The leaders signed around a dozen agreements.');
    expect(fifteen.unit).toBe(eleven.unit);
    expect(dozen.unit).toBe(eleven.unit);
    expect(contains(fifteen, 11)).toBe(false);
  });

  it('adjectives and nouns between the number and the counted noun keep the unit ("11 new cooperation documents")', () => {
    const q = onlyQuantity('The leaders signed 11 new cooperation documents in Hanoi.');
    expect(q.unit).toBe(onlyQuantity('They signed 11 agreements.').unit);
    expect(contains(q, 11)).toBe(true);
  });

  it('"three decades since the treaty" is an anniversary of 30', () => {
    const q = onlyQuantity('The visit came three decades since the friendship treaty was signed.');
    expect(q.unit).toBe('anniversary');
    expect([q.low, q.high]).toEqual([30, 30]);
  });

  it('"thirty years after they signed the treaty" is an anniversary, not a span of something else', () => {
    expect(onlyQuantity('The summit came thirty years after the two sides signed their treaty.')).toMatchObject({ unit: 'anniversary', low: 30, high: 30 });
  });

  it('"75 years of diplomatic relations" is an anniversary of 75', () => {
    const q = onlyQuantity('Next year the countries mark 75 years of diplomatic relations.');
    expect(q.unit).toBe('anniversary');
    expect([q.low, q.high]).toEqual([75, 75]);
  });

  it('"second and final stop" is the ordinal 2, comparable with "third stop"', () => {
    const second = onlyQuantity('Hanoi was the second and final stop of the tour.');
    const third = onlyQuantity('Hanoi was the third stop of the tour.');
    expect(second.ordinal).toBe(true);
    expect([second.low, second.high]).toEqual([2, 2]);
    expect(third.unit).toBe(second.unit);
    expect(third.low).toBe(3);
  });

  it('"sixty-ninth" is the ordinal 69, "thirty-two" the count 32', () => {
    const ordinal = onlyQuantity('The sixty-ninth session of the assembly opened in Hanoi.');
    expect([ordinal.low, ordinal.ordinal]).toEqual([69, true]);
    expect(onlyQuantity('Officials signed thirty-two contracts in Hanoi.').low).toBe(32);
  });

  it('a section number or a time stamp opening a sentence ("2.3 The talks …", "09:15 — …") is the outline, no figure', () => {
    for (const sentence of ['2.3 Ministers signed 4 agreements in Hanoi.', '09:15 — Ministers signed 4 agreements in Hanoi.', '00:02:31 HOST: Ministers signed 4 agreements in Hanoi.']) {
      const f = read(sentence);
      expect(f.quantities.map((q) => q.low), sentence).toEqual([4]);
      expect(f.tokenKeys[0], sentence).toBeUndefined();
    }
    // a stamp's time zone is no name either
    expect(read('09:15 ICT — Ministers signed 4 agreements in Hanoi.').tokenKeys.slice(0, 2)).toEqual([undefined, undefined]);
  });

  it('a lettered section number ("C.2 …") opening a sentence is the outline too; a letter spaced off a number is not', () => {
    const f = read('C.2 Ministers signed 4 agreements in Hanoi.');
    expect(f.quantities.map((q) => q.low)).toEqual([4]);
    expect(f.tokenKeys.slice(0, 2)).toEqual([undefined, undefined]);
    expect(read('Group B. 12 ministers signed agreements in Hanoi.').quantities.map((q) => q.low)).toEqual([12]);
  });

  it('"the two countries" is a reference to who, not a count', () => {
    expect(read('The two countries signed a treaty on friendship.').quantities).toEqual([]);
    expect(read('The two sides agreed to meet again.').quantities).toEqual([]);
  });

  it('years and days of the month are dates, not quantities', () => {
    expect(read('Russia and Vietnam signed the friendship treaty in 2001.').quantities).toEqual([]);
    expect(read('Putin arrived in Hanoi on 19 June 2024.').quantities).toEqual([]);
    expect(read('Putin visited Hanoi on June 19-20.').quantities).toEqual([]);
  });

  it('a year-sized number with a unit is a quantity ("2,000 tonnes")', () => {
    const q = onlyQuantity('Vietnam bought 2,000 tonnes of fertiliser from Russia.');
    expect([q.low, q.high]).toEqual([2000, 2000]);
  });
});

describe('dates', () => {
  const onlyDate = (sentence: string) => {
    const dates = extractDates(tokensOf(sentence));
    expect(dates, sentence).toHaveLength(1);
    return dates[0];
  };

  it.each([
    ['Putin visited Hanoi on 19-20 June.', [19, 20]],
    ['Putin visited Hanoi on June 19-20.', [19, 20]],
    ['Putin visited Hanoi on 20 and 21 June.', [20, 21]],
    ['Putin visited Hanoi on 19 June.', [19]],
    // an ordinal day "of" the month
    ['Putin was in Hanoi over the 20th and 21st of June.', [20, 21]],
    ['Putin visited Hanoi on the twentieth of June.', [20]],
  ])('%s → days %j of June', (sentence, days) => {
    const d = onlyDate(sentence);
    expect(d.days).toEqual(days);
    expect(d.month).toBe(6);
  });

  it('"Tuesday, 18 June" keeps the weekday with the day', () => {
    const d = onlyDate('Putin arrived in Hanoi on Tuesday, 18 June.');
    expect(d.days).toEqual([18]);
    expect(d.month).toBe(6);
    expect(d.weekdays).toEqual(['tuesday']);
  });

  it('"8 to 10 September" is every day of the range', () => {
    const d = onlyDate('The forum runs from 8 to 10 September in Vladivostok.');
    expect(d.days).toEqual([8, 9, 10]);
    expect(d.month).toBe(9);
  });

  it('a month\'s abbreviation beside a day or a year is the month ("(Jun 20)", "20 Sept. 2024"); one alone, or in lower case, is not', () => {
    expect(onlyDate('Leaders met on Thursday (Jun 20) in Hanoi.')).toMatchObject({ days: [20], month: 6 });
    expect(onlyDate('The talks were held on 20 Sept. 2024 in Moscow.')).toMatchObject({ days: [20], month: 9, year: 2024 });
    expect(onlyDate('Ships docked in Oct 2025 at Cam Ranh.')).toMatchObject({ month: 10, year: 2025 });
    expect(extractDates(tokensOf('Jan Novak met the minister in Hanoi.'))).toEqual([]);
    expect(extractDates(tokensOf('The mar of 20 years was felt.'))).toEqual([]);
  });

  it('"in May 2025" is a month with its year; "may" the verb is no date', () => {
    const d = onlyDate('The ministers met in May 2025.');
    expect(d).toMatchObject({ month: 5, year: 2025, days: [] });
    expect(extractDates(tokensOf('The ministers may meet again in Moscow.'))).toEqual([]);
    expect(extractDates(tokensOf('May the talks succeed, Putin said.'))).toEqual([]);
    // (a number of things "of" a month is no day: "the first of the June talks", "20 of June's flights")
    expect(onlyDate('The first of the June talks was in Hanoi.').days).toEqual([]);
    expect(onlyDate('Vietnam cancelled 20 of June\'s flights.').days).toEqual([]);
  });

  it.each([
    ['Putin visited Ha Noi on 20/6.', { days: [20], month: 6 }],
    ['Putin visited Ha Noi on 19 and 20/6.', { days: [19, 20], month: 6 }],
    ['Putin visited Ha Noi on 20/06/2024.', { days: [20], month: 6, year: 2024 }],
    ['Putin visited Hanoi on 6/20/24.', { days: [20], month: 6, year: 2024 }],
  ])('a date in figures, "%s", is read day first, or month first when the second figure is a day', (sentence, date) => {
    expect(onlyDate(sentence)).toMatchObject(date);
  });

  it('a decade said alone is a date of its first year: "in the 1920s", "the mid-1940s"', () => {
    expect(onlyDate('Ho Chi Minh first went to Moscow in the 1920s.')).toMatchObject({ decade: 1920, days: [] });
    expect(onlyDate('Ties deepened by the mid-1940s.')).toMatchObject({ decade: 1940 });
  });

  it('figures that could be either day or month, and "24/7", are no date', () => {
    expect(extractDates(tokensOf('Putin visited Hanoi on 5/6.'))).toEqual([]);
    expect(extractDates(tokensOf('The embassy hotline runs 24/7.'))).toEqual([]);
  });

  it('a weekday on its own is a date with no day of the month', () => {
    const d = onlyDate('Putin left Pyongyang on Wednesday.');
    expect(d).toMatchObject({ days: [], weekdays: ['wednesday'] });
  });
});

describe('time anchors: when a sentence says it happened', () => {
  const published = new Date('2025-06-10T08:00:00Z');
  // (what is said of the time; where it stands in the sentence is tested with anniversaries)
  const withoutPlace = (found: TimeAnchor[]) => found.map(({ at: _at, ...anchor }) => anchor);
  const anchors = (sentence: string) => withoutPlace(extractTimeAnchors(tokensOf(sentence), published));

  it('"June last year" is June of the year before publication', () => {
    expect(anchors('Putin visited Hanoi in June last year.')).toContainEqual({ year: 2024, month: 6, told: true });
    // (said with "of": "in July of last year", "in March of this year")
    expect(anchors('The talks took place in July of last year.')).toContainEqual({ year: 2024, month: 7, told: true });
    expect(anchors('The plant was approved in March of this year.')).toContainEqual({ year: 2025, month: 3, told: true });
  });

  it('"a year ago", "two years ago" are years counted back from publication', () => {
    expect(anchors('A year ago the leaders met in Hanoi.')).toEqual([{ year: 2024, told: true }]);
    expect(anchors('The plant was shelved two years ago.')).toEqual([{ year: 2023, told: true }]);
    // (a span of years before something else is no time: "years of talks ago" reads nothing)
    expect(anchors('The talks took years.')).toEqual([]);
    // (an opening "Years ago" counts no years, and reading it throws nothing)
    expect(anchors('Years ago, Hanoi planned two nuclear plants with Russian help.')).toEqual([]);
  });

  it('"last October" is the most recent October before publication', () => {
    expect(anchors('The ministers met in Moscow last October.')).toEqual([{ year: 2024, month: 10, told: true }]);
  });

  it('"in May" without a year is this year\'s May when published in June, a year inferred, not told', () => {
    expect(anchors('The ministers met in May.')).toEqual([{ year: 2025, month: 5, told: false }]);
  });

  it('a month without a year is in the year the paragraph tells of, when one is given', () => {
    expect(withoutPlace(extractTimeAnchors(tokensOf('The ministers met in May.'), published, 2019))).toEqual([{ year: 2019, month: 5, told: false }]);
  });

  it('a stated year anchors the sentence', () => {
    expect(anchors('Russia and Vietnam signed a treaty in 2001.')).toEqual([{ year: 2001, told: true }]);
  });

  it('spans and lists of years are background, not the time of the claim', () => {
    expect(anchors('Trade has grown since 2012.')).toEqual([]);
    // (the year of an event a span runs from is that span's start too)
    expect(anchors('It was the first visit by a Russian premier since the forum in Sochi in 2019.')).toEqual([]);
    expect(anchors('Putin visited Vietnam in 2001, 2006 and 2013.')).toEqual([]);
  });
});

describe('negation scope', () => {
  /** The words a sentence's negation covers. */
  const negated = (sentence: string) => {
    const tokens = tokensOf(sentence);
    return [...extractNegation(tokens).tokens].sort((a, b) => a - b).map((i) => tokens[i].lower);
  };

  it('"did not hold talks" negates holding the talks', () => {
    expect(negated('The leaders did not hold talks on defence.')).toEqual(expect.arrayContaining(['hold', 'talks']));
  });

  it('a phrasal denial with an adverb after its verb negates what follows: "stopped just short of", "steered well clear of"', () => {
    expect(negated('Hanoi stopped just short of endorsing the invasion.')).toEqual(expect.arrayContaining(['endorsing', 'invasion']));
    expect(negated('The communique steered well clear of the arms trade.')).toEqual(expect.arrayContaining(['arms', 'trade']));
    expect(negated('Hanoi quickly stopped the project.')).toEqual([]);
  });

  it('a denial ends before the time it was denied at: "at the close of the talks", "during the trip"', () => {
    const words = negated('The sides did not put out a joint statement at the close of the talks.');
    expect(words).toEqual(expect.arrayContaining(['put', 'joint', 'statement']));
    expect(words).not.toContain('talks');
    expect(negated('Putin did not lay a wreath during his trip.')).not.toContain('trip');
  });

  it('"no longer" negates what follows', () => {
    expect(negated('Vietnam no longer buys Russian weapons.')).toEqual(expect.arrayContaining(['buys', 'weapons']));
  });

  it('"none of" negates the rest of the clause', () => {
    expect(negated('None of the agreements covers arms.')).toEqual(expect.arrayContaining(['agreements', 'covers', 'arms']));
  });

  it('the scope ends at the clause: "but" starts an affirmed clause', () => {
    const words = negated('Putin did not sign a pact, but he praised Vietnam for its stance.');
    expect(words).toContain('sign');
    expect(words).not.toContain('praised');
  });

  it('verbs of not doing negate in every form: "avoid", "refusing to", "fails to", "stops short of"', () => {
    expect(negated('Hanoi tries to avoid taking sides in the rivalry.')).toEqual(expect.arrayContaining(['taking', 'sides']));
    expect(negated('Vietnam is refusing to join any bloc.')).toEqual(expect.arrayContaining(['join', 'bloc']));
    expect(negated('The statement stops short of naming the war.')).toEqual(expect.arrayContaining(['naming', 'war']));
  });

  it('"no to" rejects what follows', () => {
    expect(negated('Hanoi says no to foreign military bases on its soil.')).toEqual(expect.arrayContaining(['foreign', 'military', 'bases']));
  });

  it('"no" opening a subject with a passive or perfect verb denies the clause; "no" elsewhere does not', () => {
    expect(negated('No gas deal was concluded during the talks.')).toEqual(expect.arrayContaining(['gas', 'deal', 'concluded']));
    expect(negated('Officials said that no contract has been finalised yet.')).toEqual(expect.arrayContaining(['contract', 'finalised']));
    expect(negated('The bloc leaves no room for outside powers.')).toEqual([]);
    expect(negated('No wonder the talks ran late.')).toEqual([]);
  });

  it('the scope ends at a relative clause, with or without "which" / "that", or cut down to its participle', () => {
    for (const sentence of ['The talks did not yield an accord like the pact they had reached in Minsk.', 'The talks did not yield an accord of the kind which Belarus had reached in Minsk.', 'The talks did not yield an accord of the kind reached in Minsk.']) {
      const words = negated(sentence);
      expect(words, sentence).toContain('accord');
      expect(words, sentence).not.toContain('reached');
      expect(words, sentence).not.toContain('minsk');
    }
  });

  it('a denied thing ends where a second deed joins it; a denied deed spans the deeds joined to it', () => {
    const thing = negated('The pact rests on refraining from violence and resolving quarrels by talks.');
    expect(thing).toContain('violence');
    expect(thing).not.toContain('resolving');
    expect(thing).not.toContain('quarrels');
    expect(negated('The delegations did not draft or approve any communique.')).toEqual(expect.arrayContaining(['draft', 'approve', 'communique']));
  });

  it('what a denied thing is likened to is not denied; "like" the verb is no likening', () => {
    for (const sentence of ['The summit yielded nothing like the accord reached in Minsk.', 'Lavrov came home without anything resembling the guarantees Beijing had offered.']) {
      const words = negated(sentence);
      expect(words, sentence).not.toContain('accord');
      expect(words, sentence).not.toContain('guarantees');
    }
    expect(negated('Hanoi did not like the wording of the draft.')).toEqual(expect.arrayContaining(['wording', 'draft']));
  });

  it('a verb of leaving out denies its object, or its subject when passive, not what it is left out of', () => {
    expect(negated('The communique omitted any reference to the sanctions.')).toEqual(expect.arrayContaining(['reference', 'sanctions']));
    const passive = negated('Arms sales were excluded from the agenda that the ministers adopted.');
    expect(passive).toEqual(expect.arrayContaining(['arms', 'sales']));
    expect(passive).not.toContain('agenda');
    expect(passive).not.toContain('adopted');
    expect(negated('Shipbuilding had been left out of the plan.')).toContain('shipbuilding');
    // past an aside between commas
    expect(negated('Fisheries, notably, were omitted from the final text.')).toContain('fisheries');
  });

  it('"there was no …" denies what follows', () => {
    expect(negated('There was no joint communique at the end of the talks.')).toEqual(expect.arrayContaining(['joint', 'communique']));
    expect(negated('There have been no new arms orders since 2022.')).toEqual(expect.arrayContaining(['arms', 'orders']));
  });

  it('"made no secret" and "no place for blocs" are not negations', () => {
    expect(negated('Vietnam made no secret of its wish for balance.')).toEqual([]);
    expect(negated('There is no place for blocs in the region, Putin said.')).toEqual([]);
  });

  it('an affirmative sentence negates nothing', () => {
    expect(negated('Putin held talks with To Lam in Hanoi.')).toEqual([]);
  });
});

describe('office holders', () => {
  const roles = (sentence: string) => read(sentence).roles;

  it('"election to the post of", "appointed to the position of" bring the one named before into the office', () => {
    expect(roles('Putin congratulated Comrade To Lam on his election to the position of General Secretary of the Communist Party of Viet Nam.')).toEqual([{ office: 'party general secretary', person: 'to lam', country: 'vietnam' }]);
    expect(roles('Bui Thanh Son was appointed to the post of Deputy Prime Minister of Vietnam.')).toEqual([{ office: 'deputy prime minister', person: 'bui thanh son', country: 'vietnam' }]);
  });

  it('an office\'s "of …" phrase names its country or body, not the person after a verb or another office', () => {
    expect(roles('On the same day the President of Russia met with the Prime Minister Pham Minh Chinh.')).toEqual([{ office: 'prime minister', person: 'pham minh chinh', country: 'vietnam' }]);
    expect(roles('Putin met the President of the Socialist Republic of Viet Nam To Lam.')).toEqual([{ office: 'president', person: 'to lam', country: 'vietnam' }]);
  });

  it('an office of a body an unknown acronym names is no office of the watch', () => {
    expect(roles('NATO Secretary General Mark Rutte spoke in Brussels.')).toEqual([]);
    // (the profile's own acronym for the party is the party's)
    expect(roles('CPV General Secretary To Lam spoke in Hanoi.')).toEqual([{ office: 'party general secretary', person: 'to lam', country: 'vietnam' }]);
  });

  it('the chooser after "the" is a body, not the holder; the chosen is past a rank or the subject\'s appositions', () => {
    expect(roles('He led the police until the National Assembly elected him head of state.').map((r) => r.person)).not.toContain('national assembly');
    expect(roles('Lawmakers elected General Luong Cuong President of Vietnam.')).toEqual([{ office: 'president', person: 'luong cuong', country: 'vietnam' }]);
    expect(roles('General Luong Cuong, a Politburo member and head of the army\'s political department, was elected State President of Vietnam.').map((r) => r.person)).toEqual(['luong cuong']);
  });

  it('"voted X into the presidency" brings X into office', () => {
    expect(roles("Lawmakers in Hanoi swept Tran Thanh Man into Vietnam's presidency on Tuesday.")).toEqual([
      { office: 'president', person: 'tran thanh man', country: 'vietnam' },
    ]);
    expect(roles('Critics called for an inquiry into the prime minister of Vietnam.')).toEqual([]);
    // (into the office of it, as to the post of it)
    expect(roles('Deputies voted Tran Thanh Man into the office of prime minister on Monday.')).toEqual([
      { office: 'prime minister', person: 'tran thanh man', country: 'vietnam' },
    ]);
  });

  it('"both" before two offices is no word between the holder and them: "serves as both X and Y", "holds both"', () => {
    expect(roles('Tran Thanh Man now serves as both prime minister and state president.').map((r) => r.office)).toEqual(['prime minister', 'president']);
  });

  it('"put X at the head of the party" places X at the body\'s head, as "as" does', () => {
    expect(roles('The congress left Tran Thanh Man at the head of the Communist Party.')).toEqual([
      { office: 'party general secretary', person: 'tran thanh man', country: 'vietnam' },
    ]);
    // (at the head of something that is no office is no holding)
    expect(roles('Lavrov arrived at the head of a large delegation.')).toEqual([]);
  });

  it('a holding foreseen ("expected to be named president") is no holding yet', () => {
    expect(roles('Diplomats expect Luong Cuong, a career general, to be confirmed as state president next week.')).toEqual([]);
    expect(roles('Luong Cuong was named state president of Vietnam on Monday.').map((r) => r.person)).toEqual(['luong cuong']);
  });

  it('"was elevated to", "rose to" an office: the subject holds it', () => {
    expect(roles('Tran Thanh Man, who was elevated to Vietnam\'s presidency last week, met Lavrov.').map((r) => r.person)).toContain('tran thanh man');
    expect(roles('Luong Cuong rose to state president of Vietnam in October.').map((r) => r.person)).toEqual(['luong cuong']);
  });

  it('"X, whom the assembly chose president": X holds the office, not the one choosing', () => {
    expect(roles("Congratulations went to Tran Thanh Man, whom the Central Committee named Vietnam's general secretary on Monday.").map((r) => r.person)).toEqual(['tran thanh man']);
  });

  it('a body opening with an article is no holder ("The Party Central Committee … chose the new General Secretary")', () => {
    expect(roles('The Party Central Committee in Hanoi chose the new General Secretary.').map((r) => r.person)).toEqual([]);
  });

  it('a month and a country are no holder\'s name ("on 22–24 October Russia hosts …")', () => {
    const found = roles('This week the Vietnamese premier Pham Minh Chinh goes to Kazan, where on 22–24 October Russia holds a BRICS summit; for the Vietnamese premier this is a debut.');
    expect(found.map((r) => r.person)).toEqual(['pham minh chinh']);
  });

  it('"President Luong Cuong" holds the Vietnamese presidency', () => {
    expect(roles('Putin was greeted by President Luong Cuong at the palace in Hanoi.')).toEqual([
      { office: 'president', person: 'luong cuong', country: 'vietnam' },
    ]);
  });

  it('in a list of people with their offices, each office is of the name before it, not of the next item after a semicolon', () => {
    expect(roles('Lavrov will see Nguyen Phu Trong, general secretary of the Communist Party of Vietnam; To Lam, president of Vietnam; and Pham Minh Chinh, prime minister.')).toEqual([
      { office: 'party general secretary', person: 'nguyen phu trong', country: 'vietnam' },
      { office: 'president', person: 'to lam', country: 'vietnam' },
      { office: 'prime minister', person: 'pham minh chinh', country: 'vietnam' },
    ]);
  });

  it('a hyphenated title, an acronym in brackets and a dateline before the title do not hide whose office it is', () => {
    expect(roles("Talks began with the secretary-general of Vietnam's Communist Party, To Lam, on Friday.")).toEqual([
      { office: 'party general secretary', person: 'to lam', country: 'vietnam' },
    ]);
    expect(roles('MOSCOW — General Secretary of the Communist Party of Viet Nam (CPV) To Lam arrived on Friday.')).toEqual([
      { office: 'party general secretary', person: 'to lam', country: 'vietnam' },
    ]);
  });

  it('a place named earlier in the sentence, not joined to the title, is not the office\'s country', () => {
    expect(roles("The trip is Lam's first to Moscow as party leader.")).toEqual([{ office: 'party general secretary', person: 'to lam', country: 'vietnam' }]);
  });

  it('an office held by a pronoun with no one named before it in the sentence waits for the article to say who', () => {
    const f = read('His first foreign trip as party chief took him to Laos.');
    expect(f.roles).toEqual([]);
    expect(f.byPronoun).toEqual([{ office: 'party general secretary' }]);
  });

  it('"X, who is busy leading the Communist Party": the one "who" is said of heads the party', () => {
    expect(roles('The council kept To Lam, who is now busy leading the Communist Party, as its chair.')).toContainEqual({ office: 'party general secretary', person: 'to lam', country: 'vietnam' });
  });

  it('a copula makes its subject the holder only of an office right after it', () => {
    expect(roles('Lavrov is due to hold further talks with the Vietnamese president on Friday.')).toEqual([]);
    expect(roles('Luong Cuong is now the Vietnamese president.')).toEqual([{ office: 'president', person: 'luong cuong', country: 'vietnam' }]);
  });

  it('"General Secretary To Lam" is the party general secretary', () => {
    expect(roles('Putin held talks with General Secretary To Lam in Hanoi.')).toEqual([
      { office: 'party general secretary', person: 'to lam', country: 'vietnam' },
    ]);
  });

  it('"the Secretary General of the Communist Party, Nguyen Phu Trong" names the holder after the comma', () => {
    expect(roles('Putin met the Secretary General of the Communist Party, Nguyen Phu Trong, in Hanoi.')).toEqual([
      { office: 'party general secretary', person: 'nguyen phu trong', country: 'vietnam' },
    ]);
  });

  it('"To Lam, who now heads the ruling Communist Party" makes him party general secretary', () => {
    expect(roles('Putin also met To Lam, who now heads the ruling Communist Party, in Hanoi.')).toContainEqual({
      office: 'party general secretary',
      person: 'to lam',
      country: 'vietnam',
    });
  });

  it('heading a body past its country\'s name ("has led Vietnam\'s ruling Communist Party") is holding its top office', () => {
    for (const text of ["Mishustin met To Lam, who has led Vietnam's Communist Party since August.", "To Lam now heads Vietnam's ruling Communist Party."]) {
      expect(roles(text), text).toContainEqual({ office: 'party general secretary', person: 'to lam', country: 'vietnam' });
    }
    // (what the body owns is no office of its head: "leads Vietnam's party delegation")
    expect(roles("Pham Minh Chinh leads Vietnam's party delegation to Moscow.")).toEqual([]);
  });

  it('running a body is heading it, and heading or taking over a ministry is holding its minister\'s office', () => {
    expect(roles('Nguyen Phu Trong ran the Communist Party for thirteen years.')).toContainEqual({ office: 'party general secretary', person: 'nguyen phu trong', country: 'vietnam' });
    expect(roles("Bui Thanh Son ran Vietnam's foreign ministry for almost four years.")).toContainEqual({ office: 'foreign minister', person: 'bui thanh son', country: 'vietnam' });
    expect(roles('Phan Van Giang has headed the defence ministry in Hanoi since 2021.')).toContainEqual({ office: 'defence minister', person: 'phan van giang', country: 'vietnam' });
    expect(roles('In the reshuffle Bui Thanh Son took over the Ministry of Foreign Affairs.')).toContainEqual({ office: 'foreign minister', person: 'bui thanh son', country: 'vietnam' });
    // (running something that is no body's top post is no office)
    expect(roles('Bui Thanh Son ran the risk of angering Moscow.')).toEqual([]);
  });

  it('an office after a comma opens another holder\'s title: "the Russian President, Party General Secretary Nguyen Phu Trong"', () => {
    expect(roles('In his talks with the Russian President, Party General Secretary Nguyen Phu Trong backed the Look East policy.')).toEqual([
      { office: 'party general secretary', person: 'nguyen phu trong', country: 'vietnam' },
    ]);
    // (a list of offices going on is one name's: "General Secretary, President and Defence Minister To Lam")
    expect(roles('General Secretary, State President and Defence Minister To Lam met Putin.').map((r) => r.office)).toEqual(['party general secretary', 'president', 'defence minister']);
  });

  it('"X was elected president" makes X president', () => {
    expect(roles('Luong Cuong was elected president of Vietnam in October.')).toContainEqual({
      office: 'president',
      person: 'luong cuong',
      country: 'vietnam',
    });
  });

  it('"Lam now holds the post of general secretary" resolves the surname to To Lam', () => {
    expect(roles('Lam now holds the post of general secretary of the Communist Party of Vietnam.')).toContainEqual({
      office: 'party general secretary',
      person: 'to lam',
      country: 'vietnam',
    });
  });

  it('Vietnamese diacritics name the same person ("Tô Lâm")', () => {
    expect(roles('Putin held talks with General Secretary Tô Lâm in Hanoi.')).toContainEqual({
      office: 'party general secretary',
      person: 'to lam',
      country: 'vietnam',
    });
  });

  it('"Deputy Prime Minister X" is not the prime minister', () => {
    const found = roles('Putin met Deputy Prime Minister Tran Hong Ha in Hanoi.');
    expect(found.map((r) => r.office)).not.toContain('prime minister');
  });

  it('a "former president" is not the current president', () => {
    expect(roles('Putin met former president Nguyen Xuan Phuc in Hanoi.')).toEqual([]);
  });

  it('"Prime Minister Pham Minh Chinh" is the prime minister', () => {
    expect(roles('Putin met Prime Minister Pham Minh Chinh in Hanoi.')).toEqual([
      { office: 'prime minister', person: 'pham minh chinh', country: 'vietnam' },
    ]);
  });
});

describe('entity matching', () => {
  const ids = (text: string) => matcher.find(text).map((e) => e.id);

  it('aliases name one entity: Viet Nam, Vietnamese, Hanoi → Vietnam; Kremlin, Moscow → Russia', () => {
    expect(ids('Viet Nam and the Kremlin agreed.')).toEqual(['vietnam', 'russia']);
    expect(ids('Vietnamese officials flew to Moscow.')).toEqual(['vietnam', 'russia']);
    expect(ids('Putin landed in Hanoi.')).toEqual(['vladimir putin', 'vietnam']);
    expect(ids('Lãnh đạo Việt Nam và Hà Nội')).toEqual(['vietnam', 'vietnam']);
  });

  it('a country\'s combining form names it: "Sino-American" is China and the US', () => {
    expect(ids('Vietnam keeps out of the Sino-American contest.')).toEqual(['vietnam', 'china', 'united states']);
  });

  it('initials with stops name the country as the initials do: "U.S.", "U.K."', () => {
    expect(ids('The U.S. Embassy and the U.K. mission issued statements.')).toEqual(['united states', 'united kingdom']);
  });

  it('the longest alias wins: "Ho Chi Minh City" is one mention, "North Korea" is not Korea', () => {
    const found = matcher.find('Delegates met in Ho Chi Minh City.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'vietnam', start: 17, end: 33 });
    expect(ids('Putin came from North Korea.')).toEqual(['vladimir putin', 'north korea']);
  });

  it('capitals stand for their country: Pyongyang → North Korea, Beijing → China', () => {
    expect(ids('Putin flew from Pyongyang to Beijing.')).toEqual(['vladimir putin', 'north korea', 'china']);
  });

  it('short all-capital aliases match exactly: ASEAN and US, not "Asean" or "us"', () => {
    expect(ids('ASEAN ministers met.')).toEqual(['asean']);
    expect(ids('Officials from Asean met.')).toEqual([]);
    expect(ids('The US criticised the visit.')).toEqual(['united states']);
    expect(ids('He told us about the visit.')).toEqual([]);
  });

  it('entities carry their relevance group', () => {
    const [putin, thai] = matcher.find('Putin spoke to Thai officials.');
    expect(putin.group).toBe('russia');
    expect(thai.group).toBe('asean');
  });

  it('a surname alone names a known person when only one person has it', () => {
    expect(matcher.person('Lam')?.name).toBe('To Lam');
    expect(matcher.person('Putin')?.name).toBe('Vladimir Putin');
    expect(matcher.person('Smith')).toBeUndefined();
  });
});

describe('Vietnamese names with their diacritics', () => {
  it('stay whole words at their own offsets, read as their plain spelling', () => {
    const text = 'Phó Thủ tướng Trần Hồng Hà đón Putin. Then Nguyễn Phú Trọng spoke.';
    const sentences = readSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Phó Thủ tướng Trần Hồng Hà đón Putin.', 'Then Nguyễn Phú Trọng spoke.']);
    const tokens = sentences.flatMap((s) => s.tokens);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.lower)).toEqual(expect.arrayContaining(['tran', 'hong', 'ha', 'don', 'nguyen', 'phu', 'trong']));
  });
});

describe('reading the same text the same way', () => {
  it('a word and its "\'s" are two tokens whatever was read before ("the decade\'s:" earlier in the process)', () => {
    const text = "Hanoi marked the decade's end with a Russian film week.";
    const before = readSentences(text)[0].tokens.map((t) => t.text);
    readSentences("Highlights of the decade's: trade, arms and oil.");
    const after = readSentences(text)[0].tokens;
    expect(after.map((t) => t.text)).toEqual(before);
    expect(after.map((t) => t.text)).toContain("'s");
    for (const t of after) expect(text.slice(t.start, t.end)).toBe(t.text);
    const decade = after.find((t) => t.text === 'decade')!;
    expect(decade).toMatchObject({ pos: 'NOUN', lemma: 'decade' });
  });
});

describe('page furniture', () => {
  const furniture = (line: string) => isFurniture(line) || isFurnitureLine(line);

  it.each([
    'We use cookies to improve your experience on our site.',
    'By continuing to browse you accept our use of cookies.',
    'Read more: Putin lands in Hanoi',
    'By Jane Smith | 20 June 2024',
    'By Nguyen Van An, 20 June 2024',
    'Hanoi 31°C Partly cloudy',
    'Home | World | Asia | Business | Opinion | Sport',
    'Sign up for our Asia newsletter',
    '© 2024 Example News. All rights reserved.',
    'Vietnamese Deputy Prime Minister Tran Luu Quang greets a Russian delegation at the Government Office in Hanoi, Viet Nam, March 3, 2025.',
    'Soldiers rehearse for the parade on Red Square in Moscow, Russia, 5 May 2025.',
    'March 4, 2025 10:15 AM ICT Updated on: Mar 4, 2025 at 11:02 AM ICT',
    'Article continues below advertisement',
    'The publisher accepts no liability for the accuracy of syndicated content.',
    "The views expressed are the author's own and do not reflect those of the institute.",
    'Thu Ha Nguyen covers energy and trade.',
    'Last updated 2026-12-01T18:05:12.345Z',
    'This piece first ran in our print edition on 3 March 2025.',
    'Lesen Sie auch: Neue direkte Flugverbindung zwischen Moskau und Hanoi ab März geplant • Rubel fällt erneut gegen den Yuan',
    '≡ Home  World  Asia Pacific  Markets  Log in',
    'Dmitri Orlov covers Russian foreign policy across the Asia-Pacific region.',
    'Lena Park is a visiting fellow at a Seoul institute.',
    'MEMBERS ONLY: 2 free stories remaining this week.',
    'ANCHOR: Good evening from Hanoi, where the talks ran late into the night.',
    'NewsBusinessEnergyRosatom signs fuel deal with Vietnam...',
    'Figure 3: Russian charter seats to Cam Ranh by season, 2019–2025',
    'Chart: Vietnam\'s rice exports to Russia, by quarter',
    'Map 2: oil blocks operated with Russian partners off Vung Tau',
    '[Post to Telegram] [Send to WhatsApp]',
    'thanhnienradio.example.vn/thoi-su/2025/05/09/to-lam-tai-moskva',
    'Permalink: https://eastasiaforum.example/2024/06/24/hanoi-hedges/',
    'Guest: Anna Volkova is a Singapore-based consultant on Southeast Asian energy markets.',
    'About our guest: Pham Quoc Bao has advised ports and shipping lines across the Mekong delta for a decade.',
    'Prof. Irina Lebedeva lectures at a Moscow university and writes on Vietnamese history.',
    'Members interested in the Khabarovsk trade mission should write to the events team by 15 May.',
    'Listeners can find the whole interview in the programme archive.',
    // (arrows between a strip's items, as bars are)
    '⟶ Post on Telegram   ⟶ Send by email   ⟶ Copy the link',
    'Send ▸ by email ▸ on Telegram',
    'Mai-Linh Okafor is a Hanoi-based writer on energy.',
    'Tomas Rivera-Lund has reported from Jakarta and Manila for fifteen years.',
    'THU TRANG, PRESENTER: Good evening and welcome to the programme.',
    // (a speaker's label, with a role in brackets, before what the programme has coming)
    'HOST (studio): Coming up after the break: the rice harvest in the Mekong delta.',
    // a post's record on a question-and-answer page or a forum
    'answered Jun 22, 2024 by hanoi_watcher (12.4k)',
    // a forum member's record, a quoted post's header, the forum's and a poll's own counts
    'saigon_sailor   Joined: Jun 2018   Posts: 1,204',
    'Filed under: Diplomacy   Region: Southeast Asia',
    'red_river_rat said:',
    'Members online: 41 members, 310 guests',
    'Option A — 31 votes (62%)',
    // a host bringing in a guest or greeting the listener by the programme's name, after a time mark too
    'My guest today is the economist Olga Petrenko.',
    'Our Hanoi correspondent Linh Pham joins us now.',
    'The historian Sergei Markov is on the line from Moscow.',
    "I'm Tomas Reyes, and this week we look back at a year of diplomacy.",
    '[00:00:04] LINH (host): Welcome to Mekong Money.',
    // a line wholly in round brackets: an aside
    '(Updates with the Kremlin statement in paragraph 4)',
    // reprint terms, a licence, an editor's disclaimer
    'Reprinting is permitted only with a link to the source.',
    'Content is licensed under Creative Commons BY-SA 4.0.',
    "The opinions of columnists may not coincide with the editorial board's position.",
    'asked 3 days ago by a new contributor',
    'DUC, NEWSREADER: Still to come: the football results.',
    'MINH (HOST): Hello and welcome back to Asia Evening.',
    "That's the news from Radio Lotus in Da Nang.",
    'That was the bulletin from our Hanoi studio.',
    'One more before the news: Lan, calling from Hue.',
    'Mekong Hour is available on all major podcast platforms.',
    'Full tables of coffee prices are available in the subscriber section.',
    'Weekly freight assessments for subscribers.',
    'Support the programme: become a patron for early episodes.',
    'This research note does not constitute investment advice.',
    'Editor\'s note: This release was corrected on 3 March 2025.',
    'This version corrects the date of the talks, which an earlier version misstated.',
    'An earlier version of this story gave the number of agreements as 12.',
    'The figures are for information purposes only and are subject to change without notice.',
    'Past performance is no guarantee of future results.',
    'This document is intended for professional investors only.',
    'These notes are meant for institutional clients only.',
    'This commentary is not an offer to buy or sell any security.',
    'CORRESPONDENT: Exactly.',
    'Coming up: floods close schools in central Vietnam.',
    'This briefing should not be relied on as legal or financial advice.',
    'Subtitles are generated automatically and may contain errors.',
    'Contributing authors: Asia Desk and Economics Unit.',
    'Nguyen Minh Chau writes on energy policy in Southeast Asia.',
    'Mekong Talk — Episode 31: Hanoi between the great powers',
    'Why do the trade figures never match? — K. Osei, Leeds',
    'Home > Written answers > Answer 5120',
    'Use of these materials is allowed only with a hyperlink to the source.',
    "The minister's remarks have been condensed for length.",
    'This commentary reflects her own personal views.',
    'Analyst certification and important disclosures appear at the end of this note.',
    'Premium subscribers can read the full interview in our archive.',
    'Read also: Snow cover in Primorye expected to form by mid-November',
    '(Compiled by Regional Wire staff; editing by Asia desk)',
    'Subscribers can read the full analysis by logging in.',
    'The writer lectures on Asian politics at a university in Manila.',
    'Retrieved 12 May 2025.',
    'Archived from the original on 2 June 2025.',
    'Joining me now is Kim Soo-ah, our Seoul correspondent.',
    "With me today is Arjun Mehta, who follows India's arms trade.",
    '‹ Previous: Chess olympiad opens | Next: Rice prices climb ›',
    '« Older entries',
    'To continue reading, register for free or subscribe to Delta Energy Premium.',
    // (a row of choices or counters, each item opened by a symbol)
    '☐ Kazan ☐ Vladivostok ☐ Sochi ☐ Irkutsk',
    '★ Two days ✦ Three days ✱ A week',
    '❤ 88   🔁 14   💬 3',
    // (a page's count of its readers, opening its line or after a separator)
    '1,917 views  Premiered 3 Mar 2025  #Rosatom #NinhThuan',
    '12 Sept 2025 09:10 · Economy · 4 870 reads',
    // (a call's terms, and what those it addresses are to do)
    'Prospective contributors are invited to send a 250-word abstract to the editors.',
    'Short abstracts are due by 1 March 2026.',
    'Registration deadline: 20 April 2026',
    'All submissions must be in English and follow the house style.',
    // (a strip whose last item holds a sentence: a paywall's words after the page's buttons)
    'Comments | Share | Only subscribers can read this report in full. Sign in to keep reading our coverage of the region today.',
  ])('"%s" is furniture', (line) => {
    expect(furniture(line)).toBe(true);
  });

  it.each([
    'Putin said Russia and Vietnam would deepen cooperation in energy.',
    'Vietnam imports Russian biscuits and cookies by rail.',
    'Thanks to Russian help, Vietnam built its first oil refinery.',
    'The two leaders signed 11 memorandums, the Kremlin said.',
    'The two sides signed the agreement in Hanoi on March 3, 2025.',
    'Talks may resume at 10:30 on Friday, officials said.',
    'The new agreement covers oil, gas and nuclear power projects in Vietnam.',
    'PetroVietnam and Zarubezhneft extended their joint venture.',
    'Lavrov has written to his Vietnamese counterpart about the talks.',
    'ANALYST: Yes, and the oil deal matters more than the arms one.',
    'HOST (studio): Coming from Moscow, the delegation signed four agreements in Hanoi.',
    "That was the programme of talks Putin and Lam agreed in Hanoi, officials said.",
    'Vietnam is to become a partner of BRICS, Moscow said.',
    "Hanoi's abstentions do not constitute support for the war, its diplomats say.",
    'This treaty was amended in 2001 to cover energy, officials said.',
    'An earlier version of the agreement gave Russia rights to two oil blocks.',
    'Vietnam relied on Russian translators at the talks, officials said.',
    'Trade moved via Vladivostok/Hai Phong, officials said: rice.vn/exports is the ministry portal.',
    'Luong Cuong is a career army officer who became president in October.',
    'Members of the bloc should not be forced to choose between Moscow and Washington, the minister said.',
    'The talks ran into a second day — a sign, officials said, of how much was at stake.',
    'The writers of the joint statement retrieved a clause on energy from an earlier draft.',
    'With Moscow isolated, Hanoi has become a rare friendly venue for Putin.',
    'Vietnam joined BRICS as a partner country → a step Moscow welcomed',
    "Hanoi did not sign up to Putin's proposal for a security order without blocs.",
    'Vietnam does not subscribe to the politics of blocs, its diplomats say.',
    'Asked about a visit by President Putin to Hanoi, the spokeswoman said she had nothing to announce.',
    'The two leaders last met in Hanoi, where they held talks on Thursday, 20 June 2024.',
    // (a label and a whole sentence after it, a fact box's single field, members of a body)
    'Kremlin aide Yuri Ushakov: the talks went well and five documents were signed.',
    'State president: Luong Cuong (since October 2024)',
    'Members of ASEAN voted to admit Timor-Leste as the eleventh member.',
    // (a bulleted sentence whose end is before its citation marks: an encyclopedia's timeline)
    '• 4 March 2025 – Russia and Vietnam sign a visa accord in Moscow.[7][8]',
    // (a country joining others, a welcome to a place that goes on to say more)
    'Vietnam joins us in calling for restraint, the Russian envoy said.',
    "Welcome to Hanoi, Putin's hosts told him as he stepped off the plane at Noi Bai.",
    // (symbols within a sentence that ends)
    '📌 Russia ✈ Vietnam: ☀ direct flights from Moscow to Nha Trang resume in March.',
    // (views a sentence counts)
    "The embassy's clip of the parade drew 2.1 million views in a day.",
    // (what participants did, and a proposal due to be heard)
    'Participants at the Hanoi forum agreed to set up a working group on nuclear training.',
    "Vietnam's proposal is due to be discussed at the summit in October.",
    // (a post's paragraph before its signature and date, or before the page's buttons)
    'I checked the treaty text again and the oil clause covers only the Nenets fields, so the summary needs fixing. ~Delta Reader · 09:41 · 2 July 2024',
    'The rail freight service to Vladivostok now runs twice a week from Hanoi, the operator told customers in a letter.Comments (2) | Share | Print',
  ])('"%s" is reporting', (line) => {
    expect(furniture(line)).toBe(false);
  });

  it('a sentence opening with a verb of answering is reporting, not a post\'s record', () => {
    expect(furniture("Answered by a spokesman, the question on Putin's Hanoi visit drew no reply from Moscow.")).toBe(false);
  });

  it('a filing\'s notice on what its statements are worth is furniture; a forecast of the news is not', () => {
    expect(furniture('This quarterly statement includes forward-looking information about our Vietnamese drilling programme.')).toBe(true);
    expect(furniture('Realised figures could differ; actual results may differ from these estimates.')).toBe(true);
    expect(furniture('The bank assumes no obligation to revise these estimates.')).toBe(true);
    expect(furniture('Analysts expect the Ninh Thuan contract to be signed next year.')).toBe(false);
  });

  it('"By signing the treaty, ..." is a sentence of reporting, not a byline', () => {
    expect(furniture('By signing the treaty, Russia and Vietnam deepened their cooperation.')).toBe(false);
  });

  it('the teaser block after a "Related" line is not part of the article', () => {
    const text = 'Putin visits Hanoi\nPutin and To Lam signed agreements.\nRelated\nRussia and Vietnam plan oil deals.';
    expect(outsideBody(text)).toEqual([{ from: text.indexOf('Related'), to: text.length }]);
  });

  it('a teaser heading in brackets, "[Most read]", ends the article too', () => {
    const text = 'Putin and To Lam signed agreements.\n\n[Most read]\n1. KOSPI tops 2,800 for first time in two years';
    expect(outsideBody(text)).toEqual([{ from: text.indexOf('[Most read]'), to: text.length }]);
  });

  it('a sentence that starts with "Related" is not a teaser heading', () => {
    const text = 'Putin visits Hanoi.\nRelated talks were held in Hanoi.';
    expect(outsideBody(text)).toEqual([]);
  });

  it('a teaser box set inside the article cuts only the box: the prose after it is the article\'s', () => {
    const box = 'Most read\n1. Rice exports climb in the Mekong delta\n2. Metro line opens in the capital\n\nShare: Facebook | X | Email\n\n';
    const text = `Putin and To Lam signed agreements.\n\n${box}Officials in the capital said the two governments would meet again before the end of the year to review the projects.\n\nRelated\nOther headline`;
    expect(outsideBody(text)).toEqual([
      { from: text.indexOf('Most read'), to: text.indexOf('Officials') },
      { from: text.indexOf('Related'), to: text.length },
    ]);
  });

  it('a box followed by the article\'s last paragraph, cut off mid-sentence where the page\'s text ends, cuts only the box', () => {
    const box = 'Read also\nRice exports climb in the Mekong delta\nMetro line opens in the capital\n\n';
    const text = `Putin and To Lam signed agreements.\n\n${box}Port operators in Hai Phong said the first container service to Vladivostok would start in the autumn, with two sailings a`;
    expect(outsideBody(text)).toEqual([{ from: text.indexOf('Read also'), to: text.indexOf('Port operators') }]);
  });

  it('a list of headlines ending the page is cut whole: its last headline, unpunctuated, is too short for a paragraph', () => {
    const text = 'Putin and To Lam signed agreements.\n\nRead also\nRice exports climb in the Mekong delta\n\nMetro line opens in the capital as the city prepares an airport link';
    expect(outsideBody(text)).toEqual([{ from: text.indexOf('Read also'), to: text.length }]);
  });

  it('a closing section on the issuer ("About Rosatom") ends the article even when prose follows it', () => {
    const text = 'Rosatom signed a memorandum in Hanoi.\nAbout Rosatom\n\nRosatom is a state corporation that builds nuclear power plants in many countries around the world today.';
    expect(outsideBody(text)).toEqual([{ from: text.indexOf('About Rosatom'), to: text.length }]);
  });

  it('a non-English footer line is foreign; an English line with Vietnamese names is not', () => {
    expect(isForeign('Bản quyền thuộc về báo điện tử Nhân Dân, mọi hình thức sao chép đều bị cấm.')).toBe(true);
    expect(isForeign('President Lương Cường met Putin in Hà Nội on Thursday.')).toBe(false);
  });
});

describe('trend verbs with "up" or "down"', () => {
  it('a verb of no direction with the particle and no object goes the particle\'s way', () => {
    expect(read('Vietnamese purchases of Russian weapons have picked up lately.').trends.map((t) => t.direction)).toEqual(['up']);
    expect(read('Shipments of Russian crude quietened down in the spring.').trends.map((t) => t.direction)).toEqual(['down']);
  });

  it('with an object, the particle says nothing of an amount', () => {
    expect(read('The minister picked up the award in Moscow.').trends).toEqual([]);
  });
});

describe('the tour: where the visitor came from and the order of its stops', () => {
  it('a place of departure past the words for its kind: "from the Siberian city of Yakutsk", "from the port city of Vladivostok"', () => {
    expect(read('Putin flew into Hanoi from the Siberian city of Yakutsk.').origin).toBe('@yakutsk');
    expect(read('Putin flew into Hanoi from the port city of Vladivostok.').origin).toBe('@vladivostok');
  });

  it('a tour that began in a place was there first, one that ended in a place there last', () => {
    expect(read("Putin's Asian tour began in Hanoi and ended in Pyongyang.").sequence).toEqual({ before: 'vietnam', after: 'north korea' });
    expect(read("Putin's Asian tour started in Pyongyang and finished in Hanoi.").sequence).toEqual({ before: 'north korea', after: 'vietnam' });
  });

  it('the other stop is a place named as one, not a word describing a noun ("the Russian leader")', () => {
    expect(read("Hanoi was the Russian leader's first stop on that trip, before he flew on to Pyongyang.").sequence).toEqual({ before: 'vietnam', after: 'north korea' });
  });
});

describe('a participle describing the noun after it', () => {
  it('"for advanced components", "the reduced quota" move nothing; "orders have reduced sharply" does', () => {
    expect(read('Washington courts Hanoi as a supplier for advanced components.').trends).toEqual([]);
    expect(read('Moscow offered the reduced quota to Hanoi.').trends).toEqual([]);
    expect(read('Russian arms orders have reduced sharply.').trends.map((t) => t.direction)).toEqual(['down']);
  });
});

describe('what a trend verb says moved', () => {
  it('its object past a particle, not a noun after a preposition: "shrunk under sanctions" is a fall of its subject', () => {
    const trend = read('Russian arms purchases have shrunk under sanctions.').trends[0];
    expect(trend.direction).toBe('down');
    expect(trend.about.some((k) => k.includes('sanction'))).toBe(false);
  });
});

describe('a partner of a kind', () => {
  it('"trading partners in Southeast Asia" is a relation, no standing in ASEAN', () => {
    expect(read('Germany counts Vietnam among its main trading partners in Southeast Asia.').status).toBeUndefined();
  });
});

describe('trend verbs joined into an idiom', () => {
  it('"falls short of" moves nothing, where "falls" alone goes down', () => {
    expect(read('The new quota falls short of full membership.').trends).toEqual([]);
    expect(read('Russian arms orders fell sharply last year.').trends.map((t) => t.direction)).toEqual(['down']);
  });
});

describe('a denial\'s end', () => {
  it('a clause joined on with its own subject and verb is not denied: "force would not be used and disputes would be settled"', () => {
    const tokens = tokensOf('They want an order in which force would not be used and disputes would be settled peacefully.');
    const words = [...extractNegation(tokens).tokens].map((i) => tokens[i].lower);
    expect(words).toContain('used');
    expect(words).not.toContain('settled');
    // (deeds joined without a subject of their own stay denied: "did not sign and ratify")
    const joined = tokensOf('Vietnam did not sign and ratify the treaty.');
    expect([...extractNegation(joined).tokens].map((i) => joined[i].lower)).toContain('ratify');
  });
});

describe('denials joined on, and verbs of forbidding', () => {
  it('"does not allow bases and does not use force" is two denials, not a denial within a denial', () => {
    const tokens = tokensOf('Vietnam does not allow foreign bases on its soil and does not use force against others.');
    const scope = extractNegation(tokens);
    const words = [...scope.tokens].map((i) => tokens[i].lower);
    expect(scope.denies).toBe(true);
    expect(words).toContain('bases');
    expect(words).toContain('force');
  });

  it('a verb of forbidding denies what it forbids: "forbids joining", "bars it from", "warned against"', () => {
    for (const [sentence, denied] of [
      ['The doctrine forbids joining any military alliance.', 'alliance'],
      ['The constitution bars it from hosting foreign troops.', 'troops'],
      ['Lavrov warned against closed blocs in the region.', 'blocs'],
    ] as const) {
      const tokens = tokensOf(sentence);
      const scope = extractNegation(tokens);
      expect(scope.denies, sentence).toBe(true);
      expect([...scope.tokens].map((i) => tokens[i].lower), sentence).toContain(denied);
    }
  });
});

describe('a denial within a denial', () => {
  it('affirms what it covers: "did not abstain in the votes" denies the abstaining, not the votes', () => {
    const tokens = tokensOf('Vietnam did not abstain in the votes condemning the war.');
    const scope = extractNegation(tokens);
    const words = [...scope.tokens].map((i) => tokens[i].lower);
    expect(words).toContain('abstain');
    expect(words).not.toContain('votes');
    expect(scope.denies).toBe(false);
  });
});

describe('affiliations', () => {
  it('the body an apposition names last, for a name of two words or more before a comma', () => {
    expect(read('Nguyen Van Binh, a fellow of the Asia Program at the Lowy Institute, disagreed.').affiliations).toEqual([{ person: 'nguyen van binh', body: ['lowi', 'institut'], rank: 'staff' }]);
    expect(read('Putin, in Hanoi, spoke of the Lowy Institute.').affiliations).toEqual([]);
  });

  it('the body right after the name: "X of the Lowy Institute", "X at the Brookings Institution"', () => {
    expect(read('Nguyen Van Binh of the Lowy Institute in Sydney disagreed.').affiliations).toEqual([{ person: 'nguyen van binh', body: ['lowi', 'institut'] }]);
    expect(read('Tran Thi Mai at the Brookings Institution said so.').affiliations.map((a) => a.person)).toEqual(['tran thi mai']);
    expect(read('President Vladimir Putin of Russia met To Lam.').affiliations).toEqual([]);
    // (a place before a comma is no person)
    expect(read('Putin came on from North Korea, where he had signed a pact with the Workers Party.').affiliations).toEqual([]);
  });
});

describe('the time of day a sentence gives', () => {
  const at = (sentence: string, written: string) => {
    const tokens = tokensOf(sentence);
    const time = timeOfDay(tokens, extractDates(tokens));
    const hours = time && hoursSinceEpoch(time, new Date(written), undefined);
    return hours?.map((h) => new Date(h * 3_600_000).toISOString().slice(0, 13));
  };

  it('reads parts of the day, clock times and the day they fall on', () => {
    expect(at('The delegation landed in the early hours yesterday.', '2025-03-05T09:00:00Z')).toEqual(['2025-03-04T00', '2025-03-04T07']);
    expect(at('The minister flew out on the evening of 2 March.', '2025-03-05T09:00:00Z')).toEqual(['2025-03-02T17', '2025-03-02T22']);
    expect(at('Talks began at 3 p.m. on Monday.', '2025-03-05T09:00:00Z')).toEqual(['2025-03-03T14', '2025-03-03T17']);
    // a night runs into the next day
    expect(at('They arrived during the night from Sunday to Monday.', '2025-03-05T09:00:00Z')).toEqual(['2025-03-02T22', '2025-03-03T06']);
  });

  it('the same time said again more narrowly is the narrower: "overnight, in the small hours of 4 March"', () => {
    expect(at('The envoy got in overnight, in the small hours of 4 March.', '2025-03-05T09:00:00Z')).toEqual(['2025-03-04T00', '2025-03-04T07']);
    expect(at('The envoy landed on the morning of 4 March, at 6 a.m.', '2025-03-05T09:00:00Z')).toEqual(['2025-03-04T05', '2025-03-04T08']);
    // (two times that cannot be the same are two events: the first is the sentence's)
    expect(at('The envoy landed on the evening of 4 March, after a morning of delays.', '2025-03-05T09:00:00Z')).toEqual(['2025-03-04T17', '2025-03-04T22']);
  });

  it('says nothing without a time of day', () => {
    expect(at('The delegation arrived on 4 March.', '2025-03-05T09:00:00Z')).toBeUndefined();
  });
});

describe('a transcript speaker label', () => {
  it('gives no key: "TRAN:" and "DR NGUYEN:" say who speaks', () => {
    expect([...read('TRAN: Putin wrote for the Vietnamese press before arriving.').keys]).not.toContain('tran');
    expect([...read('DR NGUYEN: Putin wrote for the Vietnamese press.').keys].some((k) => /nguyen/.test(k))).toBe(false);
    // (a sentence that only opens with a capitalised word and a colon keeps it: "Hanoi: Putin arrived")
    expect([...read('Hanoi: Putin arrived overnight.').keys]).toContain('@vietnam');
  });
});

describe('a broadcast transcript\'s speaker label, after a time mark or with a note on the speaker', () => {
  it('gives no key and adds no name: the speaker is not what is said', () => {
    for (const line of ['[00:03:12] MORALES: Putin wrote for the Vietnamese press before arriving.', '[12:40] OKONJO (voice-over, pictures of the motorcade): Putin wrote for the Vietnamese press before arriving.', '00:41 LINDQVIST (in Hanoi): Putin wrote for the Vietnamese press before arriving.']) {
      expect([...read(line).keys].filter((k) => /morales|okonjo|lindqvist|voice|motorcad|pictur/.test(k))).toEqual([]);
    }
  });
});

describe('an abbreviation written with stops', () => {
  it('is the same word without them: "U.N." is "UN", "E.U." is "EU"', () => {
    expect([...read('Hanoi abstained in the U.N. vote on Ukraine.').keys]).toEqual([...read('Hanoi abstained in the UN vote on Ukraine.').keys]);
    expect([...read('The E.U. agreed new sanctions on Moscow.').keys]).toEqual([...read('The EU agreed new sanctions on Moscow.').keys]);
  });
});

describe('a numbered speaker label, as a hearing or a phone-in numbers its speakers', () => {
  it('gives no figure: "Panellist 3:" and "Q12 Moderator:" say who speaks', () => {
    for (const line of ['Panellist 3: The two leaders signed eleven memorandums in Hanoi.', 'Q12 Moderator: The two leaders signed eleven memorandums in Hanoi.']) {
      expect(read(line).quantities.map((q) => q.low)).toEqual([11]);
      expect([...read(line).keys].filter((k) => /^#|panellist|moderat|q12/.test(k))).toEqual([]);
    }
    // (a label of plain words and no number is no speaker's: "Hanoi: Putin arrived" keeps its place)
    expect([...read('Hanoi 2024: Putin arrived overnight.').keys]).toContain('#2024');
  });
});

describe('a dateline', () => {
  it('gives the day of writing, not a date of what the sentence tells', () => {
    const { dates } = read('HANOI, June 21 (Mekong Wire) - Putin promised on Thursday to build up relations with Vietnam.');
    expect(dates.map((d) => ({ days: d.days, weekdays: d.weekdays }))).toEqual([{ days: [], weekdays: ['thursday'] }]);
  });
});
