// Reads a response body chunk by chunk as it arrives (DOM typings give ReadableStream no async iterator).
export async function forEachChunk(body: ReadableStream<Uint8Array>, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    onChunk(value);
  }
}
