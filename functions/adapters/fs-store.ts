// The local Store: each key is a file under one root folder, with the same key layout as S3.
import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Store, VersionedObject } from '../core/ports.ts';

/** A key that is not a plain relative path inside the store. */
export class StoreKeyError extends Error {
  constructor(key: string, problem: string) {
    super(`invalid store key ${JSON.stringify(key)}: ${problem}`);
    this.name = 'StoreKeyError';
  }
}

/** A putIfUnchanged lock that stayed held longer than the store waits for it. */
export class StoreLockError extends Error {
  constructor(
    readonly lockFile: string,
    key: string,
    waitedMs: number,
  ) {
    super(
      `lock file ${lockFile} stayed held for ${waitedMs} ms, so ${JSON.stringify(key)} was not written: ` +
        'another process is updating that key, or one died while holding the lock — if no claimwatch process is running, delete the lock file',
    );
    this.name = 'StoreLockError';
  }
}

// Files that are not objects have hidden names with this marker: the temp file of a write in
// progress, and the lock file beside a key while putIfUnchanged holds it. No key may contain the
// marker, so list() never reports them and no key can name them.
const TEMP_MARK = '.tmp-';
/** `.<name>.tmp-lock` beside the key's file; temp files end in hex, so the two never collide. */
const LOCK_SUFFIX = `${TEMP_MARK}lock`;
/** The lock is held for one read and one rename, so waiting this long means something is wrong. */
const DEFAULT_LOCK_WAIT_MS = 10_000;

export interface FsStoreOptions {
  /** How long putIfUnchanged waits for a key's lock before it fails with StoreLockError. */
  lockWaitMs?: number;
}

export class FsStore implements Store {
  readonly root: string;
  private readonly lockWaitMs: number;

  constructor(rootDir: string, options: FsStoreOptions = {}) {
    this.root = path.resolve(rootDir);
    this.lockWaitMs = options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return await readFile(this.fileOf(key), 'utf8');
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return undefined;
      throw e;
    }
  }

  /** Writes a temp file then renames it, so readers see the old or the new body, never a torn one. */
  async put(key: string, body: string): Promise<void> {
    const file = this.fileOf(key);
    const temp = await this.writeTemp(file, body);
    try {
      await rename(temp, file);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
  }

  /**
   * Exclusive create that is also atomic: the body goes to a temp file that is then hard-linked
   * to the key. link() fails with EEXIST when the key exists (like open with 'wx'), and unlike
   * 'wx' a reader or a crash can never leave a half-written object behind.
   */
  async putIfAbsent(key: string, body: string): Promise<boolean> {
    const file = this.fileOf(key);
    const temp = await this.writeTemp(file, body);
    try {
      return await linkNew(temp, file);
    } finally {
      await unlink(temp).catch(() => {});
    }
  }

  /** The version is a hash of the content, so it changes whenever the body does. */
  async getWithVersion(key: string): Promise<VersionedObject | undefined> {
    const body = await this.get(key);
    return body === undefined ? undefined : { body, version: contentVersion(body) };
  }

  /**
   * Compare-and-swap, atomic across processes: the body goes to a temp file first, then under
   * the key's lock file (created with 'wx', so one holder at a time) the current version is
   * checked and the temp file renamed onto the key — or hard-linked when the key must still be
   * absent, so a putIfAbsent racing without the lock cannot be overwritten either. Readers see
   * the old or the new body, never a torn one. put() and delete() do not take the lock: write a
   * key kept with putIfUnchanged only through putIfUnchanged.
   */
  async putIfUnchanged(key: string, body: string, version: string | undefined): Promise<boolean> {
    const file = this.fileOf(key);
    const temp = await this.writeTemp(file, body);
    try {
      return await this.withLock(key, file, async () => {
        const current = await this.getWithVersion(key);
        if (current?.version !== version) return false;
        if (version === undefined) return linkNew(temp, file);
        await rename(temp, file);
        return true;
      });
    } finally {
      await rm(temp, { force: true });
    }
  }

  async list(prefix: string): Promise<string[]> {
    if (prefix !== '') this.fileOf(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix); // same rules as keys
    // Walk only the deepest folder the prefix names, then filter by the full prefix.
    const folder = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
    const found: string[] = [];
    await this.walk(folder, found);
    return found.filter((key) => key.startsWith(prefix)).sort();
  }

  async delete(key: string): Promise<void> {
    await rm(this.fileOf(key), { force: true });
  }

  locate(key: string): string {
    return this.fileOf(key);
  }

  async linkTo(key: string): Promise<string> {
    return pathToFileURL(this.fileOf(key)).href;
  }

  /** The file for a key; refuses keys that could reach outside the root. */
  private fileOf(key: string): string {
    if (typeof key !== 'string' || key === '') throw new StoreKeyError(String(key), 'empty');
    if (key.includes('\0')) throw new StoreKeyError(key, 'contains a NUL character');
    if (key.includes('\\')) throw new StoreKeyError(key, 'use "/" as the separator');
    if (key.startsWith('/') || path.isAbsolute(key)) throw new StoreKeyError(key, 'absolute paths are not keys');
    const parts = key.split('/');
    if (parts.some((p) => p === '' || p === '.' || p === '..')) {
      throw new StoreKeyError(key, 'empty, "." or ".." path segments are not allowed');
    }
    if (parts.some((p) => p.includes(TEMP_MARK))) throw new StoreKeyError(key, `"${TEMP_MARK}" is reserved`);
    const file = path.join(this.root, ...parts);
    if (!file.startsWith(this.root + path.sep)) throw new StoreKeyError(key, 'escapes the store folder');
    return file;
  }

  private async writeTemp(file: string, body: string): Promise<string> {
    await mkdir(path.dirname(file), { recursive: true });
    const temp = path.join(path.dirname(file), `.${path.basename(file)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
    await writeFile(temp, body, { encoding: 'utf8', flag: 'wx' });
    return temp;
  }

  /** Runs `critical` holding `.<name>.tmp-lock` beside the key's file (its folder exists already). */
  private async withLock<T>(key: string, file: string, critical: () => Promise<T>): Promise<T> {
    const lockFile = path.join(path.dirname(file), `.${path.basename(file)}${LOCK_SUFFIX}`);
    const started = Date.now();
    for (;;) {
      try {
        await writeFile(lockFile, `${process.pid}\n`, { flag: 'wx' });
        break;
      } catch (e) {
        if (errorCode(e) !== 'EEXIST') throw e;
        const waited = Date.now() - started;
        if (waited >= this.lockWaitMs) throw new StoreLockError(lockFile, key, waited);
        await sleep(1 + Math.random() * 3);
      }
    }
    try {
      return await critical();
    } finally {
      await unlink(lockFile);
    }
  }

  private async walk(folder: string, found: string[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(folder ? path.join(this.root, ...folder.split('/')) : this.root, { withFileTypes: true });
    } catch (e) {
      if (errorCode(e) === 'ENOENT' || errorCode(e) === 'ENOTDIR') return;
      throw e;
    }
    for (const entry of entries) {
      const key = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await this.walk(key, found);
      else if (entry.isFile() && !entry.name.includes(TEMP_MARK)) found.push(key);
    }
  }
}

/** Hard-links a finished temp file to the key; false when the key exists already. */
async function linkNew(temp: string, file: string): Promise<boolean> {
  try {
    await link(temp, file);
    return true;
  } catch (e) {
    if (errorCode(e) === 'EEXIST') return false;
    throw e;
  }
}

function contentVersion(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('base64url');
}

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}
