import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

import { COLLECT_EVERY_BYTES, exposedCollector, StreamedBytes, type Collector } from '../src/archive/streamed.js';
import { YOUNG_GENERATION_FLAG } from '../src/offload/heap.js';

function recording(): { collect: Collector; calls: string[] } {
  const calls: string[] = [];
  return { calls, collect: (o) => void calls.push(o.type) };
}

describe('collections while sdists stream', () => {
  it('collects nothing before COLLECT_EVERY_BYTES have streamed, then the young generation', () => {
    const { collect, calls } = recording();
    const s = new StreamedBytes(collect);
    for (let n = 0; n < COLLECT_EVERY_BYTES / 65536 - 1; n++) s.add(65536);
    expect(calls).toEqual([]);
    s.add(65536);
    expect(calls).toEqual(['minor']);
    s.add(COLLECT_EVERY_BYTES - 1);
    expect(calls).toEqual(['minor']);
  });

  it('collects again after each further COLLECT_EVERY_BYTES, and only then', () => {
    const { collect, calls } = recording();
    const s = new StreamedBytes(collect);
    for (let n = 0; n < 5; n++) s.add(COLLECT_EVERY_BYTES / 2);
    expect(calls).toEqual(['minor', 'minor']);
    s.add(COLLECT_EVERY_BYTES / 2);
    expect(calls).toEqual(['minor', 'minor', 'minor']);
  });

  it('counts a single large piece once, as one collection', () => {
    const { collect, calls } = recording();
    const s = new StreamedBytes(collect);
    s.add(10 * COLLECT_EVERY_BYTES);
    expect(calls).toEqual(['minor']);
  });

  it('streams on without a collector', () => {
    const s = new StreamedBytes(null);
    expect(() => s.add(2 * COLLECT_EVERY_BYTES)).not.toThrow();
  });

  it("gets V8's collector without leaving gc exposed to code that did not ask for it", () => {
    const hadGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
    const gc = exposedCollector();
    expect(typeof gc).toBe('function');
    expect(() => gc!({ type: 'minor' })).not.toThrow();
    expect(typeof (globalThis as { gc?: unknown }).gc === 'function').toBe(hadGc);
  });
});

describe('the young generation flag', () => {
  // A fresh Node, so that nothing grew the young generation before the flag is set; the same
  // allocation with and without it shows the flag is what keeps it small.
  const script = `
    const v8 = require('node:v8');
    if (process.env.YOUNG_FLAG) v8.setFlagsFromString(process.env.YOUNG_FLAG);
    let keep = [];
    for (let i = 0; i < 2e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 50000) keep = []; }
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    process.stdout.write(String(young.physical_space_size));
  `;
  const youngBytes = (flag: string): number => {
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', YOUNG_FLAG: flag } });
    if (r.status !== 0) throw new Error(`node exited with ${r.status}: ${r.stderr}`);
    return Number(r.stdout);
  };

  it('keeps it at its starting size where it would otherwise grow', () => {
    const MiB = 1024 * 1024;
    const grown = youngBytes('');
    const kept = youngBytes(YOUNG_GENERATION_FLAG);
    expect(grown).toBeGreaterThan(8 * MiB);
    expect(kept).toBeLessThanOrEqual(4 * MiB);
  });
});
