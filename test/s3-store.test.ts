import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { S3Store, S3StoreError } from '../functions/adapters/s3-store.ts';
import { startS3, type LocalS3 } from './helpers/s3.ts';

describe('S3Store on a local S3 server', () => {
  let s3: LocalS3;
  let store: S3Store;

  beforeAll(async () => {
    s3 = await startS3();
    store = new S3Store({ bucket: s3.bucket, client: s3.client, linkExpirySeconds: 600 });
  });
  afterAll(() => s3.stop());

  it('reads back what it wrote, with a content type from the extension', async () => {
    await store.put('diffs/2024/06/20/abc.json', '{"ok":"é"}');
    expect(await store.get('diffs/2024/06/20/abc.json')).toBe('{"ok":"é"}');
    const res = await fetch(await store.linkTo('diffs/2024/06/20/abc.json'));
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  it('answers undefined for a missing key', async () => {
    expect(await store.get('articles/nothing-here.json')).toBeUndefined();
  });

  it('lists keys under a prefix only, sorted', async () => {
    for (const k of ['state/feeds/b.json', 'state/feeds/a.json', 'state/feeds/c.json', 'state/other.json']) {
      await store.put(k, k);
    }
    expect(await store.list('state/feeds/')).toEqual(['state/feeds/a.json', 'state/feeds/b.json', 'state/feeds/c.json']);
    expect(await store.list('nothing/')).toEqual([]);
  });

  it('deletes', async () => {
    await store.put('alerts/gone.json', '{}');
    await store.delete('alerts/gone.json');
    expect(await store.get('alerts/gone.json')).toBeUndefined();
  });

  it('writes if absent: the first write wins, later ones leave it untouched', async () => {
    expect(await store.putIfAbsent('alerts/first.json', '{"n":1}')).toBe(true);
    expect(await store.putIfAbsent('alerts/first.json', '{"n":2}')).toBe(false);
    expect(await store.get('alerts/first.json')).toBe('{"n":1}');
  });

  it('lets exactly one of many simultaneous conditional writes win', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => store.putIfAbsent('alerts/race.json', `{"n":${n}}`)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true) + 1;
    expect(await store.get('alerts/race.json')).toBe(`{"n":${winner}}`);
  });

  it('reads with the ETag as version and writes conditionally on it (success paths: s3rver ignores If-Match)', async () => {
    expect(await store.getWithVersion('diffs/index.json')).toBeUndefined();
    expect(await store.putIfUnchanged('diffs/index.json', '{"entries":[1]}', undefined)).toBe(true);
    const first = (await store.getWithVersion('diffs/index.json'))!;
    expect(first).toEqual({ body: '{"entries":[1]}', version: expect.stringMatching(/^"[0-9a-f]{32}"$/) });

    expect(await store.putIfUnchanged('diffs/index.json', '{"entries":[1,2]}', first.version)).toBe(true);
    const second = (await store.getWithVersion('diffs/index.json'))!;
    expect(second.body).toBe('{"entries":[1,2]}');
    expect(second.version).not.toBe(first.version);
    const res = await fetch(await store.linkTo('diffs/index.json'));
    expect(res.headers.get('content-type')).toContain('application/json');
    // Absent-only still holds (the test proxy answers If-None-Match: * as S3 does).
    expect(await store.putIfUnchanged('diffs/index.json', '{}', undefined)).toBe(false);
    expect(await store.get('diffs/index.json')).toBe('{"entries":[1,2]}');
  });

  it('reports a failing S3 with the key and what S3 said', async () => {
    s3.injectFault((r) => r.key === 'diffs/broken.json');
    try {
      await expect(store.put('diffs/broken.json', '{}')).rejects.toThrow(/S3 write of s3:\/\/claimwatch-test\/diffs\/broken.json failed: InternalError/);
      expect(await store.get('diffs/other.json')).toBeUndefined();
    } finally {
      s3.clearFaults();
    }
  });

  it('locates keys as s3:// URLs and presigns working links', async () => {
    expect(store.locate('diffs/x.html')).toBe(`s3://${s3.bucket}/diffs/x.html`);
    await store.put('diffs/x.html', '<p>hi</p>');
    const link = await store.linkTo('diffs/x.html');
    expect(new URL(link).searchParams.get('X-Amz-Expires')).toBe('600');
    const res = await fetch(link);
    expect(await res.text()).toBe('<p>hi</p>');
  });

  it('names the bucket when it does not exist', async () => {
    const missing = new S3Store({ bucket: 'no-such-bucket-here', client: s3.client });
    await expect(missing.get('a.json')).rejects.toThrow(/bucket "no-such-bucket-here" does not exist/);
    await expect(missing.put('a.json', '{}')).rejects.toThrow(S3StoreError);
    await expect(missing.list('')).rejects.toThrow(/no-such-bucket-here/);
    await expect(missing.getWithVersion('a.json')).rejects.toThrow(/bucket "no-such-bucket-here" does not exist/);
  });
});

describe('S3Store against S3 answers mocked at the SDK', () => {
  // Mock this one client only: mocking the class would also hijack the s3rver tests' client.
  const client = new S3Client({ region: 'us-east-1' });
  const s3Mock = mockClient(client);
  const store = new S3Store({ bucket: 'b', client });
  const serviceError = (name: string, status: number) =>
    new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message: name });

  // The one part of a response body stream that S3Store reads.
  const sdkBody = (text: string) => ({ transformToString: async () => text }) as unknown as GetObjectCommandOutput['Body'];

  afterAll(() => s3Mock.restore());

  it('sends IfNoneMatch * and answers false on 412 PreconditionFailed', async () => {
    s3Mock.reset();
    s3Mock.on(PutObjectCommand).rejects(serviceError('PreconditionFailed', 412));
    expect(await store.putIfAbsent('alerts/a.json', '{}')).toBe(false);
    expect(s3Mock.commandCalls(PutObjectCommand)[0].args[0].input.IfNoneMatch).toBe('*');
  });

  it('retries a 409 ConditionalRequestConflict and then reports the outcome', async () => {
    s3Mock.reset();
    s3Mock
      .on(PutObjectCommand)
      .rejectsOnce(serviceError('ConditionalRequestConflict', 409))
      .rejectsOnce(serviceError('PreconditionFailed', 412));
    expect(await store.putIfAbsent('alerts/a.json', '{}')).toBe(false);
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(2);

    s3Mock.reset();
    s3Mock.on(PutObjectCommand).rejectsOnce(serviceError('ConditionalRequestConflict', 409)).resolves({});
    expect(await store.putIfAbsent('alerts/a.json', '{}')).toBe(true);
  });

  it('gives up with a clear error when the conflict persists', async () => {
    s3Mock.reset();
    s3Mock.on(PutObjectCommand).rejects(serviceError('ConditionalRequestConflict', 409));
    await expect(store.putIfAbsent('alerts/a.json', '{}')).rejects.toThrow(/s3:\/\/b\/alerts\/a.json failed: ConditionalRequestConflict/);
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(3);
  });

  it('putIfUnchanged sends If-Match with the version read and answers false on 412', async () => {
    s3Mock.reset();
    s3Mock.on(GetObjectCommand).resolves({ Body: sdkBody('{"entries":[]}'), ETag: '"abc"' });
    s3Mock.on(PutObjectCommand).rejects(serviceError('PreconditionFailed', 412));
    const current = (await store.getWithVersion('diffs/index.json'))!;
    expect(current).toEqual({ body: '{"entries":[]}', version: '"abc"' });
    expect(await store.putIfUnchanged('diffs/index.json', '{}', current.version)).toBe(false);
    const input = s3Mock.commandCalls(PutObjectCommand)[0].args[0].input;
    expect(input.IfMatch).toBe('"abc"');
    expect(input.IfNoneMatch).toBeUndefined();
    expect(input.ContentType).toBe('application/json; charset=utf-8');
  });

  it('putIfUnchanged with no version sends If-None-Match *, and a key deleted meanwhile answers false', async () => {
    s3Mock.reset();
    s3Mock.on(PutObjectCommand).resolves({});
    expect(await store.putIfUnchanged('diffs/index.json', '{}', undefined)).toBe(true);
    const input = s3Mock.commandCalls(PutObjectCommand)[0].args[0].input;
    expect([input.IfNoneMatch, input.IfMatch]).toEqual(['*', undefined]);

    s3Mock.reset();
    s3Mock.on(PutObjectCommand).rejects(serviceError('NoSuchKey', 404));
    expect(await store.putIfUnchanged('diffs/index.json', '{}', '"abc"')).toBe(false);
  });

  it('putIfUnchanged retries a 409 ConditionalRequestConflict, then reports the outcome or a clear error', async () => {
    s3Mock.reset();
    s3Mock
      .on(PutObjectCommand)
      .rejectsOnce(serviceError('ConditionalRequestConflict', 409))
      .rejectsOnce(serviceError('PreconditionFailed', 412));
    expect(await store.putIfUnchanged('diffs/index.json', '{}', '"abc"')).toBe(false);
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(2);

    s3Mock.reset();
    s3Mock.on(PutObjectCommand).rejectsOnce(serviceError('ConditionalRequestConflict', 409)).resolves({});
    expect(await store.putIfUnchanged('diffs/index.json', '{}', '"abc"')).toBe(true);
    expect(s3Mock.commandCalls(PutObjectCommand).map((c) => c.args[0].input.IfMatch)).toEqual(['"abc"', '"abc"']);

    s3Mock.reset();
    s3Mock.on(PutObjectCommand).rejects(serviceError('ConditionalRequestConflict', 409));
    await expect(store.putIfUnchanged('diffs/index.json', '{}', '"abc"')).rejects.toThrow(
      /S3 write \(if unchanged\) of s3:\/\/b\/diffs\/index.json failed: ConditionalRequestConflict/,
    );
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(3);
  });

  it('explains other failures of a conditional write and of a versioned read', async () => {
    s3Mock.reset();
    s3Mock.on(PutObjectCommand).rejects(serviceError('AccessDenied', 403));
    s3Mock.on(GetObjectCommand).rejects(serviceError('NoSuchBucket', 404));
    await expect(store.putIfUnchanged('diffs/index.json', '{}', '"abc"')).rejects.toThrow(/access denied to s3:\/\/b\/diffs\/index.json \(write \(if unchanged\)\)/);
    await expect(store.getWithVersion('diffs/index.json')).rejects.toThrow(/bucket "b" does not exist/);
    // A NoSuchBucket on the write is an error, not a lost race.
    s3Mock.on(PutObjectCommand).rejects(serviceError('NoSuchBucket', 404));
    await expect(store.putIfUnchanged('diffs/index.json', '{}', '"abc"')).rejects.toThrow(/bucket "b" does not exist/);
  });

  it('refuses to hand out a version when S3 sends no ETag', async () => {
    s3Mock.reset();
    s3Mock.on(GetObjectCommand).resolves({ Body: sdkBody('{}') });
    await expect(store.getWithVersion('diffs/index.json')).rejects.toThrow(/s3:\/\/b\/diffs\/index.json returned no ETag/);
    expect(await store.get('diffs/index.json')).toBe('{}');
  });

  // s3rver's continuation tokens use DES, which Node 20's OpenSSL 3 refuses: pages are mocked.
  it('follows continuation tokens across list pages', async () => {
    s3Mock.reset();
    s3Mock
      .on(ListObjectsV2Command, { ContinuationToken: undefined })
      .resolves({ Contents: [{ Key: 'articles/b.json' }], IsTruncated: true, NextContinuationToken: 't2' })
      .on(ListObjectsV2Command, { ContinuationToken: 't2' })
      .resolves({ Contents: [{ Key: 'articles/a.json' }], IsTruncated: false });
    expect(await store.list('articles/')).toEqual(['articles/a.json', 'articles/b.json']);
    expect(s3Mock.commandCalls(ListObjectsV2Command).map((c) => c.args[0].input.Prefix)).toEqual(['articles/', 'articles/']);
  });

  it('rejects a bad link expiry', () => {
    expect(() => new S3Store({ bucket: 'b', linkExpirySeconds: 0 })).toThrow(/linkExpirySeconds/);
    expect(() => new S3Store({ bucket: '' })).toThrow(/bucket name/);
  });
});
