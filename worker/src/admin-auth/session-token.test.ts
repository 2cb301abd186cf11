import { describe, expect, it } from 'vitest';
import { signSession, verifySession } from './session-token.ts';

const token = 't'.repeat(40);
const now = Date.UTC(2026, 10, 22, 4, 0, 0);

describe('admin session tokens', () => {
  it('verifies a session it signed until the expiry, not after', async () => {
    const session = await signSession(token, now, 60_000);
    expect(session.expiresAt).toBe(now + 60_000);
    expect(await verifySession(session.value, token, now + 59_999)).toBe(true);
    expect(await verifySession(session.value, token, now + 60_000)).toBe(false);
  });

  it('rejects a session signed under another ADMIN_TOKEN', async () => {
    const session = await signSession(token, now, 60_000);
    expect(await verifySession(session.value, 'u'.repeat(40), now)).toBe(false);
  });

  it('rejects a session whose expiry was pushed forward', async () => {
    const session = await signSession(token, now, 60_000);
    const [v, , nonce, signature] = session.value.split('.');
    const forged = [v, String(now + 10 * 60_000), nonce, signature].join('.');
    expect(await verifySession(forged, token, now + 120_000)).toBe(false);
  });

  it('rejects malformed values', async () => {
    for (const value of ['', 'v1', 'v1.1.2', 'v2.9999999999999.a.b', 'v1.x.a.b', 'v1.9999999999999.a.!!']) {
      expect(await verifySession(value, token, now)).toBe(false);
    }
  });
});
