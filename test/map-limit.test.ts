// mapLimit (functions/core/map-limit.ts): bounded concurrency, results in order, and a failure
// raised only once every started call has settled (so a feed's outcome never precedes its writes).
import { describe, expect, it } from 'vitest';
import { mapLimit } from '../functions/core/map-limit.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapLimit', () => {
  it('keeps the order of results and at most `limit` calls at once', async () => {
    let active = 0;
    let peak = 0;
    const results = await mapLimit([30, 10, 20, 5, 15], 2, async (ms) => {
      peak = Math.max(peak, ++active);
      await sleep(ms);
      active--;
      return ms * 2;
    });
    expect(results).toEqual([60, 20, 40, 10, 30]);
    expect(peak).toBe(2);
  });

  it('on a failure starts nothing more, and rejects only after the calls already running have finished', async () => {
    const log: string[] = [];
    const run = mapLimit([1, 2, 3, 4, 5], 3, async (n) => {
      log.push(`start ${n}`);
      if (n === 2) {
        await sleep(5);
        throw new Error('item 2 is odd');
      }
      await sleep(60);
      log.push(`end ${n}`);
      return n;
    });
    await expect(run).rejects.toThrow('item 2 is odd');
    log.push('rejected');
    expect(log).toEqual(['start 1', 'start 2', 'start 3', 'end 1', 'end 3', 'rejected']);
  });
});
