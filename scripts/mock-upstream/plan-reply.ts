// Decides what the mock answers: a deterministic function of the conversation, whatever the wire format.
import { createHash } from 'node:crypto';
import type { Conversation, ToolSpec } from './conversation.ts';
import { fakeArguments } from './fake-arguments.ts';
import { estimateTokens, resolveUsage } from './usage.ts';
import type { MockUsage } from './usage.ts';

export interface PlannedToolCall {
  /** Stable suffix the formats turn into their own id styles (toolu_…, call_…). */
  id: string;
  name: string;
  arguments: Record<string, unknown>;
}

export interface ReplyPlan {
  model: string;
  /** Present when the request enabled reasoning; `showReasoning` says whether the client sees it. */
  reasoningText: string;
  showReasoning: boolean;
  text: string;
  toolCalls: PlannedToolCall[];
  usage: MockUsage;
  /** Hex digest of the conversation: ids derived from it repeat for the same request. */
  seed: string;
}

export interface ReplyOverrides {
  text?: string;
  usage?: Array<Partial<MockUsage> | undefined>;
}

const ASK_FOR_A_TOOL = /\b(use|call|run)\b.*\btools?\b/i;

export function planReply(conversation: Conversation, overrides: ReplyOverrides = {}): ReplyPlan {
  const seed = createHash('sha256').update(`${conversation.model}\n${conversation.promptText}`).digest('hex');
  const toolCalls = conversation.lastTurnIsToolResult ? [] : chooseTools(conversation).map((tool, index) => ({
    id: `${seed.slice(0, 20)}${index}`,
    name: tool.name,
    arguments: fakeArguments(tool.schema),
  }));
  const text = overrides.text ?? defaultText(conversation, toolCalls.length > 0);
  const reasoningText = conversation.reasoning.enabled ? `Considering: ${shorten(conversation.lastUserText, 80)}` : '';
  const estimate: MockUsage = {
    input: Math.max(1, estimateTokens(conversation.promptText)),
    output: Math.max(1, estimateTokens(text + toolCalls.map((call) => call.name + JSON.stringify(call.arguments)).join(''))),
    cacheRead: 0,
    cacheWrite5m: 0,
    cacheWrite1h: 0,
    reasoning: estimateTokens(reasoningText),
  };
  return {
    model: conversation.model,
    reasoningText,
    showReasoning: conversation.reasoning.enabled && conversation.reasoning.visible,
    text,
    toolCalls,
    usage: resolveUsage(estimate, ...(overrides.usage ?? [])),
    seed,
  };
}

/** Tools named in the user's text, in declaration order; the first tool when the text asks for "a tool". */
function chooseTools(conversation: Conversation): ToolSpec[] {
  const text = conversation.lastUserText.toLowerCase();
  const named = conversation.tools.filter((tool) => tool.name.length > 0 && text.includes(tool.name.toLowerCase()));
  if (named.length > 0) return named;
  const first = conversation.tools[0];
  return first !== undefined && ASK_FOR_A_TOOL.test(conversation.lastUserText) ? [first] : [];
}

function defaultText(conversation: Conversation, callsTools: boolean): string {
  if (callsTools) return '';
  if (conversation.lastTurnIsToolResult) return `Got the tool result: ${shorten(conversation.lastUserText, 120)}`;
  if (conversation.lastUserText.trim() === '') return 'Mock reply.';
  return `Mock reply to: ${shorten(conversation.lastUserText, 200)}`;
}

function shorten(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}
