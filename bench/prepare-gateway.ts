// Points the demo data at the benchmark through the gateway's own admin API: every request goes to the
// demo Anthropic provider (so Messages requests pass through and Chat Completions requests are
// converted), and one model goes to the large-stream upstream.
export const largeStreamModel = 'bench-large-stream';

interface ProviderItem {
  id: number;
  name: string;
}

async function admin(baseUrl: string, token: string, path: string, init: { method: string; body?: unknown }): Promise<unknown> {
  const response = await fetch(`${baseUrl}/api/admin${path}`, {
    method: init.method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`admin ${init.method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

export async function prepareGateway(gatewayUrl: string, adminToken: string, largeStreamUrl: string): Promise<void> {
  const listed = (await admin(gatewayUrl, adminToken, '/providers', { method: 'GET' })) as { providers: ProviderItem[] };
  for (const provider of listed.providers) {
    const body = provider.name === 'demo-claude' ? { enabled: true, priority: 1 } : { enabled: false };
    await admin(gatewayUrl, adminToken, `/providers/${provider.id}`, { method: 'PATCH', body });
  }
  if (!listed.providers.some((p) => p.name === 'demo-claude')) throw new Error('the demo data has no demo-claude provider');
  await admin(gatewayUrl, adminToken, '/providers', {
    method: 'POST',
    body: { name: 'bench-large-stream', type: 'claude', baseUrl: largeStreamUrl, apiKey: 'bench-large-stream', priority: 0, allowedModels: [largeStreamModel] },
  });
}
