// The Store port on S3: the deployed store, same keys as the local filesystem store.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Store, VersionedObject } from '../core/ports.ts';

export interface S3StoreOptions {
  bucket: string;
  client?: S3Client;
  /** How long a presigned review link stays valid (default 7 days, S3's maximum). */
  linkExpirySeconds?: number;
}

export class S3StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'S3StoreError';
  }
}

/** Create only (If-None-Match: *), or replace only the version read (If-Match: ETag). */
type WriteCondition = { IfNoneMatch: '*' } | { IfMatch: string };

const DEFAULT_LINK_EXPIRY_SECONDS = 7 * 24 * 3600;
/** S3 answers 409 when two conditional writes to one key race; the retry settles it. */
const CONDITIONAL_WRITE_ATTEMPTS = 3;

export class S3Store implements Store {
  readonly bucket: string;
  private readonly client: S3Client;
  private readonly linkExpirySeconds: number;

  constructor(options: S3StoreOptions) {
    if (!options.bucket) throw new S3StoreError('S3Store needs a bucket name');
    this.bucket = options.bucket;
    this.client = options.client ?? new S3Client({});
    this.linkExpirySeconds = options.linkExpirySeconds ?? DEFAULT_LINK_EXPIRY_SECONDS;
    if (!(this.linkExpirySeconds >= 1 && this.linkExpirySeconds <= DEFAULT_LINK_EXPIRY_SECONDS)) {
      throw new S3StoreError(`linkExpirySeconds must be between 1 and ${DEFAULT_LINK_EXPIRY_SECONDS} (7 days), got ${options.linkExpirySeconds}`);
    }
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.read(key))?.body;
  }

  async put(key: string, body: string, contentType = guessContentType(key)): Promise<void> {
    try {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
    } catch (e) {
      throw this.explain(e, 'write', key);
    }
  }

  async putIfAbsent(key: string, body: string, contentType = guessContentType(key)): Promise<boolean> {
    return this.conditionalPut(key, body, contentType, { IfNoneMatch: '*' }, 'write (if absent)');
  }

  /** The version is the object's ETag, which putIfUnchanged sends back as If-Match. */
  async getWithVersion(key: string): Promise<VersionedObject | undefined> {
    const found = await this.read(key);
    if (found === undefined) return undefined;
    if (!found.etag) throw new S3StoreError(`S3 read of ${this.locate(key)} returned no ETag, so it cannot be updated conditionally`);
    return { body: found.body, version: found.etag };
  }

  async putIfUnchanged(key: string, body: string, version: string | undefined, contentType = guessContentType(key)): Promise<boolean> {
    const condition: WriteCondition = version === undefined ? { IfNoneMatch: '*' } : { IfMatch: version };
    return this.conditionalPut(key, body, contentType, condition, 'write (if unchanged)');
  }

  /**
   * A PutObject with a precondition: true when written, false on 412 (the precondition failed)
   * or, for If-Match, NoSuchKey (the object was deleted meanwhile). A 409 means another conditional
   * write to the key was in flight: S3 asks for a retry, which then settles it either way.
   */
  private async conditionalPut(
    key: string,
    body: string,
    contentType: string,
    condition: WriteCondition,
    action: string,
  ): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType, ...condition }));
        return true;
      } catch (e) {
        const status = httpStatus(e);
        if (status === 412 || errorName(e) === 'PreconditionFailed') return false;
        if ('IfMatch' in condition && errorName(e) === 'NoSuchKey') return false;
        if ((status === 409 || errorName(e) === 'ConditionalRequestConflict') && attempt < CONDITIONAL_WRITE_ATTEMPTS) continue;
        throw this.explain(e, action, key);
      }
    }
  }

  async list(prefix: string): Promise<string[]> {
    const found: string[] = [];
    let token: string | undefined;
    try {
      do {
        const page = await this.client.send(
          new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
        );
        for (const object of page.Contents ?? []) if (object.Key) found.push(object.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    } catch (e) {
      throw this.explain(e, 'list', prefix);
    }
    return found.sort();
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (e) {
      throw this.explain(e, 'delete', key);
    }
  }

  locate(key: string): string {
    return `s3://${this.bucket}/${key}`;
  }

  /** A presigned GET URL; it works only while the signing credentials are valid too. */
  async linkTo(key: string): Promise<string> {
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: key }), {
      expiresIn: this.linkExpirySeconds,
    });
  }

  private async read(key: string): Promise<{ body: string; etag?: string } | undefined> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return { body: await out.Body!.transformToString('utf-8'), etag: out.ETag };
    } catch (e) {
      if (errorName(e) === 'NoSuchKey') return undefined;
      throw this.explain(e, 'read', key);
    }
  }

  /** An error message an operator can act on: which bucket, which key, what S3 said. */
  private explain(e: unknown, action: string, key: string): Error {
    const name = errorName(e);
    if (name === 'NoSuchBucket') {
      return new S3StoreError(`S3 bucket "${this.bucket}" does not exist (check the bucket name and region)`, { cause: e });
    }
    if (name === 'AccessDenied' || httpStatus(e) === 403) {
      return new S3StoreError(`access denied to ${this.locate(key)} (${action}): check the credentials and the bucket policy`, { cause: e });
    }
    const detail = e instanceof Error ? e.message : String(e);
    return new S3StoreError(`S3 ${action} of ${this.locate(key)} failed: ${name ?? 'error'}: ${detail}`, { cause: e });
  }
}

function errorName(e: unknown): string | undefined {
  return e instanceof Error ? e.name : undefined;
}

function httpStatus(e: unknown): number | undefined {
  return (e as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
}

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

function guessContentType(key: string): string {
  return CONTENT_TYPES[key.split('.').pop() ?? ''] ?? 'application/octet-stream';
}
