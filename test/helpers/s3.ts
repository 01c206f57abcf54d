// A real local S3 (s3rver) for tests: loopback only, a free port, a throwaway directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

export interface LocalS3 {
  /** http://127.0.0.1:PORT, for clients made elsewhere (e.g. a handler reading env). */
  endpoint: string;
  /** A path-style client with the fake credentials s3rver accepts. */
  client: S3Client;
  /** An existing, empty bucket. */
  bucket: string;
  stop(): Promise<void>;
}

/** Credentials s3rver accepts; also what tests put in AWS_* env for code under test. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function localS3Client(endpoint: string): S3Client {
  return new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS });
}

export async function startS3(bucket = 'claimwatch-test'): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), 'claimwatch-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localS3Client(endpoint);
  return {
    endpoint,
    client,
    bucket,
    async stop() {
      client.destroy();
      // Kept-alive sockets of other clients would otherwise hold close() open.
      server.httpServer?.closeAllConnections();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
