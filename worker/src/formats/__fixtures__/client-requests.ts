// Requests shaped like those the real clients send (SPEC §3.5): Claude Code, Codex CLI and Gemini CLI,
// reduced to one turn each but keeping every field the gateway must carry or convert.

export const claudeCodeRequest = {
  model: 'claude-sonnet-4-5-20250929',
  max_tokens: 32000,
  stream: true,
  temperature: 1,
  system: [
    { type: 'text', text: "You are Claude Code, Anthropic's official CLI for Claude.", cache_control: { type: 'ephemeral' } },
    { type: 'text', text: 'Follow the repository style.', cache_control: { type: 'ephemeral', ttl: '1h' } },
  ],
  messages: [
    { role: 'user', content: [{ type: 'text', text: 'Fix the bug in ça.ts', cache_control: { type: 'ephemeral' } }] },
    {
      role: 'assistant',
      content: [
        { type: 'thinking', thinking: 'Read the file first.', signature: 'EqQBCgIYAhIMsig' },
        { type: 'tool_use', id: 'toolu_01A', name: 'Read', input: { file_path: '/repo/ça.ts' } },
      ],
    },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01A', content: 'export const x = 1;' }] },
  ],
  tools: [
    {
      name: 'Read',
      description: 'Reads a file',
      input_schema: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        properties: { file_path: { type: 'string' } },
        required: ['file_path'],
        additionalProperties: false,
      },
      cache_control: { type: 'ephemeral' },
    },
    { type: 'web_search_20250305', name: 'web_search', max_uses: 5 },
  ],
  metadata: { user_id: '{"device_id":"d1","account_uuid":"a1","session_id":"0b9c-session"}' },
  thinking: { type: 'adaptive', display: 'omitted' },
  output_config: { effort: 'medium' },
  context_management: { edits: [{ type: 'clear_thinking_20251015', keep: 'all' }] },
};

export const codexRequest = {
  model: 'gpt-5-codex',
  input: [
    { type: 'message', role: 'developer', content: [{ type: 'input_text', text: 'You are Codex, a coding agent.' }] },
    { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'List the files' }] },
    { type: 'reasoning', id: 'rs_9', summary: [{ type: 'summary_text', text: 'Use ls.' }], content: null, encrypted_content: 'gAAAAB-encrypted' },
    { type: 'function_call', id: 'fc_9', call_id: 'call_ls', name: 'shell', arguments: '{"command":["ls"]}' },
    { type: 'function_call_output', call_id: 'call_ls', output: 'README.md\nsrc' },
  ],
  tools: [
    {
      type: 'function',
      name: 'shell',
      description: 'Runs a command',
      strict: false,
      parameters: {
        type: 'object',
        properties: { command: { type: 'array', items: { type: 'string' } } },
        required: ['command'],
        additionalProperties: false,
      },
    },
    { type: 'namespace', name: 'github', description: 'GitHub tools', tools: [{ type: 'function', name: 'list_prs' }] },
    { type: 'web_search' },
  ],
  tool_choice: 'auto',
  parallel_tool_calls: false,
  reasoning: { effort: 'medium', summary: 'auto' },
  store: false,
  stream: true,
  include: ['reasoning.encrypted_content'],
  prompt_cache_key: '5f1c-session',
};

export const geminiCliRequest = {
  model: 'gemini-2.5-pro',
  project: 'proj-123',
  user_prompt_id: 'prompt-1',
  request: {
    contents: [
      { role: 'user', parts: [{ text: 'Read ça.md' }] },
      {
        role: 'model',
        parts: [{ functionCall: { name: 'read_file', args: { path: 'ça.md' } }, thoughtSignature: 'CiQBsig' }],
      },
      { role: 'user', parts: [{ functionResponse: { name: 'read_file', response: { output: '# Title' } } }] },
    ],
    systemInstruction: { role: 'user', parts: [{ text: 'You are Gemini CLI.' }] },
    tools: [
      {
        functionDeclarations: [
          {
            name: 'read_file',
            description: 'Reads a file',
            parametersJsonSchema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
          },
        ],
      },
    ],
    generationConfig: { temperature: 0, topP: 1, thinkingConfig: { includeThoughts: true } },
    session_id: 'cli-session-7',
  },
};

/** A Gemini API request whose tool uses the OpenAPI-style `parameters` (upper-case types). */
export const geminiOpenApiToolRequest = {
  contents: [{ role: 'user', parts: [{ text: 'Search for ça' }] }],
  tools: [
    {
      functionDeclarations: [
        {
          name: 'search',
          description: 'Searches',
          parameters: { type: 'OBJECT', properties: { q: { type: 'STRING', nullable: true } }, required: ['q'] },
        },
      ],
    },
    { googleSearch: {} },
  ],
};
