import { describe, expect, it } from 'vitest';
import { parseUpstashRequest } from './upstash-parse-request.ts';

function parse(method: string, path: string, body: string | Buffer = '') {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return parseUpstashRequest({ method, url: new URL(path, 'http://bridge.test'), body: bytes });
}

describe('parseUpstashRequest', () => {
  it('reads a JSON command array posted to the root', () => {
    expect(parse('POST', '/', '["SET","k","v","EX",100,true]')).toEqual({
      ok: true,
      request: { kind: 'command', command: ['SET', 'k', 'v', 'EX', '100', 'true'] },
    });
  });

  it('reads path-style commands and decodes percent-encoded segments', () => {
    expect(parse('GET', '/get/user%3A%C3%A9%2F1')).toEqual({
      ok: true,
      request: { kind: 'command', command: ['get', 'user:é/1'] },
    });
  });

  it('appends a POST body as the last path argument, then the query parameters', () => {
    const body = Buffer.from([0xff, 0x00, 0xfe]);
    const parsed = parse('POST', '/set/k?EX=100&NX&_token=secret', body);
    expect(parsed).toEqual({
      ok: true,
      request: { kind: 'command', command: ['set', 'k', body, 'EX', '100', 'NX'] },
    });
  });

  it('reads pipelines and transactions as lists of commands', () => {
    const body = '[["SET","a",1],["INCR","a"]]';
    const commands = [['SET', 'a', '1'], ['INCR', 'a']];
    expect(parse('POST', '/pipeline', body)).toEqual({ ok: true, request: { kind: 'pipeline', commands } });
    expect(parse('POST', '/multi-exec', body)).toEqual({ ok: true, request: { kind: 'multi-exec', commands } });
  });

  it('treats pipeline as an ordinary key when it is not the whole path', () => {
    expect(parse('GET', '/get/pipeline')).toEqual({
      ok: true,
      request: { kind: 'command', command: ['get', 'pipeline'] },
    });
  });

  it('rejects methods Upstash does not allow with 405', () => {
    expect(parse('DELETE', '/del/k')).toEqual({ ok: false, status: 405, error: 'Method not allowed' });
  });

  it.each([
    ['an empty root request', 'GET', '/', ''],
    ['a body that is not JSON', 'POST', '/', '["GET",'],
    ['an empty command array', 'POST', '/', '[]'],
    ['a command name that is not a string', 'POST', '/', '[1,"k"]'],
    ['an object argument', 'POST', '/', '["SET","k",{"a":1}]'],
    ['an empty pipeline', 'POST', '/pipeline', '[]'],
    ['a pipeline entry that is not an array', 'POST', '/pipeline', '[["GET","k"],"PING"]'],
    ['a transaction without a body', 'GET', '/multi-exec', ''],
    ['a malformed percent escape', 'GET', '/get/%E0%A4%A', ''],
  ])('answers 400 for %s', (_name, method, path, body) => {
    const parsed = parse(method, path, body);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? 0 : parsed.status).toBe(400);
    expect(parsed.ok ? '' : parsed.error).toMatch(/^ERR /);
  });
});
