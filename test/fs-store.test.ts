import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsStore, StoreKeyError } from '../functions/adapters/fs-store.ts';

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
