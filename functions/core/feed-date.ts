// Publication dates as feeds write them: ISO 8601 / RFC 3339 (Atom, dc:date), RFC 822 (RSS),
// and RFC 822 shapes in other languages ("Seg, 24 Set 2018 10:00:00 -0300", "24 сент. 2018").
// Month names come from ICU's locale data (Intl.DateTimeFormat), not from a hand list; the
// weekday is ignored. JavaScript's own Date parser is only given shapes it reads reliably: it
// turns many strings that are not dates at all into one ("Foo 12" → 1 Dec 2001).

/** Languages whose month names are read (ICU data; any of Node's locales can be added). */
const LOCALES = [
  'en', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'ca', 'ro', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'sk', 'sl', 'hr',
  'hu', 'tr', 'id', 'ms', 'ru', 'uk', 'bg', 'sr', 'el', 'lt', 'lv', 'et',
];

function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
}

/** Folded month name or abbreviation → month (1-12) per locale. */
function buildMonthNames(): Map<string, Map<string, number>> {
  const names = new Map<string, Map<string, number>>();
  const add = (name: string, locale: string, month: number) => {
    if (!/^\p{L}[\p{L}.]*$/u.test(name)) return; // "Tháng 9", "9月": not a single word
    const byLocale = names.get(name) ?? new Map<string, number>();
    if (!byLocale.has(locale)) byLocale.set(locale, month);
    names.set(name, byLocale);
  };
  for (const locale of LOCALES) {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2018, month - 1, 15));
      for (const style of ['long', 'short'] as const) {
        // Stand-alone ("сентябрь") and in-date forms (the genitive "сентября").
        const alone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(date);
        const inDate = new Intl.DateTimeFormat(locale, { month: style, day: 'numeric', timeZone: 'UTC' })
          .formatToParts(date)
          .find((part) => part.type === 'month')?.value;
        for (const name of [alone, inDate]) {
          if (!name) continue;
          const folded = fold(name);
          add(folded, locale, month);
          // Feeds abbreviate to the first three or four letters ("Set", "Sept", "сент").
          if (folded.length > 4) add(folded.slice(0, 4), locale, month);
          if (folded.length > 3) add(folded.slice(0, 3), locale, month);
        }
      }
    }
  }
  return names;
}

let monthNames: Map<string, Map<string, number>> | undefined;
/** English alone: most feeds' dates, read without building every language's table (~100 ms). */
const ENGLISH = new Map(
  Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2018, i, 15))).flatMap((date, i) => {
    const long = fold(date.toLocaleString('en', { month: 'long', timeZone: 'UTC' }));
    return [[long, i + 1], [long.slice(0, 3), i + 1], [long.slice(0, 4), i + 1]] as Array<[string, number]>;
  }),
);

/**
 * The month a name stands for: English first; then in the feed's language when it has one;
 * else the month most languages give it (a tie reads as unknown).
 */
export function monthNumber(name: string, language?: string): number | undefined {
  // English first, whatever the feed's language: RFC 822 dates are English in most feeds.
  const english = ENGLISH.get(fold(name));
  if (english) return english;
  const lang = language?.toLowerCase().split(/[-_]/)[0];
  monthNames ??= buildMonthNames();
  const byLocale = monthNames.get(fold(name));
  if (!byLocale) return undefined;
  if (lang && byLocale.has(lang)) return byLocale.get(lang);
  const votes = new Map<number, number>();
  for (const month of byLocale.values()) votes.set(month, (votes.get(month) ?? 0) + 1);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  return ranked.length > 1 && ranked[0][1] === ranked[1][1] ? undefined : ranked[0][0];
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i;
/** [weekday,] day month year [hh:mm[:ss]] [zone] — the month as a word in any language. */
const RFC822 = /^(?:[\p{L}.]+\s*,?\s+)?(\d{1,2})\.?\s+(?:de\s+)?([\p{L}.]+)\s+(?:de\s+)?(\d{4}|\d{2})(?:\s*,?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?(?:\s*([+-]\d{2}:?\d{2}|[+-]\d{2}|[A-Z]{1,5}))?$/u;
/** [weekday,] month day, year [hh:mm[:ss]] [zone] — the American order. */
const MONTH_FIRST = /^(?:[\p{L}.]+\s*,?\s+)?([\p{L}.]+)\s+(\d{1,2}),?\s+(\d{4})(?:\s*,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([+-]\d{2}:?\d{2}|[A-Z]{1,5}))?$/u;
/** dd.mm.yyyy [hh:mm[:ss]] — day first (a dotted date is never month first). */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * Zone abbreviations: RFC 822's, and common ones that name one offset only (IST, BST or
 * "CST" for China would be guesses: they stay unknown, and so does the date).
 */
const ZONES: Record<string, string> = {
  Z: 'Z', UT: 'Z', UTC: 'Z', GMT: 'Z', WET: 'Z',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  CET: '+01:00', MEZ: '+01:00', WEST: '+01:00', CEST: '+02:00', MESZ: '+02:00', EET: '+02:00', EEST: '+03:00',
  MSK: '+03:00', ICT: '+07:00', WIB: '+07:00', HKT: '+08:00', SGT: '+08:00', JST: '+09:00', KST: '+09:00',
  AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00',
};

/** A zone as Date.parse reads it (undefined when unknown); none means UTC, what most feed software without one writes. */
function zone(raw: string | undefined): string | undefined {
  if (!raw) return 'Z';
  if (/^[+-]\d{2}$/.test(raw)) return `${raw}:00`;
  if (/^[+-]\d{4}$/.test(raw)) return `${raw.slice(0, 3)}:${raw.slice(3)}`;
  if (/^[+-]\d{2}:\d{2}$/.test(raw)) return raw;
  return ZONES[raw.toUpperCase()];
}

function build(year: number, month: number, day: number, h = '0', m = '0', s = '0', tz?: string): Date | undefined {
  const offset = zone(tz);
  if (!offset || month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(m) > 59 || Number(s) > 60) return undefined;
  const date = new Date(`${year}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(m)}:${pad(s)}${offset}`);
  // "31 Feb" would roll over into March: refused.
  if (Number.isNaN(date.getTime())) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCDate() === day ? date : undefined;
}

function fullYear(year: string): number {
  const n = Number(year);
  return year.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

/**
 * The instant a feed's date string names, or undefined when it cannot be read with certainty
 * (then the caller uses the fetch time and says so). `language` is the feed's <language>.
 */
export function parseFeedDate(raw: string | undefined, language?: string): Date | undefined {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  let date: Date | undefined;
  if (ISO.test(text)) {
    const normal = text.replace(' ', 'T').replace(/\s*(UTC|GMT)$/i, 'Z').replace(/,(\d)/, '.$1');
    const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(normal) ? `${normal}T00:00:00Z` : /[zZ]|[+-]\d{2}:?\d{2}$/.test(normal) ? normal : `${normal}Z`);
    date = Number.isNaN(parsed.getTime()) ? undefined : parsed;
  } else {
    let m = RFC822.exec(text);
    if (m) {
      const month = monthNumber(m[2], language);
      date = month ? build(fullYear(m[3]), month, Number(m[1]), m[4], m[5], m[6], m[7]) : undefined;
    } else if ((m = MONTH_FIRST.exec(text))) {
      const month = monthNumber(m[1], language);
      date = month ? build(Number(m[3]), month, Number(m[2]), m[4], m[5], m[6], m[7]) : undefined;
    } else if ((m = DOTTED.exec(text))) {
      date = build(Number(m[3]), Number(m[2]), Number(m[1]), m[4], m[5], m[6]);
    }
  }
  // Before the web, a date is a mistake (a zero timestamp, a two-digit year gone wrong).
  return date && date.getUTCFullYear() >= 1991 ? date : undefined;
}
