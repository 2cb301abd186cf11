// OpenAI Responses wire format (platform.openai.com/docs/api-reference/responses and
// /responses-streaming): items, content parts, reasoning summaries, numbered stream events.
import { arrayField, collectText, isRecord, stringField, textOfContent } from './conversation.ts';
import type { Conversation } from './conversation.ts';
import { errorMessageOf, opaqueToken } from './generation-format.ts';
import type { GenerationFormat, MockCall, MockError, StreamFrame } from './generation-format.ts';
import { openaiErrorBody, openaiErrorObject } from './openai-error.ts';
import { planReply } from './plan-reply.ts';
import type { ReplyPlan } from './plan-reply.ts';
import { renderResponsesItems } from './render-responses-items.ts';
import { totalInputTokens } from './usage.ts';

export function readResponsesConversation(body: unknown): Conversation {
  const input = isRecord(body) ? body.input : undefined;
  const items = typeof input === 'string' ? [{ role: 'user', content: input }] : arrayField(body, 'input');
  const outputs = trailingToolOutputs(items);
  const reasoning = isRecord(body) && isRecord(body.reasoning) ? body.reasoning : undefined;
  const effort = stringField(reasoning, 'effort');
  return {
    model: stringField(body, 'model') ?? '',
    lastUserText: outputs.length > 0 ? outputs.join('\n') : lastTextPart(items.at(-1)),
    lastTurnIsToolResult: outputs.length > 0,
    tools: arrayField(body, 'tools')
      .filter((tool) => stringField(tool, 'type') === 'function')
      .map((tool) => ({ name: stringField(tool, 'name') ?? '', schema: isRecord(tool) ? tool.parameters : {} })),
    reasoning: { enabled: reasoning !== undefined && effort !== 'none', visible: typeof reasoning?.summary === 'string' },
    promptText: collectText(isRecord(body) ? [body.instructions, body.input, body.tools] : []),
  };
}

/** The outputs of the function calls answered at the end of the input (parallel calls give several). */
function trailingToolOutputs(items: unknown[]): string[] {
  const outputs: string[] = [];
  for (let i = items.length - 1; i >= 0 && stringField(items[i], 'type') === 'function_call_output'; i--) {
    const item = items[i];
    outputs.unshift(textOfContent(isRecord(item) ? item.output : ''));
  }
  return outputs;
}

function lastTextPart(message: unknown): string {
  const content = isRecord(message) ? message.content : undefined;
  if (typeof content === 'string') return content;
  return stringField(arrayField(message, 'content').filter((part) => stringField(part, 'text') !== undefined).at(-1), 'text') ?? '';
}

export function responsesUsage(plan: ReplyPlan): Record<string, unknown> {
  const input = totalInputTokens(plan.usage);
  const output = plan.usage.output + plan.usage.reasoning;
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: plan.usage.cacheRead },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: plan.usage.reasoning },
    total_tokens: input + output,
  };
}

function responseObject(plan: Pick<ReplyPlan, 'seed' | 'model'>, call: MockCall, state: Record<string, unknown>): Record<string, unknown> {
  const body = isRecord(call.body) ? call.body : {};
  return {
    id: `resp_${plan.seed.slice(0, 32)}`,
    object: 'response',
    created_at: Math.floor(call.now / 1000),
    status: 'in_progress',
    background: false,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    model: plan.model,
    output: [],
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    previous_response_id: body.previous_response_id ?? null,
    prompt_cache_key: body.prompt_cache_key ?? null,
    reasoning: body.reasoning ?? { effort: null, summary: null },
    store: body.store ?? true,
    temperature: body.temperature ?? 1,
    text: body.text ?? { format: { type: 'text' } },
    tool_choice: body.tool_choice ?? 'auto',
    tools: body.tools ?? [],
    top_p: body.top_p ?? 1,
    truncation: 'disabled',
    usage: null,
    metadata: body.metadata ?? {},
    ...state,
  };
}

function options(plan: ReplyPlan, call: MockCall) {
  const include = arrayField(call.body, 'include');
  return { encryptedReasoning: include.includes('reasoning.encrypted_content') ? opaqueToken('reasoning', plan.seed) : undefined };
}

function renderResponse(plan: ReplyPlan, call: MockCall): unknown {
  const { items } = renderResponsesItems(plan, options(plan, call));
  return responseObject(plan, call, { status: 'completed', completed_at: Math.floor(call.now / 1000), output: items, usage: responsesUsage(plan) });
}

function renderStream(plan: ReplyPlan, call: MockCall): StreamFrame[] {
  const { items, events } = renderResponsesItems(plan, options(plan, call));
  const completed = responseObject(plan, call, {
    status: 'completed',
    completed_at: Math.floor(call.now / 1000),
    output: items,
    usage: responsesUsage(plan),
  });
  const all: Array<Record<string, unknown>> = [
    { type: 'response.created', response: responseObject(plan, call, {}) },
    { type: 'response.in_progress', response: responseObject(plan, call, {}) },
    ...events,
    { type: 'response.completed', response: completed },
  ];
  return all.map((event, index) => ({ event: String(event.type), data: { ...event, sequence_number: index } }));
}

function renderStreamError(error: MockError, index: number, call: MockCall, event: 'failed' | 'error'): StreamFrame {
  const object = openaiErrorObject(error);
  if (event === 'error') {
    return { event: 'error', data: { type: 'error', code: object.code ?? object.type, message: object.message, param: null, sequence_number: index } };
  }
  // Planning again yields the same seed, so the failed response keeps the id response.created announced.
  const plan = planReply(readResponsesConversation(call.body));
  const response = responseObject(plan, call, { status: 'failed', error: { code: object.code ?? 'server_error', message: errorMessageOf(error) } });
  return { event: 'response.failed', data: { type: 'response.failed', response, sequence_number: index } };
}

/** Builds the Responses format; the in-stream error event kind comes from the scenario. */
export function openaiResponsesFormat(streamErrorEvent: 'failed' | 'error' = 'failed'): GenerationFormat {
  return {
    isStream: (call) => isRecord(call.body) && call.body.stream === true,
    encoding: () => 'sse',
    readConversation: (call) => readResponsesConversation(call.body),
    renderResponse,
    renderStream,
    renderStreamError: (error, index, call) => renderStreamError(error, index, call, streamErrorEvent),
    renderError: (error) => ({ status: error.status, body: openaiErrorBody(error) }),
  };
}
