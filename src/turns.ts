// Fan-outs started in slices, a turn of the event loop apart. Asking for 500 pages at once sets up
// 500 requests before the first can go out or its connection be opened (about 20 ms at a scan's
// start); between turns, the requests started go out and the answers already in are read. The
// order things start in is the items' order either way.

/** Items started in one turn of the event loop. */
export const PER_TURN = 32;

/** `run` for every item, PER_TURN at a time with a turn between; the results in the items' order. */
export async function mapInTurns<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const all: Promise<R>[] = [];
  for (let i = 0; i < items.length; i += PER_TURN) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const item of items.slice(i, i + PER_TURN)) {
      const p = run(item);
      // awaited below; a failure before then must not count as unhandled
      p.catch(() => {});
      all.push(p);
    }
  }
  return Promise.all(all);
}

/** As mapInTurns, for work whose results are not needed. */
export async function inTurns<T>(items: readonly T[], run: (item: T) => Promise<unknown>): Promise<void> {
  await mapInTurns(items, run);
}
