// System errors before the first byte (SPEC §4.5): refused connections and resets mid-stream fail
// over to the next provider; the client sees one clean answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { callGateway, gatewayOrigin, mockRequests, scriptMock, settle } from './support/gateway.ts';
import { seedKey, seedProvider, seedUser, uniqueName, type SeededProvider } from './support/seed.ts';

let refusedKey = '';
let resetKey = '';
let refusedBackup: SeededProvider;
let resetting: SeededProvider;
let resetBackup: SeededProvider;

beforeAll(async () => {
  const refusedGroup = uniqueName('net');
  refusedKey = await seedKey((await seedUser({ providerGroup: refusedGroup })).id);
  await seedProvider('openai-compatible', { groupTag: refusedGroup, baseUrl: 'http://127.0.0.1:1' });
  refusedBackup = await seedProvider('openai-compatible', { groupTag: refusedGroup, priority: 1 });

  const resetGroup = uniqueName('net');
  resetKey = await seedKey((await seedUser({ providerGroup: resetGroup })).id);
  resetting = await seedProvider('openai-compatible', { groupTag: resetGroup });
  resetBackup = await seedProvider('openai-compatible', { groupTag: resetGroup, priority: 1 });
});

function chat(key: string, stream: boolean) {
  return callGateway(
    new Request(`${gatewayOrigin}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4.1', stream, messages: [{ role: 'user', content: 'network' }] }),
    }),
  );
}

describe('system errors', () => {
  it('fails over to the next provider when the connection is refused', async () => {
    const response = await chat(refusedKey, false);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ choices: [{ message: { content: 'Mock reply to: network' } }] });
    await settle();
    expect(await mockRequests(refusedBackup.apiKey)).toHaveLength(1);
  });

  it('fails over when the upstream resets the stream before its first content', async () => {
    await scriptMock({ match: { apiKey: resetting.apiKey }, always: true, resetAfterEvents: 0 });
    const response = await chat(resetKey, true);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('data: [DONE]');
    await settle();
    expect(await mockRequests(resetBackup.apiKey)).toHaveLength(1);
  });
});
