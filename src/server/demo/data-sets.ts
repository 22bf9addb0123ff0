import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { RuleOperator } from '../../domain/data/rule.js';
import type { ServiceContext } from '../context.js';
import type { Database, PeriodType } from '../db/schema.js';
import { insertDataSet } from '../features/data/data-sets.js';
import { insertRule } from '../features/data/rules.js';
import { today } from '../features/data/cells.js';
import { CONTENT_DIR, readContentJson } from './content.js';

/** content/data-sets/<plan>.json: the forms a plan's district collects its indicators' data with (docs/data-collection.md). */
export interface DemoDataSetsFile {
  format: 'healthplan.data-sets/1';
  plan: string;
  /** Month and day (MM-DD) the window opens and closes, in the year after the plan's monitoring year. */
  inputWindow: { opens: string; closes: string };
  dataSets: Array<{
    code: string;
    name: string;
    periodType: PeriodType;
    /** `streets`: every street or town of the plan's region; `district`: the region itself. */
    reportedBy: 'streets' | 'district';
    /** The indicators whose numerators and denominators the elements are. */
    indicators: string[];
    elements: string[];
  }>;
  validationRules: Array<{ code: string; name: string; leftSide: string; operator: RuleOperator; rightSide: string; indicator: string }>;
}

export function demoDataSetFiles(): DemoDataSetsFile[] {
  return readdirSync(join(CONTENT_DIR, 'data-sets'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readContentJson('data-sets', f) as DemoDataSetsFile);
}

/**
 * Creates the data sets and validation rules of the shipped files whose plan is loaded and which
 * do not exist yet, in one transaction. The input window lies in the year the demo is loaded, read
 * from the clock the entry checks use: the year in which the last complete year, the monitoring
 * year the scorecard shows by default, is reported. A demo started in 2026 collects 2025 data
 * from 2026-01-01 to 2026-12-31.
 */
export async function loadDemoDataSets(ctx: ServiceContext, date = today()): Promise<{ dataSets: string[]; rules: string[] }> {
  const reportingYear = date.slice(0, 4);
  return ctx.db.transaction().execute(async (trx) => {
    const created = { dataSets: [] as string[], rules: [] as string[] };
    const existingSets = new Set((await trx.selectFrom('data_sets').select('code').execute()).map((r) => r.code));
    const existingRules = new Set((await trx.selectFrom('validation_rules').select('code').execute()).map((r) => r.code));
    for (const file of demoDataSetFiles()) {
      const plan = await trx
        .selectFrom('plans as p')
        .innerJoin('org_units as o', 'o.id', 'p.region_org_unit_id')
        .select(['o.id as region_id', 'o.code as region_code'])
        .where('p.code', '=', file.plan)
        .executeTakeFirst();
      if (!plan) continue;
      const streets = await streetsOf(trx, plan.region_id);
      for (const set of file.dataSets) {
        if (existingSets.has(set.code)) continue;
        await insertDataSet(trx, ctx, {
          code: set.code,
          name: set.name,
          periodType: set.periodType,
          openFrom: `${reportingYear}-${file.inputWindow.opens}`,
          openUntil: `${reportingYear}-${file.inputWindow.closes}`,
          elements: set.elements,
          orgUnits: set.reportedBy === 'streets' ? streets : [plan.region_code],
        });
        existingSets.add(set.code);
        created.dataSets.push(set.code);
      }
      // Rules between shared elements are in several files; the first one creates them.
      for (const { indicator: _indicator, ...rule } of file.validationRules) {
        if (existingRules.has(rule.code)) continue;
        await insertRule(trx, ctx, rule);
        existingRules.add(rule.code);
        created.rules.push(rule.code);
      }
    }
    return created;
  });
}

async function streetsOf(db: Kysely<Database>, regionId: number): Promise<string[]> {
  const rows = await db.selectFrom('org_units').select('code').where('parent_id', '=', regionId).where('level', '=', 'street').orderBy('code').execute();
  return rows.map((r) => r.code);
}
