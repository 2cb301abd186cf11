// Local WebSocket-to-TCP bridge that lets the Neon serverless driver (neonConfig.wsProxy) reach a
// plain PostgreSQL or PGlite. Upstream connections are capped and queued, because PGlite wedges
// under connection bursts (SPEC §1).
import type { IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { ConnectionSlots, type ReleaseSlot } from './connection-slots.ts';
import { createTerminateDetector } from './detect-terminate.ts';
import { encodeErrorResponse } from './pg-error-response.ts';

export interface WsTcpBridgeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Concurrent TCP upstreams; further clients wait in FIFO order. */
  maxConnections?: number;
  connectTimeoutMs?: number;
}

export interface WsTcpBridge {
  port: number;
  /** Usable as `neonConfig.wsProxy` (the driver appends `?address=host:port`). */
  wsProxy: string;
  active(): number;
  queued(): number;
  close(): Promise<void>;
}

interface Target {
  host: string;
  port: number;
}

interface BridgeContext {
  slots: ConnectionSlots;
  connectTimeoutMs: number;
  upstreams: Set<Socket>;
}

/** WebSocket close codes from RFC 6455 §7.4.1. */
const CLOSE_NORMAL = 1000;
const CLOSE_POLICY = 1008;
const CLOSE_INTERNAL = 1011;
/** Bytes queued towards the WebSocket client before reading from the database pauses. */
const HIGH_WATER_MARK = 1 << 20;

export async function startWsTcpBridge(options: WsTcpBridgeOptions = {}): Promise<WsTcpBridge> {
  const host = options.host ?? '127.0.0.1';
  const context: BridgeContext = {
    slots: new ConnectionSlots(options.maxConnections ?? 16),
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    upstreams: new Set(),
  };
  const server = new WebSocketServer({ port: options.port ?? 0, host });
  server.on('connection', (client, request) => bridgeClient(client, request, context));
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('bridge is not listening on a TCP port');
  const publicHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    port: address.port,
    wsProxy: `${publicHost}:${address.port}/v2`,
    active: () => context.slots.active(),
    queued: () => context.slots.queued(),
    close: () => closeBridge(server, context),
  };
}

async function closeBridge(server: WebSocketServer, context: BridgeContext): Promise<void> {
  for (const client of server.clients) client.terminate();
  for (const upstream of context.upstreams) upstream.destroy();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

/** Reads `address=host:port` from the upgrade request's query string. */
export function parseTargetAddress(url: string | undefined): Target | undefined {
  const address = new URL(url ?? '/', 'ws://bridge').searchParams.get('address');
  const match = address?.match(/^(\[[^\]]+\]|[^:]+):(\d{1,5})$/);
  if (!match?.[1] || !match[2]) return undefined;
  const port = Number(match[2]);
  if (port < 1 || port > 65_535) return undefined;
  return { host: match[1].replace(/^\[(.*)\]$/, '$1'), port };
}

function bridgeClient(client: WebSocket, request: IncomingMessage, context: BridgeContext): void {
  const target = parseTargetAddress(request.url);
  if (!target) {
    client.close(CLOSE_POLICY, 'expected ?address=host:port naming the database to reach');
    return;
  }
  const pending: Buffer[] = [];
  const sawTerminate = createTerminateDetector();
  let terminated = false;
  let upstream: Socket | undefined;
  let failure: string | undefined;
  const release: ReleaseSlot = context.slots.acquire(() => {
    upstream = openUpstream(target, client, context, {
      onConnected: (socket) => forward(socket, client, pending.splice(0), terminated),
      onFailed: (message) => {
        failure = message;
        release();
        if (pending.length > 0) refuse(client, message);
      },
      onClosed: () => release(),
    });
  });
  client.on('message', (data) => {
    const chunk = toBuffer(data);
    terminated ||= sawTerminate(chunk);
    if (failure !== undefined) refuse(client, failure);
    else if (upstream && !upstream.connecting) forward(upstream, client, [chunk], terminated);
    else pending.push(chunk);
  });
  client.on('close', () => {
    upstream?.destroy();
    release();
  });
  client.on('error', () => client.terminate());
}

/**
 * Writes client bytes upstream, pausing the client while the socket is backed up; after
 * Terminate, half-closes so the server ends the session.
 */
function forward(socket: Socket, client: WebSocket, chunks: Buffer[], terminated: boolean): void {
  if (socket.writableEnded) return;
  let flowing = true;
  for (const chunk of chunks) flowing = socket.write(chunk);
  if (!flowing && !client.isPaused) {
    client.pause();
    socket.once('drain', () => client.resume());
  }
  if (terminated) socket.end();
}

/** Relays server bytes as binary frames, pausing the socket while the WebSocket is backed up. */
function sendDownstream(socket: Socket, client: WebSocket, chunk: Buffer): void {
  client.send(chunk, { binary: true }, () => {
    if (socket.isPaused() && client.bufferedAmount < HIGH_WATER_MARK) socket.resume();
  });
  if (client.bufferedAmount >= HIGH_WATER_MARK) socket.pause();
}

interface UpstreamEvents {
  onConnected(socket: Socket): void;
  /** The TCP connection could not be made; `message` names the cause. */
  onFailed(message: string): void;
  onClosed(): void;
}

function openUpstream(target: Target, client: WebSocket, context: BridgeContext, events: UpstreamEvents): Socket {
  const socket = connect({ host: target.host, port: target.port });
  context.upstreams.add(socket);
  let connected = false;
  socket.setNoDelay(true);
  socket.setTimeout(context.connectTimeoutMs, () => {
    if (!connected) socket.destroy(new Error(`connect ETIMEDOUT ${target.host}:${target.port}`));
  });
  socket.once('connect', () => {
    connected = true;
    socket.setTimeout(0);
    events.onConnected(socket);
  });
  socket.on('data', (chunk) => sendDownstream(socket, client, chunk));
  socket.on('error', (error) => {
    if (!connected) events.onFailed(error.message);
    else closeClient(client, CLOSE_INTERNAL, error.message);
  });
  socket.once('close', () => {
    context.upstreams.delete(socket);
    if (connected) {
      closeClient(client, CLOSE_NORMAL, 'upstream closed');
      events.onClosed();
    }
  });
  return socket;
}

/** Answers the client's startup message with a FATAL 08001 so the driver reports the real cause. */
function refuse(client: WebSocket, message: string): void {
  if (client.readyState !== client.OPEN) return;
  const error = encodeErrorResponse({ severity: 'FATAL', code: '08001', message });
  client.send(error, { binary: true }, () => closeClient(client, CLOSE_NORMAL, 'upstream unreachable'));
}

function closeClient(client: WebSocket, code: number, reason: string): void {
  if (client.readyState === client.OPEN || client.readyState === client.CONNECTING) {
    // A close reason must fit in 123 bytes (RFC 6455 §5.5).
    client.close(code, Buffer.from(reason).subarray(0, 123).toString());
  }
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
