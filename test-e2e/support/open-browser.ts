// Headless Debian Chromium driven by playwright-core (no downloaded browsers), and page screenshots
// saved to test-artifacts/screenshots/ for a human to look at.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = new URL('../..', import.meta.url).pathname;
const screenshotDir = `${root}test-artifacts/screenshots`;

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run. Chromium comes from Debian (`apt-get install chromium`), not npm:
 * without it the tests are skipped with the reason, unless REQUIRE_SERVICES=1 (CI) makes that an error.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const reason = `Chromium is not installed at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.REQUIRE_SERVICES === '1') throw new Error(`${reason}, and REQUIRE_SERVICES=1 requires it`);
  console.warn(`skipping the admin browser tests: ${reason}`);
  return false;
}

export function openBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}
