// A local stand-in for notification endpoints (robots, bots, webhooks): it records every request under
// the channel named by the first path segment after /hook/ and answers with that channel's scripted
// reply (by default 200 with a body every vendor reads as success).
//   ANY  /hook/<channel>/...          recorded; answered with the channel's reply
//   GET  /recorded/<channel>          { requests: RecordedHook[] }
//   PUT  /reply/<channel>             body { status, body } scripts the channel's reply
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedHook {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
}

export interface HookReply {
  status: number;
  body: string;
}

export interface WebhookRecorder {
  url: string;
  recorded(channel: string): RecordedHook[];
  close(): Promise<void>;
}

/** WeCom and DingTalk read errcode, Feishu code, Telegram ok: one body that satisfies all of them. */
const successBody = JSON.stringify({ errcode: 0, errmsg: 'ok', code: 0, msg: 'success', ok: true });

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export async function startWebhookRecorder(port = 0): Promise<WebhookRecorder> {
  const channels = new Map<string, RecordedHook[]>();
  const replies = new Map<string, HookReply>();

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://recorder');
    const [kind, channel = ''] = url.pathname.split('/').filter((part) => part !== '');
    const body = await readBody(request);
    const json = (status: number, value: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (kind === 'hook') {
      const list = channels.get(channel) ?? [];
      list.push({ method: request.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: flatHeaders(request), body });
      channels.set(channel, list);
      const reply = replies.get(channel) ?? { status: 200, body: successBody };
      response.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
      return;
    }
    if (kind === 'recorded' && request.method === 'GET') return json(200, { requests: channels.get(channel) ?? [] });
    if (kind === 'reply' && request.method === 'PUT') {
      replies.set(channel, JSON.parse(body) as HookReply);
      return json(200, { ok: true });
    }
    json(404, { error: 'unknown recorder path' });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    recorded: (channel) => channels.get(channel) ?? [],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
