// Canonical conversations written by hand in every client format, following each vendor's API
// reference. Converting one format's version to another format must give exactly that format's version.
import type { WireFormat } from '../format.ts';

type Body = Record<string, unknown>;
const model = 'test-model';

const weatherSchema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
const timeSchema = { type: 'object', properties: { zone: { type: 'string' } }, required: ['zone'] };
const tools = [
  { name: 'get_weather', description: 'Weather for a city', schema: weatherSchema },
  { name: 'get_time', description: 'Local time in a zone', schema: timeSchema },
];

const geminiCli = (request: Body): Body => ({ model, request });

const textAnthropic: Body = {
  model,
  max_tokens: 1024,
  temperature: 0.2,
  stream: false,
  system: 'You are terse.',
  messages: [
    { role: 'user', content: [{ type: 'text', text: 'Hi — ça va?' }] },
    { role: 'assistant', content: [{ type: 'text', text: 'Oui 👍' }] },
    { role: 'user', content: [{ type: 'text', text: 'Name a color.' }] },
  ],
};
const textGemini: Body = {
  contents: [
    { role: 'user', parts: [{ text: 'Hi — ça va?' }] },
    { role: 'model', parts: [{ text: 'Oui 👍' }] },
    { role: 'user', parts: [{ text: 'Name a color.' }] },
  ],
  systemInstruction: { parts: [{ text: 'You are terse.' }] },
  generationConfig: { temperature: 0.2, maxOutputTokens: 1024 },
};

const text: Record<WireFormat, Body> = {
  anthropic: textAnthropic,
  'openai-chat': {
    model,
    max_tokens: 1024,
    temperature: 0.2,
    stream: false,
    messages: [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'Hi — ça va?' },
      { role: 'assistant', content: 'Oui 👍' },
      { role: 'user', content: 'Name a color.' },
    ],
  },
  'openai-responses': {
    model,
    max_output_tokens: 1024,
    temperature: 0.2,
    stream: false,
    instructions: 'You are terse.',
    input: [
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi — ça va?' }] },
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Oui 👍' }] },
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Name a color.' }] },
    ],
  },
  gemini: textGemini,
  'gemini-cli': geminiCli(textGemini),
};

const toolsGemini: Body = {
  contents: [
    { role: 'user', parts: [{ text: 'Weather and time in Paris?' }] },
    {
      role: 'model',
      parts: [
        { text: 'Checking both.' },
        { functionCall: { name: 'get_weather', args: { city: 'Paris' } } },
        { functionCall: { name: 'get_time', args: { zone: 'CET' } } },
      ],
    },
    {
      role: 'user',
      parts: [
        { functionResponse: { name: 'get_weather', response: { output: '18°C' } } },
        { functionResponse: { name: 'get_time', response: { output: '14:05' } } },
      ],
    },
  ],
  systemInstruction: { parts: [{ text: 'Use tools.' }] },
  tools: [{ functionDeclarations: tools.map((t) => ({ name: t.name, description: t.description, parametersJsonSchema: t.schema })) }],
  toolConfig: { functionCallingConfig: { mode: 'AUTO' } },
  generationConfig: { maxOutputTokens: 1024 },
};

const toolCalls = [
  { id: 'call_w', name: 'get_weather', arguments: '{"city":"Paris"}' },
  { id: 'call_t', name: 'get_time', arguments: '{"zone":"CET"}' },
];
const toolResults = [
  { id: 'call_w', output: '18°C' },
  { id: 'call_t', output: '14:05' },
];

const toolsConversation: Record<WireFormat, Body> = {
  anthropic: {
    model,
    max_tokens: 1024,
    stream: false,
    system: 'Use tools.',
    tools: tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.schema })),
    tool_choice: { type: 'auto' },
    messages: [
      { role: 'user', content: [{ type: 'text', text: 'Weather and time in Paris?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Checking both.' },
          ...toolCalls.map((c) => ({ type: 'tool_use', id: c.id, name: c.name, input: JSON.parse(c.arguments) as unknown })),
        ],
      },
      { role: 'user', content: toolResults.map((r) => ({ type: 'tool_result', tool_use_id: r.id, content: r.output })) },
    ],
  },
  'openai-chat': {
    model,
    max_tokens: 1024,
    stream: false,
    tools: tools.map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.schema } })),
    tool_choice: 'auto',
    messages: [
      { role: 'system', content: 'Use tools.' },
      { role: 'user', content: 'Weather and time in Paris?' },
      {
        role: 'assistant',
        content: 'Checking both.',
        tool_calls: toolCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } })),
      },
      ...toolResults.map((r) => ({ role: 'tool', tool_call_id: r.id, content: r.output })),
    ],
  },
  'openai-responses': {
    model,
    max_output_tokens: 1024,
    stream: false,
    instructions: 'Use tools.',
    tools: tools.map((t) => ({ type: 'function', name: t.name, description: t.description, parameters: t.schema, strict: false })),
    tool_choice: 'auto',
    input: [
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Weather and time in Paris?' }] },
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Checking both.' }] },
      ...toolCalls.map((c) => ({ type: 'function_call', call_id: c.id, name: c.name, arguments: c.arguments })),
      ...toolResults.map((r) => ({ type: 'function_call_output', call_id: r.id, output: r.output })),
    ],
  },
  gemini: toolsGemini,
  'gemini-cli': geminiCli(toolsGemini),
};

const pngBase64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const catUrl = 'https://example.com/cat.png';
const imageGemini: Body = {
  contents: [
    {
      role: 'user',
      parts: [
        { text: 'What is in these?' },
        { inlineData: { mimeType: 'image/png', data: pngBase64 } },
        { fileData: { mimeType: 'image/png', fileUri: catUrl } },
      ],
    },
  ],
  generationConfig: { maxOutputTokens: 1024 },
};

const image: Record<WireFormat, Body> = {
  anthropic: {
    model,
    max_tokens: 1024,
    stream: false,
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is in these?' },
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: pngBase64 } },
          { type: 'image', source: { type: 'url', url: catUrl } },
        ],
      },
    ],
  },
  'openai-chat': {
    model,
    max_tokens: 1024,
    stream: false,
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is in these?' },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${pngBase64}` } },
          { type: 'image_url', image_url: { url: catUrl } },
        ],
      },
    ],
  },
  'openai-responses': {
    model,
    max_output_tokens: 1024,
    stream: false,
    input: [
      {
        type: 'message',
        role: 'user',
        content: [
          { type: 'input_text', text: 'What is in these?' },
          { type: 'input_image', image_url: `data:image/png;base64,${pngBase64}`, detail: 'auto' },
          { type: 'input_image', image_url: catUrl, detail: 'auto' },
        ],
      },
    ],
  },
  gemini: imageGemini,
  'gemini-cli': geminiCli(imageGemini),
};

const reasoningTurns = (assistant: Body[], gemini = false): Body[] => {
  const user = (text: string): Body => (gemini ? { role: 'user', parts: [{ text }] } : { role: 'user', content: [{ type: 'text', text }] });
  return [user('What is 2+2? Think first.'), ...assistant, user('Thanks.')];
};

const reasoningGemini = (withThought: boolean): Body => ({
  contents: reasoningTurns(
    [{ role: 'model', parts: [...(withThought ? [{ text: 'Two plus two.', thought: true, thoughtSignature: 'sig-gemini' }] : []), { text: '4' }] }],
    true,
  ),
  generationConfig: { maxOutputTokens: 1024 },
});

const responsesUser = (text: string): Body => ({ type: 'message', role: 'user', content: [{ type: 'input_text', text }] });
const reasoningItem = { type: 'reasoning', id: 'rs_1', summary: [{ type: 'summary_text', text: 'Two plus two.' }], encrypted_content: 'enc-openai' };

/** Each format's history with its own signed reasoning; `withThought` false is what other vendors get. */
const reasoningIn = (withThought: boolean): Record<WireFormat, Body> => ({
  anthropic: {
    model,
    max_tokens: 1024,
    stream: false,
    messages: reasoningTurns([
      {
        role: 'assistant',
        content: [...(withThought ? [{ type: 'thinking', thinking: 'Two plus two.', signature: 'sig-anthropic' }] : []), { type: 'text', text: '4' }],
      },
    ]),
  },
  'openai-chat': {
    model,
    max_tokens: 1024,
    stream: false,
    messages: [
      { role: 'user', content: 'What is 2+2? Think first.' },
      { role: 'assistant', content: '4', ...(withThought ? { reasoning_content: 'Two plus two.' } : {}) },
      { role: 'user', content: 'Thanks.' },
    ],
  },
  'openai-responses': {
    model,
    max_output_tokens: 1024,
    stream: false,
    input: [
      responsesUser('What is 2+2? Think first.'),
      ...(withThought ? [reasoningItem] : []),
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: '4' }] },
      responsesUser('Thanks.'),
    ],
  },
  gemini: reasoningGemini(withThought),
  'gemini-cli': geminiCli(reasoningGemini(withThought)),
});

export const conversationRequests = { text, tools: toolsConversation, image, reasoning: reasoningIn(true) };

/** The reasoning conversation as a provider of another vendor family receives it: without the reasoning. */
export const reasoningForOtherVendors = reasoningIn(false);
export const routeModel = model;
