// What both Lambda handlers share: the structured logger, the S3 store and the watch profile,
// all configured from the environment the stack sets (infra/stack.ts).
import { Logger } from '@aws-lambda-powertools/logger';
import { S3Client } from '@aws-sdk/client-s3';
import { S3Store } from '../adapters/s3-store.ts';
import type { Log } from '../core/ports.ts';
import { parseProfile, type WatchProfile } from '../core/profile.ts';
import { tracer } from './telemetry.ts';

export const logger = new Logger();

/** The Log port over Powertools: fields become top-level keys of the JSON log line. */
export const log: Log = {
  info: (message, fields = {}) => logger.info(message, fields),
  warn: (message, fields = {}) => logger.warn(message, fields),
  error: (message, fields = {}) => logger.error(message, fields),
};

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set (the stack sets it; locally, set it yourself)`);
  return value;
}

let store: S3Store | undefined;

/**
 * The bucket from CLAIMWATCH_BUCKET. AWS_ENDPOINT_URL_S3 (read by the SDK itself) points it at
 * a local S3 in tests; such servers need path-style URLs.
 */
export function storeFromEnv(): S3Store {
  store ??= new S3Store({
    bucket: requireEnv('CLAIMWATCH_BUCKET'),
    client: tracer.captureAWSv3Client(new S3Client({ forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3) })),
    linkExpirySeconds: process.env.CLAIMWATCH_LINK_EXPIRY_SECONDS ? Number(process.env.CLAIMWATCH_LINK_EXPIRY_SECONDS) : undefined,
  });
  return store;
}

/** Re-read now and then, so a redeployed profile takes effect without a cold start. */
const PROFILE_MAX_AGE_MS = 5 * 60_000;
let profile: { value: WatchProfile; readAt: number } | undefined;

/** The watch profile the stack uploaded (config/profile.json), validated. */
export async function profileFromStore(from: S3Store): Promise<WatchProfile> {
  if (profile && Date.now() - profile.readAt < PROFILE_MAX_AGE_MS) return profile.value;
  const key = process.env.CLAIMWATCH_PROFILE_KEY ?? 'config/profile.json';
  const json = await from.get(key);
  if (json === undefined) throw new Error(`no watch profile at ${from.locate(key)} (the stack uploads it on deploy)`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`${from.locate(key)} is not JSON: ${(e as Error).message}`);
  }
  profile = { value: parseProfile(data, from.locate(key)), readAt: Date.now() };
  return profile.value;
}
