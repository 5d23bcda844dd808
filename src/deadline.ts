// The scan's overall deadline: past it, nothing more is waited for. Each piece of work is raced
// against it; what had not come to a decision when it passed is `unresolved` with that reason,
// and what still runs is stopped (the index client and the analysis worker are closed), so a scan
// ends promptly however slow or hostile the index it talks to.

export class Deadline {
  /** True once the deadline has passed. */
  expired = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly passed: Promise<void>;
  private onExpire: Array<() => void> = [];

  /** `ms` after `since` (a Date.now() value, by default now); undefined means no deadline. */
  constructor(
    readonly ms: number | undefined,
    since = Date.now(),
  ) {
    this.passed = new Promise<void>((resolve) => {
      if (ms === undefined) return;
      this.timer = setTimeout(() => {
        this.expired = true;
        for (const stop of this.onExpire) stop();
        this.onExpire = [];
        resolve();
      }, Math.max(0, ms - (Date.now() - since)));
    });
  }

  /** Called once when the deadline passes (at once if it already has). */
  whenExpired(stop: () => void): void {
    if (this.expired) stop();
    else this.onExpire.push(stop);
  }

  /** `work`'s value, or undefined when the deadline passes first. A later failure of `work` is dropped. */
  race<T>(work: Promise<T>): Promise<T | undefined> {
    if (this.expired) {
      work.catch(() => {});
      return Promise.resolve(undefined);
    }
    return Promise.race([work, this.passed.then(() => undefined)]).then(
      (v) => (this.expired ? undefined : v),
      (err: unknown) => {
        if (this.expired) return undefined;
        throw err;
      },
    );
  }

  /** Why what was not decided in time is unresolved. */
  reason(): string {
    return `not decided before the scan's deadline of ${Math.round((this.ms ?? 0) / 1000)} s passed (--deadline, the action's deadline input)`;
  }

  clear(): void {
    clearTimeout(this.timer);
    this.onExpire = [];
  }
}
