import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.js';
import { fileBody, XLSX_TYPE } from './file-body.js';

const CSV = 'dataElement,period,orgUnit,categoryOptionCombo,value,comment\nBEDS,2024,110109,,2989,\n';

describe('fileBody', () => {
  it('types a CSV and a spreadsheet by their extension, whatever the browser guessed', async () => {
    const csv = (await fileBody(new File([CSV], '床位.CSV', { type: 'application/vnd.ms-excel' }))) as Blob;
    expect(csv.type).toBe('text/csv');
    expect(await csv.text()).toBe(CSV);
    const xlsx = (await fileBody(new File([new Uint8Array([80, 75, 3, 4])], 'template.xlsx'))) as Blob;
    expect(xlsx.type).toBe(XLSX_TYPE);
    expect(xlsx.size).toBe(4);
  });

  it('sends a dataValueSets file as JSON', async () => {
    const json = JSON.stringify({ dataValues: [{ dataElement: 'BEDS', period: '2024', orgUnit: '110109', value: '2989' }] });
    expect(await fileBody(new File([json], 'values.json'))).toEqual({ dataValues: [{ dataElement: 'BEDS', period: '2024', orgUnit: '110109', value: '2989' }] });
  });

  it('refuses broken JSON and other file types, naming the file', async () => {
    await expect(fileBody(new File(['{"dataValues": ['], 'values.json'))).rejects.toThrow('The file "values.json" is not valid JSON');
    const refused = await fileBody(new File(['x'], 'plan.docx')).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).messages.zh).toContain('文件“plan.docx”的类型不受支持');
  });
});
