// The official @google/genai SDK, pointed at the mock, parses its Gemini answers; code assist over fetch.
import { GoogleGenAI } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { parseSse, postJson, useMockUpstream } from './test-support.ts';

const mock = useMockUpstream();
const client = () => new GoogleGenAI({ apiKey: 'gemini-key', httpOptions: { baseUrl: mock.current.url } });

const tools = [
  {
    functionDeclarations: [
      { name: 'read_file', parametersJsonSchema: { type: 'object', properties: { absolute_path: { type: 'string' } } } },
      { name: 'glob', parametersJsonSchema: { type: 'object', properties: { pattern: { type: 'string' } } } },
    ],
  },
];

describe('Gemini generateContent', () => {
  it('answers generateContent with text and usage metadata', async () => {
    mock.current.script({ usage: { input: 50, cacheRead: 20, output: 9, reasoning: 6 } });
    const response = await client().models.generateContent({ model: 'gemini-2.5-pro', contents: 'hello gemini' });
    expect(response.text).toBe('Mock reply to: hello gemini');
    expect(response.candidates?.[0]?.finishReason).toBe('STOP');
    expect(response.usageMetadata).toMatchObject({
      promptTokenCount: 70,
      cachedContentTokenCount: 20,
      candidatesTokenCount: 9,
      thoughtsTokenCount: 6,
      totalTokenCount: 85,
    });
    const [request] = mock.current.requests();
    expect(request?.path).toMatch(/^\/v1(beta)?\/models\/gemini-2\.5-pro:generateContent$/);
    expect(request?.headers['x-goog-api-key']).toBe('gemini-key');
  });

  it('streams text chunks over SSE that generateContentStream yields in order', async () => {
    const stream = await client().models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'stream four small words' });
    const texts: string[] = [];
    let last;
    for await (const chunk of stream) {
      texts.push(chunk.text ?? '');
      last = chunk;
    }
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('')).toBe('Mock reply to: stream four small words');
    expect(last?.usageMetadata?.candidatesTokenCount).toBeGreaterThan(0);
    expect(mock.current.requests()[0]?.query).toEqual({ alt: 'sse' });
  });

  it('returns parallel function calls and signed thoughts when thinking is on', async () => {
    const response = await client().models.generateContent({
      model: 'gemini-2.5-pro',
      contents: 'use read_file and glob',
      config: { tools, thinkingConfig: { includeThoughts: true } },
    });
    expect(response.functionCalls?.map((call) => [call.name, call.args])).toEqual([
      ['read_file', { absolute_path: 'mock absolute_path' }],
      ['glob', { pattern: 'mock pattern' }],
    ]);
    const parts = response.candidates?.[0]?.content?.parts ?? [];
    expect(parts[0]).toMatchObject({ thought: true, text: 'Considering: use read_file and glob', thoughtSignature: expect.any(String) });
    expect(parts[1]?.thoughtSignature).toEqual(expect.any(String));
  });

  it('answers a functionResponse with text that quotes it', async () => {
    const response = await client().models.generateContent({
      model: 'gemini-2.5-pro',
      contents: [
        { role: 'user', parts: [{ text: 'use glob' }] },
        { role: 'model', parts: [{ functionCall: { name: 'glob', args: { pattern: '*' } } }] },
        { role: 'user', parts: [{ functionResponse: { name: 'glob', response: { files: ['a.ts'] } } }] },
      ],
      config: { tools },
    });
    expect(response.functionCalls).toBeUndefined();
    expect(response.text).toBe('Got the tool result: {"files":["a.ts"]}');
  });

  it('streams a JSON array when alt=sse is absent, and accepts /v1beta paths', async () => {
    const response = await postJson(`${mock.current.url}/v1beta/models/gemini-2.5-pro:streamGenerateContent`, {
      contents: [{ role: 'user', parts: [{ text: 'array please' }] }],
    });
    expect(response.headers.get('content-type')).toContain('application/json');
    const chunks = (await response.json()) as Array<{ candidates: Array<{ content: { parts: Array<{ text: string }> } }> }>;
    expect(chunks.map((chunk) => chunk.candidates[0]?.content.parts[0]?.text).join('')).toBe('Mock reply to: array please');
  });

  it('lists models in the Gemini shape on /v1beta/models', async () => {
    const response = await fetch(`${mock.current.url}/v1beta/models`, { headers: { 'x-goog-api-key': 'k' } });
    const body = (await response.json()) as { models: Array<{ name: string }> };
    expect(body.models.map((model) => model.name)).toContain('models/gemini-2.5-pro');
    expect(await client().models.get({ model: 'gemini-2.5-flash' })).toMatchObject({ name: 'models/gemini-2.5-flash', displayName: 'Gemini 2.5 Flash' });
  });

  it('turns a scripted 429 into an ApiError carrying the Google error body', async () => {
    mock.current.script({ status: 429, errorMessage: 'Quota exceeded' });
    await expect(client().models.generateContent({ model: 'gemini-2.5-pro', contents: 'x' })).rejects.toMatchObject({
      status: 429,
      message: JSON.stringify({ error: { code: 429, message: 'Quota exceeded', status: 'RESOURCE_EXHAUSTED' } }),
    });
  });
});

describe('Gemini CLI code assist', () => {
  const wrapped = (text: string) => ({
    model: 'gemini-2.5-pro',
    project: 'proj-1',
    user_prompt_id: 'p1',
    request: { contents: [{ role: 'user', parts: [{ text }] }], session_id: 'sess-1' },
  });

  it('wraps streamed Gemini chunks in {response, traceId}', async () => {
    const response = await postJson(`${mock.current.url}/v1internal:streamGenerateContent?alt=sse`, wrapped('code assist hi'));
    const text = await response.text();
    expect(text.endsWith('}\r\n\r\n')).toBe(true);
    const events = parseSse(text).map((event) => JSON.parse(event.data) as { response: { candidates: Array<{ content: { parts: Array<{ text: string }> } }> }; traceId: string });
    expect(events.map((event) => event.response.candidates[0]?.content.parts[0]?.text).join('')).toBe('Mock reply to: code assist hi');
    expect(events.every((event) => event.traceId.startsWith('mock-trace-'))).toBe(true);
  });

  it('wraps the non-streaming answer and matches scenarios on the wrapped model', async () => {
    mock.current.script({ match: { model: 'gemini-2.5-pro' }, text: 'scripted text' });
    const response = await postJson(`${mock.current.url}/v1internal:generateContent`, wrapped('ignored'));
    expect(await response.json()).toMatchObject({ response: { candidates: [{ content: { parts: [{ text: 'scripted text' }] }, finishReason: 'STOP' }] } });
  });

  it('answers the setup calls Gemini CLI makes before its first prompt', async () => {
    const call = async (method: string, body: unknown) => (await postJson(`${mock.current.url}/v1internal:${method}`, body)).json();
    expect(await call('loadCodeAssist', { metadata: { pluginType: 'GEMINI' } })).toMatchObject({
      currentTier: { id: 'free-tier' },
      cloudaicompanionProject: 'mock-project-123456',
    });
    expect(await call('onboardUser', { tierId: 'free-tier', cloudaicompanionProject: 'p2' })).toMatchObject({
      done: true,
      response: { cloudaicompanionProject: { id: 'p2' } },
    });
    expect(await call('retrieveUserQuota', { project: 'p2' })).toMatchObject({ buckets: [{ tokenType: 'REQUESTS', remainingFraction: 1 }, {}] });
    expect(await call('listExperiments', { project: 'p2' })).toMatchObject({ experimentIds: expect.any(Array), flags: expect.any(Array) });
  });
});
