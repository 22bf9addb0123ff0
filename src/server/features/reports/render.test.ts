import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationSnapshot } from '../../../domain/evaluation/snapshot.js';
import { testDatabases } from '../../testing/database.js';
import { renderReport } from './render.js';
import { openReportFixture, type ReportFixture } from './testing.js';

describe('reports from an evaluation snapshot', () => {
  let f: ReportFixture;
  let clean: EvaluationSnapshot;
  let withSamples: EvaluationSnapshot;

  beforeAll(async () => {
    f = await openReportFixture(testDatabases[0]);
    clean = (await f.t.as(f.viewer, 'GET', `/api/evaluations/${f.clean}`)).json().snapshot;
    withSamples = (await f.t.as(f.viewer, 'GET', `/api/evaluations/${f.withSamples}`)).json().snapshot;
  });
  afterAll(async () => f?.t.close());

  it('is the same file byte for byte for the same snapshot', async () => {
    const a = await renderReport(clean, 'docx');
    await new Promise((r) => setTimeout(r, 1100));
    const b = await renderReport(clean, 'docx');
    expect(b.equals(a)).toBe(true);
    const x = await renderReport(clean, 'xlsx');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await renderReport(clean, 'xlsx')).equals(x)).toBe(true);
  });

  it('writes a Word report with headings, the indicator table, statuses and a chart per binding or off-track indicator', async () => {
    const zip = await JSZip.loadAsync(await renderReport(clean, 'docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const plain = xml.replace(/<[^>]+>/g, '');
    expect(plain).toContain('西城区“十四五”时期卫生健康事业发展规划');
    expect(plain).toContain('2023年中期评估报告');
    expect(plain).toContain('人均期望寿命');
    expect(plain).toContain('84.61（2022年）');
    expect(plain).toContain('84.26（2020年）');
    expect(plain).toContain('≥84 岁');
    expect(plain).toContain('已达标');
    expect(plain).not.toContain('79.77');
    for (const section of ['一、总体情况', '二、指标完成情况', '三、重点任务进展', '四、重点项目进展', '五、一致性与数据质量问题', '存在的问题', '原因分析', '下一步措施']) expect(plain).toContain(section);
    expect(xml).toContain('w:pStyle w:val="Heading1"');
    expect(xml).toContain('w:pStyle w:val="Heading2"');
    expect(plain).not.toContain('示例数据，非真实统计');
    const images = Object.keys(zip.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'));
    const binding = clean.indicators.filter((i) => i.attribute === 'binding').length;
    expect(binding).toBeGreaterThan(5);
    expect(images.length).toBeGreaterThanOrEqual(binding);
    const png = await zip.file(images[0])!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('marks the cover and every page header of a report that used sample values', async () => {
    expect(withSamples.usesSamples).toBe(true);
    const zip = await JSZip.loadAsync(await renderReport(withSamples, 'docx'));
    const document = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(document).toContain('示例数据，非真实统计');
    const headers = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(await zip.file(h)!.async('string')).toContain('示例数据，非真实统计');
  });

  it('writes an Excel report with the same tables, numbers as numbers with formats and frozen header rows', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderReport(clean, 'xlsx')) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['总体情况', '指标', '重点任务', '重点项目', '一致性与数据质量']);
    const sheet = book.getWorksheet('指标')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(4).value).toBe('指标');
    let life: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'XC21-07') life = row;
    });
    expect(life!.getCell(4).value).toBe('人均期望寿命');
    expect(life!.getCell(7).value).toBe(84.26);
    expect(life!.getCell(10).value).toBe(84.61);
    expect(life!.getCell(10).numFmt).toBe('0.00');
    expect(life!.getCell(11).value).toBe(2022);
    expect(life!.getCell(12).value).toBe('已达标');
    const tasks = book.getWorksheet('重点任务')!;
    expect(tasks.rowCount - 1).toBe(clean.tasks.length);

    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load((await renderReport(withSamples, 'xlsx')) as unknown as ArrayBuffer);
    for (const ws of marked.worksheets) expect(ws.getRow(1).getCell(1).value).toBe('示例数据，非真实统计');
  });
});
