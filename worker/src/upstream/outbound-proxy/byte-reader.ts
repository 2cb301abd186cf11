// A reader over a byte stream that keeps what it read past the point asked for, so a proxy handshake
// or a response head is read exactly and the bytes after it are handed on untouched.
import { concatBytes, indexOfBytes } from './bytes.ts';

export type ReadUntilResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'ended' | 'too_long'; bytes: Uint8Array };

export class ByteReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  #buffered: Uint8Array = new Uint8Array(0);

  constructor(stream: ReadableStream<Uint8Array>) {
    this.#reader = stream.getReader();
  }

  /** Reads one more chunk into the buffer; false at the end of the stream. */
  async #fill(): Promise<boolean> {
    const { done, value } = await this.#reader.read();
    if (done) return false;
    this.#buffered = concatBytes(this.#buffered, value);
    return true;
  }

  /** Exactly `n` bytes, or undefined when the stream ends first. */
  async readExact(n: number): Promise<Uint8Array | undefined> {
    while (this.#buffered.length < n) if (!(await this.#fill())) return undefined;
    const bytes = this.#buffered.slice(0, n);
    this.#buffered = this.#buffered.subarray(n);
    return bytes;
  }

  /** The bytes up to and including `delimiter`, refusing to look further than `maxBytes`. */
  async readUntil(delimiter: Uint8Array, maxBytes: number): Promise<ReadUntilResult> {
    let searched = 0;
    for (;;) {
      const at = indexOfBytes(this.#buffered, delimiter, searched - delimiter.length + 1);
      if (at !== -1 && at + delimiter.length <= maxBytes) {
        const bytes = this.#buffered.slice(0, at + delimiter.length);
        this.#buffered = this.#buffered.subarray(at + delimiter.length);
        return { ok: true, bytes };
      }
      if (at !== -1 || this.#buffered.length >= maxBytes) return { ok: false, reason: 'too_long', bytes: this.#buffered };
      searched = this.#buffered.length;
      if (!(await this.#fill())) return { ok: false, reason: 'ended', bytes: this.#buffered };
    }
  }

  /** The bytes read ahead, then the rest of the stream; cancelling it cancels the stream. */
  rest(): ReadableStream<Uint8Array> {
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        if (this.#buffered.length > 0) {
          controller.enqueue(this.#buffered);
          this.#buffered = new Uint8Array(0);
          return;
        }
        for (;;) {
          const { done, value } = await this.#reader.read();
          if (done) return controller.close();
          // An empty chunk would leave the pending read waiting with no further pull.
          if (value.length > 0) return controller.enqueue(value);
        }
      },
      cancel: (reason) => this.#reader.cancel(reason),
    });
  }

  /** Hands back the bytes read ahead and lets go of the stream (to start TLS on it, say). */
  release(): Uint8Array {
    const left = this.#buffered;
    this.#buffered = new Uint8Array(0);
    this.#reader.releaseLock();
    return left;
  }
}
