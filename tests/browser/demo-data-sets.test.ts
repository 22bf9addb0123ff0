import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { getJson, openAdminSession, type AdminSession } from './session.js';

// The demo's district form of 西城区“十四五” for 2025: its beds are a sample, its life expectancy (85.05)
// the published figure.
const FORM = '/data/entry?dataSet=XC21-ANNUAL-DISTRICT&period=2025&orgUnit=110102';
const BEDS = '医疗卫生机构床位数（实有/开放） 数值';
const LIFE_EXPECTANCY = '人均期望寿命 数值';

interface FormCell {
  dataElement: string;
  value: number;
  comment: string | null;
  provenance: string;
}

describe('demo data sets: the district form opens with its samples tagged, and entry replaces them', () => {
  let session: AdminSession;
  beforeAll(async () => void (session = await openAdminSession()));
  afterAll(async () => session?.close());

  it('tags samples and published figures, keeps the published one read-only, and replaces a sample on Enter', async () => {
    const page = session.tab.page;
    await page.goto(FORM);
    const beds = page.getByLabel(BEDS);
    await beds.waitFor();
    const cell = (label: string) => page.getByRole('row').filter({ has: page.getByLabel(label) });
    await cell(BEDS).getByText('示例数据').waitFor();
    await cell(LIFE_EXPECTANCY).getByText('公开统计').waitFor();
    expect(await page.getByLabel(LIFE_EXPECTANCY).inputValue()).toBe('85.05');
    expect(await page.getByLabel(LIFE_EXPECTANCY).getAttribute('readonly')).not.toBeNull();
    expect(await page.getByLabel('医疗卫生机构床位数（实有/开放） 备注').inputValue()).toBe('');
    await screenshot(page, 'demo-data-set-district-form');

    await beds.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('14620');
    await page.keyboard.press('Enter');
    await cell(BEDS).getByText('已保存').waitFor();
    expect(await cell(BEDS).getByText('示例数据').count()).toBe(0);
    const { cells } = await getJson<{ cells: FormCell[] }>(page, '/api/data/values?dataSet=XC21-ANNUAL-DISTRICT&orgUnit=110102&period=2025');
    expect(cells.find((c) => c.dataElement === 'BEDS')).toMatchObject({ value: 14620, comment: null, provenance: 'entry' });
  });
});
