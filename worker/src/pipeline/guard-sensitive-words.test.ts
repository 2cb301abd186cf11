import { describe, expect, it } from 'vitest';
import { ProxyError } from '../errors.ts';
import { createLogger } from '../log.ts';
import type { ClientRequest } from './client-request.ts';
import { guardSensitiveWords } from './guard-sensitive-words.ts';
import type { WordSnapshot } from './load-word-rules.ts';

const log = createLogger('fatal');

function clientRequest(body: Record<string, unknown>, over: Partial<ClientRequest> = {}): ClientRequest {
  return {
    format: 'anthropic',
    method: 'POST',
    path: '/v1/messages',
    search: new URLSearchParams(),
    headers: new Headers(),
    raw: null,
    body,
    model: 'claude-sonnet-4-5',
    stream: false,
    action: undefined,
    ...over,
  };
}

const ask = (text: string) => clientRequest({ model: 'claude-sonnet-4-5', max_tokens: 8, messages: [{ role: 'user', content: text }] });
const snapshot = (version: string, pattern: string): WordSnapshot => ({ version, rules: [{ id: 1, matchType: 'contains', pattern }] });

async function refusal(run: Promise<void>): Promise<ProxyError | undefined> {
  try {
    await run;
    return undefined;
  } catch (error) {
    if (error instanceof ProxyError) return error;
    throw error;
  }
}

describe('guardSensitiveWords', () => {
  it('refuses a matching request with the sensitive_content 400', async () => {
    const error = await refusal(guardSensitiveWords(ask('say banned-word'), async () => snapshot('v1', 'banned-word'), log));
    expect(error).toMatchObject({ status: 400, message: 'Sensitive content detected', code: 'sensitive_content' });
    expect(await refusal(guardSensitiveWords(ask('say hello'), async () => snapshot('v1', 'banned-word'), log))).toBeUndefined();
  });

  it('does not parse the body when there are no rules, so even an unreadable body passes on', async () => {
    const unreadable = clientRequest({ messages: 'not a list' });
    await expect(guardSensitiveWords(unreadable, async () => ({ version: 'empty', rules: [] }), log)).resolves.toBeUndefined();
    const checked = await refusal(guardSensitiveWords(unreadable, async () => snapshot('v1', 'x'), log));
    expect(checked?.code).toBe('invalid_request');
  });

  it('does not load rules for requests that are not model calls', async () => {
    let loaded = false;
    const rules = async () => {
      loaded = true;
      return snapshot('v1', 'x');
    };
    await guardSensitiveWords(clientRequest({}, { path: '/v1/messages/count_tokens' }), rules, log);
    expect(loaded).toBe(false);
  });

  it('recompiles when the rule list has a new version', async () => {
    expect(await refusal(guardSensitiveWords(ask('old-word'), async () => snapshot('a', 'old-word'), log))).toBeDefined();
    expect(await refusal(guardSensitiveWords(ask('old-word'), async () => snapshot('b', 'new-word'), log))).toBeUndefined();
    expect(await refusal(guardSensitiveWords(ask('new-word'), async () => snapshot('b', 'new-word'), log))).toBeDefined();
  });
});
