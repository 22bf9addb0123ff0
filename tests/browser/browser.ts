import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { REPO_ROOT } from './server.js';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output', 'screenshots');

/** Debian's Chromium, headless, with everything that would reach the network at start switched off. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface TestPage {
  page: Page;
  /** Uncaught errors in the page: a test should end with none. */
  errors: string[];
}

export async function openPage(browser: Browser, baseURL: string): Promise<TestPage> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Chooses an option of an antd select and waits until the select shows it. A click that lands
 * while the dropdown (or the dialog around the select) is still animating can leave the choice
 * unmade, so an unmade choice is tried again.
 */
export async function chooseOption(page: Page, field: Locator, title: string): Promise<void> {
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const chosen = select.getByTitle(title, { exact: true });
  for (let attempt = 1; ; attempt++) {
    await field.click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true }).click();
    const shown = await chosen.waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (shown) return;
    if (attempt === 3) throw new Error(`the select did not take the option ${title}`);
  }
}
