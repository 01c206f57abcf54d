// The claim engine: reads an article as an analyst would and labels each on-topic claim
// `new`, `known` or `contradiction` against the baseline corpus. Pure code: text in, report out.
import type { WatchProfile } from '../profile.ts';
import type { ArticleInput, Baseline, BaselineDocMeta, Evidence, Finding, Label, Report } from '../types.ts';
import { changesAFact, compareClaim, headedElsewhere, misdatesTheEvent, ofAnotherVisit, officesOf, outsideOfficeConflict, passingRoleConflict, prepareFacts, wordFamilies, type ClaimContext, type Comparison } from './compare.ts';
import { entityMatcher, type EntityMatcher, type EntityMention } from './entities.ts';
import { accordingTo, namesASpeaker, sentenceFeatures, tokenKey, type Features } from './features.ts';
import { captionRead, HEADLINE_MOST_WORDS, isForeign, isFurniture, isFurnitureLine, labelOf, outsideBody, withdrawnByCorrection, withoutCredit, withoutSourcesAfter, withoutSpeaker } from './furniture.ts';
import { LEAVING_OFFICE, MONTHS, OBJECT_PRONOUN, RELATION_NOUNS, REPORTING_VERBS, TAKING_OFFICE, TAKING_PLACE_VERBS, TIME_SPANS } from './lexicon.ts';
import { inPastForm, lastNameOf, readSentences, stemOf, type Sentence, type Token } from './nlp.ts';
import { baseForms, isKindOf, relationsOf } from './wordnet.ts';
import { anniversaryYear, extractTimeAnchors, isWordOfSaying, yearOfMonth, type Quantity } from './slots.ts';
import type { Affiliation } from './affiliations.ts';
import { prepareDense } from './top-matches.ts';
import { daySinceEpoch, hoursSinceEpoch, type TimeOfDay } from './time-of-day.ts';
import { namesCompletingDoer, SIGNING, titledNames, type Agent } from './participants.ts';
import { joinWrappedLines } from './wrapped-lines.ts';
import { readCapitals } from './capitals.ts';
import { readThroughMarkup } from './markup.ts';

/** A baseline sentence keeps what comparison reads, not its tokens (a large baseline has millions). */
export interface BaselineSentence extends Omit<Features, 'tokens'> {
  doc: string;
  /** Position in the index's sentence list. */
  index: number;
  /** Names of the sentence before, which this one points back to with "such a …". */
  echoes?: ReadonlySet<string>;
  /** Keys said only of a place outside the watch, in its "where" clause, and that place's id. */
  elsewhere?: { place: string; keys: ReadonlySet<string> };
}

export interface BaselineIndex {
  profile: WatchProfile;
  matcher: EntityMatcher;
  docs: BaselineDocMeta[];
  sentences: BaselineSentence[];
  /** Inverted index: key → sentence positions. */
  postings: Map<string, number[]>;
  /**
   * Each key's number, and each sentence's key numbers, ascending, in one array (a sentence's from
   * offsets[i] to offsets[i + 1]): what coverage reads of a candidate, kept in one place so that
   * reading 60 candidates out of 100 000 does not miss the cache at every key.
   */
  keyIds: Map<string, number>;
  sentenceKeys: { offsets: Int32Array; ids: Int32Array };
  /** Inverse document frequency of each key over baseline sentences. */
  idf: Map<string, number>;
  /** The baseline's plain words by their first five letters, to find a word's relatives. */
  families: Map<string, string[]>;
  /** A word's stem → the baseline's words WordNet files under it ("agreement" → "treaty"). */
  hyponyms: Map<string, string[]>;
  /** Weight of a key no baseline sentence has: the rarest there is. */
  unseenIdf: number;
  /** Office holders the baseline states: "office|country" → holders with their sentences. */
  roles: Map<string, Array<{ person: string; sentence: number }>>;
  /** Memberships the baseline states: "state|body" → standings with their sentences. */
  statuses: Map<string, Array<{ status: string; sentence: number }>>;
  /** Where the baseline says people work, each with its sentence. */
  affiliations: Array<{ affiliation: Affiliation; sentence: number }>;
  /** How many people the baseline says a country has, by country id. */
  populations: Map<string, Array<{ quantity: Quantity; sentence: number }>>;
  /**
   * Counts the baseline states, by each key of what they count: each distinct figure once (with
   * the first sentences stating it), at most MAX_COUNT_FIGURES figures a key.
   */
  counts: Map<string, Array<{ quantity: Quantity; sentence: number }>>;
  /** Each office's countries with a holder in the baseline ("president" → vietnam, russia…). */
  officeCountries: Map<string, string[]>;
  /** Office keys ("office|country") by the last word of a holder's name, to find a predecessor's offices. */
  officesByName: Map<string, string[]>;
  /**
   * What the baseline calls people, by name: the offices it has them hold and the titles before
   * their names ("a top party diplomat Le Hoai Trung"), with the sentences saying so.
   */
  personTitles: Map<string, { titles: Set<string>; sentences: number[] }>;
  /**
   * Words naming the baseline's own event: the words (not names) at least two of its documents'
   * titles share ("visit" in "… during Putin's state visit" and "… As Putin Visits").
   */
  eventWords: Set<string>;
  /** The baseline's own time: its documents' publication dates, a week either side. */
  period: { from: Date; to: Date };
  /** The baseline's trends by topic class ("arms … orders have dropped off": =weapon, down), with their sentences. */
  trends: Map<string, Array<{ direction: 'up' | 'down'; sentence: number }>>;
  /** The days the baseline dates its event to, by month ("Putin's June 19-20 visit": June → 19, 20), with the sentences that date it. */
  eventDays: Map<number, { days: Set<number>; sentences: number[] }>;
  /** The cities the baseline's event took place in ("hanoi"), with the sentences naming the event there. */
  eventPlaces: Map<string, number[]>;
  /** When the baseline says someone arrived, at a time of day: hours since the epoch where it tells the day. */
  arrivals: Array<{ time: TimeOfDay; at?: [number, number]; sentence: number }>;
  /** Papers the baseline says someone's piece ran in ("an op-ed in … Nhan Dan"), with their sentences. */
  venues: Array<{ venue: string; sentence: number }>;
  /** Days the baseline gives talks or meetings (days since the epoch), with their sentences. */
  talks: Array<{ day: number; sentence: number }>;
  /** The hours the baseline gives talks, with the people they were with ("talks … today afternoon (June 20)"). */
  talkTimes: Array<{ time: TimeOfDay; at?: [number, number]; people: string[]; sentence: number }>;
  /** People's ages the baseline gives ("Aged 80, he …"), with the year of the document saying so. */
  ages: Array<{ person: string; years: number; year: number; sentence: number }>;
  /** Days the baseline gives pieces of writing coming out ("an article published Wednesday"), with their sentences. */
  pieces: Array<{ day: number; sentence: number }>;
  /** Places the baseline puts in order ("the second stop, after North Korea"), with their sentences. */
  sequences: Array<{ before: string; after: string; sentence: number }>;
  /** Anniversaries the baseline dates ("the 60th anniversary of the pact next year", said in 2030: 2031), by what they are of. */
  anniversaries: Array<{ ordinal: number; year: number; about: string[]; /** The words after it, for people to read: "of diplomatic ties next year". */ of: string; sentence: number }>;
  /** Who the baseline says signed documents ("Lam and Putin signed … agreements"), with their sentences. */
  signings: Array<{ signers: Agent; sentence: number }>;
  /** The kind of event the baseline tells of, among the profile's `eventKinds` ("state visit"), with a few of its sentences. */
  eventKind?: { kind: string; sentences: number[] };
  /** What the event's documents and pledges covered ("memorandums in education and nuclear energy"), by key, with a few sentences each. */
  covered: Map<string, { word: string; sentences: number[] }>;
  /** What the event's speakers spoke of ("Lam indicated a desire to boost defence cooperation"), by key, with a few sentences each. */
  spoken: Map<string, number[]>;
  /** The words of the commitments that covered them ("memorandums for cooperation"): the deal, not a thing it was on. */
  commitmentWords: Set<string>;
  /** The people the baseline's talks and meetings of the event name, by person id. */
  metWith: Set<string>;
  /** Of those, the people the visitor met (all but the one named most), with a few sentences each. */
  hosts: Map<string, number[]>;
}

/**
 * The most of an article the engine reads: 200 000 characters, some 30 000 words — four times the
 * longest news article. A longer text (a hostile page, a whole site's text) is read up to there
 * and the report says where it was cut, so one page cannot hold the analyzer for minutes.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** A story's teaser: a line cut short with an ellipsis ("… came after 15 years of leading…"). */
const isTeaser = (line: string | undefined) => /(…|\.\.\.)\s*$/.test(line?.trim() ?? '');

/** A headline: a short line that is no sentence, nor one cut short. */
const isHeadline = (line: string | undefined) => {
  // (a sentence's sources after its full stop do not make it a headline: "… in Hanoi. (Reuters) (TASS)")
  const trimmed = withoutSourcesAfter(line ?? '');
  const words = trimmed.split(/\s+/);
  // not a date or time line ("October 24, 2024 - 22:20"), nor a line broken mid-word ("co-")
  const dated = words.filter((w) => /\d/.test(w)).length >= 2;
  // (a sentence closing inside single quotes ends as one: "Claim: 'Putin signed 20 agreements.'")
  return words.length >= 4 && words.length <= HEADLINE_MOST_WORDS && !dated && !/([.!?"”:;-]|[.!?]['’])$/.test(trimmed) && !isTeaser(trimmed) && !isFurnitureLine(trimmed);
};

/**
 * A list of other stories: a headline with another headline on the line just before or after
 * it ("Kremlin comments on upcoming summit" / "Lavrov: Russia ready to talk"), or teasers cut
 * short on lines one after another. An article's own headline stands alone, with its byline or
 * its first paragraph around it; an article cut short ends once.
 */
function inStoryList(lines: string[], line: number, buttons: ReadonlySet<string>): boolean {
  if (isTeaser(lines[line]) && (isTeaser(lines[line - 1]) || isTeaser(lines[line + 1]))) return true;
  if (!isHeadline(lines[line])) return false;
  // the nearest lines with text, above and below (list items often stand a blank line apart); a
  // button's words repeated down the page ("Tap to read more" under each alert) are no headline
  const nearest = (step: number) => {
    let at = line + step;
    while (at >= 0 && at < lines.length && !lines[at].trim()) at += step;
    return buttons.has(lines[at]?.trim() ?? '') ? undefined : lines[at];
  };
  // (a line amid a fact box, labelled lines one after another, is a fact: "State President: Luong Cuong
  // (since October 2024)" between "Head of the Communist Party: …" and "Prime Minister: …")
  const labelled = (at: number) => LABELLED.test(lines[at] ?? '') && !isFurniture(lines[at]);
  if (labelled(line - 1) && labelled(line) && labelled(line + 1)) return false;
  return isHeadline(nearest(-1)) || isHeadline(nearest(1));
}
/** Times a short line must recur on a page to be a button's or a link's words, not a headline. */
const BUTTON_REPEATS = 3;

/** Short lines the page repeats word for word at least BUTTON_REPEATS times: "Tap to read more", "Share". */
function repeatedLines(lines: string[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = line.trim();
    if (key && key.length <= 40) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= BUTTON_REPEATS).map(([key]) => key));
}

/** A line of a label, a colon and its value: "Prime Minister: Pham Minh Chinh". */
const LABELLED = /^\s*[^:.!?]{3,40}:\s+\S/;

/** A sentence this long that begins an earlier one is a cut copy of it. */
const CUT_REPEAT_OPENING = 20;

/**
 * Sentences that carry a claim: not furniture, long enough, with a verb or many words. With the
 * profile's names, a first-person sentence naming a watched party is a writer's claim for their
 * country, not the page speaking of itself ("Moscow still supplies the weapons our army uses").
 */
export function claimSentences(text: string, matcher?: Pick<EntityMatcher, 'find'>, byForm?: Sentence[]): Sentence[] {
  const lines = text.split('\n');
  const seen = new Set<string>();
  // sentences by their opening: a page that repeats a paragraph often cuts the copy short
  const openings = new Map<string, string[]>();
  const repeatsCut = (key: string) =>
    key.length >= CUT_REPEAT_OPENING && !!openings.get(key.slice(0, CUT_REPEAT_OPENING))?.some((earlier) => earlier.startsWith(key));
  const cuts = outsideBody(text);
  const authors = bylineNames(lines);
  // what a line is, decided once per line: a page with one huge line has thousands of sentences on it
  const furnitureLines = new Map<number, 'furniture' | 'story list' | undefined>();
  const buttons = repeatedLines(lines);
  const furnitureOf = (line: number) => {
    if (!furnitureLines.has(line)) furnitureLines.set(line, isFurnitureLine(captionRead(lines[line] ?? '')) ? 'furniture' : inStoryList(lines, line, buttons) ? 'story list' : undefined);
    return furnitureLines.get(line);
  };
  let cut = 0; // (the cuts and the sentences both in text order: one pass over each)
  const rows = tableRows(lines);
  const withdrawn = withdrawnByCorrection(text);
  return readSentences(text).filter((s) => {
    while (cut < cuts.length && cuts[cut].to <= s.start) cut++;
    const words = s.tokens.filter((t) => t.isWord).length;
    if (s.start >= (cuts[cut]?.from ?? Infinity)) return false;
    // (a table's row claims what its cells say, short and verbless as it is: "Rouble settlement | May 2025 | in talks")
    if (rows.has(s.line) && words >= 3) return true;
    if (words < 4) return false;
    const furniture = furnitureOf(s.line);
    if (furniture === 'furniture' || isFurniture(s.text) || isForeign(s.text) || withdrawn(s.text)) return false;
    // (a sentence set aside below for its form alone, a caption, a question, a heading, a list's
    // line, a word to the reader, is kept in `byForm`: it may still name who holds an office, "a
    // call on President X", "General Secretary To Lam – talks at party headquarters")
    const setAside = () => {
      byForm?.push(s);
      return false;
    };
    if (furniture === 'story list') return setAside();
    // a sentence ending in a colon opens what follows, a list or a quote, and says nothing itself
    if (/:\s*$/.test(s.text)) return setAside();
    // a sentence opening with the byline's name is the author's note: "Alistair Penrose is a former diplomat …"
    if (authors.some((name) => s.text.startsWith(`${name} `))) return false;
    const key = s.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key) || repeatsCut(key)) return false; // a repeated paragraph says nothing new
    seen.add(key);
    const opening = key.slice(0, CUT_REPEAT_OPENING);
    const same = openings.get(opening) ?? [];
    if (same.length < 20) openings.set(opening, [...same, key]); // bounded: a hostile page repeats one opening thousands of times
    // (in an interview's answer, "we" and "our" are the speaker's, not the page's: "A: Our companies …")
    const namesWatched = () => !!matcher?.find(s.text).some((e) => e.group);
    if ((!ANSWER_LINE.test(lines[s.line] ?? '') && addressesReader(s, namesWatched)) || isCaption(s, lines[s.line] ?? s.text) || isQuestion(s)) return setAside();
    if (isMakingOf(s, matcher)) return false;
    const hasVerb = hasAVerb(s.tokens);
    // a name or heading with no verb, every word of it capitalised but the small ones ("Ministry of
    // Foreign Affairs of the Russian Federation") claims nothing
    if (!hasVerb && isTitleCase(s)) return setAside();
    return words >= 8 || hasVerb || isFactBoxLine(s, lines[s.line] ?? '');
  });
}

/**
 * A data file's cell separator: a tab, or a comma with no space after it ("office,holder,since"),
 * not one inside a figure ("2,400").
 */
const DATA_SEPARATOR = /\t|(?<!\d),(?=\S)|(?<=\d),(?=[^\s\d])/;

/** How many cells a line of a table set out as text holds: split by " | ", or as a data file's row of three or more. */
function cellsOf(line: string): number {
  if (/\S\s+\|\s+\S/.test(line)) return line.split(/\s+\|\s+/).length;
  const cells = line.split(DATA_SEPARATOR).length;
  return cells >= 3 ? cells : 0;
}

/**
 * The rows of a table set out as text, its cells split by " | " (or a data file's tabs or commas):
 * three or more lines in a row with as many cells, less the first, the header. A strip of links is
 * one line, or two at most.
 */
function tableRows(lines: readonly string[]): Set<number> {
  const cells = lines.map(cellsOf);
  const rows = new Set<number>();
  for (let i = 2; i < lines.length; i++) {
    if (cells[i] > 1 && cells[i] === cells[i - 1] && cells[i] === cells[i - 2]) rows.add(i).add(i - 1);
  }
  return rows;
}

/**
 * A fact box's line, "State president: Luong Cuong (since October 2024)": a short label, a colon
 * and the value. It claims something only when the value names who holds the label's office
 * (`aboutTheTopic` keeps only those).
 */
const isFactBoxLine = (s: Sentence, lineText: string) => lineText.trim() === s.text.trim() && /^[^:.!?]{3,40}:\s+\S/.test(s.text);
/** A fact box line, claiming no more than who holds an office, has no verb and few words. */
const isShortFactLine = (c: Features) => c.tokens.filter((t) => t.isWord).length < 8 && !c.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');

/** A line of an interview's answer: "A: …" (a host's named lines, "PRESENTER: … our correspondent", are the programme's). */
const ANSWER_LINE = /^\s*A:\s/;

/** The names a page's bylines give ("By Alistair Penrose | 25 June 2024", "By Vu Anh and Le Minh"). */
function bylineNames(lines: string[]): string[] {
  const names: string[] = [];
  for (const line of lines.slice(0, BYLINE_LINES)) {
    const byline = BYLINE.exec(line);
    if (byline) names.push(...byline[1].split(/\s+and\s+/));
  }
  return names;
}
const BYLINE = /^\s*(?:By|BY)\s+(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}(?: and \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3})?)\s*(?:[|,·—–-]|$)/u;
/** Bylines stand at the head of a page. */
const BYLINE_LINES = 12;

/** The words with letters in them (not figures, not marks). */
const letterWords = (tokens: Token[]) => tokens.filter((t) => t.isWord && /\p{L}/u.test(t.text));

/** Most of a sentence's words begin in lower case: a capital in it marks a name, not a heading's style. */
function sentenceCase(tokens: Token[]): boolean {
  const words = letterWords(tokens);
  return words.filter((t) => /^\p{Lu}/u.test(t.text)).length * 2 < words.length;
}

/** Every word capitalised but the short function words: a name or a heading. */
function isTitleCase(s: Sentence): boolean {
  const words = letterWords(s.tokens);
  return words.length >= 3 && words.every((t) => /^\p{Lu}/u.test(t.text) || (t.isStop && t.text.length <= 4));
}

/** "Our correspondent", "our first speaker": "our" before a noun of saying or a communicator (WordNet), past adjectives and names. */
function ourSayer(tokens: Token[], i: number): boolean {
  const noun = tokens[sayerNounAt(tokens, i)];
  return tokens[i].lower === 'our' && noun?.pos === 'NOUN' && (isWordOfSaying(noun.lemma) || relationsOf(noun.lemma).hypernyms.includes('communicator'));
}
/** The noun after "our" at `i`, past adjectives and names: "our Hanoi correspondent". */
const sayerNounAt = (tokens: Token[], i: number) => {
  let k = i + 1;
  while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'PROPN') k++;
  return k;
};

/**
 * The page's own person reporting a claim: "our correspondent notes that Hanoi voted …", "…, our
 * guest says." "Our" and a noun of a person (WordNet) are the subject of a verb of saying (past a
 * name or an aside between commas: "our guest, trade economist Quynh Anh Dang, says …"; a verb
 * the tagger took for a noun, "points out", is one by its base form), and the sentence has a verb
 * of its own besides: "Our Hanoi correspondent reports." or "… reports from Hanoi" only credits the piece.
 */
function ourPersonReports(tokens: Token[], i: number): boolean {
  const at = sayerNounAt(tokens, i);
  const person = tokens[at];
  if (tokens[i].lower !== 'our' || person?.pos !== 'NOUN' || relationsOf(person.lemma).nounClass !== 'person') return false;
  let k = at + 1;
  while (tokens[k]?.pos === 'PROPN') k++;
  if (tokens[k]?.text === ',') {
    const close = tokens.findIndex((t, j) => j > k && j <= k + APPOSITION_REACH && t.text === ',');
    if (close > 0) k = close + 1;
  }
  if (tokens[k]?.pos === 'ADV') k++;
  const saying = tokens[k];
  // (not a word followed by a verb, which it is the subject of: "our preferred consumer names remain …")
  if (!/^(VERB|NOUN)$/.test(saying?.pos ?? '') || /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') || !baseForms(saying.lower).some((w) => relationsOf(w).verbClass === 'communication')) return false;
  return tokens.some((t, j) => (t.pos === 'VERB' || t.pos === 'AUX') && (j < i || j > k));
}
/** Words an aside naming the sayer runs to: ", trade economist Quynh Anh Dang,". */
const APPOSITION_REACH = 8;

/**
 * How the piece was made, by whom or from what: "Compiled by the Asia desk from wire reports.",
 * "(Translated from Russian)", "Posted by admin". A participle opens it and no other verb follows
 * ("Welcomed by crowds in Pyongyang, Putin flew on to Hanoi" tells of the news).
 */
function isMakingOf(s: Sentence, matcher?: Pick<EntityMatcher, 'find'>): boolean {
  const words = s.tokens.filter((t) => t.isWord);
  const [first, second] = words;
  if (first && /^\p{Lu}\p{Ll}+ed$/u.test(first.text) && /^(by|from)$/.test(second?.lower ?? '')) return !words.slice(2).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return isCreditOf(s, words, matcher);
}

/** Verbs (lemmas) of making or paying for a piece: "produced by", "brought to you by", "funded by". */
const MAKING = new Set(['produce', 'prepare', 'compile', 'write', 'edit', 'translate', 'narrate', 'sponsor', 'fund', 'support', 'underwrite', 'bring', 'make']);

/**
 * The piece, or the publication by its name, said to be made or paid for by someone (`words`: the
 * sentence's words, as its caller read them): "This
 * summary was prepared by the Centre's assistants", "The Asia Brief is produced by Lantern
 * Audio", "This episode is brought to you by …". The subject is the piece ("this", "our") or a
 * name of capitalised words that names no watched party; "The plan is supported by Moscow" is news.
 */
function isCreditOf(s: Sentence, words: Token[], matcher?: Pick<EntityMatcher, 'find'>): boolean {
  const aux = words.findIndex((t) => /^(is|was|are|were|has|have)$/.test(t.lower));
  if (aux < 1) return false;
  const participle = words[aux + 1]?.lower === 'been' ? aux + 2 : aux + 1;
  const verb = words[participle];
  if (!verb || !MAKING.has(verb.lemma) || !/ed$|en$|ght$|de$/.test(verb.lower) || !/^(by|for|from|with|to|possible)$/.test(words[participle + 1]?.lower ?? '')) return false;
  const subject = words.slice(0, aux);
  const piece = /^(this|these|our)$/.test(subject[0].lower);
  const title = subject.every((t, k) => /^\p{Lu}/u.test(t.text) || (k === 0 && t.lower === 'the') || /^(of|and|&)$/.test(t.lower));
  if (!piece && !(title && subject.some((t) => /^\p{Lu}/u.test(t.text)))) return false;
  const subjectEnd = words[aux].start - s.start;
  return !matcher?.find(s.text).some((e) => e.group && e.start < subjectEnd);
}

/** A transcript line's time mark and speaker label: "[16:05] HOST: ", "[00:01:02] BEN: ". */
const SPOKEN_LINE_OPENING = /^\[\d{1,2}:\d{2}(:\d{2})?\]\s*(\p{Lu}[\p{Lu} .'’-]*:\s+)?/u;

/** The clause after token i, up to a comma, has a verb: "Remember that Lam hosted …", not "Read that way, …". */
function clauseHasVerb(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && tokens[k].text !== ','; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
  return false;
}

/**
 * A sentence spoken to the reader — a call to action ("Try our AI summary", "Listen to this
 * article") or an appeal ("If you value our reporting, please …") — is the page talking, not
 * the news. Reporting is in the third person and never opens with a bare imperative verb, nor
 * with one in the negative ("Do not call …", "Never write …").
 */
function addressesReader(s: Sentence, namesWatched: () => boolean): boolean {
  // (a transcript's time and speaker come before what is said: "[16:05] HOST: Let's talk money.")
  const said = s.start + (SPOKEN_LINE_OPENING.exec(s.text)?.[0].length ?? 0);
  const words = s.tokens.filter((t) => t.isWord && t.start >= said);
  const bareVerb = (t: Token | undefined) => isBaseVerb(t) && !/(ing|ed)$/.test(t.lower);
  const first = words[0];
  // (not a writer's lead-in to a statement after a colon: "Start with arms: Russia supplied …")
  const colon = s.tokens.findIndex((t) => t.text === ':' && t.start >= said);
  const statesAfterColon = colon > 0 && s.tokens.slice(colon + 1).filter((t) => t.isWord).length >= 6 && s.tokens.slice(colon + 1).some((t) => t.pos === 'VERB');
  // (a call to remember a fact states it: "Remember that Lam hosted Putin in June", "Recall that …")
  const recallsFact = () => relationsOf(first.lemma).verbClass === 'cognition' && words[1]?.lower === 'that' && clauseHasVerb(s.tokens, s.tokens.indexOf(words[1]));
  if ((bareVerb(first) || negatedCommand(words)) && /^\p{Lu}/u.test(first.text) && first.start === said && !statesAfterColon && !recallsFact()) return true;
  // "Support independent journalism — become a member from $5 a month": an imperative after a dash,
  // or after a colon that closes a verbless lead-in ("Support independent reporting: become a member
  // today"; not a policy stated in the imperative, "Hanoi calls it bamboo diplomacy: keep an equal distance …")
  const verblessUpTo = (i: number) => !s.tokens.slice(0, i).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')));
  if (s.tokens.some((t, i) => (/^[—–]$/.test(t.text) || (t.text === ':' && verblessUpTo(i))) && bareVerb(s.tokens[i + 1]) && s.tokens[i + 2]?.pos === 'DET')) return true;
  // "Support independent fact-checking: donate today": one closing the sentence after a colon
  if (s.tokens.some((t, i) => t.text === ':' && bareVerb(s.tokens[i + 1]) && s.tokens.slice(i + 2).every((n) => n.pos === 'ADV' || n.pos === 'PUNCT'))) return true;
  const quoted = (t: Token) => {
    const before = s.text.slice(0, t.start - s.start);
    return ((before.match(/["“”]/g)?.length ?? 0) % 2) === 1;
  };
  // the reader addressed, or the publisher speaking of itself ("Cookies help us deliver our services");
  // a writer's "by our reading", "in our view" only says whose judgement a report is
  // (not a credit, "translated from Russian by our desk": "by" after a participle; "worked in our
  // favour" is a writer's own interest, no credit)
  const credit = (i: number) => s.tokens[i - 1]?.lower === 'by' && s.tokens.slice(Math.max(0, i - 5), i - 1).some((t) => t.pos === 'VERB' && /ed$/.test(t.lower));
  const attributes = (i: number) => s.tokens[i].lower === 'our' && /^(by|in|to)$/.test(s.tokens[i - 1]?.lower ?? '') && !credit(i);
  // (nor "us" told something by a source, "a protocol official told us": the writer's report of what was said)
  const toldUs = (i: number) => s.tokens[i].lower === 'us' && i > 1 && s.tokens[i - 1].pos === 'VERB' && relationsOf(s.tokens[i - 1].lemma).verbClass === 'communication';
  // (nor "we" within a report's source, "according to the list we have seen": whose source it is, not the page at work)
  // (found only once a "we" is met: most sentences have none, and this runs for every sentence of a page)
  let source: Set<number> | undefined;
  // (nor "our" of the page's person reporting a claim, "our correspondent notes that …": the claim is the news)
  // (nor the reader a comment on what the sentence reports is told to, "…, which tells you how little was agreed")
  const toldYou = (i: number) => s.tokens[i].lower === 'you' && s.tokens[i - 2]?.lower === 'which' && s.tokens[i - 3]?.text === ',' && TELLING.has(relationsOf(s.tokens[i - 1].lemma).verbClass ?? '');
  const page = (t: Token, i: number) => (/^(you|your|please)$/.test(t.lower) && !toldYou(i)) || (/^(we|our|us)$/.test(t.lower) && t.text !== 'US' && !attributes(i) && !toldUs(i) && !(source ??= accordingTo(s.tokens)).has(i) && !ourPersonReports(s.tokens, i));
  const speaking = s.tokens.flatMap((t, i) => (t.isWord && page(t, i) && !quoted(t) ? [i] : []));
  // ("our" or "us" in a sentence naming a watched party is the writer's country: "Russia stood by
  // us", "the weapons our army uses", and "we" a firm's or a ministry's, "we opened an office in
  // Hanoi"; "we" asking or moving on is the page at work, "We asked X", as are its people of
  // saying and its credits: "our correspondent", "translated by our desk")
  const pageAtWork = (i: number) => (s.tokens[i].lower === 'we' ? !weClaim(s.tokens, i) : !/^(our|us)$/.test(s.tokens[i].lower) || credit(i) || ourSayer(s.tokens, i));
  // (nor is "our" said of countries or peoples, "between our two countries", "our peoples", or of
  // a tie between parties, "our bilateral trade", "our relations": a party's voice, as a name of a
  // watched party would be)
  return speaking.length > 0 && (speaking.some(pageAtWork) || !(namesWatched() || speaksForParties(s.tokens)));
}

/** Kinds of verb (WordNet) that tell or show: "tells you", "shows you". */
const TELLING = new Set(['communication', 'perception', 'cognition']);

/** The nouns of a state or its people, by WordNet: "country" and its synonyms ("nation", "state"), "people". */
const STATE_NOUNS = new Set(['country', 'people', ...relationsOf('country').synonyms]);
/**
 * Nouns of a tie between parties, the relation nouns and more, and with WordNet their kinds
 * ("friendship", "collaboration", "trade"): whoever says "our" of one is one of its parties.
 */
const TIE_NOUNS = new Set([...RELATION_NOUNS, 'relationship', 'cooperation', 'partnership', 'commerce', 'treaty']);

/**
 * "our" said of countries or peoples, past a count ("our two countries", "our respective
 * nations", "our peoples"), or of a tie between parties, the last noun of its phrase ("our
 * comprehensive strategic partnership", "our economic ties"; not "our relationship managers").
 */
function speaksForParties(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lower !== 'our') return false;
    const noun = /^(two|both|respective)$/.test(tokens[i + 1]?.lower ?? '') ? tokens[i + 2] : tokens[i + 1];
    if (noun && STATE_NOUNS.has(noun.lemma)) return true;
    let head = i + 1;
    while (/^(ADJ|NOUN|PROPN)$/.test(tokens[head + 1]?.pos ?? '') && /^(ADJ|NOUN|PROPN)$/.test(tokens[head].pos)) head++;
    return /^(NOUN|PROPN)$/.test(tokens[head]?.pos ?? '') && isKindOf(tokens[head].lemma.toLowerCase(), TIE_NOUNS);
  });
}

/** A verb in its base form, its lemma as written: "call", "write". */
const isBaseVerb = (t: Token | undefined): t is Token => !!t && t.pos === 'VERB' && t.lemma === t.lower;

/** A command in the negative: "Do not call Trong 'president'", "Don't use …", "Never write …". */
function negatedCommand(words: Token[]): boolean {
  const [first, second, third] = words;
  if (first?.lower === 'never') return isBaseVerb(second);
  return first?.lower === 'do' && /^(not|n't)$/.test(second?.lower ?? '') && isBaseVerb(third);
}

/**
 * "We" telling what it thinks, sees, has or does ("we expect no change in Hanoi's line", "we
 * opened an office in Ho Chi Minh City") is a firm's, a ministry's or an analyst's claim; "we"
 * asking, speaking or moving on ("we asked an analyst", "we'll come back to Vietnam") is the page
 * at work. WordNet's class of the first verb after it tells which.
 */
function weClaim(tokens: Token[], at: number): boolean {
  const v = tokens.findIndex((t, i) => i > at && t.pos === 'VERB');
  const kind = v >= 0 ? relationsOf(tokens[v].lemma).verbClass : undefined;
  return v >= 0 && ((kind !== 'communication' && kind !== 'motion') || asksForADeed(tokens, v) || pledgesADeed(tokens, v));
}

/** "We agreed to hold a summit", "we promised to restore the flights": a word given to do a deed is the group's commitment, a claim. */
const pledgesADeed = (tokens: Token[], verb: number) => tokens[verb + 1]?.lower === 'to' && isBaseVerb(tokens[verb + 2]) && /^\p{Ll}/u.test(tokens[verb + 2].text);

/**
 * A request for a deed, said by "we", is the group's demand, a claim: "We ask the ministry to
 * publish the figures", "we demand that both sides …", "we ask that the issue be raised". Asking
 * someone to speak ("we asked the embassy to comment") or asking a question is the page at work.
 */
function asksForADeed(tokens: Token[], verb: number): boolean {
  if (!isKindOf(tokens[verb].lemma, REQUESTING)) return false;
  if (tokens[verb + 1]?.lower === 'that') return true;
  const to = tokens.findIndex((t, i) => i > verb && i - verb <= DEED_REACH && t.lower === 'to' && tokens[i + 1]?.pos === 'VERB');
  const between = tokens.slice(verb + 1, to);
  const deed = tokens[to + 1];
  return to > 0 && relationsOf(deed.lemma).verbClass !== 'communication' && !between.some((t) => /^(you|readers|what|how|whether|why|when|which|who)$/.test(t.lower));
}
/** Verbs of requesting, as WordNet files them ("ask", "demand", "petition", "appeal"). */
const REQUESTING = new Set(['request']);
/** Most words between a verb of requesting and the deed it asks for: who is asked ("the Civil Aviation Authority of Vietnam and the Khanh Hoa provincial government"). */
const DEED_REACH = 14;

/**
 * A sentence that names no watched party, gives no figure and shares no word with the baseline
 * is not about the topic, whatever sentence it follows: an editor's note ("The interview has
 * been condensed"), a rights notice, a sign-off.
 */
function saysNothingOfTheTopic(claim: Features, index: BaselineIndex): boolean {
  if (claim.groups.size || claim.quantities.length || claim.dates.length) return false;
  for (const key of claim.keys) if (index.idf.has(key)) return false;
  return true;
}

/**
 * A sentence in the first person singular that names no watched party and no matter of the
 * watch tells of the writer's own life ("My uncle keeps a guesthouse near the coast", "I make
 * pelmeni when I am homesick"), not news of the topic; words in quotes are someone else's.
 */
function tellsOfTheWriter(claim: Features, index: BaselineIndex): boolean {
  const unquoted = claim.text.replace(/["“][^"”]*["”]/g, '');
  return /\b(I|my|me|mine)\b/.test(unquoted) && !speaksOfTheWatch(claim, index);
}

/** A sentence names a watched party, or a matter of the watch ("nuclear", "agreement"). */
function speaksOfTheWatch(claim: Features, index: BaselineIndex): boolean {
  const matters = matterKeysOf(index);
  return claim.groups.size > 0 || claim.tokenKeys.some((key) => !!key && matters.has(key));
}

/** How many known claims per new one make an article a retelling of the baseline. */
const RETOLD_SHARE = 1.5;
/** How many known claims and close calls per claim of plain news make an article a retelling. */
const CLOSE_CALL_SHARE = 3;
/** Least number of known claims for an article to count as retelling the baseline. */
const RETELLING_LEAST = 4;
/** Known claims beside a single new one that make an article a retelling all but whole. */
const WHOLE_RETELLING = 6;
/** Coverage at which a known claim is a copy rather than a retelling. */
const VERBATIM = 0.9;

/**
 * The name a page calls its publisher by: the source's name, without a leading "The", a feed's
 * section ("VnExpress International — World") or a bracketed description. A sentence naming it
 * is the page speaking of itself ("Regional Affairs Digest is reader-supported"), not news.
 * Short names (under two words or eight letters) are too easily met in news to be read this way.
 */
function publisherName(source: string): string | undefined {
  const name = source.replace(/\s*\([^)]*\)/g, '').split(/\s[—–|-]\s/)[0].replace(/^the\s+/i, '').trim();
  return name.split(/\s+/).length >= 2 && name.length >= 8 ? name : undefined;
}

/**
 * A sentence naming the publisher speaks of the page, unless the name is a bracketed credit
 * ("HANOI (Meridian Wire) - …"), the source of a report ("X reports that …") or the doer of a deed
 * in its own release; so does one opening with its short name, "the" and the name's last word
 * ("The Forum is an independent institution", from the Indo-Pacific Policy Forum).
 */
const speaksOfItself = ({ text: sentence, tokens, start }: Sentence, publisher: string) => {
  // (what the publisher did is its news: "Arktika Neftegaz has signed a memorandum …" in its release;
  // what it is or does as a rule is the page: "… is written by a small team", "… advises utilities")
  // (a participle in the passive, "funded by its members", or in a compound, "reader-funded", is no deed)
  const deed = (t: Token, i: number) =>
    t.pos === 'VERB' && inPastForm(t) && !/^(is|are|was|were|be|been|being|-)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'by';
  if (tokens.some(deed)) return false;
  const plain = sentence.replace(/\([^)]*\)|\[[^\]]*\]/g, '');
  if (plain.startsWith(`The ${publisher.split(/\s+/).at(-1)} `)) return true;
  // (in any case: a masthead sets it in capitals, "NHA TRANG VESTNIK — the newspaper of …")
  const at = plain.toLowerCase().indexOf(publisher.toLowerCase());
  if (at < 0) return false;
  // (one who "told Asia Defence Monitor" reports to it, and what it "reported" or "says" it reports: that is the news)
  const nameEnd = start + sentence.toLowerCase().indexOf(publisher.toLowerCase()) + publisher.length;
  const next = tokens.find((t) => t.start >= nameEnd);
  return !/\b(told|to|tells)\s*$/i.test(plain.slice(0, at)) && !(next && REPORTING_VERBS.has(next.lemma));
};

/** A question asks; it claims nothing ("Why did Lam come at all?"). A quoted one is the speaker's. */
const isQuestion = (s: Sentence) => /\?\s*$/.test(s.text) || asksAQuestion(s.tokens);

/**
 * A sentence whose main verb asks, with a question for its object ("Deputy Ha asked how the
 * Government intends to …", a written question's "To ask the Minister what assessment he has
 * made …"), reports a question and claims nothing. One opening "Asked whether …" goes on to the answer.
 */
function asksAQuestion(tokens: Token[]): boolean {
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  if (verb < 1 || !ASKING.has(tokens[verb].lemma)) return false;
  const wh = tokens.findIndex((t, i) => i > verb && i - verb <= QUESTION_REACH && /^(what|how|whether|why|when|if|which|who|whom)$/.test(t.lower));
  return wh > 0 && !tokens.slice(verb + 1, wh).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
const ASKING = new Set(['ask', 'inquire', 'enquire', 'wonder']);
/** Most words between the verb of asking and its question: whom it was asked ("the Secretary of State for Foreign, Commonwealth and Development Affairs"). */
const QUESTION_REACH = 12;

/** A chronology's entry: a date (a year, a month and year, days and a month) before a colon or dash, after a bullet or none. */
const DATED_ENTRY = new RegExp(`^[\\s•*▪·–—-]*((\\d{1,2}(\\s*[–-]\\s*\\d{1,2})?\\s+)?(${MONTHS.join('|')})(\\s+\\d{4})?|\\d{4})\\s*[:–—-]\\s`, 'i');
/** Most words a caption without a verb runs to ("Foreign Minister X before the meeting of President Y and President Z."). */
const CAPTION_WORDS = 24;

/**
 * A photo caption: a paragraph of one short sentence that names a scene without a verb ("A
 * fighter jet during a flypast over the capital."). Reporting has a verb. (A one-sentence paragraph
 * in the present tense is too often reporting — "Vietnam hopes to join …" — to be read as a
 * caption; a caption with its credit, "… Photo: VNA", reports only with an inflected verb.)
 */
function isCaption(s: Sentence, line: string): boolean {
  const lineText = withoutCredit(line);
  if (lineText.length > s.text.length + 8 || lineText.trim() !== s.text.trim() || !/[.!]$/.test(s.text.trim())) return false;
  // (a line led by a date and a colon or dash is a chronology's entry: "April 2015 — Official visit by …")
  if (DATED_ENTRY.test(lineText)) return false;
  if (s.tokens.filter((t) => t.isWord).length > CAPTION_WORDS) return false;
  // (a line with its credit is a caption for sure: it reports only with an inflected verb, "Mishustin
  // called on To Lam. Photo: VNA", not a word the tagger reads as one, "at the send-off ceremony")
  return lineText === line.trimEnd() ? !hasAVerb(s.tokens) : !hasAnInflectedVerb(s.tokens);
}

/** An auxiliary, or a verb in a form other than its base, not "-ing" and not an adjective's ("the expanded summit"). */
const hasAnInflectedVerb = (tokens: Token[]) =>
  tokens.some((t, i) => t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing') && !/^(DET|ADJ)$/.test(tokens[i - 1]?.pos ?? '')));

/**
 * A sentence has a verb, one the tagger read as a noun included: a plural noun after a determiner,
 * then a word in its base form that WordNet knows as a verb, then a preposition or a determiner
 * ("Those promises date from …", "The talks resume on …"). The plural is the verb's subject. So is
 * a word WordNet knows as a verb before an object pronoun ("… of 90 million makes it the largest").
 */
function hasAVerb(tokens: Token[]): boolean {
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
  if (tokens.some((t, i) => t.pos === 'NOUN' && OBJECT_PRONOUN.test(tokens[i + 1]?.lower ?? '') && baseForms(t.lower).some((w) => !!relationsOf(w).verbClass))) return true;
  return tokens.some((t, i) => {
    const subject = tokens[i - 1];
    const plural = subject?.pos === 'NOUN' && subject.lemma !== subject.lower && /s$/.test(subject.lower);
    return plural && tokens[i - 2]?.pos === 'DET' && t.pos === 'NOUN' && t.lemma === t.lower && !/s$/.test(t.lower) && /^(ADP|DET)$/.test(tokens[i + 1]?.pos ?? '') && !!relationsOf(t.lemma).verbClass;
  });
}

const sentenceKey = (doc: string, text: string) => `${doc}\0${text.replace(/\s+/g, ' ').trim()}`;

// A matcher compiles some 1 300 name patterns (the profile's and the world's countries): made
// once per profile, not once per index (the claims ledger rebuilds a small index on each append).
const matchers = new WeakMap<WatchProfile, EntityMatcher>();
function matcherFor(profile: WatchProfile): EntityMatcher {
  let matcher = matchers.get(profile);
  if (!matcher) matchers.set(profile, (matcher = entityMatcher(profile)));
  return matcher;
}

/** Records that the baseline calls `person` by `title` in these sentences. */
function titleOf(titles: BaselineIndex['personTitles'], person: string, title: string, sentences: number[]) {
  const known = titles.get(person) ?? { titles: new Set<string>(), sentences: [] };
  known.titles.add(title);
  for (const s of sentences) if (!known.sentences.includes(s) && known.sentences.length < 5) known.sentences.push(s);
  titles.set(person, known);
}

/** "such a …" or "such …" before a noun, not "such as" (which gives examples). */
const saysSuch = (tokens: Token[]) => tokens.some((t, i) => t.lower === 'such' && tokens[i + 1] && !/^(as|that)$/.test(tokens[i + 1].lower));

/**
 * What a sentence says only of a place outside the watch, in a "where" clause after it: "after
 * North Korea on Wednesday, where the announcement of a defence agreement sparked criticism" tells
 * of an announcement there. (The clause runs to a semicolon, a dash or the sentence's end.)
 */
function saidOfElsewhere(tokens: Token[], f: Pick<Features, 'entities' | 'tokenKeys'>): BaselineSentence['elsewhere'] {
  const at = tokens.findIndex((t, i) => t.lower === 'where' && i > 0);
  if (at < 0) return undefined;
  const place = f.entities.filter((e) => e.end <= tokens[at].start).at(-1);
  if (!place || place.group || (place.kind !== 'place' && place.kind !== 'country')) return undefined;
  const end = tokens.findIndex((t, i) => i > at && /^[;—–]$/.test(t.text));
  const inClause = new Set(f.tokenKeys.slice(at + 1, end < 0 ? undefined : end).filter((k): k is string => !!k));
  const outside = new Set([...f.tokenKeys.slice(0, at + 1), ...(end < 0 ? [] : f.tokenKeys.slice(end))]);
  return { place: place.id, keys: new Set([...inClause].filter((k) => !outside.has(k))) };
}

export function buildIndex(baseline: Baseline, profile: WatchProfile): BaselineIndex {
  const matcher = matcherFor(profile);
  const superseded = new Set(baseline.docs.flatMap((d) => (d.supersedes ?? []).map((s) => sentenceKey(s.doc, s.text))));
  const sentences: BaselineSentence[] = [];
  const arrivals: BaselineIndex['arrivals'] = [];
  const anniversaries: BaselineIndex['anniversaries'] = [];
  const talks: BaselineIndex['talks'] = [];
  const pieces: BaselineIndex['pieces'] = [];
  const ages: BaselineIndex['ages'] = [];
  const talkTimes: BaselineIndex['talkTimes'] = [];
  const hyponyms = new Map<string, Set<string>>();
  const lemmasSeen = new Set<string>();
  const personTitles: BaselineIndex['personTitles'] = new Map();
  for (const doc of baseline.docs) {
    // (its page debris is dropped as an article's is; its background stays: the corpus was chosen
    // as on-topic, and "the country" a sentence names no one in is the one the article is about)
    const published = Number.isNaN(Date.parse(doc.published)) ? undefined : new Date(doc.published);
    for (const s of claimSentences(doc.text, matcher)) {
      if (superseded.size && superseded.has(sentenceKey(doc.id, s.text))) continue;
      const { tokens, ...features } = sentenceFeatures(s, matcher);
      // a doer cut off by a sentence break the page put in a title ("the Deputy Prime Minister of Vietnam. Tran Hong Ha and …")
      const before = sentences.at(-1);
      const cut = before?.doc === doc.id ? before.agents.find((a) => a.to >= before.tokenKeys.length - 1) : undefined;
      const completing = cut ? namesCompletingDoer(tokens, features.entities) : [];
      if (cut) cut.people.push(...completing);
      // (the first name completing a title is the one it titles: "the Deputy Prime Minister of Vietnam. Tran Hong Ha")
      if (cut?.offices.length === 1 && completing.length) titleOf(personTitles, completing[0], cut.offices[0], [before!.index, sentences.length]);
      for (const { name, title } of titledNames(tokens, features.entities)) titleOf(personTitles, name, title, [sentences.length]);
      // who a sentence naming no one speaks of ("Aged 80, he …", "During his talks with Putin …, he"): the one the sentence before named last
      const earlier = before?.doc === doc.id ? before.entities.filter((e) => e.kind === 'person').at(-1)?.id : undefined;
      const aged = features.age?.person ?? earlier;
      if (features.age && aged && published) ages.push({ person: aged, years: features.age.years, year: published.getUTCFullYear(), sentence: sentences.length });
      // a month said without its year is of the document's year, or the year before ("visited Hanoi in September")
      if (published) for (const d of features.dates) if (d.month && d.year === undefined) d.year = yearOfMonth(d.month, published.getUTCFullYear(), published.getUTCMonth() + 1);
      // a year said by its distance from the document's date ("the 60th anniversary … next year")
      // is a year the sentence states: a claim giving it as "in 2025" adds no figure
      const anchors = extractTimeAnchors(tokens, published);
      const years = anchors.flatMap(({ year }) => (year === undefined ? [] : [year]));
      // and so is the year an anniversary counts from, each from the year it falls in (the treaty's
      // 30th anniversary, this year: "the 1994 treaty"; the ties' 75th, next year: "since 1950")
      const since: number[] = [];
      const counted = features.quantities.filter((q) => q.unit === 'anniversary' && q.low === q.high);
      // (an anniversary said without its year falls in the year the document was written)
      for (const q of counted) {
        const year = anniversaryYear(q, features.quantities, anchors, tokens) ?? published?.getUTCFullYear();
        if (year === undefined) continue;
        since.push(year - q.low);
        const words = tokens.slice(q.to, q.to + 8);
        const end = words.findIndex((t) => t.pos === 'PUNCT');
        // (without the year it falls in: "of diplomatic ties next year")
        const of = (end < 0 ? words : words.slice(0, end)).map((t) => t.text).join(' ').replace(/\s+((next|last|this) year|in \d{4})$/, '');
        anniversaries.push({ ordinal: q.low, year, about: q.context, of, sentence: sentences.length });
      }
      // (a sentence naming no one that says "he" speaks of the one the sentence before named: "He
      // also reiterated the 'four nos'" is Trong's, and a claim naming Trong may restate it)
      if (earlier && !features.entities.some((e) => e.kind === 'person') && tokens.some((t) => t.pos === 'PRON' && PERSONAL_PRONOUNS.has(t.lower))) {
        features.keys.add(`@${earlier}`);
        features.keyWeights.set(`@${earlier}`, 1);
      }
      for (const year of [...years, ...since]) {
        if (!features.keys.has(`#${year}`)) {
          features.keys.add(`#${year}`);
          features.keyWeights.set(`#${year}`, 1);
        }
      }
      tokens.forEach((t, i) => {
        const key = features.tokenKeys[i];
        if (!key || /^[@=#]/.test(key) || lemmasSeen.has(`${key} ${t.lemma}`)) return;
        lemmasSeen.add(`${key} ${t.lemma}`);
        for (const h of relationsOf(t.lemma).hypernyms) {
          const stem = stemOf(h);
          let set = hyponyms.get(stem);
          if (!set) hyponyms.set(stem, (set = new Set()));
          set.add(key);
        }
      });
      const talksDay = features.talksDay && daySinceEpoch(features.talksDay, published, undefined);
      if (talksDay !== undefined) talks.push({ day: talksDay, sentence: sentences.length });
      // the hours of talks with a host: the one the sentence names besides the visitor, or the one
      // the sentence before named last ("During his talks with Putin … this afternoon, he said …")
      if (features.talksTime) {
        const named = features.entities.filter((e) => e.kind === 'person').map((e) => e.id);
        const at = hoursSinceEpoch(features.talksTime, published, undefined);
        talkTimes.push({ time: features.talksTime, ...(at ? { at } : {}), people: earlier ? [...named, earlier] : named, sentence: sentences.length });
      }
      const pieceDay = features.pieceDay && features.pieceDay !== 'arrival' ? daySinceEpoch(features.pieceDay, published, undefined) : undefined;
      if (pieceDay !== undefined) pieces.push({ day: pieceDay, sentence: sentences.length });
      if (features.arrival) arrivals.push({ time: features.arrival, at: hoursSinceEpoch(features.arrival, published, undefined), sentence: sentences.length });
      // "such a declaration of support" is the one the sentence before spoke of, with its parties
      const echoes = before?.doc === doc.id && saysSuch(tokens) ? new Set(before.entities.map((e) => `@${e.id}`)) : undefined;
      const elsewhere = saidOfElsewhere(tokens, features);
      sentences.push({ ...features, doc: doc.id, index: sentences.length, ...(echoes ? { echoes } : {}), ...(elsewhere ? { elsewhere } : {}) });
    }
  }
  const postings = new Map<string, number[]>();
  const keyIds = new Map<string, number>();
  const offsets = new Int32Array(sentences.length + 1);
  const ids = new Int32Array(sentences.reduce((n, s) => n + s.keys.size, 0));
  const lists: number[][] = []; // by key number
  let at = 0;
  for (const s of sentences) {
    offsets[s.index] = at;
    for (const key of s.keys) {
      // (the words of a question a sentence leaves open are not what it says: "analysts wonder
      // whether the visit will bring changes" backs no claim of changes)
      if (s.openKeys.has(key)) continue;
      let id = keyIds.get(key);
      if (id === undefined) {
        id = lists.length;
        keyIds.set(key, id);
        lists.push([]);
        postings.set(key, lists[id]);
      }
      lists[id].push(s.index);
      ids[at++] = id;
    }
    ids.subarray(offsets[s.index], at).sort();
  }
  offsets[sentences.length] = at;
  const n = Math.max(1, sentences.length);
  const idf = new Map<string, number>();
  for (const [key, list] of postings) {
    idf.set(key, Math.log(1 + n / list.length));
    prepareDense(list);
  }
  const roles = new Map<string, Array<{ person: string; sentence: number }>>();
  for (const s of sentences) {
    for (const r of s.roles) {
      titleOf(personTitles, r.person, r.office, [s.index]);
      if (!r.country) continue;
      const key = `${r.office}|${r.country}`;
      const list = roles.get(key) ?? [];
      list.push({ person: r.person, sentence: s.index });
      roles.set(key, list);
    }
  }
  const statuses = new Map<string, Array<{ status: string; sentence: number }>>();
  const populations = new Map<string, Array<{ quantity: Quantity; sentence: number }>>();
  const affiliations: Array<{ affiliation: Affiliation; sentence: number }> = [];
  const counts = new Map<string, Array<{ quantity: Quantity; sentence: number }>>();
  const figureStated = new Map<string, number>();
  for (const s of sentences) {
    for (const affiliation of s.affiliations) affiliations.push({ affiliation, sentence: s.index });
    if (s.population?.country) pushTo(populations, s.population.country, { quantity: s.population.quantity, sentence: s.index });
    if (s.status?.body) pushTo(statuses, `${s.status.member}|${s.status.body}`, { status: s.status.status, sentence: s.index });
    for (const q of s.quantities) {
      if (!isCount(q)) continue;
      for (const unit of q.units) {
        // a figure stated again adds evidence, not work: keep a few sentences of each, and a bounded number of figures
        const figure = `${unit}|${q.low}|${q.high}|${q.standing}|${q.ordinal}`;
        const times = figureStated.get(figure) ?? 0;
        figureStated.set(figure, times + 1);
        if (times >= EVIDENCE_PER_FIGURE || (times === 0 && (counts.get(unit)?.length ?? 0) >= MAX_COUNT_FIGURES * EVIDENCE_PER_FIGURE)) continue;
        pushTo(counts, unit, { quantity: q, sentence: s.index });
      }
    }
  }
  const officeCountries = new Map<string, string[]>();
  const officesByName = new Map<string, string[]>();
  for (const [key, holders] of roles) {
    const [office, country] = key.split('|');
    pushTo(officeCountries, office, country);
    for (const h of new Set(holders.map((x) => lastNameOf(x.person)))) pushTo(officesByName, h, key);
  }
  const titleWords = new Map<string, number>();
  for (const doc of baseline.docs) {
    const words = new Set(readSentences(doc.title).flatMap((t) => sentenceFeatures(t, matcher).tokenKeys.filter((k): k is string => !!k && !/^[@#]/.test(k))));
    for (const w of words) titleWords.set(w, (titleWords.get(w) ?? 0) + 1);
  }
  // the words naming the event: those of at least two baseline titles ("visit"), and the head of
  // each of the profile's kinds of event ("trip", from "working trip")
  const kindHeads = profile.eventKinds.flatMap((kind) => readSentences(kind).flatMap((s) => sentenceFeatures(s, matcher).tokenKeys.at(-1) ?? []));
  const eventWords = new Set([...[...titleWords].filter(([, n]) => n >= 2).map(([w]) => w), ...kindHeads]);
  const dates = baseline.docs.map((d) => Date.parse(d.published)).filter((t) => !Number.isNaN(t));
  const day = 86_400_000;
  const period = dates.length
    ? { from: new Date(Math.min(...dates) - 7 * day), to: new Date(Math.max(...dates) + 7 * day) }
    : { from: new Date(0), to: new Date(0) };
  const trends = new Map<string, Array<{ direction: 'up' | 'down'; sentence: number }>>();
  // by topic class, and by the plain word of its subject where the sentence names both sides of
  // the watch ("Vietnam's arms supplier … but orders have dropped off": orders between them)
  const bothSides = (s: BaselineSentence) => namesBothSides(s, profile);
  // (each way a thing went kept with a few of its sentences)
  const addTrend = (key: string, direction: 'up' | 'down', sentence: number) => {
    if ((trends.get(key) ?? []).filter((t) => t.direction === direction).length < EVIDENCE_PER_FIGURE) pushTo(trends, key, { direction, sentence });
  };
  for (const s of sentences) {
    for (const t of s.trends) {
      for (const k of t.about) if (k.startsWith('=')) addTrend(k, t.direction, s.index);
      const subject = t.about.find((k) => !/^[@=#]/.test(k));
      if (subject && bothSides(s)) addTrend(subject, t.direction, s.index);
    }
  }
  // the days of the event: dates in the baseline's time said in a sentence that names the event
  const eventDays = new Map<number, { days: Set<number>; sentences: number[] }>();
  for (const s of sentences) {
    if (!namesTheEvent(s.keys, { eventWords })) continue;
    for (const d of s.dates) {
      if (!d.month || !d.days.length) continue;
      const at = Date.UTC(d.year ?? period.from.getUTCFullYear(), d.month - 1, d.days[0]);
      if (at < period.from.getTime() || at > period.to.getTime()) continue;
      const month = eventDays.get(d.month) ?? { days: new Set<number>(), sentences: [] };
      for (const day of d.days) month.days.add(day);
      month.sentences.push(s.index);
      eventDays.set(d.month, month);
    }
  }
  // the cities of the event: those a sentence naming the event and a watched person names
  const eventPlaces = new Map<string, number[]>();
  for (const s of sentences) {
    if (!namesTheEvent(s.keys, { eventWords }) || !s.entities.some((e) => e.kind === 'person' && e.group)) continue;
    for (const place of new Set(s.entities.flatMap((e) => (e.place ? [e.place] : [])))) pushTo(eventPlaces, place, s.index);
  }
  // what the event's documents and pledges covered, and whom its talks were with, from sentences
  // that name no other place ("signed a pact in Pyongyang", "met Kim in Pyongyang")
  const covered = new Map<string, { word: string; sentences: number[] }>();
  const spoken = new Map<string, number[]>();
  const metWith = new Map<string, number[]>();
  for (const s of sentences) {
    if (namesAnotherPlace(s, { eventPlaces })) continue;
    for (const { key, word } of s.covers) {
      const thing = covered.get(key) ?? { word, sentences: [] };
      if (thing.sentences.length < EVIDENCE_PER_FIGURE) thing.sentences.push(s.index);
      covered.set(key, thing);
    }
    for (const key of s.spokenOf) if ((spoken.get(key)?.length ?? 0) < EVIDENCE_PER_FIGURE) pushTo(spoken, key, s.index);
    if (!s.tellsOfTalks || s.denies) continue;
    for (const person of new Set(s.entities.filter((e) => e.kind === 'person').map((e) => e.id))) pushTo(metWith, person, s.index);
  }
  // the one all the talks name is the visitor; the others are whom he met
  const most = Math.max(0, ...[...metWith.values()].map((s) => s.length));
  const hosts = new Map([...metWith].flatMap(([person, at]) => (at.length < most ? [[person, at.slice(0, EVIDENCE_PER_FIGURE)] as const] : [])));
  // the kind of event the baseline tells of ("state visit"), by the sentences naming it: the kind most of them say
  const kinds = new Map<string, number[]>();
  for (const s of sentences) for (const kind of kindsIn(s.text, profile)) pushTo(kinds, kind, s.index);
  const [kind, kindSentences] = [...kinds].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  const index: BaselineIndex = {
    profile,
    matcher,
    ...(kind ? { eventKind: { kind, sentences: kindSentences.slice(0, EVIDENCE_PER_FIGURE) } } : {}),
    covered,
    spoken,
    commitmentWords: new Set(sentences.flatMap((s) => s.covers.flatMap((c) => c.commitment))),
    metWith: new Set(metWith.keys()),
    hosts,
    docs: baseline.docs.map(({ text, ...meta }) => (void text, meta)),
    sentences,
    postings,
    keyIds,
    sentenceKeys: { offsets, ids },
    idf,
    families: wordFamilies(idf.keys()),
    hyponyms: new Map([...hyponyms].map(([k, v]) => [k, [...v]])),
    unseenIdf: Math.log(1 + n),
    roles,
    statuses,
    populations,
    // (each person at each body kept with a few of the sentences saying so)
    affiliations: fewOfEach(affiliations, ({ affiliation }) => `${affiliation.person} ${affiliation.body}`),
    counts,
    officeCountries,
    officesByName,
    personTitles,
    eventWords,
    period,
    eventDays,
    eventPlaces,
    trends,
    // each the same fact kept with a few of its sentences, so that a claim reads as many facts as
    // the baseline has different ones, not as many sentences as repeat them
    arrivals: fewOfEach(arrivals, (a) => `${a.time.from} ${a.time.to} ${a.at}`),
    anniversaries: fewOfEach(anniversaries, (a) => `${a.ordinal} ${a.year} ${a.about.slice(0, 3)}`),
    talks: fewOfEach(talks, (t) => String(t.day)),
    pieces: fewOfEach(pieces, (p) => String(p.day)),
    ages: fewOfEach(ages, (a) => `${a.person} ${a.years - a.year}`),
    talkTimes: fewOfEach(talkTimes, (t) => `${t.people} ${t.time.from} ${t.time.to} ${t.at}`),
    sequences: fewOfEach(sentences.flatMap((s) => (s.sequence ? [{ ...s.sequence, sentence: s.index }] : [])), (q) => `${q.before} ${q.after}`),
    venues: fewOfEach(sentences.flatMap((s) => (s.venue ? [{ venue: s.venue, sentence: s.index }] : [])), (v) => v.venue),
    signings: fewOfEach(
      sentences.flatMap((s) => s.agents.filter((a) => s.tokenKeys[a.at] === SIGNING).map((signers) => ({ signers, sentence: s.index }))),
      ({ signers }) => `${signers.people} ${signers.offices}`,
    ),
  };
  // what analysis looks up of the facts (holders, standings, their evidence in report form, document
  // titles), made now rather than by the first articles
  for (const evidence of prepareFacts(index)) reportedEvidence(evidence);
  return index;
}

/** The first few of each fact in a list, by the key that says it is the same fact. */
function fewOfEach<T>(list: T[], keyOf: (item: T) => string, few = EVIDENCE_PER_FIGURE): T[] {
  const seen = new Map<string, number>();
  return list.filter((item) => {
    const key = keyOf(item);
    const times = seen.get(key) ?? 0;
    seen.set(key, times + 1);
    return times < few;
  });
}

/** Sentences kept as evidence of one figure, and figures kept for one thing counted. */
const EVIDENCE_PER_FIGURE = 3;
const MAX_COUNT_FIGURES = 64;

function pushTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A count of things: not a share, an anniversary or a rank. */
export const isCount = (q: Quantity) => q.unit !== 'percent' && q.unit !== 'anniversary' && !q.ordinal && !TIME_SPANS.has(q.unit);

/**
 * A headline tells what its story is about. One that names a party outside the watch (China, North
 * Korea, a member state of a watched body: "Vietnam stun Thailand in Bangkok", "Indonesia's nickel
 * output set to climb"), names one side of the relation at most, and changes no baseline fact
 * heads a story on another subject, when the body names the other side once or not at all.
 */
function headedOnAnotherSubject(headline: Features | undefined, claims: Features[], index: BaselineIndex): boolean {
  if (!headline || !headline.entities.some((e) => !isCore(e))) return false;
  const unnamed = index.profile.relevance.requireGroups.filter((side) => !namesSide(headline, side));
  if (!unnamed.length || changesAFact(headline, 'unknown', index)) return false;
  return unnamed.some((side) => claims.filter((c) => namesSide(c, side)).length <= 1);
}

/** The sentence names one side of the relation: one of a `requireGroups` entry's groups. */
export const namesSide = (f: { groups: ReadonlySet<string> }, side: readonly string[]) => side.some((g) => f.groups.has(g));

/** The sentence (or a set of groups) names every side of the watched relation. */
export const namesBothSides = (f: { groups: ReadonlySet<string> }, profile: WatchProfile) => profile.relevance.requireGroups.every((side) => namesSide(f, side));

/** Sentences on the other side that make a side's one mention beside outsiders a passing one. */
const PASSING_MENTION_AMONG = 2;

/** One of `groups` is named in a list with an outside country or place: "North Korea and Vietnam", "Russia, China, the United States". */
function listedWithOutsiders(c: Features, groups: readonly string[]): boolean {
  const between = (a: EntityMention, b: EntityMention) => c.text.slice(Math.min(a.end, b.end) - c.start, Math.max(a.start, b.start) - c.start);
  const outsiders = c.entities.filter((e) => !e.group && (e.kind === 'country' || e.kind === 'place'));
  return c.entities.some((e) => groups.includes(e.group ?? '') && outsiders.some((o) => LIST_BETWEEN.test(between(e, o))));
}
/** What stands between two items of a list: a comma or "and", maybe after other named items ("Japan, the European Union and Russia"). */
const LIST_BETWEEN = /^\s*(,\s*(the\s+)?\p{Lu}[\p{L}-]*(\s+\p{Lu}[\p{L}-]*){0,3}\s*)*(,|,?\s*and|,?\s*or)\s*(the\s+)?$/u;

/** A mention right after "in", "at", "to", "from" or "into": said as a place ("flew on to Vietnam", "talks in Riyadh"). */
export const saidAfterLocative = (f: Pick<Features, 'text' | 'start'>, e: EntityMention) => /\b(in|at|to|from|into)\s+(the\s+)?$/i.test(f.text.slice(Math.max(0, e.start - f.start - 8), e.start - f.start));

/** Each mention of `groups` is a place someone was or went: "before flying on to Vietnam", "a trip that took him to Hanoi". */
const namedAsPlaceOnly = (c: Features, groups: readonly string[]) => c.entities.filter((e) => groups.includes(e.group ?? '')).every((e) => saidAfterLocative(c, e));

/**
 * Does the article speak of the watched relationship? Every relevance requirement must hold; and
 * one sentence names both sides ("The Russian leader landed in Hanoi"), or the article speaks of
 * one of the profile's terms or people: a coffee market report naming Vietnam's harvest in one
 * sentence and Russia's buyers in another is not about the watch.
 */
function isRelevant(claims: Features[], index: BaselineIndex, headline?: Features): boolean {
  const { requireGroups } = index.profile.relevance;
  if (!namesBothSides({ groups: new Set(claims.flatMap((c) => [...c.groups])) }, index.profile)) return false;
  // a side named once is a passing mention, and the article on another relation, when that one
  // sentence lists it among outsiders ("visiting North Korea and Vietnam", "a forum that includes
  // Russia, China and India"), or speaks of outsiders, in an article that speaks of the other side
  // elsewhere, and of this side not as the other's party but as a place ("signed the pact in
  // Pyongyang before flying on to Vietnam") or not beside it at all ("the rouble fell on US
  // sanctions" in a report on Vietnam's shares); unless the sentence is all the article says
  const passing = (any: readonly string[]) => {
    const naming = claims.filter((c) => namesSide(c, any));
    if (naming.length !== 1 || claims.length < 2) return false;
    const [once] = naming;
    const namesOtherSide = requireGroups.some((other) => other !== any && namesSide(once, other));
    const onTheOtherSide = claims.filter((c) => c !== once && c.groups.size > 0).length;
    const namesOutsiders = once.entities.some((e) => !e.group);
    return listedWithOutsiders(once, any) || (namesOutsiders && onTheOtherSide >= PASSING_MENTION_AMONG && (!namesOtherSide || namedAsPlaceOnly(once, any)));
  };
  // (not when the headline names both sides: the relation is what the story is about, "Putin in Hanoi")
  const headedOnTheRelation = !!headline && namesBothSides(headline, index.profile);
  if (!headedOnTheRelation && requireGroups.some(passing)) return false;
  if (anotherRelationDominates(claims, requireGroups)) return false;
  // the relation's sides are named together somewhere: in the headline or in one paragraph (a
  // report on Xi in Hanoi that notes he goes on to Moscow next month names them apart), unless the
  // article's headline or lead changes a baseline fact: a story about that change is the watch's
  // (one that mentions a new office holder in passing, "Xi met President Luong Cuong", is not)
  const together = headedOnTheRelation || [...groupsByLine(claims).values()].some((groups) => namesBothSides({ groups }, index.profile));
  if (!together && ![headline, claims[0]].some((c) => !!c && changesAFact(c, 'unknown', index))) return false;
  const terms = termKeysOf(index);
  return !terms.size || claims.some((c) => namesBothSides(c, index.profile) || c.entities.some((e) => e.kind === 'person' && e.group) || c.tokenKeys.some((k) => k && terms.has(k)));
}

/** The watched groups each line (paragraph) of the claims names. */
function groupsByLine(claims: readonly Features[]): Map<number, Set<string>> {
  const byLine = new Map<number, Set<string>>();
  for (const c of claims) for (const g of c.groups) byLine.set(c.line, (byLine.get(c.line) ?? new Set()).add(g));
  return byLine;
}

/**
 * An article is about the relation it names most. One that names an outsider (India, China) in at
 * least twice as many sentences as a watched side, and two more, reports on the outsider's dealings
 * ("Putin in Delhi", with a word on ASEAN capitals; Xi in Hanoi, "expected in Moscow next month").
 */
function anotherRelationDominates(claims: Features[], requireGroups: ReadonlyArray<readonly string[]>): boolean {
  const least = Math.min(...requireGroups.map((side) => claims.filter((c) => namesSide(c, side)).length));
  const outsiders = new Map<string, number>();
  for (const c of claims) for (const id of new Set(c.entities.filter((e) => !e.group).map((e) => e.id))) outsiders.set(id, (outsiders.get(id) ?? 0) + 1);
  const most = Math.max(0, ...outsiders.values());
  return least >= 1 && most >= OUTSIDER_LEAD_FACTOR * least + OUTSIDER_LEAD_MARGIN;
}
/** How many times as many sentences, and how many more, an outsider must be named in than a side. */
const OUTSIDER_LEAD_FACTOR = 2;
const OUTSIDER_LEAD_MARGIN = 2;

/** The keys of the profile's terms' words ("talks", "prime minister"), made once per index. */
const termKeys = new WeakMap<BaselineIndex, ReadonlySet<string>>();
function termKeysOf(index: BaselineIndex): ReadonlySet<string> {
  let keys = termKeys.get(index);
  if (!keys) termKeys.set(index, (keys = keysOfTerms(index.profile.terms, index)));
  return keys;
}

/**
 * The same for the terms that name a matter, not an office: "agreement", "nuclear" speak of the
 * watch wherever they stand; "minister" or "president" may be any country's.
 */
const matterKeys = new WeakMap<BaselineIndex, ReadonlySet<string>>();
function matterKeysOf(index: BaselineIndex): ReadonlySet<string> {
  let keys = matterKeys.get(index);
  if (!keys) {
    const officeWords = new Set(index.profile.offices.flatMap((o) => [o.name, ...o.aliases]).flatMap((p) => p.toLowerCase().split(/\s+/)));
    const matters = index.profile.terms.filter((term) => !term.toLowerCase().split(/\s+/).some((w) => officeWords.has(w)));
    matterKeys.set(index, (keys = keysOfTerms(matters, index)));
  }
  return keys;
}

function keysOfTerms(terms: readonly string[], index: BaselineIndex): Set<string> {
  const found = new Set<string>();
  for (const term of terms) for (const s of readSentences(term)) for (const t of s.tokens) {
    const key = tokenKey(t, index.matcher);
    if (key) found.add(key);
  }
  return found;
}

/**
 * Claims about the watched topic. A sentence that names a profile entity, or a matter of the
 * watch ("nuclear", "agreement"), is about it; one that names only others (another state's BRICS
 * history, a storm in China, an unrelated vote) is background on third parties; one that names
 * nobody ("Turnover peaked in 2021") continues what the sentence before it was about, or what its
 * paragraph names, within its section: a page's opening lines and a section under its own
 * heading ("MARKETS", "LOCAL") are about the topic only once something in them says so. A
 * labelled line ("Tags: …", "More from …: headline") whose label names nobody is page furniture.
 * The claims kept only as going on with the topic, past a paragraph that did not point back, are
 * added to `detached`: their news is the page's own matter.
 */
function aboutTheTopic(claims: Features[], text: string, index: BaselineIndex, headline?: Features, detached?: Set<Features>): Features[] {
  // (a side named only as where something is, "iron ore slipped in Singapore", "leaders arrive at the
  // Kuala Lumpur centre", is a place, not the watch's topic: it neither opens the topic nor closes it)
  const placeOnly = (c: Features) => c.entities.filter((e) => e.group).every((e) => saidAfterLocative(c, e));
  const lineNamesTopic = new Set(claims.filter((c) => c.groups.size && !placeOnly(c)).map((c) => c.line));
  // (a sentence naming a watched side only by the side's own body, "ASEAN", not a member state nor
  // anyone of the relation's other side, in a paragraph that names no other side either, tells of
  // the body's own business, "ASEAN ministers chose the bloc's next secretary-general": it stays on
  // the topic, and a restatement in it counts, but its news is not the relation's)
  const lineGroups = groupsByLine(claims);
  const bodyAlone = (c: Features) => {
    const watched = c.entities.filter((e) => e.group);
    return watched.length > 0 && watched.every((e) => e.kind === 'organisation' && e.id === e.group) && !namesBothSides({ groups: lineGroups.get(c.line) ?? new Set() }, index.profile);
  };
  // (after the last line naming a watched party, a paragraph goes on with the story by a pronoun,
  // "both sides" or a name again, "the first ship left Vladivostok", not by a common word again:
  // the page's closing matter picks those up, "prints from the exhibition can be ordered")
  // (a loop, not Math.max(...lines): a hostile page may name the watch on more lines than a call takes arguments)
  let lastTopicLine = -1;
  for (const line of lineNamesTopic) lastTopicLine = Math.max(lastTopicLine, line);
  const lines = text.split('\n');
  const lineStarts = [0];
  for (const line of lines) lineStarts.push(lineStarts.at(-1)! + line.length + 1);
  const matters = matterKeysOf(index);
  // the names of a headline on the topic carry the article's opening: "Russian fertiliser heads to Quy Nhon", then "Quy Nhon's council approved …"
  // (a name, written with a capital inside a sentence: a common word of the headline, "fertiliser prices are quoted in dollars", is the page's own)
  const headlineWords = new Set(headline && speaksOfTheWatch(headline, index) ? headline.tokenKeys.filter((k): k is string => !!k && !/^[@#]/.test(k)) : []);
  const namesMatters = (c: Features) => c.tokenKeys.some((k) => !!k && matters.has(k));
  const sharesAHeadlineName = (c: Features) => !opened && sentenceCase(c.tokens) && c.tokens.some((t, i) => i > 0 && /^\p{Lu}/u.test(t.text) && headlineWords.has(c.tokenKeys[i] ?? ''));
  const namesTopicWords = (c: Features) => namesMatters(c) || sharesAHeadlineName(c);
  // (what names the topic itself, rather than going on with it: a watched party, a line naming it, its words)
  const namesTheTopic = (c: Features) => c.entities.some(isCore) || (c.groups.size > 0 && !placeOnly(c)) || lineNamesTopic.has(c.line) || namesTopicWords(c);
  // (nothing is on the topic before something names it, or, in the opening, the headline's names; a
  // matter word, "nuclear power was the most searched term", keeps a story on the topic but opens none)
  let onTopic = false;
  let anotherSection = false;
  let opened = false;
  let lastLine = -1;
  // A paragraph that names nothing of the topic and does not point back to the paragraph before
  // is kept on it, but what it says is no news: it is detached, and so is what follows it, until
  // something names the topic again. (Its restatements still count: a retelling runs on.)
  let paragraphKeys = new Set<string>();
  let attached = true;
  return claims.filter((c) => {
    // a section heading between two claims ("MARKETS", "LOCAL"), or one read as a claim itself
    // ("3. Singapore core inflation eases"), starts a section of its own: another story, until
    // something brings back the watch (a member state named alone, on no matter of the watch, is
    // that story's place)
    if (lines.slice(lastLine + 1, c.line + 1).some(isSectionHeading)) [onTopic, anotherSection] = [false, true];
    if (c.line !== lastLine) {
      if (!pointsBack(c, paragraphKeys, c.line > lastTopicLine)) attached = false;
      paragraphKeys = new Set();
    }
    lastLine = c.line;
    if (amongOthers(c) || (turnsToAnotherStory(c) && !bringsBackTheWatch(c, index.profile)) || (headedByAMember(c, text, lineStarts) && !c.entities.some(isCore))) onTopic = false;
    else if (c.entities.some(isCore)) onTopic = true;
    else if (namesOthers(c) && !reactsToTheEvent(c, index)) onTopic = false;
    else if (c.groups.size) onTopic ||= !placeOnly(c) && (!anotherSection || bringsBackTheWatch(c, index.profile) || namesMatters(c));
    else if (lineNamesTopic.has(c.line)) onTopic = true;
    else if (sharesAHeadlineName(c) || (opened && namesMatters(c))) onTopic = true;
    if (namesTheTopic(c)) attached = true;
    else if (onTopic && !attached) detached?.add(c);
    if (onTopic && bodyAlone(c)) detached?.add(c);
    // a heading of a subject, a colon and a noun phrase or a question, asserting nothing
    // ("Mishustin in Hanoi: the visit in five moments", "…: what we know") names what a story is
    // about, not what happened: no news of its own (a figure or an office it gets wrong is still
    // wrong: "ASEAN at eleven: the new seating")
    if (onTopic && namesASubject(c) && !assertsAnything(c)) detached?.add(c);
    opened ||= onTopic;
    anotherSection &&= !onTopic;
    if (!onTopic) return false;
    for (const k of c.tokenKeys) if (k) paragraphKeys.add(k);
    const label = labelOf(lines[c.line] ?? '');
    const labelEnd = lineStarts[c.line] + (label?.length ?? 0);
    // the label line's first sentence, unless the label itself names the topic ("Putin: …") or
    // is a speaker's or a fact box's, in capitals before a whole sentence ("CORRESPONDENT: The
    // flag went up this morning.", "TALKS: Putin's counterpart was To Lam.")
    const hasVerb = c.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    // (or one quoting a whole sentence, as a fact-check does: "Claim: 'The US said nothing about the visit.'")
    const quotesASentence = !!label && /^\s*['‘"“]/.test(text.slice(labelEnd, labelEnd + 3)) && /[.!]['’"”]?$/.test(c.text);
    // (a speaker named by the word for their post, "Spokesperson:", speaks as one in capitals does)
    // (or by name, as a transcript, an interview or a Q&A log does: "Vu Hoang Nam: When Putin landed, …")
    const bySpeaker = !!label && (label.toUpperCase() === label || speaksByPost(label, c, labelEnd) || speaksByName(label, c, labelEnd));
    // (or one word leading into a whole sentence on the watch, as the parts of a fact-check or a
    // Q&A do: "Answer: Viet Nam consistently follows …", "Fact: He held talks with To Lam …"; the
    // sentence may name the watch by its matters alone: "Answer: During the visit, the two sides signed …")
    const leadsIn = !!label && ONE_WORD_LABEL.test(lines[c.line]) && namesTheTopic(c) && !introducesByName(c, labelEnd);
    // (a speaker's sentence may break off at a dash, where another cuts in: "… was discussed in detail —")
    const labelsASentence = !!label && (((bySpeaker || leadsIn) && /([.!]["”’]?|\s[—–-])$/.test(c.text)) || quotesASentence) && hasVerb;
    // (or a fact box's office, its holder after it: "State president: Luong Cuong")
    const colon = c.text.indexOf(':');
    const labelsAHolder = colon > 0 && c.roles.length > 0 && isOffice(c.text.slice(0, colon).trim(), index);
    if (isShortFactLine(c)) return labelsAHolder;
    return !(label && c.start <= labelEnd && !labelsASentence && !labelsAHolder && !c.entities.some((e) => e.start < labelEnd));
  });
}

/** A heading that puts a subject before a colon and what of it after, no sentence: "Lavrov in Kuala Lumpur: the meetings, hour by hour". */
const namesASubject = (c: Features) => /\S:\s/.test(c.text) && !/[.!?]["”’]?$/.test(c.text) && c.text.split(/\s+/).length <= HEADLINE_MOST_WORDS;

/**
 * Does a heading assert something? Only by a verb of its own: one in the question it names after
 * its colon ("Witkoff's trip: what we know", "how the two visits compare") asks, and tells nothing.
 */
function assertsAnything(c: Features): boolean {
  const colon = c.tokens.findIndex((t) => t.text === ':');
  const asksAfter = colon >= 0 && WH_WORDS.has(c.tokens[colon + 1]?.lower ?? '');
  return c.tokens.some((t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !(asksAfter && i > colon));
}
const WH_WORDS = new Set(['what', 'how', 'why', 'who', 'where', 'when', 'which', 'whether']);

/**
 * Does a paragraph point back to the one before it? By a pronoun ("He held the post until
 * 2006"), by the two sides named as a pair ("the two countries", "both sides"), or by a noun,
 * name or verb of that paragraph's again ("… signed a roadmap." / "The roadmap covers …"), or
 * by its names only, after the page's last line naming the watch. A paragraph that does none of
 * these, and names nothing of the topic, is the page's own matter: a market line, a disclaimer,
 * the writer's colour.
 */
function pointsBack(c: Features, before: ReadonlySet<string>, byNamesOnly = false): boolean {
  return c.tokens.some((t, i) => {
    if (t.pos === 'PRON' && BACK_PRONOUNS.has(t.lower)) return true;
    if (c.tokens[i + 1]?.pos === 'NOUN' && (t.lower === 'both' || (t.lower === 'two' && c.tokens[i - 1]?.lower === 'the'))) return true;
    const key = c.tokenKeys[i];
    return !!key && (byNamesOnly ? t.pos === 'PROPN' : /^(NOUN|PROPN|VERB)$/.test(t.pos)) && before.has(key);
  });
}
/** Pronouns that stand for someone or something named before. */
const BACK_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'this', 'that', 'these', 'those']);

/**
 * A label naming a speaker by the word for their post, a person in WordNet ("Spokesperson:",
 * "Minister:"), before what they say; not before a guest introduced by name ("Guest: Mai Tran, a
 * political risk consultant").
 */
function speaksByPost(label: string, c: Features, labelEnd: number): boolean {
  return relationsOf(label.replace(/[\s:]+$/, '').toLowerCase()).nounClass === 'person' && !introducesByName(c, labelEnd);
}

/** A label that is someone's name, before what they say: "Vu Hoang Nam:", "Elena Petrova:". */
const speaksByName = (label: string, c: Features, labelEnd: number) => namesASpeaker(label.replace(/^[\s[]+|[\s:]+$/g, '').split(/\s+/)) && !introducesByName(c, labelEnd);

/**
 * After the label, a name and a comma before any verb: someone introduced, not a sentence ("Guest:
 * Mai Tran, a consultant"). A country's or a body's name, or one owning what follows, opens a
 * sentence's subject instead ("Summary: Vietnam's top leader, General Secretary To Lam, was …").
 */
function introducesByName(c: Features, labelEnd: number): boolean {
  const said = c.tokens.filter((t) => t.start >= labelEnd);
  const comma = said.findIndex((t) => t.text === ',');
  if (said[0]?.pos !== 'PROPN' || comma <= 0 || said.slice(0, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  const opening = c.entities.find((e) => e.start <= said[0].start && said[0].start < e.end);
  return !(opening && opening.kind !== 'person') && !said.slice(0, comma).some((t) => /^['’]s$/.test(t.text));
}

/** A line led into by one capitalised word and a colon, then a capital: "Answer: Viet Nam …", "Fact: He …". */
const ONE_WORD_LABEL = /^\s*\p{Lu}\p{Ll}+\s*:\s+\p{Lu}/u;

/** Is the phrase all one office of the watch profile ("Communist Party general secretary")? */
function isOffice(phrase: string, index: BaselineIndex): boolean {
  const words = phrase.toLowerCase().split(' ');
  return words.some((_, k) => index.matcher.officeAt(words, k)?.words.length === words.length - k) && words.length <= 5;
}

/** A short line without a sentence's end that is no byline or other furniture: a section's heading ("MARKETS", "What was agreed"). */
const isSectionHeading = (line: string) => /\p{L}/u.test(line) && line.trim().length <= 40 && !/[.!?:;,"”’)]\s*$/.test(line.trim()) && !isFurnitureLine(line) && !isFurniture(line);

/**
 * A watched entity that makes a sentence about the topic on its own: a group's namesake
 * (Russia, Vietnam, ASEAN) or one of its people and bodies. A member state of a watched body
 * (Thailand in ASEAN's group) is watched too, but a sentence naming it beside outsiders ("Trump
 * witnessed a peace declaration between Thailand and Cambodia") is regional background.
 */
const isCore = (e: EntityMention) => !!e.group && (e.kind !== 'country' || e.id === e.group);

/**
 * One side of the watch named only as one of a list of outsiders, after the first of them
 * ("BRICS was founded by Brazil, Russia, India and China"): background on a group, not on the
 * watched relation. A sentence that opens with the watched party ("Hanoi has turned to Israel,
 * South Korea and India") is about it.
 */
function amongOthers(c: Features): boolean {
  const outsiders = new Set(c.entities.filter((e) => !e.group && (e.kind === 'country' || e.kind === 'place')).map((e) => e.id));
  return outsiders.size >= 2 && c.groups.size === 1 && !c.entities[0]?.group;
}

/**
 * After a turn to another story, what brings the watch back: one of its people or bodies, or both
 * sides named. A side named only as a country is the other story's place ("In other news, a heat
 * alert is in force in central Vietnam").
 */
const bringsBackTheWatch = (c: Features, profile: WatchProfile) => c.entities.some((e) => isCore(e) && e.kind !== 'country') || namesBothSides(c, profile);

/**
 * A bulletin's or a digest's turn to another item: "Elsewhere, …", "In other news, …", "And
 * finally, …" (after a speaker's label or a time mark). Unless it brings back the watch, what
 * follows is another story, not the one before it.
 */
function turnsToAnotherStory(c: Features): boolean {
  return /^(elsewhere|in other news|and finally|finally,|in other developments)\b/i.test(withoutSpeaker(c.text));
}

/**
 * A roundup's item headed by one member state's name ("- Thailand: the central bank held rates",
 * "🇮🇩 Jakarta: …"): news of that state, not of the watched relation.
 */
function headedByAMember(c: Features, text: string, lineStarts: number[]): boolean {
  const [first] = c.entities;
  if (!first?.group || isCore(first)) return false;
  const before = text.slice(lineStarts[c.line], first.start);
  return /^[\s\p{P}\p{S}\d]*$/u.test(before) && /^\s*:/.test(text.slice(first.end, first.end + 3));
}

/** Does the sentence name someone or somewhere outside the watch profile? */
function namesOthers(c: Features): boolean {
  // a place of no watched group that acts or is acted on (China, the US…); one that only says
  // where something happened ("talks in Riyadh") leaves the sentence to its actors
  // ("In China, Xi …" opens with the place it is about)
  // (words before it count from what the speaker says: "ANCHOR: In Japan, …" opens with Japan)
  const said = c.start + c.text.length - withoutSpeaker(c.text).length;
  return c.entities.some((e) => {
    const before = c.tokens.filter((t) => t.start >= said && t.end <= e.start);
    return !e.group && !(before.length > 1 && (LOCATIVES.has(before.at(-1)!.lower) || bearingFrom(before)));
  });
}
const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'inside']);
/** A bearing from a place only says where something lies: "a port south-west of China", "an island east of Japan". */
const bearingFrom = (before: Token[]) => before.at(-1)!.lower === 'of' && /^(north|south|east|west)(-?(east|west))?$/.test(before.at(-2)?.lower ?? '');

/**
 * An outsider's word on the watched event: the sentence speaks of "the visit" or "this trip"
 * ("Washington offered no criticism of the trip") and names no outside person, whose own visit it
 * could be ("Biden's visit").
 */
function reactsToTheEvent(c: Features, index: BaselineIndex): boolean {
  if (c.entities.some((e) => e.kind === 'person' && !e.group)) return false;
  const nouns = eventNounsOf(index);
  return c.tokens.some((t, i) => t.pos === 'NOUN' && nouns.has(t.lemma) && /^(the|this|that|his|its)$/.test(c.tokens[i - 1]?.lower ?? ''));
}

/** The event's nouns: the baseline titles' ("visit") and the heads of the profile's event kinds ("working trip"). */
const eventNouns = new WeakMap<BaselineIndex, ReadonlySet<string>>();
function eventNounsOf(index: BaselineIndex): ReadonlySet<string> {
  let nouns = eventNouns.get(index);
  if (!nouns) eventNouns.set(index, (nouns = new Set([...index.eventWords, ...index.profile.eventKinds.map((k) => k.toLowerCase().split(' ').at(-1)!)])));
  return nouns;
}

export type EventState = 'inside' | 'outside' | 'unknown';

/** "The current visit", "this trip": the event a later article is itself about, not the baseline's. */
function speaksOfItsOwnEvent(c: Features, index: BaselineIndex): boolean {
  return c.tokens.some((t, i) => index.eventWords.has(c.tokenKeys[i] ?? '') && /^(current|this|ongoing|present|latest)$/.test(c.tokens[i - 1]?.lower ?? ''));
}

/**
 * The profile's event kinds a text names, as whole words ("an official working visit": working
 * visit); not one it sets aside ("a working trip rather than the full state visit").
 */
export function kindsIn(text: string, profile: Pick<WatchProfile, 'eventKinds'>): string[] {
  let patterns = kindPatterns.get(profile);
  if (!patterns) {
    const escape = (k: string) => k.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    kindPatterns.set(profile, (patterns = profile.eventKinds.map((kind) => ({ kind, pattern: new RegExp(`(?<!\\b(?:rather than|instead of|not)(?: \\S+){0,2} )\\b${escape(kind)}\\b`) }))));
  }
  if (!patterns.length) return [];
  const lower = text.toLowerCase();
  return patterns.filter(({ pattern }) => pattern.test(lower)).map(({ kind }) => kind);
}
const kindPatterns = new WeakMap<object, Array<{ kind: string; pattern: RegExp }>>();

/** A city the event was not in, or a country outside the watch ("signed in Pyongyang", "with Laos"). */
export const namesAnotherPlace = (f: Pick<Features, 'entities'>, { eventPlaces }: Pick<BaselineIndex, 'eventPlaces'>) =>
  f.entities.some((e) => (e.place && !eventPlaces.has(e.place)) || ((e.kind === 'country' || e.kind === 'place') && !e.group));

/** A sentence's keys name the baseline's event: a word most of the baseline's titles use ("visit"). */
export function namesTheEvent(keys: ReadonlySet<string>, { eventWords }: Pick<BaselineIndex, 'eventWords'>): boolean {
  for (const k of keys) if (eventWords.has(k)) return true;
  return false;
}

/**
 * Which sentences speak of the baseline's own time (the event it covers)? A sentence dated
 * elsewhere ("in May", "in 2025") is about another event: its counts and dates can't
 * contradict the baseline's. The state carries through a paragraph.
 */
function eventStates(claims: Features[], index: BaselineIndex, published: Date | undefined): EventState[] {
  const { from, to } = index.period;
  const monthInside = (year?: number, month?: number) => {
    if (year === undefined) return undefined;
    if (month === undefined) return year >= from.getUTCFullYear() && year <= to.getUTCFullYear() ? undefined : false;
    const start = Date.UTC(year, month - 1, 1);
    const end = Date.UTC(year, month, 1);
    return start < to.getTime() && from.getTime() < end;
  };
  const articleDefault: EventState =
    published && published.getTime() >= from.getTime() && published.getTime() <= to.getTime() + 45 * 86_400_000 ? 'inside' : 'unknown';
  const writtenLater = !!published && published.getTime() > to.getTime();
  let line = -1;
  let state: EventState = articleDefault;
  let narrativeYear: number | undefined;
  return claims.map((c) => {
    if (c.line !== line) {
      line = c.line;
      state = articleDefault;
      narrativeYear = undefined;
    }
    // (a month without its year in a sentence that gives a year is of that year: "That 2024 encounter, … on 18 and 19 June")
    const read = extractTimeAnchors(c.tokens, published, narrativeYear);
    const ownYear = read.filter((a) => a.told && a.month === undefined).at(-1)?.year;
    const found = ownYear !== undefined && ownYear !== narrativeYear && read.some((a) => a.month && !a.told) ? extractTimeAnchors(c.tokens, published, ownYear) : read;
    const anchors = found.map((a) => monthInside(a.year, a.month));
    // the year the paragraph tells of: the last one a sentence gives ("in June 2024", "last year")
    narrativeYear = found.filter((a) => a.told).at(-1)?.year ?? narrativeYear;
    // (the event in another month of its year is the event misdated)
    const eventYear = found.every((a) => a.year === from.getUTCFullYear());
    if (anchors.includes(true)) state = 'inside';
    else if (anchors.includes(false)) state = eventYear && misdatesTheEvent(c, index) ? 'inside' : 'outside';
    else if (writtenLater && speaksOfItsOwnEvent(c, index)) state = 'outside';
    // (naming the event in its year takes a paragraph back to it: "… talks in May. Looking back at the state visit a year ago, …")
    else if ((state !== 'outside' || (eventYear && found.length > 0)) && namesTheEvent(c.keys, index) && !ofAnotherVisit(c, index)) state = 'inside';
    // (as does a watched person in the event's city in its year: "Putin's talks in Hanoi in 2024")
    else if (eventYear && found.length > 0 && c.entities.some((e) => !!e.place && index.eventPlaces.has(e.place)) && c.entities.some((e) => e.kind === 'person' && e.group) && !ofAnotherVisit(c, index)) state = 'inside';
    return state;
  });
}

/** A sentence telling of someone or something coming into an office or a body: "names X as top leader", "his election as", "joins ASEAN". */
const toldAsChange = (c: Features) => c.tokens.some((t) => TAKING_PLACE_VERBS.has(t.lemma) || TAKING_PLACE_VERBS.has(t.lower.replace(/s$/, '')) || TAKING_OFFICE.has(t.lower));

/** Claims that make an article's lead: its headline and first sentences. */
const LEAD_CLAIMS = 3;

/**
 * A headline telling of a baseline office holder leaving office ("Party chief Nguyen Phu Trong
 * dies at 80", "… steps down"): the baseline's holder is gone, which the watch must hear.
 */
function leavesOffice(headline: Features, index: BaselineIndex): boolean {
  const holder = headline.entities.some((e) => e.kind === 'person' && officesOf(e.id, index).size > 0);
  return holder && headline.tokens.some((t, i) => LEAVING_OFFICE.has(t.lemma) && (t.lemma !== 'step' || headline.tokens[i + 1]?.lower === 'down') && (t.lemma !== 'pass' || headline.tokens[i + 1]?.lower === 'away'));
}

/**
 * Is the article's story a change of a baseline fact? Its headline or lead tells of someone or
 * something coming into an office or a body, its lead changes a baseline fact, and the story
 * comes back to it: more than one of its claims changes a fact. A fact said in passing ("party
 * chief To Lam", in a story on Korean trade) leaves the article to its own subject.
 */
function isAboutAChange(headline: Features | undefined, claims: Features[], states: EventState[], contexts: ClaimContext[], index: BaselineIndex): boolean {
  if (headline && leavesOffice(headline, index)) return true;
  const lead = claims.slice(0, LEAD_CLAIMS);
  if (!(headline && toldAsChange(headline)) && !lead.some(toldAsChange)) return false;
  const changes = claims.map((c, i) => changesAFact(c, states[i], index, contexts[i]));
  return changes.slice(0, LEAD_CLAIMS).includes(true) && changes.filter(Boolean).length >= 2;
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
/** How far back a pronoun's person may be named, in sentences. */
const REFERENT_REACH = 2;

/**
 * "He had arrived after his first visit …" after a sentence on Putin: a sentence that names no
 * person but speaks of one by a personal pronoun speaks of the person the nearest sentence
 * before it named first, when the pronoun opens the subject. The person joins its entities (not
 * its words), so that it is read and compared as a claim about that person.
 */
function withReferents(claims: Features[]): Features[] {
  // (a sentence whose subject is such a pronoun speaks first of its referent, whoever else it
  // names: "He replaces Nguyen Phu Trong" continues the story of the one "he" stands for)
  const subjects: Array<EntityMention | undefined> = claims.map(() => undefined);
  return claims.map((claim, i) => {
    const c = withPronounPredecessors(claim, claims, i);
    // the pronoun opens the sentence's subject: no noun before it but a date ("On Thursday, he …")
    // or a speaker's label, which has no words of the claim ("DANIEL: He keeps …"); a later one
    // refers within the sentence ("China's minister met his counterpart")
    const at = c.tokens.findIndex((t) => t.pos === 'PRON' && PERSONAL_PRONOUNS.has(t.lower));
    const inDate = (k: number) => c.dates.some((d) => k >= d.from && k < d.to);
    if (at < 0) return c;
    // (or a phrase put before the subject: "On the sidelines he met …", "In Pyongyang, he signed …")
    const fronted = c.tokens[0]?.pos === 'ADP' && !c.tokens.slice(0, at).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON');
    if (!fronted && c.tokens.slice(0, at).some((t, k) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !inDate(k) && c.tokenKeys[k] !== undefined)) return c;
    const pronoun = c.tokens[at];
    // (a subject "he" is a mention of its referent beside the others the claim names, "He takes
    // over from To Lam"; a possessive "his" or a speaker's "he said" is not)
    const mentionsReferent = /^(he|she)$/.test(pronoun.lower) && !REPORTING_VERBS.has(c.tokens[at + 1]?.lemma ?? '');
    for (let j = i - 1; j >= Math.max(0, i - REFERENT_REACH); j--) {
      const person = subjects[j] ?? claims[j].entities.find((e) => e.kind === 'person');
      if (!person) continue;
      subjects[i] = person;
      if (c.entities.some((e) => e.kind === 'person') && !mentionsReferent) return c;
      const groups = person.group ? new Set([...c.groups, person.group]) : c.groups;
      // and the offices the pronoun holds are that person's ("His first trip as party chief"), and
      // so is the age it is given ("He died at the age of 82")
      const roles = [...c.roles, ...c.byPronoun.map((r) => ({ ...r, person: person.id, country: r.country ?? person.group }))];
      const age = c.age && !c.age.person ? { ...c.age, person: person.id } : c.age;
      return { ...c, entities: [...c.entities, { ...person, start: pronoun.start, end: pronoun.end }], groups, roles, ...(age ? { age } : {}) };
    }
    return c;
  });
}

/**
 * "The Central Committee chose To Lam to succeed him" after a sentence on Trong's death: the one
 * succeeded is the subject of the nearest sentence before naming someone, else the person it
 * names first (not the successor himself).
 */
function withPronounPredecessors(c: Features, claims: readonly Features[], i: number): Features {
  if (!c.succeedsPronoun.length) return c;
  const successions = [...c.successions];
  for (const successor of c.succeedsPronoun) {
    for (let j = i - 1; j >= Math.max(0, i - REFERENT_REACH); j--) {
      const people = claims[j].entities.filter((e) => e.kind === 'person' && e.id !== successor);
      const person = people.find((e) => isSubject(claims[j], e)) ?? people[0];
      if (!person) continue;
      successions.push({ successor, predecessor: person.id });
      break;
    }
  }
  return { ...c, successions };
}

/** A person named just before a verb is its subject: "… after hosting Putin, Nguyen Phu Trong died". */
function isSubject(c: Features, e: EntityMention): boolean {
  const next = c.tokens.find((t) => t.start >= e.end);
  return next?.pos === 'VERB' || next?.pos === 'AUX';
}

/** What each claim's paragraph names ("the bloc now has 11 members" after a sentence naming ASEAN), and whether the article was written after the event's week. */
function claimContexts(claims: Features[], written: Date | undefined, writtenLater: boolean, storyElsewhere: boolean): ClaimContext[] {
  const placesOf = (c: Features) => c.entities.filter((e) => e.kind === 'country' || e.kind === 'place').map((e) => e.group ?? e.id);
  const paragraphs = new Map<number, Set<string>>();
  const paragraphPlaces = new Map<number, Set<string>>();
  for (const c of claims) {
    const named = paragraphs.get(c.line) ?? new Set<string>();
    for (const e of c.entities) named.add(e.id);
    paragraphs.set(c.line, named);
    paragraphPlaces.set(c.line, new Set([...(paragraphPlaces.get(c.line) ?? []), ...placesOf(c)]));
  }
  const bodiesOf = (c: Features) => c.entities.filter((e) => e.kind === 'organisation').map((e) => e.id);
  const linesNamingBodies = new Set(claims.filter((c) => bodiesOf(c).length).map((c) => c.line));
  return claims.map((claim, i) => {
    // where the claim is: its paragraph's places, or those of the sentence before (a one-sentence paragraph);
    // likewise the body "the bloc" is: the paragraph's, or the one the sentence before names
    const here = paragraphPlaces.get(claim.line)!;
    const named = paragraphs.get(claim.line)!;
    const paragraph = linesNamingBodies.has(claim.line) || i === 0 ? named : new Set([...named, ...bodiesOf(claims[i - 1])]);
    const afterArrival = i > 0 && claims[i - 1].tellsOfArriving;
    return { paragraph, places: here.size || i === 0 ? here : new Set(placesOf(claims[i - 1])), written, writtenLater, afterArrival, storyElsewhere };
  });
}

export function analyzeArticle(article: ArticleInput & { id?: string }, index: BaselineIndex): Report {
  const cut = article.text.length > MAX_ARTICLE_CHARS ? { analysedChars: cutAt(article.text, MAX_ARTICLE_CHARS), totalChars: article.text.length } : undefined;
  const page = cut ? article.text.slice(0, cut.analysedChars) : article.text;
  // (a sentence wrapped across lines, as subtitles and e-mails wrap them, is read on one line, and
  // HTML left in the text as a browser shows it; its finding quotes the page as it stands)
  // (and a line in capitals in sentence case, as a wire's teletype copy is read)
  const text = readCapitals(joinWrappedLines(readThroughMarkup(page)), index.matcher);
  const publisher = publisherName(article.source);
  const headline = readSentences(readCapitals(readThroughMarkup(article.title), index.matcher))[0];
  const headlineFeatures = headline && sentenceFeatures(headline, index.matcher);
  const detached = new Set<Features>();
  const byForm: Sentence[] = [];
  const sentences = withReferents(
    claimSentences(text, index.matcher, byForm)
      .filter((s) => !publisher || !speaksOfItself(s, publisher))
      .map((s) => sentenceFeatures(s, index.matcher)),
  );
  const claims = aboutTheTopic(sentences, text, index, headlineFeatures, detached);
  const published = Number.isNaN(Date.parse(article.published)) ? undefined : new Date(article.published);
  const states = eventStates(claims, index, published);
  const writtenLater = !!published && published.getTime() > index.period.to.getTime();
  const contexts = claimContexts(claims, published, writtenLater, writtenLater && headedElsewhere(headlineFeatures, index));
  // (a story of a change of a baseline fact is the watch's, whether or not it names both sides)
  const relevant = (isRelevant(claims, index, headlineFeatures) && !headedOnAnotherSubject(headlineFeatures, claims, index)) || isAboutAChange(headlineFeatures, claims, states, contexts, index);
  const findings: Finding[] = [];
  if (relevant) {
    const results = claims.map((claim, i) => {
      if (saysNothingOfTheTopic(claim, index)) return undefined;
      const result = compareClaim(claim, states[i], index, contexts[i]);
      // (the writer's own life is no news; what the writer gets wrong of the topic still counts)
      return result.label === 'new' && tellsOfTheWriter(claim, index) ? undefined : result;
    });
    // An article that mostly retells the baseline (half as many known claims again as new ones): its
    // close calls are read as retold too
    // (word-for-word copies do not count: an article that copies a story is no paraphrase of it)
    const known = results.filter((r) => r?.label === 'known' && r.score < VERBATIM).length;
    const fresh = results.filter((r) => r?.label === 'new').length;
    // or one whose news is mostly close calls: restated claims and close calls together at least
    // three times the news that names someone or gives a figure
    const close = results.filter((r) => r?.label === 'new' && r.closeCall).length;
    const retold = known >= RETOLD_SHARE * fresh || known + close >= CLOSE_CALL_SHARE * (fresh - close);
    if (known >= RETELLING_LEAST && retold) {
      results.forEach((r, i) => {
        if (r?.label === 'new') results[i] = compareClaim(claims[i], states[i], index, { ...contexts[i], retelling: true });
      });
      // an article that retells the baseline all but whole: its one straggler is likely retold too
      const stragglers = results.flatMap((r, i) => (r?.label === 'new' ? [i] : []));
      const retoldKnown = results.filter((r) => r?.label === 'known').length;
      if (stragglers.length === 1 && retoldKnown >= WHOLE_RETELLING) {
        const i = stragglers[0];
        results[i] = compareClaim(claims[i], states[i], index, { ...contexts[i], retelling: true, lone: true });
      }
    }
    claims.forEach((claim, i) => {
      const result = results[i];
      if (result && !(detached.has(claim) && result.label === 'new')) findings.push(findingOf(claim, result, page));
    });
    // a sentence set aside for its form that names a person of the watch as a later holder of a
    // baseline office still contradicts the baseline, as a name in passing does ("a courtesy call
    // on President X", a caption, a reader's letter): the office is all it is read for
    // (a person of the watch: "2–4 pm, Harmon Hall" names no premier)
    for (const s of byForm) {
      const claim = sentenceFeatures(s, index.matcher);
      const watched = new Set(claim.entities.filter((e) => e.kind === 'person' && e.group).map((e) => e.id));
      const result = claim.roles.some((r) => watched.has(r.person)) ? passingRoleConflict(claim, index) : undefined;
      if (result) findings.push(findingOf(claim, result, page));
    }
    // a sentence of the article set aside as off the topic that names a later holder of an outside
    // country's baseline office contradicts the baseline all the same ("US President X stayed away"
    // beside a story of the summit): the office is all it is read for
    const onTheTopic = new Set(claims);
    for (const claim of sentences) {
      const result = onTheTopic.has(claim) ? undefined : outsideOfficeConflict(claim, index);
      if (result) findings.push(findingOf(claim, result, page));
    }
    findings.sort((a, b) => a.claim.start - b.claim.start);
    findings.forEach((f, i) => (f.id = `f${i + 1}`));
  }
  const summary: Record<Label, number> = { new: 0, contradiction: 0, known: 0, repeated: 0 };
  for (const f of findings) summary[f.label]++;
  return {
    article: { id: article.id ?? '', title: article.title, url: article.url, source: article.source, published: article.published },
    relevant,
    findings,
    summary,
    alert: relevant && summary.new + summary.contradiction > 0,
    ...(cut ? { cut } : {}),
  };
}

/** A claim's finding, numbered once the report's findings are in text order. */
const findingOf = (claim: Features, result: Comparison, page: string): Finding => ({
  id: '',
  label: result.label,
  ...(result.type ? { type: result.type } : {}),
  claim: { text: page.slice(claim.start, claim.end), start: claim.start, end: claim.end },
  evidence: reportedEvidence(result.evidence),
  score: Number(result.score.toFixed(2)),
  reason: result.reason,
});

const asEvidence = (s: BaselineSentence): Evidence => ({ doc: s.doc, text: s.text, start: s.start, end: s.end });
// A fact's evidence shared by every finding that contradicts it (frozen, see compare.ts) is put
// in report form once; each report gets its own list of the same (frozen) entries.
const reported = new WeakMap<readonly BaselineSentence[], Evidence[]>();
function reportedEvidence(evidence: BaselineSentence[]): Evidence[] {
  if (!Object.isFrozen(evidence)) return evidence.map(asEvidence);
  let list = reported.get(evidence);
  if (!list) reported.set(evidence, (list = evidence.map((s) => Object.freeze(asEvidence(s)))));
  return list.slice();
}

/** Where to cut a text at most `max` long: after the last sentence end before it, so no sentence is read half. */
function cutAt(text: string, max: number): number {
  const end = Math.max(text.lastIndexOf('\n', max), text.lastIndexOf('. ', max) + 1);
  return end > max / 2 ? end : max;
}
