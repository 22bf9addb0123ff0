import { sql, type Kysely } from 'kysely';
import { PLAN_FORMAT_VERSION, type IndicatorDef, type PlanDocument } from '../domain/plan/format.js';
import type { Database } from '../server/db/schema.js';

/**
 * A district-sized dataset for the benchmark, generated inside the database with generate_series
 * (never row by row from JavaScript): a district with its areas and institutions, data elements of
 * four kinds, and years of monthly and yearly values.
 */
export interface DatasetSize {
  areas: number;
  institutions: number;
  firstYear: number;
  lastYear: number;
}

export const FULL_SIZE: DatasetSize = { areas: 30, institutions: 500, firstYear: 2016, lastYear: 2025 };
export const QUICK_SIZE: DatasetSize = { areas: 6, institutions: 60, firstYear: 2016, lastYear: 2025 };

export const DISTRICT = 'BENCH';

/**
 * The 300 data elements, of four kinds: populations by area (sum across, days-weighted average
 * over time, yearly values); service counts by institution (sum, sum, monthly values); resources
 * by institution (sum, last, yearly values); rates measured by area and district (none, last,
 * yearly values).
 */
const KINDS = [
  { prefix: 'POP', count: 10, across: 'sum', overTime: 'average' },
  { prefix: 'CNT', count: 30, across: 'sum', overTime: 'sum' },
  { prefix: 'STK', count: 230, across: 'sum', overTime: 'last' },
  { prefix: 'RATE', count: 30, across: 'none', overTime: 'last' },
] as const;

export const ELEMENT_COUNT = KINDS.reduce((n, k) => n + k.count, 0);

type Kind = (typeof KINDS)[number]['prefix'];

function codesOf(kind: Kind): string[] {
  const spec = KINDS.find((k) => k.prefix === kind)!;
  return Array.from({ length: spec.count }, (_, i) => `${kind}${String(i + 1).padStart(3, '0')}`);
}

/** Writes the dataset and returns how many data values it holds. */
export async function createDataset(db: Kysely<Database>, size: DatasetSize): Promise<number> {
  const district = await db
    .insertInto('org_units')
    .values({ code: DISTRICT, name: '基准测试区', level: 'district', depth: 3, path: '/' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    INSERT INTO org_units (code, name, level, depth, parent_id, path)
    SELECT 'BENCH-A' || lpad(a::text, 3, '0'), '街道' || a, 'street', 4, ${district.id}::int, '/' || ${district.id}::int || '/'
    FROM generate_series(1, ${size.areas}::int) AS a
  `.execute(db);
  await sql`
    WITH areas AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM org_units WHERE parent_id = ${district.id}::int)
    INSERT INTO org_units (code, name, level, depth, parent_id, path)
    SELECT 'BENCH-I' || lpad(i::text, 4, '0'), '机构' || i, 'institution', 5, areas.id, '/' || ${district.id}::int || '/' || areas.id || '/'
    FROM generate_series(0, ${size.institutions - 1}::int) AS i
    JOIN areas ON areas.n = i % ${size.areas}::int
  `.execute(db);

  for (const kind of KINDS) {
    await db
      .insertInto('data_elements')
      .values(codesOf(kind.prefix).map((code) => ({ code, name: `${kind.prefix} ${code}`, aggregation_across: kind.across, aggregation_over_time: kind.overTime })))
      .execute();
  }

  await withoutSummaryTrigger(db, () => withoutValueIndexes(db, () => insertValues(db, size, district.id)));
  await sql`ANALYZE`.execute(db);
  const { count } = await db.selectFrom('data_values').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(count);
}

async function insertValues(db: Kysely<Database>, size: DatasetSize, districtId: number): Promise<void> {
  const years = sql`generate_series(${size.firstYear}::int, ${size.lastYear}::int) AS y`;
  const yearly = sql`y::text, 'yearly', make_date(y, 1, 1), make_date(y, 12, 31)`;
  const elementsOf = (kind: Kind) => sql`(SELECT id FROM data_elements WHERE code LIKE ${`${kind}%`})`;
  // Resident population of each area, growing a little every year.
  await sql`
    INSERT INTO data_values (data_element_id, org_unit_id, period, period_type, period_start, period_end, value, provenance, status)
    SELECT e.id, u.id, ${yearly}, 20000 + (u.id * 37 + e.id * 11) % 20000 + (y - ${size.firstYear}::int) * 200, 'import', 'approved'
    FROM ${elementsOf('POP')} AS e CROSS JOIN (SELECT id FROM org_units WHERE level = 'street' AND parent_id = ${districtId}::int) AS u CROSS JOIN ${years}
  `.execute(db);
  // Monthly service counts of each institution, stored as they are reported: a month's form of each institution at a time.
  await sql`
    INSERT INTO data_values (data_element_id, org_unit_id, period, period_type, period_start, period_end, value, provenance, status)
    SELECT e.id, u.id, to_char(m, 'YYYYMM'), 'monthly', m::date, (m + interval '1 month' - interval '1 day')::date,
      (e.id * 13 + u.id * 7 + extract(month FROM m)::int) % 20, 'import', 'approved'
    FROM ${elementsOf('CNT')} AS e CROSS JOIN (SELECT id FROM org_units WHERE level = 'institution') AS u
    CROSS JOIN generate_series(make_date(${size.firstYear}::int, 1, 1), make_date(${size.lastYear}::int, 12, 1), interval '1 month') AS m
    ORDER BY m, u.id, e.id
  `.execute(db);
  // Year-end resources of each institution (beds, staff …), one institution's yearly report at a time.
  await sql`
    INSERT INTO data_values (data_element_id, org_unit_id, period, period_type, period_start, period_end, value, provenance, status)
    SELECT e.id, u.id, ${yearly}, 10 + (e.id * 11 + u.id * 5) % 90 + (y - ${size.firstYear}::int) * 2, 'import', 'approved'
    FROM ${elementsOf('STK')} AS e CROSS JOIN (SELECT id FROM org_units WHERE level = 'institution') AS u CROSS JOIN ${years}
    ORDER BY y, u.id, e.id
  `.execute(db);
  // Rates measured by survey for each area and the district.
  await sql`
    INSERT INTO data_values (data_element_id, org_unit_id, period, period_type, period_start, period_end, value, provenance, status)
    SELECT e.id, u.id, ${yearly}, 50 + (e.id + u.id) % 40 + (y - ${size.firstYear}::int) * 0.5, 'import', 'approved'
    FROM ${elementsOf('RATE')} AS e CROSS JOIN (SELECT id FROM org_units WHERE level IN ('street', 'district')) AS u CROSS JOIN ${years}
  `.execute(db);
}

/**
 * Bulk loading: the trigger that keeps the yearly summaries current is off while the values go in,
 * and the summaries are built once afterwards in one pass, as the migration that added them does.
 */
async function withoutSummaryTrigger(db: Kysely<Database>, load: () => Promise<void>): Promise<void> {
  await sql`ALTER TABLE data_values DISABLE TRIGGER data_values_summarize_insert`.execute(db);
  await load();
  await sql`ALTER TABLE data_values ENABLE TRIGGER data_values_summarize_insert`.execute(db);
  await sql`SELECT data_value_summaries_rebuild()`.execute(db);
}

/**
 * Bulk loading: the secondary indexes of data_values are dropped, and rebuilt exactly as they were
 * once the values are in, which takes a fraction of the time of maintaining them row by row.
 */
async function withoutValueIndexes(db: Kysely<Database>, load: () => Promise<void>): Promise<void> {
  const { rows } = await sql<{ name: string; definition: string; constraint_definition: string | null }>`
    SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition, pg_get_constraintdef(c.oid) AS constraint_definition
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
    WHERE x.indrelid = 'data_values'::regclass AND NOT x.indisprimary
  `.execute(db);
  for (const index of rows) {
    if (index.constraint_definition) await sql`ALTER TABLE data_values DROP CONSTRAINT ${sql.id(index.name)}`.execute(db);
    else await sql`DROP INDEX ${sql.id(index.name)}`.execute(db);
  }
  await load();
  for (const index of rows) {
    if (index.constraint_definition) await sql`ALTER TABLE data_values ADD CONSTRAINT ${sql.id(index.name)} ${sql.raw(index.constraint_definition)}`.execute(db);
    else await sql.raw(index.definition).execute(db);
  }
}

/**
 * A plan of 30 indicators over the dataset, shaped like those of the real plans: resources per
 * 1 000 residents (some adding two items), ratios of resources, service shares and rates from
 * monthly counts, rates measured directly.
 */
export function benchPlan(size: DatasetSize): PlanDocument {
  const [pop, cnt, stk, rate] = (['POP', 'CNT', 'STK', 'RATE'] as const).map(codesOf);
  const item = (code: string) => `#{${code}}`;
  let n = 0;
  const indicator = (name: string, numerator: string, denominator: string | null, factor: number, unit: string): IndicatorDef => {
    n++;
    return {
      code: `BENCH-${String(n).padStart(2, '0')}`,
      name,
      unit,
      factor,
      direction: 'up',
      numerator,
      denominator,
      baselines: [{ year: size.firstYear + 4, value: 10 + n }],
      targets: [{ text: `≥${12 + n}`, comparator: '>=', value: 12 + n, year: size.lastYear }],
    };
  };
  const indicators: IndicatorDef[] = [
    ...Array.from({ length: 12 }, (_, k) => indicator(`每千常住人口资源数 ${k + 1}`, item(stk[k]), item(pop[0]), 1000, '/千人')),
    ...Array.from({ length: 4 }, (_, k) => indicator(`每千常住人口合计资源数 ${k + 1}`, `${item(stk[12 + 2 * k])} + ${item(stk[13 + 2 * k])}`, item(pop[0]), 1000, '/千人')),
    ...Array.from({ length: 4 }, (_, k) => indicator(`资源比 ${k + 1}`, item(stk[2 * k]), item(stk[2 * k + 1]), 1, '')),
    indicator('中医诊疗量占比', item(cnt[0]), item(cnt[1]), 100, '%'),
    indicator('人均诊疗次数', item(cnt[1]), item(pop[0]), 1, '次'),
    indicator('婴儿死亡率', item(cnt[3]), item(cnt[2]), 1000, '‰'),
    indicator('出生率', item(cnt[2]), item(pop[1]), 1000, '‰'),
    ...Array.from({ length: 6 }, (_, k) => indicator(`调查率 ${k + 1}`, item(rate[k]), null, 1, '%')),
  ];
  return {
    format: PLAN_FORMAT_VERSION,
    plan: { code: 'bench-plan', title: '基准测试规划', region: DISTRICT, periodStart: size.firstYear + 5, periodEnd: size.lastYear, status: 'active' },
    externalReferences: { orgUnits: [DISTRICT], dataElements: [...pop, ...cnt, ...stk, ...rate] },
    indicators,
    tasks: [],
    projects: [],
  };
}
