// Stream helpers for the byte-split tests of this folder: feed recorded bytes in any split, read all.

export const bytesOf = (text: string) => new TextEncoder().encode(text);

export function streamOf(pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = pieces[i++];
      if (piece === undefined) controller.close();
      else controller.enqueue(piece);
    },
  });
}

/** The bytes cut at one offset (every offset is tried by the callers), and one byte at a time. */
export function splits(bytes: Uint8Array): { label: string; pieces: Uint8Array[] }[] {
  const cuts = Array.from({ length: bytes.length + 1 }, (_, at) => ({ label: `cut at ${at}`, pieces: [bytes.slice(0, at), bytes.slice(at)] }));
  return [...cuts, { label: 'byte by byte', pieces: Array.from(bytes, (b) => new Uint8Array([b])) }];
}

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
