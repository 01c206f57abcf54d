// The Fetcher port over Node's http/https. It fetches URLs named by outside feeds from inside
// an AWS account, so it refuses anything that could reach into the account or the host:
// only http/https; never loopback, private, link-local, CGNAT, multicast, unspecified or
// cloud-metadata addresses — checked on the address the name resolves to, at connect time,
// for the first URL and every redirect (request-filtering-agent does the address check).
// HTTPS certificates are always verified (Node's defaults); a certificate fault fails the
// fetch at once, with the host and the problem in plain words, and is not retried.
import { X509Certificate } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import tls from 'node:tls';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { FetchError, type Fetcher, type FetchRequest, type FetchResponse } from '../core/ports.ts';
import { readCappedBody } from './http/capped-body.ts';
import { decodeBytes } from './http/charset.ts';
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
  /**
   * Extra CA certificates to trust (PEM, one or several per string), for feeds served with a
   * private CA. They are added to Node's default CAs, never replace them; without this option
   * Node's trust store is used untouched. (On Node < 22.15 the added-to list is Node's bundled
   * Mozilla CAs: certificates from NODE_EXTRA_CA_CERTS must then be given here too.)
   * There is deliberately no option to turn certificate verification off.
   */
  ca?: string | Buffer | ReadonlyArray<string | Buffer>;
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

/** Node's certificate verification errors (OpenSSL's, and the host name check), in plain words. */
const CERTIFICATE_PROBLEMS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'it is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its chain ends in a self-signed certificate that is not a trusted CA',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'it is not signed by a trusted CA, or the server leaves out its intermediate certificates',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its issuer is not a trusted CA',
  UNABLE_TO_GET_ISSUER_CERT: 'its issuer certificate could not be found',
  CERT_UNTRUSTED: 'it is not trusted',
  CERT_REJECTED: 'it is rejected for this purpose',
  INVALID_CA: 'a certificate in its chain is not a valid CA',
  INVALID_PURPOSE: 'it is not meant for a TLS server',
  PATH_LENGTH_EXCEEDED: 'its chain is longer than its CA allows',
  CERT_CHAIN_TOO_LONG: 'its chain is too long',
  CERT_HAS_EXPIRED: 'it has expired',
  CERT_NOT_YET_VALID: 'it is not valid yet',
  CERT_REVOKED: 'it has been revoked',
  CERT_SIGNATURE_FAILURE: 'its signature is invalid',
  UNABLE_TO_DECRYPT_CERT_SIGNATURE: 'its signature cannot be checked',
  UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY: "its issuer's public key cannot be read",
  ERROR_IN_CERT_NOT_BEFORE_FIELD: 'its validity dates are malformed',
  ERROR_IN_CERT_NOT_AFTER_FIELD: 'its validity dates are malformed',
  HOSTNAME_MISMATCH: 'it is for another host name',
  ERR_TLS_CERT_ALTNAME_INVALID: 'it is for another host name',
  ERR_TLS_CERT_ALTNAME_FORMAT: 'its host names are malformed',
};

/** A certificate the fetcher will not trust, as a FetchError naming the host and the problem. */
function certificateError(err: NodeJS.ErrnoException & { cert?: { subjectaltname?: string } }, url: URL): FetchError | undefined {
  const problem = err.code ? CERTIFICATE_PROBLEMS[err.code] : undefined;
  if (!problem) return undefined;
  // The names the certificate is for come from the server: shown, but cut short.
  const names = err.code === 'ERR_TLS_CERT_ALTNAME_INVALID' ? err.cert?.subjectaltname?.slice(0, 200) : undefined;
  return new FetchError(
    'network',
    `TLS certificate of ${url.host} is not trusted: ${problem}${names ? `, ${names}` : ''} (${err.code}); nothing was fetched`,
  );
}

/** Node's and request-filtering-agent's errors, as FetchErrors with a code. */
function asFetchError(error: unknown, url: URL, signal: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  if (signal.aborted) return signal.reason instanceof FetchError ? signal.reason : new FetchError('timeout', 'aborted');
  const err = error as NodeJS.ErrnoException;
  const certificate = certificateError(err, url);
  if (certificate) return certificate;
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

/**
 * The CAs trusted when extra ones are given: Node's defaults followed by the extra ones; or
 * undefined without extra ones, so that Node's own trust store applies. Throws when an extra
 * CA is not a readable PEM certificate (Node would silently skip it).
 */
export function trustedCertificates(ca: HttpFetcherOptions['ca']): string[] | undefined {
  if (ca === undefined) return undefined;
  const extra = (Array.isArray(ca) ? ca : [ca]).flatMap((entry: string | Buffer, index: number) => {
    const pems = entry.toString().match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? [];
    if (!pems.length) throw new Error(`ca[${index}] holds no PEM certificate`);
    for (const pem of pems) {
      try {
        new X509Certificate(pem);
      } catch (error) {
        throw new Error(`ca[${index}] holds a certificate that cannot be read: ${(error as Error).message}`);
      }
    }
    return pems;
  });
  if (!extra.length) return undefined;
  // Node ≥ 22.15 lists its whole default store (NODE_EXTRA_CA_CERTS included); older Nodes
  // only the bundled Mozilla CAs.
  const getDefaults = (tls as { getCACertificates?: (type: 'default') => string[] }).getCACertificates;
  const defaults = getDefaults ? getDefaults('default') : tls.rootCertificates;
  return [...defaults, ...extra];
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

  // With extra CAs, one TLS context for every connection (building one from ~150 CAs takes
  // ~20 ms); without, no context is given and Node's defaults apply.
  const ca = trustedCertificates(options.ca);
  const tlsOptions: https.AgentOptions = ca ? { secureContext: tls.createSecureContext({ ca }) } : {};
  const guarded = { http: new RequestFilteringHttpAgent(), https: new RequestFilteringHttpsAgent(tlsOptions) };
  const trusted = { http: new http.Agent(), https: new https.Agent(tlsOptions) };

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
      const decoded = decodeBytes(hop.body, common.contentType);
      const charsetNote = decoded.note ?? (decoded.replaced ? `${decoded.replaced} character(s) sent as U+FFFD` : undefined);
      return { ...common, notModified: false, body: decoded.text, charset: decoded.charset, ...(charsetNote ? { charsetNote } : {}) };
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
