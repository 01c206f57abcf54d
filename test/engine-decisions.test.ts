// Decision rules end to end: short articles written for the tests go through buildIndex +
// analyzeArticle against the repo's real baseline/ and watch profile. Each expectation is what
// an analyst comparing the article with the baseline would say. Every report the file produces
// is also held to the DESIGN.md report contract (offsets, ids, order, reasons, summary, alert).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBaseline } from '../functions/core/baseline.ts';
import { analyzeArticle, buildIndex, MAX_ARTICLE_CHARS, type BaselineIndex } from '../functions/core/engine/index.ts';
import { readCapitals } from '../functions/core/engine/capitals.ts';
import { coverageOf, measureClaim } from '../functions/core/engine/compare.ts';
import { sentenceFeatures } from '../functions/core/engine/features.ts';
import { readSentences } from '../functions/core/engine/nlp.ts';
import { parseProfile, type WatchProfile } from '../functions/core/profile.ts';
import type { Baseline, Finding, Report } from '../functions/core/types.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const MEMORANDUMS_DOC = '001_311eee39a6f20885'; // "Both the presidents signed 11 memorandums …"
const UN_VOTES_DOC = '002_8c3dc0f376b91e61'; // "Vietnam has abstained in UN votes …"
const MEETINGS_DOC = '004_d88945375ba3b955'; // "… met … the Secretary General of the Communist Party, Nguyen Phu Trong"

let baseline: Baseline;
let profile: WatchProfile;
let index: BaselineIndex;
/** An index of the one baseline document that counts 11 memorandums, to test figures alone. */
let memorandumsOnly: BaselineIndex;

beforeAll(async () => {
  const dir = path.join(repo, 'baseline');
  baseline = await loadBaseline(readFileSync(path.join(dir, 'manifest.json'), 'utf8'), async (id) => readFileSync(path.join(dir, `${id}.txt`), 'utf8'));
  profile = parseProfile(JSON.parse(readFileSync(path.join(repo, 'profiles', 'russia-vietnam.json'), 'utf8')));
  index = buildIndex(baseline, profile);
  memorandumsOnly = buildIndex({ docs: baseline.docs.filter((d) => d.id === MEMORANDUMS_DOC) }, profile);
});

/** Checks a report against the DESIGN.md contract, whatever it found. */
function expectContract(report: Report, text: string, baselineDocs = baseline.docs) {
  const docs = new Map(baselineDocs.map((d) => [d.id, d.text]));
  report.findings.forEach((f, i) => {
    expect(f.id).toBe(`f${i + 1}`);
    expect(text.slice(f.claim.start, f.claim.end)).toBe(f.claim.text);
    if (i > 0) expect(f.claim.start).toBeGreaterThanOrEqual(report.findings[i - 1].claim.end);
    expect(f.reason.trim(), `finding ${f.id} has a reason`).not.toBe('');
    expect(f.score).toBeGreaterThanOrEqual(0);
    expect(f.score).toBeLessThanOrEqual(1);
    if (f.label === 'contradiction') expect(['number', 'date', 'role', 'negation', 'entity', 'other']).toContain(f.type);
    else expect(f.type).toBeUndefined();
    if (f.label !== 'new') expect(f.evidence.length, `${f.label} finding ${f.id} has evidence`).toBeGreaterThan(0);
    for (const e of f.evidence) {
      expect(docs.has(e.doc), `evidence doc ${e.doc} is a baseline document`).toBe(true);
      expect(docs.get(e.doc)!.slice(e.start, e.end)).toBe(e.text);
    }
  });
  const count = (label: Finding['label']) => report.findings.filter((f) => f.label === label).length;
  expect(report.summary).toEqual({ new: count('new'), contradiction: count('contradiction'), known: count('known'), repeated: count('repeated') });
  expect(report.alert).toBe(report.relevant && report.summary.new + report.summary.contradiction > 0);
  if (!report.relevant) expect(report.findings).toEqual([]);
}

/** Analyses an article published shortly after the visit, and checks the contract. */
function check(text: string, { published = '2024-06-22T08:00:00Z', using = () => index, docs = baseline.docs } = {}): Report {
  const report = analyzeArticle({ id: 'a1', title: 'Test article', url: 'https://example.org/a1', source: 'Test', published, text }, using());
  expectContract(report, text, docs);
  return report;
}

/** Sentences that open an article on the visit, or on ASEAN's ties with Russia, before the sentence a test reads. */
const VISIT_OPENING = 'Russian President Vladimir Putin and Vietnam held talks on their comprehensive strategic partnership in Hanoi.';
const ASEAN_OPENING = "ASEAN foreign ministers met Russia's Sergei Lavrov to discuss the ASEAN-Russia partnership.";

/** An article under a headline of its own, read against the real baseline. */
const titled = (title: string, text: string, published = '2025-01-06T08:00:00Z') =>
  analyzeArticle({ id: 'a1', title, url: 'https://example.org/a1', source: 'Test', published, text }, index);

/** The single finding of a one-claim article. */
function only(text: string, options?: Parameters<typeof check>[1]): Finding {
  const report = check(text, options);
  expect(report.relevant).toBe(true);
  expect(report.findings, report.findings.map((f) => `${f.label}: ${f.reason}`).join('\n')).toHaveLength(1);
  return report.findings[0];
}

/** The finding on `claim` in an article that opens with `lead` (a paragraph of its own, or the same one). */
function findingAfter(lead: string, claim: string, options?: Parameters<typeof check>[1], separator = '\n\n'): Finding | undefined {
  return check(`${lead}${separator}${claim}`, options).findings.find((x) => x.claim.text === claim);
}

/** The report reads the article as off the watch's topic, and raises no alert. */
function expectOffTopic(report: Report) {
  expect(report.relevant).toBe(false);
  expect(report.alert).toBe(false);
}

/** The finding on each claim put after the same lead, in articles of one date (the claim in a paragraph of its own, or on the next line). */
const claimsAfter = (lead: string, published: string, separator?: string) => (claim: string) => findingAfter(lead, claim, { published }, separator);

/** Each one-claim text yields no contradiction. */
function expectNoContradiction(texts: string[], options?: Parameters<typeof check>[1]) {
  for (const text of texts) expect(only(text, options).label, text).not.toBe('contradiction');
}

/** Each one-claim text is a contradiction of `type`, with a baseline sentence `evidence` matches among its evidence, when given. */
function expectContradiction(texts: string[], type: Finding['type'], options?: Parameters<typeof check>[1], evidence?: RegExp) {
  for (const text of texts) {
    const f = only(text, options);
    expect(f, text).toMatchObject({ label: 'contradiction', type });
    if (evidence) expect(f.evidence.some((e) => evidence.test(e.text)), text).toBe(true);
  }
}

/** Each claim, as `find` reads it after a lead, is a contradiction of `type` whose evidence `backs` accepts. */
function expectContradictionsAfter(find: (claim: string) => Finding | undefined, claims: string[], type: Finding['type'], backs: (f: Finding) => boolean) {
  for (const claim of claims) {
    const f = find(claim);
    expect(f, claim).toMatchObject({ label: 'contradiction', type });
    expect(backs(f!), claim).toBe(true);
  }
}

/** The article has a `role` contradiction whose reason names the holding `says` matches. */
function expectHolding(text: string, says: RegExp, published: string) {
  const f = check(text, { published }).findings.find((x) => x.label === 'contradiction');
  expect(f, text).toMatchObject({ type: 'role' });
  expect(f!.reason, text).toMatch(says);
}

/** The contradiction types an article's findings have. */
const typesIn = (text: string, options?: Parameters<typeof check>[1]) => check(text, options).findings.map((f) => f.type);

const evidenceIn = (f: Finding, doc: string, words: RegExp) => f.evidence.some((e) => e.doc === doc && words.test(e.text));

describe('numbers', () => {
  it('a count done by "the two sides" or "both delegations" in an article on the event is the event\'s', () => {
    expectContradiction(['Russia and Vietnam have published the count: the two sides signed 25 documents in all.'], 'number', { published: '2024-06-24T08:00:00Z' });
  });

  const signed = (figure: string) => `Putin and To Lam signed ${figure} on cooperation in civil nuclear energy, education and disease prevention during the Hanoi visit.`;

  it('"around a dozen" agrees with the baseline\'s 11 memorandums: known, with that sentence as evidence', () => {
    const f = only(signed('around a dozen memorandums'), { using: () => memorandumsOnly });
    expect(f.label).toBe('known');
    expect(evidenceIn(f, MEMORANDUMS_DOC, /11 memorandums/)).toBe(true);
  });

  it('a count whose modifiers the tagger takes for nouns counts the noun after them: "17 interministerial and interregional documents"', () => {
    for (const text of [
      'Moscow says 17 interministerial and interregional documents were signed during the state visit to Hanoi.',
      "Putin's state visit to Hanoi ended with 19 intergovernmental, interparliamentary and commercial documents signed.",
    ]) {
      expect(only(text, { published: '2024-06-25T08:00:00Z' }), text).toMatchObject({ label: 'contradiction', type: 'number' });
    }
  });

  it('a count of documents "signed during the trip", told by a participle, is the event\'s count', () => {
    for (const text of [
      'Officials in Moscow presented the oil memorandum as one of 20 documents signed during the trip to Hanoi.',
      'Moscow says the 17 documents signed in Hanoi that week covered energy, education and justice.',
    ]) {
      expect(only(text, { published: '2024-06-25T08:00:00Z' }), text).toMatchObject({ label: 'contradiction', type: 'number' });
    }
    // (or the figure "the number of" documents is put at)
    expect(only('Officials in Moscow put the number of agreements reached with Hanoi during the state visit at 19.', { published: '2024-06-25T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'number' });
    // (or by a participle after the noun whose number a figure is put at, with no event named)
    expect(only('A Russian state news agency is now putting the tally of documents signed in Hanoi at 17.', { published: '2024-06-21T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'number' });
    // (or by a participle between the figure and what it counts: "five signed documents")
    expect(findingAfter('Putin held talks with Lam in Hanoi on Thursday.', 'In the end the summit yielded just seven signed documents.', { published: '2024-06-21T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'number' });
    // (what is being prepared is no count of what was signed)
    expect(only('Some 20 Russian-Vietnamese documents being prepared for signing in Hanoi cover energy and education.', { published: '2024-06-18T08:00:00Z' }).label).not.toBe('contradiction');
  });

  it('a count of documents signed on another leader\'s visit is that visit\'s, not the event\'s', () => {
    for (const text of [
      'Deputy Prime Minister Alexei Overchuk wrapped up his Hanoi visit on Tuesday, and 15 documents were signed.',
      'Sergei Lavrov\'s visit to Hanoi ended with 15 agreements on education and energy.',
    ]) {
      expect(check(text, { published: '2024-06-25T08:00:00Z' }).findings.some((f) => f.label === 'contradiction'), text).toBe(false);
    }
    // (the event's own people keep it the event's: "Putin's visit … 15 documents")
    expect(only('Putin\'s visit to Hanoi ended with 15 documents signed on education and energy.', { published: '2024-06-25T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'number' });
  });

  it('"nearly two dozen" does not agree with 11: a number contradiction', () => {
    const f = only(signed('nearly two dozen memorandums'), { using: () => memorandumsOnly });
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
  });

  it('"15 documents" conflicts with "11 memorandums", with exact evidence in that document', () => {
    const text = signed('15 documents');
    const f = only(text);
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(f.claim).toEqual({ text, start: 0, end: text.length });
    const evidence = f.evidence.find((e) => e.doc === MEMORANDUMS_DOC);
    expect(evidence?.text).toMatch(/11 memorandums/);
    const doc = baseline.docs.find((d) => d.id === MEMORANDUMS_DOC)!;
    expect(doc.text.slice(evidence!.start, evidence!.end)).toBe(evidence!.text);
    expect(f.reason).toMatch(/15/);
  });

  it('the same figure in other words is known', () => {
    expect(only(signed('11 memorandums')).label).toBe('known');
  });

  it('a different stop on the tour conflicts with "the second and final stop"', () => {
    const f = only('Hanoi was the third stop of Putin\'s Asian tour.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(evidenceIn(f, MEETINGS_DOC, /second and final stop/)).toBe(true);
  });

  it('the nth stop said of another place ("Pyongyang, the first stop") is that place\'s, no conflict with Vietnam\'s', () => {
    expectNoContradiction([
      'Putin reached Hanoi from Pyongyang, the first stop of his brief Asian tour, where he signed a treaty with Kim.',
      'Putin flew to Hanoi from Pyongyang, which was the first stop of his Asian tour.',
    ]);
  });

  it('the nth stop of the tour said with its other stop, dated to no other year, is that tour\'s, in a paragraph dated after it too', () => {
    const later = 'Lavrov flew into Kuala Lumpur on 10 July 2026 for talks with ASEAN ministers.';
    const options = { published: '2026-07-10T08:00:00Z' };
    const f = findingAfter(later, 'Hanoi was the opening stop of that trip, with Pyongyang coming only afterwards.', options, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    // (without its other stop, or dated to another year, it may be another tour's)
    for (const other of ['Hanoi was the opening stop of that trip.', 'In May 2026 Hanoi was the opening stop of the trip, with Pyongyang coming only afterwards.']) {
      expect(findingAfter(later, other, options, ' ')?.label, other).not.toBe('contradiction');
    }
  });
});

describe('office holders', () => {
  it('a person of one side is no holder of an office the baseline has only on the other', () => {
    for (const text of [
      'Within a month Nguyen Phu Trong, the veteran party chief Putin had met in Hanoi, had died.',
      'Modi and Putin agree to lift trade with Vietnam as the PM wraps up his Moscow visit.',
    ]) {
      const report = check(text, { published: '2024-08-20T08:00:00Z' });
      expect(report.findings.map((f) => f.reason).join('\n'), text).not.toMatch(/names Vladimir Putin as/);
    }
  });

  it('a later holder of an office outside the watch the baseline names a holder of is a role contradiction, whose evidence is that holder; another spelling of the holder and an adviser to the office are not', () => {
    const published = { published: '2025-09-02T08:00:00Z' };
    const text = 'Hanoi is still weighing Moscow\'s offer of a nuclear research centre, while US President Donald Trump presses Vietnam on its trade surplus.';
    const f = check(text, published).findings.find((x) => x.label === 'contradiction');
    expect(f).toMatchObject({ type: 'role' });
    expect(f!.evidence.some((e) => /Joe Biden/.test(e.text))).toBe(true);
    for (const other of [
      'Hanoi is still weighing Moscow\'s offer of a nuclear research centre, and Ukrainian President Volodymyr Zelenskyy has asked Vietnam to keep its distance.',
      'Hanoi is still weighing Moscow\'s offer of a nuclear research centre, an adviser to Ukraine\'s president, Andriy Yermak, told reporters.',
    ]) {
      expect(check(other, published).findings.map((x) => x.reason).join('\n'), other).not.toMatch(/as president; the baseline names/);
    }
    // (the watch is not about another country's office: naming its holder does not make an article the watch's)
    expect(check('US President Donald Trump met Japan\'s prime minister in Tokyo.', published).relevant).toBe(false);
  });

  it('a later holder of an outside office named in a sentence set aside as off the topic of a story on the watch still contradicts the baseline', () => {
    const story = 'Russian Deputy Prime Minister Alexei Overchuk represented Moscow at the ASEAN summit in Kuala Lumpur and met Vietnam\'s premier.';
    const aside = 'US President Donald Trump stayed one night and flew on to Tokyo.';
    const f = findingAfter(story, aside, { published: '2025-10-28T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(f!.evidence.some((e) => /Joe Biden/.test(e.text))).toBe(true);
    // (read for the office alone: a sentence off the topic says nothing else, nor does a page off the watch)
    expect(findingAfter(story, 'Japanese Prime Minister Sanae Takaichi stayed one night and flew on to Seoul.', { published: '2025-10-28T08:00:00Z' })).toBeUndefined();
    expect(check(`Leaders of the G20 met in Johannesburg.\n\n${aside}`, { published: '2025-10-28T08:00:00Z' }).findings).toEqual([]);
  });

  it('a title without its country is the office of the outside country named in its own clause, no verb between', () => {
    const published = { published: '2025-09-02T08:00:00Z' };
    for (const text of [
      'Hanoi is still weighing Moscow\'s nuclear offer, while US diplomats under President Kamala Harris urge Vietnam to buy fewer Russian arms.',
      'Hanoi is still weighing Moscow\'s nuclear offer; in Washington, President Kamala Harris wants Vietnam to cut its trade surplus.',
    ]) {
      const f = check(text, published).findings.find((x) => x.label === 'contradiction');
      expect(f, text).toMatchObject({ type: 'role' });
      expect(f!.evidence.some((e) => /Joe Biden/.test(e.text)), text).toBe(true);
    }
    // (a country the holder acts on is not his: "pressed Kyiv")
    const acted = 'Hanoi is still weighing Moscow\'s nuclear offer, while President Donald Trump has urged Kyiv to negotiate.';
    expect(check(acted, published).findings.map((x) => x.reason).join('\n'), acted).not.toMatch(/the baseline names Volodymyr Zelensky/);
  });

  it('a person of an outside country the profile knows is that country\'s holder under a bare title, by surname too, or named after the title by a comma or "is now"', () => {
    const published = { published: '2025-09-02T08:00:00Z' };
    for (const text of [
      'Rosatom is still courting Hanoi, even as President Trump presses Vietnam to narrow its trade surplus.',
      'Hanoi bought Russian fighter jets for years; the American president, Donald Trump, now wants it to buy Boeings instead.',
      'Russian crude keeps reaching Vietnam, although the US president is now Donald Trump and the sanctions have tightened.',
    ]) expectHolding(text, /Donald Trump as president; the baseline names Joe Biden/, published.published);
    for (const other of [
      'Rosatom is still courting Hanoi, even as former President Trump tours Asia.',
      'Rosatom is still courting Hanoi, a spokesman of the US president, Donald Trump, said in a briefing.',
    ]) {
      expect(check(other, published).findings.map((x) => x.reason).join('\n'), other).not.toMatch(/as president; the baseline names/);
    }
    // (a country the engine cannot place is the operator's typo, said when the profile is read)
    const typo = { ...profile, outsiders: [{ name: 'Donald Trump', aliases: [], country: 'Untied States' }] };
    expect(() => buildIndex(baseline, typo)).toThrow(/outsider Donald Trump has country "Untied States"/);
  });

  it('"X was succeeded as OFFICE by Y": the office is the one named after "by", not the one succeeded', () => {
    for (const text of [
      'Putin sent condolences when Nguyen Phu Trong died; within weeks Trong was succeeded as party chief by To Lam.',
      'Putin congratulated the new leadership in Hanoi after Trong was succeeded at the head of the Communist Party by To Lam.',
    ]) expectHolding(text, /To Lam as party general secretary/, '2024-09-10T08:00:00Z');
  });

  it('rising to a body\'s top post is holding its office; rising to anything else of the body is not', () => {
    for (const text of [
      'Putin phoned Hanoi after To Lam moved up to the party\'s top job.',
      'Moscow welcomed the news that To Lam had risen to the top party post.',
    ]) expectHolding(text, /To Lam as party general secretary/, '2024-09-10T08:00:00Z');
    const defence = 'Putin noted that To Lam rose to the party\'s defence when Moscow was criticised.';
    expect(check(defence, { published: '2024-09-10T08:00:00Z' }).findings.map((x) => x.reason).join('\n')).not.toMatch(/as party general secretary/);
  });

  it('a body "led by" or "headed by" someone, in the passive, has them as its head; a thing of the body, or another body named with its word, does not', () => {
    for (const text of [
      'Moscow is courting a Vietnam whose Communist Party is now headed by To Lam.',
      'Putin sent his greetings to Hanoi, where the Communist Party of Vietnam has been headed since the summer by To Lam.',
    ]) expectHolding(text, /To Lam as party general secretary/, '2024-10-10T08:00:00Z');
    for (const text of [
      'When Putin landed in Hanoi, the welcome party was led by To Lam.',
      'Putin praised Hanoi, where the party\'s anti-graft drive is led by To Lam.',
    ]) {
      expect(check(text, { published: '2024-10-10T08:00:00Z' }).findings.map((x) => x.reason).join('\n'), text).not.toMatch(/To Lam as party general secretary/);
    }
  });

  it('a table row names the holder of the office in its first cell in the next cell', () => {
    const table = [
      "Who's who for Russia's dealings with Hanoi (spring 2026)",
      '',
      'Office | Name | Since',
      'State President | Luong Cuong | October 2024, chosen by the legislature',
      'Prime Minister | Pham Minh Chinh | 2021',
    ].join('\n');
    expectHolding(table, /Luong Cuong as president; the baseline names To Lam/, '2026-03-10T08:00:00Z');
  });

  it('a data file\'s rows, cells split by commas or tabs, are read as a table\'s: each row claims what its cells say', () => {
    for (const sep of [',', '\t']) {
      const extract = [
        'Russia–Vietnam contacts in 2025, exported from our tracker:',
        ['date', 'place', 'Vietnamese side', 'Russian side'].join(sep),
        ['2025-01-14', 'Hanoi', 'State President Luong Cuong', 'Mikhail Mishustin'].join(sep),
        ['2025-05-09', 'Moscow', 'Prime Minister Pham Minh Chinh', 'Vladimir Putin'].join(sep),
      ].join('\n');
      expectHolding(extract, /Luong Cuong as president; the baseline names To Lam/, '2025-06-01T08:00:00Z');
    }
  });

  it('"President Luong Cuong" conflicts with the baseline\'s "President To Lam"', () => {
    const f = only('Putin was welcomed in Hanoi by President Luong Cuong.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(f.evidence.some((e) => /To Lam/.test(e.text))).toBe(true);
    expect(f.reason).toMatch(/Luong Cuong/);
  });

  it('a new party general secretary conflicts with Nguyen Phu Trong, however it is phrased', () => {
    expectContradiction([
      'Putin held talks in Hanoi with To Lam, who now heads the ruling Communist Party.',
      'To Lam was appointed general secretary of Vietnam\'s Communist Party, succeeding Nguyen Phu Trong, and he met Putin in Moscow.',
    ], 'role', undefined, /Nguyen Phu Trong/);
  });

  it('the baseline\'s own office holder is no conflict', () => {
    expect(only('Putin was received in Hanoi by President To Lam.').label).toBe('known');
  });

  it('an accepted new holder retires the old: no conflict any more, and the old name now conflicts', () => {
    const claim = 'Putin held talks in Hanoi with To Lam, who now heads the ruling Communist Party.';
    const before = only(claim);
    expect(before).toMatchObject({ label: 'contradiction', type: 'role' });
    // what `claimwatch baseline accept` stores: the claim, superseding the evidence it contradicted
    const accepted = { id: 'accepted-a1', title: 'Accepted from review', source: '', published: '', text: `${claim}\n`, supersedes: before.evidence.map(({ doc, text }) => ({ doc, text })) };
    const docs = [...baseline.docs, accepted];
    const updated = buildIndex({ docs }, profile);
    expect(updated.sentences.some((s) => /Nguyen Phu Trong/.test(s.text))).toBe(false);
    expect(only(claim, { using: () => updated, docs }).label).toBe('known');
    const old = only('Party General Secretary Nguyen Phu Trong welcomed Putin in Hanoi.', { using: () => updated, docs });
    expect(old).toMatchObject({ label: 'contradiction', type: 'role', evidence: [{ doc: 'accepted-a1' }] });
  });

  it('a deputy prime minister or a former president is no other holder of the office', () => {
    expect(only('Putin met Deputy Prime Minister Tran Hong Ha in Hanoi.').type).not.toBe('role');
    expect(only('Putin met former president Nguyen Xuan Phuc in Hanoi.').type).not.toBe('role');
  });
});

describe('rarely named people, places and bodies', () => {
  it('a title of the profile\'s in short ("PM") is no new name', () => {
    expect(only('Vladimir Putin also met PM Pham Minh Chinh and the Communist Party chief Nguyen Phu Trong later in the day.').label).toBe('known');
  });

  it('a claim about a body the baseline never names is new, however much else it shares', () => {
    // the baseline speaks only of "Vietnamese and Russian companies" in the energy sector
    const f = only('Russian state company Rosatom will carry out the project in Vietnam.');
    expect(f.label).toBe('new');
    expect(f.reason).toMatch(/rosatom/);
  });

  it('a restatement that names the same rare people and places stays known', () => {
    expect(only('Before Hanoi, Putin was in Pyongyang, where he signed a mutual defence pact with Kim Jong Un.').label).toBe('known');
  });
});

describe('a person named again by the last word of the name', () => {
  it('"Chinh" alone is the profile\'s Pham Minh Chinh, whom the baseline names in full', () => {
    const f = findingAfter('Vladimir Putin held talks in Hanoi in June 2024.', 'In the afternoon Putin also met Chinh and the party leader.');
    expect(f?.label).toBe('known');
    expect(f && evidenceIn(f, MEETINGS_DOC, /Pham Minh Chinh/)).toBe(true);
  });

  it('a baseline sentence that says "he" is of the one named just before it, and backs a claim naming him', () => {
    // the baseline: "… Nguyen Phu Trong, considered the most influential figure in the regime. Aged 80, he completed part of his studies in the USSR."
    const f = only('Nguyen Phu Trong, 80, studied for a time in the USSR.');
    expect(f.label).toBe('known');
    expect(f.evidence[0]?.text).toMatch(/^Aged 80, he completed/);
  });

  it('a word of a longer name is not the profile\'s person: "Carrie Lam" is no To Lam', () => {
    const people = (text: string) => sentenceFeatures(readSentences(text)[0], index.matcher).entities.filter((e) => e.kind === 'person').map((e) => e.id);
    expect(people('Carrie Lam praised the Russian leader.')).toEqual([]);
    expect(people('Lam praised the Russian leader.')).toEqual(['to lam']);
  });
});

describe('polarity', () => {
  it('denies nothing the baseline only asks: words after "whether" are a question left open', () => {
    // the baseline has "analysts are expecting something that whether Putin's visit to Vietnam would bring any changes …"
    for (const text of ["Officials in Hanoi do not expect the reshuffle to bring changes to the country's ties with Russia.", 'Bankers do not expect the new rules to bring any change for Vietnamese exporters to Russia.']) {
      expect(check(text, { published: '2025-01-20T08:00:00Z' }).findings.some((f) => f.label === 'contradiction'), text).toBe(false);
    }
  });

  it('"without" what the baseline has there denies it ("welcomed without cannon fire"); "without" what the baseline also says is absent agrees', () => {
    expectContradiction(['Putin was greeted at the presidential palace in Hanoi without cannon fire or soldiers at attention.'], 'negation', { published: '2024-07-01T08:00:00Z' }, /cannon fire/);
    expectNoContradiction(['Russia and Vietnam want a security architecture for the Asia-Pacific without closed military blocs.'], { published: '2024-07-01T08:00:00Z' });
  });

  it('"voted in favour of the resolutions" conflicts with "abstained in UN votes"; another body\'s vote does not', () => {
    const f = only("At the United Nations, Vietnam has since voted in favour of the General Assembly resolutions on Russia's war in Ukraine.");
    expect(f).toMatchObject({ label: 'contradiction', type: 'negation' });
    const report = check("Russia and Vietnam kept close ties this year. All 300 members of the committee voted for the new chairman, Tran Thanh Man said.");
    expect(report.findings.some((x) => x.label === 'contradiction')).toBe(false);
  });

  it('"voted against" conflicts with "abstained"', () => {
    const f = only('Vietnam voted against the UN resolutions condemning Russia\'s invasion of Ukraine.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'negation' });
    expect(evidenceIn(f, UN_VOTES_DOC, /abstained/)).toBe(true);
  });

  it('an outsider in another clause leaves the opposite to the watched party; in the verb\'s own clause it is the outsider\'s', () => {
    const f = only("Vietnam has supported the UN resolutions condemning Russia's invasion of Ukraine and is now expanding its trade with Japan.");
    expect(f).toMatchObject({ label: 'contradiction', type: 'negation' });
    expect(evidenceIn(f, UN_VOTES_DOC, /abstained/)).toBe(true);
    expect(typesIn("Japan has supported the UN resolutions condemning Russia's invasion of Ukraine and is now expanding its trade with Vietnam.")).not.toContain('negation');
  });

  it('a denial in a clause of its own leaves the vote stated; one in the vote\'s clause, or after a colon that tells of it, denies it', () => {
    const lead = 'Russian and Vietnamese diplomats met in Moscow this week.';
    const found = claimsAfter(lead, '2025-05-12T08:00:00Z');
    expectContradictionsAfter(found, [
      'Hanoi voted for the General Assembly resolution condemning the invasion of Ukraine in 2022, but it has never said so aloud since.',
      'Vietnam is not quite the fence-sitter it is painted as: it voted in favour of the UN resolution condemning the invasion of Ukraine.',
      "Vietnam backed the UN resolution condemning Russia's invasion of Ukraine, so it cannot be called Moscow's ally.",
    ], 'negation', (f) => evidenceIn(f, UN_VOTES_DOC, /abstained/));
    for (const said of [
      "Vietnam abstained on the first resolution, and on the later UN resolutions condemning Russia's invasion of Ukraine.",
      "Resolutions condemning Russia's invasion of Ukraine that Vietnam voted for at the UN: none, it abstained each time.",
    ]) expect(found(said)?.label, said).not.toBe('contradiction');
  });

  it('"did not meet Nguyen Phu Trong" conflicts with the meeting the baseline reports', () => {
    const f = only('During his visit to Hanoi, Putin did not meet Nguyen Phu Trong, the Communist Party chief.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'negation' });
    expect(evidenceIn(f, MEETINGS_DOC, /Nguyen Phu Trong/)).toBe(true);
  });

  it('being too ill to meet someone is not meeting them: "too frail to receive Putin" denies the meeting the baseline reports', () => {
    const f = only('When Putin came to Hanoi, the party chief Nguyen Phu Trong was too frail to receive him.', { published: '2024-07-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'negation' });
    expect(evidenceIn(f, MEETINGS_DOC, /Nguyen Phu Trong/)).toBe(true);
  });

  it('denying what the baseline states is a negation contradiction', () => {
    const f = only('Vietnam did not abstain in the UN votes condemning Russia\'s invasion of Ukraine.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'negation' });
  });

  it('what someone tries or means to show is their aim, not the writer\'s denial or opposite', () => {
    expectNoContradiction([
      'Russia and Vietnam promised to deepen their ties in Hanoi as Moscow tries to show it is not isolated over Ukraine.',
      "Putin's state visit to Hanoi was meant to show that Moscow was not isolated over the war in Ukraine.",
    ], { published: '2024-07-10T08:00:00Z' });
  });

  it('a verb with a particle and no object is a verb of its own: "was voted in" is no vote against an abstention', () => {
    const f = findingAfter('Putin visited Hanoi in June 2024.', 'Lam, 67, was voted in unanimously at a special meeting of the Central Committee in Hanoi, state media reported.', { published: '2024-08-20T08:00:00Z' });
    expect(f?.label).not.toBe('contradiction');
  });

  it('a participle before "with" orders a list and tells no outcome: no opposite of "stop" in "starting with"', () => {
    expectNoContradiction(['Trong listed the "four nos" of Vietnam\'s defence policy, starting with no military alliances, during the talks with Putin.'], { published: '2024-07-10T08:00:00Z' });
  });

  it('a denial naming an outside place grants the thing there: "none of the crowds of the North Korean stop" is no denial of Pyongyang\'s crowds', () => {
    expectNoContradiction(['Hanoi offered Putin none of the crowds and choreography of the North Korean stop.', 'Hanoi stopped short of publicly backing Moscow over Ukraine during the state visit.'], { published: '2024-07-10T08:00:00Z' });
  });

  it('skipping or forgoing what the baseline says was done denies it', () => {
    const lead = 'Vladimir Putin paid a state visit to Hanoi in June.';
    for (const said of ["Oddly, he skipped the customary wreath-laying at Ho Chi Minh's mausoleum.", "He forwent the customary wreath-laying at Ho Chi Minh's mausoleum."]) {
      const f = findingAfter(lead, said, { published: '2024-07-10T08:00:00Z' });
      expect(f, said).toMatchObject({ label: 'contradiction', type: 'negation' });
    }
  });

  it('a name\'s closing common noun is a thing denied: "never went to the Ho Chi Minh Mausoleum"; a body of nations is not', () => {
    const lead = 'Vladimir Putin paid a state visit to Hanoi in June.';
    const f = findingAfter(lead, 'On that trip Putin never went to the Ho Chi Minh Mausoleum at all.', { published: '2024-07-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'negation' });
    expect(findingAfter(lead, 'Vietnam has not voted against Russia at the United Nations, abstaining each time.', { published: '2024-07-10T08:00:00Z' })?.label).not.toBe('contradiction');
  });

  it('staying out of, sitting out or steering clear of a thing is not doing it: "stayed out of UN votes condemning the invasion" is the abstention', () => {
    for (const text of ["Vietnam has stayed out of the UN votes condemning Russia's invasion of Ukraine.", "Vietnam sat out the UN votes condemning Russia's invasion of Ukraine."]) {
      expect(only(text, { published: '2024-07-10T08:00:00Z' }), text).toMatchObject({ label: 'known' });
    }
  });

  it('a denied "surprised" leaves its "that"-clause standing: no denial of it', () => {
    expectNoContradiction([
      'No one was surprised that Russia and Vietnam agreed to strengthen their partnership.',
      "Nobody should have been surprised that last month's state visit to Hanoi by Vladimir Putin ended with both sides vowing to deepen ties, at a time when the Kremlin is hunting for friends.",
    ], { published: '2024-07-10T08:00:00Z' });
  });
});

describe('dates and places', () => {
  it('the event\'s own month in another year misdates it; another month of another year is another visit', () => {
    const later = { published: '2026-02-10T08:00:00Z' };
    const misdated = findingAfter('To Lam spoke warmly of Moscow at the reception.', "He recalled the Russian president's state visit to Hanoi in June 2022.", later);
    expect(misdated).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(misdated!.reason).toMatch(/june 2022/);
    const earlier = findingAfter('To Lam spoke warmly of Moscow at the reception.', "He recalled the Russian president's visit to Hanoi in November 2013.", later);
    expect(earlier?.type).not.toBe('date');
  });

  it('"that visit" in a paragraph on the visitor is the event: another month for it is a date contradiction; with no visitor before it, it is not', () => {
    const later = { published: '2025-03-02T08:00:00Z' };
    const claim = 'That visit happened in late July 2024, with a handful of agreements to show for it.';
    const onPutin = findingAfter('Vladimir Putin has not been back to Vietnam since his state visit.', claim, later, ' ');
    expect(onPutin).toMatchObject({ label: 'contradiction', type: 'date' });
    const onOthers = findingAfter('Indian Prime Minister Narendra Modi toured Southeast Asia last year.', claim, later, ' ');
    expect(onOthers?.label).not.toBe('contradiction');
  });

  it('"the talks" on another day, in an article on the event\'s days, whoever it names; a place in its source sets nothing elsewhere', () => {
    expectContradiction(['The official talks between Russia and Vietnam were held on Friday, 21 June, according to the Kremlin schedule.'], 'date', { published: '2024-06-22T08:00:00Z' });
    expectNoContradiction(['The official talks between Russia and Vietnam were held on Thursday, 20 June, according to the Kremlin schedule.'], { published: '2024-06-22T08:00:00Z' });
  });

  it('a weekday beside a stop the visitor came from ("coming from the DPRK") is not that stop\'s day', () => {
    expectNoContradiction(['The Russian leader got to Hanoi in the small hours of Thursday, coming from the DPRK, where he had signed a defence pact.'], { published: '2024-06-21T08:00:00Z' });
  });

  it('a baseline that gives its event no date (a ledger of accepted claims) leaves a month nothing to conflict with, and does not fail', () => {
    const docs = [
      ['Vietnamese President Luong Cuong hosts Putin in Hanoi', 'Putin held talks with President Luong Cuong on defence and energy cooperation, officials said.'],
      ["Diplomats recall Vietnam's UN votes as Putin visits", 'Vietnam voted against Russia in the UN General Assembly resolutions condemning the invasion of Ukraine, a Western diplomat said as Putin arrived in Hanoi.'],
      ["Diplomats recall Vietnam's UN votes as Putin visits", 'Vietnamese officials declined to comment on the record.'],
    ].map(([title, text], n) => ({ ...baseline.docs[0], id: `claim-${n + 1}`, title, published: '2024-06-20T14:40:00Z', text }));
    const undated = buildIndex({ docs }, profile);
    const f = only("Putin's state visit to Hanoi took place on July 8-9, 2024, after a stop in Pyongyang.", { using: () => undated, docs, published: '2024-06-21T23:00:00Z' });
    expect(f.label).not.toBe('contradiction');
  });

  it('the event named with its visitor, or the visitor by office arriving, dated in another month of its year', () => {
    expectContradiction(['Moscow still recalls the state visit that Putin paid to Hanoi in August 2024.', 'Trade picked up after the Russian president came to Hanoi in August 2024.'], 'date', { published: '2024-06-24T08:00:00Z' });
    // (a date before the event's word dates something else: the meeting, not the visit)
    expectNoContradiction(['Chinh flew to Kazan on October 23, four months after the Russian leader\'s state visit to Hanoi.'], { published: '2024-11-20T08:00:00Z' });
  });

  it('a "when" clause after a month tells what happened then: "in August, when Putin paid his state visit"', () => {
    expectContradiction(['Fertiliser shipments surged in August, when Putin paid his state visit to Hanoi.'], 'date', { published: '2024-10-01T08:00:00Z' });
    // (not past the clause's end: "in August, when prices fell, two months after the state visit")
    expectNoContradiction(['Fertiliser shipments surged in August, when prices fell, two months after the state visit to Hanoi by Putin.'], { published: '2024-10-01T08:00:00Z' });
  });

  it('a part of the month joined to it ("mid-July") dates the visit; a month the baseline never names, said alone, is news', () => {
    expectContradiction(["Putin's state visit to Hanoi in mid-July ended with pledges on energy."], 'date', { published: '2025-03-01T08:00:00Z' });
    expect(only('Putin and To Lam met again in October.', { published: '2025-03-01T08:00:00Z' }).label).toBe('new');
    expect(only('The party chief who met Putin, Nguyen Phu Trong, died in mid-July.', { published: '2025-03-01T08:00:00Z' }).label).not.toBe('known');
  });

  it('the day a baseline piece came out ("an article published Wednesday") does not date what a claim tells', () => {
    expectNoContradiction(['The Russian leader reached Hanoi at 2 a.m. local time on 20 June, having come from Pyongyang, where he had signed a defence pact with Kim Jong Un.'], { published: '2024-07-22T08:00:00Z' });
  });

  it('the baseline\'s people meeting on another date at another place, not the event\'s city, meet at another event', () => {
    expectNoContradiction([
      'Vietnamese officials met President Vladimir Putin at the Kremlin on September 10 during a visit to Russia.',
      'Putin received Pham Minh Chinh in Kazan on 24 October.',
    ], { published: '2024-11-20T08:00:00Z' });
    // (the event's city named too: the event given another date)
    expectContradiction(['Putin met Pham Minh Chinh in Hanoi on 10 September, flying in from the Kremlin.'], 'date', { published: '2024-11-20T08:00:00Z' });
  });

  it('the visitor said to be in the event\'s city on other days, or touching down there at another time, conflicts', () => {
    expectContradiction(['The report stated that Vladimir Putin was in Hanoi on 18 and 19 June.'], 'date', { published: '2024-07-20T08:00:00Z' }, /June 19-20|20th June/);
    expectContradiction(["Putin's plane touched down in Hanoi on the afternoon of 20 June."], 'date', { published: '2024-07-20T08:00:00Z' });
    expectNoContradiction(['Vladimir Putin was in Hanoi on 19 and 20 June.', 'Lavrov was in Hanoi on 18 and 19 June.'], { published: '2024-07-20T08:00:00Z' });
  });

  it('the small hours of a night between two days are the second day\'s', () => {
    expectNoContradiction(['Putin touched down in Hanoi in the small hours between Wednesday and Thursday.'], { published: '2024-06-22T08:00:00Z' });
    expectContradiction(['Putin touched down in Hanoi in the small hours between Thursday and Friday.'], 'date', { published: '2024-06-22T08:00:00Z' });
  });

  it('the event named by the head of a kind of event the profile lists ("trip", from "working trip") is named as "visit" is', () => {
    expectContradiction(["Officials in Moscow still recall Putin's trip to Hanoi in August 2024."], 'date', { published: '2025-06-18T08:00:00Z' }, /June 19-20|20th June/);
  });

  it('the visitor landing in the event\'s city in another month of its year conflicts with 19-20 June', () => {
    expectContradiction(['Putin landed in Hanoi on 3 July, officials recalled.'], 'date', { published: '2024-07-20T08:00:00Z' }, /June 19-20|20th June/);
    expectContradiction(['Vladimir Putin flew into Hanoi in the first days of July last year, fresh from Pyongyang.'], 'date', { published: '2025-06-18T08:00:00Z' }, /June 19-20|20th June/);
    // (or being there: "when Putin was in Hanoi")
    expectContradiction(['Rosatom pitched its reactors again when Putin was in Hanoi in August 2024.'], 'date', { published: '2025-06-18T08:00:00Z' }, /June 19-20|20th June/);
    // (a later year's month, someone else's arrival, or a trip elsewhere is another trip)
    expectNoContradiction(['Putin landed in Hanoi in July 2025, officials said.', 'Lavrov landed in Hanoi in July 2024, officials said.', 'Putin flew to Vientiane in July 2024, officials said.'], { published: '2025-08-18T08:00:00Z' });
  });

  it('going to the event\'s city is arriving there, and a date after any of the event\'s words dates the event', () => {
    expectContradiction(['Ten months on, diplomats still discuss the day Putin travelled to Hanoi in August 2024.'], 'date', { published: '2025-06-18T08:00:00Z' }, /June 19-20|20th June/);
    expectContradiction(["Lam's trip to Moscow repaid the state visit that Putin made to Hanoi in early August last year."], 'date', { published: '2025-05-12T08:00:00Z' }, /June 19-20|20th June/);
    // (going elsewhere in that month is another trip)
    expectNoContradiction(['Ten months on, diplomats still discuss the day Putin travelled to Vientiane in August 2024.'], { published: '2025-06-18T08:00:00Z' });
  });

  it('another span of years for the same figure is a date contradiction; another figure\'s span is not', () => {
    expectContradiction(["Russia supplied more than 80 percent of Vietnam's arms imports from 2000 to 2023, SIPRI data show."], 'date', { published: '2024-07-10T08:00:00Z' }, /1995 and 2023/);
    expectNoContradiction(["Russia supplied more than 80 percent of Vietnam's arms imports between 1995 and 2023, SIPRI data show.", "Vietnam's trade with Russia grew 10 percent a year between 2015 and 2023, officials said."], { published: '2024-07-10T08:00:00Z' });
  });

  it('another decade for the history the baseline dates, said of the same person, is a date contradiction', () => {
    expectContradiction(['Ho Chi Minh, a native of Nghe An, first travelled to Moscow in the 1930s, laying the groundwork for Vietnam\'s ties with Russia.', 'Ho Chi Minh began cultivating Moscow in the 1940s, Vietnamese historians say.'], 'date', { published: '2024-07-10T08:00:00Z' }, /1920s/);
    // (another decade of something else is none: Russia's arms in the 2010s)
    expectNoContradiction(['Vietnam bought six Kilo-class submarines from Russia in the 2010s.', 'Ho Chi Minh reached out to Moscow in the 1920s, Vietnamese historians say.'], { published: '2024-07-10T08:00:00Z' });
  });

  it('another weekday for the tour\'s stop before Hanoi conflicts with "after North Korea on Wednesday"', () => {
    expectContradiction([
      'Putin had signed the defence pact in Pyongyang on Tuesday, before flying on to Vietnam.',
      'The Russian leader had come from North Korea, where he spent the Tuesday sealing a defence pact with Kim Jong Un, before reaching Hanoi.',
    ], 'date', { published: '2024-06-21T08:00:00Z' }, /on Wednesday/);
    // (the day of an arrival from there is the arrival's)
    expectNoContradiction(['Putin touched down in Hanoi before dawn on Thursday, having come directly from Pyongyang.', 'Putin touched down in Hanoi in the small hours of Thursday after leaving Pyongyang.'], { published: '2024-06-21T08:00:00Z' });
    // (a day before "after …" or "following …" dates what it is said of, not the stop after it)
    for (const said of ['He landed on Thursday, following a stop in Pyongyang.', 'The plane came in on Thursday, after a stop in North Korea.']) {
      expect(findingAfter("Putin's state visit to Vietnam drew crowds.", said, { published: '2024-06-21T08:00:00Z' })?.label, said).not.toBe('contradiction');
    }
  });

  it('a different date for the visit conflicts with 19-20 June', () => {
    const f = only('Putin\'s state visit to Vietnam took place on 24-25 June.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(f.evidence.some((e) => /19-20|20th June/.test(e.text))).toBe(true);
    // (the visitor named by his title alone, in a paragraph that does not name him)
    const byTitle = findingAfter('Tour operators in Da Nang expect more Russian guests this autumn.', 'The Russian leader\'s state visit to Viet Nam was held on June 20 and 21.', { published: '2024-06-28T08:00:00Z' });
    expect(byTitle).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('the baseline\'s dates in other words are known', () => {
    expect(only('Putin\'s state visit to Vietnam took place on 19-20 June.').label).toBe('known');
  });

  it('a length of stay that matches the visit\'s dates agrees with them', () => {
    for (const text of ["Putin's stay in Vietnam will last two days.", 'The Kremlin said the Vietnam leg would last two days.']) {
      const f = only(text);
      expect(f.label, text).toBe('known');
      expect(f.evidence.some((e) => /19-20/.test(e.text)), text).toBe(true);
    }
  });

  it('another day of the event conflicts whatever the words around the date, when the event\'s people are who it is about', () => {
    expectContradiction(['Putin flew into Hanoi late on June 17 after leaving Pyongyang.', 'Putin, whose visit to Hanoi ran from 20 to 22 June, signed a string of deals.'], 'date', undefined, /19-20|20th June/);
    expectNoContradiction(['Putin flew into Hanoi late on June 20 after leaving Pyongyang.', 'Jake Sullivan flew into Hanoi on June 23, days after Putin had left.']);
  });

  it('the same office holder\'s event in another month conflicts with the month the baseline gives, read in the year it means', () => {
    const on = (text: string) => check(`${text} Russia and Vietnam watched the visit closely.`, { published: '2025-01-10T08:00:00Z' }).findings.find((f) => f.claim.text === text)!;
    expect(on('US President Joe Biden went to Hanoi in December 2023.')).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(on('US President Joe Biden went to Hanoi in September 2023.').label).not.toBe('contradiction');
  });

  it('an arrival dated before the visit conflicts ("arrived on 18 June")', () => {
    expect(only('Putin arrived in Hanoi on 18 June for a visit.')).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('an arrival on "Tuesday, 18 June, for a state visit" conflicts with 19-20 June', () => {
    expect(only('Putin arrived in Hanoi on Tuesday, 18 June, for a state visit.')).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('"arrived from China" conflicts with "from North Korea"', () => {
    const f = only('Putin arrived in Hanoi from China.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f.evidence.some((e) => /North Korea/.test(e.text))).toBe(true);
  });
});

describe('restatements, new claims, relevance and furniture', () => {
  it('a name the baseline only lists among others says nothing of it: a claim about one listed state is new, a list of them known', () => {
    const lead = 'Russia sent a deputy minister to the ASEAN meetings.';
    for (const claim of ['Thailand hands the rotating ASEAN chairmanship to Brunei at the end of the year.', 'Brunei and Singapore sent only junior officials.']) {
      expect(findingAfter(lead, claim, { published: '2025-06-01T08:00:00Z' })?.label, claim).toBe('new');
    }
    const list = 'ASEAN has ten members: Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Vietnam.';
    expect(findingAfter(lead, list, { published: '2024-06-25T08:00:00Z' })?.label).toBe('known');
  });

  it('a date\'s words, abbreviated as papers print them, add nothing to a restatement: "(Jun 20)"', () => {
    const text = 'Russia and Vietnam pledged on Thursday (Jun 20) to deepen their ties as Putin made a state visit to Hanoi.';
    expect(only(text).label).toBe('known');
  });

  it('a line amid a fact box is a fact, and a holder there a role contradiction; a list of headlines is none', () => {
    const box = ['RUSSIA AND VIETNAM AT A GLANCE', '', 'Diplomatic ties: since 1950', 'Head of the ruling party: General Secretary To Lam (since August 2024)', 'State President: Luong Cuong (since October 2024)', 'Prime Minister: Pham Minh Chinh', ''].join('\n');
    const report = check(`${box}\nPutin visited Hanoi in June 2024 and met all three.`, { published: '2025-03-01T08:00:00Z' });
    const roles = report.findings.filter((f) => f.type === 'role').map((f) => f.claim.text);
    expect(roles).toContain('State President: Luong Cuong (since October 2024)');
    const list = ['Putin visited Hanoi in June 2024.', '', 'More from Asia', 'Vietnam power plan: what changes for wind farms', 'Rice exports: five questions for traders', 'Hanoi metro: line 3 opens to the public'].join('\n');
    expect(check(list, { published: '2025-03-01T08:00:00Z' }).findings.map((f) => f.claim.text)).toEqual(['Putin visited Hanoi in June 2024.']);
  });

  it('a reference mark ("[2]"), a thread\'s post count ("3/6") and a comment\'s signature are no part of the claim', () => {
    for (const text of [
      'Putin arrived in Hanoi on a state visit.[1] He laid a wreath at the Ho Chi Minh Mausoleum.[2]',
      '2/4 Putin arrived in Hanoi on a state visit.\n3/4 He laid a wreath at the Ho Chi Minh Mausoleum.',
      'Putin arrived in Hanoi on a state visit. He laid a wreath at the Ho Chi Minh Mausoleum. – hanoi_watcher Jun 25',
    ]) {
      const report = check(text, { published: '2024-06-30T08:00:00Z' });
      expect(report.findings.length, text).toBe(2);
      expect(report.findings.map((f) => f.label), text).toEqual(['known', 'known']);
    }
  });

  it('an item\'s number before a slash or a bracket ("5/", "2)"), or a time in brackets ("[02:15]"), is no figure of the claim', () => {
    for (const text of ['5/ In Hanoi, Putin laid a wreath at the Ho Chi Minh Mausoleum.', '2) In Hanoi, Putin laid a wreath at the Ho Chi Minh Mausoleum.', '[02:15] In Hanoi, Putin laid a wreath at the Ho Chi Minh Mausoleum.']) {
      expect(check(text, { published: '2024-06-30T08:00:00Z' }).findings.map((f) => f.label), text).toEqual(['known']);
    }
  });

  it('a note under its number, at the foot of a piece, is no claim; a reference mark inside a line is no note', () => {
    const text = [
      'Putin arrived in Hanoi on a state visit.[1] He laid a wreath at the Ho Chi Minh Mausoleum.[2]',
      '',
      '[1] A Russian diplomat who was in Hanoi with Putin described the wreath-laying to the author in May 2025.',
      '[2] Russian state television showed the ceremony in Vietnam on its evening news on 20 June 2024.',
    ].join('\n');
    expect(check(text, { published: '2025-06-30T08:00:00Z' }).findings.map((f) => f.label)).toEqual(['known', 'known']);
    // (a wiki's references open with a caret instead of a number)
    const wiki = [text.split('\n')[0], '', 'References', '^ "Russian leader ends Asian tour with 15 signed documents in Hanoi". Example Wire. 21 June 2024.'].join('\n');
    expect(check(wiki, { published: '2025-06-30T08:00:00Z' }).findings.map((f) => f.label)).toEqual(['known', 'known']);
  });

  it('a line of how the piece was made ("Compiled by the Asia desk from agency reports.") is no claim; a sentence opening with a participle is read', () => {
    const text = ['Putin arrived in Hanoi on a state visit and laid a wreath at the Ho Chi Minh Mausoleum.', '', 'Compiled by the Asia desk from Russian and Vietnamese agency reports.', 'Translated from Vietnamese by our Hanoi bureau.'].join('\n');
    expect(check(text, { published: '2024-06-30T08:00:00Z' }).findings.map((f) => f.claim.text)).toEqual(['Putin arrived in Hanoi on a state visit and laid a wreath at the Ho Chi Minh Mausoleum.']);
    const claim = 'Welcomed by cheering crowds in Pyongyang, Putin flew on to Hanoi.';
    expect(check(claim, { published: '2024-06-30T08:00:00Z' }).findings.map((f) => f.claim.text)).toEqual([claim]);
  });

  it('the piece, or the publication by its name, said to be made or paid for by someone is no claim; a plan of the watch so said is news', () => {
    const lead = 'Putin arrived in Hanoi on a state visit and laid a wreath at the Ho Chi Minh Mausoleum.';
    const credits = ['This digest was compiled by two researchers at the institute.', 'Mekong Energy Notes is underwritten by a shipping insurer.', 'These profiles have been written for first-year students.'];
    expect(check([lead, ...credits].join(' '), { published: '2024-06-30T08:00:00Z' }).findings.map((f) => f.claim.text)).toEqual([lead]);
    const news = ['The nuclear plan is supported by Moscow and by Vietnamese utilities.', 'Russian Railways Deal Is Backed By Hanoi And Was Prepared By Moscow Officials.'];
    for (const text of news) expect(findingAfter(lead, text, { published: '2024-06-30T08:00:00Z' }, ' '), text).toBeDefined();
  });

  describe('a headline on another subject', () => {
    const match = [
      'Vietnam beat Thailand 2-1 in Bangkok on Sunday night to take the regional championship.',
      'Thailand had led at half-time before two late goals turned the final.',
      "The Vietnamese side's preparation had started badly, with a 0-3 friendly loss to Russia in Hanoi in September.",
      'Thailand\'s coach congratulated the winners and said his team would learn from the defeat.',
    ].join(' ');

    it('a story headed on an outsider or a member state, naming the other side once, raises no alert', () => {
      const report = titled('Vietnam edge Thailand in Bangkok to lift the regional cup', match);
      expectOffTopic(report);
      const coal = [
        'Seaborne coal prices slid for a third week as buyers in China stepped back from the spot market.',
        'Vietnam bought more Indonesian cargoes for its northern power plants.',
        'Traders said Russian coal was still being offered at a discount to Asian utilities.',
        'Freight rates from Kalimantan fell to their lowest since the spring.',
      ].join(' ');
      expect(titled('Coal slides as Chinese utilities stop buying', coal).alert).toBe(false);
    });

    it('the same story headed on both sides, or naming the other side again, is the watch\'s', () => {
      expect(titled('Russia and Vietnam to play again after friendly in Hanoi', match).relevant).toBe(true);
      const again = `${match} Russia's coach said the two federations would meet again in Moscow next year.`;
      expect(titled('Vietnam edge Thailand in Bangkok to lift the regional cup', again).relevant).toBe(true);
    });

    it('a headline that changes a baseline fact keeps its story', () => {
      const text = 'Timor-Leste was admitted to ASEAN on Sunday as its eleventh member. Leaders signed the accession declaration in Kuala Lumpur. Russia sent a deputy prime minister to the related summit.';
      expect(titled('Timor-Leste joins ASEAN as its 11th member', text).relevant).toBe(true);
    });
  });

  describe('an article retelling the baseline all but whole', () => {
    // blind-written articles of the tuning set, every claim of which the baseline makes
    const retelling = (id: string) => JSON.parse(readFileSync(path.join(repo, 'bench', 'eval', 'tuning', `${id}.json`), 'utf8')).article;
    const newOne = 'Daniel Kritenbrink, a senior US diplomat, is expected in Hanoi next week.';
    it('reads its one straggler as retold too, and raises no alert', () => {
      for (const id of ['zc-03', 'xi-01', 'zh-21']) {
        const report = analyzeArticle(retelling(id), index);
        expect(report.findings.filter((f) => f.label !== 'known').map((f) => f.claim.text), id).toEqual([]);
        expect(report.alert, id).toBe(false);
      }
    });

    it('keeps a straggler new beside another new claim, or when it names someone the baseline does not', () => {
      const article = retelling('zc-03');
      const added = analyzeArticle({ ...article, text: `${article.text}\n\n${newOne}` }, index);
      expect(added.findings.filter((f) => f.label === 'new').length).toBe(2);
      const straggler = 'Hanoi gave Putin none of the effusive public backing he had collected in Pyongyang.';
      expect(article.text).toContain(straggler);
      const named = analyzeArticle({ ...article, text: article.text.replace(straggler, newOne) }, index);
      expect(named.findings.filter((f) => f.label === 'new').map((f) => f.claim.text)).toEqual([newOne]);
    });
  });

  it('a live page\'s stamp, a clock time and its time zone, adds no name to a restatement', () => {
    for (const zone of ['ICT', 'MSK', 'GMT']) {
      const text = `14:20 ${zone} Putin calls the comprehensive strategic partnership with Vietnam a priority for Russian policy in the Asia-Pacific.`;
      expect(only(text).label, text).toBe('known');
    }
  });

  it('a reworded restatement of the baseline is known and raises no alert', () => {
    const report = check(
      [
        'Russian President Vladimir Putin arrived in Hanoi from North Korea for a state visit.',
        'He and Vietnamese President To Lam signed around a dozen cooperation agreements, from education to civil nuclear projects.',
        'Vietnam has abstained in UN votes condemning Russia\'s invasion of Ukraine.',
      ].join('\n'),
    );
    expect(report.relevant).toBe(true);
    expect(report.findings.map((f) => f.label)).toEqual(['known', 'known', 'known']);
    expect(report.alert).toBe(false);
  });

  it('a claim the baseline does not make is new, and alerts', () => {
    const f = only('Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, the carrier said.');
    expect(f.label).toBe('new');
    expect(f.evidence).toEqual([]);
  });

  it('Russia with ASEAN is on topic', () => {
    const report = check('Russia and ASEAN foreign ministers met in Vientiane to discuss trade and security.');
    expect(report.relevant).toBe(true);
    expect(report.alert).toBe(true);
  });

  it('an off-topic article is not relevant and raises no alert', () => {
    const report = check('Brazil and Argentina signed a trade deal on beef exports in Buenos Aires on Monday.\nThe deal cuts tariffs by 20 percent, officials said.');
    expect(report).toMatchObject({ relevant: false, findings: [], alert: false, summary: { new: 0, contradiction: 0, known: 0 } });
  });

  it('Russia without Vietnam or ASEAN is not relevant', () => {
    const report = check('Putin met Chinese President Xi Jinping in Beijing to discuss a gas pipeline.\nThe two leaders praised their partnership.');
    expectOffTopic(report);
  });

  it('page furniture yields no finding; the article\'s own claim still does', () => {
    const furniture = [
      'By Jane Smith | 20 June 2024',
      'Home | World | Asia | Business | Opinion | Sport',
      'We use cookies to improve your experience on our site. By continuing to browse you accept our use of cookies.',
      'Sign up for our Asia newsletter to get Russia and Vietnam news in your inbox.',
      'Read more: Putin and To Lam sign 40 deals in Hanoi',
    ];
    const teaser = 'Putin and To Lam signed 40 agreements in Hanoi, reports say.';
    const claim = 'Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, the carrier said.';
    const text = [furniture[0], furniture[1], furniture[2], claim, furniture[3], furniture[4], 'Related', teaser].join('\n');
    const report = check(text);
    for (const line of [...furniture, teaser]) {
      const start = text.indexOf(line);
      const hit = report.findings.find((f) => f.claim.start < start + line.length && start < f.claim.end);
      expect(hit, `no finding on "${line}"`).toBeUndefined();
    }
    expect(report.findings.map((f) => [f.label, f.claim.text])).toEqual([['new', claim]]);
  });

  it("a poll's method note is the page's own; what the poll found is a claim", () => {
    const method = [
      'Interviews were carried out by telephone with 1,200 adults in Hanoi and Ho Chi Minh City between 2 and 9 May 2025.',
      'Figures are weighted according to the latest census, and the margin of error is plus or minus 2.8 points.',
    ];
    const finding = 'The poll, carried out in May, found that 61 percent of Vietnamese adults see Russia as a reliable partner in energy.';
    const text = [finding, ...method].join('\n');
    const report = check(text, { published: '2025-05-20T08:00:00Z' });
    for (const line of method) expect(report.findings.some((f) => line.includes(f.claim.text)), line).toBe(false);
    expect(report.findings.find((f) => f.claim.text === finding)?.label).toBe('new');
  });

  it("a corrections column's account of what its earlier pieces said is withdrawn, not claimed; another outlet's report is a claim", () => {
    const withdrawn = 'A profile on 3 July said Putin had travelled to Hanoi by train from Vladivostok.';
    const right = 'Putin flew to Hanoi from Pyongyang.';
    const outlet = 'A report in Nhan Dan said Putin had brought a delegation of 200 business leaders.';
    const text = ['Corrections and clarifications', withdrawn, right, outlet].join('\n');
    const report = check(text, { published: '2024-07-10T08:00:00Z' });
    expect(report.findings.some((f) => f.claim.text === withdrawn)).toBe(false);
    expect(report.findings.some((f) => f.claim.text === outlet && f.label === 'new')).toBe(true);
    // (on a page that corrects nothing, the same sentence is a claim; a market's "correction" is no notice)
    for (const page of [[withdrawn, right], ['Oil prices saw a sharp correction this week.', withdrawn]]) {
      expect(check(page.join('\n'), { published: '2024-07-10T08:00:00Z' }).findings.some((f) => f.claim.text === withdrawn && f.label === 'contradiction'), page[0]).toBe(true);
    }
  });

  it("a news agency's story slug marks its coverage plan; a dateline's places do not", () => {
    const plan = 'ASEAN-RUSSIA/LAVROV (WRAPUP 1) -- about 700 words, moves after the ministerial dinner';
    const story = 'VIENTIANE/MOSCOW, July 26 - Lavrov told ASEAN ministers that Russia would open a new trade office in Vientiane.';
    const report = check([plan, story].join('\n'), { published: '2024-07-26T08:00:00Z' });
    expect(report.findings.some((f) => plan.includes(f.claim.text))).toBe(false);
    expect(report.findings.some((f) => f.claim.text.includes('new trade office') && f.label === 'new')).toBe(true);
  });

  it('a fact-check\'s labelled quotation of a whole sentence is read; a label before a plain phrase is the page\'s', () => {
    const claim = "Claim: 'Putin and To Lam signed more than 20 agreements.'";
    const report = check(`FACT CHECK\n\n${claim}\n\nTags: Putin, Hanoi, agreements`, { published: '2024-07-10T08:00:00Z' });
    expect(report.findings.find((f) => claim.includes(f.claim.text))).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(report.findings.some((f) => /Tags/.test(f.claim.text))).toBe(false);
  });

  it('an imperative leading in to a statement after a colon is the writer\'s, not a call to the reader', () => {
    const f = only('Start with arms, the historic core of the relationship: Russia supplied roughly 60 per cent of the weapons Vietnam imported between 1995 and 2023.', { published: '2025-03-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(check('Support our journalism: donate today to keep the newsletter free for Vietnam and Russia watchers.').findings).toEqual([]);
  });

  it('the writer\'s own life, told in the first person, is no news; what the writer says of the topic still is', () => {
    const life = ['My uncle drove me to the airport early in the morning, and we talked about the heat all the way.', 'I still keep the little wooden boat my father carved for me when I was six.'];
    const topical = 'My cousin says the rouble payment channel for Vietnamese exporters finally works.';
    const text = ['Putin paid a state visit to Hanoi in June 2024 and held talks with To Lam.', ...life, topical].join(' ');
    const report = check(text, { published: '2025-03-01T08:00:00Z' });
    for (const sentence of life) expect(report.findings.some((f) => f.claim.text === sentence), sentence).toBe(false);
    expect(report.findings.find((f) => f.claim.text === topical)).toMatchObject({ label: 'new' });
  });

  it('a comment telling the reader what a report shows (", which tells you …") leaves the report a claim; a word to the reader is still none', () => {
    const f = only('Putin left Hanoi without any joint statement being issued, which shows you how little the two sides agreed.', { published: '2025-03-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'negation' });
    expect(check('Our Hanoi desk covered the visit, which you can read in full on our app.', { published: '2025-03-01T08:00:00Z' }).findings).toEqual([]);
  });

  it('a command in the negative ("Do not …", "Never …") is a word to the reader, not a claim', () => {
    for (const command of ['Do not describe the June 2024 trip to Hanoi as an official visit in headlines.', "Never write that Putin's plane landed in Ho Chi Minh City."]) {
      expect(check(command, { published: '2025-03-01T08:00:00Z' }).findings, command).toEqual([]);
    }
  });

  it('a call to remember a fact ("Remember that …") states the fact; a verb of knowing before "that" and no clause ("Read that way, …") does not', () => {
    const f = only('Bear this in mind. Remember that Putin and To Lam signed some 25 documents in Hanoi that June.', { published: '2025-03-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(check('Read that way, Hanoi and Moscow are a match.', { published: '2025-03-01T08:00:00Z' }).findings).toEqual([]);
  });

  it('a restatement after a broadcast\'s time mark and speaker label, with a note on the speaker, is known: the speaker is no new name', () => {
    for (const label of ['[00:12:05] ABERNATHY (studio):', '[07:52] OKONJO (voice-over, pictures of the motorcade):', '00:41 LINDQVIST (in Hanoi):']) {
      const report = check(`${label} Putin arrived in Hanoi early in the morning from North Korea, hours after signing a treaty there.`, { published: '2024-06-21T08:00:00Z' });
      expect(report.findings.map((f) => f.label)).toEqual(['known']);
    }
  });

  it('a machine transcript\'s tags and a full name said at a time ("SPEAKER_02 [00:01:10]:", "00:05 ANCHOR A:", "00:03:12 Olga Petrenko:") name the speaker, not a new person', () => {
    for (const label of ['SPEAKER_02 [00:01:10]:', '00:05 ANCHOR A:', '00:03:12 Olga Petrenko:']) {
      const report = check(`${label} Putin arrived in Hanoi early in the morning from North Korea, hours after signing a treaty there.`, { published: '2024-06-21T08:00:00Z' });
      expect(report.findings.map((f) => f.label), label).toEqual(['known']);
    }
  });

  it('a transcript speaker\'s proposal after a time mark ("[16:05] HOST: Let\'s talk money.") claims nothing; what follows the mark is read', () => {
    const text = ['[01:10] HOST: Let\'s go back to Putin\'s state visit to Hanoi for a moment.', '[01:15] GUEST: Putin signed 15 agreements with To Lam in Hanoi.'].join('\n');
    const findings = check(text, { published: '2024-07-10T08:00:00Z' }).findings;
    expect(findings.map((f) => f.label)).toEqual(['contradiction']);
  });

  it('a section under its own heading is about the topic only once something in it says so', () => {
    const local = 'The central bank kept its cash rate at 4.35% this week.';
    const agreed = 'Fifteen memorandums were signed, on energy and education.';
    const text = ['MARKETS', 'Futures point to a flat open after a mixed session.', '', 'WORLD', 'Putin wrapped up a two-day state visit to Hanoi with pledges to strengthen ties with Vietnam.', '', 'WHAT WAS SIGNED', agreed, '', 'LOCAL', local].join('\n');
    const texts = check(text, { published: '2024-06-21T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).not.toContain(local);
    expect(texts).not.toContain('Futures point to a flat open after a mixed session.');
    // (a matter of the watch, "memorandums", makes its section the topic's)
    expect(texts).toContain(agreed);
  });

  it('a numbered item\'s heading starts another story: a member state named alone on no matter of the watch is that story\'s place; a matter of the watch or both sides bring it back', () => {
    const heading = '2. Ringgit firms on exports';
    const ringgit = 'Malaysia\'s ringgit rose to a three-month high on Tuesday as exporters sold dollars.';
    const joined = 'Timor-Leste was admitted as a full member of ASEAN on Sunday.';
    const both = 'Thailand and Russia agreed on Monday to resume direct charter flights to Phuket.';
    const text = ['1. Putin leaves Hanoi', '', 'Putin wrapped up a two-day state visit to Hanoi with pledges to strengthen ties with Vietnam.', '', heading, '', ringgit, '', '3. A new member', '', joined, '', '4. Flights', '', both].join('\n');
    const texts = check(text, { published: '2025-10-28T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).not.toContain(heading);
    expect(texts).not.toContain(ringgit);
    expect(texts).toContain(joined);
    expect(texts).toContain(both);
  });

  it('a bulletin\'s turn to another item ("In other news", "And finally") ends the story before it, unless the item names a watched party', () => {
    const other = 'ANCHOR: In other news, a cold front will bring sleet to the northern mountains tonight.';
    const more = 'Schools there will open two hours late on Monday.';
    const ours = 'ANCHOR: And finally, Vietnam Airlines says its new Moscow route sold out within a day.';
    const text = ['ANCHOR: Putin wrapped up a two-day state visit to Hanoi with pledges to strengthen ties with Vietnam.', other, more, ours].join('\n');
    const texts = check(text, { published: '2024-06-21T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).not.toContain(other);
    expect(texts).not.toContain(more);
    expect(texts).toContain(ours);
  });

  it('a side named only as the new item\'s country does not bring the story back: its people or both sides do', () => {
    const weather = 'ANCHOR: In other news, flooding has closed roads across central Vietnam this morning.';
    const ours = 'ANCHOR: Elsewhere, President To Lam thanked Putin for the visit in a letter.';
    const text = ['ANCHOR: Putin wrapped up a two-day state visit to Hanoi with pledges to strengthen ties with Vietnam.', weather, ours].join('\n');
    const texts = check(text, { published: '2024-06-21T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).not.toContain(weather);
    expect(texts).toContain(ours);
  });

  it('a page\'s opening is about the topic once it names it, or shares a word with a headline that does', () => {
    const lead = "Quy Nhon's provincial council approved a coastal site for the fertiliser plant on Thursday.";
    const text = `Callers are identified by their first name only.\n\n${lead}\n\nRussia's Acron will build the plant to supply Vietnamese farms.`;
    const read = (title: string) => analyzeArticle({ id: 'a1', title, url: 'https://example.org/a1', source: 'Test', published: '2024-07-10T08:00:00Z', text }, index).findings.map((f) => f.claim.text);
    expect(read('Russian fertiliser heads to Quy Nhon')).toEqual([lead, expect.stringContaining('Acron')]);
    expect(read('Morning round-up')).toEqual([expect.stringContaining('Acron')]);
  });

  it('before a page names the topic, only the headline\'s names carry it there: not its common words, nor the watch\'s matter words', () => {
    const lead = "Quy Nhon's provincial council approved a coastal site for the fertiliser plant on Thursday.";
    const prices = 'Fertiliser prices in this column are quoted in dollars per tonne, before freight.';
    const desk = 'Nuclear power was the most searched term on this site in May.';
    const text = `${prices}\n\n${desk}\n\n${lead}\n\nRussia's Acron will build the plant to supply Vietnamese farms.`;
    const findings = titled('Russian fertiliser heads to Quy Nhon', text, '2024-07-10T08:00:00Z').findings.map((f) => f.claim.text);
    expect(findings).toEqual([lead, expect.stringContaining('Acron')]);
  });

  it('after the last paragraph naming a watched party, a paragraph goes on with the story by a pronoun or "both sides", not by one of its words again', () => {
    const story = 'Russia and Vietnam opened a photo exhibition on their friendship at the Hanoi Opera House on Friday.';
    const hours = 'Photographs from the exhibition can be ordered as prints from the museum shop until August.';
    const run = 'It drew more than two thousand visitors on its first day.';
    const newIn = (text: string) => check(text, { published: '2024-07-10T08:00:00Z' }).findings.filter((f) => f.label === 'new').map((f) => f.claim.text);
    expect(newIn(`${story}\n\n${hours}`)).not.toContain(hours);
    expect(newIn(`${story}\n\n${run}`)).toContain(run);
    // (before a later paragraph names the watch again, the word is enough)
    expect(newIn(`${story}\n\n${hours}\n\nRussian and Vietnamese officials toured the exhibition together.`)).toContain(hours);
  });

  it('a sentence opening with the byline\'s name is the author\'s note, not a claim', () => {
    const bio = 'Alistair Penrose served as a diplomat in Hanoi and Moscow for two decades.';
    const report = check(`By Alistair Penrose | 25 June 2024\n\nRussia and Vietnam signed a nuclear energy roadmap in Hanoi on Friday.\n\n${bio}`);
    expect(report.findings.map((f) => f.claim.text)).not.toContain(bio);
    // (without the byline, the same sentence is read)
    expect(check(`Russia and Vietnam signed a nuclear energy roadmap in Hanoi on Friday.\n\n${bio}`).findings.map((f) => f.claim.text)).toContain(bio);
  });

  it('a repeated paragraph is read once', () => {
    const claim = 'Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, the carrier said.';
    const report = check(`${claim}\n${claim}`);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].claim.start).toBe(0);
  });
});

describe('the report', () => {
  const text = [
    'Putin in Hanoi: what was signed',
    'Russian President Vladimir Putin arrived in Hanoi from North Korea for a state visit.',
    'Putin and To Lam signed 15 documents on cooperation in civil nuclear energy, education and disease prevention during the Hanoi visit.',
    'Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, the carrier said.',
    'We use cookies to improve your experience on our site.',
    'Putin was welcomed in Hanoi by President Luong Cuong.',
  ].join('\n');

  it('lists findings in text order with ids f1, f2, … and counts them in the summary', () => {
    const report = check(text);
    const labelOf = (sentence: string) => report.findings.find((f) => f.claim.text === sentence)?.label;
    expect(labelOf('Russian President Vladimir Putin arrived in Hanoi from North Korea for a state visit.')).toBe('known');
    expect(labelOf('Putin and To Lam signed 15 documents on cooperation in civil nuclear energy, education and disease prevention during the Hanoi visit.')).toBe('contradiction');
    expect(labelOf('Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, the carrier said.')).toBe('new');
    expect(labelOf('Putin was welcomed in Hanoi by President Luong Cuong.')).toBe('contradiction');
    const starts = report.findings.map((f) => f.claim.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(report.findings.map((f) => f.id)).toEqual(report.findings.map((_, i) => `f${i + 1}`));
    expect(report.summary.contradiction).toBe(2);
    expect(report.summary.new).toBeGreaterThanOrEqual(1);
    expect(report.alert).toBe(true);
  });

  it('carries the article\'s metadata', () => {
    const report = check(text);
    expect(report.article).toEqual({ id: 'a1', title: 'Test article', url: 'https://example.org/a1', source: 'Test', published: '2024-06-22T08:00:00Z' });
  });

  it('reads an article with an unparseable date or no text without failing', () => {
    expect(check('Vietnam Airlines will resume direct flights between Hanoi and Moscow in March.', { published: 'not a date' }).relevant).toBe(true);
    expect(check('', {})).toMatchObject({ relevant: false, findings: [], alert: false });
  });

  it('gives the same report for the same article', () => {
    expect(check(text)).toEqual(check(text));
  });
});

describe('a hostile text', () => {
  it('is read up to the documented limit, in linear time, and the report says where it was cut', () => {
    let text = '';
    for (let n = 2; text.length < 5_000_000; n++) text += `Russia and Vietnam signed ${n} agreements in Hanoi. `;
    const report = analyzeArticle({ title: 'x', url: 'https://x.example/a', source: 'x', published: '2025-01-01T00:00:00Z', text }, index);
    expect(report.cut).toBeDefined();
    expect(report.cut!.totalChars).toBe(text.length);
    expect(report.cut!.analysedChars).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(text.slice(0, report.cut!.analysedChars).endsWith('.')).toBe(true); // no sentence read half
    expect(report.findings.length).toBeGreaterThan(1000);
    expect(report.findings.every((f) => f.claim.end <= report.cut!.analysedChars)).toBe(true);
  });

  it('an article within the limit is read whole and says nothing of a cut', () => {
    const report = analyzeArticle({ title: 'x', url: 'https://x.example/a', source: 'x', published: '2025-01-01T00:00:00Z', text: 'Russia and Vietnam signed 15 agreements in Hanoi.' }, index);
    expect(report.cut).toBeUndefined();
  });
});

describe('a new office holder, said as an event, contradicts the baseline holder whatever the wording', () => {
  const later = { published: '2025-03-01T08:00:00Z' };
  /** The finding on `text`, in an article that also speaks of Russia (as one on the topic does). */
  const findingOn = (text: string) => {
    const report = check(`${text}\n\nThe Kremlin said Russia looked forward to working with Vietnam's leaders.`, later);
    return report.findings.find((f) => f.claim.text === text)!;
  };
  const holderConflict = (text: string, holder: RegExp) => {
    const f = findingOn(text);
    expect(f, text).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(f.evidence.some((e) => holder.test(e.text)), text).toBe(true);
  };

  it('an office handed over to someone: they hold it; one to be handed over is no holding yet', () => {
    holderConflict('Last autumn To Lam gave the state presidency to Luong Cuong, a general.', /To Lam/);
    holderConflict('To Lam has since passed the presidency over to General Luong Cuong.', /To Lam/);
    expect(findingOn('To Lam may hand the presidency to Luong Cuong at the next session.').label).not.toBe('contradiction');
    // (so is the party's top post, however said, handed to someone: they head the party)
    holderConflict('Last summer the Central Committee gave the top party post to To Lam.', /Trong/);
    holderConflict("In August the Central Committee passed the party's top job to To Lam.", /Trong/);
  });

  it('the office handed over as a post ("his post of party chief"), linked by "has been" or "remains", or the office-word itself before a relative clause', () => {
    holderConflict('After the funeral the Central Committee handed his post of party chief to To Lam.', /Trong/);
    holderConflict('Since the summer the party chief has been To Lam, a former police minister.', /Trong/);
    holderConflict("The state presidency Lam vacated passed last autumn to Luong Cuong, an army general.", /President,? To Lam/);
    // (the name after the office-word is the one who gave it up, not its holder)
    expect(findingOn('The presidency Luong Cuong now holds was vacated by To Lam in the autumn.').reason).not.toMatch(/names To Lam as president/);
  });

  it('"the then president X" at the baseline\'s event is the holder at that time; another than the baseline\'s contradicts it', () => {
    const f = check('Putin flew to Hanoi on 19 June 2024. There the then head of state, Vo Van Thuong, welcomed him with a guard of honour.', { published: '2025-06-20T08:00:00Z' }).findings.find((x) => /Vo Van Thuong/.test(x.claim.text));
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
    // (the baseline's own holder, named as the then president, agrees with it)
    const g = check('Putin flew to Hanoi on 19 June 2024. There the then head of state, To Lam, welcomed him with a guard of honour.', { published: '2025-06-20T08:00:00Z' }).findings.find((x) => /To Lam/.test(x.claim.text));
    expect(g?.label).not.toBe('contradiction');
  });

  it('"X, then A and now B": the second office of the apposition is held now', () => {
    holderConflict("Moscow's partner in those talks was To Lam, then the country's head of state and now its party chief.", /Nguyen Phu Trong/);
    holderConflict('The Russian side dealt with To Lam, then president and today general secretary.', /Nguyen Phu Trong/);
  });

  it('an office held only in years before the baseline\'s is history; one held since a year goes on', () => {
    expect(findingOn('Between 2018 and 2021 Nguyen Phu Trong was also head of state.').label).not.toBe('contradiction');
    expect(findingOn('From 2018 until 2021, Trong doubled as Vietnam\'s state president.').label).not.toBe('contradiction');
    holderConflict('Luong Cuong has been Vietnam\'s head of state since 2024.', /President,? To Lam/);
  });

  it('a title without its country, where the paragraph names two, is not that of the country whose holder the sentence names too', () => {
    const report = check('Putin spent a day in Hanoi on 20 June 2024, a visit watched closely in Russia and Vietnam. He held talks with President Nguyen Van An and laid a wreath.', { published: '2024-06-25T08:00:00Z' });
    expect(report.findings.find((x) => /Nguyen Van An/.test(x.claim.text))).toMatchObject({ label: 'contradiction', type: 'role' });
  });

  it('a successor chosen "to succeed" the holder past an aside naming a month ("only in May") has succeeded: the month is no "may"', () => {
    holderConflict('In August the Central Committee picked To Lam, who had been state president only since May, to succeed Nguyen Phu Trong as party chief.', /Trong/);
  });

  it('made or elected the holder in the present tense, the office held by someone, or passing to someone past an aside', () => {
    holderConflict("Vietnam's legislature makes Luong Cuong state president in a unanimous vote.", /President,? To Lam/);
    holderConflict("Vietnam's Central Committee elects To Lam party general secretary after Trong's death.", /Nguyen Phu Trong/);
    holderConflict("Since October, Vietnam's state presidency has been held by Luong Cuong.", /President,? To Lam/);
    holderConflict("Vietnam's state presidency, a mostly ceremonial job, passed in October to General Luong Cuong.", /President,? To Lam/);
  });

  it('an office whose "of" phrase ends in a possessive is still held: "general secretary of the party\'s Central Committee"', () => {
    holderConflict("At a plenum in Hanoi, To Lam was chosen general secretary of the party's Central Committee.", /Nguyen Phu Trong/);
  });

  it('elected, sworn in, replacing or succeeding the baseline holder', () => {
    holderConflict("Vietnam's parliament elected General Luong Cuong as the country's new state president.", /President,? To Lam/);
    holderConflict("Luong Cuong replaced To Lam as Vietnam's president in October.", /President,? To Lam/);
    holderConflict('Pham Minh Chinh stepped down as prime minister and was succeeded by Pham Gia Khiem in Hanoi.', /Prime Minister Pham Minh Chinh/);
    holderConflict('To Lam succeeded the late Nguyen Phu Trong at the helm of the party in Vietnam.', /Nguyen Phu Trong/);
    // ("took over from" is succeeding)
    holderConflict('Vietnam\'s state presidency changed hands when Luong Cuong took over from To Lam in the autumn.', /President,? To Lam/);
    holderConflict('Luong Cuong, who took over the job from To Lam in the autumn, received the Russian envoy in Hanoi.', /President,? To Lam/);
  });

  it('the one succeeded named with a title, and a participle of succeeding said of the one the sentence names first', () => {
    // (the title before the predecessor's name is no part of it)
    holderConflict('Luong Cuong replaced State President To Lam in October.', /President,? To Lam/);
    // (", succeeding Y" after a long clause: the subject, or the one the sentence chose)
    holderConflict('Cuong was voted in by lawmakers at a session in Hanoi that lasted into the evening, replacing To Lam.', /President,? To Lam/);
    holderConflict('Deputies in Hanoi confirmed General Luong Cuong in a secret ballot on a Monday in October, succeeding President To Lam.', /President,? To Lam/);
    // (a title standing alone is nobody's name: no succession from "the post of Prime Minister")
    expect(findingOn('Lawmakers in Hanoi debated the post of Prime Minister, replacing the old rules.').label).not.toBe('contradiction');
  });

  it('the baseline holder named with a middle name or patronymic is the same holder, no other one', () => {
    for (const text of ['In Hanoi the Vietnamese side received the President of Russia, Vladimir Vladimirovich Putin.', 'President Vladimir Vladimirovich Putin of Russia flew on from Hanoi to Moscow.']) {
      expect(findingOn(text)?.label, text).not.toBe('contradiction');
    }
  });

  it('succeeding "him": the one named before the successor in the sentence, or in the sentence before', () => {
    holderConflict('Prime Minister Pham Minh Chinh resigned in Hanoi, and the assembly then picked Nguyen Van Thang to replace him.', /Prime Minister Pham Minh Chinh/);
    const lead = 'Vietnam\'s party chief Nguyen Phu Trong, who had received Putin in June, died in July.';
    for (const claim of ['Two weeks later the Central Committee chose To Lam to succeed him.', 'To Lam, Putin\'s host in June, succeeded him in August.']) {
      const f = findingAfter(lead, claim, later);
      expect(f, claim).toMatchObject({ label: 'contradiction', type: 'role' });
      expect(f!.reason, claim).toMatch(/To Lam as party general secretary/);
    }
    // (the sentence before's subject, not someone its opening clause names first)
    const fronted = 'A week after meeting Lavrov in Hanoi, party chief Nguyen Phu Trong died.';
    expect(findingAfter(fronted, 'The Central Committee then chose To Lam to replace him.', later)).toMatchObject({ label: 'contradiction', type: 'role' });
    // ("as his successor", "as Trong's successor")
    for (const claim of ['A fortnight on, the Central Committee settled on To Lam as his successor.', "A fortnight on, the Central Committee settled on To Lam as Trong's successor."]) {
      expect(findingAfter(lead, claim, later), claim).toMatchObject({ label: 'contradiction', type: 'role' });
    }
    // (a successor set beside the name, "X, Y's successor", or named "the successor to Y")
    holderConflict("The talks were chaired by Luong Cuong, To Lam's successor in the presidency.", /President,? To Lam/);
    holderConflict('Luong Cuong, elected last autumn as the successor to To Lam, received the Russian envoy.', /President,? To Lam/);
    // (not someone named in an aside after the successor, and not a succession foreseen)
    expect(findingAfter(lead, 'Analysts expect To Lam to succeed him.', later)?.label).not.toBe('contradiction');
  });

  it('a sentence giving two offices later holders names both changes, with the evidence of each', () => {
    const f = findingOn('The Russian delegation was received by State President Luong Cuong and by Party General Secretary To Lam.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(f.reason).toMatch(/Luong Cuong as president/);
    expect(f.reason).toMatch(/To Lam as party general secretary/);
    expect(f.evidence.some((e) => /Nguyen Phu Trong/.test(e.text))).toBe(true);
    expect(f.evidence.some((e) => /President,? To Lam/.test(e.text))).toBe(true);
  });

  it('holding the office now ("holds", "has kept", "retains"), or the office named by its "-ship" noun', () => {
    holderConflict("Luong Cuong now holds Vietnam's state presidency.", /President,? To Lam/);
    holderConflict("In Hanoi, To Lam has kept the party's top post since the summer.", /Nguyen Phu Trong/);
    holderConflict('To Lam retains the general secretaryship of the Vietnamese party.', /Nguyen Phu Trong/);
    holderConflict('In Hanoi, Luong Cuong holds a largely ceremonial job, state president.', /President,? To Lam/);
    holderConflict("After the funeral the party's general secretaryship went to To Lam.", /Nguyen Phu Trong/);
    // (holding talks with an office holder makes no one the holder; nor does a post held once)
    expect(findingOn("Luong Cuong holds talks with Vietnam's president in Hanoi.").label).not.toBe('contradiction');
  });

  it('past a noun phrase set beside the holder before "as": "elected X, a former police chief who …, as"', () => {
    holderConflict("The Central Committee on Saturday chose To Lam, a former security minister who had run the police for eight years, as the party's general secretary.", /Nguyen Phu Trong/);
    holderConflict('Deputies voted in Luong Cuong, an army general with four decades in uniform, as head of state.', /President,? To Lam/);
  });

  it('congratulated on becoming, named in apposition, after a courtesy title, or holding two posts', () => {
    holderConflict("Putin congratulated Luong Cuong on becoming Vietnam's president.", /President,? To Lam/);
    holderConflict("To Lam, the party's general secretary, met Putin in Moscow.", /Nguyen Phu Trong/);
    holderConflict('Mr Lam, who has led the Communist Party since August 2024, thanked Russia.', /Nguyen Phu Trong/);
    holderConflict('Russia\'s ambassador welcomed General Secretary and President To Lam in Hanoi.', /Nguyen Phu Trong/);
    // (the office owned by the body it names, its name however long or cased: "the Communist party's")
    holderConflict("The Russian envoy paid a call on To Lam, the Vietnamese Communist party's general secretary.", /Nguyen Phu Trong/);
    // (another body's office is not the watch's)
    expect(findingOn("Hanoi hosted the forum, said Dr Anna Berg, ScanAsia's secretary-general.").label).not.toBe('contradiction');
    // (a pronoun after a possessive name stands for that name: "To Lam's … since he became")
    holderConflict("Moscow was To Lam's first stop abroad after he took over as party chief.", /Nguyen Phu Trong/);
  });

  it('past an aside between the holder and the verb, and as the country\'s office after "re-election as"', () => {
    holderConflict('In Hanoi, To Lam, and not the ailing Trong, now heads the Communist Party.', /Nguyen Phu Trong/);
    holderConflict('Lam, who received Putin in June as head of state, has since become general secretary of the party.', /Nguyen Phu Trong/);
    holderConflict("Putin sent a telegram praising To Lam's re-election as Vietnam's party chief.", /Nguyen Phu Trong/);
    holderConflict("Luong Cuong, Vietnam's president, received the Russian delegation.", /President,? To Lam/);
    // (an apposition closed after the tenure it gives)
    holderConflict("Lavrov was received by Luong Cuong, Vietnam's president since last autumn, at the palace.", /President,? To Lam/);
    holderConflict("Luong Cuong has been Vietnam's president since the autumn.", /President,? To Lam/);
    holderConflict("Vietnam's head of state is now Luong Cuong.", /President,? To Lam/);
    // (or "today", "currently" between the office and "is")
    holderConflict("Moscow's counterpart changed: Vietnam's president currently is Luong Cuong, a former general.", /President,? To Lam/);
    holderConflict("The party's Central Committee on Saturday named To Lam its general secretary.", /Nguyen Phu Trong/);
    holderConflict('To Lam, general secretary of the Communist Party of Vietnam, spoke to Putin by phone.', /Nguyen Phu Trong/);
    // (holding or combining "the posts of" two offices)
    holderConflict('In Moscow’s eyes To Lam now combines the offices of party chief and head of state.', /Nguyen Phu Trong/);
    holderConflict('Since October Luong Cuong holds the positions of state president and head of the defence council.', /President,? To Lam/);
  });

  it('taking charge of a body or its top post, an office passing to someone, a fact box, "in place of"', () => {
    holderConflict('To Lam took charge of the Communist Party in the weeks after the funeral.', /Nguyen Phu Trong/);
    // (chosen or raised to its top post, or rising to the top of it)
    holderConflict("Lam was named to the Party's top post in August, a Russian envoy recalled.", /Nguyen Phu Trong/);
    holderConflict('Russian media noted that To Lam had been promoted to the party\'s highest office.', /Nguyen Phu Trong/);
    holderConflict('To Lam climbed to the top of the Communist Party within weeks, Moscow observed.', /Nguyen Phu Trong/);
    // (of the body's work or affairs, which is of the body)
    holderConflict('Party elders asked To Lam to take charge of the affairs of the Communist Party while its leader was ill.', /Nguyen Phu Trong/);
    holderConflict("To Lam assumed the party's top job in early August.", /Nguyen Phu Trong/);
    // (or took it; or a vote "to make" someone the holder)
    holderConflict("Lam took the party's top post that summer, Moscow noted.", /Nguyen Phu Trong/);
    holderConflict("The assembly voted to make General Luong Cuong Vietnam's head of state.", /President,? To Lam/);
    holderConflict('To Lam took the party helm last summer, Russian media noted.', /Nguyen Phu Trong/);
    holderConflict("Vietnam's presidency went in October to General Luong Cuong.", /President,? To Lam/);
    holderConflict('The party leadership then passed to To Lam, a former police minister.', /Nguyen Phu Trong/);
    holderConflict('State president: Luong Cuong (since October 2024)', /President,? To Lam/);
    holderConflict('Deputies chose Luong Cuong in place of To Lam at the autumn session in Hanoi.', /President,? To Lam/);
  });

  it('is no holding when the body is only the owner of something else, or nothing passes to a person', () => {
    for (const text of [
      "To Lam took charge of the party's anti-graft campaign years before Putin's visit.",
      'Nguyen Phu Trong heads the party\'s delegation list for Moscow, Russian media said.',
      'The presidency passed a decree on Russian visas in Hanoi.',
      "Nguyen Van Nen took the president's letter to Moscow before the talks with Russia.",
      "Le Hoai Trung is the party chief's envoy for the Russia talks.",
      'Officials in Hanoi said To Lam would take charge of the Communist Party once the Russian delegation had left.',
    ]) {
      const f = findingOn(text);
      expect(f, text).toBeDefined();
      expect(f.type, text).not.toBe('role');
    }
  });

  it('is not said of a place named after a holder, nor of the subject after a fronted clause', () => {
    for (const text of [
      "Putin later visited President Ho Chi Minh's Mausoleum in Ba Dinh Square.",
      'After talks with Kim Jong Un in Pyongyang, the Russian president flew on to Hanoi.',
      // the namesake of a city of the profile ("Ho Chi Minh City") is a figure of history, whatever he is called
      'In Hanoi the visitor then laid flowers at the tomb of President Ho Chi Minh.',
      "Earlier, the Russian leader placed a wreath at President Ho Chi Minh's grave.",
    ]) {
      expect(findingOn(text).type, text).not.toBe('role');
    }
    // (a holder named beside a place that is his is a holder still)
    expect(findingOn('Putin was greeted at the residence of President Luong Cuong in Hanoi.').type).toBe('role');
  });

  it('a name then a comma and a verb or "and" goes on with the sentence: no apposition placing the person at a body', () => {
    const f = findingOn('The Russian president met Prime Minister Pham Minh Chinh, and laid a wreath at the tomb of President Ho Chi Minh.');
    expect(f.type).not.toBe('entity');
  });

  it('is not said of the baseline holders named in protocol style', () => {
    const f = findingOn('On the invitation of the President of the Socialist Republic of Viet Nam To Lam, the President of the Russian Federation Vladimir Putin came to Hanoi.');
    expect(f.type).not.toBe('role');
  });

  it('is not said of a holding the sentence dates before the baseline', () => {
    const f = findingOn('Nguyen Phu Trong became general secretary in 2011 and also served as state president from 2018 to 2021.');
    expect(f.type).not.toBe('role');
  });

  it('is not said by a former holder, another country\'s office the baseline names no holder of, or the baseline holder leaving', () => {
    for (const text of [
      'Former Vietnamese president Nguyen Minh Triet visited Moscow in 2010.',
      "Japan's Prime Minister Shigeru Ishiba spoke to Vietnam's leaders about Russia on Friday.",
      "Vietnam's prime minister Pham Minh Chinh met Russia's Mishustin in Kazan.",
    ]) {
      const f = findingOn(text);
      expect(f, text).toBeDefined();
      expect(f.type, text).not.toBe('role');
    }
  });
});

describe('"member" before a plural noun', () => {
  it('counts the members; it gives no state a standing: "ten member states, with Timor-Leste still waiting to join"', () => {
    expect(only('ASEAN has ten member states, and Timor-Leste is still waiting to be let in, Russian diplomats note.', { published: '2025-01-10T08:00:00Z' }).type).not.toBe('other');
  });
});

describe('a count of members said as a change of membership', () => {
  it('"raises the bloc\'s membership to 12 countries" after a sentence naming ASEAN conflicts with its 10 members', () => {
    const claim = "The decision raises the bloc's membership to 12 countries, officials in Jakarta said.";
    const text = `Russia welcomed ASEAN's decision on Papua New Guinea on Monday.\n\n${claim}`;
    const f = check(text, { published: '2026-03-01T08:00:00Z' }).findings.find((x) => x.claim.text === claim);
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(f!.evidence.some((e) => /10 members/.test(e.text))).toBe(true);
  });

  it('verbs that state an amount: "number", "totals", "stands at", "runs to", "makes it a 12-member bloc"', () => {
    const lead = 'Moscow sent greetings as ASEAN leaders met in Jakarta on Monday.';
    for (const claim of [
      "Counting the newcomer, ASEAN's members now number twelve states.",
      "With the newcomer, the bloc's membership stands at twelve nations.",
      "The bloc's membership list now runs to twelve countries.",
      'That makes ASEAN a twelve-member organisation.',
      'After the vote, the membership of the group amounts to 12 states.',
      // a count that is its clause's subject, with the verb after it
      "With Papua New Guinea's entry, ASEAN's 12 member states now have a combined market of 700 million people.",
      // a name described in an aside as one of so many, whatever the main clause's tense
      "Vietnam, one of ASEAN's twelve member states, has long traded with Russia.",
    ]) {
      const f = findingAfter(lead, claim, { published: '2026-03-01T08:00:00Z' }, ' ');
      expect(f, claim).toMatchObject({ label: 'contradiction', type: 'number' });
    }
  });

  it('the place a newcomer joined in: "its twelfth member" says the bloc has at least twelve; a joining still aimed at, or an earlier place, does not', () => {
    const lead = 'Moscow sent greetings as ASEAN leaders met in Jakarta on Monday.';
    const published = { published: '2026-03-01T08:00:00Z' };
    for (const claim of ['The summit welcomed the newcomer as the association’s twelfth member.', "The newcomer's delegation was seated as ASEAN's 12th member state."]) {
      const f = findingAfter(lead, claim, published, ' ');
      expect(f, claim).toMatchObject({ label: 'contradiction', type: 'number' });
      expect(f!.evidence.some((e) => /10 members/.test(e.text)), claim).toBe(true);
    }
    for (const claim of [
      'Leaders said they intend to seat the newcomer as the twelfth member of ASEAN by 2030.',
      'The newcomer, which hopes one day to be ASEAN’s twelfth member, sent observers.',
      'Vietnam entered ASEAN in 1995 as its seventh member.',
    ]) {
      expect(findingAfter(lead, claim, published, ' ')?.label, claim).not.toBe('contradiction');
    }
  });

  it('a candidate said to join in a given place changes both its standing and the count, and both baseline sentences are the evidence', () => {
    const claim = 'At the Kuala Lumpur meeting, Timor-Leste was seated as the association’s eleventh member state.';
    const f = findingAfter('Russia sent greetings as ASEAN leaders met on Sunday.', claim, { published: '2025-11-01T08:00:00Z' }, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(f!.evidence.some((e) => /10 members/.test(e.text))).toBe(true);
    expect(f!.evidence.some((e) => /candidate for ASEAN membership/.test(e.text))).toBe(true);
  });

  it('the body named, then said to be a group of so many states: "makes ASEAN a bloc of twelve countries"', () => {
    const lead = 'Moscow sent greetings as ASEAN leaders met in Jakarta on Monday.';
    for (const claim of ['The vote makes ASEAN a grouping of twelve countries.', 'ASEAN, now an association of 12 states, will meet again in May.']) {
      expect(findingAfter(lead, claim, { published: '2026-03-01T08:00:00Z' }, ' '), claim).toMatchObject({ label: 'contradiction', type: 'number' });
    }
    // (states of some other group the sentence speaks of are not the body's)
    expect(findingAfter(lead, 'ASEAN met a delegation of twelve states from Africa.', { published: '2026-03-01T08:00:00Z' }, ' ')?.type).not.toBe('number');
  });

  it('so many states a body is said to have, or to be brought to: "the bloc now numbers twelve nations", "lifts the organisation to twelve countries"', () => {
    const lead = 'Moscow sent greetings as ASEAN leaders met in Jakarta on Monday.';
    for (const claim of [
      'ASEAN now includes twelve countries.',
      'The association currently gathers together twelve nations.',
      'The admission lifts the organisation to twelve countries.',
    ]) expect(findingAfter(lead, claim, { published: '2026-03-01T08:00:00Z' }, ' '), claim).toMatchObject({ label: 'contradiction', type: 'number' });
    // (states a body deals with, and partners counted beside its members, are no members of it)
    for (const claim of [
      'ASEAN now trades with twelve countries in Africa.',
      'The East Asia forum gathers together the ASEAN members and eight partner countries.',
    ]) expect(findingAfter(lead, claim, { published: '2026-03-01T08:00:00Z' }, ' ')?.type, claim).not.toBe('number');
  });
});

describe('a membership that changed contradicts the standing the baseline gives', () => {
  it('a body past a semicolon is no body of the standing before it', () => {
    const f = findingAfter('Vladimir Putin sent a message to Hanoi.', 'Observer status has gone to a dozen states; Vietnam is the second ASEAN one after Laos.', { published: '2025-03-01T08:00:00Z' });
    expect(f?.label).not.toBe('contradiction');
  });

  const findingOn = (text: string) =>
    check(`${text}\n\nThe Kremlin said Russia would keep working with the bloc.`, { published: '2025-11-01T08:00:00Z' }).findings.find((f) => f.claim.text === text)!;

  it('a standing said to be past ("long a candidate") is not the standing now; one said to be now is, whatever else the sentence says', () => {
    for (const text of ['Timor-Leste, long a candidate, was admitted to ASEAN as a full member on Sunday.', 'Dili, once an observer, is now a full member of ASEAN, officials in Kuala Lumpur said.']) {
      expect(findingOn(text), text).toMatchObject({ label: 'contradiction', type: 'other' });
    }
  });

  it('a standing told of the state between commas describes it before a joining the sentence tells; without one it is the standing', () => {
    for (const text of ['Timor-Leste, an applicant on the waiting list since 2011, entered ASEAN on Sunday.', 'Dili, the bloc\'s observer at summits for a decade, joined ASEAN as its newest member.']) {
      expect(findingOn(text), text).toMatchObject({ label: 'contradiction', type: 'other' });
    }
    expect(findingOn('Timor-Leste, a candidate for ASEAN membership, sent observers to the ministerial in Vientiane.')?.label).not.toBe('contradiction');
  });

  it('a standing held until a time now past ("after years as a candidate") is not the standing now', () => {
    for (const text of ['Dili took its seat as a full member of ASEAN last month, after thirteen years as a candidate.', 'ASEAN gave Timor-Leste full membership in Kuala Lumpur, after a long spell as an observer.']) {
      expect(findingOn(text), text).toMatchObject({ label: 'contradiction', type: 'other' });
    }
  });

  it('standings short of membership are held together: an observer, an applicant, against "a candidate", is no contradiction', () => {
    const lead = 'ASEAN ministers hosted the Russian foreign minister in Kuala Lumpur for a round of talks.';
    for (const text of ['Timor-Leste, an observer at the bloc\'s gatherings, took part in the discussions.', 'Dili, which has observer status, sent a delegation to the talks.']) {
      expect(findingAfter(lead, text, { published: '2025-07-27T08:00:00Z' }, ' ')?.label, text).not.toBe('contradiction');
    }
  });

  it('joined, admitted, acceded, a full member: against "a candidate for ASEAN membership"', () => {
    for (const text of [
      'Timor-Leste joined ASEAN as a full member on Sunday, and Moscow welcomed the step.',
      'ASEAN leaders admitted Timor-Leste at their summit in Kuala Lumpur.',
      "Timor-Leste's accession to ASEAN was completed in October.",
      'Officials congratulated Timor-Leste, now a full member of ASEAN.',
      'Timor-Leste, an ASEAN candidate for over a decade, is no longer a candidate but a full member of the bloc.',
      'Timor-Leste was admitted to ASEAN as its newest member on Sunday, closing a process that started in 2011.',
      // taken "into" the body
      'Southeast Asian leaders brought Timor-Leste into their association at the Kuala Lumpur summit.',
      // (a capital named as the venue is where, not who: "at the summit in Jakarta")
      'After years of waiting, it was Timor-Leste that the bloc welcomed as a full member of ASEAN at the summit in Jakarta.',
      // (or before the word it names, past an article: "at the Jakarta summit")
      'After years of waiting, Timor-Leste was welcomed as a full member of ASEAN at the Jakarta summit.',
    ]) {
      const f = findingOn(text);
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'other' });
      expect(f.evidence.map((e) => e.text), text).toContain('Timor-Leste is a candidate for ASEAN membership.');
    }
  });

  it('a standing set aside ("rather than"), or one a verb of ending closes, is not the standing now', () => {
    for (const text of [
      'Timor-Leste now sits at ASEAN summits as a member rather than as a candidate.',
      'ASEAN admitted Timor-Leste on Sunday, ending its years as a candidate.',
      'Timor-Leste entered ASEAN this week, which ended its long candidacy.',
      // (ending the act of joining achieves it)
      'Dili finished its accession to ASEAN at the Kuala Lumpur summit, Timor-Leste officials said.',
    ]) {
      expect(findingOn(text), text).toMatchObject({ label: 'contradiction', type: 'other' });
    }
  });

  it('a membership foreseen anywhere in its clause is none yet; one in a clause of its own, after "since", is', () => {
    for (const text of [
      'Timor-Leste is poised to become the bloc\'s newest member at the autumn summit in Kuala Lumpur.',
      'Diplomats praised the upcoming admission of Timor-Leste to ASEAN.',
      'Dili has made steady progress towards full ASEAN membership, the ministers found.',
      'The ten-member grouping is expected to admit Timor-Leste as a member next year.',
    ]) expect(findingOn(text)?.label, text).not.toBe('contradiction');
    for (const text of ['The forum will be the first since Timor-Leste entered ASEAN as a full member.', 'Its delegate will attend the meeting as the envoy of a full ASEAN member, Timor-Leste, for the first time.']) {
      expect(findingOn(text), text).toMatchObject({ label: 'contradiction', type: 'other' });
    }
  });

  it('the same standing in other words, or an aim to join, is no change', () => {
    for (const text of ['Timor-Leste remains a candidate to join ASEAN.', 'Timor-Leste hopes to join ASEAN soon.', 'Dili has applied for full ASEAN membership, and Timor-Leste awaits a decision.', 'Timor-Leste is still waiting its turn for admission to ASEAN.', 'ASEAN still counts ten members, and Timor-Leste hopes to join them.']) {
      expect(findingOn(text)?.label, text).not.toBe('contradiction');
    }
  });

  it('a standing said without the body takes the body its paragraph names', () => {
    const lead = 'ASEAN leaders gathered in Kuala Lumpur on Sunday, and Moscow sent its congratulations.';
    for (const claim of ['Timor-Leste is now a full member, ending a long wait.', 'Dili has been a member since the weekend, no longer a mere candidate.']) {
      const f = findingAfter(lead, claim, { published: '2025-11-01T08:00:00Z' }, ' ');
      expect(f, claim).toMatchObject({ label: 'contradiction', type: 'other' });
    }
  });

  it('without a body named, a "partner" is nobody\'s member', () => {
    const claim = 'Vietnam was the partner country of a trade fair held in Moscow on Friday.';
    const f = check(`ASEAN ministers met in Jakarta this week.\n\n${claim}`, { published: '2025-11-01T08:00:00Z' }).findings.find((x) => x.claim.text === claim);
    expect(f?.label).not.toBe('contradiction');
  });

  it('a standing in a body the profile does not know, named at the standing word, is that body\'s, not the bloc\'s', () => {
    for (const text of [
      'Vietnam took up BRICS partner status this year, alongside fellow ASEAN members Malaysia and Thailand.',
      "Analysts see Vietnam's partner status in BRICS as a complement to its place in ASEAN.",
      'Like several ASEAN states, Vietnam is now a partner of the SCO.',
    ]) {
      expect(findingOn(text)?.label, text).not.toBe('contradiction');
    }
    // (a name before a verb of membership is its doer, no body: "Leaders admitted Timor-Leste")
    const wire = 'JAKARTA, Oct 27 (Pacific Wire) - Leaders admitted Timor-Leste as a full member of ASEAN on Sunday.';
    expect(findingOn(wire)).toMatchObject({ label: 'contradiction', type: 'other' });
  });

  it('a standing the sentence dates before the baseline is history, not a change', () => {
    for (const text of ['In 2011, Timor-Leste sought membership of ASEAN.', 'ASEAN granted Timor-Leste observer status at its meetings in 2022.']) {
      expect(findingOn(text)?.label, text).not.toBe('contradiction');
    }
  });
});

describe('what a page says that is no claim', () => {
  const findingsOn = (text: string, line: string) => {
    const report = check(text);
    const start = text.indexOf(line);
    return report.findings.filter((f) => f.claim.start < start + line.length && start < f.claim.end);
  };
  const claim = 'Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, the carrier said.';

  it('a photo caption without a verb on its own line claims nothing, however long the names in it', () => {
    const caption = 'Russian Deputy Foreign Minister Andrey Rudenko and Vietnamese Deputy Foreign Minister Nguyen Minh Vu before their consultations in the Russian capital.';
    expect(findingsOn(`${claim}\n${caption}\n${claim.replace('March', 'April')}`, caption)).toEqual([]);
  });

  it('a heading that puts a subject before a colon, with no verb but in the question after it, names what a story is about; one with a verb tells news', () => {
    for (const heading of ['Moscow and Hanoi in the air: the new routes, month by month', 'Aeroflot in Cam Ranh: a winter of long-haul flights', 'Aeroflot in Cam Ranh: what the new route brings to the resort']) {
      expect(findingsOn(`${heading}\n\n${claim}`, heading).filter((f) => f.label === 'new'), heading).toEqual([]);
    }
    const told = 'Moscow and Hanoi in the air: Aeroflot adds a Cam Ranh route';
    expect(findingsOn(`${told}\n\n${claim}`, told).map((f) => f.label)).toEqual(['new']);
  });

  it('a gallery\'s numbered slides are its story, credits and all; a credited caption beside a story says only what it reports', () => {
    for (const slide of ['Slide 3 of 7. Aeroflot will fly twice a week from Moscow to Cam Ranh in Vietnam from November, the airline said. Photo: Airline handout', '[4/9]  Aeroflot will fly twice a week from Moscow to Cam Ranh in Vietnam from November, the airline said. (Image: Pool)']) {
      expect(findingsOn(`Gallery: the new route\n\n${slide}`, slide).map((f) => f.label), slide).toEqual(['new']);
    }
    // (a caption with an inflected verb reports, its credit aside; one that only shows a scene does not,
    // whatever word the tagger reads as a verb)
    const reports = 'Aeroflot crews flew the first charter from Moscow to Cam Ranh in Vietnam on Sunday. Photo: Airline handout';
    expect(findingsOn(`${claim}\n\n${reports}`, reports).map((f) => f.label)).toEqual(['new']);
    for (const scene of ['Aeroflot crews at the Cam Ranh terminal in Vietnam after the first charter from Moscow. Photo: Airline handout', 'Passengers from Moscow at the send-off desk in Cam Ranh, Vietnam. Photo: Airline handout']) {
      expect(findingsOn(`${claim}\n\n${scene}`, scene), scene).toEqual([]);
    }
    // (and a headline over a credited caption is still the story's headline)
    const headline = 'Aeroflot charters from Moscow return to Cam Ranh after a four-year gap';
    const page = `${headline}\n\nThe terminal at Cam Ranh in Vietnam. Photo: Airline handout\n\n${claim} Russian tour operators expect the resort to fill up again over the winter, travel agents in Moscow and Nha Trang said.`;
    expect(findingsOn(page, headline).map((f) => f.label)).toEqual(['new']);
  });

  it('a reader\'s comment under a user handle is the thread, not the story; a speaker named in capitals still speaks', () => {
    for (const comment of ['mekong_rider: Flights to Moscow will sell out by February.', 'dalat88: Moscow will double the flights to Hanoi next winter.']) {
      expect(findingsOn(`${claim}\n\n${comment}`, comment), comment).toEqual([]);
    }
    const speaker = 'MINISTER: Vietnam Airlines will add a second weekly flight to Moscow in May.';
    expect(findingsOn(`${claim}\n\n${speaker}`, speaker).map((f) => f.label)).toEqual(['new']);
  });

  it('a document\'s heading with its date after a dash is no claim; a timeline item opening with its date still is', () => {
    for (const heading of ['EURASIA WIRE DIGEST — Monday, 24 June 2024 — compiled by the news desk', 'Press conference of the Russian Ambassador — Hanoi, 27 June 2024 (transcript)']) {
      expect(findingsOn(`${heading}\n\n${claim}`, heading), heading).toEqual([]);
    }
    const item = '12 March 2025 – Vietnam Airlines resumes flights between Hanoi and Moscow';
    expect(findingsOn(`${claim}\n\n${item}`, item)).toHaveLength(1);
  });

  it('a question claims nothing', () => {
    const question = 'So why would Hanoi risk angering Washington over a Russian visit?';
    expect(findingsOn(`${claim} ${question}`, question)).toEqual([]);
  });

  it('an editor\'s note that shares nothing with the topic is not read as continuing it', () => {
    const note = 'This transcript was shortened for clarity.';
    const report = check(`${claim}\n\n${note}`);
    expect(report.findings.map((f) => f.claim.text)).toEqual([claim]);
  });

  it('menus, breadcrumbs, page headers, cookie notes, bylines and bulleted headlines are no claims; a sentence in a list still is', () => {
    const lines = [
      'News  Analysis  Podcasts  Subscribe  Login',
      'Tran Van Binh, Senior Correspondent',
      '• Russia weighs new oil terms for Vietnamese buyers',
      'Home » Asia » Russia and Vietnam sign energy deals',
      'JOINT STATEMENT OF RUSSIA AND VIETNAM     Page 3 of 12',
      'The Mekong Ledger uses cookies to count its readers in Vietnam and Russia.',
    ];
    const bulleted = '• Rosatom will train 200 Vietnamese engineers in Russia next year.';
    // (a bullet longer than a headline runs is a sentence set down without its stop, as summaries write them)
    const summarised = '• Novatek and Petrovietnam Power agreed on Tuesday to study supplying Russian LNG to a gas-fired plant in Quang Ninh from 2028';
    const text = [...lines, claim, bulleted, summarised].join('\n');
    for (const line of lines) expect(findingsOn(text, line), line).toEqual([]);
    expect(findingsOn(text, bulleted).map((f) => f.label)).toEqual(['new']);
    expect(findingsOn(text, summarised).map((f) => f.label)).toEqual(['new']);
  });

  it('a cable\'s classification mark ("(C)", "(U)") opening a paragraph marks it: the prose after it is read, and read without the mark; a copyright line is none', () => {
    const fresh = '4. (C) Rosatom engineers told the section that Vietnam would resume site surveys for the plant in the spring.';
    const retold = '5. (U) Vietnam has abstained in UN votes on resolutions condemning the invasion of Ukraine.';
    const notice = '(C) Hanoi Morning Post 2025';
    const text = ['SUBJECT: VIETNAM/RUSSIA: NUCLEAR TALKS', '', fresh, '', retold, '', notice].join('\n');
    const report = check(text, { published: '2025-03-12T08:00:00Z' });
    expect(report.findings.find((f) => f.claim.text.includes('site surveys'))?.label).toBe('new');
    expect(report.findings.find((f) => f.claim.text.includes('abstained'))?.label).toBe('known');
    expect(report.findings.some((f) => f.claim.text.includes('Morning Post'))).toBe(false);
  });

  it('a short sentence repeated and cut short at the end of the page is read once', () => {
    const text = 'Putin and Lam signed 14 documents, aides said.\n\nThe talks ran late into the evening in Hanoi.\n\nPutin and Lam signed 14 doc';
    expect(check(text).findings.filter((f) => /signed 14/.test(f.claim.text))).toHaveLength(1);
  });

  it('a paragraph repeated and cut short is read once', () => {
    const cut = claim.slice(0, 70);
    const report = check(`${claim}\n\nThe carrier has flown the route before.\n\n${cut}`);
    expect(report.findings.filter((f) => f.claim.text.startsWith(cut))).toHaveLength(1);
  });
});

describe('a denial of what happened at the baseline\'s event', () => {
  const findingOn = (text: string) => check(`Putin flew home from Vietnam on Thursday night. ${text}`).findings.find((f) => f.claim.text === text)!;

  it('"ended without a joint statement" contradicts the joint statement the baseline reports, with that sentence as evidence', () => {
    for (const text of ['The state visit ended without a joint statement.', 'The two days of talks in Hanoi closed without any joint statement, officials said.']) {
      const f = findingOn(text);
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'negation' });
      expect(f.evidence.some((e) => /joint statement/.test(e.text)), text).toBe(true);
    }
  });

  it('a thing said in the passive to have been done none of, or "without even" one, is denied too', () => {
    // (the passive's subject is the thing done, not a doer: "no joint statement was released")
    const passive = "No joint statement was released at the close of President Putin's state visit to Vietnam in June last year.";
    expect(findingAfter('Putin flew home from Vietnam after the talks.', passive, { published: '2025-05-01T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'negation' });
    expect(findingOn('The visit wrapped up without really any joint statement.')).toMatchObject({ label: 'contradiction', type: 'negation' });
  });

  it('what a third party did not do is its own news', () => {
    const f = findingOn('During the state visit, Tokyo did not issue any joint statement on Russia.');
    expect(f.label).not.toBe('contradiction');
  });
});

describe('an office of a body named with its country\'s possessive', () => {
  it('"leader of Vietnam\'s Communist Party" is the office "leader of the Communist Party" names', () => {
    const lead = 'Russia and Vietnam signed a deal on rail freight in Moscow on Friday.';
    for (const said of ["The document was signed in the presence of To Lam, now leader of Vietnam's Communist Party.", "Luong Cuong, who rose to head of Vietnam's Communist Party, attended the signing."]) {
      expect(findingAfter(lead, said, { published: '2025-05-10T08:00:00Z' }), said).toMatchObject({ label: 'contradiction', type: 'role' });
    }
  });
});

describe('an office named by a title the profile gives in a side\'s own language', () => {
  it('"Tổng Bí thư", "Chủ tịch nước", with or without their diacritics, name the offices they stand for', () => {
    const lead = 'Russia and Vietnam signed a deal on rail freight in Moscow on Friday.';
    for (const said of ['The document was signed in the presence of Tổng Bí thư Tô Lâm.', 'The document was signed in the presence of Chu tich nuoc Luong Cuong.']) {
      expect(findingAfter(lead, said, { published: '2025-05-10T08:00:00Z' }), said).toMatchObject({ label: 'contradiction', type: 'role' });
    }
  });
});

describe('whose office a title is', () => {
  it('a title with no country is of the country the sentence before names', () => {
    const text = 'Timor-Leste became the eleventh member of ASEAN on Sunday, and Russia sent congratulations.\n\nPrime Minister Xanana Gusmao called it a historic day.';
    const f = check(text, { published: '2025-10-27T08:00:00Z' }).findings.find((x) => x.claim.text.startsWith('Prime Minister'));
    expect(f?.type).not.toBe('role');
  });
});

describe('shares said as fractions', () => {
  it('"two-thirds of" the arms imports conflicts with "more than 80 percent of imports"; "most" is no figure', () => {
    const f = only("Russia has supplied about two-thirds of Vietnam's imports of arms since 1995, researchers said.", { published: '2025-03-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(f.reason).toMatch(/two-thirds/);
  });
});

describe('a holder named by the title alone', () => {
  const bestCoverage = (text: string) => {
    const claim = sentenceFeatures(readSentences(text)[0], index.matcher);
    const m = measureClaim(claim, index);
    return Math.max(...index.sentences.map((s) => coverageOf(m, s)));
  };

  it('"Russia\'s president" is the baseline\'s Vladimir Putin; "Russia\'s next president" is nobody the baseline names', () => {
    const today = bestCoverage("Russia's president stepped off his plane in Hanoi at dawn, having flown in from North Korea.");
    const next = bestCoverage("Russia's next president stepped off his plane in Hanoi at dawn, having flown in from North Korea.");
    expect(today).toBeGreaterThan(next);
  });
});

describe('where a report comes from', () => {
  it('a source named in "according to …", a closing ", X reported", a closing agency credit or a dateline adds no news to a restatement', () => {
    for (const text of [
      'To Lam and Putin signed around a dozen cooperation agreements, according to the Saigon Times Daily.',
      'To Lam and Putin signed around a dozen cooperation agreements, Interfax reported.',
      'HANOI, June 20 (Mekong Wire) - To Lam and Putin signed around a dozen cooperation agreements.',
      'To Lam and Putin signed around a dozen cooperation agreements.– MKW',
      'To Lam and Putin signed around a dozen cooperation agreements. (Mekong Wire)',
    ]) {
      expect(only(text).label, text).toBe('known');
    }
  });

  it('a source told in an aside between commas ("…, Kommersant writes, …") adds no news either', () => {
    for (const text of [
      'To Lam and Putin, Kommersant writes, signed around a dozen cooperation agreements.',
      'In Hanoi, so reports the Manila Bulletin, To Lam and Putin signed around a dozen cooperation agreements.',
    ]) {
      expect(only(text).label, text).toBe('known');
    }
    // (a name told as news beside the aside still makes it new)
    expect(only('To Lam and Putin, the Bangkok Post notes, signed around a dozen cooperation agreements with Interfax.').label).toBe('new');
  });

  it('a speaker opening the sentence with any verb of saying ("stressed", "warned") is its source: the name is no news', () => {
    for (const text of ["Dr Elena Sokolova stressed that Russia has remained Vietnam's main arms supplier since Soviet times.", "Professor Ivan Petrov warned that Russia has remained Vietnam's main arms supplier since Soviet times."]) {
      expect(only(text).label, text).toBe('known');
    }
  });

  it('a speaker opening the sentence is its source: what they say is judged', () => {
    expect(only('Mishustin said Russia and Vietnam want an Asia-Pacific security architecture without closed military blocs.').label).toBe('known');
    expect(only('Mishustin said Russia would lend Vietnam two billion dollars for a metro line.').label).toBe('new');
  });

  it('a name said as news, not as the source, still makes a claim new', () => {
    expect(only('To Lam and Putin signed around a dozen cooperation agreements with Interfax.').label).toBe('new');
  });
});

describe('an article that retells the baseline', () => {
  const closeCall = 'The Kremlin leader said both capitals saw eye to eye on most big international questions.';
  const labelOf = (text: string) => check(text).findings.find((f) => f.claim.text === closeCall)?.label;

  it('reads a close call as retold when most of the article restates the baseline, as new when most of it is news', () => {
    // paraphrases, not copies: an article that copies the baseline word for word is no retelling
    const retelling = [
      'Putin flew into Hanoi at dawn, straight from North Korea.',
      'Lam and Putin put their names to about a dozen cooperation deals covering education and civil nuclear projects.',
      "Vietnam has kept abstaining in the UN votes that condemned Russia's invasion of Ukraine.",
      'Putin called the comprehensive strategic partnership with Vietnam a priority for Moscow in the Asia-Pacific.',
      'Russian flags decorated the historic centre of the Vietnamese capital under tight security.',
      closeCall,
    ].join(' ');
    const news = [
      'Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, the carrier said.',
      'Rosatom will train 200 Vietnamese engineers in Russia next year.',
      'Novatek offered Petrovietnam a long-term contract for liquefied gas from the Arctic.',
      closeCall,
    ].join(' ');
    expect(labelOf(retelling)).toBe('known');
    expect(labelOf(news)).toBe('new');
  });

  it('reads close calls as retold when restated claims and close calls far outnumber the news that names someone or gives a figure', () => {
    const closeCalls = [
      'The Kremlin leader said both capitals saw eye to eye on most big international questions.',
      'Hanoi kept the welcome dignified rather than jubilant, with a gun salute and an honour guard at the palace.',
      'The occasion carried symbolism, coming in the thirtieth year of the friendship treaty.',
    ];
    const news = ['Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, the carrier said.', 'Rosatom will train 200 Vietnamese engineers in Russia next year.'];
    const text = [
      'Putin flew into Hanoi at dawn, straight from North Korea.',
      'Lam and Putin put their names to about a dozen cooperation deals covering education and civil nuclear projects.',
      'Russian flags decorated the historic centre of the Vietnamese capital under tight security.',
      'Putin called the comprehensive strategic partnership with Vietnam a priority for Moscow in the Asia-Pacific.',
      ...closeCalls,
      ...news,
    ].join(' ');
    const findings = check(text).findings;
    for (const c of closeCalls) expect(findings.find((f) => f.claim.text === c)?.label, c).toBe('known');
    for (const n of news) expect(findings.find((f) => f.claim.text === n)?.label, n).toBe('new');
  });

  it('in a retelling, a name made of common words names again what the baseline says in other words', () => {
    const named = 'The trip marked thirty years since the Treaty on Basic Principles of Friendly Relations between Vietnam and Russia was signed.';
    const retelling = [
      'Putin flew into Hanoi at dawn, straight from North Korea.',
      'Lam and Putin put their names to about a dozen cooperation deals covering education and civil nuclear projects.',
      'Putin called the comprehensive strategic partnership with Vietnam a priority for Moscow in the Asia-Pacific.',
      'Russian flags decorated the historic centre of the Vietnamese capital under tight security.',
      'The Kremlin leader said both capitals saw eye to eye on most big international questions.',
      named,
    ].join(' ');
    expect(check(retelling).findings.find((f) => f.claim.text === named)?.label).toBe('known');
  });
});

describe('a call to act after a colon', () => {
  it('"…: donate today" is the page asking, no claim', () => {
    const claim = 'Vietnam and Russia agreed to open a consulate in Da Nang, the embassy said.';
    const texts = check(`${claim}\n\nReporting from Hanoi costs money: give generously.`, { published: '2025-03-01T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).toEqual([claim]);
  });

  it('an imperative with its object after a verbless lead-in and a colon is an appeal; a policy stated in the imperative is a claim', () => {
    const claim = 'Vietnam and Russia agreed to open a consulate in Da Nang, the embassy said.';
    const policy = 'Hanoi calls its line bamboo diplomacy: keep a steady distance from both Moscow and Washington.';
    const texts = check(`${claim}\n\n${policy}\n\nIndependent reporting on Southeast Asia: join a growing circle of backers this winter.`, { published: '2025-03-01T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).toEqual([claim, policy]);
  });
});

describe('a sentence ending in a colon', () => {
  it('opens the list or quote after it and claims nothing; the items are the claims', () => {
    const items = ['- Russia and Vietnam agreed to open a consulate in Da Nang.', '- Rosatom will train 200 Vietnamese engineers a year.'];
    const text = ['The main decisions of the intergovernmental commission, meeting in Hanoi on Tuesday:', ...items].join('\n');
    const texts = check(text, { published: '2025-03-01T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).toEqual(items);
  });
});

describe('a writer\'s "by our count"', () => {
  it('says whose judgement a report is; the page speaking of itself or crediting its desk says nothing', () => {
    const claim = 'By our count, Russia supplied about half of Vietnam\'s major arms imports between 1995 and 2023.';
    const text = [claim, 'Our correspondent in Hanoi contributed to this report.', 'Charts compiled from customs data by our desk.'].join('\n\n');
    const texts = check(text, { published: '2025-03-01T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).toEqual([claim]);
  });
});

describe('"our" after "in" or "to" past a verb of its own', () => {
  it('says whose interest a claim touches ("went in our favour"), not who wrote the page; "compiled … by our desk" is a credit', () => {
    const claim = 'Trade with Russia moved in our direction after Putin and To Lam agreed in Hanoi to settle more payments in roubles and dong.';
    const texts = check([claim, 'Tables compiled from customs returns by our desk.'].join('\n\n'), { published: '2025-03-01T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).toEqual([claim]);
  });
});

describe('"our" and "us" of a writer\'s country', () => {
  it('in a sentence naming a watched party are a claim; the page at work ("we asked", "our correspondent") is not', () => {
    const claims = ['Russia, like the Soviet Union before it, has stood by us Vietnamese for seventy years.', 'Moscow still builds most of the submarines and fighter jets our navy and air force fly.'];
    const page = ['We asked a Moscow historian what the state visit meant.', 'Our correspondent Anna Pham reports from Hanoi.', 'Cookies help us show you stories about Vietnam.'];
    const texts = check([...claims, ...page].join('\n\n'), { published: '2025-03-01T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).toEqual(claims);
  });
});

describe('"our" of the page\'s own person reporting something', () => {
  it('is a claim when that person says, notes or points out a clause ("our correspondent notes that …", "…, our guest says"); crediting the piece is not', () => {
    const claims = [
      'Our Moscow correspondent notes that the new rouble clearing line opened in May.',
      'None of the memorandums signed at the state visit dealt with shrimp, our guest, customs analyst Le Van Binh, says.',
      // (a verb the tagger reads as a noun: "points out")
      'Our reporter points out that the Aeroflot flights to Nha Trang resumed in October.',
    ];
    const page = ['Our Moscow correspondent reports.', 'Our reporter Anna Pham reports from Hanoi.', 'Our preferred consumer names remain two retail chains.'];
    const texts = check([...claims, ...page].join('\n\n'), { published: '2025-03-01T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).toEqual(claims);
  });
});

describe('"we" of a firm, a ministry or an analyst', () => {
  it('telling what it thinks, sees, has or did is a claim; asking, speaking or moving on is the page at work', () => {
    const claims = [
      'We opened a second branch in Da Nang in March to serve Russian importers of Vietnamese seafood.',
      'We expect Vietnamese refiners to keep buying Russian crude through next year.',
      'We now employ forty people in Hanoi and Moscow.',
      // (a word given to do a deed is a commitment, whatever the verb of saying)
      'In the talks we promised to reopen the Vietnamese trade office in Moscow by spring.',
    ];
    const page = ['We spoke to a Vietnamese banker about payments to Russia.', 'We will return to the Russian visit after the break.', 'Last month we asked the Vietnamese embassy in Moscow for comment.'];
    const texts = check([...claims, ...page].join('\n\n'), { published: '2025-09-01T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).toEqual(claims);
  });
});

describe('the page speaking of its publisher', () => {
  it('a document\'s lead-in to its own text, and its word on which language\'s version counts, are the page, not news', () => {
    const claim = 'Russia and Vietnam will open a second rouble–dong clearing bank in Da Nang next year.';
    for (const self of [
      'Here is the full text of the deputy minister\'s statement to the press in Moscow on Vietnam.',
      'Informal English rendering of the Russian and Vietnamese communique; the Russian original is binding.',
    ]) {
      expect(check(`${self}\n\n${claim}`, { published: '2025-03-02T08:00:00Z' }).findings.map((f) => f.claim.text), self).toEqual([claim]);
    }
  });

  it('a sentence naming the source the article came from is the page, not news', () => {
    const claim = 'Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, the carrier said.';
    const self = 'Mekong Policy Review relies on its members to keep reporting from Hanoi and Moscow.';
    const text = `${claim}\n\n${self}`;
    const fromReview = analyzeArticle({ title: 't', url: 'https://example.org/a', source: 'Mekong Policy Review — Analysis', published: '2024-06-22T08:00:00Z', text }, index);
    expect(fromReview.findings.map((f) => f.claim.text)).toEqual([claim]);
    const fromElsewhere = analyzeArticle({ title: 't', url: 'https://example.org/a', source: 'Hanoi Wire', published: '2024-06-22T08:00:00Z', text }, index);
    expect(fromElsewhere.findings.map((f) => f.claim.text)).toContain(self);
  });

  it('the name in any case, past a bracketed description of the source; what the issuer did is its news', () => {
    const claim = 'Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, the carrier said.';
    const masthead = 'SAIGON RUSSIAN HERALD — the weekly of the Russian-speaking community in Vietnam';
    const deed = 'Saigon Russian Herald has signed a partnership with a Moscow daily to share reporting on Vietnam.';
    // (and what it reports is news too)
    const reported = 'Saigon Russian Herald reports that Aeroflot will add a third weekly flight to Hanoi.';
    const text = `${masthead}\n\n${claim}\n\n${deed}\n\n${reported}`;
    const report = analyzeArticle({ title: 't', url: 'https://example.org/a', source: 'Saigon Russian Herald (community weekly, English edition)', published: '2024-06-22T08:00:00Z', text }, index);
    expect(report.findings.map((f) => f.claim.text)).toEqual([claim, deed, reported]);
  });

  it('what a source told "us" is the writer\'s report of it, not the page speaking of itself', () => {
    const claim = 'Three officials told us that no joint statement would be issued at the end of the visit.';
    expect(findingAfter('Vladimir Putin was in Hanoi on Thursday.', claim, { published: '2024-06-20T06:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'negation' });
    // (the page asking the reader to tell it something is still the page)
    expect(findingAfter('Vladimir Putin was in Hanoi on Thursday.', 'Tell us what you think about the visit in the comments below.')).toBeUndefined();
  });

  it('one who told the publisher something reports it: that is news', () => {
    const claim = 'Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, a manager told Mekong Policy Review.';
    const report = analyzeArticle({ title: 't', url: 'https://example.org/a', source: 'Mekong Policy Review', published: '2024-06-22T08:00:00Z', text: claim }, index);
    expect(report.findings.map((f) => f.claim.text)).toEqual([claim]);
  });

  it('a dateline crediting the source in brackets is still news', () => {
    const claim = 'HANOI, May 4 (Mekong Policy Review) - Vietnam Airlines will resume direct flights between Hanoi and Moscow in March, the carrier said.';
    const report = analyzeArticle({ title: 't', url: 'https://example.org/a', source: 'Mekong Policy Review', published: '2024-06-22T08:00:00Z', text: claim }, index);
    expect(report.findings.map((f) => f.claim.text)).toEqual([claim]);
  });
});

describe('verbs of motion and of transfer', () => {
  it('leaving is a step of the trip, not the opposite of arriving', () => {
    const f = only('Putin left Hanoi on Thursday evening and flew back to Moscow.');
    expect(f.label).not.toBe('contradiction');
  });

  it('buying is the other side of selling, not its opposite', () => {
    const f = only('Vietnam has bought most of its weapons from Russia for decades.');
    expect(f.label).not.toBe('contradiction');
  });
});

describe('opposite outcomes', () => {
  it('an opposite said of another matter, or only as a noun, is no contradiction', () => {
    for (const text of [
      'Vietnam voted with the majority when the UN General Assembly again condemned the US embargo on Cuba.',
      'Vietnam has abstained in the UN votes that condemned Russia\'s war.',
    ]) {
      const report = check(`Russia and Vietnam kept close ties at the UN this year. ${text}`);
      expect(report.findings.find((f) => f.claim.text === text)?.label, text).not.toBe('contradiction');
    }
  });

  it('an opposite the claim also says in another form, or one a shared verb puts under itself, is no contradiction', () => {
    expectNoContradiction([
      // (the claim says "abstention" itself: the Assembly's vote is not Hanoi's)
      'Diplomatically, Hanoi opted for abstention when the UN General Assembly voted to condemn the Russian invasion.',
      // (a verb both have beside the opposites, "continued", "thanked", is not what they are said of)
      'Hanoi has continued to abstain rather than sign up to Western condemnations of Moscow at the UN.',
      "Moscow's envoy, Ivan Petrov, has thanked Hanoi for supporting and co-sponsoring several Russian proposals at the UN General Assembly.",
    ], { published: '2025-03-01T08:00:00Z' });
  });

  it('a vote said with what it was for is another vote than the one the baseline\'s party abstained from', () => {
    const published = '2025-01-20T08:00:00Z';
    for (const text of ["Vietnam's National Assembly voted on Friday to restart the nuclear power programme that Russia had offered to build.", 'Vietnamese lawmakers voted late last year to bring back the nuclear plans drawn up with Russia.']) {
      expect(check(text, { published }).findings.some((f) => f.label === 'contradiction'), text).toBe(false);
    }
    expect(check('Vietnam voted against Russia at the UN.', { published }).findings.map((f) => f.label)).toEqual(['contradiction']);
  });
});

describe('anniversaries of the same thing', () => {
  it('an anniversary of something else does not restate the treaty\'s 30th', () => {
    expect(only('Russia and ASEAN will mark 30 years of their dialogue partnership next year.', { published: '2025-03-01T08:00:00Z' }).label).toBe('new');
  });

  it('the same anniversary in another year is a date contradiction; in its year, or by the year it counts from, it agrees', () => {
    // the baseline, in June 2024: "the 75th anniversary of diplomatic ties next year"
    const f = only('Hanoi and Moscow are preparing to celebrate the 75th anniversary of their diplomatic ties, which falls in 2027.', { published: '2025-03-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(f.evidence[0].text).toMatch(/75th anniversary of diplomatic ties next year/);
    expectNoContradiction(['This year Vietnam and Russia celebrate the 75th anniversary of their diplomatic ties.', 'The 75th anniversary of diplomatic ties, opened in 1950, was marked in Moscow and Hanoi this year.'], { published: '2025-03-01T08:00:00Z' });
    // a year in another clause dates something else
    expect(only('As the two countries get ready to mark 75 years of diplomatic ties, many recall the talks Putin held in Hanoi in June last year.', { published: '2025-01-10T08:00:00Z' }).label).not.toBe('contradiction');
    // the year the thing began, which the anniversary gives (1950 for ties whose 75th is in 2025)
    const founded = only('Moscow and Hanoi first set up diplomatic ties in 1952, in the middle of the war against France.', { published: '2025-03-01T08:00:00Z' });
    expect(founded).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(founded.reason).toMatch(/diplomatic ties to 1952; .* dates it to 1950/);
    expect(only('Moscow and Hanoi set up diplomatic ties in 1950.', { published: '2025-03-01T08:00:00Z' }).label).not.toBe('contradiction');
    // another thing's anniversary of the same number is another anniversary
    expect(only('Russia and ASEAN marked the 30th anniversary of their dialogue relations in 2026.', { published: '2026-07-01T08:00:00Z' }).label).not.toBe('contradiction');
  });

  it('the treaty named by a word of the same family, in one phrase ("the friendship treaty"), dated to another year is a date contradiction', () => {
    // the baseline, in June 2024: "the 30th signing anniversary of the Treaty on Principles of Friendly Relations"
    const later = { published: '2025-03-01T08:00:00Z' };
    const f = only('Lawyers in Hanoi still cite the friendship treaty Moscow and Hanoi concluded in 1996 as the basis of their ties.', later);
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(f.reason).toMatch(/to 1996; .* dates it to 1994/);
    expectNoContradiction([
      'Lawyers in Hanoi still cite the friendship treaty Moscow and Hanoi concluded in 1994 as the basis of their ties.',
      // (a name joining another word to it is another treaty's: the Soviet-era one)
      'In 1978 Hanoi and Moscow concluded a treaty of friendship and cooperation, and Soviet advisers followed.',
      // (also capitalised as its title)
      'Historians date the alliance to the Soviet–Vietnamese Treaty of Friendship and Cooperation, concluded in 1978.',
      // (the two words apart are no name: friendly words and a treaty said of other things)
      'Between Hanoi and Moscow the friendly mood of 1996 faded as the treaty on trade stalled.',
    ], later);
  });

  it('ties dated by another word for a relation between parties ("diplomatic relations" for the baseline\'s "diplomatic ties") are the same ties', () => {
    // the baseline's 75th anniversary of diplomatic ties in 2025 dates them to 1950
    const later = { published: '2025-09-01T08:00:00Z' };
    expectContradiction([
      'A plaque in the embassy garden recalls that Hanoi and Moscow opened diplomatic relations in 1957.',
      'The Soviet Union and the Democratic Republic of Vietnam have kept up diplomatic relations since 1957, the curator said.',
    ], 'date', later, /75th anniversary of diplomatic ties/);
    expectNoContradiction([
      'A plaque in the embassy garden recalls that Hanoi and Moscow opened diplomatic relations in 1950.',
      // (another pair's relations, a place of the world named as a party)
      'Cuba and Vietnam, both old friends of Moscow, opened diplomatic relations in 1960.',
      "Vietnam, Russia's partner since the Soviet era, opened diplomatic relations with the Philippines in 1976.",
    ], later);
  });

  it('the year of an anniversary given before it ("in 2024, when …") or by the event at its time ("the visit came as …") is its year', () => {
    expectContradiction([
      'Russian tour groups to Vietnam grew in 2024, the year Moscow and Hanoi celebrated 75 years of diplomatic ties.',
      'Vietnamese exports to Russia jumped in 2024, when the two countries marked the 75th anniversary of their diplomatic ties.',
      "Putin's state visit to Hanoi took place while Russia and Vietnam were marking the 75th anniversary of diplomatic ties.",
    ], 'date', { published: '2025-03-01T08:00:00Z' }, /75th anniversary of diplomatic ties next year/);
    expectNoContradiction([
      'In 2025, when Russia and Vietnam marked the 75th anniversary of diplomatic ties, To Lam travelled to Moscow.',
      // (a year given elsewhere in the sentence dates the anniversary, not the event)
      "Putin's state visit to Hanoi came as Russia and Vietnam prepared for the 75th anniversary of diplomatic ties in 2025.",
    ], { published: '2025-03-01T08:00:00Z' });
  });

  it('an anniversary of ties with a body of states the baseline sentence does not name ("ASEAN") is the body\'s; a member described by it ("the Southeast Asian nation") is no body', () => {
    const later = { published: '2026-02-01T08:00:00Z' };
    expectNoContradiction(["Russia's diplomatic ties with ASEAN turn 35 this year."], later);
    expectContradiction(["Moscow feted the Southeast Asian nation's envoys at a gala for what the hosts called 60 years of diplomatic ties with Russia."], 'number', later, /75th anniversary/);
  });

  it('another count of the same thing\'s years agrees when it counts from the same year: "77 years of ties" told in 2027', () => {
    // the baseline, in June 2024: the 75th anniversary of diplomatic ties falls next year, so they date from 1950
    const later = { published: '2027-05-01T08:00:00Z' };
    expectNoContradiction([
      'Moscow and Hanoi now look back on 77 years of diplomatic ties, the ambassador told the gala.',
      'A photo show on 77 years of diplomatic ties between Russia and Vietnam opens at the Hanoi Opera House, its curators say.',
      // (told in the past with a year it gives: 2026's 76th)
      'In 2026 Russia and Vietnam celebrated the 76th anniversary of their diplomatic ties.',
    ], later);
    // (counted from another year it is another count: told in the past, it is no count of this year's)
    expectContradiction([
      'Moscow and Hanoi now look back on 80 years of diplomatic ties, the ambassador told the gala.',
      'In 2026 Russia and Vietnam celebrated the 70th anniversary of their diplomatic ties.',
    ], 'number', later, /75th anniversary/);
  });

  it('an anniversary of another thing of the same kind, named in words the baseline has none of ("the visa waiver accord"), is that thing\'s', () => {
    // the baseline, in June 2024: "the 30th signing anniversary of the Treaty on Principles of Friendly Relations"
    const later = { published: '2026-04-01T08:00:00Z' };
    expectNoContradiction([
      'The Russian–Vietnamese visa waiver accord turns six this spring, consular officials noted.',
      'Exporters in Da Nang toasted twelve years of the fisheries treaty with Moscow.',
    ], later);
    // (the same treaty named by words of its family, or in words of its own the baseline shares, is the same)
    expectContradiction([
      "The friendship treaty with Moscow turned 25 in the summer of Putin's visit, officials in Hanoi recalled.",
      "Putin's state visit to Hanoi in June 2024 coincided with the 25th anniversary of the Treaty on the Basic Principles of Friendly Relations.",
    ], 'number', later, /30th signing anniversary/);
  });
});

describe('how a figure is written', () => {
  it('a scale word after a hyphen scales the figure ("a 50-billion loan"), and "or so" after a figure makes it rough ("ten or so agreements")', () => {
    const after = { published: '2024-06-25T08:00:00Z' };
    // the baseline: "the G7 agreed to use profits from frozen Russian assets for a 50-billion loan"; "signed 11 memorandums"
    expectNoContradiction(['Putin arrived in Hanoi days after the G7 backed a 50 billion dollar loan to Kyiv out of frozen Russian assets.', 'Putin left Hanoi with ten or so agreements signed.'], after);
    expectContradiction(['Putin left Hanoi with five or so agreements signed.'], 'number', after, /11 memorandums/);
  });

  it('a span of time "on" from something dates what follows, as one before "ago" does; it measures nothing', () => {
    // the baseline: "his first visit to the isolated North in 24 years"
    expectNoContradiction(['Three years on from the state visit Putin paid Vietnam.'], { published: '2027-06-25T08:00:00Z' });
  });
});

describe('shares of the same thing', () => {
  it('"60 percent of Vietnam\'s arms imports" conflicts with "more than 80 percent of imports"; a share of something else does not', () => {
    for (const text of ["Russia accounted for about 60 percent of Vietnam's weapons imports over three decades.", "Russia supplied some three-fifths of Vietnam's weapons imports over three decades."]) {
      expect(only(text, { published: '2025-03-01T08:00:00Z' }), text).toMatchObject({ label: 'contradiction', type: 'number' });
    }
    expectNoContradiction(['Russia and Vietnam said 60 percent of their trade is now settled in roubles and dong.', 'Russia put a 30 percent duty on imports of Vietnamese rice.'], { published: '2025-03-01T08:00:00Z' });
  });

  it('a share named before its figure ("Russia\'s share of Vietnam\'s weapons imports … at 60 per cent") is of what it names', () => {
    for (const text of ["Russia's share of Vietnam's weapons imports over three decades stood at 60 per cent.", "Russia's share of Vietnam's arms imports, 1995 to 2023: some 60%"]) {
      expect(only(text, { published: '2025-03-01T08:00:00Z' }), text).toMatchObject({ label: 'contradiction', type: 'number' });
    }
    expectNoContradiction(["Russia's share of Vietnam's fertiliser market stood at 60 per cent."], { published: '2025-03-01T08:00:00Z' });
  });

  it('a share of a thing the baseline sentence names beside its own share ("arms supplier … 80 percent of imports") is of the same thing', () => {
    for (const text of ['Some 60 percent of the weapons Hanoi has acquired from foreign suppliers since 1995 came from Moscow.', 'Russia sold Vietnam about 65 per cent of all the arms it bought abroad over three decades.']) {
      expect(only(text, { published: '2025-03-01T08:00:00Z' }), text).toMatchObject({ label: 'contradiction', type: 'number' });
    }
    // (a share of something the baseline sentence does not name is another share)
    expectNoContradiction(['Some 60 percent of the fertiliser Hanoi has acquired from foreign suppliers since 1995 came from Moscow.'], { published: '2025-03-01T08:00:00Z' });
  });

  it('"more than" a round figure is short of the next round one: "over 90 percent" against "more than 80 percent"', () => {
    for (const text of ["More than 90 per cent of the arms Vietnam imported in three decades came from Russia.", "Russia accounted for over 90% of Vietnam's weapons imports over three decades."]) {
      expect(only(text, { published: '2025-03-01T08:00:00Z' }), text).toMatchObject({ label: 'contradiction', type: 'number' });
    }
    // (a figure within the step agrees: "more than 85 percent" is more than 80)
    expectNoContradiction(["Russia accounted for more than 85 percent of Vietnam's weapons imports over three decades."], { published: '2025-03-01T08:00:00Z' });
  });

  it('a share of a thing with its possessor ("of the country\'s arms imports") is a share of that thing', () => {
    const claim = "Russia provided about 55 percent of the country's arms imports between 1995 and 2023.";
    expect(findingAfter('Hanoi still buys most of its weapons abroad.', claim, { published: '2025-01-10T08:00:00Z' }, ' ')).toMatchObject({ label: 'contradiction', type: 'number' });
  });
});

describe('a standing fact said to have ended ("no longer", "not … anymore")', () => {
  it('denies the baseline\'s standing fact whatever reasons the sentence adds, with every sentence stating it as evidence', () => {
    for (const text of [
      "Moscow is no longer Hanoi's chief arms supplier, since Vietnamese buyers have been placing orders with firms from Poland, Japan and Turkey.",
      "Russia is not Vietnam's main arms supplier anymore, with Warsaw and Tokyo now selling Hanoi more equipment.",
    ]) {
      const f = only(text, { published: '2026-02-01T08:00:00Z' });
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'negation' });
      expect(evidenceIn(f, '002_8c3dc0f376b91e61', /main arms supplier/) && evidenceIn(f, MEETINGS_DOC, /main arms supplier/), text).toBe(true);
    }
  });

  it('ceasing to be, stopping being or losing one\'s place as the holder of a standing denies it', () => {
    for (const text of [
      "Moscow ceased to be Hanoi's chief arms supplier after 2022, as Vietnamese buyers turned to Poland and Japan.",
      "Russia has lost its long-held place as Vietnam's main arms supplier, a defence attaché in Hanoi said.",
      "By 2025 Russia had stopped being Vietnam's main arms supplier.",
    ]) expect(only(text, { published: '2026-02-01T08:00:00Z' }), text).toMatchObject({ label: 'contradiction', type: 'negation' });
    expectNoContradiction(["Vietnam's port of Cam Ranh stopped being a Soviet naval base long before the Russian navy returned for visits."], { published: '2026-02-01T08:00:00Z' });
  });

  it('a thing the baseline never states ending is no contradiction', () => {
    expectNoContradiction(['Vietnamese banks no longer accept payment cards issued in Russia, travel agents warn.'], { published: '2026-02-01T08:00:00Z' });
  });

  it('a forecast or a stance, "will no longer", "would not", denies nothing the baseline says was', () => {
    expectNoContradiction([
      "Within five years Moscow will most likely no longer be Hanoi's chief arms supplier, a Singapore consultancy predicts.",
      'Whatever Moscow offers, Hanoi would not sign a mutual defence treaty like the one agreed in Pyongyang.',
    ], { published: '2026-02-01T08:00:00Z' });
  });
});

describe('a denial the baseline makes too', () => {
  it('refusing what the baseline says Vietnam says no to restates it', () => {
    const f = only('Trong assured Putin that Vietnam would not join military alliances or take sides against any country.');
    expect(f.label).not.toBe('contradiction');
  });

  it('no open declaration of support in Hanoi, as the baseline says too, is no denial of the support Kim vowed', () => {
    // the baseline: "did not receive such a clear public declaration of support in Hanoi"; Kim "vowed his full support"
    expectNoContradiction([
      'Vietnam\'s leaders stopped short of any public declaration of support for Russia\'s campaign.',
      'Hanoi made no public declaration of support for Moscow, whatever the warmth of the ceremonies.',
    ]);
  });
});

describe('a "non-" noun denies what its phrase names', () => {
  // the baseline: "… sovereignty and “non-interference in the internal affairs of other States.”"
  it('not interfering in other countries\' affairs restates "non-interference in the internal affairs of other States"', () => {
    for (const claim of [
      'Putin said the two countries uphold international law and sovereignty, and do not interfere in the internal affairs of other countries.',
      'Both leaders, Putin said, back the primacy of international law and sovereignty and refrain from meddling in the internal affairs of other nations.',
    ]) {
      const f = findingAfter(VISIT_OPENING, claim);
      expect(f, claim).toMatchObject({ label: 'known' });
      expect(f!.evidence.some((e) => /non-interference/.test(e.text)), claim).toBe(true);
    }
  });

  it('a denial sharing one word with what the baseline says is absent does not restate it', () => {
    // (the baseline's "without closed blocs" shares only "bloc" with this)
    expect(findingAfter(VISIT_OPENING, 'Vietnam is not a member of any bloc, a Foreign Ministry spokeswoman said.')?.label).toBe('new');
  });
});

describe('a claim stating what the baseline denies', () => {
  it('a vote for the resolution is read against "abstained in UN votes condemning the invasion" however many words of its own it adds', () => {
    const f = findingAfter(VISIT_OPENING, 'Hanoi cast its vote in favour of the March 2022 General Assembly text condemning the invasion, diplomats in New York recalled.', { published: '2025-03-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'negation' });
    expect(evidenceIn(f!, UN_VOTES_DOC, /abstained in UN votes/)).toBe(true);
  });
});

describe('a stretch of time counted from another moment', () => {
  const published = '2025-02-20T08:00:00Z';
  it('dates what it tells of, in figures or in words, and adds no figure: "12 months ago" restates the visit', () => {
    for (const claim of ['Exactly 12 months ago, Vladimir Putin made a state visit to Hanoi.', 'Twelve months ago today, Vladimir Putin made a state visit to Hanoi.']) {
      expect(findingAfter(VISIT_OPENING, claim, { published })?.label, claim).toBe('known');
    }
  });
});

describe('a denial of a lack', () => {
  it('"has not left Moscow without friends" affirms the friends: no negation contradiction', () => {
    expectNoContradiction(['The Hanoi stop was to show that sanctions have not left Russia without friends.', 'The invasion has not left the Kremlin without partners, as the welcome in Hanoi showed.']);
    // (a plain denial still denies: the lack is not cancelled where nothing is without)
    expectContradiction(['Putin did not sign any agreement on nuclear energy during the visit to Hanoi.'], 'negation', { published: '2024-06-22T08:00:00Z' });
  });
});

describe('the paper a piece ran in', () => {
  it('another paper for the baseline writer\'s piece is an entity contradiction; the same paper in other words is not', () => {
    const f = only('Ahead of the visit Putin wrote an op-ed for the business daily Dau Tu, thanking Vietnam for its balanced stance.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f.reason).toMatch(/Dau Tu; the baseline in Nhan Dan/);
    expectNoContradiction(["Ahead of the visit Putin wrote an op-ed in the Communist Party's Nhân Dân, thanking Vietnam for its balanced stance.", 'In an article for the party paper Nhan Dan Putin thanked Hanoi for its balanced stance.', 'Putin used a piece in the party daily Nhan Dan to thank Hanoi for its balanced stance.']);
  });
});

describe('a quotation given to someone else', () => {
  it('the baseline\'s words in another speaker\'s mouth are an entity contradiction; the same speaker, however spelled, is not', () => {
    const f = only('Andrii Sybiha, the foreign minister in Kyiv, called Putin\'s trip to Vietnam a tour of "yesterday\'s satellites of the USSR".');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f.reason).toMatch(/sibiha; the baseline to podoliak/);
    expect(only('Mykhaylo Podolyak, a Zelensky aide, called Putin\'s trip to Vietnam a tour of "yesterday\'s satellites of the USSR".').label).not.toBe('contradiction');
    // (a place after a capitalised preposition is no speaker: "In Kyiv, …")
    expect(only('In Kyiv, presidential aide Mykhaylo Podolyak called the trip to Vietnam a tour of "yesterday\'s satellites of the USSR".').label).not.toBe('contradiction');
  });
});

describe('a statement given to another body of the same country', () => {
  it('the same words opened alike, or said by the one a participle follows, given to another US body are an entity contradiction', () => {
    expectContradiction([
      // (said by the one who objected, not by the one in the clause before: "Before Putin arrived, …")
      'Before Putin arrived, the American embassy in Hanoi had protested against the trip, saying no country should give him a platform to promote his war of aggression.',
      // (what is said opens alike, after "that": "no country should …", in other words after)
      'A spokesman for the US mission in Hanoi warned that no country should lend Putin a stage for his war.',
      "Washington's embassy in Hanoi said on Tuesday that no country should offer the Russian leader a podium for his war.",
    ], 'entity', { published: '2024-06-25T08:00:00Z' }, /State Department/);
  });

  it('the same body, or other words after the same three, is none', () => {
    expectNoContradiction([
      'Before Putin arrived in Hanoi, a US State Department spokesperson had objected to the trip, saying no country should give him a platform to promote his war of aggression.',
      "The US embassy in Hanoi said the two countries should keep trading despite Putin's visit.",
    ], { published: '2024-06-25T08:00:00Z' });
  });
});

describe('a word capitalised by its place', () => {
  it('"The Sides" at a sentence\'s start is the word "sides", no name', () => {
    expect(only('The Sides reaffirmed that Vietnam and Russia would deepen their comprehensive strategic partnership.').label).toBe('known');
  });
});

describe('an honorific', () => {
  it('adds no name: "Mr Putin" is Putin', () => {
    expect(only('Hanoi has abstained in UN votes condemning the Russian invasion of Ukraine, a stance Mr Putin thanked it for.').label).toBe('known');
  });

  it('nor do initials: "V. Putin" and "V.V. Putin" are Putin, who holds no Vietnamese office', () => {
    const lead = 'Russia and Vietnam signed a deal on rail freight.';
    expect(findingAfter(lead, 'President V. Putin laid a wreath at the Ho Chi Minh Mausoleum.', { published: '2024-06-21T08:00:00Z' })?.label).toBe('known');
    expect(findingAfter(lead, 'Talks in Hanoi were led by President V.V. Putin.', { published: '2024-06-21T08:00:00Z' })?.label).not.toBe('contradiction');
  });
});

describe('another body of the same kind under a name like the baseline\'s', () => {
  it('a shorter form of the baseline\'s name, three of its words or more, is the same body', () => {
    expectNoContradiction(['Putin backed Vietnam\'s call to settle disputes in the East Sea under the Law of the Sea Convention.']);
  });

  it('"the International Court of Justice" where the baseline has the International Criminal Court is an entity contradiction', () => {
    expectContradiction([
      'Hanoi welcomed Putin, who faces an arrest warrant from the International Court of Justice, irritating its Western partners.',
      'Vietnam hosted Putin although the International Court of Arbitration had issued a warrant for his arrest.',
    ], 'entity', { published: '2024-07-10T08:00:00Z' }, /International Criminal Court/);
  });

  it('the same body, a body of another kind, one in a sentence on something else, or one sharing only the word for its kind is none', () => {
    expectNoContradiction([
      'Hanoi welcomed Putin, who faces an arrest warrant from the International Criminal Court, irritating its Western partners.',
      'Hanoi welcomed Putin, who faces an arrest warrant from the ICC, irritating its Western partners.',
      'The International Court of Justice in The Hague heard a case on Ukraine the week Putin was in Hanoi.',
      // (a union of other nations, not the European Union mistaken)
      'Vietnam signed a free trade pact with the Eurasian Economic Union, the bloc Russia leads, in 2016.',
      'Vietnam hosted Putin although the Permanent Court of Arbitration had ruled on the South China Sea.',
    ], { published: '2024-07-10T08:00:00Z' });
  });
});

describe('an interview\'s answers', () => {
  it('"we" and "our" in an "A:" line are the speaker\'s, news to read; a host\'s "our correspondent" is the programme\'s', () => {
    const answer = "A: Our banks now settle most of Russia's trade with Vietnam in roubles and dong.";
    const text = ['Russia\'s trade envoy spoke to us about Vietnam.', 'Q: How is trade paid for?', answer, 'PRESENTER: Our correspondent in Hanoi has more.'].join('\n\n');
    const claims = check(text, { published: '2025-01-10T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(claims).toContain(answer);
    expect(claims.some((c) => c.includes('Our correspondent'))).toBe(false);
  });
});

describe('a bulletin\'s next item', () => {
  it('a place opening what the speaker says is what the item is about: "PRESENTER: In Chile, …" is another story', () => {
    const lead = 'PRESENTER: Russia and Vietnam signed a deal on Tuesday to train Vietnamese nuclear engineers in Russia.';
    for (const item of ['PRESENTER: In Chile, farmers blocked motorways on Monday over diesel prices.', '[18:04] NEWSREADER: In Peru, rescuers reached miners trapped in a flooded shaft.']) {
      expect(findingAfter(lead, item, { published: '2025-03-05T08:00:00Z' }), item).toBeUndefined();
    }
  });
});

describe('a roundup\'s items', () => {
  it('an item headed by one member state\'s name is that state\'s news, not the watched relation\'s; one naming Vietnam or Russia is read', () => {
    const lead = 'Russia and Vietnam agreed on Monday to open a second rail freight route between Moscow and Hanoi.';
    const items = ['* Malaysia: palm oil stocks fell for a third month in October.', '🇵🇭 Manila: the peso firmed after the central bank held its key rate.'];
    const report = check(`${lead}\n\nAround the region\n${items.join('\n')}\n* Cambodia: Vietnam's Viettel won a licence to run 5G services in Phnom Penh.`, { published: '2025-11-04T08:00:00Z' });
    for (const item of items) expect(report.findings.find((f) => item.includes(f.claim.text)), item).toBeUndefined();
    expect(report.findings.some((f) => f.claim.text.includes('Viettel'))).toBe(true);
  });
});

describe('a paragraph that names nothing of the topic', () => {
  it('goes on with the topic when it points back (a pronoun, the two sides as a pair, a word of the paragraph before); a market line after it does not', () => {
    const paragraphs = [
      'Russia and Vietnam agreed on Monday to build a joint training centre for railway engineers in Da Nang.',
      'It is due to open in 2027 and will take 400 students a year.',
      'The training centre will be paid for with a Russian state credit of $90 million.',
      'The two countries also want to double the number of freight trains by 2028.',
      'Copper prices slipped for a third session as traders waited for factory data.',
      'Steel makers in Osaka cut their output targets for the winter.',
    ];
    const report = check(paragraphs.join('\n\n'), { published: '2025-09-16T08:00:00Z' });
    for (const p of paragraphs.slice(1, 4)) expect(report.findings.find((f) => f.claim.text === p)?.label, p).toBe('new');
    for (const p of paragraphs.slice(4)) expect(report.findings.some((f) => f.claim.text === p), p).toBe(false);
  });
});

describe('a chronology\'s entries', () => {
  it('a line led by a date and a dash or colon is an entry, read though it has no verb; a verbless line without one is a caption', () => {
    const entries = ['• March 2019 — Official visit to Moscow by Prime Minister Nguyen Xuan Phuc.', '2016: Opening of a Vietnamese trade centre in the Moscow region.'];
    const report = check(['Russia and Vietnam have exchanged many visits over the past decade.', ...entries, 'A guard of honour in front of the palace.'].join('\n'), { published: '2025-03-05T08:00:00Z' });
    for (const entry of entries) expect(report.findings.find((f) => entry.includes(f.claim.text))?.label, entry).toBe('new');
    expect(report.findings.some((f) => f.claim.text.startsWith('A guard of honour'))).toBe(false);
  });
});

describe('a paragraph that goes back to the event by its people, city and year', () => {
  it('"Putin\'s talks in Hanoi in 2024" takes the paragraph to the event, so its count of documents is compared', () => {
    const lead = "Rosatom is offering Russian reactors.\n\nOil was at the heart of Putin's talks in Hanoi in 2024.";
    const f = findingAfter(lead, 'But the summit produced just four signed documents.', { published: '2025-11-20T08:00:00Z' }, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
  });
});

describe('a speaker labelled by their post', () => {
  it('"Spokeswoman:" before a whole sentence labels who speaks, and the sentence is read; a guest introduced by name is no claim', () => {
    const answer = 'Spokeswoman: Last week the National Assembly elected General Luong Cuong as the new state president of Vietnam.';
    const intro = 'Guest: Tran Van Hai, a lecturer who studied in Moscow.';
    const report = check(['Russia congratulated Vietnam on the vote, the ministry said.', answer, intro].join('\n\n'), { published: '2024-10-28T08:00:00Z' });
    expect(report.findings.find((f) => f.claim.text === answer)).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(report.findings.some((f) => f.claim.text === intro)).toBe(false);
  });
});

describe('a part of a Q&A or a fact-check led into by one word', () => {
  it('"Answer:" or "Fact:" before a whole sentence on the watch is read; one on nothing watched, a guest introduced by name and a labelled disclaimer are not', () => {
    const answer = 'Answer: Last week the National Assembly elected General Luong Cuong as the new state president of Vietnam.';
    const fact = 'Fact: Vietnam has been a full member of BRICS since January, Russia said.';
    const aside = 'Context: This is the latest in a long run of contacts.';
    const guest = 'Guest: Tran Van Hai, a Hanoi historian who studied in Moscow.';
    const disclaimer = 'Disclaimer: Quotas for Vietnamese students are set by the Russian government and may change.';
    const report = check(['Question: How did Moscow react to the vote in Hanoi?', answer, fact, aside, guest, disclaimer].join('\n\n'), { published: '2024-10-28T08:00:00Z' });
    expect(report.findings.find((f) => f.claim.text === answer)).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(report.findings.find((f) => f.claim.text === fact)?.label).toBe('new');
    for (const line of [aside, guest, disclaimer]) expect(report.findings.some((f) => f.claim.text === line), line).toBe(false);
  });

  it('a sentence led into by one word is read when it names the topic by its matters ("the visit", "documents"), not only by a watched name', () => {
    const answer = 'Answer: In the course of the visit, the two sides signed 14 cooperation documents on energy and higher education.';
    const report = check(['Vladimir Putin paid a state visit to Vietnam last week.', 'Question: What came out of it?', answer].join('\n\n'), { published: '2024-06-27T08:00:00Z' });
    expect(report.findings.find((f) => f.claim.text === answer)).toMatchObject({ label: 'contradiction', type: 'number' });
  });
});

describe('a share said as a ratio', () => {
  it('"four out of five", "one in five" are shares, compared with the baseline\'s "more than 80 percent"', () => {
    const lead = 'Russia and Vietnam are old friends.';
    const later = { published: '2024-07-01T08:00:00Z' };
    expect(findingAfter(lead, 'More than four out of five of Vietnam\'s arms imports between 1995 and 2023 came from Russia.', later)?.label).toBe('known');
    expect(findingAfter(lead, 'Only one in five of Vietnam\'s arms imports between 1995 and 2023 came from Russia.', later)).toMatchObject({ label: 'contradiction', type: 'number' });
  });
});

describe('talks on a weekday', () => {
  const talks = (claim: string, published: string) => findingAfter(VISIT_OPENING, claim, { published });
  const eve = '2024-06-19T17:30:00Z';
  const later = '2025-10-15T08:00:00Z';
  it('said in the event\'s days, name the event\'s day of that name, though it lies ahead of the writing: Thursday\'s talks, written on the Wednesday evening, are the baseline\'s; Saturday\'s are another day', () => {
    expect(talks('Putin and To Lam are set to sit down for their talks on Thursday.', eve)?.label).not.toBe('contradiction');
    expect(talks('Putin and To Lam are set to sit down for their talks on Saturday.', eve)).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('told long after the event on a bare weekday, are of the week of writing, as news tells them; told as a day of the story, "on the Tuesday", they are the visit\'s, and another day', () => {
    expect(talks('Russia\'s foreign minister sat down for talks with Pham Minh Chinh on Tuesday.', later)?.label).not.toBe('contradiction');
    expect(talks('Putin held his talks with To Lam on the Tuesday.', later)).toMatchObject({ label: 'contradiction', type: 'date' });
  });
});

describe('a share of another thing than the baseline\'s, of the same word', () => {
  const later = { published: '2025-09-01T08:00:00Z' };
  it('is no wrong figure: a quarter of the maize imports, or of their value, is not the arms supplier\'s share of imports', () =>
    expectNoContradiction(["Russian growers now provide roughly a quarter of Vietnam's maize imports.", "Russian machinery made up a quarter of the value of Vietnam's imports from Russia last year.", "Russia now ships a quarter of Vietnam's imported sunflower oil."], later));

  it('but a quarter of the country\'s arms imports over the same years is a wrong number', () =>
    expectContradiction(["Russia supplied roughly a quarter of the country's arms imports from 1995 to 2023, Vietnam's defence ministry says."], 'number', later));
});

describe('a denial of what the baseline says only of another place', () => {
  const after = claimsAfter(VISIT_OPENING, '2024-06-22T08:00:00Z');
  it('is no contradiction: the defence agreement the baseline has announced in North Korea, in a "where" clause, is no announcement in Hanoi', () => {
    for (const claim of ['The Vietnamese hosts made no announcement of any defence accord.', 'Neither capital announced a new defence agreement.']) expect(after(claim)?.label, claim).not.toBe('contradiction');
  });

  it('but the words of the same sentence outside that clause are still the event\'s: denying Vietnam was the tour\'s second stop is a contradiction', () => {
    const f = after('Vietnam was not the second stop of the tour.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'negation' });
    expect(f?.evidence.some((e) => /mini-tour/.test(e.text))).toBe(true);
  });
});

describe('a person set beside a body', () => {
  it('is not placed there by a body named after "as well as", which adds another person: the prime minister at a summit is no other body\'s man', () => {
    const later = { published: '2024-10-25T08:00:00Z' };
    for (const claim of ['Putin met Prime Minister Pham Minh Chinh of Vietnam at the BRICS summit in Kazan on Thursday.', 'Prime Minister Pham Minh Chinh, at the Kazan summit of BRICS, held talks with Putin on oil.']) {
      expect(findingAfter('Russia and Vietnam kept talking after the June visit.', claim, later)?.label, claim).not.toBe('contradiction');
    }
  });
});

describe('a denial said of a thing the baseline never speaks of', () => {
  const after = claimsAfter(VISIT_OPENING, '2025-02-10T08:00:00Z');
  it('is another thing\'s, whatever words of the baseline its predicate shares: payment cards that do not work in Vietnam', () => {
    for (const claim of ['Russian credit cards still do not work anywhere in Vietnam.', 'Russia\'s own debit cards are not accepted in Vietnamese shops.']) {
      const f = after(claim);
      expect(f, claim).toBeDefined();
      expect(f?.label, claim).not.toBe('contradiction');
    }
  });

  it('but a denial said of the sides or their event is still read: no joint statement', () => {
    for (const claim of ['The two governments did not put out a joint statement during the visit to Hanoi.', "The Russian leader's talks in Hanoi ended without any joint statement."]) {
      expect(after(claim), claim).toMatchObject({ label: 'contradiction', type: 'negation' });
    }
  });
});

describe("talks or a signing at another event, in the visitor's own country", () => {
  it('is news, not a retelling of the visit\'s signing; the same said of the visit in Hanoi is known', () => {
    const later = { published: '2025-05-12T08:00:00Z' };
    for (const text of [
      'On Saturday the two leaders sat down for talks at the Kremlin and oversaw the signing of papers on energy and nuclear power.',
      'After the talks, papers on nuclear power and oil were signed in the Russian capital.',
    ]) expect(findingAfter('To Lam was in Moscow for the Victory Day parade.', text, later)?.label, text).toBe('new');
    const visit = 'During the June visit Putin and Lam signed about a dozen cooperation agreements in Hanoi, civil nuclear projects among them.';
    expect(findingAfter('Russia and Vietnam are old friends.', visit, { published: '2024-06-25T08:00:00Z' })?.label).toBe('known');
  });
});

describe('talks or a signing at another event, outside the host country', () => {
  const newAfter = (lead: string, published: string, texts: string[]) => {
    for (const text of texts) expect(findingAfter(lead, text, { published })?.label, text).toBe('new');
  };
  it('is news though the nearest baseline sentence names the visitor\'s country as a party', () =>
    newAfter('Vietnam\'s party chief flew to the Russian capital for the parade.', '2025-05-14T08:00:00Z', [
      'On 10 May Lam held a round of talks with Putin in the Kremlin.',
      'Lam and Putin held talks in Russia and agreed to widen ties.',
    ]));

  it('is news on the sidelines of another gathering, wherever it was', () =>
    newAfter('Leaders of the emerging economies gathered for their annual summit.', '2024-10-25T08:00:00Z', [
      'Chinh also had a one-on-one with Vladimir Putin on the margins of the meeting.',
      'On the sidelines, the Vietnamese premier sat down with Putin for an hour.',
    ]));

  it('gives no wrong count: so many papers signed at talks in the visitor\'s capital are that event\'s; the same count signed in Hanoi is a wrong number', () => {
    newAfter('Vietnam\'s party chief flew to the Russian capital for the parade.', '2025-05-14T08:00:00Z', [
      'The following morning Lam and Putin talked at the Kremlin and watched ministers sign 25 documents.',
      'Lam and Putin held talks in Moscow, after which their governments signed some 25 agreements.',
    ]);
    const inHanoi = 'During the June visit ministers put their names to 25 documents in Hanoi.';
    expect(findingAfter('Russia and Vietnam are old friends.', inHanoi, { published: '2024-06-25T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'number' });
  });

  it('is news in a third country; a place the baseline\'s story goes to is that story\'s', () => {
    newAfter('Asian leaders gathered for the commemorations.', '2025-09-04T08:00:00Z', ['Putin and Pham Minh Chinh held talks in Beijing and signed a statement on energy.']);
    const pact = 'Before coming to Hanoi Putin signed a pact in North Korea with Kim Jong Un.';
    expect(findingAfter('Russia and Vietnam are old friends.', pact, { published: '2024-06-25T08:00:00Z' })?.label).toBe('known');
  });
});

describe('a tracker entry led into by one word', () => {
  it('"Summary:" before a sentence opening with a country\'s name and an aside is read, not taken for a guest introduced by name', () => {
    const summary = "Summary: Russia's main partner in Hanoi, party chief To Lam, was the guest of honour at the Moscow parade in May.";
    const report = check(['Entry: Vietnamese leader in Moscow', summary].join('\n\n'), { published: '2025-05-12T08:00:00Z' });
    expect(report.findings.find((f) => f.claim.text === summary)).toMatchObject({ label: 'contradiction', type: 'role' });
  });
});

describe('a denial of what the baseline also says is absent', () => {
  it('agrees with it: "excluding armed blocs", "not resorting to force and on peaceful settlement" restate "no place for blocs", "non-use of force"', () => {
    for (const text of [
      'In Hanoi Putin called for an Asia-Pacific security order that would exclude closed military blocs and rest on the non-use of force.',
      'In Hanoi Putin said the region needs a security architecture built on not resorting to force and on the peaceful settlement of disputes.',
    ]) expect(only(text, { published: '2024-06-22T08:00:00Z' }).label, text).toBe('known');
  });
});

describe('the order of the meetings', () => {
  it('a host the baseline has met "later in the day" met first is an other contradiction', () => {
    expectContradiction([
      "Putin's day in Hanoi opened with a meeting with Nguyen Phu Trong at the party's headquarters.",
      'The first appointment on Putin\'s Hanoi programme was a meeting with Pham Minh Chinh.',
      'In Hanoi Putin met Prime Minister Pham Minh Chinh first, before the welcome ceremony and the talks.',
    ], 'other', { published: '2024-06-22T08:00:00Z' }, /later in the day/);
  });

  it('a host met first on another trip, or first said of something else, is none', () => {
    expectNoContradiction([
      "On Putin's first visit to Vietnam since 2017, Nguyen Phu Trong received him at the party's headquarters.",
      'Pham Minh Chinh opened the Vietnam–Russia business forum in Moscow in 2025 with a speech on trade.',
      // ("first" of a time long before the verb: the host's own first meeting)
      'Putin and Pham Minh Chinh first met in 2019, when Chinh was the party\'s organisation chief.',
    ], { published: '2024-06-22T08:00:00Z' });
  });
});

describe('the welcome likened to the other stop\'s, where the baseline sets them apart', () => {
  it('"as grand as the one in Pyongyang", "rivalled Pyongyang\'s" is an other contradiction', () => {
    expectContradiction([
      "Hanoi's reception for Putin was just as grand as the one North Korea had laid on for him.",
      'The welcome Vietnam gave the Russian president matched the one he had received in Pyongyang.',
      // "the same (kind of)", "much as", "similar to"
      'In Hanoi Putin got the same sort of reception North Korea had laid on for him, with crowds in every street.',
      'Hanoi welcomed Putin with cheering crowds along the avenues, much as Pyongyang had done the day before.',
      "Putin's reception in Vietnam was similar to the welcome North Korea had given him.",
      // surpassing it (WordNet: outdo, outstrip are kinds of exceeding), or recalling it
      "Putin's reception in Vietnam outstripped the welcome North Korea had given him.",
      "Putin's reception in Vietnam recalled the welcome North Korea had given him.",
    ], 'other', { published: '2024-07-01T08:00:00Z' }, /more reserved|more formal/);
  });

  it('likened by "as in" or "like in" the other stop, or by a comparison cut short ("as they had in …"), is an other contradiction', () => {
    expectContradiction([
      'Vietnamese officials received Putin with marching bands and flag-waving schoolchildren, as in North Korea.',
      'Hanoi residents packed the avenues to welcome the Kremlin leader like in Pyongyang.',
      'Schoolchildren with paper flags greeted the Russian leader in Hanoi, exactly as they did in North Korea a day earlier.',
      'Drummers and dancers welcomed Putin to the Vietnamese capital as they had done at his stop in Pyongyang.',
      // "reminiscent of", "on a par with", "as warm a welcome as", "not unlike", someone comparing it
      'Hanoi greeted Putin with flag-waving students in scenes reminiscent of North Korea.',
      "The Vietnamese capital laid on a reception on a par with North Korea's for the Russian guest.",
      'Hanoi gave the Kremlin chief as festive a welcome as North Korea had.',
      'Flag-waving students greeted Putin in Hanoi in a welcome not unlike the one in North Korea.',
      'Students waving flags welcomed Putin in Hanoi, in scenes reporters compared to his stop in North Korea.',
    ], 'other', { published: '2024-07-01T08:00:00Z' }, /more reserved|more formal/);
  });

  it('"compared with" said of the welcome itself only measures it: set apart, no contradiction', () => {
    expectNoContradiction([
      'Compared with the dancers in North Korea, the welcome Hanoi gave Putin was sober.',
      'Hanoi welcomed Putin with a cannon salute, sober compared with the dancers of North Korea.',
    ], { published: '2024-07-01T08:00:00Z' });
  });

  it('"such as in" gives examples, and "as" opening a whole clause tells when: no likeness', () => {
    expectNoContradiction([
      'Putin, who was received in Hanoi with cannon fire, has been welcomed warmly in several capitals, such as in Pyongyang.',
      'Hanoi welcomed Putin with cannon fire as he was leaving Pyongyang for his next stop.',
    ], { published: '2024-07-01T08:00:00Z' });
  });

  it('set apart again, or likened in a denial, is none', () => {
    expectNoContradiction([
      "Hanoi's reception for Putin was not as grand as the one North Korea had laid on for him.",
      "Hanoi's reception for Putin was more restrained than the one North Korea had laid on for him.",
      'Vietnam\'s rice harvest matched the one in North Korea last year, Russian traders said.',
      // (a time is no likeness: "at the same time")
      'At the same time, Hanoi welcomed Putin with cannon fire, a day after his reception in Pyongyang.',
    ], { published: '2024-07-01T08:00:00Z' });
  });
});

describe('the welcome given the other stop\'s marks, where the baseline sets them apart', () => {
  it('throngs, cheering crowds or rapturous scenes at the event\'s welcome are an other contradiction', () => {
    expectContradiction([
      'Vietnam greeted the Russian president with throngs of cheering crowds along his route to the palace.',
      'Thousands of dancers welcomed Putin in Hanoi on his June 2024 state visit.',
      'The reception Putin got in Hanoi was rapturous, Russian reporters wrote.',
    ], 'other', { published: '2024-07-01T08:00:00Z' }, /more reserved|more formal/);
  });

  it('the welcome told by its scene, two of the other stop\'s marks and no word of welcoming, is one too', () => {
    const lead = 'Vladimir Putin spent Thursday in Hanoi on his state visit.';
    for (const claim of ['Crowds thronged the avenues to cheer the Kremlin leader as he drove past.', 'Along his route, thousands of children were waving paper flags for the Russian leader.']) {
      expect(findingAfter(lead, claim, { published: '2024-06-21T08:00:00Z' }), claim).toMatchObject({ label: 'contradiction', type: 'other' });
    }
    // (one mark is no scene: "crowds" at a market)
    expect(findingAfter(lead, 'Crowds of shoppers filled the markets of the Old Quarter as usual.', { published: '2024-06-21T08:00:00Z' })?.label).not.toBe('contradiction');
  });

  it('the marks set aside, denied, of the arrival or of another welcome are none', () => {
    expectNoContradiction([
      "Putin's welcome in Hanoi was formal, with a gun salute rather than cheering crowds.",
      "Putin's welcome in Hanoi was a far cry from the cheering crowds of the North.",
      'No crowds welcomed Putin in Hanoi.',
      'Deputy Prime Minister Tran Hong Ha welcomed Putin at the foot of the steps of his plane in Hanoi.',
      'In Pyongyang, cheering crowds welcomed Putin the day before he came to Vietnam.',
    ], { published: '2024-07-01T08:00:00Z' });
  });
});

describe('a count done by the same deed, in an article of the event\'s own days', () => {
  it('"17 documents were signed" is the event\'s count, whatever else the sentence says; someone else\'s signing is not', () => {
    const lead = "Putin's state visit to Hanoi ended on Thursday.";
    const f = findingAfter(lead, 'At the ceremony, 17 documents were signed in all, the Kremlin said.', { published: '2024-06-21T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(findingAfter(lead, "Separately, 17 documents were signed after Mishustin's talks with Pham Minh Chinh, the Kremlin said.", { published: '2024-06-21T08:00:00Z' })?.label).not.toBe('contradiction');
  });
});

describe('a count in a paragraph on another visitor', () => {
  it('is that visit\'s count, not the event\'s: "The two governments signed seven documents" beside Mishustin', () => {
    const text = 'Russian Prime Minister Mikhail Mishustin spent two days in Hanoi on 14 and 15 January.\n\nThe two governments signed seven documents, among them a memorandum on nuclear power. Mishustin said trade between the two countries grew by a quarter.';
    const f = check(text, { published: '2025-01-16T08:00:00Z' }).findings.find((x) => x.claim.text.startsWith('The two governments'));
    expect(f?.label).not.toBe('contradiction');
    // (the event's visitor named in the paragraph makes it the event's again)
    const putins = check(text.replace('Mishustin said', 'Putin said'), { published: '2025-01-16T08:00:00Z' }).findings.find((x) => x.claim.text.startsWith('The two governments'));
    expect(putins).toMatchObject({ label: 'contradiction', type: 'number' });
  });
});

describe('a count in an article, written later, headed on another visit', () => {
  const text = 'Russian and Vietnamese officials met.\n\nAfter the talks, the two sides signed 30 documents on trade, energy and education.';
  const finding = (title: string, body = text) => titled(title, body, '2025-03-12T08:00:00Z').findings.find((x) => x.claim.text.startsWith('After the talks'));

  it('is that story\'s count: "Mishustin in Hanoi"', () => {
    expect(finding('Mishustin in Hanoi: the week in pictures')?.label).not.toBe('contradiction');
  });

  it('is the event\'s under a headline on the event, or when the sentence names the visitor or the event\'s month', () => {
    expect(finding('Russia and Vietnam: the week in pictures')).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(finding('Mishustin in Hanoi: the week in pictures', text.replace('the two sides', 'Putin and his hosts'))).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(finding('Mishustin in Hanoi: the week in pictures', text.replace('After the talks,', 'After the talks in June 2024,'))).toMatchObject({ label: 'contradiction', type: 'number' });
  });
});

describe('a figure that agrees with the baseline\'s for the same kind of thing', () => {
  it('adds nothing: "roughly 12 accords" is the baseline\'s "around a dozen" agreements; 14 is another count', () => {
    expect(only('In Hanoi, Lam and Putin put their names to roughly 12 accords, from schools to civil nuclear power.', { published: '2024-06-22T08:00:00Z' }).label).toBe('known');
    expect(only('In Hanoi, Lam and Putin put their names to 14 accords, from schools to civil nuclear power.', { published: '2024-06-22T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'number' });
  });
});

describe('the baseline\'s statement given to another body of the same country', () => {
  it('"the US embassy in Hanoi said" what the baseline has a State Department spokesperson say is an entity contradiction; the same body is none', () => {
    const f = only('Before the visit the US embassy in Hanoi said no country should give Putin a platform to promote his war of aggression against Ukraine.', { published: '2024-07-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f.evidence.some((e) => /State Department spokesperson/.test(e.text))).toBe(true);
    expectNoContradiction(['Before the visit to Hanoi a US State Department spokeswoman said no country should give Putin a platform to promote his war of aggression against Ukraine.'], { published: '2024-07-10T08:00:00Z' });
  });
});

describe('a name written with its diacritics', () => {
  it('is the baseline\'s name without them: "Trần Hồng Hà" is "Tran Hong Ha"', () => {
    expect(only('On landing in Hanoi, Putin was met on the red carpet by Deputy Prime Minister Trần Hồng Hà and party diplomat Lê Hoài Trung.', { published: '2024-06-22T08:00:00Z' }).label).toBe('known');
  });
});

describe('a longer name built on the baseline\'s', () => {
  it('is another body: an entity contradiction; the same name is no contradiction', () => {
    const other = "Putin's op-ed ran in Quan Doi Nhan Dan, the military's paper, thanking Hanoi for its balanced stance on the Ukraine crisis.";
    expect(only(other)).toMatchObject({ label: 'contradiction', type: 'entity' });
    const same = "Putin's op-ed ran in Nhan Dan, thanking Hanoi for its balanced stance on the Ukraine crisis.";
    expect(only(same).label).not.toBe('contradiction');
    // said of the same thing in fewer of the sentence's words
    expect(only('Before the trip Putin wrote for Quan Doi Nhan Dan, praising the balanced stance of his hosts.')).toMatchObject({ label: 'contradiction', type: 'entity' });
    // where the piece appeared, said apart from it: "the article he wrote …, which ran in Tuoi Tre"
    expect(only('Putin thanked Hanoi for its balanced stance in an article he wrote before the trip, which ran in Thanh Nien.')).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(only('Putin thanked Hanoi for its balanced stance in an article he wrote before the trip, which ran in Nhan Dan.').label).not.toBe('contradiction');
    // the piece's writer or its time between it and the paper: "an article he wrote for …", "his article last June in …"
    expect(only('In a column he penned for the youth daily Thanh Nien, Putin praised Vietnam\'s balanced stance on Ukraine.')).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(only("Putin's essay last June in Thanh Nien praised Vietnam's balanced stance on Ukraine.", { published: '2025-03-01T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'entity' });
    // written in or for the paper: "wrote in the youth daily …", "a column written for …"
    expect(only('Before landing in Hanoi, Putin wrote in the youth daily Thanh Nien that Russia valued Vietnam\'s balanced stance.')).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(only('In a column written for the youth daily Thanh Nien, Putin praised Vietnam\'s balanced stance on Ukraine.')).toMatchObject({ label: 'contradiction', type: 'entity' });
    // the writer named only in the paragraph: "The piece ran in …" after a sentence on Putin
    const f = findingAfter('Vladimir Putin praised Vietnam\'s balanced stance on Ukraine in print before the visit.', 'The signed piece ran in Thanh Nien, the youth union\'s daily.', { published: '2024-06-25T08:00:00Z' }, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    // a country's or a place's name run into another word is no other body
    expect(only('The Kazan Kremlin hosted Putin\'s talks with Vietnam\'s prime minister in October.', { published: '2024-10-30T08:00:00Z' }).type).not.toBe('entity');
    // an honorific is no longer name
    expect(only('Vietnam has abstained in UN votes condemning Russia\'s invasion, a stance Mr Putin praised as balanced in Nhan Dan.').label).not.toBe('contradiction');
  });
});

describe('a denial that grants the thing elsewhere', () => {
  it('"not the X that Y had": the X is granted, at another place or time', () => {
    // the baseline's cheering crowds and full support are Pyongyang's
    expectNoContradiction([
      'In Hanoi the Russian leader met a guard of honour, not the cheering crowds he had seen in Pyongyang the day before.',
      "Vietnam's leaders gave Putin none of the full support that Kim Jong Un had pledged.",
    ]);
  });
});

describe('nouns of not doing', () => {
  it('"abstentions", "refusal to": the votes abstained in are not voted in', () => {
    expectNoContradiction(["Vietnam's abstentions in the UN votes condemning Russia's invasion of Ukraine were welcomed in Moscow.", "Hanoi's refusal to join UN votes condemning the invasion of Ukraine won Putin's praise."]);
  });
});

describe('a denial about another body', () => {
  it('denying membership of a body the baseline sentence does not give is no contradiction of it', () => {
    // the baseline names the ICC only for its warrant, and Vietnam only as a member of ASEAN
    expectNoContradiction(['Neither Vietnam nor Russia belongs to the ICC.', 'Neither Hanoi nor Moscow are parties to the ICC.', 'Vietnam and Russia are not members of the OECD, unlike Japan.']);
  });
});

describe('a denial of what a side did, against what another party did', () => {
  it('a side denied a deed the baseline sentence does not speak of, in a sentence naming the side neither by name nor by pronoun, is no contradiction', () => {
    // the baseline: "Putin's Asia tour came as Western powers stepped up sanctions aimed at constraining Russia's war in Ukraine."
    const later = { published: '2025-02-01T08:00:00Z' };
    expectNoContradiction(['Vietnam has not signed on to the Western sanctions on Moscow.', 'Hanoi has never enforced Western sanctions on Russia.'], later);
    // (a deed the baseline speaks of, denied, still is: "signed 11 memorandums … nuclear")
    expectContradiction(["Vietnam did not sign any document on nuclear power during Putin's visit."], 'negation', later);
  });
});

describe('denials in other words', () => {
  it('"avoided", "stopped short of": a denial whose scope ends at its clause', () => {
    for (const text of [
      "Vietnam's leaders stopped short of pledging closer defence and security cooperation when Putin was in Hanoi.",
      'Vietnam and Russia avoided any commitment to push up cooperation in defence and security after the talks.',
    ]) {
      expect(only(text).label, text).toBe('contradiction');
    }
  });

  it('"no X" opening a clause in the simple past denies what the baseline says happened', () => {
    expect(only("No agreement on nuclear power emerged from Putin's talks in Hanoi in June.", { published: '2024-07-22T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'negation' });
  });

  it('"no room for closed blocs" after a comma is no denial, though "closed" looks like a verb', () => {
    expect(only('Putin spoke in Hanoi of an Asia-Pacific order resting on peace, with no room for closed military-political blocs.').label).not.toBe('contradiction');
  });

  it('"there has been no …" denies what the baseline says happened', () => {
    expect(only('There has been no joint statement from Hanoi and Moscow after the state visit.')).toMatchObject({ label: 'contradiction', type: 'negation' });
  });

  it('denying a deed done to one thing does not contradict the same deed done to another', () => {
    // the baseline says Vietnam backs Russia's "Look East" policy, nothing of backing the war
    expectNoContradiction(['Vietnam stopped short of backing Moscow\'s war when the Russian president came to Hanoi.', "Hanoi's leaders stopped short of publicly backing Moscow's war during Putin's stay."]);
  });
});

describe('the relation\'s sides named together', () => {
  const article = (title: string, text: string) => titled(title, text, '2025-04-16T08:00:00Z');
  const apart = [
    'Xi Jinping ended a two-day state visit to Hanoi on Tuesday with pledges on rail links and supply chains.',
    'Vietnamese officials avoided any language that Washington could read as taking sides.',
    'Xi is expected in Moscow next month for the Victory Day parade, where Vladimir Putin will host him.',
  ].join('\n\n');

  it('an article naming the sides only in different paragraphs, under a headline naming one of them, is on another relation', () => {
    const report = article('Xi wraps up Hanoi visit with rail pledges', apart);
    expectOffTopic(report);
  });

  it('the sides in one paragraph, by a one-word name too, or in the headline, make it the watch\'s', () => {
    expect(article('Xi wraps up Hanoi visit with rail pledges', apart.replace('\n\nXi is expected', ' Xi is expected')).relevant).toBe(true);
    expect(article('Rail talks', 'Putin and Lam discussed a rail link in Hanoi on Tuesday.\n\nChinese engineers have surveyed the route.').relevant).toBe(true);
    expect(article('Putin wary as Xi courts Hanoi', apart).relevant).toBe(true);
  });

  it('a new office holder met in passing, past the lead, does not make the story the watch\'s', () => {
    const text = apart.replace('Vietnamese officials avoided', 'Xi also met State President Luong Cuong. Vietnamese officials avoided');
    expect(article('Xi wraps up Hanoi visit with rail pledges', text).relevant).toBe(false);
  });

  it('a change of a baseline fact in the lead is news of the watch wherever the sides stand', () => {
    const report = article('Test article', 'Timor-Leste joined ASEAN as a full member on Sunday.\n\nThe Kremlin said Russia would keep working with the bloc.');
    expect(report.findings.some((f) => f.label === 'contradiction')).toBe(true);
  });

  // an article on another relation: an outsider named in many more sentences than one side
  const inSeoul = [
    'Russian Foreign Minister Sergei Lavrov arrived in Seoul on Monday for talks with South Korean officials on shipping through the Arctic.',
    'South Korea has kept its ban on arms sales to Ukraine, and its shipbuilders want a share of Russia\'s Northern Sea Route.',
    'Lavrov told South Korean reporters that Seoul and Moscow could restore direct flights next year.',
    'South Korean industry groups asked the government to ease export controls on machine parts bound for Russia.',
    'Analysts said Vietnam, which also courts Moscow, and other ASEAN members watched the talks in Seoul closely.',
  ];

  it('an article naming an outsider in many more sentences than one side of the watch is about the outsider', () => {
    const report = article('Arctic shipping and flights on the table', inSeoul.join('\n\n'));
    expectOffTopic(report);
  });

  it('an article naming both sides often enough, whatever else it names, is the watch\'s', () => {
    const text = [...inSeoul, 'Vietnam and Russia are due to hold their own shipping talks in Hanoi in October.', 'Vietnamese carriers want Russian permits for Arctic voyages.'].join('\n\n');
    expect(article('Arctic shipping and flights on the table', text).relevant).toBe(true);
  });

  it('an outsider named in a few sentences of a short article leaves it the watch\'s', () => {
    const text = 'Russia and Vietnam signed a deal on Tuesday to build a fertiliser plant in Hai Phong.\n\nJapan and South Korea supply most of the plant\'s machinery, and Japanese banks lend to the builders.';
    expect(article('Fertiliser plant deal', text).relevant).toBe(true);
  });
});

describe('third parties', () => {
  it('a place that only says where something happened does not make the sentence about a third party', () => {
    const text = "Lavrov held talks with Vietnam's foreign minister on Thursday. The two ministers met again in Geneva on Friday to discuss oil payments.";
    const report = check(text, { published: '2025-03-01T08:00:00Z' });
    expect(report.findings.find((f) => f.claim.text.startsWith('The two ministers'))?.label).toBe('new');
  });

  it('a place named only by a bearing from it ("east of Japan") says where something lies, not whom the sentence is about', () => {
    const lead = "Lavrov held talks with Vietnam's foreign minister on Thursday.";
    for (const claim of ['The two ministers agreed to hold their next round on a ship anchored east of Japan.', 'Their next round is planned for a Pacific port south-west of China, the ministry said.']) {
      expect(findingAfter(lead, claim, { published: '2025-03-01T08:00:00Z' }, ' ')?.label, claim).toBe('new');
    }
    // (one that acts, even after "of", is still the sentence's third party)
    expect(findingAfter(lead, 'The leaders of Japan agreed to host the next round.', { published: '2025-03-01T08:00:00Z' }, ' ')).toBeUndefined();
  });

  it('a watched party named only as one of a list of outsiders is background; one opening the sentence is not', () => {
    const lead = 'Vietnam became a BRICS partner country on Friday, Russia said.';
    const history = 'The group was founded in 2009 by Brazil, Russia, India and China.';
    const hanoi = 'Hanoi has turned to Israel, South Korea and India for some of its weapons.';
    const texts = check([lead, history, hanoi].join('\n\n'), { published: '2025-06-20T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).toContain(lead);
    expect(texts).not.toContain(history);
    expect(texts).toContain(hanoi);
  });

  it('a watched place that only says where something happened does not open the topic', () => {
    const text = 'Palm oil futures eased 0.5 percent in Kuala Lumpur on Tuesday, dealers said.\n\nRussia and Vietnam agreed to build a nuclear research centre near Hanoi, Rosatom said on Tuesday.';
    const findings = check(text, { published: '2025-03-01T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(findings).toEqual(['Russia and Vietnam agreed to build a nuclear research centre near Hanoi, Rosatom said on Tuesday.']);
  });

  it('a third party that acts is background', () => {
    const text = "Lavrov held talks with Vietnam's foreign minister on Thursday. China's foreign minister met his Japanese counterpart to discuss fishing rights.";
    const report = check(text, { published: '2025-03-01T08:00:00Z' });
    expect(report.findings.find((f) => f.claim.text.startsWith("China's"))).toBeUndefined();
  });
});

describe('lists of other stories', () => {
  it('headlines listed one after another are other stories; the article\'s own headline is read', () => {
    const own = 'Russia and Vietnam open a direct shipping line from Vladivostok';
    const claim = 'The first container ship left Vladivostok for Hai Phong on Monday, the port said.';
    const list = ['Lavrov to visit Laos for ASEAN meetings next week', 'Vietnam and Russia discuss rouble payments for rice', 'Putin hails ties with Hanoi in New Year message'];
    const text = [own, 'By Staff Reporter | 4 March 2025', '', claim, '', ...list.flatMap((l) => [l, '']), 'Mekong Post is a registered trademark.', 'In this issue: shipping, rice, payments'].join('\n');
    const report = check(text, { published: '2025-03-04T08:00:00Z' });
    const texts = report.findings.map((f) => f.claim.text);
    expect(texts).toContain(own);
    expect(texts).toContain(claim);
    for (const l of list) expect(texts).not.toContain(l);
    expect(texts.some((t) => /trademark|In this issue/.test(t))).toBe(false);
  });

  it('a button\'s words repeated under each item ("Open the full story") are no headline: the items between them are read', () => {
    const alerts = ['Rosatom and Vietnam agree to study a second research reactor site', 'Aeroflot adds a third weekly flight from Moscow to Nha Trang', 'Vietnamese rice exports to Russia double in the first half'];
    const text = ['Alerts from the past week', '', ...alerts.flatMap((a, i) => [`TUE 0${i + 1} JUL · 09:1${i}`, a, 'Open the full story', '']), 'Get our app for instant alerts.'].join('\n');
    const texts = check(text, { published: '2025-07-05T08:00:00Z' }).findings.map((f) => f.claim.text);
    for (const a of alerts) expect(texts, a).toContain(a);
    expect(texts).not.toContain('Open the full story');
  });
});

describe('polarity on what both sentences speak of', () => {
  it('a side named as a country ("his big Soviet brother") places nothing: a denial in Hanoi still denies it', () => {
    // (the baseline: "… placed a wreath of flowers at the mausoleum of … Ho Chi Minh who began … to establish links with his big Soviet brother")
    for (const text of ['Putin did not visit the Ho Chi Minh mausoleum during his state visit to Hanoi.', 'On his state visit to Hanoi, Putin never went to the mausoleum of Ho Chi Minh.']) {
      expect(only(text, { published: '2024-07-01T08:00:00Z' }), text).toMatchObject({ label: 'contradiction', type: 'negation' });
    }
  });

  it('the baseline\'s denial restated with a verb of forbidding is known', () => {
    // (the baseline: "the 'four nos' defence policy, which means no to joining in military alliances, no to …")
    const f = only('Hanoi also shows no sign of dropping the policy, which bars it from joining military alliances with Russia.', { published: '2025-03-01T08:00:00Z' });
    expect(f.label).toBe('known');
  });

  it('"not openly" does not keep a restatement of a denial from being known', () => {
    const f = only('Not openly: Putin got no such clear public declaration of support in Hanoi.');
    expect(f.label).toBe('known');
  });
});

describe('a sentence with several figures', () => {
  it('each figure is judged on its own: one that agrees does not excuse one that differs', () => {
    // "first visit" agrees with the baseline's; the years since the last one do not
    const f = only("Before Hanoi, Putin paid his first visit to the isolated North in 31 years and signed a treaty with Kim there.");
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(f.reason).toMatch(/31 years/);
  });
});

describe('a person spoken of by a pronoun', () => {
  it('is the person the sentence before named: "He" after a sentence on Putin is a claim about Putin', () => {
    const text = 'Vladimir Putin ended his Asian tour in Hanoi on Thursday. He had come from his first visit to North Korea in 31 years.';
    const report = check(text);
    const claim = report.findings.find((f) => f.claim.text.startsWith('He had come'));
    expect(claim, 'the pronoun sentence is read as on the topic').toBeDefined();
    expect(claim).toMatchObject({ label: 'contradiction', type: 'number' });
  });

  it('an office the pronoun holds is that person\'s: "His first trip as party chief" after a sentence on To Lam', () => {
    const text = "Vietnam's To Lam held talks with Putin in Moscow on Saturday.\n\nHis first trip abroad as party chief had taken him to Laos.";
    const f = check(text, { published: '2025-05-12T08:00:00Z' }).findings.find((x) => x.claim.text.startsWith('His first'));
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
  });

  it('a chain of "he" keeps its referent past the others a sentence names, and past a speaker\'s label', () => {
    const later = { published: '2024-09-01T08:00:00Z' };
    const lead = "Vietnam's Central Committee met in Hanoi and gave To Lam the party's top job.";
    // "he" stands for To Lam, not for Trong, whom the sentence before names after its own "he"
    for (const [between, claim] of [
      ['He takes over from Nguyen Phu Trong, who died in July.', 'He has kept the presidency as well, for now.'],
      ['HOST: He succeeds Nguyen Phu Trong, then?', 'GUEST: Yes. He also retains the state presidency.'],
    ]) {
      const f = check(`${lead}\n\n${between} ${claim}\n\nRussia sent its congratulations.`, later).findings.find((x) => claim.includes(x.claim.text.replace(/^\S+: /, '')));
      expect(f?.label, claim).not.toBe('contradiction');
    }
    const chain = 'The Central Committee met in Hanoi on Saturday and chose To Lam. He replaces Nguyen Phu Trong, who died in July. His first trip abroad as party chief took him to Laos.\n\nMoscow sent its congratulations to Hanoi.';
    expect(check(chain, later).findings.find((x) => x.claim.text.startsWith('His first'))).toMatchObject({ label: 'contradiction', type: 'role' });
  });

  it('a subject "he" is a mention of its referent beside another the sentence names: "He takes over from To Lam" is of the new president', () => {
    const text = "Deputies on Monday voted Luong Cuong into the state presidency. Cuong, an army general, had run the party secretariat's daily work. He takes over from To Lam, who had combined the presidency with the party leadership since August. The Kremlin said Putin had congratulated Cuong.";
    const f = check(text, { published: '2024-10-26T08:00:00Z' }).findings.find((x) => x.claim.text.startsWith('He takes over'));
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(f?.reason).toMatch(/Luong Cuong as president/);
  });

  it('a sentence opening with a known person\'s one name speaks of that person: "Trong died …", then "He had led …"', () => {
    const text = "Vietnam's party chose President To Lam as its leader in August. He said he would keep the presidency.\n\nTrong died in July after a long illness. He had led the party since 2011.\n\nMoscow sent condolences.";
    const f = check(text, { published: '2024-09-01T08:00:00Z' }).findings.find((x) => x.claim.text.startsWith('He had led'));
    expect(f?.label).not.toBe('contradiction');
  });

  it('after a phrase put before it, the pronoun is still the subject: "At the margins of the forum he saw India\'s minister" is about the person before', () => {
    const lead = 'Sergey Lavrov arrived in Vientiane on Wednesday for meetings with ASEAN foreign ministers.';
    const claim = 'At the margins of the forum he also saw the Indian foreign minister, Subrahmanyam Jaishankar.';
    expect(findingAfter(lead, claim, { published: '2024-07-28T08:00:00Z' })?.label).toBe('new');
    // a phrase with a verb of its own before the pronoun is no fronted phrase: the sentence there has its own subject
    const other = 'At the margins of the forum, which India attended, Japan said it would host the next round.';
    expect(findingAfter(lead, other, { published: '2024-07-28T08:00:00Z' })).toBeUndefined();
  });

  it('without a person before it, a pronoun sentence about a third country stays background', () => {
    const report = check('Russia and Vietnam held talks in Hanoi on Thursday. He had come from his first visit to North Korea in 31 years.');
    expect(report.findings.find((f) => f.claim.text.startsWith('He had come'))).toBeUndefined();
  });
});

describe('another host at the airport', () => {
  it('someone else waiting, standing or there to greet at the scene of the arrival is an entity conflict with the baseline\'s hosts', () => {
    for (const text of [
      'Putin landed in Hanoi before dawn. The man standing at the bottom of the aircraft steps to greet him was Prime Minister Pham Minh Chinh.',
      'Putin landed in Hanoi before dawn. Foreign Minister Bui Thanh Son waited on the tarmac to receive him.',
      // (the place the plane came from is no other scene of the welcome)
      'Putin paid a state visit to Vietnam in June 2024. Foreign Minister Bui Thanh Son stood on the tarmac to greet him as his aircraft came in from Pyongyang.',
    ]) {
      const f = check(text).findings.find((x) => x.label === 'contradiction');
      expect(f, text).toMatchObject({ type: 'entity' });
      expect(f!.reason, text).toMatch(/Tran Hong Ha/);
    }
  });

  it('a baseline host there, a later step, or another visitor\'s arrival is none', () => {
    for (const text of [
      'Putin landed in Hanoi before dawn. Deputy Prime Minister Tran Hong Ha waited on the tarmac to receive him.',
      "Putin's plane landed at Noi Bai before dawn, and he then went on to meet To Lam, who was waiting at the palace.",
      'Lavrov landed in Hanoi in July. Foreign Minister Bui Thanh Son waited on the tarmac to receive Lavrov.',
    ]) {
      expect(check(text).findings.filter((x) => x.type === 'entity'), text).toEqual([]);
    }
  });
});

describe('another doer of the same deed', () => {
  it('a reception at an arrival somewhere else is another reception', () => {
    expectNoContradiction(['Months after his state visit to Vietnam, Putin arrived in New Delhi on a Thursday evening and was received at the airport by Prime Minister Narendra Modi.'], { published: '2025-12-10T08:00:00Z' });
  });

  it('another host for the reception at the airport is an entity contradiction, with the baseline reception as evidence', () => {
    for (const text of [
      'On landing at the airport, Putin was welcomed by Prime Minister Pham Minh Chinh.',
      'Putin was met at the airport by Foreign Minister Bui Thanh Son after the overnight flight.',
    ]) {
      const f = only(text);
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'entity' });
      expect(f.evidence.some((e) => /airport/.test(e.text) && /Deputy Prime Minister/.test(e.text)), text).toBe(true);
    }
  });

  it('the active subject of a verb of a host is its doer; one side of a meeting is none', () => {
    expect(only('Foreign Minister Bui Thanh Son greeted Putin on the tarmac as he landed in Hanoi.')).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(only('Putin met Prime Minister Pham Minh Chinh at the airport lounge before flying on.').type).not.toBe('entity');
    // a host receives a person, by name, title or pronoun; receiving a thing makes no host
    expect(only('Foreign Minister Bui Thanh Son greeted the Russian president on the tarmac as he landed in Hanoi.')).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(only('On landing, Foreign Minister Bui Thanh Son received a letter from Putin at the airport.').type).not.toBe('entity');
  });

  it('the same step of the trip names the same deed without a word in common', () => {
    const f = only('After flying in overnight, Putin was welcomed on the runway by Foreign Minister Bui Thanh Son.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
  });

  it('after a sentence telling of the landing, the same verb of a host names the same deed', () => {
    const landed = 'Shortly before dawn the Russian leader\'s aircraft touched down in Hanoi.';
    const f = findingAfter(landed, 'He was then welcomed on the apron by Foreign Minister Bui Thanh Son.', undefined, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    // (another verb is another deed: the delegation came with him)
    expect(findingAfter(landed, 'He was accompanied by Foreign Minister Sergei Lavrov.', undefined, ' ')?.type).not.toBe('entity');
  });

  it('the active subject of meeting the guest, named by a pronoun, at the arrival\'s place is the host of the reception', () => {
    const landed = 'Putin flew into Hanoi overnight from Pyongyang.';
    const f = findingAfter(landed, 'Foreign Minister Bui Thanh Son met him at the airport before dawn.', { published: '2024-06-22T08:00:00Z' }, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    // (the visitor meeting someone there is his meeting, no host's)
    expect(only('Putin met Prime Minister Pham Minh Chinh at the airport lounge before flying on.').type).not.toBe('entity');
  });

  it('a cleft names the host: "it was X who welcomed him"', () => {
    const f = findingAfter('Putin flew into Hanoi overnight from Pyongyang.', 'At the airport it was Foreign Minister Bui Thanh Son who welcomed him on the red carpet.', { published: '2024-06-22T08:00:00Z' }, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    // (the baseline's own host, clefted, agrees)
    expect(only('When Putin touched down in Hanoi, it was Deputy Prime Minister Tran Hong Ha who welcomed him at the airport.').label).not.toBe('contradiction');
  });

  it('an unknown person sharing a family name with a known one is not that one', () => {
    // "Tran" alone would be Tran Thanh Man; "Tran Hong Ha" is the baseline's host
    expect(only('Deputy Prime Minister Tran Hong Ha was at the airport to welcome Putin when he landed in Hanoi.').label).not.toBe('contradiction');
  });

  it('the same host in other words, or a host of another part of the visit, is no contradiction', () => {
    expectNoContradiction(["At Hanoi's airport Putin was received by a deputy prime minister.", 'Putin was received at the Presidential Palace by President To Lam.', 'In June, President To Lam welcomed Vladimir Putin to Hanoi on a state visit.']);
  });

  it('other signers of the event\'s documents: every signer the claim names is among the baseline\'s, by name or office', () => {
    for (const text of ['The memorandums were signed by Putin and Nguyen Phu Trong, the party chief, during the state visit.', 'During the state visit, Putin and Prime Minister Pham Minh Chinh signed the cooperation agreements.']) {
      const f = only(text);
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'entity' });
      expect(f.reason, text).toMatch(/signed by .*; the baseline says by To Lam and Vladimir Putin/);
    }
    expectNoContradiction(['During Putin\'s state visit to Vietnam the agreements were signed by the two presidents.', 'During the state visit to Vietnam, Lam and Putin signed the memorandums at the Presidential Palace.']);
  });

  it('signers in a relative clause after what they signed', () => {
    const f = only('Nuclear research was among the topics of the accords which Putin and Prime Minister Pham Minh Chinh signed in Hanoi during the state visit.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f.reason).toMatch(/the baseline says by To Lam and Vladimir Putin/);
    // (or in one without "that": "the accords he signed there with …")
    const contact = only('Nuclear research was among the topics of the accords Putin signed in Hanoi with Prime Minister Pham Minh Chinh during the state visit.');
    expect(contact).toMatchObject({ label: 'contradiction', type: 'entity' });
    // (the baseline's signers in a relative clause agree)
    expect(only('Nuclear research was among the topics of the accords which Putin and To Lam signed in Hanoi during the state visit.').label).not.toBe('contradiction');
  });

  it('a host of the same office but another name is another host; the baseline\'s host by name is the same one', () => {
    // the baseline's page breaks its sentence after the title: "… by the Deputy Prime Minister of Vietnam. Tran Hong Ha and …"
    const other = only('After landing in Hanoi, Putin was greeted at the airport by Deputy Prime Minister Le Thanh Long.');
    expect(other).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(other.reason).toMatch(/by Le Thanh Long; the baseline says by Tran Hong Ha/);
    expect(only('After landing in Hanoi, Putin was greeted at the airport by Deputy Prime Minister Tran Hong Ha.').label).not.toBe('contradiction');
  });

  it('"by" a thing says how, not who', () => {
    const text = 'Shortly after Putin flew in, the welcome ceremony was followed by talks with Prime Minister Pham Minh Chinh.';
    expect(only(text).type).not.toBe('entity');
  });
});

describe('a story about a change of a baseline fact', () => {
  const analyse = (title: string, text: string) => {
    const report = analyzeArticle({ id: 'a1', title, url: 'https://example.org/a1', source: 'Test', published: '2025-11-02T08:00:00Z', text }, index);
    expectContract(report, text);
    return report;
  };

  it('is about the watch when its lead tells of the change and the story comes back to it, whoever else it names', () => {
    const text = [
      'Vietnam’s legislature on Tuesday appointed veteran diplomat Ha Van Minh as state president, a largely ceremonial post.',
      'Ha Van Minh replaces To Lam, who will now focus on leading the Communist Party.',
      'President Ha Van Minh pledged to continue the country’s foreign policy of independence.',
    ].join('\n\n');
    const report = analyse('Vietnam picks a diplomat for head of state', text);
    expect(report.relevant).toBe(true);
    expect(report.findings.filter((f) => f.type === 'role').length).toBeGreaterThanOrEqual(2);
  });

  it('is about the watch when its headline tells of a baseline office holder leaving office', () => {
    const text = 'Nguyen Phu Trong, who led the Communist Party of Vietnam for 13 years, died on Friday after a long illness.\n\nA state funeral will be held next week in Hanoi.';
    const report = analyse("Vietnam's party chief Nguyen Phu Trong dies aged 80", text);
    expect(report.relevant).toBe(true);
    expect(report.findings.some((f) => f.label === 'new')).toBe(true);
    expect(analyse('Rice exports from the Mekong delta hit a record', `Exporters said the season was strong despite the mourning period after Nguyen Phu Trong died.\n\n${text}`).relevant).toBe(false);
  });

  it('is not about the watch when a changed fact is said once, in passing, in a story on another subject', () => {
    const text = [
      'South Korea and Vietnam agreed to double their bilateral trade during talks in Seoul with party chief To Lam.',
      'Samsung and LG are among the largest foreign investors in Vietnam.',
      'The two sides also discussed high-speed rail.',
    ].join('\n\n');
    expect(analyse('Seoul and Hanoi set a new trade goal', text).relevant).toBe(false);
  });
});

describe('years said by their distance from the date', () => {
  it('a year the baseline gives as "next year" is no new figure when a claim names it', () => {
    const doc = { id: 'b1', title: 'Anniversary', source: 'Test', published: '2024-06-20', text: 'Russia and Vietnam will mark the 75th anniversary of their diplomatic ties next year, Putin said in Hanoi.' };
    const small = buildIndex({ docs: [doc] }, profile);
    const f = only('Russia and Vietnam will mark the 75th anniversary of their diplomatic ties in 2025, Putin said in Hanoi.', { using: () => small, docs: [doc] });
    expect(f.label).toBe('known');
  });

  it('each anniversary counts back from its own year: the 30th in June and the 75th next year give 1994 and 1950', () => {
    const doc = { id: 'b1', title: 'Anniversaries', source: 'Test', published: '2024-06-20', text: 'Having marked the 30th anniversary of their friendship treaty in June, Moscow and Hanoi look ahead to the 75th anniversary of their diplomatic ties next year.' };
    const small = buildIndex({ docs: [doc] }, profile);
    const using = { using: () => small, docs: [doc] };
    expect(only('Moscow and Hanoi have had diplomatic ties since 1950 and a friendship treaty since 1994.', using).label).toBe('known');
    // (a year neither anniversary counts from is a figure the baseline lacks)
    expect(only('Moscow and Hanoi have had diplomatic ties since 1949 and a friendship treaty since 1994.', using).label).not.toBe('known');
  });

  it('"this year … next year" are two times, not a list of past years to pass over', () => {
    const doc = { id: 'b1', title: 'Anniversaries', source: 'Test', published: '2024-06-20', text: 'Moscow and Hanoi celebrate the 30th anniversary of their friendship treaty this year and will mark the 75th anniversary of their diplomatic ties next year.' };
    const small = buildIndex({ docs: [doc] }, profile);
    expect(only('Moscow and Hanoi have had diplomatic ties since 1950 and a friendship treaty since 1994.', { using: () => small, docs: [doc] }).label).toBe('known');
  });
});

describe('teasers of other stories', () => {
  it('lines cut short with an ellipsis, one after another, are other stories; an article cut short once is still read', () => {
    const claim = 'Russia and Vietnam agreed on Monday to open a rouble-dong clearing line, the central banks said.';
    const teasers = ['Vietnam and Russia weigh new flights to Phu Quoc as tourist numbers climb past the…', 'Russian investors eye Vietnam’s offshore wind sector, where Hanoi plans to auction…'];
    const cut = 'The Kremlin said Putin and Lam discussed the new payment line by telephone and agreed to…';
    const text = [claim, cut, '', ...teasers].join('\n');
    const texts = check(text, { published: '2025-03-04T08:00:00Z' }).findings.map((f) => f.claim.text);
    expect(texts).toContain(claim);
    for (const t of teasers) expect(texts).not.toContain(t);
    expect(texts).toContain(cut);
  });
});

describe('a trend of the topic that went the other way', () => {
  const on = (text: string) => only(text, { published: '2025-06-01T08:00:00Z' });

  it('arms purchases going up contradicts the baseline\'s falling arms orders, whatever the words', () => {
    for (const text of ["Vietnam's purchases of Russian weapons have risen sharply since 2023.", 'Hanoi has stepped up its imports of Russian arms this year.']) {
      const f = on(text);
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'other' });
      expect(f.evidence.some((e) => /dropped off|fallen/.test(e.text)), text).toBe(true);
    }
  });

  it('a trend of something else, the same way, or dated before the baseline is no contradiction', () => {
    for (const text of [
      'Trade between Russia and Vietnam rose by a fifth in the first half of the year.',
      "Vietnam's arms orders from Russia fell further after Western sanctions.",
      "Vietnam's purchases of Russian weapons grew strongly in 2010.",
    ]) {
      expect(on(text).label, text).not.toBe('contradiction');
    }
  });

  it('an "-ing" form without an auxiliary names a deed, it states no trend ("cutting ties … was not a condition")', () => {
    for (const text of ['Washington said cutting ties with Russia was not a condition of its partnership with Vietnam.', 'Boosting arms purchases from Russia would anger Washington, Vietnamese officials said.']) {
      expect(on(text).label, text).not.toBe('contradiction');
    }
    expect(on('Vietnam is expanding its purchases of Russian weapons this year.')).toMatchObject({ label: 'contradiction', type: 'other' });
  });

  it('a verb with an object of its own tells that object\'s trend, not the topic noun\'s before it', () => {
    for (const text of ['A new arms deal would strengthen strategic trust between Moscow and Hanoi, a Vietnamese official wrote.', 'Russian arms sales to Vietnam would deepen trust between the two governments.']) {
      expect(on(text).label, text).not.toBe('contradiction');
    }
  });
});

describe('trend verbs', () => {
  it('a phrasal verb moves as its own sense says, and a verb with no direction takes the opposite of its antonym', () => {
    for (const text of ['Hanoi has stepped up its imports of Russian arms this year.', 'Russian arms deliveries to Vietnam have fallen in recent years.']) {
      const f = sentenceFeatures(readSentences(text)[0], index.matcher);
      expect(f.trends.length, text).toBeGreaterThan(0);
    }
    const f = sentenceFeatures(readSentences('Russian arms deliveries to Vietnam have fallen in recent years.')[0], index.matcher);
    expect(f.trends[0]).toMatchObject({ direction: 'down' });
    expect(f.trends[0].about).toContain('=weapon');
  });

  it('a denied fall stands against the baseline\'s fall; a denied rise agrees with it', () => {
    const f = only('Vietnamese purchases of Russian arms have not declined in recent years, defence analysts say.', { published: '2025-03-01T08:00:00Z' });
    expect(f.label).toBe('contradiction');
    expect(f.evidence.some((e) => /orders have dropped off/.test(e.text))).toBe(true);
    expect(only('Vietnamese purchases of Russian arms have not grown in recent years, defence analysts say.', { published: '2025-03-01T08:00:00Z' }).label).not.toBe('contradiction');
  });

  it('a trend of a plain word is the baseline\'s when the claim\'s paragraph names both sides: "Hanoi\'s orders have picked up"', () => {
    for (const text of [
      "Russian kit still fills Vietnam's arsenal. Hanoi's orders have actually picked up over the last two years despite Western sanctions, some defence analysts say.",
      "Moscow still supplies most of Vietnam's armed forces. Hanoi's orders have picked up in the past two years, some defence analysts say.",
    ]) {
      const f = check(text, { published: '2025-03-01T08:00:00Z' }).findings.find((x) => /picked up/.test(x.claim.text));
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'other' });
    }
  });

  it('a plain word\'s trend is the baseline\'s when the claim names both sides; a participle describing a noun is none', () => {
    const f = only('Contrary to the gloom, Vietnamese orders for Russian engines keep climbing year after year, brokers in Hanoi insist.', { published: '2025-03-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'other' });
    expect(f.evidence.some((e) => /orders have dropped off/.test(e.text))).toBe(true);
    expect(only('In Hanoi, Putin said Russia and Vietnam wanted a regional order built on dialogue and respect.').label).not.toBe('contradiction');
  });

  it('someone who goes up or down moves in space, not in amount: "the president touched down in Hanoi"', () => {
    for (const text of ['The Russian president touched down in Hanoi a little after two in the morning.', 'Russian defence exporters are cut off from dollar clearing, Hanoi bankers say.']) {
      expect(typesIn(text, { published: '2024-06-21T08:00:00Z' }), text).not.toContain('other');
    }
    // (what comes "from" a name is no one: orders from Moscow still go up)
    expect(check("Vietnam still flies Russian jets. Orders from Moscow have picked up again since 2023, brokers say.", { published: '2025-03-01T08:00:00Z' }).findings.map((x) => x.type)).toContain('other');
  });

  it('a verb of state moves nothing', () => {
    const f = sentenceFeatures(readSentences('The package includes Russian arms and training.')[0], index.matcher);
    expect(f.trends).toEqual([]);
  });
});

describe('the order of the tour', () => {
  it('another place in the tour, under another word for its parts, conflicts with "the second and final stop"', () => {
    const f = only("Hanoi was the first leg of Putin's two-nation Asian swing.");
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(f.evidence.some((e) => /second and final stop/.test(e.text))).toBe(true);
  });

  it('two places put in the other order ("then on to Pyongyang") conflict with "after North Korea"; the same order agrees', () => {
    expectContradiction(['Putin spent two days in Hanoi and then went on to Pyongyang for his pact with Kim.', 'From the Vietnamese capital Putin travelled onward to Pyongyang.'], 'other', { published: '2024-07-10T08:00:00Z' }, /after North Korea/);
    // a sentence not dated itself keeps to the tour in a paragraph dated later
    const later = 'Chinh met Putin in Kazan on 24 October. That tour had opened in Hanoi before moving on to Pyongyang.';
    expect(check(later, { published: '2024-10-30T08:00:00Z' }).findings.find((f) => /That tour/.test(f.claim.text))).toMatchObject({ label: 'contradiction', type: 'other' });
    // nor does one dated by a month alone ("last June"); one dated to another year is another tour
    const dated = (tour: string) => check(`Lavrov met ASEAN ministers in Kuala Lumpur on 10 July. ${tour}`, { published: '2025-07-10T08:00:00Z' }).findings.find((f) => f.claim.text === tour);
    expect(dated("He recalled that Putin's Asian tour last June had begun in Hanoi before he flew on to Pyongyang.")).toMatchObject({ label: 'contradiction', type: 'other' });
    expect(dated("He recalled that Putin's Asian tour in June 2025 had begun in Hanoi before he flew on to Pyongyang.")?.label).not.toBe('contradiction');
    // a sentence telling of the travel between them needs no name of who travelled
    expect(only('The Russian tour began in Hanoi and then moved on to Pyongyang.', { published: '2024-07-10T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'other' });
    expectNoContradiction(['Putin came to Hanoi after North Korea, where he had signed a pact with Kim.', 'Putin left Pyongyang and flew on to Hanoi overnight.'], { published: '2024-07-10T08:00:00Z' });
    // (the place one went on from came first: "travelled on from Hanoi to Pyongyang")
    expectContradiction(['The Russian leader travelled on from Hanoi to Pyongyang for the signing of the pact.'], 'other', { published: '2024-07-10T08:00:00Z' }, /after North Korea/);
    expectNoContradiction(['Putin went on from Pyongyang to Hanoi for the second half of the tour.'], { published: '2024-07-10T08:00:00Z' });
  });

  it('a stop after the event\'s place ("from Hanoi on to Phnom Penh"), where the baseline ends the tour there, is an other contradiction; going home and others\' travels are none', () => {
    expectContradiction(["From the Vietnamese capital Putin travelled on to Phnom Penh for talks with Cambodia's leaders.", "After Hanoi the Russian leader's tour moved on to Bangkok for a day."], 'other', { published: '2024-07-10T08:00:00Z' }, /second and final stop/);
    expectNoContradiction([
      'After his talks in Hanoi, Putin flew back to Moscow overnight.',
      'Thailand is the second-biggest market for Russian fertiliser in the region, after Vietnam.',
    ], { published: '2024-07-10T08:00:00Z' });
    const others = findingAfter('Putin paid a state visit to Hanoi in June 2024.', 'Both Emmanuel Macron and Fumio Kishida had visited Hanoi before travelling on to Bangkok that year.', { published: '2024-07-10T08:00:00Z' });
    expect(others?.label).not.toBe('contradiction');
  });

  it('another outside stop before the event\'s place ("after his visit to Mongolia") is an entity contradiction; a watched side or a time after is none', () => {
    expectContradiction(['Putin came to Hanoi after his visit to Mongolia.', 'The Russian president arrived in Vietnam after the stop in Kazakhstan.'], 'entity', { published: '2024-07-10T08:00:00Z' }, /after North Korea/);
    expectNoContradiction([
      'Putin came to Hanoi after his visit to Pyongyang.',
      'A US envoy arrived in Hanoi a day after Putin had left Russia for Asia.',
      // (a place that does something after "after" opens a clause of time: it was no stop)
      'Putin arrived in Hanoi less than a week after Washington announced new sanctions on Russian banks.',
    ], { published: '2024-07-10T08:00:00Z' });
    // (others' travels, named before the verb, are theirs: "after the American" is Obama's turn, not Putin's stop)
    const others = findingAfter('Putin visited Hanoi in June 2024.', 'Both Barack Obama and Shinzo Abe have come to Vietnam, the Japanese leader a few months after the American.', { published: '2024-07-10T08:00:00Z' });
    expect(others?.label).not.toBe('contradiction');
  });

  it('"the opening stop" is a stop, whatever the tagger guessed the word after the ordinal is', () => {
    const f = only("Hanoi was the opening stop on Putin's two-nation Asian trip.");
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
  });

  it('a verb spelled like a word of a class of nouns is not of that class: "the fighting to stop" is no stop of a tour', () => {
    const keysOf = (text: string) => sentenceFeatures(readSentences(text)[0], index.matcher).tokenKeys;
    expect(keysOf('Vietnam wants the fighting in Ukraine to stop.')).not.toContain('=stop');
    expect(keysOf('Hanoi was the last stop of the tour.')).toContain('=stop');
  });
});

describe('a claim recalling the baseline\'s event by name', () => {
  it('retells it when it adds no name, figure or rare word, whatever its wording', () => {
    const text = "The Kremlin leader's state visit to Vietnam had seen him sit down with Trong only weeks before.";
    expect(only(text, { published: '2024-08-01T08:00:00Z' }).label).toBe('known');
  });

  it('says something new when it adds a name or a rare word', () => {
    for (const text of [
      "The Kremlin leader's state visit to Vietnam had seen him sit down with Trong and with Kazakhstan's Tokayev.",
      "Vietnam's ageing party boss entertained Putin at a banquet during the state visit.",
    ]) {
      expect(only(text, { published: '2024-08-01T08:00:00Z' }).label, text).toBe('new');
    }
  });
});

describe('a month said without a year', () => {
  const claim = 'Putin flew into Hanoi on June 17, a day ahead of schedule.';
  const afterLead = (lead: string) => findingAfter(lead, claim, { published: '2026-03-10T08:00:00Z' }, ' ');

  it('is in the year its paragraph has been telling of', () => {
    expect(afterLead('Russia and Vietnam signed a string of deals when Putin came to Hanoi in June 2024.')).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('a year told alone counts too', () => {
    expect(afterLead('Russia and Vietnam signed a string of deals when Putin came to Hanoi in 2024.')).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('another year told of makes it another June', () => {
    expect(afterLead('Russia and Vietnam signed a string of deals when Lavrov came to Hanoi in June 2025.')?.label).not.toBe('contradiction');
  });
});

describe('a line under a label', () => {
  const text = [
    'HOST: Russia and Vietnam agreed on Friday to open a Russian consulate in Da Nang.',
    'REPORTER: Officials in Hanoi said the consulate would issue visas for Russian tourists from next spring.',
    // (a speaker broken off at a dash, where another cuts in)
    'GUEST: The first Russian visas were to be issued there by a staff of twelve diplomats —',
    'More from The Herald: Russia and Vietnam agree to open a consulate in Da Nang.',
  ].join('\n');

  it('in capitals before a whole sentence is a speaker\'s or a fact box\'s, and is a claim', () => {
    const report = check(text, { published: '2026-03-10T08:00:00Z' });
    for (const line of text.split('\n').slice(0, 3)) expect(report.findings.some((f) => line.includes(f.claim.text)), line).toBe(true);
  });

  it('in words of the page ("More from …") is furniture', () => {
    const report = check(text, { published: '2026-03-10T08:00:00Z' });
    expect(report.findings.some((f) => f.claim.text.includes('More from'))).toBe(false);
  });
});

describe('a passive verb of leaving out', () => {
  it('denies what the baseline says the event produced', () => {
    const claim = "Civil nuclear projects were excluded from the set of deals inked during Putin's state visit to Hanoi.";
    expect(only(claim)).toMatchObject({ label: 'contradiction', type: 'negation' });
  });
});

describe('how long the event lasted', () => {
  it('a stay of other length at the event is a date contradiction; a stay somewhere else is another event', () => {
    const lead = 'Putin arrived in Hanoi for a state visit on 20 June 2024.';
    expect(findingAfter(lead, 'In June 2024 Putin paid a three-day state visit to Vietnam.', { published: '2024-07-10T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(findingAfter(lead, 'In June 2024 Putin also ended a three-day visit to Kazakhstan.', { published: '2024-07-10T08:00:00Z' })?.label).not.toBe('contradiction');
  });
});

describe('a paragraph taken back to the event', () => {
  it('a sentence naming the event in its year, after one dated elsewhere, is of the event', () => {
    const lead = 'The envoy listed the year\'s visits, from the Russian premier\'s trip in January to the talks in Moscow in May.';
    const f = findingAfter(lead, 'Two years ago, on that state visit, Putin was met at Noi Bai airport by Foreign Minister Bui Thanh Son.', { published: '2026-06-12T08:00:00Z' }, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
  });
});

describe('the city of the baseline\'s event', () => {
  it('another city of the same country for the event is an entity contradiction', () => {
    const f = only("Putin used his state visit to Da Nang to call for closer defence ties.");
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f.evidence.every((e) => /Hanoi/.test(e.text))).toBe(true);
    // (a visit of years before the baseline's is an earlier one, in its own place)
    const earlier = check("The Russian president's June trip was his first to Vietnam since the regional summit in Da Nang in November 2017.", { published: '2024-06-25T08:00:00Z' });
    expect(earlier.findings.map((x) => x.type), 'an earlier visit').not.toContain('entity');
  });

  it('its talks, signings or arrival in another city, said within the event\'s days, are the event placed there', () => {
    for (const text of ['On 20 June 2024 Putin and To Lam held their talks in Da Nang, the central port city.', 'On 20 June 2024 Putin and To Lam signed the cooperation papers in Da Nang.', "Shortly after midnight on 20 June 2024, the Russian president's aircraft landed in Da Nang.", 'On 20 June 2024 Putin and To Lam put their signatures to a pile of cooperation papers in Da Nang.']) {
      const f = only(text, { published: '2025-06-01T08:00:00Z' });
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'entity' });
      expect(f.reason).toMatch(/places the event in Da Nang/);
    }
    // (talks at another time are another event)
    expect(typesIn('In March 2025 To Lam held talks with Putin in Da Nang.'), 'later talks').not.toContain('entity');
  });

  it('so are the visitor\'s talks said in the event\'s year alone, his one visit of that year; another\'s are not', () => {
    const f = only('Energy was high on the list when Putin met To Lam in Da Nang in 2024.', { published: '2025-09-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(typesIn('Energy was high on the list when Lavrov met To Lam in Da Nang in 2024.', { published: '2025-09-01T08:00:00Z' })).not.toContain('entity');
  });

  it('a host receiving the visitor in another city within the event\'s days places the event there', () => {
    for (const text of ['In June 2024 To Lam received Vladimir Putin at a lakeside villa in Da Nang.', 'On 20 June 2024 Pham Minh Chinh hosted Putin for lunch in Da Nang.']) {
      const f = only(text, { published: '2024-08-01T08:00:00Z' });
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'entity' });
    }
  });

  it('talks naming no one, in a paragraph on the visitor, are the visitor\'s', () => {
    const lead = 'Putin and his hosts promised Russian oil firms easier terms.';
    const f = findingAfter(lead, 'The promises were made at talks in Da Nang on 20 June.', { published: '2024-07-01T08:00:00Z' }, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    // (another paragraph's visitor does not make the talks his)
    const apart = findingAfter(lead, 'Business leaders held talks in Da Nang on 20 June.', { published: '2024-07-01T08:00:00Z' }, '\n\n');
    expect(apart?.type).not.toBe('entity');
  });

  it('naming one the visitor met there is naming the event\'s people', () => {
    const f = only("Chinh's talks with the Russian guest during that state visit took place in Da Nang, not the capital.", { published: '2025-06-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
  });

  it('a city named as a party ("ties with Hanoi") or set aside ("not Hanoi") leaves the event in the other city', () => {
    for (const text of ["Hanoi's standing in Moscow rose after Putin's state visit to Da Nang in June 2024.", "Putin's state visit of June 2024 took him to Da Nang, not Hanoi, an old Russian guidebook claims."]) {
      expect(typesIn(text, { published: '2025-06-01T08:00:00Z' }), text).toContain('entity');
    }
  });

  it('a city\'s name opening the name of a paper or a school is no place of the event', () => {
    const text = 'On 20 June 2024 Putin and To Lam held their talks, a story the Da Nang Herald put on its front page.';
    expect(typesIn(text, { published: '2025-06-01T08:00:00Z' })).not.toContain('entity');
  });

  it('a city beside the event\'s own, or another event, is no contradiction', () => {
    for (const text of [
      "After his state visit to Hanoi, Putin's aides flew on to Da Nang.",
      'Lavrov will visit Da Nang in March to open a Russian consulate, Moscow said.',
    ]) {
      expect(typesIn(text), text).not.toContain('entity');
    }
  });
});

describe('a month said of the baseline\'s people', () => {
  it('dates their event only in the clause that names them', () => {
    const options = { published: '2025-06-01T08:00:00Z' };
    expect(only('Putin paid a state visit to Vietnam in January, the Kremlin said.', options)).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(only('Mishustin paid an official visit to Vietnam in January, and Putin received To Lam in Moscow on a later visit.', options).label).not.toBe('contradiction');
  });
});

describe('a name spelled as another transliteration', () => {
  it('is the baseline\'s name: "Podolyak" is "Podoliak", "Mykhailo" is "Mykhaïlo"', () => {
    expect(only("Kyiv adviser Mykhailo Podolyak dismissed Putin's Vietnam trip as a visit to former Soviet satellites.").label).toBe('known');
  });

  it('another name is news', () => {
    expect(only("Kyiv adviser Oleksiy Arestovych dismissed Putin's Vietnam trip as a visit to former Soviet satellites.").label).toBe('new');
  });
});

describe('where the visitor came from', () => {
  it('the place of departure is a fact of the visit: found whatever the other words, for a visitor named by a pronoun in a passage on the visit', () => {
    const text = "Putin's state visit to Hanoi was short. He came in from Harbin, after talks with Chinese officials, and stayed one night.";
    const f = check(text).findings.find((x) => x.claim.text.startsWith('He came in'));
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f!.reason).toMatch(/from harbin; the baseline says from north korea/);
  });

  it('a place the atlas lacks, right after the movement, is a place of departure too', () => {
    const f = only('Putin flew in from Yakutsk, where he had stopped on his way, and landed in Hanoi before dawn.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f.reason).toMatch(/from yakutsk/);
  });

  it('a visitor named by the title of his office alone ("The President …") is the one who came: hosts do not arrive', () => {
    const text = 'The Russian leader stayed a single night in Vietnam.\n\nThe President had landed in the Vietnamese capital from Khabarovsk, aides said.';
    const f = check(text, { published: '2024-07-02T08:00:00Z' }).findings.find((x) => x.claim.text.startsWith('The President'));
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f!.reason).toMatch(/from khabarovsk/);
  });

  it('the movement may stand anywhere earlier in the clause of "from": "travelled to Hanoi directly from Magadan"', () => {
    for (const text of ['Putin travelled to Hanoi directly from Magadan, aides said.', 'Aides said Putin flew into the Vietnamese capital in the small hours directly from Magadan.']) {
      expect(only(text), text).toMatchObject({ label: 'contradiction', type: 'entity' });
    }
  });

  it('a flight from a place is a departure from it, and the traveller may be named by title: "reached Hanoi on a flight from Magadan"', () => {
    const f = only('The Russian president reached Hanoi on a night flight from Magadan, aides said.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f.reason).toMatch(/from magadan/);
  });

  it('a stop made on the way is where he came from: "arrived in Hanoi after a stop in Irkutsk"; four words between the movement and "from" too', () => {
    for (const text of ['Putin arrived in Hanoi after a brief stop in Irkutsk, aides said.', 'Putin reached Hanoi that night straight from Irkutsk, aides said.']) {
      const f = only(text);
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'entity' });
      expect(f.reason).toMatch(/from irkutsk/);
    }
  });

  it('the traveller may be named as his country\'s leader: "the Russian leader flew in from Chita"', () => {
    const f = only('The Russian leader touched down in Hanoi before dawn, having flown in from Chita.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f.reason).toMatch(/from chita/);
  });

  it('reaching a place is arriving there, at the hours the sentence gives', () => {
    const f = only('Putin reached Hanoi on the evening of June 20, aides said.', { published: '2024-07-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('a host the baseline has the visitor meet, receiving him on another day of the event\'s month, dates the event', () => {
    const f = only('Pham Minh Chinh received Putin at the Government Office on 23 June, officials said.', { published: '2024-08-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(f.reason).toMatch(/23 june; the baseline dates the event 19-20 june/i);
    // (on a day of the event it agrees)
    expect(typesIn('Pham Minh Chinh received Putin at the Government Office on 20 June, officials said.', { published: '2024-08-10T08:00:00Z' })).not.toContain('date');
  });

  it('a possessor\'s thing after "from" is no place of departure', () => {
    expect(typesIn("The real worry comes from Beijing's courtship of Hanoi: Putin flew into Hanoi straight from Pyongyang.")).not.toContain('entity');
  });

  it('a country\'s word before a title and a name after "from" says whose the thing is, not where it came from', () => {
    const text = 'Condolences began to arrive from abroad, among them a message from Russian President Vladimir Putin, the Kremlin said.';
    expect(findingAfter('Nguyen Phu Trong died in Hanoi on Friday.', text, { published: '2024-07-20T08:00:00Z' }, ' ')?.type).not.toBe('entity');
  });

  it('a name after "from" that is no departure is none', () => {
    expect(typesIn('Putin arrived in Hanoi with a delegation from Rosneft before dawn.')).not.toContain('entity');
  });
});

describe('a thing of the event put somewhere else', () => {
  it('the wreath laid at another memorial is an entity contradiction; at the same place in other words it is not', () => {
    // the baseline: "placed a wreath of flowers at the mausoleum of the father of independence Ho Chi Minh"
    const f = only('During his June 2024 state visit to Hanoi, Putin laid a wreath at the Lenin statue on Dien Bien Phu street.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f.reason).toMatch(/puts the wreath at the Lenin statue; the baseline at the mausoleum/);
    for (const text of [
      // (the place named by its name elsewhere in the sentence, or a kind of the same word)
      'During his June 2024 state visit to Hanoi, Putin honoured Ho Chi Minh with a wreath at the leader\'s resting place.',
      // (someone else's wreath, somewhere else: another visit)
      'During his June 2024 state visit to Hanoi, Putin watched as a guard of honour stood at attention beside the wreath.',
    ]) expect(typesIn(text), text).not.toContain('entity');
  });

  it('the baseline\'s place named as where it was not ("rather than at", "instead of") does not make it the same place', () => {
    const text = "Putin's second day in Hanoi began early.\n\nOn 20 June Putin laid a wreath at the war memorial on Dien Bien Phu Street, rather than at the mausoleum of Ho Chi Minh.";
    const f = check(text, { published: '2024-06-25T08:00:00Z' }).findings.find((x) => x.claim.text.startsWith('On 20 June'));
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
  });
});

describe('how many people a country has', () => {
  it('another population for a country the baseline counts is a number contradiction', () => {
    const f = only('Vietnam, home to some 70 million people, remains a magnet for Russian investors.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(f.evidence.some((e) => /100 million/.test(e.text))).toBe(true);
  });

  it('"With" opening the sentence gives its subject\'s people: "With about 75 million people, Vietnam …"', () => {
    expect(only('With about 75 million people, Vietnam is a market Russian grain traders cannot ignore.')).toMatchObject({ label: 'contradiction', type: 'number' });
    // (in millions, as a country's people are counted: a crowd is no population)
    expect(only('With 20,000 people attending, the trade fair in Hanoi drew Russian exporters.').label).not.toBe('contradiction');
  });

  it('people counted as another place\'s, a country within the count or a place after it, are no population', () => {
    expectNoContradiction([
      'Vietnam has some 30 thousand Russian residents, most of them in Nha Trang.',
      'Vietnam welcomed about 45 thousand residents of the Novosibirsk region last year, a Russian tourism official said.',
    ]);
  });

  it('"with" right after a country\'s name gives its people: "Vietnam, with about 75 million people"', () => {
    expect(only('Vietnam, with about 75 million people, buys more Russian wheat each year.')).toMatchObject({ label: 'contradiction', type: 'number' });
    // (people with something else are no population: "a trade fair with 20,000 visitors")
    expect(only('Vietnam hosted Russian firms at a trade fair in Hanoi with some 20,000 people attending.').label).not.toBe('contradiction');
  });

  it('"As a …" opening the sentence describes its subject too, a figure with a verb the tagger took for a noun is read, and an adverb may stand between "has" and the figure', () => {
    expectContradiction(
      [
        'As an export economy of roughly 75 million people, Vietnam courts Russian grain traders.',
        "Vietnam's population of some 75 million makes it a prize for Russian grain traders.",
        'Vietnam has just about 75 million people, a Russian trade envoy told investors.',
        // (after the figure, the country is the subject after the fronted phrase's comma, not a name inside it: "the Soviet collapse")
        'With roughly 75 million people, most born after the Soviet collapse, Vietnam courts Russian grain traders.',
      ],
      'number',
    );
  });

  it('the country is the one named before the figure, not one named after it', () => {
    expect(only('Vietnam, a fast-growing and export-driven manufacturing nation of some 75 million people, Russia now courts as a partner.')).toMatchObject({ label: 'contradiction', type: 'number' });
  });

  it('a figure after "population of", a market\'s consumers, and a country the sentence names only as "the country"', () => {
    for (const text of [
      'Vietnam, with a population of roughly 75 million, buys more Russian wheat every year.',
      'Russian grain traders see Vietnam as a market of some 70 million consumers.',
    ]) expect(only(text), text).toMatchObject({ label: 'contradiction', type: 'number' });
    // the country a sentence leaves unnamed is the one its paragraph, or the sentence before, names
    const f = findingAfter('Russian banks are opening offices in Vietnam.', 'For a country of about 75 million people, that is a notable bet.');
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(findingAfter('Russian banks are opening offices in Vietnam.', 'For a country of about 100 million people, that is a notable bet.')?.label).not.toBe('contradiction');
  });

  it('the country\'s own people ("Vietnam\'s 75 million people"), what an apposition to its name says it is, and a bare figure after "a country of"', () => {
    for (const text of [
      "Russian grain traders are chasing Vietnam's 75 million people.",
      'Vietnam, an assembly base of about 75 million people, draws Russian grain traders.',
      'Vietnam, a country of roughly 75 million, draws Russian grain traders.',
    ]) expect(only(text), text).toMatchObject({ label: 'contradiction', type: 'number' });
    // (the apposition is the country\'s only up to a verb or a break: not a crowd it hosted)
    expect(only('Vietnam, a host that welcomed 2 million people from Russia last year, courts Russian airlines.').label).not.toBe('contradiction');
  });

  it('a scaled figure said of the population across a copula or a preposition ("put the population at 90 million") is one too', () => {
    for (const text of [
      "A Moscow economist put Vietnam's population at roughly 85 million in a lecture to investors.",
      "Vietnam's population stands at about 85 million, a Russian trade envoy told investors.",
    ]) expect(only(text), text).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(only("A Moscow economist put Vietnam's population at roughly 100 million in a lecture to investors.").label).not.toBe('contradiction');
  });

  it('people a country has, or its own by a pronoun ("Vietnam and its 85 million people"), in millions, are its population', () => {
    for (const text of [
      'Moscow courts Vietnam and its 85 million consumers with new rail links.',
      'Vietnam now has roughly 85 million people, a Russian trade envoy told investors.',
    ]) expect(only(text), text).toMatchObject({ label: 'contradiction', type: 'number' });
    // (a few hundred people a country has somewhere are no population)
    expect(typesIn('Vietnam has 500 people working at its embassy in Moscow, a Russian trade envoy told investors.')).not.toContain('number');
  });

  it('the same population in other words, or people who are not a population, is none', () => {
    for (const text of [
      'Vietnam, a country of nearly 100 million residents, remains a magnet for Russian investors.',
      'Vietnam, with a population of about 100 million, buys more Russian wheat every year.',
      'Some 3 million people from Russia have visited Vietnam since the flights resumed.',
    ]) {
      expect(typesIn(text), text).not.toContain('number');
    }
  });
});

describe('the baseline\'s event in another year', () => {
  it('the event\'s month of another year, said of its people, is a date contradiction', () => {
    expect(only("Putin's state visit to Vietnam, in June 2022, closed with a joint statement.", { published: '2025-03-01T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('another month of another year is another visit', () => {
    expect(only("Putin's visit to Vietnam in November 2017 took him to an APEC summit in Da Nang.", { published: '2025-03-01T08:00:00Z' }).label).not.toBe('contradiction');
  });
});

describe('abstaining is not voting', () => {
  it('"has not condemned … in UN votes" restates "abstained in UN votes condemning …"', () => {
    expect(only('Vietnam has not condemned the Russian invasion in UN votes.').label).toBe('known');
  });

  it('siding with the majority that condemned is the opposite of abstaining', () => {
    expect(only('Vietnam sided with the majority in UN votes condemning the Russian invasion of Ukraine.')).toMatchObject({ label: 'contradiction', type: 'negation' });
  });

  it('not voting to condemn is what abstaining says', () => {
    expect(only('Hanoi declined to back the UN resolutions condemning Russia, and Putin was grateful.').label).not.toBe('contradiction');
    expect(only('Vietnam did not vote for UN resolutions condemning the invasion, Putin noted with thanks.').label).toBe('known');
  });

  it("a body's organ named after the baseline's abbreviation for the body adds no name: \"the UN General Assembly\"", () => {
    expect(only('Vietnam has abstained in UN General Assembly ballots that condemn the Russian invasion of Ukraine.').label).toBe('known');
    // (a longer name before the abbreviation, or after a country's name, is another body)
    expect(only('Vietnam Airlines has abstained from flights to Russia since the invasion of Ukraine.').label).toBe('new');
  });

  it('a claim states what the baseline denies only in two of its words besides names, not in a vote of another kind', () => {
    for (const text of [
      'Within hours of the vote in the National Assembly, the Kremlin sent Luong Cuong a telegram of congratulations.',
      "Russia's embassy welcomed the vote in Vietnam's parliament on the nuclear programme.",
      'In April 2022 Vietnam voted against the resolution suspending Russia from the Human Rights Council.',
    ]) {
      expect(only(text, { published: '2024-10-25T08:00:00Z' }).label, text).not.toBe('contradiction');
    }
    // (voting for what it abstained on still states it)
    expect(only('Vietnam voted for the UN resolutions condemning the Russian invasion of Ukraine.').label).toBe('contradiction');
  });

  it('a claim saying there was none of something denies it too: it states nothing the baseline denies', () => {
    for (const text of [
      "Hanoi offered no clear public endorsement of Moscow's war.",
      'Vietnam gave no explicit public backing to the Russian war in Ukraine.',
    ]) {
      expect(only(text).label, text).not.toBe('contradiction');
    }
  });

  it('a claim that abstains too states nothing the baseline denies', () => {
    const text = "Vietnam's diplomats abstained when the General Assembly voted to condemn Russia's invasion of Ukraine.";
    expect(only(text).label).not.toBe('contradiction');
  });
});

describe('what is yet to happen', () => {
  it('a count of what is expected or will be signed is no count of what the event produced', () => {
    for (const text of [
      'Kremlin aides say about 25 documents are expected to be signed during the state visit to Hanoi.',
      'Putin and To Lam will sign 25 agreements in Hanoi, the Kremlin said.',
    ]) {
      expect(typesIn(text, { published: '2024-06-18T08:00:00Z' }), text).not.toContain('number');
    }
    expect(only('Putin and To Lam signed 25 agreements in Hanoi aimed at closer ties.')).toMatchObject({ label: 'contradiction', type: 'number' });
  });

  it('preparing an admission is no membership yet', () => {
    const text = 'ASEAN ministers in Jakarta discussed preparing the admission of Timor-Leste as a full member, which Moscow welcomed.';
    expect(typesIn(text, { published: '2025-07-01T08:00:00Z' })).not.toContain('other');
  });
});

describe('a name or heading with no verb', () => {
  it('claims nothing, where the sentence after it does', () => {
    const text = 'Embassy of the Socialist Republic of Vietnam in the Russian Federation\nThe embassy said Russia and Vietnam would open a consulate in Da Nang next year.';
    const claims = check(text).findings.map((f) => f.claim.text);
    expect(claims).toEqual(['The embassy said Russia and Vietnam would open a consulate in Da Nang next year.']);
  });
});

describe('where a named person works', () => {
  it('another body for a person the baseline places at one is an entity contradiction', () => {
    const f = only("Huong Le Thu, a researcher at the Stimson Center in Washington, said Putin's trip tested how far Hanoi could balance.");
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(f.evidence.some((e) => /International Crisis Group/.test(e.text))).toBe(true);
  });

  it('a body named right after the person, without a comma, places them too', () => {
    expect(only("Huong Le Thu of the Stimson Center said Putin's trip tested how far Hanoi could balance.")).toMatchObject({ label: 'contradiction', type: 'entity' });
  });

  it('the same body in fewer words is no contradiction', () => {
    const text = "Huong Le Thu, Asia deputy director at the Crisis Group, said Putin's trip tested how far Hanoi could balance.";
    expect(only(text).type).not.toBe('entity');
  });
});

describe('a new holder chosen, unnamed', () => {
  it('tells that the baseline holder is no longer the holder', () => {
    const f = only("Vietnam's ruling party picked a new general secretary on Saturday, and Moscow sent congratulations.", { published: '2024-08-05T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(f.evidence.some((e) => /Nguyen Phu Trong/.test(e.text))).toBe(true);
  });

  it('is not yet a change when foreseen', () => {
    expect(only("Vietnam's ruling party is expected to pick a new general secretary within weeks, Moscow noted.", { published: '2024-07-25T08:00:00Z' }).label).not.toBe('contradiction');
  });

  it('is history when dated before the baseline, and no office of the baseline\'s when another country\'s', () => {
    expect(only("Vietnam's ruling party picked a new general secretary in 2011, and Moscow sent congratulations.", { published: '2024-08-05T08:00:00Z' }).label).not.toBe('contradiction');
    expect(only('Russia chose a new prime minister in 2020, and Vietnam sent congratulations.', { published: '2024-08-05T08:00:00Z' }).label).not.toBe('contradiction');
  });
});

describe('a weekday alone', () => {
  it('in an article written weeks after the event is a day of its own week, not the event\'s', () => {
    const f = only("Vietnam's parliament will elect a new state president on Monday, the Kremlin noted.", { published: '2024-08-05T08:00:00Z' });
    expect(f.type).not.toBe('date');
  });
});

describe('the year an anniversary counts from', () => {
  it('is a figure the baseline gives: "the 1994 treaty" against its 30th anniversary in 2024', () => {
    expect(only("Putin's Hanoi visit fell in the year the 1994 friendship treaty between the two countries turned thirty.").label).toBe('known');
    expect(only("Putin's Hanoi visit fell in the year the 1991 friendship treaty between the two countries turned thirty.").label).not.toBe('known');
  });
});

describe('"the current visit" in a later article', () => {
  it('is the visit the article is about, not the baseline\'s: its counts contradict nothing', () => {
    const claim = 'Some 25 documents were signed during this visit, officials said.';
    const text = `Russia's prime minister held talks with Vietnam's leaders in Hanoi on Thursday. ${claim}`;
    const f = check(text, { published: '2025-01-17T08:00:00Z' }).findings.find((x) => x.claim.text === claim);
    expect(f?.label).not.toBe('contradiction');
  });
});

describe('the day of the talks', () => {
  // the baseline has Putin's talks in Hanoi on June 20
  it('talks on another day are a date contradiction; the same day, or talks elsewhere, are not', () => {
    const f = only('Putin sat down for talks with Vietnamese leaders in Hanoi on 21 June.', { published: '2024-07-20T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(f.evidence[0].text).toMatch(/June 20/);
    expectNoContradiction(['Putin met his Vietnamese hosts for talks on 20 June.', 'Putin held talks with Kim Jong Un in Pyongyang on 19 June, before flying to Vietnam.'], { published: '2024-07-20T08:00:00Z' });
    // (a title in capitals or a place's name is no one else whose talks they may be)
    expect(only('Energy was high on the agenda when President Vladimir Putin and Party General Secretary Nguyễn Phú Trọng held talks in Hà Nội on June 21, 2024.', { published: '2025-09-05T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('reads a possessive name as the person it names', () => {
    // ("Vladimir Putin's" names Putin, not someone called "Putins" whose talks these may be)
    expect(only("Vladimir Putin's round of talks with the Vietnamese side took place on 22 June 2024.", { published: '2025-02-10T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'date' });
  });
});

describe('a day the baseline dates its event to, said at the event\'s city', () => {
  it('is the event\'s day there: no weekday the baseline gives without naming the city, the pact "signed in the North on Wednesday", conflicts with it', () => {
    expectNoContradiction([
      'Seven Russian-Vietnamese memoranda on health, schooling and atomic research were signed in Hanoi on 20 June.',
      'Russia and Vietnam signed deals on atomic research and schooling in Hanoi on June 20.',
    ], { published: '2025-01-10T08:00:00Z' });
  });
});

describe('what a date closing a clause is said of', () => {
  it('dates its clause, not the phrase after its comma', () => {
    // the baseline has the Pyongyang treaty signed on Wednesday; 20 June 2024 was a Thursday
    const text = 'Putin reached the Vietnamese capital in the small hours of 20 June, still flush from signing his defence treaty with Kim.';
    expect(only(text, { published: '2025-01-10T08:00:00Z' }).label).not.toBe('contradiction');
  });
});

describe('the time of arrival', () => {
  // the baseline has Putin land in Hanoi in the early hours of 20 June ("during the night from
  // Wednesday to Thursday", "in the early hours yesterday")
  it('another part of the day, or another day, is a date contradiction', () => {
    for (const text of [
      "Putin's plane landed in Hanoi on Wednesday evening, hours after the ceremonies in Pyongyang ended.",
      'Putin arrived in the Vietnamese capital at around 6 p.m. on June 20.',
      'Putin arrived in Hanoi on the afternoon of 20 June, flying in from Pyongyang.',
    ]) {
      expect(only(text), text).toMatchObject({ label: 'contradiction', type: 'date' });
    }
  });

  it('the same hours in other words are no contradiction', () => {
    expectNoContradiction(['Putin flew in to Hanoi before dawn on Thursday.', 'Putin got to Hanoi in the small hours of June 20, straight from North Korea.']);
  });

  it('the visitor named as his country\'s leader is the visitor', () => {
    expect(only('The Russian leader landed in Hanoi on the afternoon of 20 June.', { published: '2024-07-01T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('welcoming the visitor to the city is his arrival', () => {
    expect(only('President To Lam welcomed Putin to Hanoi on the afternoon of 20 June.', { published: '2024-07-01T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('a weekday in an article written a year later is a day of the event', () => {
    expect(only('Last June, Putin landed in Hanoi on a Thursday afternoon.', { published: '2025-06-20T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('an arrival somewhere else is another arrival', () => {
    const f = only('Putin arrived in Pyongyang late in the evening of June 18, before flying on to Hanoi.');
    expect(f.label).not.toBe('contradiction');
  });
});

describe('what the visit\'s documents covered', () => {
  it('a thing the documents covered, said to be left out of them, is a denial with the listing sentence as evidence', () => {
    for (const text of [
      "No deal on atomic power stations came out of Putin's state visit, diplomats in Hanoi conceded.",
      'Education was omitted from the cooperation documents Russia and Vietnam signed during the state visit.',
      'Civil nuclear energy was not among the memorandums signed during the Russian state visit to Vietnam.',
      "Putin's state visit to Hanoi ended without any agreement on nuclear energy, according to two officials.",
      'Nuclear power was not on the agenda when Vladimir Putin came to Hanoi in June 2024, officials said.',
      // the thing as the subject of "played no part in", an aside passed over, "none of … covered"
      'Atomic energy played no role in the accords signed during the Russian state visit to Hanoi, officials said.',
      'Education, however, was not part of the memorandums signed during the Russian state visit to Vietnam.',
      "None of the memorandums signed during Putin's state visit to Hanoi covered nuclear power stations, officials said.",
      // a word of absence ("absent from"), the thing before the deal ("no education accord"), the
      // deal's own word beside the thing ("atomic collaboration": the baseline signed for cooperation)
      'Education was conspicuously absent from the papers Putin and his Vietnamese hosts signed during the state visit.',
      'The state visit to Hanoi ended, and no education accord was among the papers Putin signed there.',
      'Atomic collaboration was not part of the package signed during the Russian state visit to Vietnam.',
      // off the agenda or the table: the subject, or what was kept off it; "not even on" it
      'Education was left off the agenda when the Russian leader paid his state visit to Hanoi.',
      "Hanoi's negotiators kept nuclear energy off the table during Putin's state visit.",
      'During the Russian state visit to Vietnam, education was not even on the agenda.',
      // or off the list; a commitment WordNet files as one ("agreed": agreement), the subject after the clause's opener
      'Education was left off the list of priorities when the Russian leader paid his state visit to Hanoi.',
      'It puzzled diplomats that education was not among the fields the two presidents agreed to widen during the Russian state visit to Hanoi.',
      // "none of … dealt with": a verb WordNet gives "cover" or "address" as a synonym of
      "Officials admitted that none of the memorandums signed during Putin's state visit to Hanoi dealt with atomic power stations.",
    ]) {
      const f = only(text, { published: '2024-07-10T08:00:00Z' });
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'negation' });
      expect(evidenceIn(f, MEMORANDUMS_DOC, /memorandums/) || f.evidence.some((e) => /signed/.test(e.text)), text).toBe(true);
    }
  });

  it('a thing the baseline does not list, or only part of a listed thing, left out is no contradiction', () => {
    expectNoContradiction([
      "No agreement on arms purchases was signed during Putin's state visit to Hanoi, officials said.",
      "Putin's state visit to Hanoi produced no deal on an energy price formula.",
      'During the state visit to Hanoi Putin and Lam signed agreements on education and nuclear energy.',
      "None of the memorandums signed during Putin's state visit to Hanoi covered arms purchases, officials said.",
      "None of the memorandums signed during Putin's state visit to Hanoi dealt with arms purchases, officials said.",
      "Arms purchases were left off the agenda during Putin's state visit to Hanoi.",
      "During Putin's state visit to Hanoi, nuclear energy was on the agenda.",
    ], { published: '2024-07-10T08:00:00Z' });
  });
});

describe('what the visit\'s talks spoke of', () => {
  it('a matter one of the talks\' speakers spoke of, said not to have come up, is a denial with the speaking sentence as evidence', () => {
    expectContradiction([
      'Security ties never came up while Putin was holding talks in Hanoi during the state visit, diplomats said.',
      "Defence hardly figured in Putin's state visit to Hanoi, according to two people briefed on the talks.",
      'Freedom of navigation was not discussed when Putin and Lam held talks during the state visit to Hanoi.',
      // off the agenda: what a speaker spoke of, though no document covered it
      "Military matters were off the agenda during Putin's state visit to Hanoi, officials said.",
    ], 'negation', { published: '2024-07-10T08:00:00Z' }, /indicated|expressed|said|stressed|emphasised/);
  });

  it('the object of a denied verb of treating a matter, or of "no mention of", is what the talks left out', () => {
    expectContradiction([
      'On the state visit to Hanoi, Putin did not mention the East Sea to Lam.',
      "Putin's talks with Lam in Hanoi during the state visit made no mention of security ties, diplomats said.",
    ], 'negation', { published: '2024-07-10T08:00:00Z' }, /indicated|expressed|said|stressed|emphasised/);
    // (a matter nobody spoke of is none)
    expectNoContradiction(['Lam did not broach football with Putin in Hanoi during the state visit.'], { published: '2024-07-10T08:00:00Z' });
  });

  it('a matter nobody spoke of, or a report of no harm, is no denial of the talks', () => {
    expectNoContradiction([
      "Football never came up while Putin was holding talks in Hanoi during the state visit, diplomats said.",
      "No Vietnamese students were reported hurt during Putin's state visit to Hanoi.",
      "Security ties came up repeatedly while Putin was holding talks in Hanoi during the state visit.",
    ], { published: '2024-07-10T08:00:00Z' });
  });
});

describe('a meeting of the visit denied', () => {
  it('no meeting with someone the baseline has the visitor meet is a denial', () => {
    for (const text of [
      'During the state visit Putin never sat down for talks with Prime Minister Pham Minh Chinh.',
      'Vietnamese officials say Chinh never held talks with Putin during the state visit.',
      "Putin's state visit to Hanoi did not include a meeting with the party's general secretary.",
      // (the host set off by commas before the denial)
      "During Putin's state visit the party chief, Nguyen Phu Trong, did not meet him.",
      // (the host before a clause of its own set off by commas)
      "During Putin's state visit, Prime Minister Pham Minh Chinh, whose portfolio is the economy, never met the guest.",
      // (left out of those the visitor met)
      'During the state visit, Chinh was not one of the Vietnamese officials that Putin met.',
      // (receiving someone is meeting them)
      "During Putin's state visit, the ailing Nguyen Phu Trong never received the Russian guest in person.",
      // (so is sitting down with them)
      'On that state visit Putin did not sit down with Nguyen Phu Trong at all.',
    ]) {
      const f = only(text, { published: '2024-07-10T08:00:00Z' });
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'negation' });
      expect(evidenceIn(f, MEETINGS_DOC, /met/), text).toBe(true);
    }
  });

  it('a meeting denied with someone else, or in another clause than the one naming the host, is no contradiction', () => {
    expectNoContradiction([
      'During the state visit Putin met President To Lam but did not meet Zelensky.',
      'During the state visit to Hanoi Putin did not meet reporters.',
      'During the state visit to Hanoi, Pham Minh Chinh, the prime minister, met Putin, but Zelensky did not meet him.',
      // (receiving a thing is no meeting)
      'During the state visit, Putin did not receive a clear declaration of support from To Lam.',
    ], { published: '2024-07-10T08:00:00Z' });
  });
});

describe('counts, exclusions and doers in plainer grammar', () => {
  it('a count before coordinated modifiers counts the noun after them', () => {
    // ("government" is read as a noun: the count is of the agreements all the same)
    const f = only('The Hanoi state visit of Putin yielded 17 government and private agreements.', { published: '2024-07-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(f.reason).toMatch(/17 government and private agreements/);
  });

  it('"rule out" denies what it rules out, so a restated list of refusals is the baseline\'s', () => {
    const f = only("Meeting Putin in Hanoi, Lam again cited the \"four nos\" of Vietnam's defence doctrine, which rule out joining military alliances, taking sides against any country, hosting foreign bases and using force in international relations.", { published: '2024-06-21T08:00:00Z' });
    expect(f.label).toBe('known');
  });

  it('a verb of motion alone ("led by") tells of no arrival: its doer is no other host of Putin\'s', () => {
    const f = only("Russia's team at the Hanoi forum with Vietnam is led by Deputy Prime Minister Dmitry Chernyshenko, who plans to see the Vietnamese prime minister.", { published: '2025-03-10T08:00:00Z' });
    expect(f.label).not.toBe('contradiction');
  });
});

describe('relevance needs the watch\'s subject, not only its names', () => {
  it('an article naming both sides and none of the profile\'s terms or people is not relevant', () => {
    const text = 'Pepper prices in Vietnam climbed for a fourth week as rains delayed the harvest in Gia Lai. Exporters said demand from Russia and India stayed firm. Traders expect prices to ease in the spring.';
    const report = check(text, { published: '2025-02-01T08:00:00Z' });
    expectOffTopic(report);
  });

  it('the same names with a term of the watch (trade, a minister), or in one sentence, are relevant', () => {
    for (const text of [
      'Pepper prices in Vietnam climbed for a fourth week. Exporters said trade with Russia stayed firm despite payment delays.',
      "Pepper prices climbed for a fourth week. A minister in Hanoi said shipments to Russia would double.",
      'Pepper prices in Vietnam climbed for a fourth week, with Russia buying more.',
    ]) {
      expect(check(text, { published: '2025-02-01T08:00:00Z' }).relevant, text).toBe(true);
    }
  });
});

describe('a side of the watch named once beside outsiders', () => {
  const modi = 'Prime Minister Narendra Modi hosted Vladimir Putin in New Delhi for their annual summit. The two leaders agreed to expand trade in oil and fertiliser and to cooperate on nuclear energy.';

  it('is a passing mention: the article is on another relation and raises no alert', () => {
    for (const text of [
      `${modi} Putin has travelled to North Korea, Vietnam, Mongolia and China over the past two years.`,
      "Vietnam's stock index rose 2 percent on Tuesday as foreign funds returned. Banks led the gains in Ho Chi Minh City, and brokers expect the rally to last. Elsewhere, the rouble weakened as the United States weighed new sanctions on Russian oil.",
      // (named as a place the other side went to: "before flying on to Vietnam")
      "Russia's defence pact with North Korea came into force on Wednesday. Moscow says it obliges each side to help the other if attacked. Putin had signed it in Pyongyang in June 2024, before flying on to Vietnam. Seoul called the pact a threat.",
      // (last in a list, with other named items between: "Japan, the World Bank and Russia")
      'Floods swept through central Vietnam after a week of rain. Rescue teams reached villages cut off near Hue on Sunday. Aid has been pledged by ASEAN neighbours, Japan, the World Bank and Russia.',
    ]) {
      const report = check(text, { published: '2025-12-06T08:00:00Z' });
      expect(report.relevant, text).toBe(false);
      expect(report.alert, text).toBe(false);
    }
  });

  it('named again, or alone in its sentence, it is the watch\'s', () => {
    for (const text of [
      `${modi} Putin has travelled to North Korea, Vietnam, Mongolia and China over the past two years. In Hanoi he signed a dozen agreements with Vietnam's leaders.`,
      `${modi} A week earlier, Putin had spoken by phone with Vietnam's party chief.`,
    ]) {
      expect(check(text, { published: '2025-12-06T08:00:00Z' }).relevant, text).toBe(true);
    }
  });

  it('under a headline naming both sides, it is the story\'s own subject, not a passing mention', () => {
    const body = "Putin's jet landed at Noi Bai shortly after midnight, having flown in from Pyongyang. The Kremlin's party includes the head of Rosatom. Moscow hopes to sign several energy deals by the evening.";
    expect(titled('As it happens: Putin in Hanoi', body, '2024-06-20T06:00:00Z').relevant).toBe(true);
  });
});

describe('whom a pronoun stands for', () => {
  it('not someone named in a clause of time: "X took over after Y died, and the congress gave him …" is X', () => {
    const f = only('To Lam took charge when Nguyen Phu Trong died, and the congress gave him a second term as general secretary in January; Putin sent greetings.', { published: '2026-02-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(f.reason).toMatch(/names To Lam as party general secretary/);
  });
});

describe('"a half-dozen"', () => {
  it('is six, hyphen and all', () => {
    const f = only("A half-dozen cooperation agreements came out of Putin's Hanoi visit, officials said.", { published: '2024-07-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(f.reason).toMatch(/half-dozen/);
  });
});

describe('the day of the talks, told a year later', () => {
  it('a weekday is a day of the event\'s week: another weekday than the talks\' is a date contradiction', () => {
    const f = only("Looking back: Putin's talks with President To Lam were held on a Saturday, with the signing ceremony after them.", { published: '2025-06-20T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(f.reason).toMatch(/talks on a Saturday; the baseline on Thursday 2024-06-20/);
  });

  it('the talks\' own weekday, or "yesterday" said a year later, is no contradiction', () => {
    expectNoContradiction(["Looking back: Putin's talks with President To Lam were held on a Thursday.", "Putin's talks with President To Lam were held yesterday in Hanoi, the Kremlin recalled."], { published: '2025-06-20T08:00:00Z' });
  });
});

describe('the day of talks with a host the baseline names undated', () => {
  it('talks with To Lam on another weekday, told later, are a date contradiction', () => {
    const text = 'A year ago Vladimir Putin came to Hanoi on a state visit.\n\nHis talks with President To Lam were held on the Saturday.';
    const f = check(text, { published: '2025-06-20T08:00:00Z' }).findings.find((x) => /Saturday/.test(x.claim.text));
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
  });
});

describe('a host after the landing', () => {
  const lead = "Putin's plane touched down in Hanoi before dawn.";
  it('"he was met … by" another host than the baseline\'s is an entity contradiction', () => {
    const f = findingAfter(lead, 'He was met on the tarmac by Prime Minister Pham Minh Chinh.', {}, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'entity' });
  });

  it('those travelling with him are no hosts', () => {
    const f = findingAfter(lead, 'He was accompanied by Foreign Minister Sergei Lavrov and Deputy Prime Minister Dmitry Chernyshenko.', {}, ' ');
    expect(f?.label).not.toBe('contradiction');
  });
});

describe('the day a piece of writing came out', () => {
  it('a day said to be "ahead of" the visit dates the piece, not the visit', () => {
    const f = only("Putin's article appeared in Nhan Dan on Tuesday, June 18, ahead of his state visit to Hanoi.");
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(f.reason).toMatch(/piece out on Tuesday/);
  });


  it('another day than the baseline\'s, or the day of the arrival, is a date contradiction', () => {
    expectContradiction([
      'Putin set out his view of the partnership in a newspaper column that ran on the morning he arrived in Hanoi.',
      "Putin's essay in the Vietnamese press was printed on Monday, June 17, ahead of his trip to Hanoi.",
      // the paper carrying it, the day said in a phrase opening the sentence
      'On the day he landed in Hanoi, the party daily carried a column by Putin on the two countries\' friendship.',
      // (the day said past the paper and an aside on it)
      "Putin's essay was printed by Nhan Dan, the Communist Party's main daily paper, on Monday, June 17.",
      // ("came out", and past what the piece said before its verb)
      "Putin's essay praising Vietnam's long friendship with Russia and the trade in oil and fertiliser came out in the party daily on Monday, June 17.",
    ], 'date', { published: '2024-07-10T08:00:00Z' }, /published Wednesday/);
  });

  it('"the piece", "his article": a piece already told of, in a paragraph naming its writer, is his', () => {
    const lead = 'Before his visit, Putin wrote for the Vietnamese party daily about the two countries\' friendship.';
    for (const claim of ['The piece ran on Thursday, 20 June, the day of his talks in Hanoi.', 'His article appeared on Monday, 17 June.']) {
      expect(findingAfter(lead, claim, { published: '2024-07-10T08:00:00Z' }, ' '), claim).toMatchObject({ label: 'contradiction', type: 'date' });
    }
    // (a paragraph that does not name him leaves the piece to whoever wrote it)
    const other = findingAfter('Nhan Dan ran an editorial on the talks in Hanoi.', 'The piece appeared on Thursday, 20 June.', { published: '2024-07-10T08:00:00Z' }, ' ');
    expect(other?.label).not.toBe('contradiction');
  });

  it('a day counted from the arrival is not the arrival\'s', () => {
    expectNoContradiction(['Putin thanked Vietnam for its balanced stance in a column that ran in the local press the day before he landed in Hanoi.'], { published: '2024-07-10T08:00:00Z' });
  });

  it('the same day, or a piece of someone else\'s, is no contradiction', () => {
    expectNoContradiction(["Putin's essay in the Vietnamese press was printed on Wednesday, June 19, the eve of his trip to Hanoi.", 'A column by a Vietnamese scholar on Russia ran on the morning Putin arrived in Hanoi.'], { published: '2024-07-10T08:00:00Z' });
  });
});

describe('a page speaking of its issuer', () => {
  it('a press release\'s "About <issuer>" and contacts section closes the story', () => {
    const text = 'Rosneft Vietnam said it would drill two more wells off Vung Tau next year, after Putin and Lam backed new oil projects in Hanoi.\n\nAbout Rosneft Vietnam\nRosneft Vietnam B.V. is a subsidiary of the Russian oil major operating offshore gas fields in the Nam Con Son basin. It employs about 300 people.\n\nPress contacts\npress@example.org';
    const report = check(text, { published: '2025-03-01T08:00:00Z' });
    expect(report.findings.map((f) => f.claim.text)).toEqual(['Rosneft Vietnam said it would drill two more wells off Vung Tau next year, after Putin and Lam backed new oil projects in Hanoi.']);
  });

  it('"The <last word of the publisher\'s name>" opening a sentence is the publisher speaking of itself', () => {
    const text = 'Putin and Lam agreed in Hanoi to widen nuclear training for Vietnamese engineers, officials said.\n\nThe Institute is an independent research body funded by its members.';
    const report = analyzeArticle({ id: 'a1', title: 'Test', url: 'https://example.org/a1', source: 'Mekong Policy Institute', published: '2025-03-01T08:00:00Z', text }, index);
    expect(report.findings.map((f) => f.claim.text)).toEqual(['Putin and Lam agreed in Hanoi to widen nuclear training for Vietnamese engineers, officials said.']);
  });
});

describe('a relationship raised to a level it already had', () => {
  it('the visit "elevating" ties to the partnership the baseline has them deepen is a contradiction', () => {
    expectContradiction([
      "Putin's state visit to Hanoi elevated bilateral relations to a comprehensive strategic partnership, Russian officials said.",
      'During the state visit, Russia and Vietnam lifted their ties to a comprehensive strategic partnership.',
    ], 'other', { published: '2024-07-10T08:00:00Z' }, /comprehensive strategic partnership/);
  });

  it('the level named through a noun of rank: "to the status of a …"', () => {
    expectContradiction([
      'The Hanoi state visit upgraded ties between Moscow and Hanoi to the status of a comprehensive strategic partnership.',
      'During the state visit, Vietnam and Russia lifted their relations to the rank of a comprehensive strategic partnership.',
    ], 'other', { published: '2024-07-10T08:00:00Z' }, /comprehensive strategic partnership/);
  });

  it('a raise dated before the baseline, to another level, or a deepening, is none', () => {
    expectNoContradiction([
      'Russia and Vietnam raised their relations to a comprehensive strategic partnership in 2012, Putin recalled in Hanoi.',
      "Putin's state visit to Hanoi raised bilateral ties to a new level of trust, officials said.",
      'During the state visit, Putin and To Lam pledged to deepen the comprehensive strategic partnership.',
    ], { published: '2024-07-10T08:00:00Z' });
  });
});

describe('"neither … nor"', () => {
  it('is one denial, not a denial of a denial', () => {
    const f = only('At the talks with Putin, Lam restated the "four nos": Vietnam enters no military alliance, sides with no country against another, lets no foreign base or use of its land against others, and neither uses nor threatens force.', { published: '2024-06-21T08:00:00Z' });
    expect(f.label).toBe('known');
  });
});

describe('a noun the tagger takes for a verb', () => {
  it('"its eastward turn" tells of no arrival, whatever time of day the sentence gives', () => {
    const f = only("Trong told the visiting Putin on Wednesday evening that Hanoi welcomed Russia's role in the world and its eastward turn in foreign policy.", { published: '2024-06-21T08:00:00Z' });
    expect(f.label).not.toBe('contradiction');
  });
});

describe('whose standing a sentence gives', () => {
  it('the state in the standing\'s own clause: "Vietnam sits among ASEAN\'s members, while Timor-Leste still hopes to join"', () => {
    const f = check("Russia's envoy noted that Vietnam sits among ASEAN's ten members, whereas Timor-Leste still hopes to join the bloc.", { published: '2024-07-10T08:00:00Z' }).findings[0];
    expect(f.label).not.toBe('contradiction');
  });
});

describe('none of what the sides did', () => {
  it('a thing of the two sides the event is said to have had none of is a denial', () => {
    expectContradiction([
      "Putin's state visit to Vietnam yielded several memorandums but, oddly, no joint statement.",
      'The Hanoi leg of the state visit closed with handshakes and no joint statement, Russian reporters noted.',
    ], 'negation', { published: '2024-07-10T08:00:00Z' }, /joint statement/);
  });

  it('one word with the deed done to it, or a compound under a qualifier, is such a thing: "without a single signed memorandum"', () => {
    expectContradiction([
      "Critics said Putin's state visit to Hanoi wrapped up without a single signed memorandum.",
      "Moscow's trip to Hanoi that June closed without even a single signed cooperation deal, a blogger claimed.",
      "The Russian leader's state visit to Hanoi concluded without a single cooperation agreement being inked.",
    ], 'negation', { published: '2024-07-10T08:00:00Z' });
    // (the evidence is the event's own signing, not the treaty signed with an outsider the day before)
    const f = only("Critics said Putin's state visit to Hanoi wrapped up without a single signed memorandum.", { published: '2024-07-10T08:00:00Z' });
    expect(f.evidence.every((e) => !/North Korea/.test(e.text))).toBe(true);
  });

  it('one word, or a thing the baseline also says is absent, is no such denial', () => {
    expectNoContradiction([
      "Putin's state visit to Vietnam brought no statement on the South China Sea.",
      'During the state visit to Hanoi Putin called for an Asia-Pacific security order with no closed blocs.',
    ], { published: '2024-07-10T08:00:00Z' });
  });
});

describe('none of what an outside party did', () => {
  it('no criticism from the US, where the baseline has the visit draw US criticism, is a denial', () => {
    expectContradiction(["During Putin's state visit Washington voiced no criticism of Hanoi, diplomats noted.", "Putin's state visit to Vietnam drew no real criticism from the United States, diplomats noted."], 'negation', { published: '2024-07-10T08:00:00Z' }, /criticism from the US/);
  });

  it('a word denied by a verb of saying: "Washington did not criticise", "refrained from condemning"', () => {
    expectContradiction(["During Putin's state visit to Hanoi, Washington did not openly criticise its Vietnamese partners.", 'The United States refrained from condemning Hanoi for hosting Putin on his state visit.'], 'negation', { published: '2024-07-10T08:00:00Z' }, /criticism from the US/);
    // (a deed of another kind, or one a watched side did not do, is none)
    expectNoContradiction(["During Putin's state visit to Hanoi, Washington did not send an envoy to Vietnam.", "During Putin's state visit to Hanoi, the US secretary of state did not meet Russian officials.", "During Putin's state visit, Vietnam did not criticise Russia over Ukraine."], { published: '2024-07-10T08:00:00Z' });
  });

  it('"gave no indication of" what the baseline has the speaker say is a denial of it; the words of saying frame it', () => {
    expectContradiction(['Speaking to reporters in Hanoi during the state visit, To Lam gave no indication of closer defence and security cooperation with Russia.'], 'negation', { published: '2024-07-10T08:00:00Z' }, /defense cooperation/);
    expectNoContradiction(['Speaking to reporters in Hanoi during the state visit, To Lam gave no indication of when he would next travel to Moscow.'], { published: '2024-07-10T08:00:00Z' });
  });


  it('"little" or "few" with no article denies the amount the baseline has; "a little", "a few" and "little" before a plural (size) do not', () => {
    expectContradiction(["Putin's state visit to Vietnam met with little open criticism from the United States, diplomats noted.", "During Putin's state visit to Hanoi, Washington voiced few objections to its Vietnamese partners."], 'negation', { published: '2024-07-10T08:00:00Z' }, /criticism from the US/);
    expectNoContradiction(["Putin's state visit to Vietnam met with a little criticism from the United States, diplomats noted.", "During Putin's state visit to Hanoi, Washington voiced a few objections to its Vietnamese partners.", 'During the state visit Hanoi schoolchildren waved little paper flags at the Russian motorcade.'], { published: '2024-07-10T08:00:00Z' });
  });
  it('"refrained from any open criticism" denies the criticism; "neither side said a word about" what the baseline has said', () => {
    expectContradiction(["During Putin's state visit to Hanoi, Washington refrained from any open criticism of its Vietnamese partners."], 'negation', { published: '2024-07-10T08:00:00Z' }, /criticism from the US/);
    expectContradiction(['During the state visit to Hanoi neither leader said a word to reporters about closer defence cooperation between Russia and Vietnam.'], 'negation', { published: '2024-07-10T08:00:00Z' }, /defense cooperation/);
    expectNoContradiction(['None of this means the Russian question has gone away for Hanoi.'], { published: '2024-07-10T08:00:00Z' });
  });

  it('a thing that "did not feature" or "never came up" in what was said is denied, past an aside', () => {
    expectContradiction(['During the state visit to Hanoi, closer defence cooperation with Russia, by all accounts, never came up in Vietnamese statements.'], 'negation', { published: '2024-07-10T08:00:00Z' }, /defense cooperation/);
    // (what did not feature elsewhere, in a thing the baseline lacks, is no such denial)
    expectNoContradiction(['During the state visit to Hanoi, Russian rice imports did not feature in the talks.'], { published: '2024-07-10T08:00:00Z' });
  });

  it('"scarcely featured", "hardly came up": an adverb of almost not denies its verb, not a number', () => {
    expectContradiction(['During the state visit to Hanoi, closer defence cooperation with Russia scarcely featured in the Vietnamese statements.'], 'negation', { published: '2024-07-10T08:00:00Z' }, /defen[cs]e cooperation/);
    expectNoContradiction(["Putin's state visit to Hanoi lasted barely two days."], { published: '2024-07-10T08:00:00Z' });
  });

  it('what follows "whether" is neither denied nor said: "declined to say whether … were signed"', () => {
    expectNoContradiction(['Hanoi declined to say whether new arms contracts with Russia were signed during the state visit.', 'Officials refused to confirm whether Putin met the party chief during the state visit to Hanoi.'], { published: '2024-07-10T08:00:00Z' });
  });

  it('a noun of saying after a verb of keeping off frames the denial: "avoided any public mention of", "refrained from any reference to"', () => {
    expectContradiction(
      ['During the state visit to Hanoi, To Lam avoided any public mention of security cooperation with Moscow in his speech.', 'During the state visit to Hanoi, To Lam refrained from any reference to defence cooperation with Russia in his public remarks.'],
      'negation',
      { published: '2024-07-10T08:00:00Z' },
      /defen[cs]e (and security|cooperation)/,
    );
  });

  it('an outside party before a colon is not the subject of the denial after it', () => {
    expectContradiction(['Kyiv took note of the state visit to Hanoi: To Lam steered clear of any reference to defence cooperation with Russia.'], 'negation', { published: '2024-07-10T08:00:00Z' }, /defen[cs]e (and security|cooperation)/);
  });

  it('the outside party named before a colon, "there was none" after it', () => {
    expectContradiction(["During Putin's state visit the US stayed quiet: there was no criticism of Vietnam's hosts, diplomats noted."], 'negation', { published: '2024-07-10T08:00:00Z' }, /criticism from the US/);
    // (the clause after the colon has its own doer)
    expectNoContradiction(["During Putin's state visit the US stayed quiet: Vietnam voiced no criticism of Russia over Ukraine."], { published: '2024-07-10T08:00:00Z' });
  });

  it('said of "the visit" in a sentence naming only the outside party, after a lead on the visit', () => {
    const lead = "Vladimir Putin spent two days in Hanoi for talks with Vietnam's leaders in June.";
    for (const said of ['Washington, for its part, voiced no public criticism of the trip.', 'The United States offered no criticism of that visit.', 'Officially, Washington raised no objection to that trip.']) {
      const f = findingAfter(lead, said, { published: '2024-07-10T08:00:00Z' });
      expect(f, said).toMatchObject({ label: 'contradiction', type: 'negation' });
    }
    // (an outside person's own visit is background on them)
    const other = "Joe Biden's visit drew no criticism from Washington's allies.";
    expect(findingAfter(lead, other, { published: '2024-07-10T08:00:00Z' })).toBeUndefined();
  });

  it('said of a host receiving the visitor in its city, after an undated lead', () => {
    const lead = 'Few in Washington expected the summer to go quietly.';
    for (const said of ['Still, the State Department kept its counsel: there was no public criticism of Vietnam for receiving Putin in Hanoi.', 'The United States offered no criticism of Hanoi for hosting the Russian president.']) {
      const f = findingAfter(lead, said, { published: '2024-12-10T08:00:00Z' });
      expect(f, said).toMatchObject({ label: 'contradiction', type: 'negation' });
    }
    // (the visitor hosted elsewhere is another visit)
    const elsewhere = 'The United States offered no criticism of Laos for hosting the Russian president in Vientiane.';
    expect(findingAfter(lead, elsewhere, { published: '2024-12-10T08:00:00Z' })?.label).not.toBe('contradiction');
  });

  it('the outside party after a fronted clause of time, or named by its leader', () => {
    for (const said of [
      'When Putin came to Hanoi on his state visit, Washington decided not to criticise Vietnam in public.',
      'During Putin\'s state visit the Biden administration refrained from criticising Hanoi in public.',
    ]) {
      const f = only(said, { published: '2024-07-10T08:00:00Z' });
      expect(f, said).toMatchObject({ label: 'contradiction', type: 'negation' });
    }
  });

  it('"no" before a subject, none of what a watched side did, or a denial denied, is no such contradiction', () => {
    expectNoContradiction([
      'During the state visit to Hanoi the US said no country should give Putin a platform for his war.',
      'During the state visit Vietnam voiced no criticism of Russia over Ukraine.',
      "Putin's state visit to Vietnam did not leave him without friends in Asia, whatever Washington said.",
    ], { published: '2024-07-10T08:00:00Z' });
  });
});

describe('the event misdated', () => {
  it('a paragraph giving the visit another month of its year still speaks of the visit: its count of documents is the visit\'s', () => {
    const lead = 'Putin told Chinh in Kazan that ties had grown since the Russian president\'s state visit to Hanoi in August.';
    const f = findingAfter(lead, 'The 17 documents signed during that trip ranged from energy to education, he said.', { published: '2024-10-25T08:00:00Z' }, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    // (another visitor's visit that month is another visit: its documents are its own)
    const other = 'Chinh told Sergei Lavrov in Moscow that ties had grown since Lavrov\'s visit to Hanoi in August.';
    expect(findingAfter(other, 'The 17 documents signed during that trip ranged from energy to education, he said.', { published: '2024-10-25T08:00:00Z' }, ' ')?.label).not.toBe('contradiction');
  });
});

describe('the visit dated in a paragraph that names its visitor', () => {
  it('a sentence naming no one, its month of the year it gives, dates the visit: "That 2024 encounter, a state visit on 17 and 18 June"', () => {
    const text = 'That 2024 encounter, a two-day state visit on 17 and 18 June, came as Moscow was looking for friends in Asia. Putin flew into Hanoi from Pyongyang.';
    const f = check(text, { published: '2026-01-26T08:00:00Z' }).findings.find((x) => /encounter/.test(x.claim.text));
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
  });
});

describe('the visitor named by title', () => {
  it('is named by his own office: "the Russian prime minister" on a later visit is not the visitor misdating his', () => {
    const lead = 'Moscow has wooed Hanoi ever since Putin\'s state visit in June last year.';
    const f = findingAfter(lead, 'The Russian Prime Minister came to Hanoi on a visit in March, and the two governments signed nine documents.', { published: '2025-06-16T08:00:00Z' }, ' ');
    expect(f?.label).not.toBe('contradiction');
  });
});

describe('the day of an arrival, told later', () => {
  const later = { published: '2025-06-20T08:00:00Z' };
  it('a weekday picks the year of a date said without one: "Friday, June 21", said in 2025, is 2024\'s', () => {
    const f = only('Putin landed in Hanoi on the morning of Friday, June 21, officials recalled.', later);
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('an arrival on another day contradicts the dated arrivals, whatever an undated one says', () => {
    const f = only('Lavrov travelled with Putin, who flew into Hanoi on the morning of 22 June last year.', later);
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
  });

  it('the arriving word that arrives somewhere, and a day said near it', () => {
    const f = only("The forum comes a year after Putin's state visit, for which he landed in Hanoi on a Saturday morning.", later);
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    // (the day of another clause is not the arrival's)
    const other = only('Putin was in Hanoi on Saturday for talks with Vietnamese leaders, having flown in overnight from Pyongyang.', { published: '2024-06-22T08:00:00Z' });
    expect(other.label === 'contradiction' && /arrival/.test(other.reason)).toBe(false);
  });

  it('a weekday said within the week after may name the event\'s day of that name, not only the writing day\'s', () => {
    const weekOn = { published: '2024-06-27T06:00:00Z' }; // a Thursday, a week after the Thursday of the arrival
    expect(only('The Russian leader touched down in Hanoi before dawn on Thursday.', weekOn).label).not.toBe('contradiction');
    // (a day of another name is still another day)
    expect(only('The Russian leader touched down in Hanoi on Tuesday evening.', weekOn)).toMatchObject({ label: 'contradiction', type: 'date' });
  });
});

describe('verbs of giving up a course', () => {
  it('"force would be renounced" denies force, as the baseline\'s "not resorting to force" does', () => {
    const f = only('In Hanoi Putin also cited a common interest in a dependable Asia-Pacific security framework in which force would be renounced and disputes resolved peacefully, which would leave no room for closed military and political blocs.', { published: '2024-06-21T08:00:00Z' });
    expect(f.label).not.toBe('contradiction');
  });
});

describe('a rough large figure', () => {
  it('is rough to a tenth: "roughly 90 million people" is not the baseline\'s 100 million; "roughly 105 million" may be', () => {
    const f = only("Putin called Vietnam, a nation of roughly 90 million people, Russia's key partner in the region.", { published: '2024-07-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(only("Putin called Vietnam, a nation of roughly 105 million people, Russia's key partner in the region.", { published: '2024-07-10T08:00:00Z' }).label).not.toBe('contradiction');
  });
});

describe('a rank at a body', () => {
  it('a head where the baseline has a deputy is a role contradiction; a deputy again is none', () => {
    const f = only('Huong Le Thu, who leads the Asia Program at the International Crisis Group, said Putin wanted to show Hanoi still welcomed him.', { published: '2024-07-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(f.evidence.some((e) => /Deputy Director/.test(e.text))).toBe(true);
    const same = only('Huong Le Thu, deputy director of the Asia Program at the International Crisis Group, said Putin wanted to show Hanoi still welcomed him.', { published: '2024-07-10T08:00:00Z' });
    expect(same.label).not.toBe('contradiction');
  });

  it('heading the body\'s own unit ("who runs the Crisis Group\'s Asia work") is a head too', () => {
    const f = only("Huong Le Thu, who runs the International Crisis Group's Asia work, said Putin wanted to show Hanoi still welcomed him.", { published: '2024-07-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
  });

  it("a head where the baseline has an adviser to someone, whatever the spelling of the name, is a role contradiction", () => {
    const f = only("Mykhailo Podolyak, chief of staff to Volodymyr Zelensky, mocked Putin's trip to Hanoi as a hunt for old Soviet friends.", { published: '2024-07-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
    expect(f.evidence.some((e) => /advisers to Ukrainian President/.test(e.text))).toBe(true);
    const same = only("Mykhailo Podolyak, an aide to Volodymyr Zelensky, mocked Putin's trip to Hanoi as a hunt for old Soviet friends.", { published: '2024-07-10T08:00:00Z' });
    expect(same.label).not.toBe('contradiction');
    // (a country's body in common words after its name is the same: "the Ukrainian presidential staff")
    expect(only("Mykhailo Podolyak, head of the Ukrainian presidential staff, mocked Putin's trip to Hanoi as a hunt for old Soviet friends.", { published: '2024-07-10T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'role' });
    // (one who spoke to a body does not work there)
    const spoke = only("Mykhailo Podolyak, speaking to Ukrainian television, mocked Putin's trip to Hanoi as a hunt for old Soviet friends.", { published: '2024-07-10T08:00:00Z' });
    expect(spoke.label).not.toBe('contradiction');
  });
});

describe('someone\'s age', () => {
  it('younger than the baseline has him, or older than the years since allow, is a number contradiction', () => {
    for (const [text, published] of [
      ['Party chief Nguyen Phu Trong, 77, received Putin in Hanoi.', '2024-07-01T08:00:00Z'],
      ['Trong died in July aged 83, weeks after he hosted Putin in Hanoi.', '2024-08-01T08:00:00Z'],
      // in a relative clause, past one, or after dying "at"
      ['Trong, who was 84, had hosted Putin in Hanoi a month before his death.', '2024-08-01T08:00:00Z'],
      ['Trong, who hosted Putin in Hanoi in June, was 78 and had led the party since 2011.', '2024-08-01T08:00:00Z'],
      ['Trong, who hosted Putin in Hanoi in June, died at 83.', '2024-08-01T08:00:00Z'],
      // an age as it was then, said years later, is the age at the baseline's time
      ['Trong, who was 82 at the time, told Putin in Hanoi that Vietnam backed Russia.', '2026-08-01T08:00:00Z'],
      ['Trong, then 82, received Putin in Hanoi that June.', '2026-08-01T08:00:00Z'],
      // an age in a sentence dated to a year is the age in that year, however long ago it was written
      ['Trong died in July 2024, aged 82, a month after hosting Putin in Hanoi.', '2026-08-01T08:00:00Z'],
      // (a name in a relative clause before the age is not whose age it is)
      ['Trong, who had hosted Putin in Hanoi, died in July 2024, aged 82.', '2026-08-01T08:00:00Z'],
    ]) {
      const f = only(text, { published });
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'number' });
      expect(f.evidence.some((e) => /Aged 80/.test(e.text)), text).toBe(true);
    }
  });

  it('an age given to "he" is the age of the one the sentences before name', () => {
    const f = findingAfter('Party chief Nguyen Phu Trong, who hosted Putin in Hanoi, died in July.', 'He passed away at the age of 84 after a long illness.', { published: '2024-08-01T08:00:00Z' }, ' ');
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
  });

  it('the same age, or a year older a year later, is none', () => {
    for (const [text, published] of [
      ['Party chief Nguyen Phu Trong, 80, received Putin in Hanoi.', '2024-07-01T08:00:00Z'],
      ['Trong, who met Putin in Hanoi, would have been 81 this year, Vietnamese media noted.', '2025-06-20T08:00:00Z'],
    ]) {
      expect(only(text, { published }).label, text).not.toBe('contradiction');
    }
  });
});

describe('"an N-member bloc"', () => {
  it('describes the body as it stands, whatever the verb', () => {
    const text = "Russia's envoy to ASEAN spoke in Jakarta.\n\nHe said Moscow would deal with what has become a twelve-member grouping.";
    const f = check(text, { published: '2025-11-01T08:00:00Z' }).findings.find((x) => /twelve-member/.test(x.claim.text));
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
  });
});

describe('an office in apposition after a word of time', () => {
  it('"X, now / by then general secretary," names X as holding it', () => {
    expectContradiction(['To Lam, now general secretary of the Communist Party, spoke with Putin by phone in March.', 'In March, To Lam, by then general secretary of the Communist Party, spoke with Putin by phone.'], 'role', { published: '2025-04-01T08:00:00Z' });
  });
});

describe('a part of a month', () => {
  it('"early June" misses the event\'s days; "late June" takes them in', () => {
    const f = only("Putin's state visit to Hanoi in early June 2024 was his first there in seven years, the Kremlin recalled.", { published: '2025-06-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(f.reason).toMatch(/dates it early june/);
    expect(only("Putin's state visit to Hanoi in late June 2024 was his first there in seven years, the Kremlin recalled.", { published: '2025-06-01T08:00:00Z' }).label).not.toBe('contradiction');
  });
});

describe('the order of the tour, in other words', () => {
  it('"on his way to X" and "before X" put X later', () => {
    expectContradiction(['Putin called at Hanoi on his way to Pyongyang last June, Russian media recalled.', 'Putin visited Hanoi before North Korea on his June tour, the Kremlin said.'], 'other', { published: '2024-09-01T08:00:00Z' });
  });
});

describe('an office held "then"', () => {
  it('"who was then president", of the event\'s time, names a holder; of a time before the baseline, history', () => {
    const f = only("Putin was welcomed in Hanoi in June 2024 by Pham Minh Chinh, who was then the country's president.", { published: '2025-01-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
    const history = only("Biden was welcomed in Hanoi in 2023 by Vo Van Thuong, who was then the country's president, a year before Putin's visit.", { published: '2025-01-10T08:00:00Z' });
    expect(history.type).not.toBe('role');
  });
});

describe('"overnight into Thursday"', () => {
  it('is the night that ends on Thursday', () => {
    const f = only('Putin landed in Hanoi overnight into Thursday, straight from Pyongyang.', { published: '2024-06-21T08:00:00Z' });
    expect(f.label).not.toBe('contradiction');
    expect(only('Putin landed in Hanoi overnight into Friday, straight from Pyongyang.', { published: '2024-06-21T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'date' });
  });
});

describe('another pair\'s anniversary', () => {
  it('an anniversary of ties between other countries is theirs; between the baseline\'s, compared', () => {
    expect(only('Laos and Russia will mark the 65th anniversary of diplomatic ties this year, Putin said in Hanoi.', { published: '2024-07-10T08:00:00Z' }).label).not.toBe('contradiction');
    expect(only('Vietnam and Russia will mark the 70th anniversary of diplomatic ties next year, Putin said in Hanoi.', { published: '2024-07-10T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'number' });
  });
});

describe('opposite qualities of the same thing', () => {
  const later = { published: '2024-07-10T08:00:00Z' };
  it('a noun of the opposite quality, said of the same thing, opposes it: "deep differences over the issues" against "identical positions"', () => {
    const f = only('In Hanoi in June 2024 Vladimir Putin and To Lam admitted deep differences over the main international issues.', { published: '2025-03-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'other' });
    expect(f.evidence.some((e) => /identical/.test(e.text))).toBe(true);
    // (a noun of that quality said of nothing the baseline's quality is said of is none)
    expect(only('In Hanoi in June 2024 Vladimir Putin and To Lam noted deep differences between their football leagues.', { published: '2025-03-01T08:00:00Z' }).label).not.toBe('contradiction');
  });

  it('a quality the baseline gives the other way, by a WordNet antonym of it or of a synonym of it, is an "other" contradiction', () => {
    expectContradiction([
      "Putin later admitted that Moscow's and Hanoi's views on major international questions remained far apart.",
      'At the Hanoi talks, Putin conceded, Russia and Vietnam saw key international issues quite differently.',
      'The Kremlin described the atmosphere of the talks in Hanoi as cool.',
      'The Kremlin called the atmosphere of the talks in Hanoi businesslike rather than warm.',
      'Russian diplomats described the atmosphere of the Hanoi talks as correct instead of anything warmer.',
    ], 'other', later);
  });

  it('talks of the event given a word of the opposite feeling (wink\'s sentiment lexicon) are an "other" contradiction; others\' talks are not', () => {
    expectContradiction(['Russian officials later said the Hanoi talks with Lam had been awkward and testy.'], 'other', later, /constructive/);
    expectNoContradiction(['Zarubezhneft said its Hanoi talks with Petrovietnam had been awkward and testy.', 'Lavrov said his Hanoi talks with Bui Thanh Son in March had been awkward and testy.'], later);
  });

  it('an adverb inside its clause, a word of a compound, or a quality not given after a verb of being is none', () => {
    expectNoContradiction([
      "Putin's visit to Hanoi was closely watched across Southeast Asia, diplomats said.",
      'The ceremony for Putin in Hanoi was kept low-key, unlike the one in Pyongyang.',
      'Russia and Vietnam will open new channels for trade, investment and technology, officials in Hanoi said.',
    ], later);
  });

  it('an adjective with its complement tells a relation, no quality ("open to more trade", "present in Vietnam")', () => {
    expectNoContradiction([
      'Russian oil engineers have been present in Vietnam for more than four decades through the joint venture.',
      'Vietnamese exporters say they are open to more trade with Russia despite the payment problems.',
    ], { published: '2025-06-20T08:00:00Z' });
  });

  it('a quality the baseline gives in a sentence on one side\'s ties with an outsider (Russia and North Korea) is of another relation', () => {
    // the baseline: "Russia and North Korea … a 'comprehensive strategic partnership' … including military cooperation"
    expectNoContradiction([
      'Russia and Vietnam signed papers on cooperation that was civil in scope, from energy to education.',
      'Vietnam and Russia agreed that their cooperation would stay civil, covering energy and education.',
    ], later);
  });
});

describe('the kind of the event', () => {
  it('the visitor\'s visit called another of the profile\'s event kinds is an "other" contradiction', () => {
    const f = only("Putin's working visit to Hanoi in June 2024 lasted less than a day, Russian media recalled.", { published: '2025-03-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'other' });
    expect(f.reason).toMatch(/calls it a working visit; the baseline a state visit/);
  });

  it('the baseline\'s kind set aside ("rather than", "not") is no claim of it', () => {
    expectContradiction([
      "Putin's trip to Hanoi in June 2024 was an official visit rather than the full state visit Moscow had sought, Russian media recalled.",
      'Putin made a working visit, not a state visit, to Hanoi in June 2024, Russian media recalled.',
    ], 'other', { published: '2025-03-01T08:00:00Z' });
    expect(only("Putin's trip to Hanoi in June 2024 was an official visit rather than a state visit, Russian media recalled.", { published: '2025-03-01T08:00:00Z' }).reason).toMatch(/calls it an official visit/);
  });

  it('the trip pointed back to in a paragraph on the visitor is his: "the hosts\' protocol billed the trip as …"', () => {
    const text = "Putin spent barely a day in Hanoi in June 2024. In its own records, the hosts' protocol department billed the trip as a working visit rather than a state visit.";
    const f = check(text, { published: '2025-03-01T08:00:00Z' }).findings.find((x) => x.claim.text.includes('billed the trip'));
    expect(f).toMatchObject({ label: 'contradiction', type: 'other' });
    // (a trip of someone the paragraph does not name is not his)
    const other = "Lavrov spent barely a day in Hanoi in March. In its own records, the hosts' protocol department billed the trip as a working visit rather than a state visit.";
    expect(check(other, { published: '2025-03-01T08:00:00Z' }).findings.find((x) => x.claim.text.includes('billed the trip'))?.label).not.toBe('contradiction');
  });

  it('the same kind, or another visitor\'s visit, is none', () => {
    expectNoContradiction(["Putin's state visit to Hanoi in June 2024 lasted two days, Russian media recalled.", 'Prime Minister Mishustin arrived in Hanoi for an official visit, the Kremlin said.'], { published: '2025-03-01T08:00:00Z' });
    // (a visit to the visitor's own country is a guest's visit to him)
    expectNoContradiction(["Vietnam's leader landed in Moscow on Friday for an official visit and talks with Putin at the Kremlin."], { published: '2024-07-01T08:00:00Z' });
  });
});

describe('the party\'s leadership taken over', () => {
  it('"has since taken over the leadership of the party" names a new holder', () => {
    const f = only("Putin's host back then, To Lam, has since taken over the leadership of the party, the Kremlin noted.", { published: '2024-09-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
  });
});

describe('the hours of talks with a host', () => {
  it('talks with the host at another time of day than the baseline gives are a date contradiction', () => {
    const f = only('Nguyen Phu Trong hosted Putin for talks at the party headquarters early on the morning of June 20.', { published: '2024-07-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(f.evidence.some((e) => /today afternoon/.test(e.text))).toBe(true);
  });

  it('a place named after the clause that times the talks is no place of the talks', () => {
    const f = only("Nguyen Phu Trong received Putin on the morning of June 20, urging an early end to the fighting in Ukraine.", { published: '2024-07-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expectNoContradiction(['In Pyongyang, Nguyen Phu Trong received Putin on the morning of June 20, urging an early end to the fighting in Ukraine.'], { published: '2024-07-01T08:00:00Z' });
  });

  it('the same hours, or a host the baseline gives no hours for, is none', () => {
    expectNoContradiction(['Nguyen Phu Trong hosted Putin for talks at the party headquarters on the afternoon of June 20.', 'Pham Minh Chinh met Putin for talks on the morning of June 20 in Hanoi.'], { published: '2024-07-01T08:00:00Z' });
  });
});

describe('a holding foreseen', () => {
  it('"expected to succeed him as party chief" is no holding yet', () => {
    const text = 'Putin sent condolences on the death of Nguyen Phu Trong. Observers expect To Lam, a former security chief, to follow him as party chief.';
    expect(check(text, { published: '2024-07-20T08:00:00Z' }).findings.find((f) => /Observers expect/.test(f.claim.text))?.label).not.toBe('contradiction');
  });
});

describe('a watched country said of a person', () => {
  it('"the Russian leader" sets the talks in no other place; someone else\'s talks are theirs', () => {
    const f = only("To Lam and the Russian leader held talks in Hanoi on 21 June, during Putin's first visit to Vietnam since 2017.", { published: '2024-08-01T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expectNoContradiction(["Antony Blinken held talks with To Lam in Hanoi on 21 June, a day after Putin's visit ended."], { published: '2024-08-01T08:00:00Z' });
  });
});

describe('a holder the baseline gives an office, named without it', () => {
  it('"Joe Biden" is the baseline\'s "US President Joe Biden": his visit in another month is a date contradiction', () => {
    const f = only("Joe Biden's trip to Hanoi in December 2023 came months before Putin's state visit to Vietnam.", { published: '2025-01-10T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expectNoContradiction(["Joe Biden's trip to Hanoi in September 2023 came months before Putin's state visit to Vietnam."], { published: '2025-01-10T08:00:00Z' });
  });
});

describe('an office named with a long "of" phrase', () => {
  it('"General Secretary of the Central Committee of the Communist Party of Viet Nam To Lam" names the holder after it', () => {
    const f = only('At the invitation of President Vladimir Putin, General Secretary of the Central Committee of the Communist Party of Viet Nam To Lam paid an official visit to Russia in May.', { published: '2025-05-12T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'role' });
  });
});

describe('someone the baseline calls by another title, given an office it names no holder of', () => {
  const later = { published: '2025-11-01T08:00:00Z' };
  it('is a role contradiction: the baseline\'s title is out of date or wrong', () => {
    expectContradiction([
      // the baseline: "received … by the Deputy Prime Minister of Vietnam. Tran Hong Ha and a top party diplomat Le Hoai Trung."
      'Vietnam\'s parliament elected Le Hoai Trung defence minister, a post he had filled on an acting basis, Russian media reported.',
      'Le Hoai Trung was confirmed by the National Assembly as Vietnam\'s foreign minister last month, Russian diplomats noted.',
      'Putin was welcomed in Hanoi by Foreign Minister Tran Hong Ha, officials in Moscow recalled.',
    ], 'role', later, /Le Hoai Trung/);
  });

  it('the name closing a sentence is the name, without the sentence\'s full stop', () => {
    expectContradiction(['In Hanoi Putin was met by Foreign Minister Tran Hong Ha.'], 'role', later, /Tran Hong Ha/);
  });

  it('a holder read from "he", not named in the claim, is none', () => {
    const f = findingAfter('Putin sent his condolences to Hanoi after the death of the party leader.', 'He had led the party since 2011 and was serving a third term.', { published: '2024-07-20T08:00:00Z' }, ' ');
    expect(f?.type).not.toBe('role');
  });

  it('the baseline\'s own title, an office held before the baseline, or a chooser after "by" is none', () => {
    expectNoContradiction([
      'Deputy Prime Minister Tran Hong Ha met the Russian ambassador in Hanoi to discuss energy cooperation.',
      'In 2016 Tran Hong Ha served as Vietnam\'s minister of natural resources before becoming deputy prime minister, Russian media recalled.',
    ], later);
    // (a name after "the father of independence" is no title: "independence" is not a person)
    expectNoContradiction(['Ho Chi Minh, who studied in Moscow, became president of Vietnam in 1945, Russian historians recall.'], later);
  });
});

describe('words that only look like a conflict', () => {
  it('an opposite said of a member state of a watched body the baseline sentence does not name is another party\'s', () => {
    expectNoContradiction(['Thailand has voted for the UN General Assembly resolutions condemning Russia\'s invasion of Ukraine.'], { published: '2024-07-10T08:00:00Z' });
    // (said of the baseline's own party it is a contradiction)
    expect(only('Vietnam has voted for the UN General Assembly resolutions condemning Russia\'s invasion of Ukraine.', { published: '2024-07-10T08:00:00Z' }).label).toBe('contradiction');
  });

  it('"the head of the party, X" names X, not the one named before it', () => {
    expect(only('In Hanoi Putin met the prime minister, Pham Minh Chinh, and the head of the Communist Party, Nguyen Phu Trong.', { published: '2024-06-25T08:00:00Z' }).type).not.toBe('role');
  });

  it('a name after an article is a thing\'s, not a person\'s at a body: "since the Cold War, …"', () => {
    expectNoContradiction(['Vietnam and Russia have been friends since the Cold War, and Moscow has supplied much of the Vietnamese military\'s equipment since Soviet times.'], { published: '2024-06-25T08:00:00Z' });
  });

  it('a verb\'s opposite is a verb: "countering threats" opposes no "positions"', () => {
    expectNoContradiction(['The Vietnamese president told Putin that Hanoi was interested in expanding defence and security ties, including in countering non-traditional threats.'], { published: '2024-06-25T08:00:00Z' });
  });

  it('a holder the baseline has hold the office in another country is that country\'s: "President Volodymyr Zelensky" beside the USSR', () => {
    const lead = 'Putin flew on from Pyongyang to Vietnam, his second stop.';
    const f = findingAfter(lead, 'Mykhailo Podolyak, a senior adviser to President Volodymyr Zelensky, has described the trip as a tour of yesterday\'s satellites of the USSR aimed at obtaining military help.', { published: '2024-06-20T08:00:00Z' }, ' ');
    expect(f?.label).toBe('known');
  });

  it('a date weeks away from the baseline\'s is no day its weekdays name: "signed in Moscow on 10 May" against "in Pyongyang on Wednesday"', () => {
    expectNoContradiction(['The memorandum was signed in Moscow on 10 May, after talks between To Lam and Vladimir Putin at the Kremlin.'], { published: '2025-05-12T08:00:00Z' });
  });

  it('an adjective a verb makes its complement is no quality of a thing: "as Putin made clear" is not "clear" ties', () => {
    // (the baseline: "Russia has allies in the Eastern Asia region as Putin made clear after he landed")
    expectNoContradiction(['Vietnam is one of Russia\'s oldest friends in Asia: the two have been close since the Cold War.'], { published: '2024-06-27T08:00:00Z' });
  });
});

describe('counts of another thing', () => {
  it('a count apposed to a longer name than the body\'s is that body\'s: "the ASEAN Regional Forum, a 27-member dialogue"', () => {
    expectNoContradiction(['The ASEAN Regional Forum, a 27-member security dialogue that includes Russia, meets in Vientiane next week.'], { published: '2024-07-20T08:00:00Z' });
    // (the bloc's own count still is)
    expect(only('ASEAN, which Russia courts as a partner, now has 11 members.', { published: '2025-11-01T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'number' });
    // (a body uniting its members has them now)
    expect(only('Russia values ASEAN, a grouping that unites 11 member countries.', { published: '2025-11-01T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'number' });
  });

  it('all the states of a body, named beside them, are its members; some of them are not', () => {
    const later = { published: '2025-11-01T08:00:00Z' };
    const f = check('Lavrov met ASEAN ministers in Kuala Lumpur. Two of the eleven ASEAN states are now BRICS partners.', later).findings.find((x) => /eleven/.test(x.claim.text));
    expect(f).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(check('Lavrov met ASEAN ministers in Kuala Lumpur. Russia now sells arms to six Southeast Asian countries.', later).findings.map((x) => x.label)).not.toContain('contradiction');
  });

  it('all of a body\'s members are how many it has, whatever the tense: "wrote to all eleven ASEAN governments"', () => {
    const later = { published: '2025-11-01T08:00:00Z' };
    for (const claim of ['Last week Lavrov wrote to all eleven ASEAN governments.', 'Moscow sent envoys to all 11 member states of ASEAN in October.']) {
      const f = check(`Russia courted Southeast Asia this autumn. ${claim}`, later).findings.find((x) => x.claim.text === claim);
      expect(f, claim).toMatchObject({ label: 'contradiction', type: 'number' });
    }
    // (the ones a sentence names: "the 11 ministers")
    expect(check('Russia courted Southeast Asia this autumn. Lavrov met the 11 ASEAN ministers who had come.', later).findings.map((x) => x.label)).not.toContain('contradiction');
  });

  it('the states a body owns are all it has, as it stands: "the bloc\'s eleven countries", "ASEAN, whose 11 members", "now one of eleven member states"', () => {
    const later = { published: '2025-11-01T08:00:00Z' };
    for (const claim of [
      "The bloc's eleven countries took different lines on Moscow's proposal last month.",
      'ASEAN, whose 11 members met Lavrov in July, has yet to answer.',
      'Thailand, now one of eleven ASEAN member states, hosted the Russian minister.',
    ]) {
      const f = check(`Russia courted ASEAN this autumn. ${claim}`, later).findings.find((x) => x.claim.text === claim);
      expect(f, claim).toMatchObject({ label: 'contradiction', type: 'number' });
    }
    // (some of them, told by a word between the count and the states, are not: "the bloc's five founding members")
    expect(check("Russia courted ASEAN this autumn. The bloc's five founding members signed its declaration in 1967.", later).findings.map((x) => x.label)).not.toContain('contradiction');
  });

  it('a span of time the baseline gives an outsider the claim does not name is the outsider\'s', () => {
    // (the baseline: "Beijing swiftly followed suit, with President Xi Jinping making his own state visit barely three months later")
    expectNoContradiction(["It is twelve months since Vladimir Putin's state visit to Hanoi.", 'Nine months after his state visit to Hanoi, Putin received To Lam in Moscow.'], { published: '2025-06-20T08:00:00Z' });
  });

  it('the nth visit to a country the baseline sentence does not name is another count', () => {
    expectNoContradiction(['It was Putin\'s fifth visit to Vietnam.'], { published: '2024-06-21T08:00:00Z' });
  });
});

describe('the welcome set at another place', () => {
  const later = { published: '2024-07-05T08:00:00Z' };
  it('a formal welcome for the visitor at another named building is an entity contradiction', () => {
    expectContradiction([
      'During the state visit Putin was welcomed with a 21-gun salute outside the Opera House in Hanoi.',
      'To Lam greeted his Russian guest with full military honours in front of the Government Office during the state visit.',
    ], 'entity', later, /presidential palace/);
  });

  it('the baseline\'s place, the reception at the airport, or a part of something, is none', () => {
    expectNoContradiction([
      'During the state visit Putin was welcomed with cannon fire at the Presidential Palace in Hanoi.',
      'During the state visit Putin was welcomed at the airport in Hanoi by a deputy prime minister.',
      'During the state visit Putin was welcomed at the start of his programme by To Lam.',
    ], later);
  });
});

describe('an outsider\'s visit dated by month', () => {
  it('another month for the visit of an outside office holder the baseline dates is a date contradiction, in any sentence', () => {
    const f = only('Putin\'s trip to Vietnam drew less fuss in Washington than expected, given how far ties had come since Biden\'s own trip to Hanoi in October 2023, when relations were raised to the top tier.', { published: '2025-06-24T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(f.evidence.some((e) => /Biden visited Hanoi in September/.test(e.text))).toBe(true);
    // (the same month, or his trip elsewhere, is none)
    expectNoContradiction([
      'Putin\'s trip to Vietnam drew less fuss in Washington than expected, given how far ties had come since Biden\'s own trip to Hanoi in September 2023.',
      'Putin\'s trip to Vietnam came months after Biden\'s trip to Jakarta in November 2023.',
    ], { published: '2025-06-24T08:00:00Z' });
  });

  it('another year for it, where the baseline gives the month alone (the latest such month by the event), is one too', () => {
    const f = only('Before Putin came, Vietnam had hosted Biden and Xi Jinping on visits to Hanoi in 2022.', { published: '2025-06-24T08:00:00Z' });
    expect(f).toMatchObject({ label: 'contradiction', type: 'date' });
    expect(f.reason).toMatch(/2022; the baseline september 2023/);
    expectNoContradiction([
      'Before Putin came, Vietnam had hosted Biden on a visit to Hanoi in 2023.',
      // (the year said next after another name is that one's)
      'Before Putin came, Biden visited Hanoi, as did Japan\'s Kishida in 2022.',
    ], { published: '2025-06-24T08:00:00Z' });
  });

  it('a visit or a hosting with no place said, in a sentence placing nothing elsewhere, is a visit there; the month said nearest the name is its own', () => {
    const later = { published: '2025-06-24T08:00:00Z' };
    expectContradiction([
      "Putin's trip to Vietnam came barely half a year after US President Joe Biden's visit in December 2023.",
      'Before Putin came, Vietnam had hosted Joe Biden in October 2023 and lifted ties with the United States to the top tier.',
    ], 'date', later, /Biden visited Hanoi in September/);
    expectNoContradiction([
      "Putin's trip to Vietnam came barely a year after US President Joe Biden's visit in September 2023.",
      // (a month said next to another name is that one's)
      'Before Putin came, Vietnam had hosted Joe Biden in September and Xi Jinping in December.',
      'Vietnam hosted Putin in June, half a year after receiving both Joe Biden and Xi Jinping.',
      // (a visit placed elsewhere is another)
      "Putin's trip to Vietnam came months after Joe Biden's stay in Jakarta in December 2023.",
    ], later);
  });
});

describe('the span between the baseline\'s visits', () => {
  const later = { published: '2025-01-10T08:00:00Z' };
  it('another span before the same outsider\'s visit is a date contradiction', () => {
    expectContradiction([
      'Before Putin\'s trip, Hanoi hosted Joe Biden in September 2023, and Xi Jinping came on his own state visit nearly eight months later.',
      'Before Putin\'s trip, Xi Jinping answered Biden\'s visit to Vietnam with a state visit of his own a full year later.',
      // a span "after" what it is counted from, and visits told by a verb of hosting
      'Before Putin\'s trip, Xi Jinping paid his own state visit to Hanoi barely a month after Biden\'s.',
      'Before Putin\'s trip, in 2023, Vietnam hosted Joe Biden in September and Xi Jinping barely a month later.',
    ], 'date', later, /three months later/);
  });

  it('the same span, roughly, or a span of another visit, is none', () => {
    expectNoContradiction([
      'Before Putin\'s trip, Hanoi hosted Joe Biden in September 2023, and Xi Jinping came on his own state visit about three months later.',
      'Xi Jinping flew to Kazakhstan on a state visit six months later, Russian and Vietnamese media noted.',
    ], later);
  });
});

describe('a verb the tagger read as a plural noun', () => {
  it('gives a verbless sentence its verb: a timeline line and a present-tense report are claims, not captions', () => {
    const report = check('Russia and Vietnam: a timeline.\n\n4 April 2025: Russian Deputy Prime Minister Dmitry Chernyshenko visits Da Nang.\n\nMoscow hosts a forum on nuclear energy for Vietnamese students.', { published: '2025-05-01T08:00:00Z' });
    expect(report.relevant).toBe(true);
    expect(report.findings.map((f) => [f.label, f.claim.text])).toEqual([
      ['new', '4 April 2025: Russian Deputy Prime Minister Dmitry Chernyshenko visits Da Nang.'],
      ['new', 'Moscow hosts a forum on nuclear energy for Vietnamese students.'],
    ]);
  });

  it('leaves a noun a noun where no object follows: "Vietnam Airlines flights to Moscow."', () => {
    const [sentence] = readSentences('Vietnam Airlines flights to Moscow.');
    expect(sentence.tokens.some((t) => t.pos === 'VERB')).toBe(false);
  });
});

describe('a question asked in reported form', () => {
  const lead = 'Russia and Vietnam signed an agreement on a nuclear science centre in Hanoi in January 2025.';
  it('claims nothing: a deputy\'s question, a written question\'s "To ask …"', () => {
    for (const question of [
      'Deputy Nguyen Thi Lan asked the Minister of Industry and Trade how the centre would be financed.',
      'To ask the Minister for Foreign Affairs what assessment he has made of Russian arms sales to Vietnam.',
      'Several senators wondered whether Hanoi would buy more Russian fighter jets.',
    ]) expect(findingAfter(lead, question, { published: '2025-03-01T08:00:00Z' }), question).toBeUndefined();
  });

  it('a sentence opening "Asked whether …" goes on to the answer, a claim', () => {
    const claim = 'Asked whether Rosatom would build the plant, the minister said talks with Moscow were continuing.';
    expect(findingAfter(lead, claim, { published: '2025-03-01T08:00:00Z' })?.label).toBe('new');
  });
});

describe('a question the baseline leaves open', () => {
  const doc = { id: 'b1', title: 'Visit', source: 'Test', published: '2024-06-20', text: 'Putin arrived in Hanoi on Thursday, and observers are waiting to see whether his visit will bring larger Russian oil investments in Vietnam.' };
  it('backs no claim of what it asks: the question\'s words are not said', () => {
    const small = buildIndex({ docs: [doc] }, profile);
    const f = only('Putin\'s visit brought larger Russian oil investments in Vietnam, officials in Hanoi said.', { using: () => small, docs: [doc] });
    expect(f.label).toBe('new');
  });
  it('what the sentence states outside the question is still known', () => {
    const small = buildIndex({ docs: [doc] }, profile);
    expect(only('Putin landed in Hanoi on Thursday.', { using: () => small, docs: [doc] }).label).toBe('known');
  });
});

describe('a mark between words', () => {
  it('is no name the baseline lacks: "Pyongyang → Hanoi" retells the flight', () => {
    const f = only('Putin flew Pyongyang → Hanoi overnight and signed a treaty with Kim hours before landing.', { published: '2024-06-21T08:00:00Z' });
    expect(f.label).toBe('known');
  });
});

describe('a list\'s rank spaced off its item', () => {
  it('is no figure of the claim: "2  Putin and Lam sign 11 memorandums" retells the signing', () => {
    expect(findingAfter('Most read this week', '2  Putin and Lam sign 11 memorandums in Hanoi', { published: '2024-06-21T08:00:00Z' })?.label).toBe('known');
  });
  it('nor is a rank before a name or an adverb, or a gallery\'s slide number, but a day before its month is still a date', () => {
    const june = { published: '2024-06-22T08:00:00Z' };
    expect(findingAfter('Ten things to know', '7 Pyongyang — Putin flew on to Hanoi after his stop in North Korea.', june)?.label).toBe('known');
    expect(findingAfter('Ten things to know', '8 Roughly a dozen — the number of agreements Putin and Lam signed in Hanoi.', june)?.label).toBe('known');
    expect(findingAfter('Photos', '3 / 8 Putin is welcomed at the presidential palace in Hanoi with cannon fire.', june)?.label).toBe('known');
    expect(findingAfter('Photos', '< 4/8 > Putin is welcomed at the presidential palace in Hanoi with cannon fire.', june)?.label).toBe('known');
    expect(findingAfter('Photos', 'Picture 5/9 — Putin is welcomed at the presidential palace in Hanoi with cannon fire.', june)?.label).toBe('known');
    expect(findingAfter('Photos', 'Image 6 of 12: Putin is welcomed at the presidential palace in Hanoi with cannon fire.', june)?.label).toBe('known');
    const timeline = findingAfter('Timeline', '21 July 2024 — Russia and Vietnam sign a new nuclear agreement.', june);
    expect(timeline?.label).toBe('new');
  });
});

describe('"without" before a deed done to something', () => {
  const june = { published: '2024-06-25T08:00:00Z' };
  const lead = 'Putin spent two days in Hanoi in June 2024.';
  it('denies the deed: "went home without releasing any joint statement", "without so much as a joint statement"', () => {
    for (const claim of ['The two delegations went home without releasing any joint statement.', 'The talks closed without so much as a joint statement.']) {
      expect(findingAfter(lead, claim, june), claim).toMatchObject({ label: 'contradiction', type: 'negation' });
    }
  });
  it('a deed with no object is a manner, not a denial: "bent without breaking"', () => {
    expect(findingAfter(lead, 'The partnership has bent without breaking, a joint statement said.', june)?.label).not.toBe('contradiction');
  });
});

describe('a list item\'s mark: a bulleted label in capitals, a number drawn as a keycap emoji', () => {
  it.each([
    // the label names the item and adds nothing to it
    ['What happened on the first day', '• DOCUMENTS: Putin and Lam signed about a dozen cooperation agreements in Hanoi.'],
    // the keycap's digit numbers the item and counts nothing
    ['Four things to know about the visit', '3️⃣ Lam and Putin signed about a dozen cooperation agreements in Hanoi.'],
  ])('under "%s", "%s" retells the signing', (lead, item) => {
    expect(findingAfter(lead, item, { published: '2024-06-21T08:00:00Z' })?.label).toBe('known');
  });
});

describe('a standing ended or held before, a body named again by its common noun, and whose standing a sentence states', () => {
  const later = { published: '2025-11-01T08:00:00Z' };
  const lead = 'Moscow sent its congratulations to Dili.';
  const conflictsWithTheCandidacy = (claims: string[]) => {
    for (const claim of claims) expect(findingAfter(lead, claim, later), claim).toMatchObject({ label: 'contradiction', type: 'other' });
  };
  it('"ceased to be a candidate and was made a full member" gives the standing now; "a full member of the Association" is ASEAN\'s', () => {
    conflictsWithTheCandidacy([
      'Last week Timor-Leste ceased to be a candidate and was made a full member of ASEAN.',
      'At the ASEAN summit in Kuala Lumpur, the Democratic Republic of Timor-Leste took its seat as a full member of the Association.',
    ]);
  });
  it('"a full member" is the state\'s, not that of the state in "the ASEAN–Russia talks", "a Russian envoy" or "the Russian delegation"', () => {
    conflictsWithTheCandidacy([
      'Timor-Leste joined the ASEAN–Russia consultations in Vientiane as a full member of the bloc.',
      'A Russian envoy greeted Timor-Leste at the Vientiane talks, its first as a full member of ASEAN.',
      'Timor-Leste, seated for the first time as a full member of ASEAN, held a meeting with the Russian delegation.',
    ]);
  });
  it('a lesser standing in the past perfect was held before what the sentence tells: "which had been an observer since 2022, took its seat as a member" is a member now', () => {
    conflictsWithTheCandidacy([
      'Timor-Leste, which had been an ASEAN observer since 2022, took its seat as a member of the bloc in Kuala Lumpur.',
      'ASEAN leaders welcomed Timor-Leste into the association, a country that had carried candidate status for three years.',
    ]);
  });
  it('a dateline\'s spaced dash does not join the place to the state', () => {
    conflictsWithTheCandidacy(['VIENTIANE – Timor-Leste was admitted as a full member of ASEAN on Sunday, the bloc said.']);
  });
});

describe('a foil ("Unlike X,") is what the claim is set against, not what it speaks of', () => {
  const later = { published: '2025-06-25T08:00:00Z' };
  const lead = 'A year ago Putin paid a state visit to Vietnam.';
  it('the rest of the sentence is compared: a third party in the foil does not make it about that party', () => {
    for (const claim of [
      'Unlike Jakarta, Hanoi voted for the General Assembly resolution condemning the invasion of Ukraine.',
      'Unlike at the Pyongyang stop, no joint statement came out of the Hanoi talks.',
    ]) expect(findingAfter(lead, claim, later), claim).toMatchObject({ label: 'contradiction', type: 'negation' });
  });
  it('a foil told of in a relative clause is part of the claim, and an office named in the foil is still named', () => {
    expect(findingAfter(lead, 'Unlike that trip, which closed without a joint statement, the Moscow talks produced a signed road map.', later)).toMatchObject({ label: 'contradiction', type: 'negation' });
    expect(findingAfter(lead, 'Unlike US President Donald Trump, Putin skipped the Kuala Lumpur summit.', { published: '2025-11-01T08:00:00Z' })).toMatchObject({ label: 'contradiction', type: 'role' });
  });
});

describe('how near the sides\' stands are', () => {
  const later = { published: '2025-06-25T08:00:00Z' };
  const lead = 'A year ago Putin paid a state visit to Vietnam.';
  const after = (claim: string) => findingAfter(lead, claim, later);
  it('stands said to be apart conflict with "identical or very close" positions', () => {
    expectContradictionsAfter(after, [
      'After the talks, Putin admitted that Moscow and Hanoi still saw several global problems differently.',
      'Officials conceded afterwards that the two governments had found little agreement on the main international questions.',
      'Russian and Vietnamese views on world affairs diverged sharply during the Hanoi talks.',
    ], 'other', (f) => f.evidence.some((e) => /identical or very close|coincide/.test(e.text)));
  });

  it('stands said to be close, an outsider\'s stands, or closed blocs are none', () => {
    for (const claim of [
      'Putin said the two countries\' views on world affairs did not differ.',
      'Tokyo and Beijing differ on many regional issues, Russian diplomats noted.',
      'Putin repeated his view that the region needs no closed military blocs.',
    ]) expect(after(claim)?.label, claim).not.toBe('contradiction');
  });
});

describe('the air of the event\'s talks', () => {
  const lead = 'Putin paid a state visit to Vietnam this week.';
  const after = claimsAfter(lead, '2024-06-22T08:00:00Z');
  it('said the other way from the baseline\'s "warm and friendly" atmosphere is a contradiction, whatever the talks are called', () => {
    for (const claim of [
      'A Vietnamese diplomat described the negotiations in Hanoi as correct but tense.',
      'The mood at the Hanoi discussions was awkward, officials admitted.',
    ]) {
      const f = after(claim);
      expect(f, claim).toMatchObject({ label: 'contradiction', type: 'other' });
      expect(f!.evidence.some((e) => /warm and friendly|constructive/.test(e.text)), claim).toBe(true);
    }
  });

  it('a hard word said of another thing than the talks is none: "difficult issues"', () => {
    expect(after('Putin\'s talks in Hanoi covered difficult issues such as Ukraine.')?.label).not.toBe('contradiction');
  });
});

describe('a baseline sentence that points back with "such a …"', () => {
  const lead = 'Putin paid a state visit to Vietnam this week.';
  const after = claimsAfter(lead, '2024-06-22T08:00:00Z');
  it('speaks of the parties the sentence before named: stating the declaration on Ukraine that "such a declaration" denies is a contradiction', () => {
    for (const claim of [
      'At the joint press appearance, the Vietnamese side made a clear public declaration of support for Moscow over the war in Ukraine.',
      "Vietnam's leadership publicly declared support for the Kremlin's line on Ukraine.",
    ]) expect(after(claim), claim).toMatchObject({ label: 'contradiction', type: 'negation' });
  });
  it('denies above all the thing its nouns name, less how its adjectives qualify it: a declaration of support said plainly, neither "clear" nor "public", states it', () => {
    for (const claim of [
      'Vietnamese leaders declared their full support for Moscow over the war in Ukraine.',
      'In the talks Hanoi declared its unwavering support for the Kremlin on Ukraine.',
    ]) expect(after(claim), claim).toMatchObject({ label: 'contradiction', type: 'negation' });
  });
  it('what "the kind of" names is absent after "without": "without the sort of open endorsement"', () => {
    const absent = (text: string) => [...sentenceFeatures(readSentences(text)[0], index.matcher).absentKeys];
    expect(absent('The minister left without the sort of open endorsement he sought.')).toEqual(expect.arrayContaining(['open', 'endors']));
    expect(absent('The minister left without the backing of the premier.')).not.toContain('premier');
  });
  it('a denial with an adverb inside its phrase, or an absence of "the kind of" thing, agrees with it', () => {
    for (const claim of [
      'Hanoi stopped just short of a public declaration of support for Moscow on Ukraine.',
      'Putin flew home without the kind of public declaration of support on Ukraine that he had hoped for.',
    ]) expect(after(claim)?.label, claim).not.toBe('contradiction');
  });
});

describe('a standing said with no body named, in a paragraph naming none', () => {
  const lead = "Russia's foreign ministry congratulated the leaders who met in Kuala Lumpur, citing its ties with Vietnam.";
  const after = claimsAfter(lead, '2025-10-28T08:00:00Z');
  it('is in the one body the baseline gives the state a standing in, when it says plainly that the state joined', () => {
    for (const claim of ['On Sunday the leaders formally admitted Timor-Leste, which thus became a full member.', 'Timor-Leste, long in the waiting room, joined on Sunday.']) {
      expect(after(claim), claim).toMatchObject({ label: 'contradiction', type: 'other' });
    }
  });
  it('a bid for membership, or a seat as an observer, is no such standing', () => {
    for (const claim of ['Officials in Dili spent a decade lobbying for membership.', 'Timor-Leste again sat in on the meetings as an observer.']) {
      expect(after(claim)?.label, claim).not.toBe('contradiction');
    }
  });
});

describe('"we" asking someone to do something', () => {
  const lead = "Alumni of Russian universities have petitioned Vietnam's government.";
  const after = claimsAfter(lead, '2025-05-01T08:00:00Z');
  it('is the group\'s demand, a claim: "We ask the ministry to open talks …", "We also ask that …"', () => {
    for (const claim of [
      'We ask the Ministry of Transport to open talks with Aeroflot on a direct route from Irkutsk to Da Nang.',
      'We also ask that Russian diplomas from Vietnamese students be recognised without delay.',
    ]) expect(after(claim)?.label, claim).toBe('new');
  });
  it('asking someone to speak, or asking a question, is the page at work', () => {
    for (const claim of ['We asked the Russian embassy in Hanoi to comment on the route, but it did not reply.', 'We asked the ministry whether Aeroflot would fly to Da Nang.']) {
      expect(after(claim), claim).toBeUndefined();
    }
  });
});

describe('a welcome likened with an intensified "like"', () => {
  const lead = 'Putin paid a state visit to Vietnam this week.';
  const after = claimsAfter(lead, '2024-06-22T08:00:00Z');
  it('likens it to the other stop\'s: "a welcome just like the one in Pyongyang" conflicts with a reception set apart', () => {
    expect(after('Hanoi gave Putin a welcome just like the one he had in Pyongyang.')).toMatchObject({ label: 'contradiction', type: 'other' });
  });
  it('a bare "like" gives examples, and likens nothing', () => {
    expect(after('Putin was welcomed in Hanoi, one of the capitals like Pyongyang that still receive him.')?.label).not.toBe('contradiction');
  });
});

describe('a chat log\'s message header', () => {
  const lead = 'Group chat export: Hanoi press pool, June 2024';
  const june = { published: '2024-06-22T08:00:00Z' };
  it('is who sent it and when, not what it says: the message retells the signing', () => {
    for (const claim of [
      '21/06/2024, 09:15 - Bich Ngoc Tran: Lam and Putin signed about a dozen cooperation agreements in Hanoi',
      '[21/06/2024 09:16] Oleg (TASS pool): Lam and Putin signed about a dozen cooperation agreements in Hanoi',
    ]) expect(findingAfter(lead, claim, june)?.label, claim).toBe('known');
  });
  it('a dated heading with a colon still dates what follows', () => {
    expect(findingAfter('Timeline of the visit', 'Friday 21 June: Putin arrives in Hanoi for a one-day state visit.', june)?.type).toBe('date');
  });
});

describe('a later office holder named in a sentence set aside for its form', () => {
  const lead = 'The Russian embassy hosted a reception for Vietnamese alumni in Moscow.';
  const after = claimsAfter(lead, '2025-01-22T08:00:00Z');
  it('still contradicts the baseline: a word to the reader, a question', () => {
    for (const claim of ['Please pass our regards to President Luong Cuong when you are next in Hanoi.', "Who is Luong Cuong, the general now serving as Vietnam's president?"]) {
      expect(after(claim), claim).toMatchObject({ label: 'contradiction', type: 'role' });
    }
  });
  it('still contradicts the baseline: a line of a list read as other stories\' headlines', () => {
    const list = ['Prime Minister Pham Minh Chinh – working lunch at the government office', 'State President Luong Cuong – courtesy call at the palace, 12 March', 'Chairman Tran Thanh Man – meeting with deputies, 13 March'];
    const text = ['The Russian delegation spent three days in Hanoi this month.', '', 'Programme', ...list].join('\n');
    const found = check(text, { published: '2025-03-20T08:00:00Z' }).findings.filter((f) => f.label === 'contradiction');
    expect(found.map((f) => [f.claim.text, f.type])).toEqual([[list[1], 'role']]);
  });
  it('names a person of the watch: a clock time\'s "pm" before a hall\'s name is no premier', () => {
    expect(after('Office hours this week: Tuesday 2–4 pm, Harmon Hall 314.')).toBeUndefined();
  });
});

describe('a denial said with the time it was denied at', () => {
  const after = claimsAfter('Putin paid a state visit to Vietnam this week.', '2024-06-22T08:00:00Z');
  it('denies the deed, not the time: "did not put out a joint statement at the close of the talks"', () => {
    for (const claim of ['Putin and his hosts did not put out a joint statement at the close of the talks.', 'Putin did not lay a wreath at the mausoleum during his June trip.']) {
      expect(after(claim), claim).toMatchObject({ label: 'contradiction', type: 'negation' });
    }
  });
});

describe('a list of the day\'s events, each a sentence with its sources after it', () => {
  it('is read as claims, not as a list of other stories\' headlines', () => {
    const items = [
      '• Russian Prime Minister Mikhail Mishustin arrives in Hanoi for a two-day official visit. (TASS)',
      '• Mishustin and Pham Minh Chinh watch officials sign a deal on a nuclear research centre. (VnExpress) (Reuters)',
    ];
    const text = ['Tuesday, 14 January 2025', '', 'Diplomacy', ...items].join('\n');
    const report = check(text, { published: '2025-01-15T08:00:00Z' });
    for (const item of items) {
      const at = text.indexOf(item);
      expect(report.findings.find((f) => f.claim.start >= at && f.claim.start < at + item.length), item).toMatchObject({ label: 'new' });
    }
  });
});

describe('paragraphs under numbers in brackets', () => {
  it('are read as the text when they hold prose, as a reading passage or a judgment numbers them; a numbered source note stays a note', () => {
    const text = [
      'Unit 7 reading: the Hanoi summit',
      '[1] Vladimir Putin spent two days in Vietnam in June 2024. His hosts took him to the Presidential Palace for talks with To Lam.',
      '[2] The two leaders then signed 20 agreements at the palace. Officials from both governments called it a good day.',
      'Notes',
      '[3] Agreements listed by the Kremlin press service, accessed 2 July 2024.',
    ].join('\n\n');
    const findings = check(text, { published: '2024-07-05T08:00:00Z' }).findings;
    expect(findings.find((f) => /20 agreements/.test(f.claim.text))).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(findings.some((f) => /Kremlin press service/.test(f.claim.text))).toBe(false);
  });
});

describe('a table set out as text', () => {
  it('reads each row under its header as a claim, while a strip of links stays furniture', () => {
    const rows = ['Rouble–dong settlement arrangement | May 2025 | talks under way', 'Roadmap for a nuclear research centre near Dalat | March 2025 | drafting'];
    const text = [
      'Home | Diplomacy | Trackers',
      '',
      'Putin and To Lam agreed a batch of documents in Hanoi in June 2024; this tracker follows what became of them.',
      '',
      'Document | Date | Stage',
      ...rows,
    ].join('\n');
    const report = check(text, { published: '2025-06-01T08:00:00Z' });
    for (const row of rows) expect(report.findings.find((f) => f.claim.text === row), row).toMatchObject({ label: 'new' });
    expect(report.findings.some((f) => /Home|Document/.test(f.claim.text))).toBe(false);
  });
});

describe('a sentence wrapped across lines', () => {
  const later = { published: '2025-05-10T08:00:00Z' };
  it('is read whole across a subtitle file\'s cues and an e-mail\'s quoted lines', () => {
    const subtitles = [
      '7',
      '00:00:21,000 --> 00:00:24,500',
      'ANCHOR: In the stands on Red Square sat',
      'General Secretary To Lam,',
      '',
      '8',
      '00:00:24,500 --> 00:00:27,900',
      'who came to Moscow for the parade.',
    ].join('\n');
    const email = ['> Lavrov told the ministers in Kuala Lumpur that', '> General Secretary To Lam would visit Moscow in May.'].join('\n');
    for (const text of [subtitles, email]) {
      const f = check(text, later).findings.find((x) => x.label === 'contradiction');
      expect(f, text).toMatchObject({ type: 'role' });
      // (the finding quotes the page as it stands, cue marks and all)
      expect(f!.claim.text, text).toBe(text.slice(f!.claim.start, f!.claim.end));
    }
  });

  it('is read whole where a subtitle cue breaks it after a colon or before a capital, within a cue or across one', () => {
    const cues = (...texts: string[][]) => texts.flatMap((lines, n) => [String(n + 1), `00:00:${10 + 4 * n},000 --> 00:00:${13 + 4 * n},500`, ...lines, '']).join('\n');
    for (const subtitles of [
      cues(['NEWSREADER: Moscow had a guest of honour:'], ['in the stands on Red Square sat General'], ['Secretary To Lam, who came for the parade.']),
      cues(['NEWSREADER: The guest of honour on Red Square was Party'], ['General Secretary To Lam, who came to Moscow for', 'the parade.']),
    ]) {
      const f = check(subtitles, later).findings.find((x) => x.label === 'contradiction');
      expect(f, subtitles).toMatchObject({ type: 'role' });
      expect(f!.claim.text, subtitles).toMatch(/^NEWSREADER[\s\S]*parade\.$/);
    }
    // (lines of a page outside the cues keep their own lines: a heading over the captions is no sentence's start)
    const page = ['Victory Day in Moscow', 'Captions (English)', '', cues(['NEWSREADER: General Secretary To Lam watched the parade from the stands.'])].join('\n');
    expect(check(page, later).findings.filter((f) => /Captions/.test(f.claim.text))).toEqual([]);
  });

  it('is read whole across a scanned column\'s words broken with a hyphen', () => {
    const column = ['On landing the Russian leader was received on the tarmac by Prime Min-', 'ister Pham Minh Chinh, according to footage aired that mor-', 'ning.'].join('\n');
    const f = check(column).findings.find((x) => x.label === 'contradiction');
    expect(f).toMatchObject({ type: 'entity' });
    expect(f!.claim.text).toBe(column);
  });

  it('is read whole across a column wrapped line by line, a line left open on "of the" or a comma going on in capitals', () => {
    const column = [
      'Moscow sent its congratulations on Tues-',
      'day to the new head of the party, after',
      'the plenum chose a successor to the',
      'late Nguyen Phu Trong. Putin wrote to',
      'General Secretary To Lam, who had re-',
      'ceived him in Hanoi in June, that ties',
      'would keep growing in every field.',
    ].join('\n');
    /** The claim of the text's `role` contradiction. */
    const roleClaim = (text: string, published: string) => {
      const f = check(text, { published }).findings.find((x) => x.label === 'contradiction');
      expect(f, text).toMatchObject({ type: 'role' });
      return f!.claim.text;
    };
    expect(roleClaim(column, '2024-08-07T08:00:00Z')).toMatch(/^Putin wrote to\nGeneral Secretary To Lam, who had re-\nceived him/);
    // (a line ending on an article goes on even as a sentence's first; a run the page cuts off
    // before a full stop is joined up to the last sentence it ends)
    const cutOff = [
      'Putin greeted General Secretary To Lam at the',
      'Kremlin on Friday. Officials of both sides said the',
      'Ninh Thuan talks would go on. Advertisement: Hanoi',
      'Riverside flats from 2 billion dong',
    ].join('\n');
    expect(roleClaim(cutOff, '2025-05-10T08:00:00Z')).toBe('Putin greeted General Secretary To Lam at the\nKremlin on Friday.');
    // (a salutation or a subheading on its own line opens nothing: the line under it is its own sentence)
    const letter = ['Dear colleagues,', 'Putin was received in Hanoi by President To Lam on 20 June.'].join('\n');
    expect(check(letter).findings.map((x) => x.claim.text)).not.toContain(letter);
  });

  it('is read whole in a book\'s page where a note\'s mark follows the full stop', () => {
    const page = ['Putin wrote to General Secretary To Lam, who had re-', 'ceived him in Hanoi in June, that ties would grow.³', '', '³ Kremlin website, 7 August 2024.'].join('\n');
    const f = check(page, { published: '2024-09-01T08:00:00Z' }).findings.find((x) => x.label === 'contradiction');
    expect(f).toMatchObject({ type: 'role' });
    expect(f!.claim.text).toMatch(/^Putin wrote to General Secretary To Lam, who had re-\nceived him in Hanoi in June, that ties would grow\./);
  });

  it('is not made of a heading and the line under it, nor of lines that never end a sentence', () => {
    const text = ['Russia and Vietnam After the Visit', 'notes from a Hanoi newsroom', '', 'ANCHOR: Putin and To Lam met in Hanoi.'].join('\n');
    expect(check(text, later).findings.some((f) => /newsroom/.test(f.claim.text))).toBe(false);
  });
});

describe('a text that still holds HTML', () => {
  it('reads its tags as a browser lays them out and its character references decoded, quoting the page as it stands', () => {
    const text = [
      '<h2>Kremlin &amp; Hanoi: what the June talks left behind</h2><p>Moscow&#8217;s envoy told reporters that &ldquo;General Secretary To Lam&rdquo; would lead the delegation to Kazan.</p>',
      '<p>Putin&rsquo;s aides said a roadmap on a nuclear research centre near Dalat was drafted in March.<br>Details were not released.</p>',
    ].join('\n');
    const report = check(text, { published: '2025-04-02T08:00:00Z' });
    const role = report.findings.find((f) => f.label === 'contradiction');
    expect(role).toMatchObject({ type: 'role' });
    expect(role!.claim.text).toBe(text.slice(role!.claim.start, role!.claim.end));
    expect(role!.claim.text).not.toMatch(/<h2>|<\/h2>/);
    expect(report.findings.find((f) => /roadmap/.test(f.claim.text))).toMatchObject({ label: 'new' });
    expect(report.findings.some((f) => /Details were not released/.test(f.claim.text) && /roadmap/.test(f.claim.text))).toBe(false);
  });

  it('reads a draft with tracked changes as it now stands: struck-out text is no longer said, inserted text is', () => {
    const published = { published: '2024-07-02T08:00:00Z' };
    for (const text of [
      'In Hanoi, Putin and To Lam oversaw the signing of [deleted: 11][inserted: 19] memorandums on energy and education.',
      'In Hanoi, Putin and To Lam oversaw the signing of {~~11~>19~~} memorandums on energy and education.',
      '<p>In Hanoi, Putin and To Lam oversaw the signing of <del>11</del> 19 memorandums on energy and education.</p>',
    ]) {
      const f = check(text, published).findings.find((x) => /memorandums/.test(x.claim.text));
      expect(f, text).toMatchObject({ label: 'contradiction', type: 'number' });
      expect(f!.claim.text, text).toBe(text.slice(f!.claim.start, f!.claim.end));
    }
    // (struck out, the figure the baseline gives is no longer the draft's)
    const restored = check('In Hanoi, Putin and To Lam oversaw the signing of {--19 --}11 memorandums on energy and education.', published).findings;
    expect(restored.find((x) => /memorandums/.test(x.claim.text))?.label).not.toBe('contradiction');
  });

  it('reads a wiki page\'s source as the page shows it: a link is the words it shows, bold marks go, an image is its caption', async () => {
    const text = [
      "'''Nguyen Van An''' is a Vietnamese diplomat who served in Moscow.",
      'In May 2025 he accompanied General Secretary [[To Lam]] and [[Ministry of Foreign Affairs (Vietnam)|Foreign Ministry]] officials to talks with Putin in Moscow.',
      '[[File:Red Square parade.jpg|thumb|Vietnamese honour guard on Red Square]]',
    ].join('\n');
    const f = check(text, { published: '2025-06-02T08:00:00Z' }).findings.find((x) => x.label === 'contradiction');
    expect(f).toMatchObject({ type: 'role' });
    expect(f!.claim.text).toMatch(/^In May 2025/);
    const { readThroughMarkup } = await import('../functions/core/engine/markup.ts');
    const read = readThroughMarkup(text);
    expect(read).toHaveLength(text.length);
    expect(read.replace(/[ ]+/g, ' ')).toBe(
      [
        ' Nguyen Van An is a Vietnamese diplomat who served in Moscow.',
        'In May 2025 he accompanied General Secretary To Lam and Foreign Ministry officials to talks with Putin in Moscow.',
        ' Vietnamese honour guard on Red Square ',
      ].join('\n'),
    );
  });

  it('a president the baseline names as another country\'s, in another spelling, holds that office, not one of the watch\'s', () => {
    const text = 'An aide to President Volodymyr Zelenskyy said Putin went to Hanoi to show he still had friends.';
    expect(check(text, { published: '2024-12-01T08:00:00Z' }).findings.map((x) => x.reason).join('\n')).not.toMatch(/Zelenskyy as president/);
  });

  it('leaves a text without markup, and angle brackets that are not HTML, as they are', async () => {
    const { readThroughMarkup } = await import('../functions/core/engine/markup.ts');
    const plain = 'Trade grew <5% in 2024, AT&T said; the quiz answer was <Hanoi>.';
    expect(readThroughMarkup(plain)).toBe(plain);
    const page = '<p>Vietnam&#8217;s <b>exports</b></p>';
    const read = readThroughMarkup(page);
    expect(read).toHaveLength(page.length);
    expect(read.replace(/\s+/g, ' ').trim()).toBe('Vietnam’s exports');
  });
});

describe('a verb the tagger reads as a noun', () => {
  it('still makes a claim of a line with no other verb: "These pledges date from …"', () => {
    const text = ['Russian President Vladimir Putin and Vietnam held talks on their comprehensive strategic partnership in Hanoi.', "These pledges date from the Russian leader's state visit to Hanoi in August 2024."].join('\n');
    const dated = check(text, { published: '2025-03-01T08:00:00Z' }).findings.find((f) => /pledges date/.test(f.claim.text));
    expect(dated).toMatchObject({ label: 'contradiction', type: 'date' });
    // (a caption with no verb at all stays a caption)
    const caption = check(['Russian President Vladimir Putin and Vietnam held talks on their comprehensive strategic partnership in Hanoi.', 'Russian flags along Hanoi streets in August 2024.'].join('\n'), { published: '2025-03-01T08:00:00Z' });
    expect(caption.findings.some((f) => /flags along/.test(f.claim.text))).toBe(false);
  });
});

describe('a rank in a tour said of the event\'s country', () => {
  it('is the baseline\'s count of stops however little else the sentence shares with it, unless someone else\'s tour is told', () => {
    const ranked = (text: string) => check(text, { published: '2024-06-22T08:00:00Z' }).findings.find((f) => /stop/.test(f.claim.text));
    expect(ranked('The Russian president ended his trip to Vietnam, the opening stop of a two-country Asian swing that also took in North Korea.')).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(ranked('Indian Prime Minister Narendra Modi ended his trip to Vietnam, the opening stop of a three-country Asian swing.')?.label).not.toBe('contradiction');
  });
});

describe('a meeting denied with "see"', () => {
  it('is a denied meeting when someone is not seen, not when something is, nor when someone is seen as something', () => {
    const said = claimsAfter(VISIT_OPENING, '2024-06-22T08:00:00Z', '\n');
    expect(said('During his stay the Kremlin chief never saw the ailing Nguyen Phu Trong, aides said.')).toMatchObject({ label: 'contradiction', type: 'negation', reason: expect.stringMatching(/no meeting with Nguyen Phu Trong/) });
    expect(said('Aides said the Kremlin chief does not see the Vietnamese party chief Nguyen Phu Trong as a rival.')?.reason ?? '').not.toMatch(/no meeting/);
    expect(said('The Kremlin chief did not see the need for a new treaty with Nguyen Phu Trong.')?.reason ?? '').not.toMatch(/no meeting/);
  });
});

describe('the members a body is left with, or opens a sentence with', () => {
  it('are all its members as it stands, against the baseline\'s count; members it meets with are some of them', () => {
    const said = claimsAfter(ASEAN_OPENING, '2025-11-21T08:00:00Z', '\n');
    expect(said("Timor-Leste's entry leaves ASEAN with 11 member countries.")).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(said('With eleven member countries, ASEAN will find consensus on Russia harder to reach, a diplomat said.')).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(said('Lavrov met ASEAN envoys in Jakarta with six member countries represented.')?.label).not.toBe('contradiction');
  });
});

describe('a speaker labelled by name alone', () => {
  it('says what follows, the name standing outside the claim; a heading of English words before a colon does not', () => {
    const said = claimsAfter(VISIT_OPENING, '2025-02-21T08:00:00Z', '\n');
    expect(said('Nguyen Thi Lan: At the airport the Russian leader was greeted by Foreign Minister Bui Thanh Son.')).toMatchObject({ label: 'contradiction', type: 'entity' });
    expect(said('Olga Sorokina: Both presidents signed 11 memorandums for cooperation in civil nuclear projects, energy and education.')).toMatchObject({ label: 'known' });
    expect(said('Main Points: At the airport the Russian leader was greeted by Foreign Minister Bui Thanh Son.')).toBeUndefined();
  });
});

describe('an age said as "N years" after a name, or as someone\'s age "when" something happened', () => {
  it('is the age the baseline gives, to agree or differ', () => {
    const said = claimsAfter(VISIT_OPENING, '2025-06-21T08:00:00Z', '\n');
    expect(said('The Russian leader was also received by party leader Nguyen Phu Trong, 83 years old, in the afternoon.')).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(said('Nguyen Phu Trong was 84 when the Russian leader came calling.')).toMatchObject({ label: 'contradiction', type: 'number' });
    expect(said('Nguyen Phu Trong was 80 when the Russian leader came calling.')?.label).not.toBe('contradiction');
  });
});

describe('"we" within a report\'s source', () => {
  it('says whose source it is, not that the page is talking: the report is read', () => {
    const said = claimsAfter(VISIT_OPENING, '2024-06-27T08:00:00Z', '\n');
    expect(said('Both sides inked 18 cooperation documents, according to a draft we have seen.')).toMatchObject({ label: 'contradiction', type: 'number' });
    // (the page at work outside the source is still the page: "we asked")
    expect(said('We asked two diplomats in Hanoi how many documents Hanoi and Moscow inked, according to their notes.')).toBeUndefined();
  });
});

describe('a visit by ships', () => {
  it('is a port call, another visit than the state visit, however many days it lasts', () => {
    const said = claimsAfter(VISIT_OPENING, '2024-06-21T08:00:00Z', '\n');
    expect(said('Two Russian frigates berthed in Da Nang on Friday for a four-day goodwill visit.')).toMatchObject({ label: 'new' });
    expect(said('The Russian leader was in Vietnam for a four-day state visit.')).toMatchObject({ label: 'contradiction', type: 'date' });
  });
});

describe('a visit by someone named who is none of the event\'s people', () => {
  it('is theirs, another visit than the state visit, however many days it lasts', () => {
    const said = claimsAfter(VISIT_OPENING, '2024-06-22T08:00:00Z', '\n');
    expect(said('Russian Deputy Culture Minister Andrei Malyshev landed in Hanoi on Tuesday for a four-day visit.')).toMatchObject({ label: 'new' });
    // (a place named with its possessive ending is no one: "Việt Nam's")
    expect(said("Vladimir Putin flew out of Việt Nam's capital after a four-day visit.")).toMatchObject({ label: 'contradiction', type: 'date' });
  });
});

describe('a year "since" which a clause of "when" follows', () => {
  it('is told of, so a place in that clause is that year\'s, not the event\'s; a holding since a year still goes on', () => {
    const said = claimsAfter(VISIT_OPENING, '2024-06-20T08:00:00Z', '\n');
    expect(said('The state visit was the Russian leader’s first to Vietnam since 2017, when he flew to Da Nang for a regional summit.')?.label).not.toBe('contradiction');
    expect(said('The Russian leader held talks with To Lam in Da Nang.')).toMatchObject({ label: 'contradiction', type: 'entity' });
  });
});

describe('a lettered section number opening a paragraph ("D.3 …")', () => {
  it('is the outline, not a figure of the claim: a restatement so numbered is still known', () => {
    const said = claimsAfter(VISIT_OPENING, '2024-07-15T08:00:00Z', '\n');
    const statement = 'Hanoi and Moscow put out a joint statement on further deepening the comprehensive strategic partnership between Vietnam and Russia.';
    expect(said(`D.3 ${statement}`)?.label).toBe(said(statement)?.label);
    expect(said(`D.3 ${statement}`)).toMatchObject({ label: 'known' });
  });
});

describe('a sentence naming a watched side only by its own body ("ASEAN")', () => {
  it("tells of the body's own business in a paragraph naming no other side; beside the other side it is the relation's news", () => {
    const logo = 'ASEAN chose a new logo for its community website last week.';
    const findingOnLogo = (paragraph: string) =>
      check(`${ASEAN_OPENING}\n\n${paragraph}`, { published: '2025-03-10T08:00:00Z' }).findings.find((f) => f.claim.text === logo);
    expect(findingOnLogo(logo)).toBeUndefined();
    expect(findingOnLogo(`The bloc’s secretariat moved its archive to a new building. ${logo}`)).toBeUndefined();
    expect(findingOnLogo(`Lavrov left on Friday. ${logo}`)).toMatchObject({ label: 'new' });
    expect(claimsAfter(ASEAN_OPENING, '2025-03-10T08:00:00Z')('ASEAN asked Moscow to open a second dialogue centre in Kazan.')).toMatchObject({ label: 'new' });
  });
});

describe('a line written in capitals (teletype wire copy, a shouted headline)', () => {
  const LATER = '2024-11-02T08:00:00Z';

  it('is read as the sentence it is: a later holder named in capitals contradicts the baseline, and the finding quotes the page as written', () => {
    const line = 'THE LAWMAKERS IN HANOI ON MONDAY CHOSE LUONG CUONG, A RETIRED ARMY GENERAL, AS STATE PRESIDENT OF VIETNAM.';
    const report = check(`${VISIT_OPENING}\n\n${line}`, { published: LATER });
    const f = report.findings.find((x) => x.claim.text === line);
    expect(f, report.findings.map((x) => `${x.label}: ${x.claim.text}`).join('\n')).toMatchObject({ label: 'contradiction', type: 'role' });
  });

  it('names in it keep their capitals, initials stay whole, and a line with no verb outside brackets, or a question set as a title, stays a heading', () => {
    const page = 'SLIDE 9 — THE BALANCE OF TRADE WITH MOSCOW\nHANOI-MOSCOW/OIL (REFILED TO ADD DETAIL)\nBACKGROUND: HOW THE TWO CAPITALS SETTLE PAYMENTS\nROSATOM AND THE ASEAN SECRETARIAT MET IN JAKARTA ON 9 MAY TO DISCUSS LNG.\nA line in ordinary case stays as it is.';
    const read = readCapitals(page, index.matcher);
    expect(read).toHaveLength(page.length);
    expect(read.split('\n')).toEqual([
      'SLIDE 9 — THE BALANCE OF TRADE WITH MOSCOW',
      'HANOI-MOSCOW/OIL (REFILED TO ADD DETAIL)',
      'BACKGROUND: HOW THE TWO CAPITALS SETTLE PAYMENTS',
      'Rosatom and the ASEAN secretariat met in Jakarta on 9 May to discuss LNG.',
      'A line in ordinary case stays as it is.',
    ]);
  });
});

describe('"our" said of countries, peoples or a tie between parties', () => {
  const written = { published: '2025-03-02T08:00:00Z' };
  it('is a party\'s voice, not the page speaking of itself: "between our two nations", "our economic relations" are claims of the speaker', () => {
    for (const claim of ['Direct flights between our two nations have doubled since the spring.', 'Our economic relations grew sharply after the oil agreements signed last spring.']) {
      expect(findingAfter(VISIT_OPENING, claim, written), claim).toMatchObject({ label: 'new' });
    }
  });

  it('while "our" of the page, with no state named, still is the page\'s own business, a tie word only qualifying its noun too ("our partnership desk")', () => {
    for (const aside of ['Our newsletter on the region goes out every Friday morning.', 'Our partnership desk answers sponsorship enquiries within two working days.']) {
      expect(findingAfter(VISIT_OPENING, aside, written), aside).toBeUndefined();
    }
  });
});

describe('an anniversary with the year of its clause', () => {
  const written = { published: '2025-04-10T08:00:00Z' };
  const contradictionIn = (text: string) => check(text, written).findings.find((f) => f.label === 'contradiction');
  it('dates the anniversary by the year the sentence opens with: the 75th of diplomatic ties put in 2024 is another year', () => {
    expect(contradictionIn('In 2024 Russia and Vietnam marked the 75th anniversary of diplomatic relations with concerts in both capitals.')).toMatchObject({ type: 'date' });
  });

  it('counts the years from the thing\'s beginning: another count in the year the baseline has the 75th is a wrong number', () => {
    expect(contradictionIn('This year Russia and Vietnam are marking the 72nd anniversary of diplomatic relations with a film week.')).toMatchObject({ type: 'number' });
  });

  it('counts the years from the thing\'s beginning: a 69th in 2019 agrees, another country\'s 50th is another pair\'s', () => {
    expect(contradictionIn('In 2019 Russia and Vietnam marked the 69th anniversary of diplomatic relations with concerts in both capitals.')).toBeUndefined();
    expect(contradictionIn('In 2023 the UK and Vietnam marked the 50th anniversary of diplomatic relations with concerts in both capitals.')).toBeUndefined();
  });

  it('but not by a year after the verb, which is of another thing: "coincided with the 1994 treaty\'s 30th and came before the 75th"', () => {
    const text = 'The visit coincided with the 30th anniversary of the 1994 Treaty on Principles of Friendly Relations and came a year before the 75th anniversary of diplomatic relations.';
    expect(check(text, { published: '2024-11-20T08:00:00Z' }).findings.filter((f) => f.label === 'contradiction')).toEqual([]);
  });
});

describe('a line under a clock time and a month', () => {
  const lead = 'Putin paid a state visit to Vietnam in June 2024.';
  const written = { published: '2025-03-02T08:00:00Z' };
  it('is a sentence when the clock time stamps it, as a transcript or a live page does, and is read', () => {
    for (const line of ['[14:02:11] ANCHOR: General Secretary To Lam is due to fly to Moscow in May for the parade.', '16:45  General Secretary To Lam is due to fly to Moscow in May for the parade.']) {
      expect(findingAfter(lead, line, written), line).toMatchObject({ label: 'contradiction', type: 'role' });
    }
  });
  it('but a strip of dates and times is the page\'s, read for nothing', () => {
    expect(findingAfter(lead, 'March 1, 2025 06:10 PM ICT Updated on: Mar 2, 2025 09:00 AM ICT', written)).toBeUndefined();
  });
});

describe('an anniversary with no "of" after it', () => {
  const written = { published: '2025-02-10T08:00:00Z' };
  const contradictionIn = (text: string) => check(text, written).findings.find((f) => f.label === 'contradiction');
  it('is of its owner named before it, a "whose" phrase\'s or the subject "its" stands for: another count of the treaty\'s years is a wrong number', () => {
    for (const text of [
      'The friendship treaty of 1994, whose 28th anniversary fell during Putin\'s stay in Hanoi, still anchors the relationship.',
      'The Russian–Vietnamese friendship treaty quietly reached its 28th anniversary during the state visit.',
    ]) expect(contradictionIn(text), text).toMatchObject({ type: 'number' });
  });
  it('a thing said to turn so many is that old: the friendship treaty "turned 28" at the visit is a wrong number; a person turning 80 counts no anniversary', () => {
    expect(contradictionIn('Signed in 1994, the friendship treaty turned 28 while Putin was in Hanoi.')).toMatchObject({ type: 'number' });
    expect(contradictionIn('The Russian–Vietnamese friendship treaty, which turned 28 during the state visit, still anchors their ties.')).toMatchObject({ type: 'number' });
    expect(check('Pham Minh Chinh turned 66 in December, aides in Hanoi said.', written).findings.every((f) => !/anniversary/.test(f.reason))).toBe(true);
  });
  it('and the same count of the treaty\'s years agrees', () => {
    expect(contradictionIn('The friendship treaty of 1994, whose 30th anniversary fell during Putin\'s stay in Hanoi, still anchors the relationship.')).toBeUndefined();
  });
});
