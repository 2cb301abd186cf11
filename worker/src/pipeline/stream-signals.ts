// What an upstream stream event means for failover: content (the answer has begun), an error, or
// bookkeeping. Before the first content a stream can still be failed over invisibly (SPEC §4.5).
import type { WireFormat } from '../formats/format.ts';

export type StreamSignal = { kind: 'content' } | { kind: 'error'; message: string } | { kind: 'other' };

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function errorMessage(value: unknown): string {
  const error = record(value);
  const message = error?.message;
  return typeof message === 'string' ? message : JSON.stringify(value ?? 'error');
}

export function parseEventData(data: string): unknown {
  if (data === '[DONE]') return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

export function signalOf(format: WireFormat, event: string | undefined, payload: unknown): StreamSignal {
  const data = record(payload);
  if (data === undefined) return { kind: 'other' };
  switch (format) {
    case 'anthropic':
      if (event === 'error' || data.type === 'error') return { kind: 'error', message: errorMessage(data.error) };
      return data.type === 'content_block_start' || data.type === 'content_block_delta' ? { kind: 'content' } : { kind: 'other' };
    case 'openai-chat': {
      if (data.error !== undefined) return { kind: 'error', message: errorMessage(data.error) };
      const choices = data.choices;
      return Array.isArray(choices) && choices.length > 0 ? { kind: 'content' } : { kind: 'other' };
    }
    case 'openai-responses': {
      const type = typeof data.type === 'string' ? data.type : event;
      if (type === 'error') return { kind: 'error', message: errorMessage(data) };
      if (type === 'response.failed') return { kind: 'error', message: errorMessage(record(data.response)?.error) };
      return type === 'response.output_item.added' || type?.endsWith('.delta') ? { kind: 'content' } : { kind: 'other' };
    }
    case 'gemini':
    case 'gemini-cli': {
      const inner = record(data.response) ?? data;
      if (inner.error !== undefined) return { kind: 'error', message: errorMessage(inner.error) };
      return Array.isArray(inner.candidates) ? { kind: 'content' } : { kind: 'other' };
    }
  }
}
