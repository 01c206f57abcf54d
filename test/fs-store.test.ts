import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsStore, StoreKeyError, StoreLockError } from '../functions/adapters/fs-store.ts';

let root: string;
let store: FsStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'claimwatch-fs-store-'));
  store = new FsStore(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('FsStore', () => {
  it('reads back what it wrote, keeps Unicode, and gives undefined for a missing key', async () => {
    await store.put('articles/2024/06/21/abc.json', '{"title":"Việt Nam – Россия"}');
    expect(await store.get('articles/2024/06/21/abc.json')).toBe('{"title":"Việt Nam – Россия"}');
    expect(await store.get('articles/2024/06/21/missing.json')).toBeUndefined();
    expect(await store.get('nowhere/at/all.json')).toBeUndefined();
  });

  it('overwrites atomically and leaves no temporary files behind', async () => {
    await store.put('diffs/a.json', 'first');
    await store.put('diffs/a.json', 'second');
    expect(await store.get('diffs/a.json')).toBe('second');
    expect(await readdir(path.join(root, 'diffs'))).toEqual(['a.json']);
  });

  it('putIfAbsent creates once and never overwrites', async () => {
    expect(await store.putIfAbsent('alerts/x.json', 'one')).toBe(true);
    expect(await store.putIfAbsent('alerts/x.json', 'two')).toBe(false);
    expect(await store.get('alerts/x.json')).toBe('one');
    expect(await readdir(path.join(root, 'alerts'))).toEqual(['x.json']);
  });

  it('putIfAbsent lets exactly one of many concurrent writers win', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => store.putIfAbsent('alerts/race.json', `writer ${i}`)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true);
    expect(await store.get('alerts/race.json')).toBe(`writer ${winner}`);
  });

  it('lists keys recursively and sorted, by folder or partial-name prefix, without temp files', async () => {
    for (const key of ['diffs/2024/06/21/b.json', 'diffs/2024/06/20/a.json', 'diffs/index.html', 'articles/2024/06/20/a.json', 'alerts/a.json']) {
      await store.put(key, key);
    }
    // A writer that died mid-put leaves a hidden temp file: it is not an object.
    await writeFile(path.join(root, 'diffs', '2024', '06', '20', '.c.json.tmp-deadbeef0000'), 'half');
    expect(await store.list('diffs/')).toEqual(['diffs/2024/06/20/a.json', 'diffs/2024/06/21/b.json', 'diffs/index.html']);
    expect(await store.list('diffs/2024/06/2')).toEqual(['diffs/2024/06/20/a.json', 'diffs/2024/06/21/b.json']);
    expect(await store.list('a')).toEqual(['alerts/a.json', 'articles/2024/06/20/a.json']);
    expect(await store.list('')).toHaveLength(5);
    expect(await store.list('state/feeds/')).toEqual([]);
  });

  it('deletes a key, and deleting a missing key is not an error', async () => {
    await store.put('alerts/y.json', 'y');
    await store.delete('alerts/y.json');
    expect(await store.get('alerts/y.json')).toBeUndefined();
    await expect(store.delete('alerts/y.json')).resolves.toBeUndefined();
  });

  it('locates keys as absolute paths inside the root, and links to them as file URLs', async () => {
    const file = store.locate('diffs/2024/06/21/x.html');
    expect(file).toBe(path.join(root, 'diffs', '2024', '06', '21', 'x.html'));
    const link = await store.linkTo('diffs/2024/06/21/x.html');
    expect(link.startsWith('file://')).toBe(true);
    expect(fileURLToPath(link)).toBe(file);
  });

  it.each([
    ['../outside.json', 'parent segment'],
    ['a/../../outside.json', 'parent segment in the middle'],
    ['/etc/passwd', 'absolute path'],
    ['a//b.json', 'empty segment'],
    ['./a.json', 'dot segment'],
    ['a\\..\\b.json', 'backslash separator'],
    ['a/b\0.json', 'NUL character'],
    ['', 'empty key'],
  ])('refuses the key %j (%s) on every operation', async (key) => {
    await expect(store.get(key)).rejects.toBeInstanceOf(StoreKeyError);
    await expect(store.put(key, 'x')).rejects.toBeInstanceOf(StoreKeyError);
    await expect(store.putIfAbsent(key, 'x')).rejects.toBeInstanceOf(StoreKeyError);
    await expect(store.getWithVersion(key)).rejects.toBeInstanceOf(StoreKeyError);
    await expect(store.putIfUnchanged(key, 'x', undefined)).rejects.toBeInstanceOf(StoreKeyError);
    await expect(store.delete(key)).rejects.toBeInstanceOf(StoreKeyError);
    expect(() => store.locate(key)).toThrow(StoreKeyError);
    // Nothing was written anywhere near the store.
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses list prefixes that escape the root', async () => {
    await expect(store.list('../')).rejects.toBeInstanceOf(StoreKeyError);
    await expect(store.list('/etc/')).rejects.toBeInstanceOf(StoreKeyError);
  });
});

describe('FsStore optimistic concurrency (getWithVersion / putIfUnchanged)', () => {
  const KEY = 'diffs/index.json';
  const LOCK = () => path.join(root, 'diffs', '.index.json.tmp-lock');

  it('creates an absent key with version undefined, once', async () => {
    expect(await store.getWithVersion(KEY)).toBeUndefined();
    expect(await store.putIfUnchanged(KEY, 'one', undefined)).toBe(true);
    expect(await store.putIfUnchanged(KEY, 'two', undefined)).toBe(false);
    expect(await store.get(KEY)).toBe('one');
    expect(await readdir(path.join(root, 'diffs'))).toEqual(['index.json']);
  });

  it('replaces only the version it read: a stale version answers false and leaves the body alone', async () => {
    await store.put(KEY, 'v1');
    const first = (await store.getWithVersion(KEY))!;
    expect(first.body).toBe('v1');
    expect(await store.putIfUnchanged(KEY, 'v2', first.version)).toBe(true);
    const second = (await store.getWithVersion(KEY))!;
    expect(second).toEqual({ body: 'v2', version: expect.any(String) });
    expect(second.version).not.toBe(first.version);

    expect(await store.putIfUnchanged(KEY, 'stale', first.version)).toBe(false);
    expect(await store.get(KEY)).toBe('v2');
    // A plain put() is a change too.
    await store.put(KEY, 'v3');
    expect(await store.putIfUnchanged(KEY, 'stale', second.version)).toBe(false);
    expect(await store.get(KEY)).toBe('v3');
    // A key deleted since it was read is not "unchanged", and absent is not a version.
    const third = (await store.getWithVersion(KEY))!;
    await store.delete(KEY);
    expect(await store.putIfUnchanged(KEY, 'stale', third.version)).toBe(false);
    expect(await store.get(KEY)).toBeUndefined();
    expect(await readdir(path.join(root, 'diffs'))).toEqual([]);
  });

  it('versions by content: the same body gives the same version', async () => {
    await store.put('a/x.json', 'same');
    await store.put('b/y.json', 'same');
    expect((await store.getWithVersion('a/x.json'))!.version).toBe((await store.getWithVersion('b/y.json'))!.version);
  });

  it('lets exactly one of many concurrent writers win per version', async () => {
    let version: string | undefined;
    for (let round = 0; round < 4; round++) {
      const results = await Promise.all(
        Array.from({ length: 25 }, (_, i) => store.putIfUnchanged(KEY, `round ${round} writer ${i}`, version)),
      );
      expect(results.filter(Boolean), `round ${round}`).toHaveLength(1);
      const now = (await store.getWithVersion(KEY))!;
      expect(now.body).toBe(`round ${round} writer ${results.indexOf(true)}`);
      version = now.version;
    }
    expect(await readdir(path.join(root, 'diffs'))).toEqual(['index.json']);
  });

  it('never shows its lock (or temp files) in list(), even mid-write', async () => {
    await store.put('diffs/2024/06/20/a.json', 'a');
    const seen = new Set<string>();
    let writing = true;
    const lister = (async () => {
      while (writing) for (const key of await store.list('diffs/')) seen.add(key);
    })();
    let version: string | undefined;
    for (let i = 0; i < 40; i++) {
      await Promise.all([1, 2, 3].map((n) => store.putIfUnchanged(KEY, `${i}.${n}`, version)));
      version = (await store.getWithVersion(KEY))!.version;
    }
    writing = false;
    await lister;
    expect([...seen].sort()).toEqual(['diffs/2024/06/20/a.json', KEY]);

    // A lock left behind is not an object either, and no key can name it.
    await writeFile(LOCK(), '12345');
    expect(await store.list('diffs/')).toEqual(['diffs/2024/06/20/a.json', KEY]);
    await expect(store.get('diffs/.index.json.tmp-lock')).rejects.toBeInstanceOf(StoreKeyError);
  });

  it('fails with an error naming the lock file when the lock stays held, and writes nothing', async () => {
    const impatient = new FsStore(root, { lockWaitMs: 150 });
    await impatient.put(KEY, 'before');
    const { version } = (await impatient.getWithVersion(KEY))!;
    await writeFile(LOCK(), '12345');

    const error = await impatient.putIfUnchanged(KEY, 'after', version).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockError);
    expect((error as StoreLockError).lockFile).toBe(LOCK());
    expect((error as Error).message).toContain(LOCK());
    expect((error as Error).message).toMatch(/delete the lock file/);
    expect(await impatient.get(KEY)).toBe('before');
    expect((await readdir(path.join(root, 'diffs'))).sort()).toEqual(['.index.json.tmp-lock', 'index.json']); // no temp file left

    // Once the lock is gone, the write goes through.
    await rm(LOCK());
    expect(await impatient.putIfUnchanged(KEY, 'after', version)).toBe(true);
    expect(await readdir(path.join(root, 'diffs'))).toEqual(['index.json']);
  });

  it('is atomic across processes: concurrent read-increment-write loops lose no update', async () => {
    const adapter = pathToFileURL(path.resolve('functions/adapters/fs-store.ts')).href;
    const script = `
      const { FsStore } = await import(${JSON.stringify(adapter)});
      const store = new FsStore(${JSON.stringify(root)});
      for (let i = 0; i < 25; i++) {
        for (;;) {
          const current = await store.getWithVersion('counter.txt');
          const next = String(Number(current?.body ?? 0) + 1);
          if (await store.putIfUnchanged('counter.txt', next, current?.version)) break;
        }
      }`;
    const child = () =>
      new Promise<void>((resolve, reject) => {
        execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], (error, _stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(),
        );
      });
    await Promise.all([child(), child(), child(), child()]);
    expect(await store.get('counter.txt')).toBe('100');
    expect(await readdir(root)).toEqual(['counter.txt']);
  });
});
