// The wire formats the gateway speaks, on either side of a request.

export const wireFormats = ['anthropic', 'openai-chat', 'openai-responses', 'gemini', 'gemini-cli'] as const;

export type WireFormat = (typeof wireFormats)[number];
