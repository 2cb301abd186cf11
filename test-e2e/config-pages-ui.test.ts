// The admin configuration pages end to end (SPEC §7.3) in headless Chromium against the whole gateway
// started as `npm run demo`: settings that persist and show the API's field errors, prices edited and
// synced, a sensitive word that refuses a real request until it is disabled (§8.1), and a user's and
// a key's usage bars rising after a request (§5). Each page is saved as a screenshot.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openBrowser, screenshot } from './support/open-browser.ts';
import { startGateway, type Gateway } from './support/start-gateway.ts';

let gateway: Gateway;
let browser: Browser;
let page: Page;
let priceServer: Server | undefined;

const runnable = browserAvailable();
const syncedModel = 'e2e-synced-model';

/** A price document server the gateway's price sync can read. */
function servePriceDocument(): Promise<string> {
  const document = { prices: [{ model: syncedModel, vendor: 'openai', inputPerMTok: 0.25, outputPerMTok: 2 }] };
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(document));
  });
  priceServer = server;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/prices.json`)));
}

beforeAll(async () => {
  if (!runnable) return;
  // scripts/dev.ts builds the SPA into admin/dist before it starts wrangler dev.
  [gateway, browser] = await Promise.all([startGateway(), openBrowser()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', (dialog) => void dialog.accept());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  priceServer?.close();
});

async function sendMessage(text: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${gateway.baseUrl}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': gateway.demoKey, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 32, messages: [{ role: 'user', content: text }] }),
  });
  return { status: response.status, body: await response.json() };
}

async function adminApi<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${gateway.baseUrl}/api/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${gateway.adminToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status, `${method} ${path}`).toBeLessThan(300);
  return (await response.json()) as T;
}

const admin = (path: string) => `${gateway.baseUrl}/admin${path}`;
const field = (form: string, name: string) => page.locator(`[data-testid=${form}] [name="${name}"]`);
const fieldErrors = (form: string, name: string) => page.locator(`[data-testid=${form}] [data-field="${name}"] .field__error`);
const usageRow = (panel: string, limit: string) => page.locator(`[data-testid=${panel}] [data-limit=${limit}]`);
const currentOf = async (panel: string, limit: string) => Number(await usageRow(panel, limit).getAttribute('data-current'));

describe.skipIf(!runnable)('admin configuration pages', () => {
  it('signs in, in English', async () => {
    await page.goto(admin('/login'));
    await page.selectOption('[data-testid=language-switch]', 'en');
    await page.fill('input[name=token]', gateway.adminToken);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForSelector('[data-testid=total-requests]');
  });

  it('shows the API field error for a time zone it does not know, and keeps a saved setting across a reload', async () => {
    await page.click('a[href="/admin/settings"]');
    await field('settings-form', 'timeZone').waitFor();
    await field('settings-form', 'timeZone').fill('Mars/Olympus');
    await page.click('[data-testid=settings-form] button[type=submit]');
    await expect(fieldErrors('settings-form', 'timeZone').first().textContent()).resolves.toBe('An IANA time zone, e.g. Europe/Berlin');
    await screenshot(page, 'config-01-settings-error');

    await field('settings-form', 'cleanupRetentionDays').fill('0');
    await page.click('[data-testid=settings-form] button[type=submit]');
    await expect(fieldErrors('settings-form', 'cleanupRetentionDays').first().textContent()).resolves.toBe('Between 1 and 3650');

    await field('settings-form', 'timeZone').fill('europe/berlin');
    await field('settings-form', 'cleanupRetentionDays').fill('45');
    await field('settings-form', 'billingModelSource').selectOption('redirected');
    await page.click('[data-testid=settings-form] button[type=submit]');
    await page.waitForSelector('[data-testid=settings-saved]');
    await expect(field('settings-form', 'timeZone').inputValue()).resolves.toBe('Europe/Berlin');
    await expect(fieldErrors('settings-form', 'timeZone').count()).resolves.toBe(0);

    await page.reload();
    await field('settings-form', 'timeZone').waitFor();
    await expect(field('settings-form', 'timeZone').inputValue()).resolves.toBe('Europe/Berlin');
    await expect(field('settings-form', 'cleanupRetentionDays').inputValue()).resolves.toBe('45');
    await expect(field('settings-form', 'billingModelSource').inputValue()).resolves.toBe('redirected');
    await screenshot(page, 'config-02-settings');
  });

  it('adds a price, edits it and deletes it, and finds shipped prices by model', async () => {
    await page.click('a[href="/admin/prices"]');
    await page.locator('tr[data-price="claude-sonnet-4-5"]').waitFor();
    await page.fill('[data-testid=price-search]', 'sonnet-4-5');
    await expect(page.locator('tr[data-price]').evaluateAll((rows) => rows.every((r) => r.getAttribute('data-price')?.includes('sonnet-4-5')))).resolves.toBe(true);
    await expect(page.locator('tr[data-price="claude-sonnet-4-5"]').getAttribute('data-source')).resolves.toBe('shipped');
    await page.fill('[data-testid=price-search]', '');

    await page.click('[data-testid=new-price]');
    await field('price-form', 'model').fill('e2e-model');
    await field('price-form', 'inputPerMTok').fill('-1');
    await page.click('[data-testid=price-form] button[type=submit]');
    await expect(fieldErrors('price-form', 'inputPerMTok').first().textContent()).resolves.toBe('Between 0 and 100000');
    await expect(fieldErrors('price-form', 'outputPerMTok').first().textContent()).resolves.toBe('Required');
    await field('price-form', 'inputPerMTok').fill('1.5');
    await field('price-form', 'outputPerMTok').fill('6');
    await page.click('[data-testid=price-form] button[type=submit]');
    const row = page.locator('tr[data-price="e2e-model"]');
    await row.waitFor();
    await expect(row.getAttribute('data-source')).resolves.toBe('manual');
    await expect(row.locator('[data-column=outputPerMTok]').textContent()).resolves.toBe('$6');

    await row.getByRole('button', { name: 'Edit' }).click();
    await field('price-form', 'outputPerMTok').fill('7.25');
    await page.click('[data-testid=price-form] button[type=submit]');
    await page.locator('[data-testid=price-form]').waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('[data-column=outputPerMTok]').textContent()).toBe('$7.25');
    await screenshot(page, 'config-03-prices');

    await row.getByRole('button', { name: 'Delete' }).click();
    await row.waitFor({ state: 'detached' });
    const stored = await adminApi<{ prices: { model: string }[] }>('GET', '/prices');
    expect(stored.prices.some((p) => p.model === 'e2e-model')).toBe(false);
  });

  it('reports a price sync without a URL, then syncs from one and marks the synced row', async () => {
    await page.click('[data-testid=sync-prices]');
    await expect(page.locator('[data-testid=sync-result]').textContent()).resolves.toContain('No price sync URL');

    await page.fill('[data-testid=price-filters] input[name=syncUrl]', await servePriceDocument());
    await page.click('[data-testid=sync-prices]');
    await expect.poll(() => page.locator('[data-testid=sync-result]').textContent()).toBe('Price sync done: 1 prices updated (edited prices are kept).');
    await expect(page.locator(`tr[data-price="${syncedModel}"]`).getAttribute('data-source')).resolves.toBe('sync');
    await page.fill('[data-testid=price-search]', 'e2e');
    await screenshot(page, 'config-04-prices-synced');
  });

  it('refuses a regex that does not compile, and a contains rule refuses a request until it is disabled', async () => {
    await page.click('a[href="/admin/sensitive-words"]');
    await page.click('[data-testid=new-word]');
    await field('word-form', 'pattern').fill('forbidden(');
    await field('word-form', 'matchType').selectOption('regex');
    await page.click('[data-testid=word-form] button[type=submit]');
    await expect(fieldErrors('word-form', 'pattern').first().textContent()).resolves.toMatch(/^Not a valid regular expression/);
    await screenshot(page, 'config-05-sensitive-word-error');

    await field('word-form', 'pattern').fill('Forbidden-Plan');
    await field('word-form', 'matchType').selectOption('contains');
    await field('word-form', 'description').fill('e2e rule');
    await page.click('[data-testid=word-form] button[type=submit]');
    const row = page.locator('tr[data-word="Forbidden-Plan"]');
    await row.waitFor();
    await expect(row.getAttribute('data-enabled')).resolves.toBe('true');
    await screenshot(page, 'config-06-sensitive-words');

    const refused = await sendMessage('please share the forbidden-plan details');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('Sensitive content detected');

    await row.locator('[data-testid=toggle-word]').click();
    await expect.poll(() => row.getAttribute('data-enabled')).toBe('false');
    const passed = await sendMessage('please share the forbidden-plan details');
    expect(passed.status).toBe(200);
  });

  it("shows a user's and a key's usage against their limits, rising after a request", async () => {
    const demo = (await adminApi<{ users: { id: number; name: string }[] }>('GET', '/users')).users.find((u) => u.name === 'demo');
    if (demo === undefined) throw new Error('no demo user');
    await adminApi('PATCH', `/users/${demo.id}`, { rpmLimit: 100, dailyLimitUsd: 50, limitConcurrentSessions: 10 });

    await page.goto(admin(`/users/${demo.id}`));
    await usageRow('user-usage', 'rpm').waitFor();
    await expect(usageRow('user-usage', 'rpm').getAttribute('data-max')).resolves.toBe('100');
    await expect(usageRow('user-usage', 'monthly').textContent()).resolves.toContain('no limit');
    const rpmBefore = await currentOf('user-usage', 'rpm');
    const dailyBefore = await currentOf('user-usage', 'daily');

    const sent = await sendMessage('usage bars');
    expect(sent.status).toBe(200);
    await page.click('[data-testid=user-usage] [data-testid=refresh-usage]');
    await expect.poll(() => currentOf('user-usage', 'rpm')).toBe(rpmBefore + 1);
    await expect.poll(() => currentOf('user-usage', 'daily')).toBeGreaterThan(dailyBefore);
    await expect(usageRow('user-usage', 'rpm').locator('[data-testid=usage-amount]').textContent()).resolves.toBe(`${rpmBefore + 1} / 100 requests`);
    await expect(usageRow('user-usage', 'daily').textContent()).resolves.toContain('resets');

    await page.locator('[data-testid=toggle-key-usage]').first().click();
    await usageRow('key-usage', 'rpm').waitFor();
    await expect(currentOf('key-usage', 'rpm')).resolves.toBeGreaterThanOrEqual(1);
    await expect(usageRow('key-usage', 'total').textContent()).resolves.toContain('no limit');
    await screenshot(page, 'config-07-user-usage');
  });
});
