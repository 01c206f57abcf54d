// A real HTTP server on 127.0.0.1 (port 0) whose routes the tests set per case, plus builders
// for RSS documents and article pages. It records every request and connection, so a test
// can prove that a refused target was never contacted.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net, { type AddressInfo, type LookupFunction } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  readonly port: number;
  readonly origin: string;
  url(path: string): string;
  /** Sets the handler of one path (query strings are ignored when matching). */
  route(path: string, handler: Handler): void;
  readonly requests: Array<{ path: string; headers: http.IncomingHttpHeaders }>;
  /** TCP connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: TestServer['requests'] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requests.push({ path, headers: req.headers });
    const handler = routes.get(path);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => void routes.set(path, handler),
    requests,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves a fixed body with a content type (and any extra headers). */
export function serve(body: string | Buffer, contentType = 'application/rss+xml; charset=utf-8', headers: http.OutgoingHttpHeaders = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': contentType, ...headers });
    res.end(body);
  };
}

export function redirectTo(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };
}

export interface FeedItemSpec {
  title?: string;
  link?: string;
  guid?: string;
  description?: string;
  /** Full text, as content:encoded. */
  content?: string;
  pubDate?: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function element(name: string, value: string | undefined): string {
  return value === undefined ? '' : `<${name}>${escapeXml(value)}</${name}>`;
}

/** An RSS 2.0 document. */
export function rssFeed(items: FeedItemSpec[], { title = 'Test feed', encoding = 'UTF-8' } = {}): string {
  const body = items
    .map(
      (i) =>
        `<item>${element('title', i.title)}${element('link', i.link)}${element('guid', i.guid)}` +
        `${element('description', i.description)}${element('content:encoded', i.content)}${element('pubDate', i.pubDate)}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>${escapeXml(title)}</title><link>http://127.0.0.1/</link><description>test</description>
${body}
</channel></rss>`;
}

/** An article page with navigation and a footer around the story's paragraphs. */
export function articlePage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer><p>Subscribe to our newsletter.</p></footer></body></html>`;
}

/** Text long enough to count as a full article in a feed item (no page fetch). */
export function fullText(topic: string): string {
  return Array.from(
    { length: 6 },
    (_, i) => `${topic} Paragraph ${i + 1}: Russia and Vietnam discussed energy, trade and education during the visit to Hanoi, officials said.`,
  ).join(' ');
}

/**
 * DNS for tests: names map to chosen addresses (which the fetcher must then refuse or allow);
 * a name mapped to 'hang' never answers. Nothing here contacts a real resolver.
 */
export function testLookup(names: Record<string, string>): LookupFunction {
  return ((hostname: string, options: unknown, callback: (...args: unknown[]) => void) => {
    const cb = typeof options === 'function' ? (options as typeof callback) : callback;
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
    const address = names[hostname];
    if (address === 'hang') return;
    if (!address) {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return cb(error);
    }
    const family = address.includes(':') ? 6 : 4;
    if (all) cb(null, [{ address, family }]);
    else cb(null, address, family);
  }) as LookupFunction;
}

/**
 * A safety net for tests of the address guard: while installed, any socket connect to a
 * non-loopback address is stopped before it leaves the host and recorded, so even a broken
 * fetcher under test sends nothing beyond 127.0.0.1 / ::1.
 */
export function guardLoopbackOnly(): { attempts: string[]; uninstall(): void } {
  const attempts: string[] = [];
  const original = net.Socket.prototype.connect;
  const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);
  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
    // net.connect passes its normalised arguments as one array: [options, listener].
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const host = typeof first === 'object' && first !== null ? (first as { host?: string }).host : (args[1] as string | undefined);
    if (typeof host === 'string' && net.isIP(host) && !isLoopback(host)) {
      attempts.push(host);
      process.nextTick(() => this.destroy(new Error(`test guard: connection to ${host} stopped`)));
      return this;
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
  return { attempts, uninstall: () => void (net.Socket.prototype.connect = original) };
}
