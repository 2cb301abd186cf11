// An error as the client format's own stream events, for failures after the stream has begun
// (SPEC §4.7): rendered by the format's codec, so it matches what converted streams send.
import { errorStatus, type ErrorKind } from '../errors.ts';
import type { WireFormat } from '../formats/format.ts';
import { codecFor } from '../formats/codecs.ts';
import { withRequestId } from '../render-error.ts';
import { encodeSseEvent } from '../sse/encode-sse.ts';

export function renderStreamError(format: WireFormat, kind: ErrorKind, message: string, requestId: string): string {
  const events = codecFor(format)
    .createStreamRenderer()
    .push({ type: 'error', error: { status: errorStatus[kind], message: withRequestId(message, requestId) } });
  return events.map(encodeSseEvent).join('');
}
