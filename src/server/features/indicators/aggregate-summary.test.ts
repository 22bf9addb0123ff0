import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../domain/periods/period.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { testDatabases } from '../../testing/database.js';
import { importValues } from '../data/import.js';
import { removeSamples } from '../samples/service.js';
import { aggregateDataValues, elementRules } from './aggregate.js';
import { toAggregatedValues, type AggregatedValue, type AggregationQuery } from './aggregate-rows.js';
import { aggregateFromSummary } from './aggregate-summary.js';
import { aggregateFromValues } from './aggregate-values.js';
import { addDataElements, addDataValues, addOrgUnits } from './testing.js';

/**
 * The yearly summaries against the stored values: after every kind of write, every query a
 * scorecard can make (each filter, each unit, each year) must give the same numbers both ways, to
 * the last digit. Mentougou district (门头沟区) with two streets, a hospital under 大峪 and a clinic
 * under 城子, and figures of its 14th plan: 2 989 beds of which 122 rehabilitation beds, life
 * expectancy 81.7 and 81.8, infant mortality 2.17 ‰ and 2.28 ‰, and the staff ratios 3.5, 4.1, 1.73,
 * 0.87 and 3.2 (stored as a per-unit figure here, to add decimals).
 */
describe.each(testDatabases)('yearly summaries on $name', (database) => {
  let handle: DatabaseHandle;
  let ids: Map<string, number>;
  const ctx = () => ({ db: handle.db, actor: null, channel: 'cli' as const, requestId: null });
  const UNITS = ['mentougou', 'dayu', 'chengzi', 'hospital', 'clinic'];
  const ELEMENTS = ['BEDS', 'POP', 'BIRTHS', 'IMR', 'LIFE', 'STAFF'];
  const YEARS = ['2019', '2020', '2021', '2022'];

  beforeAll(async () => {
    handle = await database.open();
    ids = await addOrgUnits(handle.db, [
      { code: 'mentougou', level: 'district' },
      { code: 'dayu', level: 'street', parent: 'mentougou' },
      { code: 'chengzi', level: 'street', parent: 'mentougou' },
      { code: 'hospital', level: 'institution', parent: 'dayu' },
      { code: 'clinic', level: 'institution', parent: 'chengzi' },
    ]);
    await addDataElements(handle.db, [
      { code: 'BEDS', across: 'sum', overTime: 'last', disaggregations: ['REHAB'] },
      { code: 'POP', across: 'sum', overTime: 'average' },
      { code: 'BIRTHS', across: 'sum', overTime: 'sum' },
      { code: 'IMR', across: 'none', overTime: 'last' },
      { code: 'LIFE', across: 'average', overTime: 'last' },
      { code: 'STAFF', across: 'sum', overTime: 'sum' },
    ]);
    await addDataValues(handle.db, [
      // The hospital's year-end count and its fourth quarter end together: the shorter period is the later.
      { element: 'BEDS', unit: 'hospital', period: '2020', value: 2800 },
      { element: 'BEDS', unit: 'hospital', period: '2020Q4', value: 2867 },
      { element: 'BEDS', unit: 'clinic', period: '2020', value: 122, disaggregation: 'REHAB' },
      { element: 'BEDS', unit: 'clinic', period: '202006', value: 100, disaggregation: 'REHAB', status: 'draft' },
      { element: 'POP', unit: 'dayu', period: '2020', value: 129000 },
      { element: 'POP', unit: 'chengzi', period: '202001', value: 61000 },
      { element: 'POP', unit: 'chengzi', period: '202002', value: 61250.5 },
      { element: 'POP', unit: 'chengzi', period: '202007', value: 62000, provenance: 'sample' },
      { element: 'BIRTHS', unit: 'hospital', period: '202001', value: 21 },
      { element: 'BIRTHS', unit: 'hospital', period: '202002', value: 17, status: 'submitted' },
      { element: 'BIRTHS', unit: 'clinic', period: '202001', value: 4, provenance: 'sample' },
      { element: 'BIRTHS', unit: 'dayu', period: '2020Q1', value: 3 },
      { element: 'IMR', unit: 'mentougou', period: '2020', value: 2.17 },
      { element: 'IMR', unit: 'dayu', period: '2020', value: 2.28 },
      { element: 'LIFE', unit: 'dayu', period: '2020', value: 81.7 },
      { element: 'LIFE', unit: 'chengzi', period: '2020', value: 81.8, provenance: 'sample' },
      { element: 'LIFE', unit: 'chengzi', period: '2019', value: 81.6 },
      { element: 'STAFF', unit: 'hospital', period: '2020', value: 3.5 },
      { element: 'STAFF', unit: 'hospital', period: '202006', value: 4.1 },
      { element: 'STAFF', unit: 'clinic', period: '2020', value: 1.73 },
      { element: 'STAFF', unit: 'dayu', period: '2020', value: 0.87 },
      { element: 'STAFF', unit: 'mentougou', period: '2020', value: 3.2 },
    ]);
  });
  afterAll(async () => handle?.close());

  const sorted = (rows: AggregatedValue[]) =>
    [...rows].sort((a, b) => `${a.orgUnitId}|${a.period}|${a.element}|${a.disaggregation}`.localeCompare(`${b.orgUnitId}|${b.period}|${b.element}|${b.disaggregation}`));
  const query = (filters: Pick<AggregationQuery, 'approvedOnly' | 'excludeSamples'>): AggregationQuery => ({
    elements: ELEMENTS,
    orgUnitIds: UNITS.map((c) => ids.get(c)!),
    periods: YEARS,
    ...filters,
  });
  const FILTERS = [{}, { approvedOnly: true }, { excludeSamples: true }, { approvedOnly: true, excludeSamples: true }];

  /** Both paths for every filter; the summary's answer, after checking that it is the stored values' answer. */
  async function bothWays(filters: Pick<AggregationQuery, 'approvedOnly' | 'excludeSamples'> = {}): Promise<AggregatedValue[]> {
    const elements = await elementRules(handle.db, ELEMENTS);
    const years = YEARS.map((y) => parsePeriod(y));
    let answer: AggregatedValue[] = [];
    for (const f of FILTERS) {
      const q = query(f);
      const summary = sorted(toAggregatedValues(await aggregateFromSummary(handle.db, q, elements, years), elements));
      const values = sorted(toAggregatedValues(await aggregateFromValues(handle.db, q, elements, years), elements));
      expect(summary, JSON.stringify(f)).toEqual(values);
      expect(sorted(await aggregateDataValues(handle.db, q))).toEqual(summary);
      if (JSON.stringify(f) === JSON.stringify(filters)) answer = summary;
    }
    return answer;
  }
  const valueOf = (rows: AggregatedValue[], unit: string, year: string, element: string, disaggregation = '') =>
    rows.find((r) => r.orgUnitId === ids.get(unit) && r.period === year && r.element === element && r.disaggregation === disaggregation);

  it('agrees with the stored values on the values as loaded, and adds decimals exactly', async () => {
    const all = await bothWays();
    expect(valueOf(all, 'mentougou', '2020', 'BEDS')?.value).toBe(2867);
    expect(valueOf(all, 'mentougou', '2020', 'BEDS', 'REHAB')?.value).toBe(122);
    expect(valueOf(all, 'mentougou', '2020', 'IMR')?.value).toBe(2.17);
    expect(valueOf(all, 'dayu', '2020', 'IMR')?.value).toBe(2.28);
    expect(valueOf(all, 'mentougou', '2020', 'LIFE')?.value).toBe(81.75);
    // 3.5 + 4.1 + 1.73 + 0.87 + 3.2: 13.399999999999999 when added as binary fractions in this order.
    expect(valueOf(all, 'mentougou', '2020', 'STAFF')).toMatchObject({ value: 13.4, count: 5, samples: 0 });
    expect(valueOf(all, 'mentougou', '2020', 'BIRTHS')).toMatchObject({ value: 21 + 17 + 4 + 3, count: 4, samples: 1 });
    const approved = await bothWays({ approvedOnly: true, excludeSamples: true });
    expect(valueOf(approved, 'mentougou', '2020', 'BIRTHS')).toMatchObject({ value: 24, count: 2, samples: 0 });
    expect(valueOf(approved, 'mentougou', '2020', 'LIFE')?.value).toBe(81.7);
    expect(valueOf(approved, 'mentougou', '2020', 'BEDS', 'REHAB')?.value).toBe(122);
  });

  it('follows values imported through the data import path, new cells and changed ones', async () => {
    const summary = await importValues(ctx(), [
      { dataElement: 'BIRTHS', period: '202101', orgUnit: 'hospital', value: '19' },
      { dataElement: 'BIRTHS', period: '202102', orgUnit: 'clinic', value: '5' },
      { dataElement: 'BEDS', period: '202006', orgUnit: 'clinic', categoryOptionCombo: 'REHAB', value: '110' },
      { dataElement: 'POP', period: '2021', orgUnit: 'dayu', value: '129500' },
    ]);
    expect(summary.conflicts).toEqual([]);
    expect(summary.importCount).toMatchObject({ imported: 3, updated: 1 });
    const all = await bothWays();
    expect(valueOf(all, 'mentougou', '2021', 'BIRTHS')?.value).toBe(24);
    expect(valueOf(await bothWays({ approvedOnly: true }), 'clinic', '2020', 'BEDS', 'REHAB')?.value).toBe(122);
    expect(valueOf(all, 'mentougou', '2021', 'POP')?.value).toBe(129500);
  });

  it('follows edits, approvals and deletions', async () => {
    await sql`UPDATE data_values SET value = 2989 WHERE period = '2020Q4'`.execute(handle.db);
    await sql`UPDATE data_values SET status = 'approved' WHERE status <> 'approved'`.execute(handle.db);
    let approved = await bothWays({ approvedOnly: true });
    expect(valueOf(approved, 'mentougou', '2020', 'BEDS')?.value).toBe(2989);
    expect(valueOf(approved, 'mentougou', '2021', 'BIRTHS')?.value).toBe(24);
    await sql`DELETE FROM data_values WHERE period = '2020Q4'
      OR (org_unit_id = ${ids.get('mentougou')!}::int AND data_element_id = (SELECT id FROM data_elements WHERE code = 'IMR'))`.execute(handle.db);
    approved = await bothWays({ approvedOnly: true });
    expect(valueOf(approved, 'mentougou', '2020', 'BEDS')?.value).toBe(2800);
    expect(valueOf(approved, 'mentougou', '2020', 'IMR')).toBeUndefined();
    expect(valueOf(approved, 'dayu', '2020', 'IMR')?.value).toBe(2.28);
  });

  it('follows the removal of the sample values', async () => {
    expect((await removeSamples(ctx())).removed).toBe(3);
    const all = await bothWays();
    expect(valueOf(all, 'mentougou', '2020', 'LIFE')?.value).toBe(81.7);
    expect(valueOf(all, 'chengzi', '2020', 'POP')?.value).toBe((61000 * 31 + 61250.5 * 29) / 60);
    expect(valueOf(all, 'mentougou', '2020', 'BIRTHS')).toMatchObject({ value: 21 + 17 + 3, samples: 0 });
  });

  it('follows a unit moved to another parent, and an element whose rule over time changes', async () => {
    const [dayu, chengzi, clinic] = ['dayu', 'chengzi', 'clinic'].map((c) => ids.get(c)!);
    await sql`UPDATE org_units SET parent_id = ${dayu}::int, path = replace(path, ${`/${chengzi}/`}, ${`/${dayu}/`}) WHERE id = ${clinic}::int`.execute(handle.db);
    let all = await bothWays();
    expect(valueOf(all, 'dayu', '2020', 'STAFF')?.value).toBe(10.2);
    expect(valueOf(all, 'chengzi', '2020', 'STAFF')).toBeUndefined();
    await sql`UPDATE data_elements SET aggregation_over_time = 'sum' WHERE code = 'BEDS'`.execute(handle.db);
    all = await bothWays();
    expect(valueOf(all, 'dayu', '2020', 'BEDS', 'REHAB')?.value).toBe(122 + 110);
  });

  // One connection on the embedded database: writers cannot overlap there.
  it.runIf(database.name === 'postgres')('counts both of two writers of one element at once', async () => {
    let second: Promise<void> | undefined;
    await handle.db.transaction().execute(async (trx) => {
      await addDataValues(trx, [{ element: 'BIRTHS', unit: 'hospital', period: '202201', value: 30 }]);
      // Its summary refresh waits for this transaction to end, then sees the hospital's value.
      second = addDataValues(handle.db, [{ element: 'BIRTHS', unit: 'clinic', period: '202202', value: 6 }]);
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await second;
    expect(valueOf(await bothWays(), 'mentougou', '2022', 'BIRTHS')).toMatchObject({ value: 36, count: 2 });
  });
});
