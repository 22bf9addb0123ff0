import { describe, expect, it } from 'vitest';
import { readExchangeRow } from './row.js';

describe('readExchangeRow', () => {
  it('reads a DHIS2 row with codes and trims the cells', () => {
    const read = readExchangeRow({ dataElement: ' DE_BEDS ', period: '2020', orgUnit: 'xicheng', categoryOptionCombo: '', value: '16018', comment: '' }, 2);
    expect(read).toEqual({ ok: true, row: { dataElement: 'DE_BEDS', period: '2020', orgUnit: 'xicheng', categoryOptionCombo: '', value: '16018', comment: null } });
  });

  it('names the missing columns and the row', () => {
    const read = readExchangeRow({ dataElement: 'DE_BEDS', value: '1' }, 7);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.zh).toBe('第 7 行缺少 period、orgUnit');
      expect(read.problem.en).toBe('Row 7 has no period, orgUnit');
    }
  });

  it('refuses a period that is not an ISO id', () => {
    const read = readExchangeRow({ dataElement: 'DE_BEDS', period: '2020年', orgUnit: 'xicheng', value: '1' }, 3);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.en).toContain('"2020年"');
  });
});
