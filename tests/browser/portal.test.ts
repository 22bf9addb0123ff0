import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, screenshot, type TestPage } from './browser.js';
import { ADMIN_PASSWORD, ADMIN_USERNAME, startProduct, type RunningProduct } from './server.js';

const PLAN = 'xicheng-2021-2025';

/** Publishes the Xicheng demo plan and a mid-term evaluation of it through the API, as a planner would. */
async function publishDemo(page: Page): Promise<void> {
  const login = await page.request.post('/api/auth/login', { data: { username: ADMIN_USERNAME, password: ADMIN_PASSWORD } });
  expect(login.status()).toBe(200);
  const headers = { 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
  const { plan } = (await (await page.request.get(`/api/plans/${PLAN}`)).json()) as { plan: { version: number } };
  const patched = await page.request.patch(`/api/plans/${PLAN}`, { headers, data: { version: plan.version, published: true } });
  expect(patched.status(), await patched.text()).toBe(200);
  const created = await page.request.post(`/api/plans/${PLAN}/evaluations`, { headers, data: { kind: 'midterm', year: 2023 } });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { id: number }).id;
  const published = await page.request.post(`/api/evaluations/${id}/publish`, { headers, data: { allowSamples: true } });
  expect(published.status(), await published.text()).toBe(200);
  await page.request.post('/api/auth/logout', { headers });
  await page.context().clearCookies();
}

describe('public portal in a browser', () => {
  let product: RunningProduct;
  let browser: Browser;
  let tab: TestPage;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
    tab = await openPage(browser, product.url);
    page = tab.page;
    await publishDemo(page);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('lists the published plan and opens its overview without a login at 1280 px, loading no JavaScript', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/public');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('heading', { name: '已公开的卫生健康规划', level: 1 }).waitFor();
    await page.getByRole('link', { name: '西城区“十四五”时期卫生健康事业发展规划' }).click();
    await page.getByRole('heading', { name: '约束性指标' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('2023 中期评估');
    expect(await page.getByRole('table', { name: '指标一览' }).textContent()).toContain('人均期望寿命');
    await screenshot(page, 'portal-plan-1280');
    expect(await page.locator('script').count()).toBe(0);
    expect(scripts).toEqual([]);
  });

  it('shows an indicator page with its chart and data table at 360 px, and downloads the CSV', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('table', { name: '指标一览' }).getByRole('link', { name: '人均期望寿命' }).click();
    await page.getByRole('heading', { name: '人均期望寿命', level: 1 }).waitFor();
    expect(await page.locator('figure svg').count()).toBe(1);
    expect(await page.getByRole('table', { name: '数据表' }).textContent()).toContain('84.26');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'portal-indicator-360');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载本指标数据（CSV）' }).click()]);
    expect(download.suggestedFilename()).toBe(`${PLAN}-XC21-07.csv`);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('XC21-07,人均期望寿命');
    expect(csv).toContain(',2020,84.26');
  });

  it('switches to English and is usable from the keyboard', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**lang=en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { name: 'Definition' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await screenshot(page, 'portal-indicator-en-1280');
    expect(tab.errors).toEqual([]);
  });
});
