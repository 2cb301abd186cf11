// The requests the benchmark sends: the same Anthropic Messages request to every target, a Chat
// Completions request the gateway converts, and a ~200 KB conversation to convert.
export interface BenchRequest {
  path: string;
  init: RequestInit;
}

const model = 'claude-sonnet-4-5';

function anthropicHeaders(key: string): Record<string, string> {
  return { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' };
}

export function messagesRequest(key: string, options: { stream?: boolean; model?: string; text?: string } = {}): BenchRequest {
  const body = {
    model: options.model ?? model,
    max_tokens: 256,
    stream: options.stream ?? false,
    messages: [{ role: 'user', content: options.text ?? 'Say hello to the benchmark.' }],
  };
  return { path: '/v1/messages', init: { method: 'POST', headers: anthropicHeaders(key), body: JSON.stringify(body) } };
}

/** Filler text of about `bytes` bytes, varied enough to look like prose. */
export function fillerText(bytes: number): string {
  const sentence = 'The function reads the configuration, validates every field and returns a typed result. ';
  return sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
}

export function chatRequest(key: string, historyBytes = 0): BenchRequest {
  const history =
    historyBytes === 0
      ? []
      : [
          { role: 'user', content: fillerText(historyBytes / 2) },
          { role: 'assistant', content: fillerText(historyBytes / 2) },
        ];
  const body = {
    model,
    max_tokens: 256,
    messages: [{ role: 'system', content: 'You are a coding agent.' }, ...history, { role: 'user', content: 'Say hello to the benchmark.' }],
  };
  return {
    path: '/v1/chat/completions',
    init: { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) },
  };
}
