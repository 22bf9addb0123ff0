import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorPage } from '../../src/web/pages/indicator/types.js';
import type { Scorecard } from '../../src/web/pages/scorecard/types.js';
import { screenshot } from './browser.js';
import { getJson, openAdminSession, type AdminSession } from './session.js';

// 西城区 人均期望寿命 (XC21-07) beside the published 北京市 values: 82.43 岁 (2020) and 83.93 岁 (2024).
const PLAN = 'xicheng-2021-2025';
const LIFE = 'XC21-07';

describe('monitoring years filled honestly', () => {
  let session: AdminSession;
  let page: Page;

  beforeAll(async () => {
    session = await openAdminSession();
    page = session.tab.page;
  });

  afterAll(async () => session?.close());

  it('shows the 北京市 reference values with their sources and a published source of the district', async () => {
    await page.goto(`/indicators/${LIFE}`);
    await page.getByRole('heading', { level: 1, name: '人均期望寿命' }).waitFor();
    const detail = await getJson<IndicatorPage>(page, `/api/indicators/${LIFE}`);
    expect(detail.reference?.orgUnit.name).toBe('北京市');
    const beijing = new Map(detail.reference!.values.map((v) => [v.year, v.value]));
    expect(beijing.get(2020)).toBe(82.43);
    expect(beijing.get(2024)).toBe(83.93);

    await page.getByRole('heading', { name: '北京市参考值' }).waitFor();
    const reference = page.getByRole('table', { name: '北京市同一指标的数值与来源' });
    const yearRow = (table: typeof reference, year: number) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: String(year), exact: true }) });
    const row2024 = yearRow(reference, 2024);
    expect(await row2024.textContent()).toContain('83.93 岁');
    const link = row2024.getByRole('link', { name: /劳动午报/ });
    expect(await link.getAttribute('href')).toBe('http://ldwb.workerbj.cn/content/2025-11/11/content_161496.htm');
    expect(await yearRow(reference, 2020).textContent()).toContain('82.43 岁');

    // The district's own 2025 value 85.05 岁 is published: the values table names it and links its source.
    const values = page.getByRole('table', { name: '各年数值及来源' });
    const own2025 = yearRow(values, 2025);
    expect(await own2025.textContent()).toContain('85.05');
    expect(await own2025.getByText('公开数据').count()).toBe(1);
    expect(await own2025.getByRole('link').count()).toBeGreaterThan(0);
    // The page holds sample values of earlier years, but the latest value is the published 2025 one: not marked as sample.
    expect(detail.usesSamples).toBe(true);
    expect(detail.latest).toMatchObject({ year: 2025, roundedValue: 85.05 });
    await page.getByText('本页显示的数值含示例数据').waitFor();
    const latest = page.getByTestId('latest-value');
    expect(await latest.textContent()).toContain('85.05');
    expect(await latest.locator('.sample-mark').count()).toBe(0);
    await screenshot(page, 'monitoring-data-indicator');
  });

  it('marks sample data on the scorecard, the values table and the chart legend', async () => {
    const detail = await getJson<IndicatorPage>(page, `/api/indicators/${LIFE}`);
    const sampleYears = detail.series.filter((p) => p.usesSamples && p.value !== null).map((p) => p.year);
    expect(sampleYears.length).toBeGreaterThan(0);
    const values = page.getByRole('table', { name: '各年数值及来源' });
    const sampleRow = values.getByRole('row').filter({ has: page.getByRole('cell', { name: String(sampleYears[0]), exact: true }) });
    expect(await sampleRow.locator('.sample-mark').textContent()).toBe('示例数据');
    await page.getByTestId('trend-sample-legend').getByText('示例数据').first().waitFor();

    await page.goto(`/plans/${PLAN}/scorecard`);
    const card = await getJson<Scorecard>(page, `/api/plans/${PLAN}/scorecard`);
    expect(card.usesSamples).toBe(true);
    await page.getByText('本页显示的数值含示例数据').waitFor();
    expect(await page.locator('.sample-mark').count()).toBeGreaterThan(0);
  });

  it('removes every sample value from the administration page, after which the scorecard has no sample mark', async () => {
    const before = await getJson<{ count: number }>(page, '/api/admin/samples');
    expect(before.count).toBeGreaterThan(0);
    await page.getByRole('navigation').getByRole('link', { name: '管理' }).click();
    await page.waitForURL('**/admin');
    await page.getByRole('heading', { level: 1, name: '管理' }).waitFor();
    await page.getByText(before.count.toLocaleString('en-US')).first().waitFor();
    await page.getByRole('button', { name: '删除全部示例数据' }).click();
    await page.getByText(`将删除 ${before.count} 条示例数值，此操作不可撤销。`).waitFor();
    await screenshot(page, 'monitoring-data-admin-confirm');
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await page.getByText(`已删除 ${before.count} 条示例数值`).waitFor();
    await page.locator('.ant-statistic-content-value').filter({ hasText: /^0$/ }).waitFor();
    expect(await getJson<{ count: number }>(page, '/api/admin/samples')).toEqual({ count: 0 });
    await screenshot(page, 'monitoring-data-admin-removed');

    await page.goto(`/plans/${PLAN}/scorecard`);
    await page.getByRole('link', { name: '查看指标「人均期望寿命」' }).waitFor();
    const card = await getJson<Scorecard>(page, `/api/plans/${PLAN}/scorecard`);
    expect(card.usesSamples).toBe(false);
    expect(await page.getByText('本页显示的数值含示例数据').count()).toBe(0);
    expect(await page.locator('.sample-mark').count()).toBe(0);
    await screenshot(page, 'monitoring-data-scorecard-without-samples');
  });
});
