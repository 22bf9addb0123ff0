import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connect.js';
import { testDatabases } from '../../testing/database.js';
import { addDataElements, addDataValues, addOrgUnits } from './testing.js';
import { computeIndicators, type IndicatorFormulaSource } from './values.js';

const GP_RATE: IndicatorFormulaSource = { code: 'GP-RATE', numerator: '#{GPS} + #{TCM_GPS}', denominator: '#{POP}', factor: 10000 };
const IMR: IndicatorFormulaSource = { code: 'IMR', numerator: '#{INFANT_DEATHS}', denominator: '#{LIVE_BIRTHS}', factor: 1000 };
const TCM_SHARE: IndicatorFormulaSource = { code: 'TCM-SHARE', numerator: '#{VISITS.TCM}', denominator: '#{VISITS}', factor: 100 };
const EMS: IndicatorFormulaSource = { code: 'EMS', numerator: '#{XC21.EMS_CALLS_MET}', denominator: '#{XC21.EMS_CALLS}', factor: 100 };
const BROKEN: IndicatorFormulaSource = { code: 'BROKEN', numerator: '#{GPS} *', denominator: '#{POP}', factor: 1 };
const ALL = [GP_RATE, IMR, TCM_SHARE, EMS, BROKEN];

describe.each(testDatabases)('indicator values on $name', (database) => {
  let handle: DatabaseHandle;
  let ids: Map<string, number>;

  beforeAll(async () => {
    handle = await database.open();
    ids = await addOrgUnits(handle.db, [
      { code: 'D', level: 'district' },
      { code: 'S1', level: 'street', parent: 'D' },
      { code: 'S2', level: 'street', parent: 'D' },
    ]);
    await addDataElements(handle.db, [
      { code: 'GPS', name: '全科医生数', across: 'sum', overTime: 'last' },
      { code: 'TCM_GPS', name: '中医类别全科医师数', across: 'sum', overTime: 'last' },
      { code: 'POP', name: '常住人口', across: 'sum', overTime: 'average' },
      { code: 'INFANT_DEATHS', across: 'sum', overTime: 'sum' },
      { code: 'LIVE_BIRTHS', across: 'sum', overTime: 'sum' },
      { code: 'VISITS', across: 'sum', overTime: 'sum' },
      { code: 'XC21.EMS_CALLS_MET', across: 'sum', overTime: 'sum' },
      { code: 'XC21.EMS_CALLS', across: 'sum', overTime: 'sum' },
      ...ALL.map((i) => ({ code: i.code, across: 'none' as const, overTime: 'last' as const })),
    ]);
    await addDataValues(handle.db, [
      { element: 'POP', unit: 'S1', period: '2023', value: 60000 },
      { element: 'POP', unit: 'S2', period: '2023', value: 40000 },
      { element: 'POP', unit: 'S1', period: '2024', value: 60000 },
      { element: 'POP', unit: 'S2', period: '2024', value: 40000 },
      // 2023: both kinds of GP; 2024: TCM GPs not reported yet; 2022: neither, only the published rate.
      { element: 'GPS', unit: 'S1', period: '2023', value: 30 },
      { element: 'GPS', unit: 'S2', period: '2023', value: 20 },
      { element: 'TCM_GPS', unit: 'S1', period: '2023', value: 3 },
      { element: 'GPS', unit: 'S1', period: '2024', value: 33, provenance: 'sample' },
      { element: 'GPS', unit: 'S2', period: '2024', value: 21 },
      { element: 'GP-RATE', unit: 'D', period: '2022', value: 4.9, provenance: 'document', source: { document: 'plan', line: 120 } },
      // 婴儿死亡率 1.86‰ as 10 deaths in 5 376 live births; in 2024 no birth was recorded in S2.
      { element: 'INFANT_DEATHS', unit: 'S1', period: '2023', value: 6 },
      { element: 'INFANT_DEATHS', unit: 'S2', period: '2023', value: 4 },
      { element: 'LIVE_BIRTHS', unit: 'S1', period: '2023', value: 3000 },
      { element: 'LIVE_BIRTHS', unit: 'S2', period: '2023', value: 2376 },
      { element: 'INFANT_DEATHS', unit: 'S2', period: '2024', value: 1 },
      { element: 'LIVE_BIRTHS', unit: 'S2', period: '2024', value: 0 },
      { element: 'VISITS', unit: 'S1', period: '2023', value: 300, disaggregation: 'TCM' },
      { element: 'VISITS', unit: 'S1', period: '2023', value: 700, disaggregation: 'WEST' },
      { element: 'XC21.EMS_CALLS_MET', unit: 'S1', period: '2023', value: 950 },
      { element: 'XC21.EMS_CALLS', unit: 'S1', period: '2023', value: 1000 },
    ]);
  });
  afterAll(async () => handle?.close());

  const compute = (units: string[], years: number[], options = {}) =>
    computeIndicators(handle.db, { indicators: ALL, orgUnitIds: units.map((u) => ids.get(u)!), years, ...options });

  it('computes numerator × factor ÷ denominator from the aggregated inputs', async () => {
    const c = await compute(['D'], [2023]);
    const gp = c.value('GP-RATE', ids.get('D')!, 2023);
    expect(gp).toMatchObject({ basis: 'computed', numerator: 53, denominator: 100000, reason: null });
    expect(gp.value).toBeCloseTo(5.3, 12);
    expect(gp.inputs.map((i) => [i.item, i.name, i.value])).toEqual([
      ['GPS', '全科医生数', 50],
      ['TCM_GPS', '中医类别全科医师数', 3],
      ['POP', '常住人口', 100000],
      ['GP-RATE', 'GP-RATE', null],
    ]);
    expect(c.value('IMR', ids.get('D')!, 2023).value).toBeCloseTo((10 * 1000) / 5376, 12);
  });

  it('counts a missing numerator item as 0 while another is present (DHIS2 semantics)', async () => {
    const c = await compute(['D'], [2024]);
    const gp = c.value('GP-RATE', ids.get('D')!, 2024);
    expect(gp.numerator).toBe(54);
    expect(gp.value).toBeCloseTo(5.4, 12);
    expect(gp.inputs.find((i) => i.item === 'TCM_GPS')?.value).toBeNull();
    expect(gp.usesSamples).toBe(true);
  });

  it('falls back to the reported value when every numerator item is missing, and says so', async () => {
    const c = await compute(['D', 'S1'], [2022], { detailed: true });
    const gp = c.value('GP-RATE', ids.get('D')!, 2022);
    expect(gp).toMatchObject({ value: 4.9, basis: 'reported', reason: 'numerator_missing', usesSamples: false });
    expect(gp.inputs.at(-1)).toMatchObject({ item: 'GP-RATE', value: 4.9, count: 1, provenance: ['document'], sources: [{ document: 'plan', line: 120 }] });
    // The reported rate is stored at the district only (aggregation "none"): a street has no value.
    expect(c.value('GP-RATE', ids.get('S1')!, 2022)).toMatchObject({ value: null, basis: null, reason: 'numerator_missing' });
  });

  it('has no value when the denominator is 0', async () => {
    const c = await compute(['S2'], [2024]);
    expect(c.value('IMR', ids.get('S2')!, 2024)).toMatchObject({ value: null, basis: null, numerator: 1, denominator: 0, reason: 'denominator_zero' });
  });

  it('selects one disaggregation with #{CODE.DISAGG} and adds them all with #{CODE}', async () => {
    const c = await compute(['D'], [2023]);
    expect(c.value('TCM-SHARE', ids.get('D')!, 2023)).toMatchObject({ value: 30, numerator: 300, denominator: 1000 });
  });

  it('reads #{A.B} as element A.B when the element exists', async () => {
    const c = await compute(['D'], [2023]);
    const ems = c.value('EMS', ids.get('D')!, 2023);
    expect(ems.value).toBe(95);
    expect(ems.inputs[0]).toMatchObject({ item: 'XC21.EMS_CALLS_MET', element: 'XC21.EMS_CALLS_MET', disaggregation: null });
  });

  it('reports a formula that does not parse, in Chinese and English, without failing the others', async () => {
    const c = await compute(['D'], [2023]);
    expect(c.error('BROKEN')?.zh).toContain('指标 BROKEN 的计算公式有误');
    expect(c.error('BROKEN')?.en).toContain('The formula of indicator BROKEN is wrong');
    expect(c.value('BROKEN', ids.get('D')!, 2023).value).toBeNull();
    expect(c.error('GP-RATE')).toBeNull();
  });
});
