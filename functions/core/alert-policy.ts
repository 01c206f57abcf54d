// Which labels go out at once by SMS and by email; everything is in the digest. On AWS the
// policy is the SNS subscriptions' filter policies (infra/alert-routing.ts) on each message's
// `notice` attribute, so AWS makes the choice; locally the console notifier applies the same
// rule to say where a message would have gone.
export const NOTICE_LABELS = ['contradiction', 'new'] as const;
export type NoticeLabel = (typeof NOTICE_LABELS)[number];

export interface AlertPolicy {
  sms: NoticeLabel[];
  email: NoticeLabel[];
}

/** Contradictions by SMS and email at once, new claims by email at once, all in the digest. */
export const DEFAULT_ALERT_POLICY: AlertPolicy = { sms: ['contradiction'], email: ['contradiction', 'new'] };

export class AlertPolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AlertPolicyError';
  }
}

/** "contradiction,new" (or an array, or "none") → labels; anything else is an error naming it. */
export function parseLabels(setting: string, value: unknown): NoticeLabel[] {
  if (value === undefined) throw new AlertPolicyError(`${setting}: missing`);
  const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
  const labels = items.map((v) => v.trim()).filter(Boolean);
  if (labels.length === 1 && labels[0] === 'none') return [];
  for (const label of labels) {
    if (!(NOTICE_LABELS as readonly string[]).includes(label)) {
      throw new AlertPolicyError(`${setting}: "${label}" is not a label that alerts (use ${NOTICE_LABELS.join(', ')}, or none)`);
    }
  }
  return [...new Set(labels)] as NoticeLabel[];
}

/** The channels a message with these notice values reaches: what the filter policies let through. */
export function channelsFor(notice: readonly string[] | undefined, policy: AlertPolicy): Array<'email' | 'sms'> {
  const values = notice ?? [];
  const out: Array<'email' | 'sms'> = [];
  if (values.includes('digest') || values.some((v) => (policy.email as string[]).includes(v))) out.push('email');
  if (values.some((v) => (policy.sms as string[]).includes(v))) out.push('sms');
  return out;
}
