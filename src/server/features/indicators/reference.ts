import type { Kysely } from 'kysely';
import { roundHalfUp } from '../../../domain/rounding.js';
import type { Database } from '../../db/schema.js';
import type { IndicatorFormulaSource } from './values.js';
import { computeIndicators } from './values.js';

/** The districts of Beijing are read against the city: the municipal figure is their reference line. */
const REFERENCE_PARENT = '110000';

export interface ReferenceSeries {
  orgUnit: { code: string; name: string };
  values: Array<{ year: number; value: number; provenance: string | null; source: unknown }>;
}

/**
 * The same indicator computed at the parent of the plan's region when that parent is 北京市,
 * at the district's reporting precision, with the provenance and source of the value each year; null for any other region.
 */
export async function referenceSeries(db: Kysely<Database>, regionId: number, indicator: IndicatorFormulaSource, years: readonly number[], decimals: number): Promise<ReferenceSeries | null> {
  const parent = await db
    .selectFrom('org_units as child')
    .innerJoin('org_units as parent', 'parent.id', 'child.parent_id')
    .select(['parent.id', 'parent.code', 'parent.name'])
    .where('child.id', '=', regionId)
    .where('parent.code', '=', REFERENCE_PARENT)
    .executeTakeFirst();
  if (!parent) return null;
  const computed = await computeIndicators(db, { indicators: [indicator], orgUnitIds: [parent.id], years, detailed: true });
  const values: ReferenceSeries['values'] = [];
  for (const year of years) {
    const v = computed.value(indicator.code, parent.id, year);
    if (v.value === null) continue;
    const used = v.inputs.filter((input) => input.value !== null);
    values.push({ year, value: roundHalfUp(v.value, decimals), provenance: used.flatMap((input) => input.provenance)[0] ?? null, source: used.flatMap((input) => input.sources)[0] ?? null });
  }
  return { orgUnit: { code: parent.code, name: parent.name }, values };
}
