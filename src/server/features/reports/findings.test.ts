import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalLibrary } from '../../../domain/canonical/library.js';
import type { EvaluationSnapshot } from '../../../domain/evaluation/snapshot.js';
import { readContentJson } from '../../demo/content.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { loadCanonicalLibrary } from '../canonical/load.js';
import { addDataValues } from '../indicators/testing.js';
import { importPlan } from '../plans/import.js';

const PLAN = 'mentougou-2021-2025';

/** The text of a Word document's body, paragraph by paragraph, and its table rows cell by cell. */
async function wordText(body: Buffer): Promise<{ xml: string; rows: string[][] }> {
  const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
  const rows = [...xml.matchAll(/<w:tr[ >].*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((tc) => tc[0].replace(/<[^>]+>/g, '')));
  return { xml, rows };
}

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}

describe.each(testDatabases)('consistency and data-quality findings in the reports on $name', (database) => {
  let t: TestApp;
  let planner: TestSession;
  let viewer: TestSession;
  let id: number;
  let snapshot: EvaluationSnapshot;

  beforeAll(async () => {
    t = await openTestApp(database);
    await loadCanonicalLibrary(t.handle.db, readContentJson('canonical', 'indicators.json') as CanonicalLibrary);
    await importPlan({ db: t.handle.db, actor: null, channel: 'system', requestId: null }, readContentJson('plans', `${PLAN}.json`), { apply: true });
    await t.user('planner', [{ role: 'planner' }]);
    await t.user('viewer', [{ role: 'viewer' }]);
    planner = await t.login('planner');
    viewer = await t.login('viewer');
    // The document's 2020 count of beds in Mentougou is 2989; a 2021 entry with one digit too many is approved,
    // and a draft resident population a tenth of the real one waits for review.
    await addDataValues(t.handle.db, [
      { element: 'BEDS', unit: '110109', period: '2021', value: 29890 },
      { element: 'POP_RESIDENT', unit: '110109', period: '2021', value: 39260, status: 'draft' },
    ]);
    const created = await t.as(planner, 'POST', `/api/plans/${PLAN}/evaluations`, { kind: 'annual', year: 2021 });
    expect(created.statusCode).toBe(201);
    id = created.json().id;
    snapshot = (await t.as(viewer, 'GET', `/api/evaluations/${id}`)).json().snapshot;
  });
  afterAll(async () => t?.close());

  it('freezes the plan’s consistency findings and the violations of the approved data used', () => {
    const infant = snapshot.findings!.consistency.find((f) => f.code === 'PLAN_BASELINE_CONFLICT' && f.indicator?.code === 'MTG21-03');
    expect(infant).toMatchObject({ indicator: { name: '婴儿死亡率' }, values: [2.17, 2.28], severity: 'warning' });
    expect(infant!.lines).toContain(894);
    expect(infant!.lines).toContain(342);
    const quality = snapshot.findings!.dataQuality;
    expect(quality.map((f) => `${f.kind}:${f.orgUnit}:${f.period}:${f.dataElement}`)).toEqual(['change:110109:2021:BEDS']);
    expect(quality[0]).toMatchObject({ values: [2989, 29890], severity: 'warning' });
    expect(quality[0].indicators.map((i) => i.code)).toContain('MTG21-06');
  });

  it('lists them in the Word report under a heading-styled section, with values, document lines and status', async () => {
    const res = await t.as(viewer, 'GET', `/api/evaluations/${id}/report.docx`);
    expect(res.statusCode).toBe(200);
    const { xml, rows } = await wordText(res.rawPayload);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t[^>]*>五、一致性与数据质量问题</);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t[^>]*>规划文本一致性</);
    const infant = rows.find((r) => r[0] === '同一年份数值冲突' && r[1] === 'MTG21-03 婴儿死亡率');
    expect(infant).toBeDefined();
    expect(infant![2]).toContain('2020 年有 2 个不同的数值');
    expect(infant![3]).toBe('2.17 / 2.28');
    expect(infant![4]).toMatch(/^第 .*342.*894.* 行$/);
    expect(infant![5]).toBe('待核实');
    const beds = rows.find((r) => r[0] === '同比变化异常');
    expect(beds).toBeDefined();
    expect(beds![1]).toContain('MTG21-06 每千常住人口医疗卫生机构床位数');
    expect(beds![2]).toContain('BEDS / 110109 / 2021 从上年同期 2989 变为 29890');
    expect(beds![3]).toBe('2989 / 29890');
    expect(beds![4]).toBe('110109 2021');
    expect(rows.some((r) => r.join('|').includes('39260'))).toBe(false);
    const again = await t.as(viewer, 'GET', `/api/evaluations/${id}/report.docx`);
    expect(again.rawPayload.equals(res.rawPayload)).toBe(true);
  });

  it('has the same table as an Excel sheet with numbers in their written format and a frozen header row', async () => {
    const book = await workbook((await t.as(viewer, 'GET', `/api/evaluations/${id}/report.xlsx`)).rawPayload);
    const sheet = book.getWorksheet('一致性与数据质量')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1, 6)).toEqual(['来源', '类型', '指标', '问题说明', '数值1']);
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => rows.push(row));
    const infant = rows.find((r) => r.getCell(2).value === '同一年份数值冲突' && r.getCell(3).value === 'MTG21-03 婴儿死亡率')!;
    expect(infant.getCell(5).value).toBe(2.17);
    expect(infant.getCell(5).numFmt).toBe('0.00');
    expect(infant.getCell(6).value).toBe(2.28);
    const beds = rows.find((r) => r.getCell(2).value === '同比变化异常')!;
    expect(beds.getCell(1).value).toBe('数据质量');
    expect([beds.getCell(5).value, beds.getCell(6).value]).toEqual([2989, 29890]);
    expect(beds.getCell(6).numFmt).toBe('0');
    expect(rows.at(-1)!.getCell(sheet.columnCount).value).toBe('供参考');
  });

  it('says that no findings were recorded for a snapshot stored before they were frozen, in Word and Excel', async () => {
    const { findings: _, ...older } = snapshot;
    const stored = await t.handle.db.insertInto('evaluations').values({
      plan_id: (await t.handle.db.selectFrom('plans').select('id').where('code', '=', PLAN).executeTakeFirstOrThrow()).id,
      kind: 'annual',
      year: 2021,
      snapshot: JSON.stringify(older),
      summary: JSON.stringify(older.summary),
      uses_samples: false,
      created_at: new Date(older.createdAt),
    }).returning('id').executeTakeFirstOrThrow();
    const docx = await t.as(viewer, 'GET', `/api/evaluations/${stored.id}/report.docx`);
    expect(docx.statusCode).toBe(200);
    const { xml, rows } = await wordText(docx.rawPayload);
    expect(xml.replace(/<[^>]+>/g, '')).toContain('五、一致性与数据质量问题该评估快照创建时未记录一致性与数据质量问题。');
    expect(rows.some((r) => r[0] === '同比变化异常')).toBe(false);
    const sheet = (await workbook((await t.as(viewer, 'GET', `/api/evaluations/${stored.id}/report.xlsx`)).rawPayload)).getWorksheet('一致性与数据质量')!;
    expect(sheet.getRow(2).getCell(4).value).toBe('该评估快照创建时未记录一致性与数据质量问题。');
  });
});
