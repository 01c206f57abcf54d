// The fact layer: the baseline read into facts keyed by subject and attribute — who holds an
// office (roles.ts), how many of a thing there are or an event produced, which body a state
// belongs to and as what — each with the sentences that state it. A claim read into the same
// key with another value contradicts those sentences whatever its other words: finding the
// fact does not depend on the claim sharing words with the baseline sentence.
import type { EntityMention } from './entities.ts';
import { MEMBERSHIP_INTENT, MEMBERSHIP_STATUS, MEMBERSHIP_VERBS } from './lexicon.ts';
import type { Token } from './nlp.ts';
import type { Quantity } from './slots.ts';

export type Status = 'applicant' | 'candidate' | 'observer' | 'partner' | 'member';

/** "Timor-Leste is a candidate for ASEAN membership", "Timor-Leste joined ASEAN". */
export interface StatusClaim {
  member: string;
  body: string;
  status: Status;
}

/** The membership a sentence states: one state, one body, and the standing of the one in the other. */
export function extractStatus(tokens: Token[], entities: EntityMention[], negated: Set<number>): StatusClaim | undefined {
  const bodies = [...new Set(entities.filter((e) => e.kind === 'organisation').map((e) => e.id))];
  const states = [...new Set(entities.filter((e) => e.kind === 'country' || e.kind === 'place').map((e) => e.id))];
  if (bodies.length !== 1 || states.length !== 1) return undefined;
  let status: Status | undefined;
  tokens.forEach((t, i) => {
    if (negated.has(i)) return;
    const named = MEMBERSHIP_STATUS[t.lemma];
    // "became a member", "its admission": member; "a candidate", "observer status": the lesser standing wins
    if (named && (!status || status === 'member')) status = named;
    else if (MEMBERSHIP_VERBS.has(t.lemma) && !status) {
      // "bid to join", "hopes to join", "will accede": not a member yet
      const intent = tokens.slice(Math.max(0, i - 3), i).some((b) => MEMBERSHIP_INTENT.has(b.lower));
      status = intent ? 'candidate' : 'member';
    }
  });
  return status ? { member: states[0], body: bodies[0], status } : undefined;
}

/** Two quantities count the same kind of thing: a unit in common ("member states" and "members"). */
export const sameUnit = (a: Quantity, b: Quantity) => a.units.some((u) => b.units.includes(u));
