// Bounds how many requests are in flight at once. Waiters are served first come, first served
// within a priority; a higher priority goes first, so that work already half done (an sdist whose
// page was read) finishes before new work starts and its analysis overlaps the requests still out.

export class Semaphore {
  private available: number;
  /** Waiters by priority, highest first; each list in arrival order. */
  private readonly queues: { priority: number; waiters: (() => void)[] }[] = [];

  constructor(permits: number) {
    if (!Number.isInteger(permits) || permits < 1) throw new RangeError(`concurrency must be a positive integer, got ${permits}`);
    this.available = permits;
  }

  /** Resolves with a release function once a permit is free; calling release twice is harmless. */
  async acquire(priority = 0): Promise<() => void> {
    if (this.available > 0) this.available--;
    else await new Promise<void>((resolve) => this.enqueue(priority, resolve));
    return this.releaser();
  }

  /** A permit now, when one is free (nobody then waits for one), without waiting a turn; else undefined. */
  tryAcquire(): (() => void) | undefined {
    if (this.available === 0) return undefined;
    this.available--;
    return this.releaser();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.dequeue();
      // Hand the permit straight to the next waiter so a newcomer cannot jump the queue.
      if (next) next();
      else this.available++;
    };
  }

  private enqueue(priority: number, resolve: () => void): void {
    let i = 0;
    while (i < this.queues.length && this.queues[i]!.priority > priority) i++;
    if (this.queues[i]?.priority !== priority) this.queues.splice(i, 0, { priority, waiters: [] });
    this.queues[i]!.waiters.push(resolve);
  }

  private dequeue(): (() => void) | undefined {
    while (this.queues.length > 0) {
      const q = this.queues[0]!;
      const next = q.waiters.shift();
      if (next) return next;
      this.queues.shift();
    }
    return undefined;
  }
}
