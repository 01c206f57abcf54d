// Deploy-time settings, read from CDK context (`-c key=value` or cdk.json) and validated
// up front, so a typo fails `cdk synth` with a message instead of a half-working stack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile, type WatchProfile } from '../functions/core/profile.ts';
import { EDIT_SETTING_KEYS, readEditSettings, type EditSettings } from './edit-settings.ts';

export interface DeploySettings extends EditSettings {
  alertEmails: string[];
  /** E.164 numbers. */
  smsNumbers: string[];
  /** Who gets the operational alarms (DLQ, function errors); defaults to alertEmails. */
  opsEmails: string[];
  /** The profile's name: a file profiles/<name>.json. */
  profileName: string;
  profile: WatchProfile;
  /** EventBridge expression: rate(...) or cron(...). */
  schedule: string;
  /** Days collected articles are kept (S3 lifecycle on articles/). */
  retentionDays: number;
  /** Lifetime of the signed review links put in alerts (the link function checks it). */
  linkLifetimeDays: number;
  logRetentionDays: number;
  /** Consecutive failed runs of one feed before the ops topic hears of it (the feed-failure alarm). */
  feedFailureAlarmAfter: number;
  /** Keep the bucket and its data when the stack is deleted. */
  retainData: boolean;
  /** Legal but probably unintended choices, shown by `cdk synth`/`deploy`. */
  warnings: string[];
}

export const SETTING_KEYS = [
  'alertEmails',
  'smsNumbers',
  'opsEmails',
  'profile',
  'schedule',
  'retentionDays',
  'linkLifetimeDays',
  'logRetentionDays',
  'feedFailureAlarmAfter',
  'retainData',
  ...EDIT_SETTING_KEYS,
] as const;

/** CloudWatch Logs accepts only these retention periods. */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

/** Without feedFailureAlarmAfter, a feed alarms once it has failed for about this long. */
export const FEED_FAILURE_ALARM_MINUTES = 120;
/** With a cron(...) schedule the interval is not simply known: 8 runs, 2 hours at the default 15 minutes. */
export const FEED_FAILURE_ALARM_AFTER_CRON = 8;

/** Minutes between two runs of a rate(...) schedule; undefined for cron(...) or anything else. */
export function rateMinutes(schedule: string): number | undefined {
  const match = /^rate\((\d+) (minute|hour|day)s?\)$/.exec(schedule);
  if (!match) return undefined;
  return Number(match[1]) * { minute: 1, hour: 60, day: 1440 }[match[2] as 'minute' | 'hour' | 'day'];
}

/** The feedFailureAlarmAfter default: enough runs to cover about 2 hours (8 at rate(15 minutes)). */
export function defaultFeedFailureAlarmAfter(schedule: string): number {
  const minutes = rateMinutes(schedule);
  return minutes ? Math.max(1, Math.ceil(FEED_FAILURE_ALARM_MINUTES / minutes)) : FEED_FAILURE_ALARM_AFTER_CRON;
}

export class SettingsError extends Error {
  constructor(problems: string[]) {
    super(`invalid deploy settings (set them with -c name=value):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const RATE = /^rate\((1 (minute|hour|day)|([2-9]|[1-9]\d+) (minutes|hours|days))\)$/;
const CRON = /^cron\(\S+( \S+){5}\)$/;
const PROFILE_NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Reads and checks every setting; all problems are reported together.
 * `context` returns a context value (a string from the command line, any JSON from cdk.json).
 */
export function readSettings(context: (key: string) => unknown, profilesDir: string): DeploySettings {
  const problems: string[] = [];

  const list = (key: string, pattern: RegExp, what: string): string[] => {
    const raw = context(key);
    if (raw === undefined || raw === '') return [];
    const items = Array.isArray(raw) ? raw.map(String) : String(raw).split(',');
    const values = items.map((v) => v.trim()).filter(Boolean);
    for (const v of values) if (!pattern.test(v)) problems.push(`${key}: "${v}" is not ${what}`);
    return values;
  };

  const integer = (key: string, fallback: number, ok: (n: number) => boolean, rule: string): number => {
    const raw = context(key);
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || !ok(n)) problems.push(`${key}: "${raw}" must be ${rule}`);
    return n;
  };

  const alertEmails = list('alertEmails', EMAIL, 'an email address');
  const smsNumbers = list('smsNumbers', E164, 'an E.164 phone number like +84912345678');
  const opsEmails = list('opsEmails', EMAIL, 'an email address');
  const warnings: string[] = [];
  if (alertEmails.length + smsNumbers.length === 0) {
    // A warning, not an error: subscriptions can be added later, and CI synthesizes without any.
    warnings.push('no alertEmails or smsNumbers: alerts go to a topic nobody is subscribed to');
  }

  const schedule = String(context('schedule') ?? 'rate(15 minutes)').trim();
  if (!RATE.test(schedule) && !CRON.test(schedule)) {
    problems.push(`schedule: "${schedule}" must be an EventBridge expression like "rate(15 minutes)" or "cron(0/30 * * * ? *)"`);
  }

  const retentionDays = integer('retentionDays', 90, (n) => n >= 1, 'a whole number of days, at least 1');
  const linkLifetimeDays = integer('linkLifetimeDays', 14, (n) => n >= 1 && n <= 365, 'whole days from 1 to 365');
  if (context('linkExpiryHours') !== undefined) {
    problems.push('linkExpiryHours: no longer used: alert links are signed and checked by the link function; set linkLifetimeDays (default 14) instead');
  }
  const logRetentionDays = integer('logRetentionDays', 30, (n) => LOG_RETENTION_DAYS.includes(n), `one of ${LOG_RETENTION_DAYS.join(', ')}`);
  const feedFailureAlarmAfter = integer(
    'feedFailureAlarmAfter',
    defaultFeedFailureAlarmAfter(schedule),
    (n) => n >= 1,
    'a whole number of failed runs in a row, at least 1',
  );

  const retainRaw = String(context('retainData') ?? 'true');
  if (retainRaw !== 'true' && retainRaw !== 'false') problems.push(`retainData: "${retainRaw}" must be true or false`);

  const profileName = String(context('profile') ?? 'russia-vietnam').trim();
  let profile: WatchProfile | undefined;
  if (!PROFILE_NAME.test(profileName)) {
    problems.push(`profile: "${profileName}" must be the name of a file under profiles/ (without .json)`);
  } else {
    profile = loadProfile(join(profilesDir, `${profileName}.json`), problems);
  }

  const edits = readEditSettings(context, problems);
  if (problems.length || !profile) throw new SettingsError(problems);
  return {
    ...edits,
    alertEmails,
    smsNumbers,
    opsEmails: opsEmails.length ? opsEmails : alertEmails,
    profileName,
    profile,
    schedule,
    retentionDays,
    linkLifetimeDays,
    logRetentionDays,
    feedFailureAlarmAfter,
    retainData: retainRaw === 'true',
    warnings,
  };
}

function loadProfile(path: string, problems: string[]): WatchProfile | undefined {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch {
    problems.push(`profile: ${path} does not exist`);
    return undefined;
  }
  try {
    return parseProfile(JSON.parse(json), path);
  } catch (e) {
    problems.push(`profile: ${(e as Error).message}`);
    return undefined;
  }
}
