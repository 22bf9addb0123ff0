import { describe, expect, it } from 'vitest';
import { gridRows } from './rows.js';
import type { ElementSummary, FormCell } from './types.js';

const cell = (dataElement: string, disaggregation: string, value: number | null): FormCell => ({
  dataElement,
  name: dataElement === 'BEDS' ? '实有床位数' : '家庭医生签约人数',
  unit: dataElement === 'BEDS' ? '张' : '人',
  valueType: 'integer',
  disaggregation,
  value,
  version: value === null ? null : 1,
  status: value === null ? null : 'draft',
  comment: null,
  provenance: value === null ? null : 'entry',
  updatedAt: null,
});
const element = (code: string, disaggregations: string[] = []): ElementSummary => ({ code, name: code, unit: null, valueType: 'integer', min: 0, max: null, disaggregations });

describe('entry grid rows', () => {
  it('lists each element once as a total, with the stored value where there is one', () => {
    const rows = gridRows([cell('BEDS', '', 2989), cell('FAMILY_DOCTOR_CONTRACTED', '', null)], new Map([['BEDS', element('BEDS')]]));
    expect(rows.map((r) => [r.key, r.cell?.value ?? null])).toEqual([
      ['BEDS|', 2989],
      ['FAMILY_DOCTOR_CONTRACTED|', null],
    ]);
    expect(rows[1]!.element).toBeNull();
  });

  it('lists an element by its disaggregations, and keeps a stored total the element no longer declares', () => {
    const elements = new Map([['FAMILY_DOCTOR_CONTRACTED', element('FAMILY_DOCTOR_CONTRACTED', ['男', '女'])]]);
    const rows = gridRows([cell('FAMILY_DOCTOR_CONTRACTED', '', 1200), cell('FAMILY_DOCTOR_CONTRACTED', '女', 700)], elements);
    expect(rows.map((r) => [r.disaggregation, r.cell?.value ?? null])).toEqual([
      ['男', null],
      ['女', 700],
      ['', 1200],
    ]);
  });
});
