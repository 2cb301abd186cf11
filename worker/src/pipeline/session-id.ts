// Finds the conversation's session id (SPEC §3.4): what the real clients send, else a hash of the key
// and the first messages, so one conversation maps to one id without client help.
import type { WireFormat } from '../formats/format.ts';

type Body = Record<string, unknown>;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function record(value: unknown): Body | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : undefined;
}

/** Claude Code's `metadata.user_id`: a JSON string with `session_id`, or `user_…_account__session_<id>`. */
export function sessionFromClaudeUserId(userId: string): string | undefined {
  if (userId.startsWith('{')) {
    try {
      return text(record(JSON.parse(userId))?.session_id);
    } catch {
      return undefined;
    }
  }
  return text(userId.match(/_session_([A-Za-z0-9-]+)$/)?.[1]);
}

export function explicitSessionId(format: WireFormat, headers: Headers, body: Body): string | undefined {
  switch (format) {
    case 'anthropic': {
      const userId = text(record(body.metadata)?.user_id);
      return text(headers.get('x-claude-code-session-id')) ?? (userId ? sessionFromClaudeUserId(userId) : undefined);
    }
    case 'openai-responses':
    case 'openai-chat':
      return (
        text(headers.get('session-id')) ??
        text(headers.get('session_id')) ??
        text(headers.get('x-session-id')) ??
        text(body.prompt_cache_key)
      );
    case 'gemini-cli':
      return text(body.session_id) ?? text(record(body.request)?.session_id);
    case 'gemini':
      return undefined;
  }
}

/** The opening of the conversation (system prompt and first turn): the same on every later request. */
function conversationOpening(body: Body): unknown {
  const inner = record(body.request) ?? body;
  const turns = inner.messages ?? inner.contents ?? inner.input;
  const first = Array.isArray(turns) ? turns[0] : turns;
  return [inner.system ?? inner.systemInstruction ?? inner.instructions ?? null, first ?? null];
}

export async function sessionIdFor(format: WireFormat, headers: Headers, body: Body, keyId: number): Promise<string> {
  const explicit = explicitSessionId(format, headers, body);
  if (explicit !== undefined) return explicit;
  const material = new TextEncoder().encode(JSON.stringify([keyId, conversationOpening(body)]));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', material));
  return `h_${[...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
