// Delivers one message to one target over HTTP: never throws; the result says what happened, with
// the target's secrets removed from any error text.
import { buildRequest, readReply } from './build-request.ts';
import type { DeliveryResult, NotificationMessage } from './notification-message.ts';
import { secretsOf, type TargetConfig } from './target-config.ts';

export interface SendOptions {
  timeoutMs?: number;
  now?: () => number;
}

const defaultTimeoutMs = 10_000;

function scrub(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => (secret.length >= 4 ? out.replaceAll(secret, '****') : out), text);
}

export async function sendNotification(target: TargetConfig, message: NotificationMessage, options: SendOptions = {}): Promise<DeliveryResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const secrets = secretsOf(target);
  try {
    const request = await buildRequest(target, message, started);
    const response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(options.timeoutMs ?? defaultTimeoutMs),
    });
    const body = await response.text();
    const verdict = readReply(target.type, response.status, body);
    const latencyMs = now() - started;
    return verdict.ok
      ? { ok: true, status: response.status, latencyMs }
      : { ok: false, status: response.status, latencyMs, error: scrub(verdict.error, secrets) };
  } catch (error) {
    const text = error instanceof Error ? `${error.name === 'TimeoutError' ? 'Timed out: ' : ''}${error.message}` : String(error);
    return { ok: false, status: null, latencyMs: now() - started, error: scrub(text, secrets) };
  }
}
