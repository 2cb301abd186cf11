// The active-sessions and rate-limit pages and the provider "Test connection" button (SPEC §4.9, §7.3)
// in headless Chromium against the gateway started as `npm run demo`: the demo key gets an RPM limit
// of 1, sends one served and one refused request in one session, and both show up in the pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openBrowser, screenshot } from './support/open-browser.ts';
import { startGateway, type Gateway } from './support/start-gateway.ts';

let gateway: Gateway;
let browser: Browser;
let page: Page;

const runnable = browserAvailable();
const sessionId = `e2e-session-${Date.now().toString(36)}`;

beforeAll(async () => {
  if (!runnable) return;
  [gateway, browser] = await Promise.all([startGateway(), openBrowser()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
});

const admin = (path: string) => `${gateway.baseUrl}/admin${path}`;

async function adminApi<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${gateway.baseUrl}/api/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${gateway.adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function sendMessage(): Promise<number> {
  const response = await fetch(`${gateway.baseUrl}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': gateway.demoKey, 'anthropic-version': '2023-06-01', 'content-type': 'application/json', 'x-claude-code-session-id': sessionId },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 32, messages: [{ role: 'user', content: 'hello from the sessions page test' }] }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe.skipIf(!runnable)('sessions, rate limits and test connection', () => {
  it('gives the demo key an RPM of 1, so its second request in a minute is refused', async () => {
    const { users } = await adminApi<{ users: { id: number; name: string }[] }>('GET', '/users');
    const demo = users.find((u) => u.name === 'demo');
    expect(demo).toBeDefined();
    const { keys } = await adminApi<{ keys: { id: number; lastFour: string }[] }>('GET', `/users/${demo?.id}/keys`);
    const key = keys.find((k) => k.lastFour === gateway.demoKey.slice(-4));
    expect(key).toBeDefined();
    await adminApi('PATCH', `/keys/${key?.id}`, { rpmLimit: 1 });
    expect([await sendMessage(), await sendMessage()]).toEqual([200, 429]);
  });

  it('signs in and lists the session with both requests, linked to its log', async () => {
    await page.goto(admin('/login'));
    await page.fill('input[name=token]', gateway.adminToken);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForSelector('[data-testid=total-requests]');
    await page.selectOption('[data-testid=language-switch]', 'en');

    await page.click('a[href="/admin/sessions"]');
    const row = page.locator(`tr[data-session="${sessionId}"]`);
    // Log rows reach Postgres through the outbox shortly after each response.
    await expect.poll(async () => {
      await page.click('[data-testid=sessions-refresh]');
      await page.waitForTimeout(300);
      const cell = row.locator('[data-testid=session-requests]');
      return (await cell.count()) > 0 ? cell.textContent() : null;
    }, { timeout: 20_000, interval: 200 }).toBe('2');
    await expect(row.textContent()).resolves.toContain('demo');
    await screenshot(page, 'sessions-01-active-sessions');

    await row.locator('[data-testid=session-logs]').click();
    await page.waitForURL(/\/admin\/logs\?sessionId=/);
    await expect(page.locator('[data-testid=log-filters] [name="sessionId"]').inputValue()).resolves.toBe(sessionId);
    await expect.poll(() => page.locator('[data-testid=log-link]').count()).toBe(2);
    await screenshot(page, 'sessions-02-session-logs');
  });

  it('shows the refusal by limit type and by user, with a chart', async () => {
    await page.click('a[href="/admin/rate-limits"]');
    const rpm = page.locator('[data-testid=rate-limits-by-type] tr[data-limit="rpm"]');
    await rpm.waitFor();
    await expect(rpm.locator('[data-testid=limit-events]').textContent()).resolves.toBe('1');
    await expect(rpm.textContent()).resolves.toContain('Requests per minute');
    const demoRow = page.locator('[data-testid=rate-limits-by-user] tr[data-user="demo"]');
    await expect(demoRow.textContent()).resolves.toContain('Requests per minute: 1');
    await page.waitForSelector('[data-testid=rate-limits-chart] canvas');
    await screenshot(page, 'sessions-03-rate-limits');
  });

  it('tests the demo provider’s connection and shows status, latency and model', async () => {
    await page.click('a[href="/admin/providers"]');
    const row = page.locator('tr[data-provider="demo-claude"]');
    await row.locator('[data-testid=test-connection]').click();
    const dialog = page.locator('[data-testid=test-connection-dialog]');
    await dialog.waitFor();
    await expect(dialog.locator('[data-testid=test-result]').getAttribute('data-ok')).resolves.toBe('true');
    await expect(dialog.locator('[data-testid=test-status]').textContent()).resolves.toBe('200');
    await expect(dialog.locator('[data-testid=test-model]').textContent()).resolves.toBe('claude-haiku-4-5');
    await expect(dialog.locator('[data-testid=test-latency]').textContent()).resolves.toMatch(/^\d[\d,]* ms$/);
    await screenshot(page, 'sessions-04-test-connection');
    await dialog.locator('[data-testid=close-test]').click();
    await dialog.waitFor({ state: 'detached' });
  });
});
