import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../src/web/pages/scorecard/types.js';
import { screenshot, type TestPage } from './browser.js';
import { openAdminSession, type AdminSession } from './session.js';
import { REPO_ROOT } from './server.js';

// 门头沟区“十四五” plan document: 人均预期寿命 has the district target 81.8 岁 for 2025 (line 882).
const DOCUMENT = join(REPO_ROOT, 'content', 'documents', '001-mentougou-2021-2025.txt');
const PLAN = 'mentougou-imported';
const LIFE = '人均预期寿命';

describe('importing a plan from its document', () => {
  let session: AdminSession;
  let tab: TestPage;
  let page: Page;

  beforeAll(async () => {
    session = await openAdminSession();
    tab = session.tab;
    page = tab.page;
  });

  afterAll(async () => session?.close());

  it('refuses a text without indicators with the bilingual message', async () => {
    await page.getByRole('link', { name: '从规划文本导入' }).click();
    await page.waitForURL('**/plans/import');
    await page.locator('input[type=file]').setInputFiles({ name: 'notice.txt', mimeType: 'text/plain', buffer: Buffer.from('关于召开会议的通知\n请各单位准时参加。\n', 'utf8') });
    const alert = page.getByRole('alert').filter({ hasText: '无法导入' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('文件“notice.txt”中没有找到指标表');
  });

  it('shows the proposal beside the document, takes a corrected target and creates the plan as a draft', async () => {
    await page.locator('input[type=file]').setInputFiles(DOCUMENT);
    await page.getByRole('heading', { level: 2, name: /北京市门头沟区“十四五”时期卫生健康事业发展规划/ }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    const lifeRow = page.getByRole('row').filter({ has: page.getByLabel('指标 T2-01 的名称') });
    expect(await page.getByLabel('指标 T2-01 的名称').inputValue()).toBe(LIFE);
    await lifeRow.getByRole('cell', { name: 'T2-01' }).click();
    // The row was read from lines 876–882; line 882 carries the name, unit, baseline and both targets.
    const highlighted = page.locator('[data-line="882"]');
    await expect.poll(() => highlighted.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 241, 184)');
    expect(await highlighted.textContent()).toContain('人均预期寿命 岁 81.7 81.8 82.8 预期性');
    expect(await page.locator('[data-line="881"]').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    expect(await page.getByRole('heading', { level: 2, name: /待确认事项（\d+ 项）/ }).textContent()).toMatch(/（13 项）/);

    const text = page.getByLabel(`指标「${LIFE}」2025年目标原文`).first();
    expect(await text.inputValue()).toBe('81.8');
    await text.fill('82.0');
    const value = page.getByLabel(`指标「${LIFE}」2025年目标数值`).first();
    await value.fill('82');
    await page.getByLabel('规划编码').fill(PLAN);
    await page.getByLabel('地区组织机构编码').fill('110109');
    await screenshot(page, 'plan-import-review');

    await page.getByRole('button', { name: '确认并创建规划' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: '无法导入' });
    await Promise.race([page.waitForURL(`**/plans/${PLAN}/scorecard`), refusal.waitFor().then(async () => expect.fail(`import refused: ${await refusal.textContent()}`))]);
    const response = await page.request.get(`/api/plans/${PLAN}/scorecard`);
    expect(response.status()).toBe(200);
    const card = (await response.json()) as Scorecard;
    const life = card.rows.find((r) => r.name === LIFE)!;
    expect(life.targets.map((t) => t.text)).toContain('82.0');
    expect(life.targets.map((t) => t.text)).not.toContain('81.8');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `查看指标「${LIFE}」` }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('82.0');

    const plan = await page.request.get(`/api/plans/${PLAN}`);
    expect(((await plan.json()) as { plan: { status: string } }).plan.status).toBe('draft');
    await screenshot(page, 'plan-import-scorecard');
  });
});
