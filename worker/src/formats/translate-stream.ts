// Runs stream steps as TransformStreams: upstream SSE → neutral events → client SSE, without buffering.
import type { SseEvent } from '../sse/sse-event.ts';
import type { Codec, RenderContext, StreamStep } from './ir/codec.ts';

export const toTransformStream = <I, O>(step: StreamStep<I, O>): TransformStream<I, O> =>
  new TransformStream<I, O>({
    transform(input, controller) {
      for (const output of step.push(input)) controller.enqueue(output);
    },
    flush(controller) {
      for (const output of step.finish()) controller.enqueue(output);
    },
  });

/** Chains two steps into one, so each input's output reaches the end in the same call. */
export const chainSteps = <A, B, C>(first: StreamStep<A, B>, second: StreamStep<B, C>): StreamStep<A, C> => ({
  push: (input) => first.push(input).flatMap((middle) => second.push(middle)),
  finish: () => [...first.finish().flatMap((middle) => second.push(middle)), ...second.finish()],
});

/** The step converting a provider's SSE events into a client's SSE events. */
export const createStreamTranslation = (
  provider: Codec,
  client: Codec,
  context: RenderContext = {},
): StreamStep<SseEvent, SseEvent> => chainSteps(provider.createStreamParser(), client.createStreamRenderer(context));

