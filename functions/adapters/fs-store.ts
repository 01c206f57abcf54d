// The local Store: each key is a file under one root folder, with the same key layout as S3.
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Store } from '../core/ports.ts';

/** A key that is not a plain relative path inside the store. */
export class StoreKeyError extends Error {
  constructor(key: string, problem: string) {
    super(`invalid store key ${JSON.stringify(key)}: ${problem}`);
    this.name = 'StoreKeyError';
  }
}

// Temporary files are hidden and carry this marker, so list() never reports a half-written object.
const TEMP_MARK = '.tmp-';

export class FsStore implements Store {
  readonly root: string;

  constructor(rootDir: string) {
    this.root = path.resolve(rootDir);
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
      await link(temp, file);
      return true;
    } catch (e) {
      if (errorCode(e) === 'EEXIST') return false;
      throw e;
    } finally {
      await unlink(temp).catch(() => {});
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

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}
