// The old generation's bound: a full collection once the heap has grown by a set amount since the
// last one, and none before.

import { describe, expect, it } from '@jest/globals';

import type { Collector } from '../src/archive/streamed.js';
import { boundOldGeneration, GROWTH_BEFORE_FULL_COLLECTION } from '../src/offload/heap.js';

function setUp(start: number) {
  let used = start;
  const calls: Parameters<Collector>[0][] = [];
  const bound = boundOldGeneration(
    (o) => void calls.push(o),
    () => used,
  );
  return { calls, bound, set: (n: number) => void (used = n) };
}

describe('boundOldGeneration', () => {
  it('starts no collection while the heap stays within the growth allowed', () => {
    const { calls, bound, set } = setUp(50e6);
    try {
      set(50e6 + GROWTH_BEFORE_FULL_COLLECTION - 1);
      bound.check();
      expect(calls).toEqual([]);
    } finally {
      bound.stop();
    }
  });

  it('starts one incremental full collection once the heap grew by the allowance, and measures the next growth from there', () => {
    const { calls, bound, set } = setUp(50e6);
    try {
      set(50e6 + GROWTH_BEFORE_FULL_COLLECTION);
      bound.check();
      expect(calls).toEqual([{ type: 'major', execution: 'async' }]);
      // the collection has not finished yet: the heap is as big, and no second one is started
      bound.check();
      expect(calls).toHaveLength(1);
      // it finished and left 60 MB; growth counts from what it left
      set(60e6);
      bound.check();
      set(60e6 + GROWTH_BEFORE_FULL_COLLECTION - 1);
      bound.check();
      expect(calls).toHaveLength(1);
      set(60e6 + GROWTH_BEFORE_FULL_COLLECTION);
      bound.check();
      expect(calls).toHaveLength(2);
    } finally {
      bound.stop();
    }
  });

  it('does nothing, and does not fail, without a collector', () => {
    let used = 0;
    const bound = boundOldGeneration(null, () => used);
    try {
      used = 10 * GROWTH_BEFORE_FULL_COLLECTION;
      expect(() => bound.check()).not.toThrow();
    } finally {
      bound.stop();
    }
  });
});
