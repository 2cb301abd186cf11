import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './log.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

function captured(spy: { mock: { calls: unknown[][] } }): Record<string, unknown>[] {
  return spy.mock.calls.map((call) => JSON.parse(String(call[0])) as Record<string, unknown>);
}

describe('createLogger', () => {
  it('writes JSON lines with numeric levels, time, msg and context fields', () => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    const log = createLogger('debug', { requestId: 'req_1' }).child({ providerId: 3 });
    log.info('Request served', { statusCode: 200, durationMs: 12 });
    expect(captured(out)).toEqual([
      { level: 30, time: expect.any(Number), msg: 'Request served', requestId: 'req_1', providerId: 3, statusCode: 200, durationMs: 12 },
    ]);
  });

  it('drops lines below LOG_LEVEL and sends warnings and errors to their streams', () => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = createLogger('warn');
    log.debug('hidden');
    log.info('hidden');
    log.warn('careful');
    log.fatal('down', { error: new TypeError('boom') });
    expect(out).not.toHaveBeenCalled();
    expect(captured(warn).map((l) => l.level)).toEqual([40]);
    expect(captured(error)).toEqual([{ level: 60, time: expect.any(Number), msg: 'down', error: 'TypeError: boom' }]);
    expect(log.enabled('error')).toBe(true);
    expect(log.enabled('info')).toBe(false);
  });
});
