// Decodes a chunked message body (RFC 9112 §7.1) as it streams: chunk sizes with optional
// extensions, the data, the last chunk and any trailer fields (dropped: the response headers are
// already out). The decoded stream ends at the last chunk; bytes after it are not read.

type State =
  | { at: 'size'; line: string }
  | { at: 'data'; left: number }
  | { at: 'data-end'; line: string }
  | { at: 'trailer'; line: string }
  | { at: 'done' };

/** Longest size or trailer line accepted: a guard against a peer that never sends a line end. */
const maxLineLength = 8192;
const hexSize = /^[0-9A-Fa-f]{1,13}$/;

function chunkSize(line: string): number {
  const size = line.split(';', 1)[0]?.replace(/[ \t]+$/, '') ?? '';
  if (!hexSize.test(size)) throw new Error(`malformed chunk size line ${JSON.stringify(line.slice(0, 40))}`);
  return Number.parseInt(size, 16);
}

/** A finished line (its LF seen), without its CR. */
function lineOf(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

export function decodeChunked(): TransformStream<Uint8Array, Uint8Array> {
  let state: State = { at: 'size', line: '' };

  /** Consumes line bytes from `chunk` at `i`; returns where it stopped and the finished line, if any. */
  const takeLine = (chunk: Uint8Array, i: number, line: string): { next: number; line: string; done: boolean } => {
    const lf = chunk.indexOf(0x0a, i);
    const end = lf === -1 ? chunk.length : lf;
    const text = line + String.fromCharCode(...chunk.subarray(i, Math.min(end, i + maxLineLength + 1)));
    if (text.length > maxLineLength) throw new Error('chunked body line too long');
    return lf === -1 ? { next: chunk.length, line: text, done: false } : { next: lf + 1, line: lineOf(text), done: true };
  };

  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      let i = 0;
      while (i < chunk.length) {
        if (state.at === 'done') return;
        if (state.at === 'data') {
          const take = Math.min(state.left, chunk.length - i);
          controller.enqueue(chunk.slice(i, i + take));
          i += take;
          state = state.left === take ? { at: 'data-end', line: '' } : { at: 'data', left: state.left - take };
          continue;
        }
        const taken = takeLine(chunk, i, state.line);
        i = taken.next;
        if (!taken.done) {
          state = { ...state, line: taken.line };
          continue;
        }
        if (state.at === 'size') {
          const size = chunkSize(taken.line);
          state = size === 0 ? { at: 'trailer', line: '' } : { at: 'data', left: size };
        } else if (state.at === 'data-end') {
          if (taken.line !== '') throw new Error('chunk data longer than its declared size');
          state = { at: 'size', line: '' };
        } else if (taken.line === '') {
          state = { at: 'done' };
          controller.terminate();
          return;
        } else {
          state = { at: 'trailer', line: '' };
        }
      }
    },
    flush() {
      if (state.at !== 'done') throw new Error('connection closed before the last chunk of a chunked body');
    },
  });
}
