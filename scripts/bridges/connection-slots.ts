// A FIFO counting semaphore for upstream connections: callers beyond the limit wait in order
// instead of being refused, and a waiter that gives up leaves the queue.

export type ReleaseSlot = () => void;

export class ConnectionSlots {
  readonly #limit: number;
  #active = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    this.#limit = limit;
  }

  /**
   * Calls `onGranted` once a slot is free (synchronously when one is free now). The returned
   * function releases the slot, or leaves the queue when not yet granted; calling it twice is harmless.
   */
  acquire(onGranted: () => void): ReleaseSlot {
    let state: 'waiting' | 'granted' | 'done' = 'waiting';
    const grant = () => {
      state = 'granted';
      this.#active += 1;
      onGranted();
    };
    if (this.#active < this.#limit) grant();
    else this.#waiting.push(grant);
    return () => {
      if (state === 'waiting') {
        const index = this.#waiting.indexOf(grant);
        if (index >= 0) this.#waiting.splice(index, 1);
      } else if (state === 'granted') {
        this.#active -= 1;
        this.#grantNext();
      }
      state = 'done';
    };
  }

  active(): number {
    return this.#active;
  }

  queued(): number {
    return this.#waiting.length;
  }

  #grantNext(): void {
    const next = this.#waiting.shift();
    if (next) next();
  }
}
