// `npm run dev` end to end: embedded database, migrations, wrangler dev, the printed banner, a healthy
// gateway, and Ctrl-C stopping every child process.
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { readMigrationFiles } from './migration-files.ts';
import { launchDev } from './support/launch-dev.ts';
import { localRedis, localRedisUrl, reachable, serviceAvailable } from './support/services.ts';

describe('npm run dev', () => {
  it('serves a healthy gateway on the embedded database, prints where it is, and stops on Ctrl-C', async () => {
    const redis = await serviceAvailable(localRedis);
    const dev = await launchDev([], redis ? { REDIS_URL: localRedisUrl } : {});
    const { port, dataDir } = dev;
    const output = dev.output();
    expect(output).toContain(`Base URL:     http://127.0.0.1:${port}`);
    expect(output).toContain(`Admin URL:    http://127.0.0.1:${port}/admin/ `);
    expect(output).toContain(`Admin API:    http://127.0.0.1:${port}/api/admin `);
    expect(output).toMatch(/Admin token:  [A-Za-z0-9]{48} /);
    expect(output).toContain(`Database: embedded PGlite (data in ${join(dataDir, 'pglite')})`);

    const response = await fetch(`http://127.0.0.1:${port}/health`);
    const body = (await response.json()) as { status: string; database: { status: string; migration: string }; cache: { status: string } };
    expect(response.status).toBe(200);
    expect(body.database).toMatchObject({ status: 'ok', migration: readMigrationFiles().at(-1)?.tag });
    expect(body.cache.status).toBe(redis ? 'ok' : 'disabled');
    if (redis) expect(output).toContain(`Cache: ${localRedisUrl} through the local Upstash bridge`);

    expect(await dev.stop()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await reachable({ name: 'gateway', host: '127.0.0.1', port })).toBe(false);
  }, 100_000);
});

describe('npm run demo', () => {
  it('answers every official SDK, streamed and not, through wrangler dev and the mock upstream', async () => {
    const dev = await launchDev(['--demo']);
    try {
      const key = dev.output().match(/Demo key: +(cch_[A-Za-z0-9]{40})/)?.[1] ?? '';
      expect(key).not.toBe('');
      const baseURL = dev.baseUrl;
      const anthropic = new Anthropic({ apiKey: key, baseURL, maxRetries: 0 });
      const message = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'demo' }] });
      expect(message.content[0]).toMatchObject({ text: 'Mock reply to: demo' });
      const streamed = await anthropic.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'demo stream' }] }).finalText();
      expect(streamed).toBe('Mock reply to: demo stream');

      const openai = new OpenAI({ apiKey: key, baseURL: `${baseURL}/v1`, maxRetries: 0 });
      const chat = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'demo chat' }] });
      expect(chat.choices[0]?.message.content).toBe('Mock reply to: demo chat');
      let chatText = '';
      for await (const chunk of await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'demo chat stream' }], stream: true })) {
        chatText += chunk.choices[0]?.delta.content ?? '';
      }
      expect(chatText).toBe('Mock reply to: demo chat stream');
      const response = await openai.responses.create({ model: 'gpt-5-codex', input: 'demo responses' });
      expect(response.output_text).toBe('Mock reply to: demo responses');
      let responsesText = '';
      for await (const event of await openai.responses.create({ model: 'gpt-5-codex', input: 'demo responses stream', stream: true })) {
        if (event.type === 'response.output_text.delta') responsesText += event.delta;
      }
      expect(responsesText).toBe('Mock reply to: demo responses stream');

      const gemini = new GoogleGenAI({ apiKey: key, httpOptions: { baseUrl: baseURL } });
      expect((await gemini.models.generateContent({ model: 'gemini-2.5-flash', contents: 'demo gemini' })).text).toBe('Mock reply to: demo gemini');
      let geminiText = '';
      for await (const chunk of await gemini.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'demo gemini stream' })) {
        geminiText += chunk.text ?? '';
      }
      expect(geminiText).toBe('Mock reply to: demo gemini stream');
    } finally {
      await dev.stop();
    }
  }, 120_000);
});
