// Content blocks of the neutral representation, shared by requests, responses and tool results.
import type { WireFormat } from '../format.ts';
import type { Extensions } from './extensions.ts';

export type ImageSource = { kind: 'base64'; mediaType: string; data: string } | { kind: 'url'; url: string };

export interface TextBlock {
  type: 'text';
  text: string;
  extensions?: Extensions;
}

export interface ImageBlock {
  type: 'image';
  source: ImageSource;
  extensions?: Extensions;
}

export interface ToolCallBlock {
  type: 'tool-call';
  id: string;
  name: string;
  /** The arguments as JSON text, exactly as the model produced them. */
  arguments: string;
  extensions?: Extensions;
}

export interface ToolResultBlock {
  type: 'tool-result';
  toolCallId: string;
  content: (TextBlock | ImageBlock)[];
  isError?: boolean;
  extensions?: Extensions;
}

/**
 * Model reasoning. `text` is the readable thinking or summary; `signature` and `redacted` are opaque
 * tokens that only the vendor that issued them can verify, so they are tagged with that format.
 */
export interface ReasoningBlock {
  type: 'reasoning';
  text: string;
  signature?: { format: WireFormat; value: string };
  /** Reasoning the vendor returned only in encrypted form (Anthropic redacted_thinking). */
  redacted?: { format: WireFormat; value: string };
  extensions?: Extensions;
}

/** A block with no neutral meaning (a vendor-specific item); only the same format renders it again. */
export interface OpaqueBlock {
  type: 'opaque';
  format: WireFormat;
  value: unknown;
}

export type ContentBlock = TextBlock | ImageBlock | ToolCallBlock | ToolResultBlock | ReasoningBlock | OpaqueBlock;

export const textOf = (blocks: readonly ContentBlock[]): string =>
  blocks.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
