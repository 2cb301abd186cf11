// Reads the upstream's answer to a connection test with the provider format's codec: the model that
// answered and the start of its text, or the vendor's error message.
import { codecFor } from '../formats/codecs.ts';
import type { WireFormat } from '../formats/format.ts';

export type TestReply = { ok: true; model: string | null; text: string } | { ok: false; error: string };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A 2xx body the codec can read is a pass; anything else is a failure with the vendor's message. */
export function readTestReply(format: WireFormat, status: number, bodyText: string): TestReply {
  const codec = codecFor(format);
  const body = parseJson(bodyText);
  if (status < 200 || status >= 300) {
    const error = codec.parseError(status, body ?? bodyText);
    const message = error.message.trim() === '' ? bodyText.trim() : error.message;
    return { ok: false, error: message === '' ? `HTTP ${status}` : message };
  }
  if (body === undefined) return { ok: false, error: `HTTP ${status} with a body that is not JSON` };
  try {
    const response = codec.parseResponse(body);
    const text = response.content
      .flatMap((block) => (block.type === 'text' ? [block.text] : []))
      .join('');
    return { ok: true, model: response.model === '' ? null : response.model, text };
  } catch (error) {
    return { ok: false, error: `HTTP ${status} with an unreadable ${format} reply: ${error instanceof Error ? error.message : String(error)}` };
  }
}
