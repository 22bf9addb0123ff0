import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../testing/database.js';
import { openReportFixture, type ReportFixture } from './testing.js';

describe('GET /api/evaluations/:id/report.docx|.xlsx', () => {
  let f: ReportFixture;
  beforeAll(async () => {
    f = await openReportFixture(testDatabases[0]);
  });
  afterAll(async () => f?.t.close());

  it('sends the Excel report to a viewer as a named attachment, the same bytes each time', async () => {
    const first = await f.t.as(f.viewer, 'GET', `/api/evaluations/${f.clean}/report.xlsx`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(first.headers['content-disposition']).toBe('attachment; filename="xicheng-2021-2025-2023-midterm.xlsx"');
    const again = await f.t.as(f.viewer, 'GET', `/api/evaluations/${f.clean}/report.xlsx`);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    const sheet = await (await JSZip.loadAsync(first.rawPayload)).file('xl/sharedStrings.xml')!.async('string');
    expect(sheet).toContain('人均期望寿命');
  });

  it('sends the Word report, refuses an anonymous caller and answers 404 for an unknown evaluation', async () => {
    const docx = await f.t.as(f.viewer, 'GET', `/api/evaluations/${f.withSamples}/report.docx`);
    expect(docx.statusCode).toBe(200);
    const document = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(document).toContain('2023年年度监测报告');
    expect((await f.t.as(null, 'GET', `/api/evaluations/${f.clean}/report.docx`)).statusCode).toBe(401);
    const missing = await f.t.as(f.viewer, 'GET', '/api/evaluations/999999/report.docx');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.messageZh).toContain('未找到评估 999999');
  });
});
