// A real local S3 (s3rver) for tests: loopback only, a free port, a throwaway directory.
// A thin proxy in front adds what s3rver lacks and tests need: S3's conditional create
// (`If-None-Match: *` → 412 when the key exists), S3's atomic objects (requests to one key run
// one at a time: s3rver can answer a GET with the old object's Content-Length and the new
// object's shorter bytes when a PUT lands mid-read, and the client then waits forever), latency,
// and injected failures for chosen requests.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

export interface S3RequestInfo {
  method: string;
  /** The object key (decoded), '' for bucket-level requests. */
  key: string;
}

export interface LocalS3 {
  /** http://127.0.0.1:PORT, for clients made elsewhere (e.g. a handler reading env). */
  endpoint: string;
  /** A path-style client with the fake credentials s3rver accepts. */
  client: S3Client;
  /** An existing, empty bucket. */
  bucket: string;
  /** Requests matching `match` get a 500 InternalError until clearFaults(). */
  injectFault(match: (request: S3RequestInfo) => boolean): void;
  clearFaults(): void;
  /** Every request waits this long before it is handled, like S3 seen from a Lambda (0 to stop). */
  setLatency(ms: number): void;
  /**
   * Holds the first `count` requests matching `match` until all of them have arrived, then lets
   * them go together: callers racing for one key reach S3 at the same moment, however their
   * own work spaced them out. Later matching requests pass at once.
   */
  gate(match: (request: S3RequestInfo) => boolean, count: number): void;
  stop(): Promise<void>;
}

/** Credentials s3rver accepts; also what tests put in AWS_* env for code under test. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function localS3Client(endpoint: string): S3Client {
  return new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS });
}

const errorXml = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;

export async function startS3(bucket = 'claimwatch-test'): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), 'claimwatch-s3-'));
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const { port: backendPort } = await s3rver.run();

  const faults: Array<(r: S3RequestInfo) => boolean> = [];
  let latencyMs = 0;
  let gate: { match: (r: S3RequestInfo) => boolean; waiting: number; release: () => void; released: Promise<void> } | undefined;
  // Requests to one key run one at a time: "exists?" and "write" cannot interleave, nor a read and a write.
  const keyLocks = new Map<string, Promise<void>>();
  const oneAtATime = async (path: string, work: () => Promise<void>) => {
    const turn = (keyLocks.get(path) ?? Promise.resolve()).then(work);
    keyLocks.set(path, turn.catch(() => {}));
    await turn;
  };

  const forward = (req: IncomingMessage, res: ServerResponse) =>
    new Promise<void>((resolve, reject) => {
      const upstream = request({ host: '127.0.0.1', port: backendPort, method: req.method, path: req.url, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res).on('finish', resolve).on('error', reject);
      });
      upstream.on('error', reject);
      req.pipe(upstream);
    });

  const exists = (path: string) =>
    new Promise<boolean>((resolve, reject) => {
      request({ host: '127.0.0.1', port: backendPort, method: 'HEAD', path }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      })
        .on('error', reject)
        .end();
    });

  const proxy = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const key = decodeURIComponent(path.split('/').slice(2).join('/'));
    try {
      if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      if (gate && gate.waiting > 0 && gate.match({ method: req.method ?? 'GET', key })) {
        const held = gate;
        if (--held.waiting === 0) held.release();
        await held.released;
      }
      if (faults.some((match) => match({ method: req.method ?? 'GET', key }))) {
        req.resume();
        res.writeHead(500, { 'content-type': 'application/xml' }).end(errorXml('InternalError', 'injected test fault'));
        return;
      }
      if (!key) {
        await forward(req, res);
        return;
      }
      await oneAtATime(path, async () => {
        if (req.method === 'PUT' && req.headers['if-none-match'] === '*' && (await exists(path))) {
          req.resume();
          res.writeHead(412, { 'content-type': 'application/xml' }).end(errorXml('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold'));
        } else {
          await forward(req, res);
        }
      });
    } catch (e) {
      if (!res.headersSent) res.writeHead(502).end(errorXml('InternalError', String(e)));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));

  const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const client = localS3Client(endpoint);
  return {
    endpoint,
    client,
    bucket,
    injectFault: (match) => void faults.push(match),
    clearFaults: () => void faults.splice(0),
    setLatency: (ms) => void (latencyMs = ms),
    gate: (match, count) => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      gate = { match, waiting: count, release, released };
    },
    async stop() {
      client.destroy();
      // Kept-alive sockets of other clients would otherwise hold close() open.
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      s3rver.httpServer?.closeAllConnections();
      await s3rver.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
