// How a failed zod validation reads to a person: one line per problem, where and what.
import type { z } from 'zod';

/** One line per problem: its place (a dotted path, or "(root)") and what is wrong there. */
export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

/** Every problem on one line, for an error message. */
export function describeIssues(error: z.ZodError): string {
  return issueLines(error).join('; ');
}
