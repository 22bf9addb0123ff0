import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorPage } from '../../src/web/pages/indicator/types.js';
import type { TaskBoard } from '../../src/web/pages/tasks/types.js';
import { screenshot, type TestPage } from './browser.js';
import { getJson, openAdminSession, type AdminSession } from './session.js';

const PLAN = 'xicheng-2021-2025';
const LIFE = '人均期望寿命';

const square = (lng: number, lat: number) => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[lng, lat], [lng + 0.02, lat], [lng + 0.02, lat + 0.02], [lng, lat + 0.02], [lng, lat]]] },
});


describe('breakdown map and task assignment', () => {
  let session: AdminSession;
  let tab: TestPage;
  let page: Page;

  beforeAll(async () => {
    session = await openAdminSession();
    tab = session.tab;
    page = tab.page;
  });

  afterAll(async () => session?.close());

  it('draws the 西城区 breakdown of 人均期望寿命 as a map on the uploaded street boundaries', async () => {
    await page.goto(`/plans/${PLAN}/scorecard`);
    await page.getByRole('link', { name: `查看指标「${LIFE}」` }).click();
    await page.waitForURL('**/indicators/**');
    await page.getByRole('heading', { level: 1, name: LIFE }).waitFor();
    const address = new URL(page.url());
    const detail = await getJson<IndicatorPage>(page, `/api/indicators/${address.pathname.split('/').pop()!}${address.search}`);
    // The demo has 人均期望寿命 for the district only: the streets are drawn, uncoloured, beside the text saying so.
    const streets = detail.breakdown.orgUnits.filter((u) => u.level === 'street').slice(0, 2);
    expect(streets.map((s) => s.name)).toEqual(['月坛街道', '牛街街道']);

    const { csrfToken } = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
    for (const [i, street] of streets.entries()) {
      const res = await page.request.put(`/api/org-units/${street.code}/boundary`, { data: square(116.34 + i * 0.02, 39.9), headers: { 'x-csrf-token': csrfToken } });
      expect(res.status(), await res.text()).toBe(200);
    }
    const boundaries = await getJson<{ features: Array<{ properties: { code: string } }> }>(page, `/api/org-units/${detail.orgUnit.code}/boundaries`);
    expect(boundaries.features.map((f) => f.properties.code)).toEqual(streets.map((s) => s.code));

    await page.reload();
    const year = detail.breakdown.year;
    const map = page.getByRole('img', { name: `地图：${LIFE}在各街道的数值（${year}年），颜色越深数值越大` });
    await map.waitFor();
    await map.locator('canvas').waitFor();
    await map.scrollIntoViewIfNeeded();
    expect(detail.breakdown.orgUnits.every((u) => u.roundedValue === null)).toBe(true);
    await page.getByText('下级单位尚无该指标的数值').waitFor();
    await screenshot(page, 'workspace-map');
  });

  it('assigns a lead department to a task on the board and shows it in the row', async () => {
    await page.goto(`/plans/${PLAN}/tasks`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '任务看板' }).waitFor();
    const board = await getJson<TaskBoard>(page, `/api/plans/${PLAN}/tasks`);
    const task = board.items.find((n) => n.lead === null)!;
    const departments = await getJson<{ items: Array<{ code: string; name: string }> }>(page, `/api/plans/${PLAN}/departments`);
    const lead = departments.items.find((d) => d.name === '区卫生健康委')!;

    const open = page.getByRole('button', { name: `分配任务：${task.title}`, exact: true });
    await open.click();
    const dialog = page.getByRole('dialog');
    const leadSelect = dialog.getByLabel('牵头单位');
    await leadSelect.fill(lead.name);
    await page.locator('.ant-select-dropdown:visible').getByTitle(lead.name, { exact: true }).waitFor();
    await leadSelect.press('Enter');
    await dialog.getByTitle(lead.name, { exact: true }).waitFor();
    await dialog.getByLabel('完成时限').fill('2025-06-30');
    await dialog.getByRole('button', { name: '保存分配' }).click();
    await page.getByText('已保存分配').waitFor();
    const row = open.locator('xpath=ancestor::tr');
    await expect.poll(async () => row.textContent()).toContain(`牵头：${lead.name}`);
    expect(await row.textContent()).toContain('2025-06-30');
    await screenshot(page, 'workspace-task-assigned');
  });
});
