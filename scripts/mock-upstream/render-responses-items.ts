// The output items of a Responses reply (reasoning, message, function calls) and the stream events
// that build them, before sequence numbers are assigned.
import type { ReplyPlan } from './plan-reply.ts';
import { splitEvenly, splitWords } from './split-text.ts';

type Json = Record<string, unknown>;

export interface ItemOptions {
  /** Set when the request's `include` asked for `reasoning.encrypted_content`. */
  encryptedReasoning: string | undefined;
}

export function renderResponsesItems(plan: ReplyPlan, options: ItemOptions): { items: Json[]; events: Json[] } {
  const items: Json[] = [];
  const events: Json[] = [];
  const add = (built: { item: Json; events: Json[] }) => {
    items.push(built.item);
    events.push(...built.events);
  };
  if (plan.reasoningText !== '') add(reasoningItem(plan, items.length, options));
  if (plan.text !== '' || plan.toolCalls.length === 0) add(messageItem(plan, items.length));
  plan.toolCalls.forEach((_, index) => add(functionCallItem(plan, index, items.length)));
  return { items, events };
}

function reasoningItem(plan: ReplyPlan, outputIndex: number, options: ItemOptions): { item: Json; events: Json[] } {
  const id = `rs_${plan.seed.slice(0, 32)}`;
  const text = plan.reasoningText;
  const summary = plan.showReasoning ? [{ type: 'summary_text', text }] : [];
  const encrypted = options.encryptedReasoning === undefined ? {} : { encrypted_content: options.encryptedReasoning };
  const item = { id, type: 'reasoning', summary, ...encrypted };
  const at = { item_id: id, output_index: outputIndex, summary_index: 0 };
  const summaryEvents = plan.showReasoning
    ? [
        { type: 'response.reasoning_summary_part.added', ...at, part: { type: 'summary_text', text: '' } },
        ...splitWords(text).map((delta) => ({ type: 'response.reasoning_summary_text.delta', ...at, delta })),
        { type: 'response.reasoning_summary_text.done', ...at, text },
        { type: 'response.reasoning_summary_part.done', ...at, part: { type: 'summary_text', text } },
      ]
    : [];
  return {
    item,
    events: [
      { type: 'response.output_item.added', output_index: outputIndex, item: { id, type: 'reasoning', summary: [], ...encrypted } },
      ...summaryEvents,
      { type: 'response.output_item.done', output_index: outputIndex, item },
    ],
  };
}

function messageItem(plan: ReplyPlan, outputIndex: number): { item: Json; events: Json[] } {
  const id = `msg_${plan.seed.slice(0, 32)}`;
  const part = { type: 'output_text', text: plan.text, annotations: [], logprobs: [] };
  const item = { id, type: 'message', status: 'completed', role: 'assistant', content: [part] };
  const at = { item_id: id, output_index: outputIndex, content_index: 0 };
  return {
    item,
    events: [
      { type: 'response.output_item.added', output_index: outputIndex, item: { ...item, status: 'in_progress', content: [] } },
      { type: 'response.content_part.added', ...at, part: { ...part, text: '' } },
      ...splitWords(plan.text).map((delta) => ({ type: 'response.output_text.delta', ...at, delta, logprobs: [] })),
      { type: 'response.output_text.done', ...at, text: plan.text, logprobs: [] },
      { type: 'response.content_part.done', ...at, part },
      { type: 'response.output_item.done', output_index: outputIndex, item },
    ],
  };
}

function functionCallItem(plan: ReplyPlan, index: number, outputIndex: number): { item: Json; events: Json[] } {
  const call = plan.toolCalls[index];
  if (call === undefined) throw new Error(`no tool call ${index}`);
  const id = `fc_${call.id}`;
  const args = JSON.stringify(call.arguments);
  const item = { id, type: 'function_call', status: 'completed', arguments: args, call_id: `call_${call.id}`, name: call.name };
  const at = { item_id: id, output_index: outputIndex };
  return {
    item,
    events: [
      { type: 'response.output_item.added', output_index: outputIndex, item: { ...item, status: 'in_progress', arguments: '' } },
      ...splitEvenly(args, 3).map((delta) => ({ type: 'response.function_call_arguments.delta', ...at, delta })),
      { type: 'response.function_call_arguments.done', ...at, name: call.name, arguments: args },
      { type: 'response.output_item.done', output_index: outputIndex, item },
    ],
  };
}
