import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDetail, PlanList } from '../../src/web/api/types.js';
import { launchChromium, openPage, screenshot, type TestPage } from './browser.js';
import { ADMIN_PASSWORD, ADMIN_USERNAME, REPO_ROOT, startProduct, type RunningProduct } from './server.js';

// The plan files the product ships: once they exist, the server is expected to list plans.
function shippedPlanFiles(): string[] {
  try {
    return readdirSync(join(REPO_ROOT, 'content', 'plans')).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

describe('web app foundation', () => {
  let product: RunningProduct;
  let browser: Browser;
  let tab: TestPage;
  let page: Page;
  let plans: PlanList['items'] = [];
  let plan: PlanDetail | null = null;
  const chartChunks: string[] = [];

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
    tab = await openPage(browser, product.url);
    page = tab.page;
    page.on('request', (request) => {
      if (/\/assets\/Chart-[^/]+\.js$/.test(request.url())) chartChunks.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('sends a visitor to the login page and refuses a wrong password in Chinese', async () => {
    await page.goto('/plans');
    await page.waitForURL('**/login');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByLabel('用户名').fill(ADMIN_USERNAME);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '登录失败' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('用户名或密码不正确');
    await screenshot(page, 'login-failed-zh');
  });

  it('logs in as admin and lists the plans', async () => {
    await page.getByLabel('密码').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/plans');
    await page.getByRole('heading', { name: '规划', level: 1 }).waitFor();
    expect(await page.locator('.app-header').textContent()).toContain('当前用户：系统管理员');
    for (const entry of ['规划', '数据', '任务', '项目', '评估', '管理']) {
      expect(await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: entry }).count()).toBe(1);
    }

    plans = (await getJson<PlanList>(page, '/api/plans')).items;
    const table = page.locator('table');
    await table.waitFor();
    for (const header of ['规划名称', '地区', '规划期', '状态', '指标数', '目标数', '任务数', '项目数']) {
      expect(await table.locator('thead').textContent()).toContain(header);
    }
    if (plans.length === 0) {
      await page.getByText('尚无规划。可运行 npx healthplan load-demo 载入示例规划，或导入规划 JSON。').waitFor();
    } else {
      await page.getByRole('link', { name: plans[0].title }).waitFor();
      expect(await table.locator('tbody tr.ant-table-row').count()).toBe(plans.length);
      const firstRow = await table.locator('tbody tr.ant-table-row').first().textContent();
      expect(firstRow).toContain(plans[0].region.name);
      expect(firstRow).toContain(`${plans[0].periodStart}–${plans[0].periodEnd}年`);
    }
    await screenshot(page, 'plans-zh');

    // Keyboard users reach the page content first, past the menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('opens the first plan with its indicators as written, tasks, projects and an overview chart loaded on demand', async (context) => {
    if (plans.length === 0) {
      const files = shippedPlanFiles();
      if (files.length > 0) {
        throw new Error(`the plans list is empty although content/plans holds ${files.length} plan file(s) (${files.join(', ')}): the server did not load the shipped plans`);
      }
      context.skip();
    }
    const first = plans[0];
    plan = await getJson<PlanDetail>(page, `/api/plans/${encodeURIComponent(first.code)}`);

    await page.getByRole('link', { name: first.title }).click();
    await page.waitForURL(`**/plans/${encodeURIComponent(first.code)}`);
    await page.getByRole('heading', { name: first.title, level: 1 }).waitFor();
    const header = await page.locator('.ant-descriptions').textContent();
    expect(header).toContain(first.region.name);
    expect(header).toContain(`${first.periodStart}–${first.periodEnd}年`);
    for (const name of ['指标', '任务', '项目', '概况']) expect(await page.getByRole('tab', { name }).count()).toBe(1);

    const indicatorTable = page.getByRole('tabpanel').locator('table');
    await indicatorTable.waitFor();
    const headers = await indicatorTable.locator('thead').textContent();
    for (const name of ['指标名称', '单位', '属性', '基期值', '目标值']) expect(headers).toContain(name);
    // Columns a plan's table does not have (the Chaoyang table prints no categories or numbers) are left out.
    expect(headers?.includes('类别')).toBe(plan.indicators.some((i) => i.category !== null));
    expect(headers?.includes('序号')).toBe(plan.indicators.some((i) => i.seq !== null));
    expect(await indicatorTable.locator('tbody tr.ant-table-row').count()).toBe(plan.indicators.length);

    const firstWithTargets = plan.indicators.find((i) => i.targets.length > 0);
    if (firstWithTargets) {
      const row = indicatorTable.locator('tbody tr.ant-table-row', { hasText: firstWithTargets.name }).first();
      const text = await row.textContent();
      for (const target of firstWithTargets.targets) expect(text).toContain(target.text);
    }
    const higher = plan.indicators.flatMap((i) => i.targets).find((target) => target.source && target.source !== 'plan');
    if (higher) expect(await indicatorTable.textContent()).toContain(`${higher.source}目标值`);
    const attributes = new Set(plan.indicators.map((i) => i.attribute));
    if (attributes.has('binding')) expect(await indicatorTable.textContent()).toContain('约束性');
    if (attributes.has('expected')) expect(await indicatorTable.textContent()).toContain('预期性');
    await screenshot(page, 'plan-indicators-zh');

    await page.getByRole('tab', { name: '任务' }).click();
    await page.getByRole('tabpanel').locator('thead', { hasText: '完成进度' }).waitFor();
    if (plan.tasks.length > 0) await page.getByRole('tabpanel').getByText(plan.tasks[0].title, { exact: true }).first().waitFor();
    await screenshot(page, 'plan-tasks-zh');

    await page.getByRole('tab', { name: '项目' }).click();
    await page.getByRole('tabpanel').locator('thead', { hasText: '投资（万元）' }).waitFor();
    if (plan.projects.length > 0) await page.getByRole('tabpanel').getByText(plan.projects[0].name, { exact: true }).first().waitFor();
    await screenshot(page, 'plan-projects-zh');

    expect(chartChunks, 'ECharts must not load before a chart is shown').toEqual([]);
    await page.getByRole('tab', { name: '概况' }).click();
    if (plan.indicators.length > 0) {
      await page.getByRole('img', { name: '柱状图：各类别的约束性、预期性、指导性指标数' }).locator('canvas').waitFor();
      expect(chartChunks.length).toBe(1);
    }
    await screenshot(page, 'plan-overview-zh');
  });

  it('switches to English, keeps the choice across a reload, and switches back', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('link', { name: 'Administration' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.app-header').textContent()).toContain('Log out');

    if (plan) {
      for (const name of ['Indicators', 'Tasks', 'Projects', 'Overview']) expect(await page.getByRole('tab', { name }).count()).toBe(1);
      await page.getByRole('tab', { name: 'Indicators' }).click();
      const thead = page.getByRole('tabpanel').locator('thead', { hasText: 'Baseline' });
      await thead.waitFor();
      const headers = await thead.textContent();
      for (const name of ['Indicator', 'Unit', 'Attribute', 'Baseline', 'Targets']) expect(headers).toContain(name);
      expect(headers?.includes('Category')).toBe(plan.indicators.some((i) => i.category !== null));
      expect(await page.locator('.ant-descriptions').textContent()).toContain('Period');
      await screenshot(page, 'plan-indicators-en');
    }

    await page.reload();
    await page.getByRole('link', { name: 'Plans' }).click();
    await page.getByRole('heading', { name: 'Plans', level: 1 }).waitFor();
    const thead = await page.locator('table thead').textContent();
    for (const name of ['Title', 'Region', 'Period', 'Status', 'Indicators', 'Targets']) expect(thead).toContain(name);
    if (plans.length === 0) await page.getByText('No plans yet. Run npx healthplan load-demo', { exact: false }).waitFor();
    await screenshot(page, 'plans-en');

    await page.getByRole('link', { name: 'Evaluations' }).click();
    await page.getByRole('heading', { name: 'Evaluations', level: 1 }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('The annual, mid-term and final evaluations of each plan');
    expect(await page.getByRole('table').locator('thead').textContent()).toContain('Latest evaluation');

    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { name: '评估', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByRole('main').textContent()).toContain('各规划已有的年度监测、中期和终期评估');
    expect(await page.getByRole('table').locator('thead').textContent()).toContain('最近一次评估');
    await screenshot(page, 'evaluations-zh');
  });

  it('logs out back to the login page and ends the session', async () => {
    await page.getByRole('button', { name: /退出登录|Log out/ }).click();
    await page.waitForURL('**/login');
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);
    expect(tab.errors).toEqual([]);
  });
});
