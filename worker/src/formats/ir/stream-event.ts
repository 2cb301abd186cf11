// Stream events in neutral form, with an explicit lifecycle per content block.
import type { IrError } from './error.ts';
import type { Extensions } from './extensions.ts';
import type { FinishReason } from './finish-reason.ts';
import type { Usage } from './usage.ts';
import type { WireFormat } from '../format.ts';

export type BlockStart =
  | { type: 'text' }
  | { type: 'reasoning'; redacted?: { format: WireFormat; value: string } }
  | { type: 'tool-call'; id: string; name: string };

export type BlockDelta =
  | { type: 'text'; text: string }
  | { type: 'reasoning'; text: string }
  | { type: 'reasoning-signature'; format: WireFormat; signature: string }
  | { type: 'tool-call'; argumentsDelta: string };

export type IrStreamEvent =
  | { type: 'message-start'; id: string; model: string; created?: number }
  | { type: 'block-start'; index: number; block: BlockStart }
  | { type: 'block-delta'; index: number; delta: BlockDelta }
  /** Ends a block; `extensions` carries what arrived only at the end (Responses encrypted reasoning). */
  | { type: 'block-end'; index: number; extensions?: Extensions }
  /** Cumulative usage so far; a later event replaces an earlier one. */
  | { type: 'usage'; usage: Usage }
  | { type: 'message-end'; finishReason: FinishReason; stopSequence?: string }
  | { type: 'error'; error: IrError };
