// An upstream that streams one long Anthropic Messages reply of a given size, generated as it is sent
// and paced by the socket's backpressure, so the only thing that could hold 100 MB is the gateway.
import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LargeStreamServer {
  url: string;
  /** Bytes of text the reply carries, and the text of each delta event. */
  textBytes: number;
  close(): Promise<void>;
}

const pieceBytes = 16_384;

function frame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

function writeFrame(res: ServerResponse, text: string): Promise<void> {
  return res.write(text) ? Promise.resolve() : new Promise((resolve) => res.once('drain', () => resolve()));
}

async function streamReply(res: ServerResponse, textBytes: number, model: string): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  const usage = { input_tokens: 10, output_tokens: 1 };
  const message = { id: 'msg_bench_large', type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage };
  await writeFrame(res, frame('message_start', { type: 'message_start', message }));
  await writeFrame(res, frame('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }));
  const piece = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(pieceBytes / 27)).slice(0, pieceBytes);
  for (let sent = 0; sent < textBytes && !res.destroyed; sent += pieceBytes) {
    const text = piece.slice(0, Math.min(pieceBytes, textBytes - sent));
    await writeFrame(res, frame('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }));
  }
  await writeFrame(res, frame('content_block_stop', { type: 'content_block_stop', index: 0 }));
  const outputTokens = Math.round(textBytes / 4);
  await writeFrame(res, frame('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: outputTokens } }));
  res.end(frame('message_stop', { type: 'message_stop' }));
}

export async function startLargeStreamServer(textBytes: number): Promise<LargeStreamServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      let model = 'bench-large-stream';
      try {
        const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (typeof body === 'object' && body !== null && 'model' in body && typeof body.model === 'string') model = body.model;
      } catch {
        // the model name is only echoed back
      }
      streamReply(res, textBytes, model).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    textBytes,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
