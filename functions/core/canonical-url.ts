// One story, one URL: feeds decorate links with tracking parameters, fragments, AMP variants
// and trailing slashes. The canonical form is what the article id is hashed from, so the
// same story seen in two feeds (or twice in one) is stored once.

export class UrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UrlError';
  }
}

/** Query parameters that only say where a reader came from. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid',
  'igshid', 'mc_cid', 'mc_eid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'ocid', 'cmpid',
  'icid', 'ncid', 'sr_share', 'smid', 'ito', 'spm', 'ref_src', 'ref_url', 'ftag', 'taid',
  'soc_src', 'soc_trk', '__twitter_impression',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'itm_', 'at_'];

/** `?amp`, `?amp=1`, `?amp=true`, `?_amp=true`, `?outputType=amp` mark the AMP rendering. */
function isAmpParam(name: string, value: string): boolean {
  const n = name.toLowerCase();
  const v = value.toLowerCase();
  if (n === 'amp' || n === '_amp') return v === '' || v === '1' || v === 'true';
  return n === 'outputtype' && v === 'amp';
}

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** Google's AMP cache and AMP viewer wrap the publisher URL: unwrap it. */
function unwrapAmpCache(url: URL): URL {
  const wrapped =
    url.hostname.endsWith('.cdn.ampproject.org') ? url.pathname.match(/^\/[cv](\/s)?\/(.+)$/) :
    /^(www\.)?google\.[a-z.]+$/.test(url.hostname) ? url.pathname.match(/^\/amp(\/s)?\/(.+)$/) :
    null;
  if (!wrapped) return url;
  const inner = `${wrapped[1] ? 'https' : 'http'}://${wrapped[2]}${url.search}`;
  try {
    return new URL(inner);
  } catch {
    return url;
  }
}

/** `/a/amp`, `/a/amp/`, `/amp/a`, `/a.amp`, `/a.amp.html` → the plain article path. */
function stripAmpPath(path: string): string {
  let p = path.replace(/\/amp\/?$/i, '/');
  p = p.replace(/^\/amp(\/|$)/i, '/');
  p = p.replace(/\.amp(\.html?)?$/i, (_m, ext: string | undefined) => ext ?? '');
  return p || '/';
}

/**
 * The canonical form of an http(s) URL, resolved against `base` when relative.
 * Throws UrlError for anything that is not an http or https URL.
 */
export function canonicalUrl(raw: string, base?: string): string {
  const text = raw.trim();
  if (!text) throw new UrlError('empty URL');
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new UrlError(`not a valid URL: ${JSON.stringify(text.slice(0, 200))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UrlError(`only http and https URLs are collected, not ${url.protocol}`);
  }
  url = unwrapAmpCache(url);

  // Host: case and default ports are already normalised by URL; drop a trailing dot and an
  // `amp.` subdomain, and any credentials (they never identify a story).
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.replace(/\.$/, '').replace(/^amp\./, '');
  url.hash = '';

  url.pathname = stripAmpPath(url.pathname);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');

  // Keep meaningful parameters in a stable order; `?a=1&b=2` and `?b=2&a=1` are one story.
  const kept = [...url.searchParams].filter(([name, value]) => !isTrackingParam(name) && !isAmpParam(name, value));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return url.toString();
}
