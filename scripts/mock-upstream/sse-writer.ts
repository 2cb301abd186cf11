// Writes a scripted stream to the socket: pauses between events, then ends, stalls or resets as scripted.
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StreamScript } from './stream-script.ts';

export interface PlayOptions {
  delayBetweenEventsMs: number;
  /** Aborted when the connection closes, so a stalled or slow stream stops promptly. */
  closed: AbortSignal;
  onReset: () => void;
}

export async function playStream(res: ServerResponse, script: StreamScript, options: PlayOptions): Promise<void> {
  for (const [index, chunk] of script.chunks.entries()) {
    if (index > 0 && options.delayBetweenEventsMs > 0) {
      const slept = await pause(options.delayBetweenEventsMs, options.closed);
      if (!slept) return;
    }
    if (res.destroyed) return;
    await write(res, chunk);
  }
  if (script.ending === 'end') {
    res.end();
  } else if (script.ending === 'stall') {
    await closedPromise(options.closed);
  } else {
    await resetConnection(res, options);
  }
}

/** False when the connection closed during the pause. */
export async function pause(ms: number, closed: AbortSignal): Promise<boolean> {
  if (closed.aborted) return false;
  try {
    await sleep(ms, undefined, { signal: closed });
    return true;
  } catch {
    return false;
  }
}

export function closedPromise(closed: AbortSignal): Promise<void> {
  if (closed.aborted) return Promise.resolve();
  return new Promise((resolve) => closed.addEventListener('abort', () => resolve(), { once: true }));
}

function write(res: ServerResponse, chunk: string): Promise<void> {
  return new Promise((resolve) => {
    res.write(chunk, () => resolve());
  });
}

/**
 * Sends a TCP RST. The short pause first lets the client read what was already written: an RST can
 * make the peer's kernel drop data it has not read yet.
 */
export async function resetConnection(res: ServerResponse, options: PlayOptions): Promise<void> {
  if (!res.headersSent) res.flushHeaders();
  await pause(25, options.closed);
  const socket = res.socket;
  if (socket === null || socket.destroyed) return;
  options.onReset();
  socket.resetAndDestroy();
}
