// Deploy settings of the edited-articles and digest features (issue 13), read with the others
// in settings.ts:
//   smsLabels      labels sent at once by SMS        (default contradiction)
//   emailLabels    labels sent at once by email      (default contradiction,new)
//   digestSchedule when the digest goes out          (default cron(0 6 * * ? *), daily 06:00 UTC)
//   recheckAfter   re-checks after first seen        (default 2h,12h,48h; "none" for feed changes only)
// Every label is in the digest whatever these say.
import { DEFAULT_ALERT_POLICY, parseLabels, type NoticeLabel } from '../functions/core/alert-policy.ts';
import { DEFAULT_RECHECK_AFTER, parseRecheckAfter } from '../functions/core/versions.ts';

export interface EditSettings {
  smsLabels: NoticeLabel[];
  emailLabels: NoticeLabel[];
  digestSchedule: string;
  /** As given ("2h,12h,48h"), passed to the collect function. */
  recheckAfter: string;
}

export const EDIT_SETTING_KEYS = ['smsLabels', 'emailLabels', 'digestSchedule', 'recheckAfter'] as const;
export const DEFAULT_DIGEST_SCHEDULE = 'cron(0 6 * * ? *)';

const RATE = /^rate\((1 (minute|hour|day)|([2-9]|[1-9]\d+) (minutes|hours|days))\)$/;
const CRON = /^cron\(\S+( \S+){5}\)$/;

export function readEditSettings(context: (key: string) => unknown, problems: string[]): EditSettings {
  const labels = (key: 'smsLabels' | 'emailLabels', fallback: NoticeLabel[]): NoticeLabel[] => {
    const raw = context(key);
    if (raw === undefined || raw === '') return fallback;
    try {
      return parseLabels(key, raw);
    } catch (e) {
      problems.push((e as Error).message);
      return fallback;
    }
  };
  const digestSchedule = String(context('digestSchedule') ?? DEFAULT_DIGEST_SCHEDULE).trim();
  if (!RATE.test(digestSchedule) && !CRON.test(digestSchedule)) {
    problems.push(`digestSchedule: "${digestSchedule}" must be an EventBridge expression like "cron(0 6 * * ? *)" (daily at 06:00 UTC) or "rate(1 day)"`);
  }
  const recheckAfter = String(context('recheckAfter') ?? DEFAULT_RECHECK_AFTER).trim();
  try {
    parseRecheckAfter(recheckAfter);
  } catch (e) {
    problems.push((e as Error).message);
  }
  return {
    smsLabels: labels('smsLabels', DEFAULT_ALERT_POLICY.sms),
    emailLabels: labels('emailLabels', DEFAULT_ALERT_POLICY.email),
    digestSchedule,
    recheckAfter,
  };
}
