// The baseline sentences that share the most weight of a claim's keys, found without scoring
// every sentence that shares some key (at 100 000 sentences a common word like "Vietnam" is
// in tens of thousands). MaxScore over the inverted index: keys are taken heaviest (rarest)
// first; once the keys still to come weigh less than a score k sentences are known to reach,
// a sentence that has none of the keys taken yet can't make the top k, so the remaining keys
// are only looked up for the sentences already found that still can.

export interface WeightedKey {
  weight: number;
  /** Positions of the sentences that have the key, ascending. */
  postings: readonly number[];
}

export interface Match {
  sentence: number;
  /** Sum of the weights of the keys the sentence has. */
  score: number;
}

/** Up to this many postings in all, reading them all is cheaper than keeping a bar. */
const READ_ALL_POSTINGS = 4_096;

/** Slack for sums of the same weights added in another order. */
const ROUNDING = 1e-9;

// Reused between calls (the engine is synchronous): a score per sentence, valid where its
// stamp is the current call's, so nothing has to be cleared between claims.
let scores = new Float64Array(0);
let stamps = new Uint32Array(0);
let call = 0;
// Which of the first MASK_BITS keys each sentence found has, and how many sentences have each
// such set (zero between calls): the k-th best partial score without sorting every sentence.
const MASK_BITS = 12;
let masks = new Uint16Array(0);
const tally = new Int32Array(1 << MASK_BITS);

function scratch(size: number) {
  if (scores.length < size) {
    scores = new Float64Array(size);
    stamps = new Uint32Array(size);
    masks = new Uint16Array(size);
    call = 0;
  }
  call = call === 0xffffffff ? 1 : call + 1;
  if (call === 1) stamps.fill(0);
}

/** Where `value` is or would go in the ascending `list`, searching from `from` on (galloping). */
function seek(list: readonly number[], value: number, from: number): number {
  let low = from;
  let high = from;
  for (let step = 1; high < list.length && list[high] < value; step *= 2) {
    low = high + 1;
    high += step;
  }
  high = Math.min(high, list.length);
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A list at least this long is also kept as a bitset, when that takes at most twice the memory of the list (a list of 8-byte numbers). */
const DENSE_POSTINGS = 256;

// A long posting list ("Vietnam" in tens of thousands of sentences) is looked up once per
// sentence still in the running: as a bitset, in one step instead of a binary search. Made the
// first time a list is looked up and kept while the list lives (an index's lists never change).
const bitsets = new WeakMap<readonly number[], Uint32Array | null>();

function bitsetOf(postings: readonly number[]): Uint32Array | null {
  let bits = bitsets.get(postings);
  if (bits !== undefined) return bits;
  bits = null;
  const last = postings.length ? postings[postings.length - 1] : 0;
  if (postings.length >= DENSE_POSTINGS && postings.length * 128 >= last) {
    bits = new Uint32Array((last >>> 5) + 1);
    for (const s of postings) bits[s >>> 5] |= 1 << (s & 31);
  }
  bitsets.set(postings, bits);
  return bits;
}

/** Makes the bitset of a long list now (at index build), so no analysis pays for it. */
export function prepareDense(postings: readonly number[]): void {
  if (postings.length >= DENSE_POSTINGS) bitsetOf(postings);
}

const inBits = (bits: Uint32Array, sentence: number) => (sentence >>> 5) < bits.length && (bits[sentence >>> 5] & (1 << (sentence & 31))) !== 0;

/** A key with its bitset, when its list is long. */
interface Resolved extends WeightedKey {
  bits: Uint32Array | null;
}

const listed = (k: Resolved, sentence: number) => (k.bits ? inBits(k.bits, sentence) : k.postings[seek(k.postings, sentence, 0)] === sentence);

/** The `k`-th largest of `values` (quickselect, reordering them); -Infinity when there are fewer. */
function kthLargest(a: Float64Array, k: number): number {
  if (a.length < k) return -Infinity;
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1; // position in descending order
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target];
}

const postingsCount = (keys: WeightedKey[]) => keys.reduce((n, k) => n + k.postings.length, 0);

/**
 * The `limit`-th best full score of the `limit` sentences leading after the first `taken`
 * keys: real scores, so the true top `limit` can't score lower. The leaders usually are the
 * top, so the bar is high early and the common keys still to come are looked up in the few
 * sentences that can still make it, instead of being read whole.
 */
function leadersBar(found: number[], order: Resolved[], taken: number, limit: number, tallied: number[]): Bar {
  const cut = taken <= MASK_BITS ? kthFromTally(order, tallied, limit) : kthLargest(Float64Array.from(found, (s) => scores[s]), limit);
  const leaders: number[] = [];
  for (let i = 0; i < found.length && leaders.length < limit; i++) if (scores[found[i]] >= cut) leaders.push(found[i]);
  // summed in the keys' order, as the final scores are: these are the leaders' final scores
  const full = new Float64Array(leaders.length);
  for (let i = 0; i < leaders.length; i++) {
    const s = leaders[i];
    let score = scores[s];
    for (let k = taken; k < order.length; k++) if (listed(order[k], s)) score += order[k].weight;
    full[i] = score;
  }
  const value = kthLargest(Float64Array.from(full), limit);
  let above = 0;
  const tied: number[] = [];
  for (let i = 0; i < leaders.length; i++) {
    if (full[i] > value) above++;
    else if (full[i] === value) tied.push(leaders[i]);
  }
  tied.sort((a, b) => a - b);
  return { value, pivot: tied[limit - above - 1] ?? -1 };
}

/** The `limit`-th best partial score, from the tally of which keys the sentences found have. */
function kthFromTally(order: Resolved[], tallied: number[], limit: number): number {
  const sums = [...new Set(tallied)]
    .filter((mask) => tally[mask] > 0)
    .map((mask) => {
      let sum = 0; // summed in the keys' order, as the partial scores are
      for (let k = 0; 1 << k <= mask; k++) if (mask & (1 << k)) sum += order[k].weight;
      return { sum, count: tally[mask] };
    })
    .sort((a, b) => b.sum - a.sum);
  let seen = 0;
  for (const { sum, count } of sums) if ((seen += count) >= limit) return sum;
  return -Infinity;
}

/**
 * `limit` sentences score `value` or more; those scoring more and the ones scoring exactly
 * `value` up to sentence `pivot` are `limit` in all. A sentence after `pivot` that can at best
 * tie `value` can't make the top: a tie goes to the earlier sentence. (A baseline of similar
 * reports has a thousand sentences tied at the bar.)
 */
interface Bar {
  value: number;
  pivot: number;
}

/** Adds the key's weight to the sentences of `alive` (ascending) that have it. */
function addWhereListed(alive: Int32Array, { postings, weight, bits }: Resolved): void {
  if (bits) {
    for (const s of alive) if (inBits(bits, s)) scores[s] += weight;
    return;
  }
  if (postings.length <= alive.length) {
    for (const s of postings) if (stamps[s] === call) scores[s] += weight;
    return;
  }
  let at = 0;
  for (const s of alive) {
    at = seek(postings, s, at);
    if (at === postings.length) return;
    if (postings[at] === s) scores[s] += weight;
  }
}

/** The `limit` best of `sentences` by score, ties to the earlier: only those at the `limit`-th score or above are sorted. */
function best(sentences: ArrayLike<number>, limit: number): Match[] {
  let chosen: ArrayLike<number> = sentences;
  if (sentences.length > limit) {
    const values = new Float64Array(sentences.length);
    for (let i = 0; i < sentences.length; i++) values[i] = scores[sentences[i]];
    const cut = kthLargest(values, limit);
    const above: number[] = [];
    const at: number[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (scores[s] > cut) above.push(s);
      else if (scores[s] === cut) at.push(s);
    }
    at.sort((a, b) => a - b);
    for (let i = 0; above.length < limit && i < at.length; i++) above.push(at[i]);
    chosen = above;
  }
  return Array.from(chosen, (s) => ({ sentence: s, score: scores[s] }))
    .sort((a, b) => b.score - a.score || a.sentence - b.sentence)
    .slice(0, limit);
}

/** The `limit` sentences with the highest scores (ties: earlier sentence first), exactly as scoring every sentence would rank them. */
export function topMatches(keys: WeightedKey[], sentenceCount: number, limit: number): Match[] {
  const order: Resolved[] = keys
    .filter((k) => k.postings.length)
    .sort((a, b) => b.weight - a.weight)
    .map(({ weight, postings }) => ({ weight, postings, bits: postings.length >= DENSE_POSTINGS ? bitsetOf(postings) : null }));
  // weightFrom[j]: the most a sentence can still gain from keys j, j+1, …
  const weightFrom = new Float64Array(order.length + 1);
  for (let j = order.length - 1; j >= 0; j--) weightFrom[j] = weightFrom[j + 1] + order[j].weight;

  scratch(sentenceCount);
  const found: number[] = [];
  // The bar a sentence must clear to be in the top `limit`: the full score the leaders reach.
  const readAll = postingsCount(order) <= READ_ALL_POSTINGS; // a small baseline: no bar needed
  let bar = -Infinity;
  const exact: Bar = { value: -Infinity, pivot: -1 };
  const tallied: number[] = []; // the key sets counted in `tally`, to clear it after
  let j = 0;
  for (; j < order.length; j++) {
    if (!readAll && j > 0 && found.length >= limit) {
      const leaders = leadersBar(found, order, j, limit, tallied);
      if (leaders.value > exact.value || (leaders.value === exact.value && leaders.pivot < exact.pivot)) Object.assign(exact, leaders);
      bar = exact.value * (1 - ROUNDING);
    }
    if (weightFrom[j] < bar) break;
    const { weight, postings } = order[j];
    if (readAll || j >= MASK_BITS) {
      for (let p = 0; p < postings.length; p++) {
        const s = postings[p];
        if (stamps[s] === call) {
          scores[s] += weight;
        } else {
          stamps[s] = call;
          scores[s] = weight;
          found.push(s);
        }
      }
      continue;
    }
    const bit = 1 << j;
    for (let p = 0; p < postings.length; p++) {
      const s = postings[p];
      let mask = bit;
      if (stamps[s] === call) {
        scores[s] += weight;
        tally[masks[s]]--;
        mask |= masks[s];
      } else {
        stamps[s] = call;
        scores[s] = weight;
        found.push(s);
      }
      masks[s] = mask;
      if (tally[mask]++ === 0) tallied.push(mask);
    }
  }
  for (const mask of tallied) tally[mask] = 0;

  // The rest of the keys, only for the sentences found that can still make it.
  // The most a sentence with `partial` from keys 0 … j-1 can reach, summed as its final score would be.
  const reach = (partial: number, j: number) => {
    for (let k = j; k < order.length; k++) partial += order[k].weight;
    return partial;
  };
  const canMakeIt = (list: Int32Array, length: number, j: number) => {
    let kept = 0;
    let lastPartial = Number.NaN;
    let lastReach = Number.NaN;
    for (let i = 0; i < length; i++) {
      const s = list[i];
      const partial = scores[s];
      if (partial + weightFrom[j] >= bar) {
        if (s > exact.pivot && partial + weightFrom[j] <= exact.value * (1 + ROUNDING)) {
          // at best a tie with the bar, after the sentences that make it
          if (partial !== lastPartial) {
            lastPartial = partial;
            lastReach = reach(partial, j);
          }
          if (lastReach <= exact.value) {
            stamps[s] = 0;
            continue;
          }
        }
        list[kept++] = s;
      } else stamps[s] = 0; // out of the running
    }
    return kept;
  };
  if (j === order.length) return best(found, limit);
  const running = Int32Array.from(found);
  let alive = running.subarray(0, canMakeIt(running, running.length, j)).sort();
  for (; j < order.length; j++) {
    addWhereListed(alive, order[j]);
    if (j + 1 < order.length) alive = alive.subarray(0, canMakeIt(alive, alive.length, j + 1));
  }
  return best(alive, limit);
}
