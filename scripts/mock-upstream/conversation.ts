// The neutral facts a reply is planned from, read out of any vendor's request body.

export interface ToolSpec {
  name: string;
  schema: unknown;
}

export interface Conversation {
  model: string;
  /** Text of the last user turn, or of the tool results when that turn carries them. */
  lastUserText: string;
  lastTurnIsToolResult: boolean;
  tools: ToolSpec[];
  reasoning: { enabled: boolean; visible: boolean };
  /** All prompt text (system, messages, tools), used to estimate input tokens. */
  promptText: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

export function arrayField(value: unknown, key: string): unknown[] {
  if (!isRecord(value)) return [];
  const field = value[key];
  return Array.isArray(field) ? field : [];
}

/** Concatenates every string leaf, so the estimate grows with whatever the request carries. */
export function collectText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(collectText).join('');
  if (isRecord(value)) return Object.values(value).map(collectText).join('');
  return '';
}

/** Text of a content value that is either a string or a list of typed parts with a `text` field. */
export function textOfContent(content: unknown): string {
  if (typeof content === 'string') return content;
  return arrayField({ content }, 'content')
    .map((part) => stringField(part, 'text') ?? '')
    .filter((text) => text.length > 0)
    .join('\n');
}
