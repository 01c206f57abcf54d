// Which store a CLI command works on: the local filesystem store by default, S3 with --bucket.
import type { Store } from '../core/ports.ts';

export const DEFAULT_LOCAL_DIR = '.claimwatch';

export interface StoreOptions {
  /** An S3 bucket name: work on the deployed store. */
  bucket?: string;
  /** The local store's folder (default ./.claimwatch). */
  dir?: string;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.bucket) {
    const { S3Store } = await import('../adapters/s3-store.ts');
    return new S3Store({ bucket: options.bucket });
  }
  const { FsStore } = await import('../adapters/fs-store.ts');
  return new FsStore(options.dir ?? DEFAULT_LOCAL_DIR);
}
