import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/web/pages/comparison/types.js';
import type { IndicatorPage } from '../../src/web/pages/indicator/types.js';
import type { ProjectBoard } from '../../src/web/pages/projects/types.js';
import type { Scorecard } from '../../src/web/pages/scorecard/types.js';
import { chooseOption, screenshot, type TestPage } from './browser.js';
import { getJson, openAdminSession, type AdminSession } from './session.js';

// The demo content: 西城区“十四五” plan, whose 人均期望寿命 starts at 84.26 岁 (2020) with the target ≥84 岁.
const PLAN = 'xicheng-2021-2025';
const LIFE = '人均期望寿命';


describe('monitoring workspace walkthrough', () => {
  let session: AdminSession;
  let tab: TestPage;
  let page: Page;

  beforeAll(async () => {
    session = await openAdminSession();
    tab = session.tab;
    page = tab.page;
  });

  afterAll(async () => session?.close());

  it('opens the scorecard from the plan page: 人均期望寿命 with baseline, target, status and the sample-data marks', async () => {
    await page.goto(`/plans/${PLAN}`);
    await page.getByRole('navigation', { name: '监测工作台' }).getByRole('link', { name: '指标监测表' }).click();
    await page.waitForURL(`**/plans/${PLAN}/scorecard`);
    const card = await getJson<Scorecard>(page, `/api/plans/${PLAN}/scorecard`);
    await page.getByRole('heading', { level: 1, name: `指标监测表：${card.plan.title}` }).waitFor();

    const life = card.rows.find((r) => r.name === LIFE)!;
    expect(life.baseline?.value).toBe(84.26);
    expect(life.targets.map((t) => t.text)).toContain('≥84 岁');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `查看指标「${LIFE}」` }) });
    const text = await row.textContent();
    expect(text).toContain('84.26');
    expect(text).toContain('≥84 岁');
    expect(text).toContain(life.statusLabel!.zh);
    expect(text).toContain(`${life.latest!.roundedValue} 岁（${life.latest!.year}年）`);

    expect(card.usesSamples).toBe(true);
    await page.getByText('本页显示的数值含示例数据').waitFor();
    expect(await row.getByText('示例数据').count()).toBe(1);

    const summary = await page.locator('.ant-card').filter({ hasText: `进度汇总（共 ${card.summary.total} 项指标）` }).textContent();
    expect(summary).toContain(`已达标${card.summary.byStatus.achieved}`);

    // Filtering by status leaves exactly the rows the engine gave that status.
    await chooseOption(page, page.getByRole('combobox', { name: '按进度状态筛选' }), '已达标');
    const achieved = card.rows.filter((r) => r.status === 'achieved').length;
    await page.getByText(`显示 ${achieved} / ${card.rows.length} 项`).waitFor();
    await screenshot(page, 'workspace-scorecard');
  });

  it('shows a 北京市 target beside the plan’s own and narrows the scorecard to one street', async () => {
    // 门头沟区 人均预期寿命: the plan's 81.8 and 北京市's 82.8, judged separately by the engine.
    await page.goto('/plans/mentougou-2021-2025/scorecard');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '查看指标「人均预期寿命」' }) });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('81.8');
    expect(text).toContain('82.8');
    expect(text).toContain('北京市目标值');

    await page.goto(`/plans/${PLAN}/scorecard`);
    await chooseOption(page, page.getByRole('combobox', { name: '范围' }), '月坛街道');
    await page.waitForURL('**orgUnit=110102-S01**');
    const street = await getJson<Scorecard>(page, `/api/plans/${PLAN}/scorecard?orgUnit=110102-S01`);
    expect(street.orgUnit.name).toBe('月坛街道');
    await page.getByText(`进度汇总（共 ${street.summary.total} 项指标）`).waitFor();
    await screenshot(page, 'workspace-scorecard-street');
    await page.goto(`/plans/${PLAN}/scorecard`);
    await page.getByRole('link', { name: `查看指标「${LIFE}」` }).waitFor();
  });

  it('goes to the indicator page with the trend chart, the values and the rule in words', async () => {
    await page.getByRole('link', { name: `查看指标「${LIFE}」` }).click();
    await page.waitForURL('**/indicators/**');
    await page.getByRole('heading', { level: 1, name: LIFE }).waitFor();
    const address = new URL(page.url());
    const code = decodeURIComponent(address.pathname.split('/').pop()!);
    const detail = await getJson<IndicatorPage>(page, `/api/indicators/${code}${address.search}`);
    await page.getByRole('img', { name: `折线图：${LIFE}各年数值、基期值、目标值、时间进度线和预测` }).waitFor();
    await page.locator('canvas').first().waitFor();
    expect(await page.locator('.ant-descriptions').textContent()).toContain('84.26 岁（2020年）');
    await page.getByText(detail.explanation!.zh).waitFor();
    const values = page.getByRole('table', { name: '各年数值及来源' });
    const withValues = detail.series.filter((p) => p.value !== null);
    expect(await values.locator('tbody tr.ant-table-row').count()).toBe(withValues.length);
    expect(await values.textContent()).toContain(String(withValues.at(-1)!.roundedValue));
    await screenshot(page, 'workspace-indicator');
  });

  it('posts a task update with an evidence file and shows it as the latest update', async () => {
    await page.goto(`/plans/${PLAN}/tasks`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '任务看板' }).waitFor();
    const first = page.getByRole('button', { name: /^报告进展：/ }).first();
    const label = (await first.getAttribute('aria-label'))!;
    await first.click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog.getByLabel('状态'), '进行中');
    await dialog.getByLabel('完成进度（%）').fill('40');
    await dialog.getByLabel('进展说明').fill('已召开健康联合体成员单位联席会议，制定年度工作方案。');
    const dir = await mkdtemp(join(tmpdir(), 'workspace-evidence-'));
    const file = join(dir, '联席会议纪要.txt');
    await writeFile(file, '联席会议纪要：会议明确了各成员单位的职责分工。\n');
    await dialog.locator('input[type=file]').setInputFiles(file);
    await dialog.getByRole('button', { name: '提交' }).click();
    await page.getByText('进展已保存').waitFor();
    await page.getByText('已召开健康联合体成员单位联席会议，制定年度工作方案。').waitFor();
    const link = page.getByRole('link', { name: '佐证材料：联席会议纪要.txt' });
    await link.waitFor();
    const download = await page.request.get((await link.getAttribute('href'))!);
    expect(await download.text()).toBe('联席会议纪要：会议明确了各成员单位的职责分工。\n');
    expect(await page.getByRole('button', { name: label }).locator('xpath=ancestor::tr').textContent()).toContain('进行中');
    await screenshot(page, 'workspace-tasks');
  });

  it('shows the project board with 待定 investments counted as unknown', async () => {
    await page.goto(`/plans/${PLAN}/projects`);
    const board = await getJson<ProjectBoard>(page, `/api/plans/${PLAN}/projects`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '项目看板' }).waitFor();
    const { investment } = board.totals;
    await page.getByText(`投资合计 ${investment.sum} 万元（${investment.known} 个项目已列明）`).waitFor();
    if (investment.unknown > 0) await page.getByText(`另有 ${investment.unknown} 个项目投资${investment.pending > 0 ? '未知' : '未列明'}`).waitFor();
    const table = page.getByRole('table', { name: '重点项目看板' });
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(board.items.length);
    expect(await table.getByText('未知', { exact: true }).count() + (await table.getByText('待定', { exact: true }).count())).toBe(investment.unknown);
    await screenshot(page, 'workspace-projects');
  });

  it('compares 人均期望寿命 across the plans that link it', async () => {
    await page.goto('/compare');
    await page.getByRole('link', { name: LIFE, exact: true }).click();
    await page.waitForURL('**/compare/LIFE_EXPECTANCY');
    const comparison = await getJson<Comparison>(page, '/api/canonical-indicators/LIFE_EXPECTANCY/comparison');
    await page.getByRole('heading', { level: 1, name: `跨规划比较：${LIFE}` }).waitFor();
    const table = page.getByRole('table', { name: '各规划的目标值与最新值' });
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(comparison.items.length);
    const xicheng = comparison.items.find((i) => i.plan.code === PLAN)!;
    expect(await table.locator('tbody tr').filter({ hasText: xicheng.plan.title }).textContent()).toContain('≥84 岁');
    await page.getByRole('img', { name: `柱状图：${LIFE}在各规划地区的最新值与目标值` }).waitFor();
    await screenshot(page, 'workspace-comparison');
  });

  it('creates an annual evaluation for 2024 and shows its frozen results', async () => {
    await page.goto(`/plans/${PLAN}/evaluations`);
    await page.getByText('尚无评估').waitFor();
    await chooseOption(page, page.getByRole('combobox', { name: '评估年度' }), '2024年');
    await page.getByRole('button', { name: '创建并冻结结果' }).click();
    await page.waitForURL(`**/plans/${PLAN}/evaluations/*`);
    await page.getByRole('heading', { level: 1, name: /^年度监测（2024年）/ }).waitFor();
    const card = await getJson<Scorecard>(page, `/api/plans/${PLAN}/scorecard?year=2024&approvedOnly=true`);
    await page.getByText(`进度汇总（共 ${card.summary.total} 项指标）`).waitFor();
    const frozen = page.getByRole('table', { name: '评估时冻结的指标结果' });
    expect(await frozen.locator('tbody tr').filter({ hasText: LIFE }).textContent()).toContain('84.26');
    // The Word report renders every binding and off-track chart on the server (≈ 0.8 s each, 30–50 s on a busy
    // machine); the link's click waits for that response like the download does.
    const download = page.waitForEvent('download', { timeout: 180_000 });
    await page.getByRole('link', { name: /Word 报告/ }).click({ timeout: 180_000 });
    const report = await download;
    expect(report.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile((await report.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await screenshot(page, 'workspace-evaluation');
    expect(tab.errors).toEqual([]);
  }, 240_000);
});
