// The little word knowledge the engine needs that neither wink's English model nor WordNet
// (wordnet.ts) carries in usable form: function words of reporting, negation cues, hedges,
// number and month words, the verbs and nouns of taking office. Each list is general English;
// topic words (offices, names, the topic's synonyms) live in the watch profile.

/** Words carrying little meaning for matching claims (beyond wink's stop words). */
export const LIGHT_WORDS = new Set([
  'say', 'said', 'tell', 'told', 'add', 'added', 'note', 'noted', 'state', 'stated', 'also', 'accord', 'according',
  'report', 'reported', 'two', 'side', 'sides', 'both', 'year', 'years', 'day', 'mr', 'mrs', 'ms', 'would', 'could',
  'will', 'may', 'might', 'one', 'new', 'time', 'well', 'way', 'make', 'made', 'take', 'took', 'get', 'got', 'since',
  'last', 'first', 'thursday', 'wednesday', 'tuesday', 'monday', 'friday', 'saturday', 'sunday', 'early', 'later',
  'hold', 'held', 'put', 'go', 'went', 'include', 'including', 'part', 'per', 'cent', 'percent',
]);

/** Cues that negate the predicate that follows them. "no" alone is left out: "no place for blocs". */
/** Verbs of leaving something out, in every form; said in the passive, they deny their subject ("nuclear power was left out"). */
export const EXCLUDING_VERBS = [
  ...['omit', 'omits', 'omitted', 'omitting', 'exclude', 'excludes', 'excluded'],
  // giving up a course: "force would be renounced", "eschewing blocs"
  ...['renounce', 'renounces', 'renounced', 'renouncing', 'eschew', 'eschews', 'eschewed', 'eschewing', 'forswear', 'forswears', 'forswore', 'forsworn'],
  ...['leave', 'leaves', 'left', 'leaving', 'rule', 'rules', 'ruled', 'ruling'].map((v) => `${v} out`),
];

export const NEGATION_CUES = [
  'not', "n't", 'never', 'no longer', 'none of', 'neither', 'nor', 'did not', 'nobody', 'no one', 'nothing', 'without a', 'without an', 'without any', 'no to',
  // "without so much as a statement": none at all
  'without so much as',
  // verbs of not doing, in every form: "failed to", "fails to", "avoids", "refraining from"
  ...['fail', 'fails', 'failed', 'failing', 'refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining'].map((v) => `${v} to`),
  ...['avoid', 'avoids', 'avoided', 'avoiding', 'skip', 'skips', 'skipped', 'skipping', 'forgo', 'forgoes', 'forwent', 'forgone', 'forgoing'],
  // abstaining is not voting: "abstained in the votes that condemned the war" condemns nothing
  ...['abstain', 'abstains', 'abstained', 'abstaining', 'abstention', 'abstentions'],
  // and their nouns: "its refusal to condemn", "the failure to agree"
  ...['refusal', 'refusals', 'failure', 'failures'].map((v) => `${v} to`),
  ...['refrain', 'refrains', 'refrained', 'refraining'].map((v) => `${v} from`),
  ...['stop', 'stops', 'stopped', 'stopping'].map((v) => `${v} short of`),
  // verbs of forbidding deny what they forbid: "the doctrine forbids joining alliances", "bars foreign bases", "warned against blocs"
  ...['forbid', 'forbids', 'forbade', 'forbidden', 'forbidding', 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'bars', 'barred', 'barring'],
  ...['warn', 'warns', 'warned', 'warning', 'caution', 'cautions', 'cautioned', 'cautioning'].map((v) => `${v} against`),
  // verbs of leaving out: "omitted any mention of", "was left out of the package"
  ...EXCLUDING_VERBS,
  // phrasal verbs of not taking part, in every form: "stayed out of the votes", "steered clear of any mention", "sat out the vote"
  ...['stay', 'stays', 'stayed', 'staying'].map((v) => `${v} out of`),
  ...['steer', 'steers', 'steered', 'steering'].map((v) => `${v} clear of`),
  ...['sit', 'sits', 'sat', 'sitting'].map((v) => `${v} out`),
];
/**
 * Words (lemmas) whose "that"-clause is taken as true, denied or not: "nobody was surprised that
 * the sides agreed", "few knew that he came", "it is no coincidence that …" say they agreed, he came.
 */
export const FACTIVE = new Set(['surprise', 'surprised', 'surprising', 'shock', 'shocked', 'astonish', 'astonished', 'know', 'realise', 'realize', 'aware', 'notice', 'regret', 'forget', 'coincidence', 'accident', 'secret', 'news', 'hide', 'ignore']);

/** Common nouns for a body of states: "the bloc", "the association". */
export const BODY_NOUNS = /^(bloc|grouping|group|association|union|organisation|organization)$/;

/** Nouns for a relation between parties, one standing for another: "ties", "relations" (and by WordNet their kinds, "relationship"). */
export const RELATION_NOUNS: ReadonlySet<string> = new Set(['relation', 'tie']);

/** Nouns naming a kind of what their "of" phrase names: "the sort of open declaration" is a declaration. */
export const KIND_WORDS = new Set(['kind', 'kinds', 'sort', 'sorts', 'type', 'types']);

/** Idioms that look negative and are not. */
export const NOT_NEGATION = ['no secret', 'not only', 'no doubt', 'no wonder', 'not least', 'nothing less', 'not just'];

export const HEDGES: Array<{ words: string; kind: 'about' | 'nearly' | 'over' | 'under' }> = [
  { words: 'more than', kind: 'over' }, { words: 'over', kind: 'over' }, { words: 'at least', kind: 'over' },
  { words: 'upward of', kind: 'over' }, { words: 'upwards of', kind: 'over' }, { words: 'in excess of', kind: 'over' },
  { words: 'just over', kind: 'over' }, { words: 'exceeding', kind: 'over' },
  { words: 'less than', kind: 'under' }, { words: 'fewer than', kind: 'under' }, { words: 'under', kind: 'under' },
  { words: 'up to', kind: 'under' }, { words: 'at most', kind: 'under' }, { words: 'below', kind: 'under' },
  { words: 'nearly', kind: 'nearly' }, { words: 'almost', kind: 'nearly' }, { words: 'close to', kind: 'nearly' },
  { words: 'just under', kind: 'nearly' }, { words: 'approaching', kind: 'nearly' },
  { words: 'about', kind: 'about' }, { words: 'around', kind: 'about' }, { words: 'roughly', kind: 'about' },
  { words: 'approximately', kind: 'about' }, { words: 'some', kind: 'about' }, { words: 'an estimated', kind: 'about' },
  { words: 'circa', kind: 'about' }, { words: 'or so', kind: 'about' }, { words: 'something like', kind: 'about' },
];

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, dozens: 24, decade: 10, decades: 10,
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
  // the first of a series by another name: "the opening stop", "the initial round"
  opening: 1, initial: 1,
};

export const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6 };

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Verb phrases that make someone the holder of an office: "X was elected president". */
/** Verbs (lemmas) of holding a post: "has kept the party's top post". */
export const HOLDING = new Set(['hold', 'keep', 'retain']);
/** Their phrasings of holding an office now: "holds the presidency", "has kept the party's top post". */
export const HOLDS_OFFICE = ['holds', 'holding', 'has held', 'retains', 'has retained', 'keeps', 'has kept'];
/** Holding two offices at once, said of both: "combines the posts of general secretary and state president". */
export const COMBINES_OFFICES = ['combines', 'now combines', 'has combined'];
export const BECOMES_OFFICE = ['became', 'become', 'becomes', 'becoming', 'was elected', 'has been elected', 'elected', 're-elected', 'was appointed', 'appointed', 'was named', 'named', 'chosen', 'confirmed', 'elects', 'appoints', 'names', 'confirms', 'made', 'makes', 'make', 'elect', 'appoint', 'took over as', 'takes over as', 'taken over as', 'took over', 'takes over', 'taken over', 'assumed', 'assumes', 'was sworn in as', 'sworn in as', 'was elevated to', 'elevated to', 'was promoted to', 'promoted to', 'rose to', 'rises to', 'now holds the post of', ...HOLDS_OFFICE, ...COMBINES_OFFICES, 'took', 'takes', 'taken', 'succeeded', 'now serves as', 'serves as', 'is now', 'has been', 'remains', 'is', 'was then'];

/** Verbs (lemmas) of coming into an office or a body, said as an event: "names To Lam", "takes charge", "joins ASEAN". */
export const TAKING_PLACE_VERBS = new Set(['become', 'elect', 're-elect', 'appoint', 'name', 'choose', 'confirm', 'take', 'assume', 'swear', 'succeed', 'replace', 'join', 'admit', 'accede']);

/** Verbs (lemmas) and phrases of leaving an office, said as an event: "dies at 80", "resigns", "steps down". */
export const LEAVING_OFFICE = new Set(['die', 'death', 'resign', 'resignation', 'retire', 'retirement', 'dismiss', 'oust', 'step', 'pass']);

/** Nouns for coming into an office: "congratulated him on his election as general secretary". */
export const TAKING_OFFICE = new Set(['election', 're-election', 'reelection', 'appointment', 'elevation', 'confirmation', 'nomination', 'inauguration', 'swearing-in']);

/** Words naming a standing in an organisation; the lesser standings ("candidate") say "not yet a member". */
export const MEMBERSHIP_STATUS: Record<string, 'applicant' | 'candidate' | 'observer' | 'partner' | 'member'> = {
  applicant: 'applicant', candidate: 'candidate', candidacy: 'candidate', observer: 'observer', partner: 'partner',
  member: 'member', membership: 'member', admission: 'member', accession: 'member',
};
/** Verbs of becoming a member. */
export const MEMBERSHIP_VERBS = new Set(['join', 'admit', 'accede', 'enter']);
/** Words (or lemmas) of what is yet to happen: "will sign", "documents are being prepared", "is expected". */
export const PROSPECTIVE = new Set(['will', 'would', 'could', 'may', 'might', 'seek', 'bid', 'apply', 'hope', 'want', 'aim', 'plan', 'prepare', 'expect', 'intend', 'propose', 'schedule']);
// (the month is no modal: "state president only in May")
export const isProspective = (t: { lower: string; lemma: string; text?: string }) => (PROSPECTIVE.has(t.lower) || PROSPECTIVE.has(t.lemma)) && t.text !== 'May';
/** Words before such a verb that make it an aim, not a fact: "bid to join", "will accede", "preparing the admission". */
export const MEMBERSHIP_INTENT = new Set(['to', ...PROSPECTIVE]);

/** Stems of spans of time: "for thirteen years", "in 24 years" measure time, they count no things. */
export const TIME_SPANS = new Set(['second', 'minut', 'hour', 'day', 'week', 'month', 'year', 'decad', 'centuri']);

/** Courtesy titles before a surname: "Mr Lam" is the Lam the profile names. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'madame']);
/** A word of address before a name ("Mr", "Dr."), in any case, with or without its full stop. */
export const isHonorific = (word: string) => HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
/** Initials standing for given names before a surname: "V.V. Putin", "J. Smith". */
export const INITIALS = /^(\p{Lu}\.)+$/u;

/** Verbs that say who reports something: "…, officials said", "…, the paper reported". */
export const REPORTING_VERBS = new Set(['say', 'tell', 'report', 'add', 'announce', 'write', 'state', 'note', 'confirm', 'claim']);

/** Words for the people of a place that always count its population: "100 million inhabitants". */
export const POPULATION_NOUNS = new Set(['inhabitant', 'resident', 'population']);
/** Words for people that count a population after a word for the place: "a nation of 80 million people". */
export const PEOPLE_NOUNS = new Set(['people', 'person', 'citizen', 'consumer']);
/** Words before a count of people that make it the population of a place. */
export const POPULATION_CUES = new Set(['nation', 'country', 'population', 'home', 'populous', 'state', 'market']);

/** Forms of "be" before a participle: the verb is passive ("was received", "were left out"). */
export const PASSIVE_AUXILIARY = /^(is|are|was|were|be|been|being)$/;

/** Pieces of writing that run in a paper: "an article in …", "an op-ed for …". */
export const WRITINGS = new Set(['article', 'op', 'column', 'essay', 'piece', 'editorial', 'commentary', 'letter', 'byline']);

/** Verbs (lemmas) that give their subject a quality: "the views remained far apart". */
export const LINKING = /^(be|remain|stay|seem|appear|prove|become|look|sound)$/;

/** Verbs (lemmas) of being present in something: "did not feature in", "never came up in". */
export const FEATURING = new Set(['feature', 'figure', 'appear', 'arise', 'surface', 'come']);

/**
 * Nouns of the edge of a gathering: met "on the sidelines" or "on the margins" of a summit, two
 * leaders met at a gathering called for something else, another event than a visit of their own.
 */
export const GATHERING_EDGES = new Set(['sideline', 'sidelines', 'margin', 'margins']);

/** Pronouns only an object takes: a word right before one is a verb, whatever the tagger says ("90 million makes it …"). */
export const OBJECT_PRONOUN = /^(it|them|him|me|us)$/;

/** Nouns of states, which a body of states counts as its members. */
export const POLITIES = new Set(['state', 'country', 'nation', 'government']);
