// Sends one upstream request through the provider's proxy (SPEC §4.8) over a Workers TCP socket:
// connect to the proxy, open the tunnel (HTTP CONNECT or SOCKS5), start TLS inside it for an https
// upstream, then speak HTTP/1.1 and hand back a standard Response whose body streams. Aborting the
// signal closes the socket, before or during the body. Failures before the tunnel is up throw a
// TunnelError; later ones are plain errors about the upstream's answer.
import { connect } from 'cloudflare:sockets';
import { openHttpConnect } from './open-http-connect.ts';
import { openSocks5 } from './open-socks5.ts';
import type { OutboundProxy } from './parse-proxy-url.ts';
import { readHttpResponse } from './read-http-response.ts';
import { targetOf, type ByteChannel, type TunnelTarget } from './tunnel.ts';
import { TunnelError } from './tunnel-error.ts';
import { writeHttpRequest, type HttpRequest } from './write-http-request.ts';

export interface ProxiedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null;
}

const nullBodyStatuses = new Set([101, 204, 205, 304]);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function channelOf(socket: Socket): ByteChannel {
  return { readable: socket.readable as ReadableStream<Uint8Array>, writable: socket.writable as WritableStream<Uint8Array> };
}

/** The body as bytes with a length, unless it streams (then it goes chunked). */
async function bodyBytes(body: BodyInit | null): Promise<HttpRequest['body']> {
  if (body === null) return null;
  if (body instanceof ReadableStream) return body as ReadableStream<Uint8Array>;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body.slice(0));
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** Connects and opens the tunnel; every failure here is the proxy's, as a TunnelError. */
async function openTunnel(socket: Socket, target: TunnelTarget, proxy: OutboundProxy): Promise<Uint8Array> {
  try {
    await socket.opened;
  } catch (error) {
    throw new TunnelError(`proxy ${proxy.label} is unreachable: ${messageOf(error)}`);
  }
  try {
    const channel = channelOf(socket);
    return proxy.protocol === 'socks5' ? await openSocks5(channel, target, proxy) : await openHttpConnect(channel, target, proxy);
  } catch (error) {
    if (error instanceof TunnelError) throw error;
    throw new TunnelError(`proxy ${proxy.label} failed during the tunnel handshake: ${messageOf(error)}`);
  }
}

/** A readable that yields `first` and then `rest`. */
function prepend(first: Uint8Array, rest: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  if (first.length === 0) return rest;
  const reader = rest.getReader();
  let sent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sent) {
        sent = true;
        return controller.enqueue(first);
      }
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/** The body as the client sees it: ends the connection when it ends, errors with the abort reason. */
function guardBody(body: ReadableStream<Uint8Array>, signal: AbortSignal, end: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (signal.aborted) throw signal.reason;
        if (done) {
          end();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        end();
        controller.error(signal.aborted ? signal.reason : error);
      }
    },
    cancel(reason) {
      end();
      return reader.cancel(reason).catch(() => {});
    },
  });
}

/** Servers may ignore `accept-encoding: identity`; undo the codings DecompressionStream knows. */
function decodeContent(headers: Headers, body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const coding = headers.get('content-encoding')?.trim().toLowerCase();
  const format = coding === 'gzip' || coding === 'x-gzip' ? 'gzip' : coding === 'deflate' ? 'deflate' : undefined;
  if (format === undefined) return body;
  headers.delete('content-encoding');
  headers.delete('content-length');
  return body.pipeThrough(new DecompressionStream(format) as unknown as TransformStream<Uint8Array, Uint8Array>);
}

export interface ProxyFetchOptions {
  /** Aborting closes the socket, before or during the body. */
  signal: AbortSignal;
  /** How long the proxy gets to open the tunnel; a silent proxy fails as a TunnelError. */
  tunnelTimeoutMs: number;
  /** Called once the tunnel is up: failures after this are the upstream's. */
  onTunnelOpen?: () => void;
}

/** Settles with `work`, or fails with a TunnelError after `ms` (and gives up on the socket). */
async function withinTunnelTimeout<T>(work: Promise<T>, ms: number, giveUp: () => void, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      giveUp();
      reject(new TunnelError(`proxy ${label} did not open the tunnel within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** One socket to the proxy; `close` is safe to call any number of times, also after startTls. */
function openSocket(proxy: OutboundProxy, secure: boolean, signal: AbortSignal) {
  const connection = {
    socket: connect({ hostname: proxy.hostname, port: proxy.port }, { secureTransport: proxy.tls ? 'on' : secure ? 'starttls' : 'off', allowHalfOpen: false }),
    closed: false,
    close: () => {
      if (connection.closed) return;
      connection.closed = true;
      signal.removeEventListener('abort', connection.close);
      connection.socket.close().catch(() => {});
    },
    startTls(hostname: string) {
      connection.socket = connection.socket.startTls({ expectedServerHostname: hostname });
      connection.socket.closed.catch(() => {});
    },
  };
  signal.addEventListener('abort', connection.close, { once: true });
  connection.socket.closed.catch(() => {});
  return connection;
}

export async function fetchViaProxy(request: ProxiedRequest, proxy: OutboundProxy, options: ProxyFetchOptions): Promise<Response> {
  const { signal } = options;
  const url = new URL(request.url);
  const secure = url.protocol === 'https:';
  if (secure && proxy.tls) {
    throw new TunnelError(`proxy ${proxy.label} is an https:// proxy, which cannot carry an https upstream (no TLS inside TLS on Workers sockets); use http:// or socks5://`);
  }
  signal.throwIfAborted();
  const body = await bodyBytes(request.body);
  const connection = openSocket(proxy, secure, signal);
  try {
    const left = await withinTunnelTimeout(openTunnel(connection.socket, targetOf(url), proxy), options.tunnelTimeoutMs, connection.close, proxy.label);
    if (secure) {
      if (left.length > 0) throw new TunnelError(`proxy ${proxy.label} sent data before TLS was started`);
      connection.startTls(url.hostname);
    }
    options.onTunnelOpen?.();
    const channel = channelOf(connection.socket);
    // Read while writing: a server may answer before taking the whole body. If it never answers,
    // the read fails too, and that is the error reported.
    writeHttpRequest(channel.writable, { method: request.method, url, headers: request.headers, body }).catch(() => {});
    const answer = await readHttpResponse(prepend(left, channel.readable), request);
    const headers = new Headers(answer.headers);
    if (answer.body === null || nullBodyStatuses.has(answer.status)) {
      await answer.body?.cancel().catch(() => {});
      connection.close();
      return new Response(null, { status: answer.status, statusText: answer.statusText, headers });
    }
    const streamed = decodeContent(headers, guardBody(answer.body, signal, connection.close));
    return new Response(streamed, { status: answer.status, statusText: answer.statusText, headers });
  } catch (error) {
    connection.close();
    if (signal.aborted) throw signal.reason;
    throw error;
  }
}
