// Bounds how many requests are in flight at once; waiters are served first come, first served.

export class Semaphore {
  private available: number;
  private readonly waiters: (() => void)[] = [];

  constructor(permits: number) {
    if (!Number.isInteger(permits) || permits < 1) throw new RangeError(`concurrency must be a positive integer, got ${permits}`);
    this.available = permits;
  }

  /** Resolves with a release function once a permit is free; calling release twice is harmless. */
  async acquire(): Promise<() => void> {
    if (this.available > 0) this.available--;
    else await new Promise<void>((resolve) => this.waiters.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      // Hand the permit straight to the next waiter so a newcomer cannot jump the queue.
      if (next) next();
      else this.available++;
    };
  }
}
