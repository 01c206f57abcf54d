// Small timing and memory helpers shared by the bench's parts.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds `work` takes. */
export function timeMs(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** The median time of `runs` calls of `work`. */
export function medianMs(work: () => unknown, runs: number): number {
  return median(Array.from({ length: runs }, () => timeMs(work)));
}

// A forced GC without restarting node under --expose-gc: the flag can be set at run time,
// and a fresh context then sees the `gc` function.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after a full collection, in bytes. */
export function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export const mb = (bytes: number) => bytes / (1024 * 1024);
