// Requests as the real clients send them: same-format round trips keep every field, conversions keep
// what has a meaning elsewhere and drop what only the source vendor understands.
import { describe, expect, it } from 'vitest';
import { claudeCodeRequest, codexRequest, geminiCliRequest, geminiOpenApiToolRequest } from './__fixtures__/client-requests.ts';
import { codecFor } from './codecs.ts';

const anthropic = codecFor('anthropic');
const chat = codecFor('openai-chat');
const responses = codecFor('openai-responses');
const gemini = codecFor('gemini');
const geminiCli = codecFor('gemini-cli');

describe('a Claude Code request', () => {
  const ir = anthropic.parseRequest(claudeCodeRequest);

  it('renders back to Anthropic unchanged, with cache_control, thinking, metadata and beta fields', () => {
    expect(anthropic.renderRequest(ir)).toEqual(claudeCodeRequest);
  });

  it('becomes a Responses request with the system prompt as instructions and the tool turn as items', () => {
    const body = responses.renderRequest(ir);
    expect(body.instructions).toBe("You are Claude Code, Anthropic's official CLI for Claude.\n\nFollow the repository style.");
    expect(body.input).toEqual([
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Fix the bug in ça.ts' }] },
      { type: 'function_call', call_id: 'toolu_01A', name: 'Read', arguments: '{"file_path":"/repo/ça.ts"}' },
      { type: 'function_call_output', call_id: 'toolu_01A', output: 'export const x = 1;' },
    ]);
    expect(body.tools).toEqual([
      { type: 'function', name: 'Read', description: 'Reads a file', parameters: claudeCodeRequest.tools[0]?.input_schema, strict: false },
    ]);
    expect(body).toMatchObject({ model: 'claude-sonnet-4-5-20250929', stream: true, max_output_tokens: 32000 });
    // Thinking is on, and OpenAI reasoning models refuse sampling settings.
    expect(body).not.toHaveProperty('temperature');
    expect(JSON.stringify(body)).not.toMatch(/cache_control|context_management|output_config|EqQBCgIYAhIMsig/);
    // OpenAI refuses a `user` over 64 characters; Claude Code's JSON user id is longer.
    expect(body).not.toHaveProperty('user');
  });

  it('becomes a Chat request with one system message per system block and a tool message', () => {
    const body = chat.renderRequest(ir);
    expect(body.messages).toEqual([
      { role: 'system', content: "You are Claude Code, Anthropic's official CLI for Claude." },
      { role: 'system', content: 'Follow the repository style.' },
      { role: 'user', content: 'Fix the bug in ça.ts' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'toolu_01A', type: 'function', function: { name: 'Read', arguments: '{"file_path":"/repo/ça.ts"}' } }],
      },
      { role: 'tool', tool_call_id: 'toolu_01A', content: 'export const x = 1;' },
    ]);
    expect(body).toMatchObject({ stream: true, stream_options: { include_usage: true }, max_completion_tokens: 32000 });
  });

  it('becomes a Gemini request whose function response carries the function name', () => {
    const body = gemini.renderRequest(ir);
    expect(body.contents).toEqual([
      { role: 'user', parts: [{ text: 'Fix the bug in ça.ts' }] },
      { role: 'model', parts: [{ functionCall: { name: 'Read', args: { file_path: '/repo/ça.ts' } } }] },
      { role: 'user', parts: [{ functionResponse: { name: 'Read', response: { output: 'export const x = 1;' } } }] },
    ]);
    expect(body.generationConfig).toEqual({ temperature: 1, maxOutputTokens: 32000, thinkingConfig: { includeThoughts: true } });
  });
});

describe('a Codex CLI request', () => {
  const ir = responses.parseRequest(codexRequest);

  it('renders back to Responses unchanged, reasoning item and encrypted content included', () => {
    expect(responses.renderRequest(ir)).toEqual(codexRequest);
  });

  it('treats the developer message as the system prompt', () => {
    expect(ir.system.map((block) => block.text)).toEqual(['You are Codex, a coding agent.']);
  });

  it('becomes an Anthropic request without the reasoning item or the OpenAI-only tools', () => {
    const body = anthropic.renderRequest(ir);
    expect(body).toMatchObject({
      system: 'You are Codex, a coding agent.',
      tool_choice: { type: 'auto', disable_parallel_tool_use: true },
      max_tokens: 8192,
      stream: true,
    });
    // The tool turn carries no Anthropic-signed thinking, which Anthropic requires once thinking is on.
    expect(body).not.toHaveProperty('thinking');
    expect(body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'List the files' }] },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'call_ls', name: 'shell', input: { command: ['ls'] } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_ls', content: 'README.md\nsrc' }] },
    ]);
    expect(body.tools).toEqual([{ name: 'shell', description: 'Runs a command', input_schema: codexRequest.tools[0]?.parameters }]);
    expect(JSON.stringify(body)).not.toMatch(/encrypted|prompt_cache_key|namespace/);
  });

  it('becomes a Gemini request with a thinking budget for the requested effort', () => {
    const body = gemini.renderRequest(ir);
    expect(body.systemInstruction).toEqual({ parts: [{ text: 'You are Codex, a coding agent.' }] });
    expect(body.generationConfig).toEqual({ thinkingConfig: { includeThoughts: true, thinkingBudget: 8192 } });
    expect(body.tools).toEqual([{ functionDeclarations: [{ name: 'shell', description: 'Runs a command', parametersJsonSchema: codexRequest.tools[0]?.parameters }] }]);
  });
});

describe('a Gemini CLI code-assist request', () => {
  const ir = geminiCli.parseRequest(geminiCliRequest, { stream: true });

  it('renders back to code-assist unchanged, envelope and session id included', () => {
    expect(geminiCli.renderRequest(ir)).toEqual(geminiCliRequest);
  });

  it('takes the model from the envelope', () => {
    expect(ir).toMatchObject({ model: 'gemini-2.5-pro', stream: true });
  });

  it('becomes a Gemini API body without the code-assist envelope or session id', () => {
    const body = gemini.renderRequest(ir);
    expect(body).toEqual({ ...geminiCliRequest.request, session_id: undefined });
  });

  it('becomes an Anthropic request with a stable synthesised id shared by the call and its result', () => {
    const body = anthropic.renderRequest(ir);
    const messages = body.messages as { content: { id?: string; tool_use_id?: string }[] }[];
    const callId = messages[1]?.content[0]?.id;
    expect(callId).toMatch(/^call_[0-9a-f]+/);
    expect(messages[2]?.content[0]?.tool_use_id).toBe(callId);
    expect(anthropic.renderRequest(geminiCli.parseRequest(geminiCliRequest, { stream: true }))).toEqual(body);
  });
});

describe('a Gemini request with an OpenAPI-style tool schema', () => {
  const ir = gemini.parseRequest(geminiOpenApiToolRequest, { model: 'gemini-2.5-flash', stream: false });

  it('gives other vendors a JSON Schema with lower-case types and nullable as a type union', () => {
    expect(anthropic.renderRequest(ir).tools).toEqual([
      { name: 'search', description: 'Searches', input_schema: { type: 'object', properties: { q: { type: ['string', 'null'] } }, required: ['q'] } },
    ]);
  });

  it('gives Gemini its schema back as sent, next to its built-in tools', () => {
    expect(gemini.renderRequest(ir)).toEqual(geminiOpenApiToolRequest);
  });
});
