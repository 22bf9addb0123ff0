import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium, openPage, type TestPage } from './browser.js';
import { ADMIN_PASSWORD, ADMIN_USERNAME, startProduct, type RunningProduct } from './server.js';

/** The product with the demo content, a browser, and a tab signed in as the administrator. */
export interface AdminSession {
  product: RunningProduct;
  browser: Browser;
  tab: TestPage;
  close(): Promise<void>;
}

export async function openAdminSession(): Promise<AdminSession> {
  const product = await startProduct();
  const browser = await launchChromium();
  const tab = await openPage(browser, product.url);
  await tab.page.goto('/login');
  await tab.page.getByLabel('用户名').fill(ADMIN_USERNAME);
  await tab.page.getByLabel('密码').fill(ADMIN_PASSWORD);
  await tab.page.getByRole('button', { name: '登录' }).click();
  await tab.page.waitForURL('**/plans');
  return {
    product,
    browser,
    tab,
    close: async () => {
      await browser.close();
      await product.stop();
    },
  };
}

/** What the page's own session reads from the API, to compare the screen with. */
export async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}
