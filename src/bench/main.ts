/**
 * `npm run bench`: how long a full plan scorecard takes on a district-sized dataset, on the
 * embedded database and, when DATABASE_URL is set, on PostgreSQL (in a schema of its own, dropped
 * afterwards); then the expression engine against DHIS2's. `--quick` uses a smaller district.
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import pg from 'pg';
import type { ServiceContext } from '../server/context.js';
import { connect, type DatabaseHandle } from '../server/db/connect.js';
import { migrate } from '../server/db/migrate.js';
import { assessPlan } from '../server/features/indicators/assessment.js';
import { findOrgUnit, planIndicators } from '../server/features/indicators/repository.js';
import { scorecard } from '../server/features/indicators/scorecard.js';
import { importPlan } from '../server/features/plans/import.js';
import { findPlan } from '../server/features/plans/repository.js';
import { benchPlan, createDataset, DISTRICT, ELEMENT_COUNT, FULL_SIZE, QUICK_SIZE, type DatasetSize } from './dataset.js';
import { benchExpressions } from './expressions.js';
import { valuesPerSecond, withImportFile } from './import.js';

/** The scorecard of one plan, every indicator × every area × every year, must take less on the embedded database. */
const BUDGET_MS = 300;
const SCORECARD_YEARS = 6;
const RUNS = 7;
/** Values in the import benchmark's CSV file. */
const IMPORT_VALUES = 200_000;

interface DatabaseFigures {
  values: number;
  /** Stored values inside the scorecard's elements and years: what the aggregation has to read. */
  valuesRead: number;
  loadSeconds: number;
  orgUnits: number;
  indicators: number;
  years: number;
  fullMs: number;
  /** Processor time of this process during the full scorecard: on PGlite the database runs in it. */
  fullCpuMs: number;
  regionMs: number;
}

async function benchDatabase(handle: DatabaseHandle, size: DatasetSize): Promise<DatabaseFigures> {
  const db = handle.db;
  const ctx: ServiceContext = { db, actor: null, channel: 'system', requestId: null };
  const started = performance.now();
  const values = await createDataset(db, size);
  const doc = benchPlan(size);
  await importPlan(ctx, doc, { apply: true });
  const loadSeconds = (performance.now() - started) / 1000;

  const plan = (await findPlan(db, doc.plan.code))!;
  const district = (await findOrgUnit(db, DISTRICT))!;
  const areas = await db.selectFrom('org_units').select(['id', 'level']).where('parent_id', '=', district.id).execute();
  const orgUnits = [district, ...areas];
  const years = Array.from({ length: SCORECARD_YEARS }, (_, i) => size.lastYear - SCORECARD_YEARS + 1 + i);

  const full = async () => {
    const indicators = await planIndicators(db, plan.id);
    const { byOrgUnit } = await assessPlan(db, plan, indicators, { orgUnits, year: size.lastYear, years });
    return byOrgUnit.size;
  };
  const region = () => scorecard(ctx, doc.plan.code, { year: size.lastYear });
  const fullTimes = await timed(full);
  return {
    values,
    valuesRead: await valuesRead(db, plan.id, years),
    loadSeconds,
    orgUnits: orgUnits.length,
    indicators: doc.indicators.length,
    years: years.length,
    fullMs: fullTimes.wall,
    fullCpuMs: fullTimes.cpu,
    regionMs: (await timed(region)).wall,
  };
}

/** Median wall and processor times of RUNS runs after one warm-up run. */
async function timed(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  return { wall: median(wall), cpu: median(cpu) };
}

async function valuesRead(db: DatabaseHandle['db'], planId: number, years: number[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM data_values dv
    JOIN data_elements e ON e.id = dv.data_element_id
    WHERE dv.period_start BETWEEN make_date(${years[0]}::int, 1, 1) AND make_date(${years[years.length - 1]}::int, 12, 31)
      AND EXISTS (SELECT 1 FROM indicators i WHERE i.plan_id = ${planId}::int
        AND (i.code = e.code OR i.numerator LIKE '%#{' || e.code || '}%' OR i.denominator LIKE '%#{' || e.code || '}%'))
  `.execute(db);
  return Number(rows[0].n);
}

async function onPGlite<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await connect({ databaseUrl: null, memory: true });
  try {
    await migrate(handle);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function onPostgres<T>(url: string, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    const handle = await connect({ databaseUrl: url, schema });
    try {
      await migrate(handle);
      return await work(handle);
    } finally {
      await handle.close();
    }
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

const number = (n: number) => n.toLocaleString('en-US');

function report(name: string, f: DatabaseFigures, budget: boolean): string {
  const cpuNote = name === 'PGlite' ? `; processor time ${f.fullCpuMs} ms` : '';
  const verdict = budget ? (f.fullMs < BUDGET_MS ? ` (budget ${BUDGET_MS} ms: met)` : ` (budget ${BUDGET_MS} ms: EXCEEDED)`) : '';
  return (
    `${name}: ${number(f.values)} values loaded in ${Math.round(f.loadSeconds)} s\n` +
    `  full plan scorecard, ${f.indicators} indicators × ${f.orgUnits} org units × ${f.years} years, ${number(f.valuesRead)} stored values read: ` +
    `${f.fullMs} ms${verdict}${cpuNote}\n` +
    `  one scorecard (the district, through the scorecard service): ${f.regionMs} ms\n`
  );
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const size = quick ? QUICK_SIZE : FULL_SIZE;
  process.stdout.write(
    `dataset${quick ? ' (--quick)' : ''}: ${size.areas} areas, ${size.institutions} institutions, ${ELEMENT_COUNT} data elements, ` +
      `monthly and yearly values ${size.firstYear}–${size.lastYear}\n` +
      // Wall times depend on what else the machine is doing; say how busy it was.
      `machine: ${cpus().length} processors, load average ${loadavg()[0].toFixed(1)} at the start\n`,
  );
  process.stdout.write(report('PGlite', await onPGlite((handle) => benchDatabase(handle, size)), !quick));
  const url = process.env.DATABASE_URL;
  if (url) process.stdout.write(report('PostgreSQL', await onPostgres(url, (handle) => benchDatabase(handle, size)), false));
  else process.stdout.write('PostgreSQL: skipped (set DATABASE_URL to run it)\n');
  const count = quick ? IMPORT_VALUES / 10 : IMPORT_VALUES;
  await withImportFile(count, async (file) => {
    const rate = async (name: string, on: typeof onPGlite) => {
      const values = await on((handle) => valuesPerSecond(handle, file, count));
      process.stdout.write(`${name}: import of ${number(count)} values (import-data path, one transaction): ${number(values)} values/s\n`);
    };
    await rate('PGlite', onPGlite);
    if (url) await rate('PostgreSQL', (work) => onPostgres(url, work));
  });
  const expressions = await benchExpressions();
  process.stdout.write(
    `expressions: healthplan ${number(expressions.ours)} evaluations/s, DHIS2 library ${number(expressions.dhis2)} evaluations/s, ` +
      `ratio ${expressions.ratio}\n`,
  );
}

await main();
