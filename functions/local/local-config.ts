// Local settings for `claimwatch run` and `claimwatch digest`, in the store at
// config/local.json (./.claimwatch/config/local.json), all optional:
//   { "smsLabels": "contradiction", "emailLabels": "contradiction,new", "recheckAfter": "2h,12h,48h" }
// The same names and defaults as the deploy settings (-c smsLabels=… on AWS).
import { DEFAULT_ALERT_POLICY, parseLabels, type AlertPolicy } from '../core/alert-policy.ts';
import type { Store } from '../core/ports.ts';
import { DEFAULT_RECHECK_AFTER, parseRecheckAfter } from '../core/versions.ts';

export const LOCAL_CONFIG_KEY = 'config/local.json';

export interface LocalConfig {
  policy: AlertPolicy;
  /** Re-check delays in ms. */
  recheckAfter: number[];
}

export class LocalConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalConfigError';
  }
}

export async function readLocalConfig(store: Store): Promise<LocalConfig> {
  const body = await store.get(LOCAL_CONFIG_KEY);
  const where = store.locate(LOCAL_CONFIG_KEY);
  let data: Record<string, unknown> = {};
  if (body !== undefined) {
    try {
      data = JSON.parse(body) as Record<string, unknown>;
    } catch (e) {
      throw new LocalConfigError(`${where} is not JSON: ${(e as Error).message}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new LocalConfigError(`${where} must hold a JSON object`);
    const unknown = Object.keys(data).filter((k) => !['smsLabels', 'emailLabels', 'recheckAfter'].includes(k));
    if (unknown.length) throw new LocalConfigError(`${where}: unknown setting ${unknown.join(', ')} (known: smsLabels, emailLabels, recheckAfter)`);
  }
  try {
    return {
      policy: {
        sms: data.smsLabels === undefined ? DEFAULT_ALERT_POLICY.sms : parseLabels('smsLabels', data.smsLabels),
        email: data.emailLabels === undefined ? DEFAULT_ALERT_POLICY.email : parseLabels('emailLabels', data.emailLabels),
      },
      recheckAfter: parseRecheckAfter(data.recheckAfter === undefined ? DEFAULT_RECHECK_AFTER : String(data.recheckAfter)),
    };
  } catch (e) {
    throw new LocalConfigError(`${where}: ${(e as Error).message}`);
  }
}
