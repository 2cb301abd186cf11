// A model request in neutral form: what every client format parses into and every provider format renders.
import type { WireFormat } from '../format.ts';
import type { ContentBlock, TextBlock } from './content.ts';
import type { Extensions } from './extensions.ts';

export type MessageRole = 'system' | 'user' | 'assistant';

export interface Message {
  /** 'system' appears only for instructions given in the middle of a conversation. */
  role: MessageRole;
  content: ContentBlock[];
  extensions?: Extensions;
}

export type ToolDefinition =
  | {
      kind: 'function';
      name: string;
      description?: string;
      /** JSON Schema of the arguments. */
      parameters: Record<string, unknown>;
      extensions?: Extensions;
    }
  /** A vendor's built-in tool (web search, namespaces); only its own format can render it. */
  | { kind: 'native'; format: WireFormat; value: unknown };

export type ToolChoice = { type: 'auto' } | { type: 'none' } | { type: 'required' } | { type: 'tool'; name: string };

export type ReasoningEffort = 'minimal' | 'low' | 'medium' | 'high';

export interface ReasoningConfig {
  enabled: boolean;
  effort?: ReasoningEffort;
  budgetTokens?: number;
}

export interface IrRequest {
  model: string;
  system: TextBlock[];
  messages: Message[];
  tools: ToolDefinition[];
  toolChoice?: ToolChoice;
  parallelToolCalls?: boolean;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  stopSequences?: string[];
  reasoning?: ReasoningConfig;
  stream: boolean;
  /** The end user on whose behalf the request is made (Anthropic metadata.user_id, OpenAI user). */
  user?: string;
  metadata?: Record<string, string>;
  extensions?: Extensions;
}
