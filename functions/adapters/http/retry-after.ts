// How long to wait before retrying a 429 or 503: the server's Retry-After when it sends one
// (seconds or an HTTP date), otherwise an exponential backoff.

const BACKOFF_BASE_MS = 250;

/** Milliseconds to wait before retry number `attempt` (0-based). */
export function retryDelayMs(retryAfter: string | undefined, attempt: number, now = Date.now()): number {
  const value = retryAfter?.trim();
  if (value) {
    if (/^\d+$/.test(value)) return Number(value) * 1000;
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return BACKOFF_BASE_MS * 2 ** attempt;
}
