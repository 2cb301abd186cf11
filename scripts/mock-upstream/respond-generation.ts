// Serves one generation request in any format: plan the reply, then send it whole or as a scripted stream.
import type { GenerationFormat, MockCall } from './generation-format.ts';
import { planReply } from './plan-reply.ts';
import type { ReplyPlan } from './plan-reply.ts';
import { sendJson, sendStream } from './respond.ts';
import type { ResponseContext } from './respond.ts';
import { scriptStream } from './stream-script.ts';
import type { MockUsage } from './usage.ts';

export interface MockDefaults {
  /** Usage fields every reply reports unless a scenario overrides them. */
  usage?: Partial<MockUsage>;
}

export function planFor(format: GenerationFormat, call: MockCall, ctx: ResponseContext, defaults: MockDefaults): ReplyPlan {
  return planReply(format.readConversation(call), {
    text: ctx.scenario?.text,
    usage: [defaults.usage, ctx.scenario?.usage],
  });
}

export async function respondGeneration(
  format: GenerationFormat,
  call: MockCall,
  ctx: ResponseContext,
  defaults: MockDefaults,
): Promise<void> {
  const plan = planFor(format, call, ctx, defaults);
  if (!format.isStream(call)) {
    await sendJson(ctx, format.renderResponse(plan, call));
    return;
  }
  const encoding = format.encoding(call);
  const script = scriptStream(format.renderStream(plan, call), encoding, {
    scenario: ctx.scenario,
    renderStreamError: (error, index) => format.renderStreamError(error, index, call),
  });
  await sendStream(ctx, script, encoding);
}
