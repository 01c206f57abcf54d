// The interfaces between the pure core and the outside world. Adapters implement them:
// the filesystem and S3 stores, the console/file and SNS notifiers, the HTTP fetcher.

/** A key-value object store with the DESIGN.md key layout (same keys locally and on S3). */
export interface Store {
  /** The object's text, or undefined when there is no such key. */
  get(key: string): Promise<string | undefined>;
  put(key: string, body: string, contentType?: string): Promise<void>;
  /** Writes only when the key does not exist yet; false when it already did. */
  putIfAbsent(key: string, body: string, contentType?: string): Promise<boolean>;
  /** The object's text and its current version (for putIfUnchanged), or undefined when there is no such key. */
  getWithVersion(key: string): Promise<VersionedObject | undefined>;
  /**
   * Optimistic concurrency: writes only when the key is still at `version` (from getWithVersion;
   * undefined = the key is still absent). False when another write or a delete came first, and
   * then nothing was written: read again, redo the change, try again.
   */
  putIfUnchanged(key: string, body: string, version: string | undefined, contentType?: string): Promise<boolean>;
  /** Every key under the prefix, sorted. */
  list(prefix: string): Promise<string[]>;
  delete(key: string): Promise<void>;
  /** Where a key lives, for people: a file path or an s3:// URL. */
  locate(key: string): string;
  /** A link an analyst can open (a file path locally, a presigned URL on S3). */
  linkTo?(key: string): Promise<string>;
}

/** An object's text with an opaque version token (an ETag on S3, a content hash locally). */
export interface VersionedObject {
  body: string;
  version: string;
}

/** A ready-to-send alert: the notifier only delivers it. */
export interface AlertMessage {
  /** ASCII, one line, under 100 characters. */
  subject: string;
  /** Long form for email and the default channel. */
  text: string;
  /** At most 160 characters. */
  sms: string;
  /**
   * What the message is about, for routing: the labels of its alerting claims
   * ('contradiction', 'new') or 'digest'. SNS subscription filter policies choose on it.
   */
  notice?: string[];
}

export interface Notifier {
  notify(message: AlertMessage): Promise<void>;
}

export interface FetchRequest {
  url: string;
  /** Validators from the previous fetch, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  accept?: string;
  /** Cap on the decoded body; larger bodies fail with code 'too-large'. */
  maxBytes?: number;
}

export interface FetchResponse {
  status: number;
  /** The URL after redirects. */
  url: string;
  /** True on 304: body is empty and the caller keeps what it had. */
  notModified: boolean;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  /** The body decoded to text with the charset from header, XML prolog or meta. */
  body: string;
  /** The charset the body was decoded with (WHATWG name). */
  charset?: string;
  /** Why the declared charset was not used, or that some bytes could not be decoded. */
  charsetNote?: string;
}

export type FetchErrorCode =
  | 'bad-url'
  | 'blocked-address'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'http-status'
  | 'network';

/** Every fetch failure is a FetchError with a code, so callers can record why. */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResponse>;
}

/** Structured log lines; Powertools Logger and the console both fit. */
export interface Log {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const silentLog: Log = { info() {}, warn() {}, error() {} };
