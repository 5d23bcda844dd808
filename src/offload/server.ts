// The worker side: reads and analyzes the sdists the scan streams to it, several at once, and
// analyzes what the scan read of the very large ones.

import type { ArchiveLimits } from '../archive/index.js';
import { checkContents, readAndAnalyze, type SdistRead } from './check.js';
import type { FromWorker, PortLike, ToWorker } from './protocol.js';

/** The chunks of one sdist as they arrive, read once by the archive reader. */
class Inbox implements AsyncIterable<Uint8Array> {
  private readonly queue: Uint8Array[] = [];
  private ended = false;
  private failure: string | undefined;
  private closed = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly taken: () => void,
    private readonly cancel: () => void,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.closed) return;
    this.queue.push(chunk);
    this.notify();
  }

  end(): void {
    this.ended = true;
    this.notify();
  }

  fail(message: string): void {
    this.failure = message;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: async (): Promise<IteratorResult<Uint8Array>> => {
        for (;;) {
          if (this.closed) return { done: true, value: undefined };
          const chunk = this.queue.shift();
          if (chunk) {
            // a credit lets the scan send another chunk: none comes after the end
            if (!this.ended) this.taken();
            return { done: false, value: chunk };
          }
          if (this.failure !== undefined) throw new Error(this.failure);
          if (this.ended) return { done: true, value: undefined };
          await new Promise<void>((resolve) => (this.wake = resolve));
        }
      },
      return: async (): Promise<IteratorResult<Uint8Array>> => {
        if (!this.closed && !this.ended && this.failure === undefined) this.cancel();
        this.closed = true;
        this.queue.length = 0;
        return { done: true, value: undefined };
      },
    };
  }
}

type Check = (filename: string, data: AsyncIterable<Uint8Array>, limits?: Partial<ArchiveLimits>) => Promise<SdistRead>;

export function serveChecks(port: PortLike, check: Check = readAndAnalyze, analyze: typeof checkContents = checkContents): void {
  const inboxes = new Map<number, Inbox>();
  const post = (m: FromWorker): void => port.postMessage(m);
  port.on('message', (raw: unknown) => {
    const m = raw as ToWorker;
    switch (m.t) {
      case 'start': {
        const id = m.id;
        const inbox = new Inbox(
          () => post({ t: 'credit', id }),
          () => post({ t: 'cancel', id }),
        );
        inboxes.set(id, inbox);
        if (m.data) inbox.push(m.data);
        if (m.end) inbox.end();
        check(m.filename, inbox, m.limits).then(
          (result) => post({ t: 'result', id, check: result }),
          (err: unknown) => post({ t: 'error', id, message: err instanceof Error ? err.message : String(err) }),
        ).finally(() => inboxes.delete(id));
        break;
      }
      case 'chunk':
        inboxes.get(m.id)?.push(m.data);
        if (m.end) inboxes.get(m.id)?.end();
        break;
      case 'end':
        inboxes.get(m.id)?.end();
        break;
      case 'fail':
        inboxes.get(m.id)?.fail(m.message);
        break;
      case 'analyze':
        try {
          post({ t: 'result', id: m.id, check: analyze(m.contents) });
        } catch (err) {
          post({ t: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) });
        }
        break;
    }
  });
  post({ t: 'ready' });
}
