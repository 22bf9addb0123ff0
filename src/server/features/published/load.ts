import type { Kysely } from 'kysely';
import { CANONICAL_FORMAT_VERSION } from '../../../domain/canonical/library.js';
import type { Finding } from '../../../domain/plan/consistency.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { readContentJson } from '../../demo/content.js';
import { loadCanonicalLibrary } from '../canonical/load.js';
import { publishedRatioFindings, singleElement, type RatioDefinition } from './consistency.js';
import { readPublishedStatistics, type PublishedStatistics } from './document.js';
import { idsByCode, writeContentValues, type ContentValue } from '../content-values/write.js';

export interface PublishedLoadSummary {
  written: number;
  /** Values whose org unit or data element the database does not have. */
  skipped: { index: number; reason: string }[];
  findings: Finding[];
}

/** The published statistics shipped with the product (content/observed). */
export function shippedPublishedStatistics(): PublishedStatistics {
  return readPublishedStatistics(readContentJson('observed', 'published-statistics.json'));
}

/**
 * Writes published statistics as approved values with provenance 'published'. A value someone
 * entered, imported or took from a plan document for the same cell is never overwritten.
 */
export async function loadPublishedStatistics(ctx: ServiceContext, doc: PublishedStatistics): Promise<PublishedLoadSummary> {
  return ctx.db.transaction().execute(async (trx) => {
    // Published ratios without an element of their own get one, the way the canonical library adds its elements.
    await loadCanonicalLibrary(trx, { format: CANONICAL_FORMAT_VERSION, dataElements: doc.dataElements ?? [], indicators: [] });
    const elements = await idsByCode(trx, 'data_elements', doc.values.map((v) => v.dataElement));
    const units = await idsByCode(trx, 'org_units', doc.values.map((v) => v.orgUnit));
    const skipped: PublishedLoadSummary['skipped'] = [];
    const values: ContentValue[] = [];
    for (const [index, v] of doc.values.entries()) {
      const elementId = elements.get(v.dataElement);
      const orgUnitId = units.get(v.orgUnit);
      if (elementId === undefined || orgUnitId === undefined) {
        skipped.push({ index, reason: elementId === undefined ? `data element ${v.dataElement} unknown` : `org unit ${v.orgUnit} unknown` });
        continue;
      }
      values.push({ elementId, orgUnitId, period: v.period, value: v.value, disaggregation: v.disaggregation, comment: v.comment ?? null, source: v.source });
    }
    const written = await writeContentValues(trx, 'published', values, { update: true });
    const findings = await publishedFindings(trx);
    await recordAudit(trx, ctx, { action: 'published.load', entityType: 'data_values', entityId: 'published', after: { written, skipped: skipped.length, findings: findings.length } });
    return { written, skipped, findings };
  });
}

/**
 * Consistency of every published ratio stored in the database with the counts stored (published
 * or reported, never samples) at the same org unit and year.
 */
export async function publishedFindings(db: Kysely<Database>): Promise<Finding[]> {
  const definitions = await ratioDefinitions(db);
  if (definitions.size === 0) return [];
  const cells = (elements: string[]) =>
    db
      .selectFrom('data_values as dv')
      .innerJoin('data_elements as e', 'e.id', 'dv.data_element_id')
      .innerJoin('org_units as u', 'u.id', 'dv.org_unit_id')
      .select(['e.code as element', 'u.code as orgUnit', 'dv.period', 'dv.value', 'dv.provenance'])
      .where('e.code', 'in', elements)
      .where('dv.provenance', '<>', 'sample')
      .where('dv.disaggregation', '=', '')
      .orderBy('u.code')
      .orderBy('dv.period')
      .execute();
  const ratios = (await cells([...definitions.keys()])).filter((r) => r.provenance === 'published').map((r) => ({ code: r.element, orgUnit: r.orgUnit, period: r.period, value: r.value }));
  if (ratios.length === 0) return [];
  const counts = await cells([...new Set([...definitions.values()].flatMap((d) => [d.numerator, d.denominator]))]);
  const stored = new Map(counts.map((r) => [`${r.element}|${r.orgUnit}|${r.period}`, r.value]));
  return publishedRatioFindings(ratios, definitions, (element, unit, period) => stored.get(`${element}|${unit}|${period}`));
}

/** Canonical indicators that are one element divided by another: the ratios a count can confirm. */
async function ratioDefinitions(db: Kysely<Database>): Promise<Map<string, RatioDefinition>> {
  const rows = await db.selectFrom('canonical_indicators').select(['code', 'name', 'numerator', 'denominator', 'factor']).execute();
  const result = new Map<string, RatioDefinition>();
  for (const r of rows) {
    const numerator = singleElement(r.numerator);
    const denominator = singleElement(r.denominator);
    if (numerator && denominator) result.set(r.code, { code: r.code, name: r.name, numerator, denominator, factor: r.factor });
  }
  return result;
}

