import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../src/web/pages/scorecard/types.js';
import { openPage, screenshot } from './browser.js';
import { getJson, openAdminSession, type AdminSession } from './session.js';

// 西城区“十四五”: 高血压 (XC21-14) and 糖尿病 (XC21-15) 规范化服务率, each the share of the patients served
// who were served as the norm requires, with the target ≥80％ by 2025. 月坛街道 reports its 2025 figures.
const PLAN = 'xicheng-2021-2025';
const STREET = '110102-S01';
const OTHER_STREET = '110102-S02';
const DATA_SET = 'XC_CHRONIC_2025';
const PASSWORD = 'entry-test-pass';
const FORM = `/data/entry?dataSet=${DATA_SET}&period=2025&orgUnit=${STREET}`;
const HTN = '高血压患者的规范化服务率';
const DM = '糖尿病患者的规范化服务率';
const SERVED = '年内服务高血压患者总人数';

async function send(page: Page, method: 'POST' | 'PUT' | 'PATCH', path: string, data: unknown) {
  const { csrfToken } = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
  return page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrfToken } });
}

async function logIn(session: AdminSession, username: string): Promise<Page> {
  const { page } = await openPage(session.browser, session.product.url);
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL('**/plans');
  return page;
}

interface FormCell {
  dataElement: string;
  value: number;
  version: number;
  comment: string | null;
}

async function formCells(page: Page): Promise<FormCell[]> {
  return (await getJson<{ cells: FormCell[] }>(page, `/api/data/values?dataSet=${DATA_SET}&orgUnit=${STREET}&period=2025`)).cells;
}

async function streetRate(page: Page, name: string, approvedOnly: boolean) {
  const card = await getJson<Scorecard>(page, `/api/plans/${PLAN}/scorecard?orgUnit=${STREET}&year=2025&approvedOnly=${approvedOnly}`);
  return card.rows.find((r) => r.name === name)!.latest?.value ?? null;
}

describe('data entry: a street clerk fills, submits, an approver approves, the plan indicator follows', () => {
  let session: AdminSession;
  let admin: Page;
  let clerk: Page;

  beforeAll(async () => {
    session = await openAdminSession();
    admin = session.tab.page;
    const created = [
      await send(admin, 'POST', '/api/data/sets', {
        code: DATA_SET,
        name: '慢性病患者健康服务年报',
        periodType: 'yearly',
        elements: ['XC21_HTN_SERVED', 'XC21_HTN_STANDARD_SERVED', 'XC21_DM_SERVED', 'XC21_DM_STANDARD_SERVED'],
        orgUnits: ['110102-S01', '110102-S02', '110102-S03', '110102-S04', '110102-S05', '110102-S06'],
      }),
      await send(admin, 'POST', '/api/data/validation-rules', {
        code: 'XC_HTN_STANDARD_LE_SERVED',
        name: '规范服务的高血压患者不多于服务的患者',
        leftSide: '#{XC21_HTN_STANDARD_SERVED}',
        operator: '<=',
        rightSide: '#{XC21_HTN_SERVED}',
      }),
      ...[
        { username: 'yuetan-clerk', roles: [{ role: 'clerk', orgUnit: STREET }] },
        { username: 'yuetan-clerk-2', roles: [{ role: 'clerk', orgUnit: STREET }] },
        { username: 'xicheng-approver', roles: [{ role: 'approver', orgUnit: '110102' }] },
      ].map((user) => send(admin, 'POST', '/api/users', { ...user, password: PASSWORD })),
    ];
    for (const response of await Promise.all(created)) expect(response.status(), await response.text()).toBe(201);
    // Patients are counted in whole numbers, never below zero.
    const { items } = await getJson<{ items: Array<{ code: string; version: number }> }>(admin, '/api/data/elements');
    for (const element of items.filter((e) => /^XC21_(HTN|DM)_/.test(e.code))) {
      const changed = await send(admin, 'PATCH', `/api/data/elements/${element.code}`, { version: element.version, valueType: 'integer', min: 0 });
      expect(changed.status(), await changed.text()).toBe(200);
    }
    clerk = await logIn(session, 'yuetan-clerk');
  });

  afterAll(async () => session?.close());

  it('lets the clerk fill the form by keyboard, refusing a bad value at its cell', async () => {
    expect(await streetRate(clerk, HTN, false)).toBeNull();
    await clerk.goto('/data');
    const areaLinks = clerk.getByRole('navigation', { name: '数据功能' }).getByRole('link');
    await areaLinks.first().waitFor();
    expect(await areaLinks.evaluateAll((links) => links.map((a) => `${a.textContent} ${a.getAttribute('href')}`))).toEqual([
      '数据录入 /data/entry',
      '数据导入 /data/import',
      '数据质量 /data/quality',
      '数据项 /data/elements',
      '数据集 /data/sets',
    ]);
    await clerk.getByRole('navigation', { name: '数据功能' }).getByRole('link', { name: '数据录入' }).click();
    await clerk.waitForURL('**/data/entry');
    await clerk.getByRole('heading', { level: 1, name: '数据录入' }).waitFor();
    await clerk.goto(FORM);
    const served = clerk.getByLabel(`${SERVED} 数值`);
    await served.focus();
    await clerk.keyboard.type('5210');
    await clerk.keyboard.press('Enter');
    const standard = clerk.getByLabel('按照规范要求进行高血压患者健康服务的人数 数值');
    await expect.poll(() => standard.evaluate((el) => el === document.activeElement)).toBe(true);
    await clerk.keyboard.type('四千');
    await clerk.keyboard.press('Enter');
    await clerk.getByRole('alert').filter({ hasText: '的值“四千”不是数字' }).waitFor();
    expect(await standard.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await standard.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await screenshot(clerk, 'data-entry-bad-value');
    await clerk.keyboard.press('Escape');
    expect(await standard.inputValue()).toBe('');
    // A value the rule between the two figures rejects is stored, with the rule's warning at the cell.
    await clerk.keyboard.type('5300');
    await clerk.keyboard.press('Enter');
    await clerk.getByRole('status').filter({ hasText: '未通过校验规则“规范服务的高血压患者不多于服务的患者”' }).waitFor();
    await clerk.keyboard.press('ArrowUp');
    await clerk.keyboard.press('ControlOrMeta+A');
    await clerk.keyboard.type('4186');
    await clerk.keyboard.press('Enter');
    await clerk.keyboard.type('2048');
    await clerk.keyboard.press('Enter');
    await clerk.keyboard.type('1690');
    await clerk.keyboard.press('Enter');
    // Back up to the first row and along it to the comment.
    for (let i = 0; i < 3; i += 1) await clerk.keyboard.press('ArrowUp');
    await clerk.keyboard.press('Tab');
    await clerk.keyboard.type('社区卫生服务中心慢病管理台账');
    await clerk.keyboard.press('Enter');
    await expect.poll(async () => (await clerk.getByRole('status').filter({ hasText: '已保存' }).count())).toBe(4);

    const cells = await formCells(clerk);
    expect(cells.map((c) => [c.dataElement, c.value])).toEqual([
      ['XC21_HTN_SERVED', 5210],
      ['XC21_HTN_STANDARD_SERVED', 4186],
      ['XC21_DM_SERVED', 2048],
      ['XC21_DM_STANDARD_SERVED', 1690],
    ]);
    expect(cells[0]!.comment).toBe('社区卫生服务中心慢病管理台账');
    await screenshot(clerk, 'data-entry-filled');
  });

  it('offers the clerk no other street, gives the message at the cell in English too, and refuses a street asked for in the address', async () => {
    await clerk.getByRole('combobox', { name: '组织机构' }).click();
    const options = clerk.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(['月坛街道']);
    await clerk.keyboard.press('Escape');

    // The same check in English.
    await clerk.getByText('English', { exact: true }).click();
    await clerk.getByRole('heading', { level: 1, name: 'Data entry' }).waitFor();
    const standard = clerk.getByLabel('按照规范要求进行高血压患者健康服务的人数 value');
    await standard.fill('4,18.6');
    await standard.press('Enter');
    await clerk.getByRole('alert').filter({ hasText: 'XC21_HTN_STANDARD_SERVED / 110102-S01 / 2025 must be a whole number, got 418.6' }).waitFor();
    await standard.press('Escape');
    expect(await standard.inputValue()).toBe('4186');
    await clerk.getByText('中文', { exact: true }).click();
    await clerk.getByRole('heading', { level: 1, name: '数据录入' }).waitFor();

    expect((await send(clerk, 'PUT', '/api/data/values', { dataElement: 'XC21_HTN_SERVED', orgUnit: OTHER_STREET, period: '2025', value: 3000 })).status()).toBe(403);
    await clerk.goto(`/data/entry?dataSet=${DATA_SET}&period=2025&orgUnit=${OTHER_STREET}`);
    await clerk.getByRole('alert').filter({ hasText: '无权操作组织机构 110102-S02 的数据' }).waitFor();
  });

  it('shows the conflict when a second session changed the same cell: keeps their value, or overwrites it on purpose', async () => {
    await clerk.goto(FORM);
    const served = clerk.getByLabel(`${SERVED} 数值`);
    await served.waitFor();
    expect(await served.inputValue()).toBe('5210');

    const colleague = await logIn(session, 'yuetan-clerk-2');
    await colleague.goto(FORM);
    const theirs = colleague.getByLabel(`${SERVED} 数值`);
    await theirs.fill('5120');
    await theirs.press('Enter');
    await colleague.getByRole('status').filter({ hasText: '已保存' }).waitFor();

    await served.fill('5102');
    await served.press('Enter');
    const dialog = clerk.getByRole('dialog', { name: '该数值已被他人修改' });
    await dialog.getByRole('button', { name: '用我的值覆盖' }).waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('对方保存的值5120（社区卫生服务中心慢病管理台账）');
    expect(text).toContain('您填写的值5102（社区卫生服务中心慢病管理台账）');
    await clerk.waitForTimeout(500);
    await screenshot(clerk, 'data-entry-conflict');
    await dialog.getByRole('button', { name: '保留对方的值' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await served.inputValue()).toBe('5120');

    await clerk.getByRole('button', { name: `查看 ${SERVED} 的修改记录` }).click();
    const history = clerk.getByRole('table', { name: '修改记录' });
    await history.getByRole('row').nth(3).waitFor();
    // The header, then: entered, commented, corrected by the colleague.
    const rows = await history.getByRole('row').allTextContents();
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/yuetan-clerk—5210表单录入/);
    expect(rows[2]).toMatch(/yuetan-clerk5210(?!（)5210（社区卫生服务中心慢病管理台账）表单录入/);
    expect(rows[3]).toMatch(/yuetan-clerk-25210（社区卫生服务中心慢病管理台账）5120（社区卫生服务中心慢病管理台账）表单录入/);
    await screenshot(clerk, 'data-entry-history');
    await clerk.keyboard.press('Escape');

    // The colleague slips on the diabetes figure; the clerk, confirming 2048 with a comment, overwrites on purpose.
    const dmServed = '年内服务糖尿病患者总人数';
    await colleague.getByLabel(`${dmServed} 数值`).fill('2084');
    await colleague.getByLabel(`${dmServed} 数值`).press('Enter');
    await expect.poll(() => colleague.getByRole('status').filter({ hasText: '已保存' }).count()).toBe(2);
    await clerk.getByLabel(`${dmServed} 备注`).fill('已与慢病管理台账核对');
    await clerk.getByLabel(`${dmServed} 备注`).press('Enter');
    await dialog.getByRole('button', { name: '用我的值覆盖' }).waitFor();
    expect(await dialog.textContent()).toContain('对方保存的值2084您填写的值2048（已与慢病管理台账核对）');
    await dialog.getByRole('button', { name: '用我的值覆盖' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await formCells(clerk))[2]).toMatchObject({
      dataElement: 'XC21_DM_SERVED',
      value: 2048,
      version: 3,
      comment: '已与慢病管理台账核对',
    });
    expect(await clerk.getByLabel(`${dmServed} 数值`).inputValue()).toBe('2048');
    await colleague.context().close();
  });

  it('submits; the approver approves, locking the form; the street indicator takes the entered figures', async () => {
    await clerk.goto(FORM);
    await clerk.getByRole('button', { name: '提交' }).click();
    await clerk.getByRole('region', { name: '表单状态' }).getByText('已上报').waitFor();
    await clerk.getByTestId('completeness-submitted').getByText('已上报 1/1（100%）').waitFor();
    expect(await streetRate(clerk, HTN, true)).toBeNull();

    const approver = await logIn(session, 'xicheng-approver');
    await approver.goto(FORM);
    await approver.getByTestId('completeness-submitted').getByText('已上报 1/6（16.7%）').waitFor();
    await approver.getByRole('button', { name: '审核通过' }).click();
    await approver.getByRole('region', { name: '表单状态' }).getByText('已审核').waitFor();
    await approver.getByTestId('completeness-approved').getByText('已审核 1/6（16.7%）').waitFor();
    await approver.getByText('该表单已审核锁定').waitFor();
    expect(await approver.getByLabel(`${SERVED} 数值`).getAttribute('readonly')).not.toBeNull();
    await screenshot(approver, 'data-entry-approved');

    // 4186 / 5120 = 81.76 %, 1690 / 2048 = 82.52 %: from approved data too, now that the form is approved.
    expect(await streetRate(approver, HTN, true)).toBeCloseTo(81.7578, 3);
    expect(await streetRate(approver, DM, true)).toBeCloseTo(82.5195, 3);
    await approver.goto(`/plans/${PLAN}/scorecard?orgUnit=${STREET}&year=2025`);
    const row = (name: string) => approver.getByRole('row').filter({ has: approver.getByRole('link', { name: `查看指标「${name}」` }) });
    await row(HTN).waitFor();
    expect(await row(HTN).textContent()).toContain('81.76');
    expect(await row(DM).textContent()).toContain('82.52');
    await row(HTN).scrollIntoViewIfNeeded();
    await screenshot(approver, 'data-entry-scorecard');

    // The clerk's page still shows the submitted form: the next save is refused as locked, and the grid turns read-only.
    const served = clerk.getByLabel(`${SERVED} 数值`);
    await served.fill('5121');
    await served.press('Enter');
    await clerk.getByRole('alert').filter({ hasText: '的数据已审核锁定，需审核员退回后才能修改' }).first().waitFor();
    await clerk.getByRole('region', { name: '表单状态' }).getByText('已审核').waitFor();
    expect(await served.getAttribute('readonly')).not.toBeNull();
    await screenshot(clerk, 'data-entry-locked');
    await clerk.goto(FORM);
    await clerk.getByText('该表单已审核锁定').waitFor();
    await served.focus();
    await clerk.keyboard.type('9');
    expect(await served.inputValue()).toBe('5120');
    expect((await formCells(clerk))[0]).toMatchObject({ value: 5120, version: 3 });
  });

  it('reopens with a reason the clerk sees, and shows a closed input window as a read-only form', async () => {
    const approver = await logIn(session, 'xicheng-approver');
    await approver.goto(FORM);
    await approver.getByRole('button', { name: '退回' }).click();
    const dialog = approver.getByRole('dialog', { name: '退回已审核的表单' });
    await dialog.getByLabel('退回原因（必填）').fill('高血压服务人数待与慢病管理台账核对');
    await dialog.getByRole('button', { name: '退回' }).click();
    await approver.getByRole('region', { name: '表单状态' }).getByText('已退回').waitFor();
    expect(await streetRate(approver, HTN, true)).toBeNull();

    await clerk.goto(FORM);
    await clerk.getByText('退回原因：高血压服务人数待与慢病管理台账核对').waitFor();
    expect(await clerk.getByLabel(`${SERVED} 数值`).getAttribute('readonly')).toBeNull();

    const { items } = await getJson<{ items: Array<{ code: string; version: number }> }>(admin, '/api/data/sets');
    const version = items.find((s) => s.code === DATA_SET)!.version;
    const closed = await send(admin, 'PATCH', `/api/data/sets/${DATA_SET}`, { version, openFrom: '2026-01-01', openUntil: '2026-03-31' });
    expect(closed.status()).toBe(200);
    await clerk.goto(FORM);
    await clerk.getByRole('alert').filter({ hasText: '该数据集不在填报期（2026-01-01 至 2026-03-31），表单只读。' }).waitFor();
    await clerk.getByText('不在填报期（2026-01-01 至 2026-03-31）', { exact: true }).waitFor();
    expect(await clerk.getByLabel(`${SERVED} 数值`).getAttribute('readonly')).not.toBeNull();
    await screenshot(clerk, 'data-entry-window-closed');
  });
});
