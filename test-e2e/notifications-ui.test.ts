// The notifications page (SPEC §7.3, §8.3) in headless Chromium against the gateway started as
// `npm run demo`: create a custom webhook target pointing at a recorder started here, press its test
// button and see it delivered (and the recorder got the sample), bind it to the spend alert, save.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookRecorder, type WebhookRecorder } from '../test/support/webhook-recorder.ts';
import { browserAvailable, openBrowser, screenshot } from './support/open-browser.ts';
import { startGateway, type Gateway } from './support/start-gateway.ts';

let gateway: Gateway;
let browser: Browser;
let page: Page;
let recorder: WebhookRecorder;

const runnable = browserAvailable();

beforeAll(async () => {
  if (!runnable) return;
  [gateway, browser, recorder] = await Promise.all([startGateway(), openBrowser(), startWebhookRecorder()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await recorder?.close();
});

const admin = (path: string) => `${gateway.baseUrl}/admin${path}`;
const field = (name: string) => page.locator(`[data-testid=target-form] [name="${name}"]`);

describe.skipIf(!runnable)('notifications page', () => {
  it('signs in and opens the page from the navigation', async () => {
    await page.goto(admin('/login'));
    await page.selectOption('[data-testid=language-switch]', 'en');
    await page.fill('input[name=token]', gateway.adminToken);
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForSelector('[data-testid=total-requests]');
    await page.click('a[href="/admin/notifications"]');
    await page.waitForSelector('[data-testid=targets-table]');
  });

  it('shows field errors of the chosen type before saving', async () => {
    await page.click('[data-testid=new-target]');
    await field('type').selectOption('telegram');
    await page.click('[data-testid=save-target]');
    await expect(page.locator('[data-testid=target-form] [data-field="botToken"] .field__error').first().textContent()).resolves.toBe('Required');
    await field('name').fill('tg');
    await field('botToken').fill('not-a-token');
    await field('chatId').fill('42');
    await page.click('[data-testid=save-target]');
    // The API's own message replaces the local one once its 400 arrives.
    await page.locator('[data-testid=target-form] [data-field="botToken"] .field__error', { hasText: /bot token like/i }).waitFor();
    await screenshot(page, 'notifications-field-errors');
    await page.click('[data-testid=target-form] button.button--ghost');
  });

  it('creates a webhook target, tests it and sees the delivery', async () => {
    await page.click('[data-testid=new-target]');
    await field('type').selectOption('webhook');
    await field('name').fill('e2e-hook');
    await field('url').fill(`${recorder.url}/hook/e2e`);
    await field('headers').fill('X-Hook-Token: hook-secret');
    await field('bodyTemplate').fill('{"title":"{{title}}","text":"{{text}}"}');
    await page.click('[data-testid=save-target]');
    const row = page.locator('[data-target="e2e-hook"]');
    await row.waitFor();
    await expect(row.textContent()).resolves.not.toContain('hook-secret');
    await row.locator('[data-testid=test-target]').click();
    await expect(page.locator('[data-testid=target-test-outcome]').textContent()).resolves.toBe('Delivered');
    await expect(page.locator('[data-testid=target-test-status]').textContent()).resolves.toBe('200');
    await screenshot(page, 'notifications-test-result');
    const [delivered] = recorder.recorded('e2e');
    expect(delivered?.headers['x-hook-token']).toBe('hook-secret');
    expect(JSON.parse(delivered?.body ?? '')).toEqual({ title: 'Test notification', text: 'This is a test message from the gateway.\nIf you can read it, the target works.' });
    await page.click('[data-testid=target-test-dialog] button');
  });

  it('binds the target to the spend alert and the daily leaderboard at 18:30', async () => {
    const bindings = page.locator('[data-testid=event-bindings]');
    await bindings.locator('[data-event=spend_alert] input[data-target-id]').first().check();
    await bindings.locator('[data-event=daily_leaderboard] input[data-target-id]').first().check();
    await bindings.locator('[data-event=daily_leaderboard] input[name=leaderboardTime]').fill('18:30');
    await page.click('[data-testid=save-bindings]');
    await page.waitForSelector('[data-testid=bindings-saved]');
    const response = await fetch(`${gateway.baseUrl}/api/admin/notifications/bindings`, { headers: { authorization: `Bearer ${gateway.adminToken}` } });
    const saved = ((await response.json()) as { bindings: { event: string; targetIds: number[]; options: { time?: string } }[] }).bindings;
    expect(saved.find((b) => b.event === 'spend_alert')?.targetIds).toHaveLength(1);
    expect(saved.find((b) => b.event === 'daily_leaderboard')).toMatchObject({ options: { time: '18:30' } });
    await page.reload();
    await page.waitForSelector('[data-testid=event-bindings]');
    await expect(page.locator('[data-event=spend_alert] input[data-target-id]').first().isChecked()).resolves.toBe(true);
    await screenshot(page, 'notifications-page');
  });
});
