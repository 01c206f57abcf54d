// The world's countries as places the engine can recognise (package world-countries): common
// and official names, capitals, demonyms and initials ("US", "UAE"). A sentence that names only
// such places, none of the watch profile's, is about a third party.
import * as worldCountries from 'world-countries';
import type { Country } from 'world-countries';

// The package's typings describe an ES default export; under Node's CommonJS interop it may be the namespace itself.
const countries = ((worldCountries as unknown as { default?: Country[] }).default ?? worldCountries) as unknown as Country[];

export interface Place {
  /** Canonical id: the common name, lower case ("united states"). */
  id: string;
  aliases: string[];
}

const initials = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
/** A name written in Latin letters, as English text gives it. */
const latin = (s: string) => /^[\p{Script=Latin} .'’-]+$/u.test(s) && s.length >= 3;

/** English's combining forms of country names, in compounds such as "Sino-American", "Russo-Japanese". */
const COMBINING_FORMS: Record<string, string[]> = {
  China: ['Sino'],
  Russia: ['Russo'],
  India: ['Indo'],
  France: ['Franco'],
  Japan: ['Japano'],
};

let places: Place[] | undefined;

export function worldPlaces(): Place[] {
  places ??= distinct(countries.map((c) => {
    const common = c.name.common;
    const aliases = new Set<string>([common]);
    if (latin(c.name.official) && !/^(Republic|Kingdom|State|Commonwealth|Federation)\b/.test(c.name.official)) aliases.add(c.name.official);
    for (const capital of c.capital ?? []) if (latin(capital)) aliases.add(capital.replace(/\s+D\.C\.$/, '')); // "Washington" for the US
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && latin(d)) aliases.add(d);
    for (const alt of c.altSpellings) {
      // initials of a name of several words ("US", "UK", "UAE", "DPRK"); other short codes are not names
      const isInitials = alt.length >= 2 && alt === alt.toUpperCase() && [common, c.name.official].some((n) => n.split(/\s+/).length > 1 && initials(n) === alt);
      if (isInitials || (latin(alt) && alt.length > 3 && /^\p{Lu}/u.test(alt))) aliases.add(alt);
      // initials are written with stops too: "U.S.", "U.K."
      if (isInitials && alt.length <= 4) aliases.add(alt.split('').join('.') + '.');
    }
    for (const form of COMBINING_FORMS[common] ?? []) aliases.add(form);
    return { id: common.toLowerCase(), area: c.area, aliases: [...aliases] };
  }));
  return places!;
}

/** An alias several countries share ("American": the US, Guam, American Samoa…) names the largest of them. */
function distinct(list: Array<Place & { area: number }>): Place[] {
  const owner = new Map<string, { id: string; area: number }>();
  for (const p of list) {
    for (const a of p.aliases) {
      const other = owner.get(a);
      if (!other || other.area < (p.area ?? 0)) owner.set(a, { id: p.id, area: p.area ?? 0 });
    }
  }
  return list.map(({ id, aliases }) => ({ id, aliases: aliases.filter((a) => owner.get(a)!.id === id) }));
}
