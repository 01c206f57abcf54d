// Near-copy detection for stories: MinHash over word 5-shingles, with LSH banding to find
// candidates without comparing against every article seen. Hand-written: the npm `minhash`
// package draws its permutations with Math.random, so signatures made by two Lambda instances
// (or two runs) could not be compared; these hash functions are fixed.

export const SIGNATURE_SIZE = 64;
const SHINGLE = 5;
/** LSH: 32 bands of 2 rows; two articles sharing 40% of their shingles meet in a band 99.6% of the time. */
const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;

/** Fixed odd multipliers and offsets, one hash function per signature slot. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => {
  let x = (i + 1) * 0x9e3779b9;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return [(x | 1) >>> 0, Math.imul(x ^ (x >>> 16), 0x27d4eb2f) >>> 0] as const;
});

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lower-case words; punctuation and layout don't tell two copies apart. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The article's MinHash signature, or undefined when it is too short to compare. */
export function signature(text: string): Uint32Array | undefined {
  const w = words(text);
  if (w.length < SHINGLE * 4) return undefined;
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= w.length; i++) shingles.add(fnv1a(w.slice(i, i + SHINGLE).join(' ')));
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const [a, b] = SEEDS[k];
      let h = (Math.imul(s, a) + b) >>> 0;
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d) >>> 0;
      h ^= h >>> 12;
      if (h >>> 0 < sig[k]) sig[k] = h >>> 0;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two articles' shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

export function encodeSignature(sig: Uint32Array): string {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64');
}

export function decodeSignature(text: string): Uint32Array | undefined {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== SIGNATURE_SIZE * 4) return undefined;
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k++) sig[k] = bytes.readUInt32LE(k * 4);
  return sig;
}

/** Band keys for LSH buckets. */
export function bands(sig: Uint32Array): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) out.push(`${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`);
  return out;
}

/** An LSH table: items whose signatures share a band are candidates, verified by `similarity`. */
export class NearDuplicates<T> {
  private readonly buckets = new Map<string, T[]>();
  private readonly sigs = new Map<T, { sig: Uint32Array; order: number }>();

  add(item: T, sig: Uint32Array): void {
    if (this.sigs.has(item)) return;
    this.sigs.set(item, { sig, order: this.sigs.size });
    for (const key of bands(sig)) {
      const list = this.buckets.get(key);
      if (list) list.push(item);
      else this.buckets.set(key, [item]);
    }
  }

  /** The earliest-added item at least `threshold` similar, with its similarity. */
  nearest(sig: Uint32Array, threshold: number): { item: T; similarity: number } | undefined {
    const seen = new Set<T>();
    let best: { item: T; similarity: number; order: number } | undefined;
    for (const key of bands(sig)) {
      for (const item of this.buckets.get(key) ?? []) {
        if (seen.has(item)) continue;
        seen.add(item);
        const known = this.sigs.get(item)!;
        const s = similarity(sig, known.sig);
        if (s < threshold) continue;
        const at = known.order;
        if (!best || at < best.order) best = { item, similarity: s, order: at };
      }
    }
    return best && { item: best.item, similarity: best.similarity };
  }
}
