// Feed dates (functions/core/feed-date.ts): the shapes feeds write, month names in other
// languages from ICU's data, and a refusal (undefined) whenever the date is not certain.
import { describe, expect, it } from 'vitest';
import { monthNumber, parseFeedDate } from '../functions/core/feed-date.ts';

const iso = (raw: string, language?: string) => parseFeedDate(raw, language)?.toISOString();

describe('parseFeedDate', () => {
  it.each([
    ['Wed, 19 Jun 2024 06:00:00 GMT', '2024-06-19T06:00:00.000Z'],
    ['Wed, 19 Jun 2024 06:00:00 +0700', '2024-06-18T23:00:00.000Z'],
    ['Thu, 20 Jun 2024 10:00 EST', '2024-06-20T15:00:00.000Z'],
    ['2024-06-19T06:00:00+07:00', '2024-06-18T23:00:00.000Z'],
    ['2024-06-19T06:00:00.250Z', '2024-06-19T06:00:00.250Z'],
    ['2024-06-19 06:00', '2024-06-19T06:00:00.000Z'],
    ['2024-06-19', '2024-06-19T00:00:00.000Z'],
    ['June 19, 2024 10:00 PDT', '2024-06-19T17:00:00.000Z'],
    ['Seg, 24 Set 2018 10:00:00 -0300', '2018-09-24T13:00:00.000Z'],
    ['24 de setembro de 2018', '2018-09-24T00:00:00.000Z'],
    ['lundi 24 septembre 2018 10:00', '2018-09-24T10:00:00.000Z'],
    ['Пн, 24 сент. 2018 10:00:00 +0300', '2018-09-24T07:00:00.000Z'],
    ['Di, 24 Okt 2023 10:00:00 +0200', '2023-10-24T08:00:00.000Z'],
    ['19.06.2024', '2024-06-19T00:00:00.000Z'],
    ['Mi, 19 Jun 2024 08:30:00 MESZ', '2024-06-19T06:30:00.000Z'],
    ['Ср, 19 июн 2024 12:00:00 MSK', '2024-06-19T09:00:00.000Z'],
  ])('reads %s', (raw, expected) => {
    expect(iso(raw)).toBe(expected);
  });

  it.each([
    ['not a date', 'Foo 12'],
    ['an hour out of range', 'Tue, 18 Jun 2024 25:00:00 GMT'],
    ['a day the month does not have', '31 Feb 2024'],
    ['an unknown month word', 'Mon, 24 Xyz 2018'],
    ['a time zone name that stands for several offsets', 'Wed, 19 Jun 2024 08:30:00 IST'],
    ['an unknown time zone name', 'Wed, 19 Jun 2024 08:30:00 XYZT'],
    ['a date before the web', '1970-01-01T00:00:00Z'],
    ['an empty string', '   '],
    ['a relative date', 'yesterday'],
  ])('refuses %s', (_what, raw) => {
    expect(parseFeedDate(raw)).toBeUndefined();
  });

  it('settles a month name that languages disagree on by the feed language, else by most languages', () => {
    // "listopad" is November in Polish and Czech, October in Croatian.
    expect(monthNumber('listopad')).toBe(11);
    expect(monthNumber('listopad', 'hr-HR')).toBe(10);
    expect(iso('1 listopad 2023', 'hr')).toBe('2023-10-01T00:00:00.000Z');
    // English names come first, whatever the feed's language: RFC 822 dates are English even in
    // Finnish feeds, where "mar" would otherwise begin "marraskuu" (November).
    expect(iso('Tue, 19 Mar 2024 10:00:00 +0200', 'fi')).toBe('2024-03-19T08:00:00.000Z');
    expect(iso('1 marraskuuta 2023', 'fi')).toBe('2023-11-01T00:00:00.000Z');
  });
});
