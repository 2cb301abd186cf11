import { describe, expect, it } from 'vitest';
import { ConnectionSlots } from './connection-slots.ts';

describe('ConnectionSlots', () => {
  it('grants at once below the limit and queues past it', () => {
    const slots = new ConnectionSlots(2);
    const granted: string[] = [];
    slots.acquire(() => granted.push('a'));
    slots.acquire(() => granted.push('b'));
    slots.acquire(() => granted.push('c'));
    expect(granted).toEqual(['a', 'b']);
    expect([slots.active(), slots.queued()]).toEqual([2, 1]);
  });

  it('hands freed slots to waiters in FIFO order', () => {
    const slots = new ConnectionSlots(1);
    const granted: string[] = [];
    const releaseA = slots.acquire(() => granted.push('a'));
    const releaseB = slots.acquire(() => granted.push('b'));
    slots.acquire(() => granted.push('c'));
    releaseA();
    expect(granted).toEqual(['a', 'b']);
    releaseB();
    expect(granted).toEqual(['a', 'b', 'c']);
    expect([slots.active(), slots.queued()]).toEqual([1, 0]);
  });

  it('removes a waiter that gives up, so it is never granted', () => {
    const slots = new ConnectionSlots(1);
    const granted: string[] = [];
    const releaseA = slots.acquire(() => granted.push('a'));
    const cancelB = slots.acquire(() => granted.push('b'));
    slots.acquire(() => granted.push('c'));
    cancelB();
    expect(slots.queued()).toBe(1);
    releaseA();
    expect(granted).toEqual(['a', 'c']);
  });

  it('ignores a second release of the same slot', () => {
    const slots = new ConnectionSlots(1);
    const release = slots.acquire(() => undefined);
    slots.acquire(() => undefined);
    release();
    release();
    expect([slots.active(), slots.queued()]).toEqual([1, 0]);
  });

  it('refuses a limit below one', () => {
    expect(() => new ConnectionSlots(0)).toThrow(RangeError);
  });
});
