// Helpers for byte-split tests: feed a recorded stream through a TransformStream in arbitrary chunks.
// Used only by tests; kept here so every streaming module is tested the same way.

export const streamOf = <T>(chunks: readonly T[]): ReadableStream<T> =>
  new ReadableStream<T>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });

export const collect = async <T>(stream: ReadableStream<T>): Promise<T[]> => {
  const out: T[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push(value);
  }
};

/** Every way of cutting `bytes` in two, plus one byte at a time. */
export const everySplit = (bytes: Uint8Array): Uint8Array[][] => {
  const splits: Uint8Array[][] = [];
  for (let offset = 1; offset < bytes.length; offset++) {
    splits.push([bytes.slice(0, offset), bytes.slice(offset)]);
  }
  splits.push(Array.from(bytes, (byte) => Uint8Array.of(byte)));
  return splits;
};

export const runThrough = async <I, O>(chunks: readonly I[], transform: TransformStream<I, O>): Promise<O[]> =>
  collect(streamOf(chunks).pipeThrough(transform));
