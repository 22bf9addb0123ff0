import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanState } from '../../src/web/pages/workspace/types.js';
import { screenshot } from './browser.js';
import { getJson, openAdminSession, type AdminSession } from './session.js';

describe('the side menu’s 任务, 项目 and 评估 pages across plans', () => {
  let session: AdminSession;
  let page: Page;
  let plans: PlanState[];
  const plan = (code: string) => plans.find((p) => p.code === code)!;
  const menu = (name: string) => page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name, exact: true });
  const row = (p: PlanState) => page.getByRole('row').filter({ has: page.getByRole('link', { name: p.title, exact: true }) });

  beforeAll(async () => {
    session = await openAdminSession();
    page = session.tab.page;
    plans = (await getJson<{ items: PlanState[] }>(page, '/api/workspace/plans')).items;
  });
  afterAll(async () => session?.close());

  it('任务 lists every plan with its tasks by status and overdue, and leads to the plan’s task board', async () => {
    await menu('任务').click();
    await page.waitForURL('**/tasks');
    await page.getByRole('heading', { level: 1, name: '任务' }).waitFor();
    for (const p of plans) await row(p).waitFor();
    const mentougou = plan('mentougou-2021-2025');
    expect(mentougou.tasks.total).toBe(41);
    const cells = await row(mentougou).getByRole('cell').allTextContents();
    expect(cells).toContain('41');
    if (mentougou.tasks.overdue > 0) expect(cells).toContain(`逾期 ${mentougou.tasks.overdue} 项`);
    await screenshot(page, 'menus-tasks');
    await row(mentougou).getByRole('link', { name: '任务看板' }).click();
    await page.waitForURL('**/plans/mentougou-2021-2025/tasks');
    await page.getByRole('treegrid').or(page.getByRole('table')).first().waitFor();
  });

  it('项目 lists the projects by stage with the delayed ones, and leads to the plan’s project board', async () => {
    await menu('项目').click();
    await page.waitForURL('**/projects');
    await page.getByRole('heading', { level: 1, name: '项目' }).waitFor();
    const chaoyang = plan('chaoyang-2021-2025');
    expect(chaoyang.projects.total).toBe(12);
    await row(chaoyang).waitFor();
    const cells = await row(chaoyang).getByRole('cell').allTextContents();
    expect(cells).toContain('12');
    expect(cells).toContain(`延期 ${chaoyang.projects.delayed} 个`);
    await screenshot(page, 'menus-projects');
    await row(chaoyang).getByRole('link', { name: '项目看板' }).click();
    await page.waitForURL('**/plans/chaoyang-2021-2025/projects');
  });

  it('评估 shows the closed plan’s final evaluation and opens it with its frozen consistency findings', async () => {
    await menu('评估').click();
    await page.waitForURL('**/evaluations');
    await page.getByRole('heading', { level: 1, name: '评估' }).waitFor();
    const closed = plan('xicheng-2017-2020');
    expect(closed.evaluations.latest).toMatchObject({ kind: 'final', year: 2020 });
    const latest = row(closed).getByRole('link', { name: `终期评估（2020年）：${closed.title}` });
    await screenshot(page, 'menus-evaluations');
    await latest.click();
    await page.waitForURL(`**/plans/xicheng-2017-2020/evaluations/${closed.evaluations.latest!.id}`);
    await page.getByRole('heading', { level: 2, name: '一致性与数据质量问题' }).waitFor();
    const findings = page.getByRole('table', { name: '一致性与数据质量问题' });
    await findings.waitFor();
    await findings.scrollIntoViewIfNeeded();
    expect(await findings.getByRole('row').count()).toBeGreaterThan(1);
    await screenshot(page, 'menus-evaluation-findings');
  });
});
