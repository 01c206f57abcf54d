// The Fetcher port over Node's http/https. It fetches URLs named by outside feeds from inside
// an AWS account, so it refuses anything that could reach into the account or the host:
// only http/https; never loopback, private, link-local, CGNAT, multicast, unspecified or
// cloud-metadata addresses — checked on the address the name resolves to, at connect time,
// for the first URL and every redirect (request-filtering-agent does the address check).
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { FetchError, type Fetcher, type FetchRequest, type FetchResponse } from '../core/ports.ts';
import { readCappedBody } from './http/capped-body.ts';
import { decodeBody } from './http/charset.ts';
import { retryDelayMs } from './http/retry-after.ts';

export const DEFAULT_USER_AGENT = 'claimwatch/0.1 (+https://github.com/claimwatch/claimwatch; news claim monitor)';

export interface HttpFetcherOptions {
  /**
   * Hosts the address check does not apply to, as `host` or `host:port`, e.g. '127.0.0.1'
   * for the local sample feeds. Empty (the default) refuses loopback like any private address.
   */
  allowHosts?: string[];
  userAgent?: string;
  /** Time to establish the TCP connection. */
  connectTimeoutMs?: number;
  /** Time for the whole fetch: redirects, retries, waiting for headers and the whole body. */
  totalTimeoutMs?: number;
  /** Cap on the body, both as received and after decompression (default 20 MiB); requests may lower it. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Retries after 429 or 503. */
  maxRetries?: number;
  /** A longer Retry-After is not waited for: the fetch fails and the next run tries again. */
  maxRetryDelayMs?: number;
  /** DNS resolution, e.g. to point test names at chosen addresses; the address check still applies. */
  lookup?: LookupFunction;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const RETRYABLE = new Set([429, 503]);

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  body?: Buffer;
}

function header(headers: http.IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseTarget(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError('bad-url', `not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad-url', `refused ${url.protocol} URL ${url.href.slice(0, 200)}: only http and https are fetched`);
  }
  return url;
}

/** Node's and request-filtering-agent's errors, as FetchErrors with a code. */
function asFetchError(error: unknown, url: URL, signal: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  if (signal.aborted) return signal.reason instanceof FetchError ? signal.reason : new FetchError('timeout', 'aborted');
  const err = error as NodeJS.ErrnoException;
  if (/is not allowed/.test(err.message ?? '')) {
    const address = err.message.match(/DNS lookup (\S+?)\(/)?.[1] ?? url.hostname;
    const where = address === url.hostname ? '' : ` (it resolves to ${address})`;
    return new FetchError(
      'blocked-address',
      `refused to connect to ${url.host}${where}: loopback, private, link-local, metadata and other reserved addresses are not fetched`,
    );
  }
  return new FetchError('network', `${url.host}: ${err.code ? `${err.code} ` : ''}${err.message}`);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function createHttpFetcher(options: HttpFetcherOptions = {}): Fetcher {
  const allowHosts = new Set((options.allowHosts ?? []).map((h) => h.toLowerCase()));
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
  const totalTimeoutMs = options.totalTimeoutMs ?? 30_000;
  const defaultMaxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const maxRetries = options.maxRetries ?? 2;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 10_000;

  const guarded = { http: new RequestFilteringHttpAgent(), https: new RequestFilteringHttpsAgent() };
  const trusted = { http: new http.Agent(), https: new https.Agent() };

  function agentFor(url: URL): http.Agent {
    const isAllowed = allowHosts.has(url.hostname) || allowHosts.has(url.host);
    const agents = isAllowed ? trusted : guarded;
    return url.protocol === 'https:' ? agents.https : agents.http;
  }

  /** One request: resolves with status and headers, and the body only for a 2xx answer. */
  function requestOnce(url: URL, headers: Record<string, string>, maxBytes: number, signal: AbortSignal): Promise<Hop> {
    return new Promise<Hop>((resolve, reject) => {
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(url, {
        method: 'GET',
        headers,
        agent: agentFor(url),
        signal,
        ...(options.lookup ? { lookup: options.lookup } : {}),
      });
      const connectTimer = setTimeout(
        () => request.destroy(new FetchError('timeout', `no connection to ${url.host} within ${connectTimeoutMs} ms`)),
        connectTimeoutMs,
      );
      request.on('socket', (socket) => {
        if (!socket.connecting) clearTimeout(connectTimer);
        else socket.once('connect', () => clearTimeout(connectTimer));
      });
      request.on('error', (error) => {
        clearTimeout(connectTimer);
        reject(asFetchError(error, url, signal));
      });
      request.on('response', (response) => {
        clearTimeout(connectTimer);
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          response.destroy(); // a redirect or error page's body is never needed
          return resolve({ status, headers: response.headers });
        }
        readCappedBody(response, maxBytes).then(
          (body) => resolve({ status, headers: response.headers, body }),
          (error) => reject(asFetchError(error, url, signal)),
        );
      });
      request.end();
    });
  }

  async function follow(request: FetchRequest, signal: AbortSignal): Promise<FetchResponse> {
    // The fetcher's cap is a ceiling: a request may only lower it.
    const maxBytes = Math.min(request.maxBytes ?? Infinity, defaultMaxBytes);
    const headers: Record<string, string> = {
      'user-agent': userAgent,
      accept: request.accept ?? '*/*',
      'accept-encoding': 'gzip, deflate, br',
      ...(request.etag ? { 'if-none-match': request.etag } : {}),
      ...(request.lastModified ? { 'if-modified-since': request.lastModified } : {}),
    };
    let url = parseTarget(request.url);
    let redirects = 0;
    let retries = 0;
    for (;;) {
      const hop = await requestOnce(url, headers, maxBytes, signal);
      const location = header(hop.headers, 'location');
      if (REDIRECTS.has(hop.status) && location) {
        if (++redirects > maxRedirects) {
          throw new FetchError('too-many-redirects', `more than ${maxRedirects} redirects from ${request.url}`);
        }
        url = parseTarget(location, url);
        continue;
      }
      if (RETRYABLE.has(hop.status)) {
        const delay = retryDelayMs(header(hop.headers, 'retry-after'), retries);
        if (retries >= maxRetries || delay > maxRetryDelayMs) {
          const why = retries >= maxRetries ? `still ${hop.status} after ${retries} retries` : `asked to wait ${Math.ceil(delay / 1000)} s`;
          throw new FetchError('http-status', `HTTP ${hop.status} from ${url.host} (${why}); try again later`, hop.status);
        }
        retries++;
        await sleep(delay, signal);
        continue;
      }
      const common = {
        status: hop.status,
        url: url.href,
        etag: header(hop.headers, 'etag'),
        lastModified: header(hop.headers, 'last-modified'),
        contentType: header(hop.headers, 'content-type'),
      };
      if (hop.status === 304) {
        return { ...common, notModified: true, etag: common.etag ?? request.etag, lastModified: common.lastModified ?? request.lastModified, body: '' };
      }
      if (!hop.body) throw new FetchError('http-status', `HTTP ${hop.status} from ${url.href.slice(0, 200)}`, hop.status);
      return { ...common, notModified: false, body: decodeBody(hop.body, common.contentType) };
    }
  }

  return {
    async fetch(request: FetchRequest): Promise<FetchResponse> {
      const controller = new AbortController();
      const deadline = setTimeout(
        () => controller.abort(new FetchError('timeout', `${request.url.slice(0, 200)} took longer than ${totalTimeoutMs} ms`)),
        totalTimeoutMs,
      );
      try {
        return await follow(request, controller.signal);
      } catch (error) {
        if (controller.signal.aborted && controller.signal.reason instanceof FetchError) throw controller.signal.reason;
        throw error instanceof FetchError ? error : new FetchError('network', String((error as Error)?.message ?? error));
      } finally {
        clearTimeout(deadline);
      }
    },
  };
}
