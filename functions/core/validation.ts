// How a failed zod validation reads to a person: one line per problem, where and what; and
// the small schema pieces the codebase's zod/mini schemas share. zod/mini (the tree-shakable
// API, the only one used here: it keeps the Lambda bundles small) has no locale of its own:
// the English messages classic zod gives are set here, so a module whose messages people read
// imports this one.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

/** A string that may be left out. */
export const optionalText = z.optional(z.string());

/** A string that reads as '' when left out. */
export const textOrEmpty = z._default(z.string(), '');

/** One line per problem: its place (a dotted path, or "(root)") and what is wrong there. */
export function issueLines(error: z.core.$ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

/** Every problem on one line, for an error message. */
export function describeIssues(error: z.core.$ZodError): string {
  return issueLines(error).join('; ');
}
