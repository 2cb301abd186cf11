// A smart probe (SPEC §4.6) of a provider behind an outbound proxy (§4.8) goes through that proxy,
// with the stored proxy password, as the provider's requests do.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { runProbe } from '../durable-objects/provider-gate/run-probe.ts';
import { encryptSecret } from '../worker/src/crypto/encrypt-secret.ts';

const proxies = JSON.parse(env.OUTBOUND_PROXIES) as {
  socks5Auth: string;
  credentials: { username: string; password: string };
  statsUrl: string;
};
const opened = async () => ((await (await fetch(proxies.statsUrl)).json()) as { socks5Auth: { opened: number; refused: number } }).socks5Auth;

async function probeWith(password: string) {
  const url = proxies.socks5Auth.replace('://', `://${proxies.credentials.username}@`);
  return runProbe(
    {
      type: 'openai-compatible',
      baseUrl: env.MOCK_UPSTREAM_URL,
      apiKeyEncrypted: await encryptSecret('sk-probe', env.ENCRYPTION_KEY),
      customHeaders: {},
      proxy: { url, passwordEncrypted: await encryptSecret(password, env.ENCRYPTION_KEY), fallbackToDirect: false },
    },
    { ENCRYPTION_KEY: env.ENCRYPTION_KEY, timeoutMs: 5_000 },
  );
}

describe('a smart probe behind a proxy', () => {
  it('tunnels through it with the stored password', async () => {
    const before = await opened();
    await expect(probeWith(proxies.credentials.password)).resolves.toEqual({ ok: true, status: 200 });
    expect((await opened()).opened).toBe(before.opened + 1);
  });

  it('fails when the proxy refuses the password, without falling back to direct', async () => {
    const before = await opened();
    const result = await probeWith('not-the-password');
    expect(result.ok).toBe(false);
    expect((await opened()).refused).toBe(before.refused + 1);
  });
});
