import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connect.js';
import { testDatabases } from '../../testing/database.js';
import { aggregateDataValues, type AggregationQuery } from './aggregate.js';
import { addDataElements, addDataValues, addOrgUnits } from './testing.js';

/**
 * A district D with two streets; institution A under street S1, B under S2.
 * Every expected number below is worked out by hand from these values.
 */
describe.each(testDatabases)('aggregation in the database on $name', (database) => {
  let handle: DatabaseHandle;
  let ids: Map<string, number>;

  beforeAll(async () => {
    handle = await database.open();
    ids = await addOrgUnits(handle.db, [
      { code: 'D', level: 'district' },
      { code: 'S1', level: 'street', parent: 'D' },
      { code: 'S2', level: 'street', parent: 'D' },
      { code: 'A', level: 'institution', parent: 'S1' },
      { code: 'B', level: 'institution', parent: 'S2' },
    ]);
    await addDataElements(handle.db, [
      { code: 'BIRTHS', across: 'sum', overTime: 'sum' },
      { code: 'POP', across: 'sum', overTime: 'average' },
      { code: 'BEDS', across: 'sum', overTime: 'last' },
      { code: 'LIFE', across: 'none', overTime: 'last' },
      { code: 'SCORE', across: 'average', overTime: 'last' },
      { code: 'VISITS', across: 'sum', overTime: 'sum' },
    ]);
    await addDataValues(handle.db, [
      { element: 'BIRTHS', unit: 'A', period: '202401', value: 10, source: { document: 'births register' } },
      { element: 'BIRTHS', unit: 'A', period: '202402', value: 12 },
      { element: 'BIRTHS', unit: 'B', period: '202401', value: 7 },
      { element: 'BIRTHS', unit: 'S1', period: '202403', value: 3 },
      // Outside the quarter, and a draft and a sample value that the options leave out.
      { element: 'BIRTHS', unit: 'A', period: '202404', value: 100 },
      { element: 'BIRTHS', unit: 'B', period: '202402', value: 5, status: 'draft' },
      { element: 'BIRTHS', unit: 'B', period: '202403', value: 9, provenance: 'sample' },

      { element: 'POP', unit: 'S1', period: '2024', value: 100000 },
      { element: 'POP', unit: 'S1', period: '2023', value: 90000 },
      { element: 'POP', unit: 'S2', period: '202401', value: 10000 },
      { element: 'POP', unit: 'S2', period: '202402', value: 20000 },
      { element: 'POP', unit: 'S2', period: '202403', value: 30000 },

      { element: 'BEDS', unit: 'A', period: '202401', value: 50 },
      { element: 'BEDS', unit: 'A', period: '202403', value: 55 },
      { element: 'BEDS', unit: 'A', period: '2024', value: 60 },
      { element: 'BEDS', unit: 'B', period: '2024Q1', value: 30 },
      { element: 'BEDS', unit: 'B', period: '202402', value: 28 },

      { element: 'LIFE', unit: 'D', period: '2024', value: 84.5 },
      { element: 'LIFE', unit: 'S1', period: '2024', value: 83 },

      { element: 'SCORE', unit: 'S1', period: '2024', value: 4 },
      { element: 'SCORE', unit: 'S2', period: '2024', value: 5 },

      { element: 'VISITS', unit: 'A', period: '2024', value: 30, disaggregation: 'TCM' },
      { element: 'VISITS', unit: 'A', period: '2024', value: 70, disaggregation: 'WEST' },
      { element: 'VISITS', unit: 'B', period: '2024', value: 5, disaggregation: 'TCM' },
    ]);
  });
  afterAll(async () => handle?.close());

  const run = (query: Omit<AggregationQuery, 'orgUnitIds'> & { units: string[] }) =>
    aggregateDataValues(handle.db, { ...query, orgUnitIds: query.units.map((c) => ids.get(c)!) });
  const valueOf = (rows: Awaited<ReturnType<typeof run>>, unit: string, period: string, element: string, disaggregation = '') =>
    rows.find((r) => r.orgUnitId === ids.get(unit) && r.period === period && r.element === element && r.disaggregation === disaggregation)?.value;

  it('sums across streets and over the months inside the period', async () => {
    const rows = await run({ elements: ['BIRTHS'], units: ['D', 'S1', 'S2'], periods: ['2024Q1', '202402'], approvedOnly: true, excludeSamples: true });
    expect(valueOf(rows, 'D', '2024Q1', 'BIRTHS')).toBe(10 + 12 + 7 + 3);
    expect(valueOf(rows, 'S1', '2024Q1', 'BIRTHS')).toBe(25);
    expect(valueOf(rows, 'S2', '2024Q1', 'BIRTHS')).toBe(7);
    expect(valueOf(rows, 'D', '202402', 'BIRTHS')).toBe(12);
  });

  it('leaves out drafts with approvedOnly and samples with excludeSamples, and tells what went in', async () => {
    const [lean] = await run({ elements: ['BIRTHS'], units: ['S2'], periods: ['2024Q1'] });
    expect(lean).toMatchObject({ value: 7 + 5 + 9, count: 3, samples: 1, provenance: [], status: [] });
    const [detailed] = await run({ elements: ['BIRTHS'], units: ['D'], periods: ['2024Q1'], detailed: true });
    expect(detailed).toMatchObject({ value: 10 + 12 + 7 + 3 + 5 + 9, count: 6, samples: 1 });
    expect(detailed.provenance.sort()).toEqual(['entry', 'sample']);
    expect(detailed.status.sort()).toEqual(['approved', 'draft']);
    expect(valueOf(await run({ elements: ['BIRTHS'], units: ['S2'], periods: ['2024Q1'], approvedOnly: true }), 'S2', '2024Q1', 'BIRTHS')).toBe(16);
    expect(valueOf(await run({ elements: ['BIRTHS'], units: ['S2'], periods: ['2024Q1'], excludeSamples: true }), 'S2', '2024Q1', 'BIRTHS')).toBe(12);
  });

  it('weights a yearly population by days, so that it stands for each month and quarter of its year', async () => {
    const rows = await run({ elements: ['POP'], units: ['D', 'S1', 'S2'], periods: ['202403', '2024Q1', '2024', '2023'] });
    expect(valueOf(rows, 'S1', '202403', 'POP')).toBe(100000);
    expect(valueOf(rows, 'S1', '2024Q1', 'POP')).toBe(100000);
    expect(valueOf(rows, 'S1', '2023', 'POP')).toBe(90000);
    // Monthly values over the quarter, weighted by 31, 29 (2024 is a leap year) and 31 days: 1 820 000 000 / 91.
    expect(valueOf(rows, 'S2', '2024Q1', 'POP')).toBeCloseTo(20000, 9);
    // Over the year, the months without a value do not count: the same three months.
    expect(valueOf(rows, 'S2', '2024', 'POP')).toBeCloseTo(20000, 9);
    expect(valueOf(rows, 'D', '2024Q1', 'POP')).toBeCloseTo(120000, 9);
    expect(valueOf(rows, 'D', '202401', 'POP')).toBeUndefined();
  });

  it('takes the value with the latest period end inside the period', async () => {
    const rows = await run({ elements: ['BEDS'], units: ['D', 'S1', 'S2'], periods: ['2024Q1', '202402', '2024'], detailed: true });
    // A: 202403 (55) ends after 202401; B: 2024Q1 (30) ends after 202402.
    expect(valueOf(rows, 'D', '2024Q1', 'BEDS')).toBe(55 + 30);
    expect(valueOf(rows, 'S2', '2024Q1', 'BEDS')).toBe(30);
    // Only B's February value lies inside February.
    expect(valueOf(rows, 'D', '202402', 'BEDS')).toBe(28);
    // A's yearly 60 and its March 55: the year ends later.
    expect(valueOf(rows, 'D', '2024', 'BEDS')).toBe(60 + 30);
  });

  it('keeps only the value stored at the unit itself for "none", and averages across units for "average"', async () => {
    const rows = await run({ elements: ['LIFE', 'SCORE'], units: ['D', 'S1', 'S2'], periods: ['2024'] });
    expect(valueOf(rows, 'D', '2024', 'LIFE')).toBe(84.5);
    expect(valueOf(rows, 'S1', '2024', 'LIFE')).toBe(83);
    expect(valueOf(rows, 'S2', '2024', 'LIFE')).toBeUndefined();
    expect(valueOf(rows, 'D', '2024', 'SCORE')).toBe(4.5);
    expect(valueOf(rows, 'S1', '2024', 'SCORE')).toBe(4);
  });

  it('returns each disaggregation separately', async () => {
    const rows = await run({ elements: ['VISITS'], units: ['D'], periods: ['2024'] });
    expect(valueOf(rows, 'D', '2024', 'VISITS', 'TCM')).toBe(35);
    expect(valueOf(rows, 'D', '2024', 'VISITS', 'WEST')).toBe(70);
    expect(rows).toHaveLength(2);
  });

  it('collects the sources of the values used when asked', async () => {
    const rows = await run({ elements: ['BIRTHS'], units: ['S1'], periods: ['202401'], detailed: true });
    expect(rows[0].sources).toEqual([{ document: 'births register' }]);
    const without = await run({ elements: ['BIRTHS'], units: ['S1'], periods: ['202401'] });
    expect(without[0].sources).toEqual([]);
  });

  it('answers nothing for unknown codes and empty queries', async () => {
    expect(await run({ elements: ['NO_SUCH'], units: ['D'], periods: ['2024'] })).toEqual([]);
    expect(await run({ elements: [], units: ['D'], periods: ['2024'] })).toEqual([]);
  });
});
