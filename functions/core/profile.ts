// A watch profile is data: the entities and terms that make an article on-topic, and the
// feeds to read. A second profile is a second JSON file under profiles/, no code.
import { z } from 'zod';
import { issueLines } from './validation.ts';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');

export const EntitySchema = z.object({
  name: z.string().min(1),
  /** Relevance groups this entity counts for, e.g. "russia" or "vietnam". */
  group: slug,
  kind: z.enum(['country', 'place', 'person', 'organisation', 'other']),
  aliases: z.array(z.string().min(1)).default([]),
});

export const FeedSchema = z.object({
  id: slug,
  name: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** Fetch the linked page when the feed item carries only a summary. */
  fetchPages: z.boolean().default(true),
});

export const ProfileSchema = z.object({
  id: slug,
  name: z.string().min(1),
  description: z.string().default(''),
  entities: z.array(EntitySchema).min(1),
  /** Topic words that make a sentence about the entities a claim worth comparing. */
  terms: z.array(z.string().min(1)).default([]),
  relevance: z.object({
    /**
     * Each entry lists groups of which at least one must be mentioned; every entry must hold.
     * [["russia"], ["vietnam", "asean"]] reads: Russia, and Vietnam or ASEAN.
     */
    requireGroups: z.array(z.array(slug).min(1)).min(1),
  }),
  feeds: z.array(FeedSchema).default([]),
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
  const result = ProfileSchema.safeParse(data);
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
