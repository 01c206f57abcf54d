// The bundled sample sites for local mode: a static HTTP server on 127.0.0.1 (port 0) serving
// samples/sites/<host>/..., and a Fetcher wrapper that maps the samples' stable public-looking
// URLs (https://<name>.sample.test/..., a reserved TLD that never resolves) onto that server.
// Article ids hash the URL, so stable URLs keep ids the same from one run (and port) to the next.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Fetcher } from '../core/ports.ts';
import { samplesDir } from './paths.ts';

export const SAMPLE_HOST_SUFFIX = '.sample.test';

export interface SampleServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface SampleServerOptions {
  /**
   * Which edition of the sites to serve: a file `name.vN.ext` beside `name.ext` replaces it from
   * edition N on (the sample of an edited article). Default 1: the originals.
   */
  edition?: number;
}

export async function startSampleServer(sitesDir = path.join(samplesDir, 'sites'), options: SampleServerOptions = {}): Promise<SampleServer> {
  const root = path.resolve(sitesDir);
  const edition = options.edition ?? 1;
  let served = 0;
  const server = createServer((req, res) => {
    serveFile(root, req, res, edition, ++served).catch(() => send(res, 500, 'internal error'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The file for this edition: `name.vN.ext` for the highest N ≤ edition that exists, else the file itself. */
async function editionOf(file: string, edition: number): Promise<string> {
  const ext = path.extname(file);
  for (let n = edition; n >= 2; n--) {
    const variant = `${file.slice(0, file.length - ext.length)}.v${n}${ext}`;
    if (await stat(variant).then((s) => s.isFile()).catch(() => false)) return variant;
  }
  return file;
}

// Pages that change on every fetch, as real ones do: {{served-at}} becomes the time of the
// request and {{teaser}} one of these headlines in turn (the edits re-check must ignore both).
const TEASERS = ['Oil steadies as traders weigh supply outlook', 'Heatwave grips southern Europe', 'Typhoon season forecast: what to expect'];

async function serveFile(root: string, req: IncomingMessage, res: ServerResponse, edition = 1, served = 0): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://sample').pathname);
  } catch {
    return send(res, 400, 'bad path');
  }
  let file = path.join(root, pathname);
  if (!file.startsWith(root + path.sep) || pathname.includes('\0')) return send(res, 404, 'not found');
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = path.join(file, 'index.html');
  if (/\.v\d+\.\w+$/.test(file)) return send(res, 404, 'not found'); // editions are served in place of the original only
  file = await editionOf(file, edition);
  let body = await readFile(file).catch(() => undefined);
  if (!body) return send(res, 404, 'not found');
  if (path.extname(file) === '.html' && body.includes('{{')) {
    body = Buffer.from(
      body
        .toString('utf8')
        .replaceAll('{{served-at}}', new Date().toISOString())
        .replaceAll('{{teaser}}', TEASERS[served % TEASERS.length]),
    );
  }

  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  const headers = {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    etag,
    'cache-control': 'no-cache',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function send(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(message);
}

/** https://<name>.sample.test/<path> → <origin>/<name>.sample.test/<path>; other URLs unchanged. */
export function toSampleServerUrl(url: string, origin: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url; // let the real fetcher report the bad URL
  }
  if (!parsed.hostname.endsWith(SAMPLE_HOST_SUFFIX)) return url;
  return `${origin}/${parsed.hostname}${parsed.pathname}${parsed.search}`;
}

/** The inverse of toSampleServerUrl, so stored articles carry the stable public-looking URL. */
export function fromSampleServerUrl(url: string, origin: string): string {
  if (!url.startsWith(`${origin}/`)) return url;
  const rest = url.slice(origin.length + 1);
  const slash = rest.indexOf('/');
  const host = slash < 0 ? rest : rest.slice(0, slash);
  if (!host.endsWith(SAMPLE_HOST_SUFFIX)) return url;
  return `https://${host}${slash < 0 ? '/' : rest.slice(slash)}`;
}

/** A Fetcher that reaches the sample sites through the local server and nothing else changes. */
export function sampleSiteFetcher(inner: Fetcher, origin: string): Fetcher {
  return {
    async fetch(request) {
      const response = await inner.fetch({ ...request, url: toSampleServerUrl(request.url, origin) });
      return { ...response, url: fromSampleServerUrl(response.url, origin) };
    },
  };
}
