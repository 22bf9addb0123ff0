import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../src/web/pages/scorecard/types.js';
import { screenshot } from './browser.js';
import { getJson, openAdminSession, type AdminSession } from './session.js';

// 西城区“十四五”: 婴儿死亡率 (XC21-08) is 婴儿死亡数 per 1 000 活产数. Two streets report both counts
// for 2024 through a file; 月坛街道 with 812 live births and 2 infant deaths gives 2.46 ‰.
const PLAN = 'xicheng-2021-2025';
const DATA_SET = 'XC_BIRTHS_2024';
const YUETAN = '110102-S01';
const NIUJIE = '110102-S02';
const BULK = 'XC_BROWSER_BULK';
const STREETS = Array.from({ length: 6 }, (_, i) => `110102-S${String(i + 1).padStart(2, '0')}`);

async function send(page: Page, method: 'POST' | 'PATCH', path: string, data: unknown) {
  const { csrfToken } = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
  const res = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
}

/** Monthly counts of a test element for the six Xicheng streets, 1751–2020: enough rows for the import to take a while. */
function bulkRows(): string[] {
  const rows: string[] = [];
  for (let year = 1751; year <= 2020; year++) {
    for (let month = 1; month <= 12; month++) {
      for (const street of STREETS) rows.push(`${BULK},${year}${String(month).padStart(2, '0')},${street},,${(year + month) % 97},`);
    }
  }
  return rows;
}

describe('data import: template, dry run with a rejected row, import with progress, quality findings', () => {
  let session: AdminSession;
  let page: Page;
  let template: string[];

  /** Picks the test's data set in the page's 数据集 dropdown (the demo may bring data sets of its own). */
  const chooseDataSet = async () => {
    await page.getByLabel('数据集', { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: DATA_SET }).click();
  };
  const upload = (name: string, lines: string[]) => page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8') });

  beforeAll(async () => {
    session = await openAdminSession();
    page = session.tab.page;
    await send(page, 'POST', '/api/data/elements', { code: BULK, name: '浏览器测试批量数据', aggregationAcross: 'sum', aggregationOverTime: 'sum' });
    await send(page, 'POST', '/api/data/sets', { code: DATA_SET, name: '出生与婴儿死亡年报', periodType: 'yearly', elements: ['LIVE_BIRTHS', 'INFANT_DEATHS'], orgUnits: [YUETAN, NIUJIE] });
  });

  afterAll(async () => session?.close());

  it('downloads the CSV template of the data set for both streets', async () => {
    await page.goto('/data/import');
    await page.getByRole('heading', { level: 1, name: '数据导入' }).waitFor();
    await chooseDataSet();
    await page.getByLabel('期间', { exact: true }).fill('2024');
    await page.getByRole('radio', { name: 'CSV' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载模板/ }).click()]);
    expect(download.suggestedFilename()).toBe(`${DATA_SET}-110102-2024.csv`);
    template = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
    expect(template).toEqual([
      'dataElement,period,orgUnit,categoryOptionCombo,value,comment,dataElementName,orgUnitName,unit',
      `LIVE_BIRTHS,2024,${YUETAN},,,,活产数,月坛街道,人`,
      `INFANT_DEATHS,2024,${YUETAN},,,,婴儿死亡数,月坛街道,人`,
      `LIVE_BIRTHS,2024,${NIUJIE},,,,活产数,牛街街道,人`,
      `INFANT_DEATHS,2024,${NIUJIE},,,,婴儿死亡数,牛街街道,人`,
    ]);
  });

  it('dry run shows the rejected row and why, and keeps the import button off', async () => {
    const fill = (infantNiujie: string) => [template[0]!, ...template.slice(1).map((line, i) => line.replace(/,,,,/, `,,${['812', '2', '640', infantNiujie][i]},,`))];
    await upload('births-2024.csv', fill('七百'));
    const rows = page.getByRole('table', { name: '试运行的逐行结果' });
    await rows.getByRole('row').filter({ hasText: '拒绝' }).waitFor();
    const rejected = rows.getByRole('row').filter({ hasText: '拒绝' });
    expect(await rejected.count()).toBe(1);
    expect(await rejected.getByRole('cell').first().textContent()).toBe('5');
    const text = await rejected.textContent();
    expect(text).toContain(`INFANT_DEATHS${NIUJIE}2024`);
    expect(text).toContain('七百');
    expect(await page.getByText('将新增 3 个，修改 0 个，不变 0 个，拒绝 1 行').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^导入/ }).isDisabled()).toBe(true);
    expect(await page.getByText('有 1 行被拒绝').count()).toBe(1);
    await screenshot(page, 'data-import-dry-run');

    // 牛街街道's corrected file says 700 infant deaths for 640 live births: valid values, but a rule finding.
    await upload('births-2024-corrected.csv', [...fill('700'), ...bulkRows()]);
    const refusal = page.getByRole('alert').filter({ hasText: '无法导入' });
    await Promise.race([
      page.getByText('将新增 19444 个，修改 0 个，不变 0 个，拒绝 0 行').waitFor({ timeout: 150_000 }),
      refusal.waitFor({ timeout: 150_000 }).then(async () => expect.fail(`dry run refused: ${await refusal.textContent()}`)),
    ]).catch(async (err: unknown) => {
      await screenshot(page, 'data-import-debug');
      throw err;
    });
  }, 200_000);

  it('imports with a progress bar that follows the server, then the summary', async () => {
    await page.getByRole('button', { name: '导入（写入 19444 个值）' }).click();
    const bar = page.getByRole('progressbar', { name: '导入进度' });
    await bar.waitFor();
    const seen = new Set<number>();
    const result = page.getByRole('status').filter({ hasText: '导入成功' });
    while (!(await result.isVisible())) {
      const now = await bar.getAttribute('aria-valuenow').catch(() => null);
      if (now !== null) seen.add(Number(now));
      if (seen.size === 3) await screenshot(page, 'data-import-progress');
      await page.waitForTimeout(150);
    }
    expect([...seen].some((p) => p > 0 && p < 100), `progress seen: ${[...seen].join(', ')}`).toBe(true);
    const counts = page.locator('.ant-descriptions');
    expect(await counts.textContent()).toMatch(/新增19444.*修改0.*忽略0.*删除0/);
    await screenshot(page, 'data-import-result');

    const exported = await getJson<{ dataValues: Array<{ dataElement: string; orgUnit: string; value: string }> }>(page, `/api/dataValueSets?dataSet=${DATA_SET}&orgUnit=110102&children=true&period=2024`);
    const streets = exported.dataValues.filter((v) => v.orgUnit !== '110102');
    expect(streets.map((v) => `${v.orgUnit} ${v.dataElement} ${v.value}`).sort()).toEqual([
      `${YUETAN} INFANT_DEATHS 2`,
      `${YUETAN} LIVE_BIRTHS 812`,
      `${NIUJIE} INFANT_DEATHS 700`,
      `${NIUJIE} LIVE_BIRTHS 640`,
    ]);
    const card = await getJson<Scorecard>(page, `/api/plans/${PLAN}/scorecard?orgUnit=${YUETAN}&year=2024&approvedOnly=false`);
    expect(card.rows.find((r) => r.name === '婴儿死亡率')!.latest?.value).toBeCloseTo(2.46, 2);
  });

  it('lists the rule finding on the quality page, and its link opens the entry form of the cell', async () => {
    await page.getByRole('link', { name: '检查数据质量' }).click();
    await page.waitForURL('**/data/quality');
    await chooseDataSet();
    await page.getByLabel('起始期间').fill('2023');
    await page.getByLabel('结束期间').fill('2024');
    await page.getByRole('button', { name: '运行检查' }).click();
    await page.getByText('2023–2024 发现 1 个问题').waitFor();
    const row = page.getByRole('table', { name: '数据质量问题' }).getByRole('row').filter({ hasText: '校验规则' });
    // The demo's rule for 婴儿死亡率 (XC21-08): 婴儿死亡数 ≤ 活产数.
    expect(await row.textContent()).toContain('INFANT_DEATHS_LE_LIVE_BIRTHS');
    expect(await row.textContent()).toContain('700 <= 640');
    expect(await row.textContent()).toContain('牛街街道');
    await screenshot(page, 'data-quality');
    await row.getByRole('link', { name: '打开 牛街街道 2024 的填报表' }).click();
    await page.waitForURL('**/data/entry?**');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ dataSet: DATA_SET, orgUnit: NIUJIE, period: '2024' });
  });

  it('lists and edits data elements and data sets', async () => {
    await page.goto('/data/elements');
    const bulk = page.getByRole('row').filter({ hasText: BULK });
    await bulk.waitFor();
    await page.getByRole('button', { name: `编辑数据项 ${BULK}` }).click();
    await page.getByLabel('英文名称').fill('Browser test bulk values');
    await page.getByLabel('单位').fill('件');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => bulk.textContent()).toContain('件');
    const element = (await getJson<{ items: Array<{ code: string; nameEn: string | null; version: number }> }>(page, '/api/data/elements')).items.find((e) => e.code === BULK)!;
    expect(element).toMatchObject({ nameEn: 'Browser test bulk values', version: 2 });
    await screenshot(page, 'data-elements');

    await page.goto('/data/sets');
    const set = page.getByRole('row').filter({ hasText: DATA_SET });
    await set.waitFor();
    expect(await set.textContent()).toContain('2 个：月坛街道、牛街街道');
    await page.getByRole('button', { name: `编辑数据集 ${DATA_SET}` }).click();
    await page.getByLabel('截止日期').fill('2025-03-31');
    // Someone renames the set while the form is open: the save is refused with 409, the form keeps
    // what was typed, and saving again goes on top of their version.
    const { items } = await getJson<{ items: Array<{ code: string; version: number }> }>(page, '/api/data/sets');
    await send(page, 'PATCH', `/api/data/sets/${DATA_SET}`, { version: items.find((i) => i.code === DATA_SET)!.version, name: '出生与婴儿死亡统计年报' });
    await page.getByRole('button', { name: '保存' }).click();
    const conflict = page.getByRole('dialog').getByRole('alert');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('该数据集已被他人修改');
    await screenshot(page, 'data-sets-conflict');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => set.textContent()).toContain('… – 2025-03-31');
    const stored = (await getJson<{ items: Array<{ code: string; name: string; openUntil: string | null; version: number }> }>(page, '/api/data/sets')).items.find((i) => i.code === DATA_SET);
    expect(stored).toMatchObject({ openUntil: '2025-03-31', version: 3 });
    await screenshot(page, 'data-sets');
  });

  it('lists a value outside bounds set after it was stored, from a shared address of the quality page', async () => {
    const { items } = await getJson<{ items: Array<{ code: string; version: number }> }>(page, '/api/data/elements');
    await send(page, 'PATCH', '/api/data/elements/INFANT_DEATHS', { version: items.find((e) => e.code === 'INFANT_DEATHS')!.version, max: 500 });
    await page.goto(`/data/quality?dataSet=${DATA_SET}&orgUnit=110102&period=2024&periodTo=2024&maxChange=50`);
    await page.getByText('2024–2024 发现 2 个问题').waitFor();
    const row = page.getByRole('table', { name: '数据质量问题' }).getByRole('row').filter({ hasText: '超出范围' });
    expect(await row.textContent()).toContain('700（范围 −∞ – 500）');
    expect(await row.getByRole('link').getAttribute('href')).toBe(`/data/entry?dataSet=${DATA_SET}&orgUnit=${NIUJIE}&period=2024`);
    expect(session.tab.errors).toEqual([]);
  });
});
