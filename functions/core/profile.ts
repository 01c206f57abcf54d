// A watch profile is data: the entities and terms that make an article on-topic, and the
// feeds to read. A second profile is a second JSON file under profiles/, no code.
// zod/mini (the tree-shakable API) keeps the collect Lambda small; the English messages are
// the ones classic zod gives (validation.ts).
import * as z from 'zod/mini';
import { issueLines, textOrEmpty } from './validation.ts';

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes'));
const text = z.string().check(z.minLength(1));

export const EntitySchema = z.object({
  name: text,
  /** Relevance groups this entity counts for, e.g. "russia" or "vietnam". */
  group: slug,
  kind: z.enum(['country', 'place', 'person', 'organisation', 'other']),
  aliases: z._default(z.array(text), []),
  /**
   * A country's cities, each a list of its names ("Ho Chi Minh City", "HCMC", "Saigon"). They
   * name the country, as aliases do, and one is not another: an event the baseline places in
   * one city, said to happen in another, is an `entity` contradiction.
   */
  places: z._default(z.array(z.array(text).check(z.minLength(1))), []),
});

export const OfficeSchema = z.object({
  name: text,
  aliases: z._default(z.array(text), []),
});

/**
 * A person of a country outside the watch whom coverage names by a bare title ("President Donald
 * Trump"): the country says whose office the title is, so a later holder of an office the
 * baseline gives that country's holder is read as one.
 */
export const OutsiderSchema = z.object({
  name: text,
  aliases: z._default(z.array(text), []),
  /** The country, as the engine's list of the world's places names it ("united states"). */
  country: text,
});

export const FeedSchema = z.object({
  id: slug,
  name: text,
  url: z.url({ protocol: /^https?$/ }),
  /** Fetch the linked page when the feed item carries only a summary. */
  fetchPages: z._default(z.boolean(), true),
});

export const ProfileSchema = z.object({
  id: slug,
  name: text,
  description: textOrEmpty,
  entities: z.array(EntitySchema).check(z.minLength(1)),
  /**
   * Offices whose holder can change, each with the phrasings that name it ("party chief",
   * "General Secretary of the Communist Party"): a claim naming another holder than the
   * baseline does is a `role` contradiction.
   */
  offices: z._default(z.array(OfficeSchema), []),
  /** People of other countries the topic's coverage names by title alone. */
  outsiders: z._default(z.array(OutsiderSchema), []),
  /**
   * Words the topic uses for one thing that WordNet does not relate ("memorandum", "accord",
   * "document" for what leaders sign): each list is one class of words, matched as one.
   */
  synonyms: z._default(z.array(z.array(text).check(z.minLength(2))), []),
  /**
   * Pairs of word lists that state opposite outcomes in the topic and that WordNet does not
   * hold as antonyms (a country that "abstained" did not "vote" for or against).
   */
  opposites: z._default(z.array(z.tuple([z.array(text), z.array(text)])), []),
  /** Topic words that make a sentence about the entities a claim worth comparing. */
  terms: z._default(z.array(text), []),
  /**
   * Kinds of the topic's events that exclude one another ("state visit", "working visit"): the
   * baseline's event called by another kind is an `other` contradiction.
   */
  eventKinds: z._default(z.array(text), []),
  relevance: z.object({
    /**
     * Each entry lists groups of which at least one must be mentioned; every entry must hold.
     * [["russia"], ["vietnam", "asean"]] reads: Russia, and Vietnam or ASEAN.
     */
    requireGroups: z.array(z.array(slug).check(z.minLength(1))).check(z.minLength(1)),
  }),
  feeds: z._default(z.array(FeedSchema), []),
});

export type WatchEntity = z.infer<typeof EntitySchema>;
export type FeedConfig = z.infer<typeof FeedSchema>;
export type WatchProfile = z.infer<typeof ProfileSchema>;

export class ProfileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

/** Validates parsed JSON as a watch profile; the error lists every problem with its path. */
export function parseProfile(data: unknown, origin = 'profile'): WatchProfile {
  const result = z.safeParse(ProfileSchema, data);
  if (!result.success) {
    const problems = issueLines(result.error).map((line) => `  ${line}`);
    throw new ProfileError(`${origin} is not a valid watch profile:\n${problems.join('\n')}`);
  }
  const groups = new Set(result.data.entities.map((e) => e.group));
  const unknown = result.data.relevance.requireGroups.flat().filter((g) => !groups.has(g));
  if (unknown.length) {
    throw new ProfileError(`${origin}: relevance names groups no entity has: ${unknown.join(', ')}`);
  }
  return result.data;
}
