// A cheap first pass over feed items: does the text name the profile's entities at all?
// It only skips plainly off-topic items; the claim engine makes the fine relevance decision.
import type { WatchProfile } from './profile.ts';

/** Aliases like "UN" or "HCMC" must match exactly, or "un" and "Un" would count. */
const SHORT_ACRONYM = /^[\p{Lu}\p{N}]{1,5}$/u;

interface GroupMatcher {
  exact?: RegExp;
  folded?: RegExp;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words only: not inside a longer word ("Laos" does not match "Lao"). */
function wholeWords(names: string[], flags: string): RegExp | undefined {
  if (!names.length) return undefined;
  const alternatives = names
    .map((n) => escapeRegExp(n.normalize('NFC').trim()).replace(/\s+/g, '\\s+'))
    .sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

const cache = new WeakMap<WatchProfile, Map<string, GroupMatcher>>();

function matchersFor(profile: WatchProfile): Map<string, GroupMatcher> {
  const cached = cache.get(profile);
  if (cached) return cached;
  const namesByGroup = new Map<string, string[]>();
  for (const entity of profile.entities) {
    const names = namesByGroup.get(entity.group) ?? [];
    names.push(entity.name, ...entity.aliases, ...entity.places.flat());
    namesByGroup.set(entity.group, names);
  }
  const matchers = new Map<string, GroupMatcher>();
  for (const [group, names] of namesByGroup) {
    matchers.set(group, {
      exact: wholeWords(names.filter((n) => SHORT_ACRONYM.test(n)), 'u'),
      folded: wholeWords(names.filter((n) => !SHORT_ACRONYM.test(n)), 'iu'),
    });
  }
  cache.set(profile, matchers);
  return matchers;
}

function mentionsGroup(text: string, matcher: GroupMatcher | undefined): boolean {
  if (!matcher) return false;
  return Boolean(matcher.exact?.test(text) || matcher.folded?.test(text));
}

/** True when every `relevance.requireGroups` entry has at least one of its groups named. */
export function mentionsProfile(text: string, profile: WatchProfile): boolean {
  const matchers = matchersFor(profile);
  const normalised = text.normalize('NFC');
  return profile.relevance.requireGroups.every((anyOf) =>
    anyOf.some((group) => mentionsGroup(normalised, matchers.get(group))),
  );
}

/**
 * True when a headline names any of the profile's groups: a story headlined on one side of the
 * watched relation ("Vietnam's parliament elects a new president") may change a fact the
 * baseline holds, and the claim engine decides whether it does.
 */
export function headlineNamesProfile(title: string, profile: WatchProfile): boolean {
  const normalised = title.normalize('NFC');
  return [...matchersFor(profile).values()].some((matcher) => mentionsGroup(normalised, matcher));
}
