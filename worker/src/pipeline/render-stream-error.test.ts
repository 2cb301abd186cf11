import { describe, expect, it } from 'vitest';
import { renderStreamError } from './render-stream-error.ts';

describe('renderStreamError', () => {
  it('ends each format with its own error events, the message carrying the request id', () => {
    expect(renderStreamError('anthropic', 'timeout', 'Request timeout', 'req_1')).toMatch(
      /^event: error\ndata: \{"type":"error","error":\{"type":"timeout_error","message":"Request timeout \(request id: req_1\)"\}\}\n\n$/,
    );
    const responses = renderStreamError('openai-responses', 'upstream', 'Upstream stream failed', 'req_2');
    expect(responses).toContain('event: error\n');
    // Codex reads only response.failed.
    expect(responses).toMatch(/event: response\.failed\ndata: .*"status":"failed".*Upstream stream failed \(request id: req_2\)/);
    expect(renderStreamError('gemini', 'timeout', 'Request timeout', 'req_3')).toBe(
      'data: {"error":{"code":504,"message":"Request timeout (request id: req_3)","status":"DEADLINE_EXCEEDED"}}\n\n',
    );
    expect(renderStreamError('openai-chat', 'timeout', 'Request timeout', 'req_4')).toMatch(/^data: \{"error":\{"message":"Request timeout \(request id: req_4\)"/);
  });
});
