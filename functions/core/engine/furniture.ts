// Page furniture: the parts of a collected page that carry no claim — cookie notices,
// newsletter pitches, "Read more" teasers, bylines, weather and date strips, navigation,
// copyright lines, photo credits. They never become findings.

/** Month names as pages write them in dates: capitalised, in full or cut short ("Sep", "Sept."). */
const MONTH_NAMES = 'Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sept?(ember)?|Oct(ober)?|Nov(ember)?|Dec(ember)?';
const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun';

const MONTH_WORD = new RegExp(`\\b(${MONTH_NAMES})\\b`);

/** The page speaking of itself: "Listen to this article", "This report was first published …". */
const PAGE_ITSELF = /\bthis (article|story|page|report|piece|post|explainer|briefing|timeline|live ?blog)\b/i;

/** How an author's or a guest's note opens: a short label perhaps ("Guest:"), a title perhaps, then a name of two to four capitalised words. */
const NOTE_OPENING = String.raw`^\s*(\p{L}[\p{L} ]{0,20}:\s+)?((Dr|Prof|Mr|Ms|Mrs)\.?\s+)?\p{Lu}[\p{L}-]+( \p{Lu}[\p{L}-]+){1,3} `;

const FURNITURE: RegExp[] = [
  /\bcookies?\b.*\b(use|site|brows|accept|consent|preferences|privacy|experience|personalis|personaliz|store|device)/i,
  /\b(we|our|this (site|website)|you|by continuing)\b.*\bcookies?\b/i,
  /\buses? cookies\b/i,
  // a running header or footer of a document turned to text: "Page 2 of 9"
  /\bpage \d+ of \d+\b/i,
  /\b(we value your privacy|manage (options|preferences|cookies)|accept all)\b/i,
  /\b(subscription|newsletter|briefing delivered|in your inbox|delivered to your inbox|daily digest|weekly digest)\b/i,
  // a call to sign up: at the start, or with the reader's or the page's offer after it (not "Hanoi
  // did not sign up to Putin's proposal", "Vietnam does not subscribe to bloc politics")
  /^\s*(sign up|subscribe)\b|\b(sign up|subscribe|register)\b.{0,30}\b(our|your|free|now|today|here|premium)\b|\bto (continue|keep) reading\b/i,
  /^\s*(read more|read also|related|more articles|latest articles|latest news|must read|advertisement|- advertisement -|sponsored|share this|follow us|to watch on video|leave a reply|please enter|trending|recommended|popular|most read|see also|also read|watch)\b/i,
  /\b(all rights reserved|copyright ©|© ?\d{4}|\(c\) ?\d{4}|registered trademark)/i,
  // a newsletter's contents: "In this issue: 1) …"
  /^\s*in this (issue|edition|newsletter)\b/i,
  // a copyright mark: "©", "(c)", or "(C)" heading a short notice ("(C) Reuters 2024"); "(C)" heading
  // a paragraph of prose is a cable's classification mark, as "(U)" and "(S)" are
  /^\s*(©|\(c\)|\(C\)(?!(\s+\S+){7}))/,
  /-?\d+(\.\d+)?\s?°\s?[CF]\b/,
  /\bfollow (us|our)\b|\blive (blog|coverage)\b|\bstay tuned\b/i,
  /\bthis (article|story) (was|has been) (updated|corrected|amended)\b/i,
  // a correction notice of any piece: "This release was corrected on …", "This version corrects …",
  // "An earlier version gave the number … as 14"
  /\bthis (release|note|report|post|piece|page|item|entry|brief|briefing|update|column|bulletin|transcript) (was|has been) (updated|corrected|amended)\b|\b(this|an earlier|a previous) version (of this \w+ )?(corrects|gave|said|stated|misstated|reported|wrongly)\b/i,
  /\b(click here|tap here|download (our|the) app)\b/i,
  /^\s*(photo|image|picture|video|graphic|illustration)( by|:|\s*credit)/i,
  // a figure's title, numbered or not: "Figure 2: crude output, 2000–2024", "Chart: arrivals by month", "Map 1: …"
  /^\s*(figure|fig\.|chart|map|infographic|exhibit)(\s+\d+[a-z]?)?\s*:/i,
  /\((photo|image|picture|video|graphic)s?( by|:|\s*credit)/i,
  PAGE_ITSELF,
  // a document's lead-in to its own text, and its word on which language's version counts: "The
  // following is an edited transcript of …", "Below is the text of …"; "the Vietnamese version prevails"
  /^\s*(the following (is|are)|below (is|are)|here (is|are))\b.{0,40}\b(transcripts?|text|excerpts?|translations?|remarks|statements?|q&a|record)\b/i,
  /\b(version|text|original)\b.{0,20}\b(prevails|is authoritative|shall prevail|is binding|takes precedence)\b/i,
  // credit lines open with a participle and a name, and end soon after it: "Translated from Russian
  // by …", "Edited by …" (not "Asked about a visit by President Putin, the spokeswoman said …")
  /^\s*\(?\p{Lu}\p{Ll}+ed\b[^.;,]{0,40}\bby \p{Lu}[^,]{0,60}$/u,
  /^\s*\(?(source|sources|editing by|reporting by|writing by|additional reporting|contributing authors?|contributors?)\b[: ]/i,
  // the author's note: "About the author: …", "The author is a senior fellow at …"
  /^\s*(about the author\b|the (author|writer)s? (is|are|was|teaches|lectures|works|heads|directs|covers|writes)\b)/i,
  // an encyclopedia's reference: "Retrieved 3 March 2025.", "Archived from the original on …"
  /^\s*(retrieved( on)? \d|archived from the original\b)/i,
  // a host bringing in a guest: "With me is Dan Kowalczyk, who reports on …", "I'm joined by …",
  // "My guest is …", "Our analyst Kieran Bose joins me.", "… is on the line", "I'm Claire Ng, and today …"
  /^\s*(with me (is|are|today|this week|now)|i'?m joined (by|today|now)|joining (me|us) (is|are|now|today))\b/i,
  /\bmy guests? (is|are|today|this week)\b|\bjoins? (me|us)( now| today| here| from [\p{L} ]+)?\s*[.!]?\s*$|\b(is|are) (on the line|(here )?in the studio)\b/iu,
  /^\s*I'?m \p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){0,3},? and (today|this week|here|my guest|with me|I'?m|I am)\b/u,
  // a programme's own name said in greeting: "Welcome to Wander East."
  /^\s*welcome (back )?to\b[^.!?,]{0,50}[.!]?\s*$/i,
  // bylines: "By Vu Anh | June 20" — names are capitalised, so "By signing the treaty, …" is not one
  /^\s*(By|BY) \p{Lu}[\p{L}.'-]+( \p{Lu}[\p{L}.'-]+){0,3}\s*(\||$|\d|,)/u,
  /\bsource site\b/i,
  /\b\d+\s*min(ute)?s? read\b/i,
  // datelines: "HANOI, June 20 (Reuters) -", a place, a date and an agency in brackets, nothing else
  /^\s*[\p{Lu}][\p{Lu} .'-]+,\s*[\p{L}]+\.? \d{1,2}(, \d{4})?\s*\([^)]+\)\s*[-–—·]?\s*$/u,
  /\bindependent coverage of\b|\bsubscribe for full access\b/i,
  // a broadcast's greetings and thanks: "PRESENTER: Good afternoon from Kuala Lumpur, …", "Thank you."
  /^\s*(good (morning|afternoon|evening)|hello|welcome back|thank you|thanks(?! to))\b/i,
  // a speaker's bare assent ("ANALYST: That's right."), and what a broadcast has coming ("After the break: …")
  /^\s*[\p{Lu} ,]+:\s*(that's right|that is right|yes|indeed|exactly|absolutely|right)\W*$/iu,
  /^\s*(after the break|coming up|still to come|up next|one more before the (news|break))\b/i,
  // a broadcast's sign-off and where to hear it: "That's the news from Radio …", "… is available on all major podcast platforms"
  /^\s*(that'?s|that was|this has been)( all)? (the|our|this) (news|bulletin|programme|program|show|podcast|episode)( from\b| on\b|\W*$)/i,
  /\bpodcast (platforms|apps)\b/i,
  // a show's episode heading ("Asia Unpacked — Episode 148: …") and a reader's letter signed off ("— J. Bell, Norwich")
  /\b(episode|ep\.)\s*\d+\s*[:·|—–-]/i,
  /[—–]\s*\p{Lu}\.(\s*\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+,\s*\p{Lu}[\p{L}' -]+$/u,
  // a paywall's meter: "3 free articles left this month"
  /\b\d+ (free )?(articles?|stories|reads) (left|remaining)\b/i,
  // a disclaimer labelled as one: "Disclaimer: Student commentaries are published to encourage debate."
  /^\s*disclaimers?\s*:/i,
  // an editor's disclaimer: "The views expressed are the author's own and do not represent those of …",
  // "This commentary reflects her personal views", a research note's "Analyst certification and important disclosures …"
  /\bviews expressed\b|\bdo(es)? not (necessarily )?(represent|reflect) (the (views|position)|those) of\b/i,
  /\breflects? (his|her|their|the author's|the writer's) (own |personal )+(views|opinions)\b/i,
  /\b(analyst certification|important disclosures)\b/i,
  // the page's own audience told what to do or what it may do, in the third person: "Members should
  // contact the secretariat", "Subscribers can download the full report", "Readers may leave
  // messages below" (not a body's members: "Members of the bloc should …"); and those a call or a
  // meeting addresses: "Prospective authors are encouraged to …", "Accepted presenters must register …"
  /^\s*(all |our )?((prospective|accepted|successful|interested|shortlisted) )?(members|readers|subscribers|listeners|viewers|authors|presenters|delegates|contributors|participants)\b(?! of\b)[^.!?]{0,80}?\b(should|must|may|can|are (asked|invited|advised|encouraged|reminded|requested|welcome))\b/i,
  // a call's own dates and terms: "Extended abstracts (1,000 words) are due on 15 November",
  // "Submission deadline for full articles: 30 June 2025", "All manuscripts should follow the guidelines"
  /^\s*((extended|full|short) )?(abstracts|manuscripts|submissions|papers|proposals|applications)\b[^.!?]{0,40}\b(are|is) due (on|by|before)\b|^\s*(submission|application|registration) deadlines?\b|^\s*all (manuscripts|submissions|papers|abstracts) (should|must)\b/i,
  // what paying readers get: "Paid subscribers get the full archive"
  /\b(paid|paying|premium) (subscribers|members|readers)\b|\bsubscribers (can|get|may)\b|\bfor subscribers\b|\bsubscriber (section|area|edition)\b|\bbecome a patron\b|\bbecome a paying member\b/i,
  // an author's note: "Minh Anh covers Vietnamese politics.", "Peter Volkov is a contributing analyst based in Almaty.",
  // "Ana Ruiz-Lee has reported from Jakarta for years."
  // (or a guest's, under a short label and a title perhaps: "Guest: Dr. Mai Tran is a Hanoi-based analyst …")
  new RegExp(`${NOTE_OPENING}(covers|reports on|writes about|writes on|writes for|(lectures|teaches) (in|on|at)|has (reported|written|covered|advised|worked)( \\S+){0,5} (from|on|about|for|in|across))( \\S+){1,16}\\.?\\s*$`, 'u'),
  new RegExp(`${NOTE_OPENING}is an? ([\\p{L}-]+ ){0,2}(analyst|fellow|correspondent|journalist|writer|editor|researcher|professor|lecturer|reporter|columnist|contributor|economist|scholar|consultant|specialist|commentator|historian)\\b`, 'u'),
  // a post's record on a question-and-answer page or a forum: "answered Jun 22, 2024 by hanoi_watcher (12.4k)", "asked 3 days ago"
  new RegExp(`^\\s*(asked|answered|edited|posted|commented|replied)\\s+((on|at)\\s+)?((${MONTH_NAMES})\\.? \\d{1,2}\\b|\\d{1,2} (${MONTH_NAMES})\\b|\\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago\\b|yesterday\\b|today\\b)[^!?]{0,80}$`, 'i'),
  // a document's heading with its date after a dash, no sentence: "ASIA MORNING BRIEF — Friday, 21 June 2024",
  // "Briefing by the Spokesperson — Moscow, 26 June 2024 (excerpt)" (a timeline's item opens with its date instead)
  new RegExp(`^[^.!?]*\\S\\s+[—–|-]\\s+[^.!?]*\\b(\\d{1,2}\\s+(${MONTH_NAMES})\\.?,?\\s+\\d{4}|(${MONTH_NAMES})\\.?\\s+\\d{1,2},?\\s+\\d{4})\\b[^.!?]*$`),
  // a reader's comment under a user handle, a name in lower case with a digit or an underscore
  // ("saigon_sam: More doors open", "anon_71: …"): the thread under the story, not the story
  /^\s*@?(?=[a-z.]*[_\d])[a-z][a-z0-9_.]{2,30}:\s/,
  // (and the header of a post quoted under it: "west_lake_walker said:")
  /^\s*@?(?=[a-z.]*[_\d])[a-z][a-z0-9_.]{2,30}\s+(said|wrote|posted|replied)\s*:?\s*$/,
  // a forum's or a poll's own counts: "Users browsing this thread: 2 members, 57 guests", "Yes — 14 votes (58%)"
  /\b(users?|members?|guests?) (browsing|online|viewing)\b|\b\d+ votes? \(\d+(\.\d+)?%\)/i,
  // a page's count of its own readers, opening its line or after a separator: "38,204 views  Streamed
  // live on 20 Jun 2024", "20.06.2024 18:30 · 2 310 views" (not "the explainer has passed 900,000 views")
  /(^\s*|[|·•]\s*)\d[\d,. ]*[KkMm]?\s+(views|reads|plays)\b/,
  // a machine timestamp ("Last updated 2026-12-01T18:05:12.345Z"): a page's clock, never a claim
  /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/,
  // an advert's marker in the running text: "Story continues below this ad"
  /\b(story|article|text) continues (below|after)\b|\bcontinue reading below\b/i,
  // the site's legal notes: "… accepts no responsibility or liability for …", "… reserves the sole right to …",
  // "… should not be relied on as professional advice"
  /\baccepts? no (responsibility|liability)\b|\breserves? the (sole )?right to\b|\bterms (of use|and conditions)\b|\brelied (up)?on as\b|\bprofessional advice\b/i,
  // an investment note's disclaimers: "does not constitute investment advice", "for information purposes only",
  // "subject to change without notice", "Past performance is not a guide …", "for professional clients only",
  // "It is not a solicitation to deal"
  /\bdoes not constitute (an? )?(offer|investment|legal|financial|advice|recommendation|solicitation)\b|\b(is|are) not (an? )?(offer|solicitation|recommendation) to\b|\bfor information(al)? purposes only\b|\bsubject to change without notice\b|\bpast performance is\b|\bfor (professional|institutional|qualified|accredited|sophisticated) (clients|investors) only\b/i,
  // terms of reprinting: "Reproduction of materials is permitted only with a link to the source"
  /\b(reproduction|reprinting|use) of (the |these |our )?materials\b|\bhyperlink (is|to the source is) required\b/i,
  // "Reprinting only with a reference to …", "Reproduction only with a hyperlink to the original", a licence's terms
  /\b(reproduction|reprinting|republication)\b.{0,40}\b(only|permitted|allowed|prohibited|forbidden)\b|\bonly with an? (hyper)?(link|reference) to\b|\bcreative commons\b/i,
  // "The author's opinion may not coincide with the position of the editors"
  /\b(opinions?|views?)\b.{0,40}\bmay not (coincide|reflect|represent)\b|\bdo(es)? not (necessarily )?coincide with\b/i,
  // how the text was made: "Transcripts are provided for accessibility and may differ from the broadcast",
  // "Answers have been edited for length and clarity"
  /\b(edited|condensed|shortened) for (length|clarity|brevity)\b/i,
  /\b(transcripts?|translations?|subtitles?)\b.*\b(provided|generated|produced|may differ)\b/i,
  // a news agency's story slug, "RUSSIA-VIETNAM/AGREEMENTS (FACTBOX)": the line is the agency's
  // plan for its coverage, not news (a dateline's "KAZAN/HANOI" has no hyphen)
  /(^|[\s(])\p{Lu}{2,}-\p{Lu}{2,}(-\p{Lu}+)*\/\p{Lu}{2,}/u,
  // a filing's or a broker's legal notice on what its statements are worth: "This report contains
  // forward-looking statements", "actual results may differ materially", "not guarantees of future
  // performance", "is not responsible for losses arising from …", "undertakes no obligation to update them"
  /\bforward-looking (statements?|information|assessments?)\b|\b(undertakes?|assumes?) no (obligation|duty) to (update|revise)\b|\bactual (results|outcomes) (may|could|might) differ\b|\bnot (a )?guarantees? of future (performance|results)\b|\bnot (be )?(held )?(responsible|liable) for (any )?(losses?|damages?)\b|\bpast performance\b/i,
  // how a survey was made, its method note: "The margin of error is ±3.2 points", "Results are
  // weighted so that …", "The survey was conducted on 20–26 June by telephone", "a representative
  // sample of 1,600" (not what it found: "The poll, conducted in June, found that 46% …")
  /^(?!.*\b(found|finds|find|shows?|showed|reveals?|revealed|suggests?|suggested)\b).*\b(margin of error|sampling error|(maximum|statistical) error|confidence (level|interval)|non-probability|opt-in panel|(random|representative|stratified|quota) sample|weighted (to|by|so|according)|(survey|poll|questionnaire|interviews?|fieldwork) (was|were) (conducted|fielded|carried out|administered))\b/i,
  // a wire photo's caption ends with its place and full date after a comma: "… in Hanoi, Vietnam, June 20, 2024."
  // (not a weekday's date closing a sentence: "… held talks on Friday, 21 June 2024.")
  new RegExp(`(?<!(${WEEKDAY_NAMES})),\\s*(${MONTH_NAMES})\\.?\\s+\\d{1,2},\\s*\\d{4}\\.?\\s*$|(?<!(${WEEKDAY_NAMES})),\\s*\\d{1,2}\\s+(${MONTH_NAMES})\\.?,?\\s+\\d{4}\\.?\\s*$`),
];

/** A line that starts a teaser block: under the article, or in a box set inside it. */
const TAIL_MARKERS = /^\s*[[(]?\s*(related( (articles|stories|news|posts))?|read more|also read|read also|more on this (topic|story)|more articles|more stories|latest articles|latest news|you may also like|more from [\p{L} ]+|recommended( for you)?|see also|most read|trending now|tags?:?)\s*[\])]?\s*:?\s*$/iu;

/**
 * A press release's closing section on its issuer, or its contacts: "About Zarubezhneft", "About
 * the author", "Media contacts". What follows describes who speaks, not the news.
 */
const ABOUT_HEADING = /^\s*(About (the author|us|\p{Lu}[\p{L}\p{N}&.'’ -]{1,50})|(Media|Press) contacts?)\s*:?\s*$/u;

/** Words in a line of the article's prose: a paragraph, not a teaser's headline. */
const PROSE_WORDS = 15;
/**
 * A paragraph of prose: whole sentences, long enough, no label ("ALSO IN ASIA: …") and no
 * furniture. On the page's last line, `cutOff`, a sentence may break off where the text ends.
 */
const isProse = (line: string, cutOff = false) =>
  (/[.!?]["”’]?\s*$/.test(line) || (cutOff && /\p{Ll}\s*$/u.test(line))) && line.trim().split(/\s+/).length >= PROSE_WORDS && !LABELLED_LINE.test(line) && !isFurniture(line) && !isFurnitureLine(line);

/**
 * The parts of a page that are not its article: from a teaser-block or closing-section heading
 * to the end. A teaser block (the heading and the lines under it, to a blank line) after which
 * the article's prose goes on, past blank lines and furniture, is a box set inside the article
 * ("MOST READ", three headlines, then the next paragraph): only the box is cut.
 */
export function outsideBody(text: string): Array<{ from: number; to: number }> {
  const lines = text.split('\n');
  const starts = [0];
  for (const line of lines) starts.push(starts.at(-1)! + line.length + 1);
  // (the page's last line with text may be a paragraph its text cut off mid-sentence: "… could come before")
  const lastLine = lines.findLastIndex((line) => line.trim());
  const cuts: Array<{ from: number; to: number }> = [];
  for (let i = 1; i < lines.length; i++) {
    if (ABOUT_HEADING.test(lines[i])) return [...cuts, { from: starts[i], to: text.length }];
    if (!TAIL_MARKERS.test(lines[i])) continue;
    let k = i + 1;
    while (k < lines.length && lines[k].trim()) k++;
    while (k < lines.length && (!lines[k].trim() || isFurniture(lines[k]) || isFurnitureLine(lines[k]))) k++;
    if (k >= lines.length || !isProse(lines[k], k === lastLine)) return [...cuts, { from: starts[i], to: text.length }];
    cuts.push({ from: starts[i], to: starts[k] });
    i = k - 1;
  }
  return cuts;
}

/**
 * A page that corrects what it published before: a corrections column, an erratum, a note that
 * "the correct figure is …" or that an earlier piece "wrongly said" something. (A notice names
 * itself with a capital, "Corrections", "CORRECTED", "Erratum": a "correction" in prices is none.)
 */
const CORRECTS_ITSELF = new RegExp(
  String.raw`\b(Corrections?|CORRECTIONS?|CORRECTED|Clarifications?|CLARIFICATIONS?|Errat(a|um))\b|` +
    String.raw`\b(has|have) corrected\b|\bshould have (read|said|been)\b|\bthe correct (figure|number|date|name|year|title|spelling) (is|was)\b|\b(incorrectly|wrongly|mistakenly) (said|stated|reported|described|identified|gave)\b`,
);
/** What the page's own earlier piece said, given as the error a correction withdraws: "An article on 21 June said …", "Issue 212 said …", "We wrote that …". */
const EARLIER_PIECE_SAID = /^\s*(Page \d+:\s*)?((In )?(an?|the|our|that|this|issue \d+)\b[^.;:]{0,60}?\b(article|story|report|feature|caption|graphic|factbox|essay|issue|headline|item|explainer|profile|commentary|piece|chart|table|edition|column|version|briefing|newsletter|analysis)s?\b[^.;]{0,80}?\b(said|says|stated|wrote|reported|gave|put|described|misidentified|misstated|attributed|quoted|called|named|listed|omitted|claimed)|(we|it was) (wrote|reported|said|stated|described))\b/i;
/** A publication named before the verb: then the report is another outlet's, a claim ("A TASS report said …", "an article in Nhan Dan said …"). */
const NAMES_AN_OUTLET = /\b(by|in|from|of)\s+(the\s+)?\p{Lu}[\p{L}-]+|\b\p{Lu}{2,}\b[^.]{0,20}\b(article|story|report)/u;

/**
 * On a page that corrects itself, the sentences giving what its earlier pieces said: the errors it
 * withdraws, not claims of the page (what is right, "The correct figure is more than 80%", still is).
 */
export function withdrawnByCorrection(text: string): (sentence: string) => boolean {
  if (!CORRECTS_ITSELF.test(text)) return () => false;
  return (sentence) => {
    // (the outlet would be named before the verb, past the opening word and any quoted headline)
    const piece = EARLIER_PIECE_SAID.exec(sentence)?.[0];
    return !!piece && !NAMES_AN_OUTLET.test(piece.replace(/^\s*(Page \d+:\s*)?\p{Lu}\p{L}*/u, '').replace(/["“][^"”]*["”]/g, ''));
  };
}

/** Sentences mostly in another language than English (a Vietnamese-language footer, say). */
export function isForeign(sentence: string): boolean {
  if (/^[\x00-\x7f]*$/.test(sentence)) return false; // plain ASCII has no accented word
  const words = sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  const marked = words.filter((w) => /[\u0300-\u036f\u00C0-\u024F\u1E00-\u1EFF]/u.test(w.normalize('NFC')) && !/^\p{Lu}/u.test(w));
  return marked.length / words.length > 0.3;
}

/**
 * A strip's item that holds prose, not a menu's or a table's cell: a paragraph's words with a
 * sentence's end in them, as a post's paragraph before its signature and date ("… was at the
 * Presidential Palace. –Mekong Mapper · 13:45 · 24 June 2024"). A strip's items are short.
 */
const holdsProse = (item: string) => item.trim().split(/\s+/).length >= PROSE_WORDS && /\p{Ll}[.!?]['’"”]?(\s|\p{Lu}|$)/u.test(item);

/** Separators that cut navigation, share and date strips into items: "Home | World", "Home » World", "Home > World", "Share: Facebook · Email", "Share ▸ Facebook ▸ X" (not "→", which prose uses for "leading to"). */
const STRIP_SEPARATOR = /\s[|·•»›>▸►⟶]\s/g;

/**
 * Code left in the text: markup, JSON, a script call. Prose has few braces, brackets, equals
 * signs and quoted keys; code is made of them.
 */
export function isCode(sentence: string): boolean {
  if (/^\s*<\/?[a-z][\w-]*[\s>]/i.test(sentence) || /"[\w@$.-]+"\s*:/.test(sentence) || /\b[\w.$]+\(\s*[{[]/.test(sentence)) return true;
  const symbols = sentence.match(/[{}[\]<>=;\\()|&]/g)?.length ?? 0;
  return symbols >= 8 && symbols / sentence.length > 0.1;
}

/** A line that is a label and what it labels: "Tags: …", "Share: …", "More from The Herald: …", "[Caption: …]". */
const LABELLED_LINE = /^\s*\[?\s*(\p{Lu}[\p{L}'’-]*)(\s+(from|of|the|\p{Lu}[\p{L}'’-]*)){0,3}\s*:\s/u;

/** A clock time opening a line, as a transcript or a live page stamps what follows: "[08:21:30] ", "07:10 ". */
const CLOCK_OPENING = /^\s*\[?\d{1,2}:\d{2}(:\d{2})?\]?\s/;

/** A transcript's speaker before what they say, after its time mark if any: "PRESENTER: ", "MAYA (HOST): ", "[00:01:02] ANCHOR (studio): ". */
const SPEAKER_LABEL = /^\s*(\[\d{1,2}:\d{2}(:\d{2})?\]\s*)?\p{Lu}[\p{Lu} .,'’-]*(\s*\([^)]{1,30}\))?:\s+/u;

/** What a transcript's sentence says, without its time mark and speaker: "[16:05] HOST: Elsewhere, …" says "Elsewhere, …". */
export const withoutSpeaker = (sentence: string) => sentence.replace(SPEAKER_LABEL, '');

/** True for a sentence that is page furniture rather than reporting, said by a transcript's speaker or not. */
export function isFurniture(sentence: string): boolean {
  const said = withoutSpeaker(sentence);
  return FURNITURE.some((re) => re.test(sentence) || re.test(said)) || isCode(sentence);
}

/** A credit closing a line: "… Photo: Summit pool / SCAD", "(Image: AFP)". */
const CLOSING_CREDIT = /(^|[\s(])(photo|image|picture|video|graphic|illustration|audio)s?\s*(by\b|:|credit)[^.!?]*\)?\s*$/i;
/** A line without the credit closing it: a caption's own words. */
export const withoutCredit = (line: string) => line.replace(CLOSING_CREDIT, '').trimEnd();
/**
 * A line as its sentences read it: a caption whose words end as a sentence ends before its credit
 * says something, credit aside ("Mishustin called on To Lam. Photo: VNA"); any other line whole.
 */
export function captionRead(line: string): string {
  const words = withoutCredit(line);
  return words !== line.trimEnd() && /[.!?]["”’]?$/.test(words) && words.split(/\s+/).length >= 4 ? words : line;
}

/**
 * A slide of a gallery, numbered by its place in it: "Image 2/6 - …", "Photo 3 of 5. …", "< 4/7 > …".
 * On such a page the captions are the story, credits and all.
 */
const GALLERY_SLIDE = /^\s*[[(<]?\s*(?:(?:image|photo|picture|slide|frame)\s+)?\d{1,2}\s*(?:\/|of)\s*\d{1,2}\s*[\]):>.–-]?\s/i;

/** A symbol standing as a word before an item: "□ ", "▲ ", "🅰 " (not "|", a mathematical sign, which strips are cut by). */
const SYMBOL_MARK = /(?:^|\s)\p{So}\uFE0F?(?=\s)/gu;

/** Two or more fields, each a label, a colon and a value of up to three words, set apart by wide spaces. */
const FIELD_RECORD = /^\s*(?:\S[^:]*:\s*\S+(?: \S+){0,2}\s{2,})+\S[^:]*:\s*\S+(?: \S+){0,2}\s*$/;

/** A line that is one web address: a host with a scheme, "www." or a path, after a short label perhaps. */
const WEB_ADDRESS_LINE = /^\s*([\p{L} ]{1,25}:\s+)?(?=https?:\/\/|www\.|[\p{L}\d-]+(\.[\p{L}\d-]+)+\/)(https?:\/\/)?[\p{L}\d.-]+(\/\S*)?\s*$/u;

/**
 * True for a line that is furniture as a whole: a navigation, share or date strip, a bracketed
 * aside, a caption with its credit, or a short line where the page speaks of itself ("Listen to
 * this article (4 min). Audio generated by text-to-speech.").
 */
export function isFurnitureLine(lineText: string): boolean {
  // strips are lines cut up by separators (short, or cut several times)
  const words = lineText.split(/\s+/).filter(Boolean).length;
  const separators = lineText.match(STRIP_SEPARATOR)?.length ?? 0;
  if ((separators >= 1 && words <= 14) || (separators >= 2 && !holdsProse(lineText.split(STRIP_SEPARATOR)[0]))) return true;
  // a labelled list of other stories: "Read also: headline • headline", in any language
  if (separators >= 1 && /^[^:.!?]{1,40}:\s/.test(lineText)) return true;
  // a menu spaced out rather than separated: "☰ Destinations  Deals  Visa guide  Travel news  Sign in"
  const items = lineText.trim().split(/\s{2,}/);
  if (items.length >= 4 && items.every((item) => item.split(/\s+/).length <= 3 && !/[.!?]$/.test(item))) return true;
  // a record of fields, two or more short "label: value" pairs spaced apart: "Joined: Mar 2011   Posts: 391",
  // "Topics: Foreign policy   Geography: Vietnam"
  if (FIELD_RECORD.test(lineText)) return true;
  // a row of choices or counters, each item opened by a symbol: a quiz's or poll's options
  // ("□ 2006 □ 2011 □ 2016", "▲ Warm ◆ Strained ● Cancelled"), a post's reactions ("🔥 312  👍 140  😢 12")
  if ((lineText.match(SYMBOL_MARK)?.length ?? 0) >= 3 && !/[.!?]['’"”]?\s*$/.test(lineText)) return true;
  if (CLOSING_CREDIT.test(lineText) && words <= 40 && !GALLERY_SLIDE.test(lineText)) return true;
  if (words <= 30 && PAGE_ITSELF.test(lineText)) return true;
  if (isMenuOrHeading(lineText)) return true;
  // a web address alone on its line, with or without its scheme or a short label ("Source: …"):
  // "radio.example.vn/politics-hour/2024/08/05/new-party-chief"
  if (WEB_ADDRESS_LINE.test(lineText)) return true;
  // a note of the piece, under its number or a wiki's caret: "[2] SIPRI Arms Transfers Database,
  // accessed February 2025.", "^ "Joint Statement …". Kremlin. 20 June 2024." (a numbered
  // paragraph of prose, two sentences or more, is the text itself, as a reading passage or a
  // judgment numbers its paragraphs)
  if (/^\s*(\[\d{1,3}\]|[\^↑])\s/.test(lineText) && !isNumberedParagraph(lineText)) return true;
  // a page's previous and next links: "‹ No. 5: … | No. 7: … ›", "« Older posts"
  if (/^\s*[‹«←]|[›»→]\s*$/.test(lineText)) return true;
  // a menu or breadcrumb whose spaces were lost, run into what follows: "HomeWorldAsiaPutin in Hanoi…"
  if (/^\s*(\p{Lu}\p{Ll}+){3,}/u.test(lineText)) return true;
  // a date and time strip: "September 20, 2025 05:40 PM IST First published on: Sep 19, 2025" (not
  // a sentence stamped with its clock time: "[08:21:30] ANH: The president is expected in Moscow in May.")
  if (words <= 20 && /\b\d{1,2}:\d{2}\b/.test(lineText) && MONTH_WORD.test(lineText) && !(CLOCK_OPENING.test(lineText) && holdsProse(lineText))) return true;
  // a line wholly in brackets is an aside: "[Photo]", "(Incorporated in the Republic of Singapore)", "(Translator's note: …)"
  // (and a row of bracketed buttons: "[Share on Facebook] [Share on X] [Copy link]")
  return /^\s*\[[^\]]*\]?\s*$/.test(lineText) || /^\s*\([^()]*\)\s*$/.test(lineText) || /^\s*(\[[^\]]{1,40}\][\s|·•,/-]*){2,}$/.test(lineText);
}

/** Prose under a paragraph's number: two or more sentences, each closing a word or a figure and followed by a capital or the line's end. */
const isNumberedParagraph = (lineText: string) =>
  /^\s*\[\d{1,3}\]\s/.test(lineText) && holdsProse(lineText) && (lineText.match(/[\p{Ll}\d][.!?]['’"”]?(?=\s+\p{Lu}|\s*$)/gu)?.length ?? 0) >= 2;

/**
 * A line less the sources closing it: a sentence ends before its citation marks ("… after leaving
 * Pyongyang.[1]") and before its sources in brackets ("… at Noi Bai airport. (Reuters) (TASS)").
 */
export function withoutSourcesAfter(lineText: string): string {
  return lineText.trim().replace(/(\[\d{1,3}\])+$/, '').replace(/([.!?])(\s*\([^()]{1,40}\))+$/, '$1');
}

/** The most words a headline runs to. */
export const HEADLINE_MOST_WORDS = 16;

/**
 * A menu, a byline with its title, a heading set in capitals or a bulleted headline: a line
 * with no sentence end whose words are all capitalised ("Research  Commentary  Events  About",
 * "Minh Anh Tran, Visiting Fellow") or that opens with a bullet. Prose has lower-case words
 * and ends its sentences.
 */
function isMenuOrHeading(lineText: string): boolean {
  const line = withoutSourcesAfter(lineText);
  if (/[.!?"”]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // a bulleted line that is no sentence: a list of other stories' headlines; one longer than a
  // headline runs is a sentence set down without its stop, as a summary's bullets are
  if (/^[•▪►·*–-]\s/.test(line)) return words.length <= HEADLINE_MOST_WORDS;
  return words.length >= 3 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** A label line ("Tags: …"): the label is a heading word or two, not a speaker (the caller checks for names). */
export function labelOf(lineText: string): string | undefined {
  return LABELLED_LINE.exec(lineText)?.[0];
}
