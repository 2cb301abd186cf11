// Which wire format a client speaks, decided by the path (SPEC §3.1, §3.3).
import type { WireFormat } from './formats/format.ts';

export function clientFormatOf(path: string, headers?: Headers): WireFormat | undefined {
  if (path.startsWith('/v1/messages')) return 'anthropic';
  if (path.startsWith('/v1/chat/completions')) return 'openai-chat';
  if (path.startsWith('/v1/responses')) return 'openai-responses';
  if (path.startsWith('/v1internal')) return 'gemini-cli';
  if (path.startsWith('/v1beta/') || /^\/v1\/models\/[^/]+:/.test(path)) return 'gemini';
  if (path.startsWith('/v1/') || path === '/v1') {
    if (headers?.has('anthropic-version')) return 'anthropic';
    if (headers?.has('x-goog-api-key')) return 'gemini';
    return 'openai-chat';
  }
  return undefined;
}
