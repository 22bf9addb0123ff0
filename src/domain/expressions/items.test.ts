import { describe, expect, it } from 'vitest';
import { collectItems } from './items.js';
import { parse } from './parser.js';

describe('collectItems', () => {
  it('lists what 每千常住人口执业（助理）医师数 needs, once each, in order of use', () => {
    const items = collectItems(parse('(#{DOCTORS} + #{DOCTORS.ASSISTANT}) * 1000 / #{POP_RES} + 0 * #{DOCTORS}'));
    expect(items.dataItems).toEqual([
      { code: 'DOCTORS', disaggregation: null, key: 'DOCTORS' },
      { code: 'DOCTORS', disaggregation: 'ASSISTANT', key: 'DOCTORS.ASSISTANT' },
      { code: 'POP_RES', disaggregation: null, key: 'POP_RES' },
    ]);
    expect(items.dataElements).toEqual(['DOCTORS', 'POP_RES']);
    expect(items).toMatchObject({ constants: [], orgUnitGroups: [], usesDays: false });
  });

  it('finds constants, org unit groups and days inside function calls', () => {
    const items = collectItems(parse('if(OUG{CHC} > 0, #{VISITS} * C{K} / (OUG{CHC} * [days]), C{DEFAULT})'));
    expect(items.constants).toEqual(['K', 'DEFAULT']);
    expect(items.orgUnitGroups).toEqual(['CHC']);
    expect(items.usesDays).toBe(true);
    expect(items.dataElements).toEqual(['VISITS']);
  });

  it('finds nothing in a plain number', () => {
    expect(collectItems(parse('1000'))).toEqual({ dataItems: [], dataElements: [], constants: [], orgUnitGroups: [], usesDays: false });
  });
});
