// The shape of a stored finding (the report contract in README "Report format"), checked where
// findings are read back: stored reports (claimwatch diffs) and ledger entries.
import * as z from 'zod/mini';

export const SpanSchema = z.object({ text: z.string(), start: z.number(), end: z.number() });

export const FindingSchema = z.looseObject({
  id: z.string(),
  label: z.enum(['new', 'contradiction', 'known', 'repeated']),
  type: z.optional(z.enum(['number', 'date', 'role', 'negation', 'entity', 'other'])),
  claim: SpanSchema,
  evidence: z.array(z.extend(SpanSchema, { doc: z.string() })),
  score: z.number(),
  reason: z.string(),
  claimId: z.optional(z.string()),
});
