// How a failed zod validation reads to a person: one line per problem, where and what.
// Works for classic zod's errors and zod/mini's alike (both are core $ZodErrors). zod/mini
// has no locale of its own: the English messages classic zod uses are set here, so a problem
// reads the same whichever API found it.
import { config, type core } from 'zod/mini';
import { en } from 'zod/locales';

config(en());

/** One line per problem: its place (a dotted path, or "(root)") and what is wrong there. */
export function issueLines(error: core.$ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

/** Every problem on one line, for an error message. */
export function describeIssues(error: core.$ZodError): string {
  return issueLines(error).join('; ');
}
