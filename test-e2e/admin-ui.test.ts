// The admin SPA end to end (SPEC §7.3) in headless Chromium against the whole gateway started as
// `npm run demo`: sign in, add a provider, a user and a key, send a request with that key, and find
// it in the logs, the dashboard and the leaderboard; trip a provider's breaker and reset it. Each page
// is saved as a screenshot.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logPageSize } from '../admin/src/api/admin-api.ts';
import { browserAvailable, openBrowser, screenshot } from './support/open-browser.ts';
import { startGateway, type Gateway } from './support/start-gateway.ts';

let gateway: Gateway;
let browser: Browser;
let page: Page;
let clientKey = '';

const providerName = 'e2e-mock';
const userName = 'e2e-user';

const runnable = browserAvailable();

beforeAll(async () => {
  if (!runnable) return;
  // scripts/dev.ts builds the SPA into admin/dist before it starts wrangler dev.
  [gateway, browser] = await Promise.all([startGateway(), openBrowser()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('dialog', (dialog) => void dialog.accept());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
});

const pageSize = logPageSize;

async function sendMessage(key: string, text: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${gateway.baseUrl}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 32, messages: [{ role: 'user', content: text }] }),
  });
  return { status: response.status, body: await response.json() };
}

const admin = (path: string) => `${gateway.baseUrl}/admin${path}`;
const field = (form: string, name: string) => page.locator(`[data-testid=${form}] [name="${name}"]`);
const fieldErrors = (form: string, name: string) => page.locator(`[data-testid=${form}] [data-field="${name}"] .field__error`);

describe.skipIf(!runnable)('admin SPA', () => {
  it('starts in Chinese and keeps English once chosen, across a reload', async () => {
    await page.goto(admin('/'));
    await page.waitForURL(/\/admin\/login$/);
    await expect(page.locator('[data-testid=login-form] h1').textContent()).resolves.toBe('cch-edge 管理后台');
    await screenshot(page, '01-login-zh');
    await page.selectOption('[data-testid=language-switch]', 'en');
    await page.reload();
    await expect(page.locator('[data-testid=login-form] button[type=submit]').textContent()).resolves.toBe('Sign in');
  });

  it('refuses a wrong admin token with a message, then signs in with the printed one', async () => {
    await page.fill('input[name=token]', 'not-the-admin-token');
    await page.click('[data-testid=login-form] button[type=submit]');
    await expect(page.locator('[data-testid=login-error]').textContent()).resolves.toBe('The admin token is not valid.');
    await screenshot(page, '02-login-refused');
    await page.fill('input[name=token]', gateway.adminToken);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForSelector('[data-testid=total-requests]');
    expect(new URL(page.url()).pathname).toBe('/admin');
  });

  it('checks provider fields before submitting and shows the API field errors next to them', async () => {
    await page.click('a[href="/admin/providers"]');
    await page.click('[data-testid=new-provider]');
    await page.click('[data-testid=provider-form] button[type=submit]');
    await expect(fieldErrors('provider-form', 'name').first().textContent()).resolves.toBe('Required');
    await expect(fieldErrors('provider-form', 'apiKey').first().textContent()).resolves.toBe('Required');

    await field('provider-form', 'name').fill(providerName);
    await field('provider-form', 'type').selectOption('claude');
    await field('provider-form', 'baseUrl').fill(gateway.mockUrl);
    await field('provider-form', 'apiKey').fill('mock-key-e2e');
    await field('provider-form', 'groupTag').fill('e2e');
    await field('provider-form', 'allowedModels').fill('claude-*\ncla*de');
    await page.click('[data-testid=provider-form] button[type=submit]');
    // Only the API knows a star must end a prefix: its 400 names allowedModels.1, the second line.
    await expect(fieldErrors('provider-form', 'allowedModels').first().textContent()).resolves.toMatch(/^#2: Use \* only at the end/);
    await screenshot(page, '03-provider-form-errors');

    await field('provider-form', 'allowedModels').fill('claude-*');
    await page.click('[data-testid=provider-form] button[type=submit]');
    const row = page.locator(`tr[data-provider="${providerName}"]`);
    await row.waitFor();
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe('claude');
  });

  it('shows each provider breaker state', async () => {
    const row = page.locator(`tr[data-provider="${providerName}"]`);
    await expect(row.locator('[data-testid=breaker-state]').getAttribute('data-status')).resolves.toBe('closed');
    await expect(row.locator('[data-testid=reset-breaker]').count()).resolves.toBe(0);
    await screenshot(page, '04-providers');
  });

  it('edits a provider without resending its API key, and deletes another', async () => {
    const row = page.locator(`tr[data-provider="${providerName}"]`);
    await row.getByRole('button', { name: 'Edit' }).click();
    await expect(field('provider-form', 'apiKey').inputValue()).resolves.toBe('');
    await field('provider-form', 'weight').fill('7');
    await field('provider-form', 'circuitBreakerFailureThreshold').fill('2');
    await page.click('[data-testid=provider-form] button[type=submit]');
    await page.locator('[data-testid=provider-form]').waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('td').nth(4).textContent()).toBe('7');

    await page.locator('tr[data-provider="demo-gemini-cli"]').getByRole('button', { name: 'Delete' }).click();
    await page.locator('tr[data-provider="demo-gemini-cli"]').waitFor({ state: 'detached' });
  });

  it('creates a user whose key limits the API holds to the user, and shows the new key once', async () => {
    await page.click('a[href="/admin/users"]');
    await page.click('[data-testid=new-user]');
    await field('user-form', 'name').fill(userName);
    await field('user-form', 'providerGroup').fill('e2e');
    await field('user-form', 'rpmLimit').fill('100');
    await page.click('[data-testid=user-form] button[type=submit]');
    const row = page.locator(`tr[data-user="${userName}"]`);
    await row.waitFor();
    await screenshot(page, '05-users');

    await row.locator('[data-testid=user-keys-link]').click();
    await page.click('[data-testid=new-key]');
    await field('key-form', 'name').fill('laptop');
    await field('key-form', 'rpmLimit').fill('1000');
    await page.click('[data-testid=key-form] button[type=submit]');
    await expect(fieldErrors('key-form', 'rpmLimit').first().textContent()).resolves.toBe("Must not exceed the user's rpmLimit of 100");
    await screenshot(page, '06-key-above-user-limit');

    await field('key-form', 'rpmLimit').fill('50');
    await page.click('[data-testid=key-form] button[type=submit]');
    await page.waitForSelector('[data-testid=key-created]');
    clientKey = await page.inputValue('[data-testid=created-key]');
    expect(clientKey).toMatch(/^cch_[A-Za-z0-9]{40}$/);
    await expect(page.locator('[data-testid=key-created] [role=alert]').textContent()).resolves.toContain('will not be shown again');
    await screenshot(page, '07-key-created');
    await page.click('[data-testid=close-created-key]');
    await expect(page.locator('tr[data-key="laptop"] .mono').textContent()).resolves.toBe(`cch_…${clientKey.slice(-4)}`);
    await expect(page.locator('[data-testid=created-key]').count()).resolves.toBe(0);

    await page.locator('tr[data-key="laptop"] [data-testid=reset-limits]').click();
    await expect(page.locator('[role=status]').textContent()).resolves.toBe('Spend windows of "laptop" reset.');
  });

  it('pages through the log by cursor and filters it down to the request sent with the new key', async () => {
    const sent = await sendMessage(clientKey, 'hello from e2e');
    expect(sent.status).toBe(200);
    expect(JSON.stringify(sent.body)).toContain('Mock reply to: hello from e2e');
    // One more request than a page holds, from the demo user, so the list needs its cursor.
    for (let batch = 0; batch < 10; batch++) {
      const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => sendMessage(gateway.demoKey, `demo ${batch * 5 + i}`)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    }

    await page.click('a[href="/admin/logs"]');
    const links = page.locator('[data-testid=log-link]');
    const loadMore = page.locator('[data-testid=load-more]');
    await expect.poll(async () => {
      await page.click('[data-testid=log-filters] button[type=submit]');
      await page.waitForTimeout(300);
      return loadMore.count();
    }, { timeout: 20_000, interval: 200 }).toBe(1);
    await expect(links.count()).resolves.toBe(pageSize);
    await loadMore.click();
    await expect.poll(() => links.count()).toBe(pageSize + 1);
    await expect(loadMore.count()).resolves.toBe(0);

    await page.selectOption('[data-testid=log-filters] select[name=userId]', { label: userName });
    await page.click('[data-testid=log-filters] button[type=submit]');
    await expect.poll(() => links.count()).toBe(1);
    await expect(page.locator('[data-testid=log-user]').textContent()).resolves.toBe(`${userName} / laptop`);
    await screenshot(page, '08-logs');
    await links.first().click();
    const chainRow = page.locator('[data-testid=chain-row]').first();
    await chainRow.waitFor();
    await expect(chainRow.locator('[data-testid=chain-provider]').textContent()).resolves.toBe(providerName);
    await expect(chainRow.locator('[data-testid=chain-outcome]').textContent()).resolves.toBe('success');
    await expect(chainRow.locator('[data-testid=status]').textContent()).resolves.toBe('200');
    await screenshot(page, '09-log-detail');
  });

  it('counts the requests on the dashboard and draws its charts', async () => {
    await page.click('a[href="/admin"]');
    await page.waitForSelector('[data-testid=chart-requests] canvas');
    await expect(page.locator('[data-testid=total-requests] .card__value').textContent()).resolves.toBe(String(pageSize + 1));
    await expect(page.locator('[data-testid=chart-cost] canvas').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid=chart-tokens] canvas').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid=provider-health]').textContent()).resolves.toContain(providerName);
    await screenshot(page, '10-dashboard');
  });

  it('ranks the users on the leaderboard by spend', async () => {
    await page.click('a[href="/admin/leaderboard"]');
    const rows = page.locator('[data-testid=leaderboard-row]');
    await expect.poll(() => rows.count()).toBe(2);
    await expect(rows.nth(0).locator('td').nth(1).textContent()).resolves.toBe('demo');
    await expect(rows.nth(0).locator('td').nth(2).textContent()).resolves.toBe(String(pageSize));
    await expect(rows.nth(1).locator('td').nth(1).textContent()).resolves.toBe(userName);
    await expect(rows.nth(1).locator('td').nth(2).textContent()).resolves.toBe('1');
    await screenshot(page, '11-leaderboard');
  });

  it('shows a breaker tripped by failing requests as open, and resets it', async () => {
    // The mock answers the provider's key with a 500 until told otherwise: two failures trip a
    // breaker whose threshold the edit above set to 2.
    const scenarios = `${gateway.mockUrl}/__mock/scenarios`;
    const scripted = await fetch(scenarios, { method: 'POST', body: JSON.stringify({ match: { apiKey: 'mock-key-e2e' }, status: 500, always: true }) });
    expect(scripted.status).toBe(200);
    try {
      for (let i = 0; i < 2; i++) expect((await sendMessage(clientKey, `failing ${i}`)).status).toBeGreaterThanOrEqual(500);
    } finally {
      await fetch(scenarios, { method: 'DELETE' });
    }
    const refused = await sendMessage(clientKey, 'while open');
    expect(refused.status).toBe(503);

    await page.click('a[href="/admin/providers"]');
    const row = page.locator(`tr[data-provider="${providerName}"]`);
    const breaker = row.locator('[data-testid=breaker-state]');
    await expect.poll(() => breaker.getAttribute('data-status')).toBe('open');
    await expect(breaker.textContent()).resolves.toMatch(/\d+\/2 failures/);
    await screenshot(page, '12-breaker-open');
    await row.locator('[data-testid=reset-breaker]').click();
    await expect(page.locator('[role=status]').textContent()).resolves.toBe(`Breaker of "${providerName}" reset.`);
    await expect.poll(() => breaker.getAttribute('data-status')).toBe('closed');
    await expect(row.locator('[data-testid=reset-breaker]').count()).resolves.toBe(0);
    expect((await sendMessage(clientKey, 'after the reset')).status).toBe(200);
  });

  it('logs out back to the sign-in page, and the API no longer accepts the browser', async () => {
    await page.click('[data-testid=logout]');
    await page.waitForURL(/\/admin\/login$/);
    await page.goto(admin('/logs'));
    await page.waitForURL(/\/admin\/login$/);
  });
});
