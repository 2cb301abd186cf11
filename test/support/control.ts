// Calls the Node-side control server (global-setup.ts) from inside workerd.
import { env } from 'cloudflare:test';

export async function control(action: 'db/stop' | 'db/start'): Promise<void> {
  const response = await fetch(`${env.TEST_CONTROL_URL}/${action}`, { method: 'POST' });
  if (!response.ok) throw new Error(`control ${action} failed: ${response.status}`);
}
