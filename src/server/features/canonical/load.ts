import type { Kysely } from 'kysely';
import type { CanonicalLibrary } from '../../../domain/canonical/library.js';
import type { Database } from '../../db/schema.js';

/** Adds the canonical indicators and their data elements that the database does not have yet. */
export async function loadCanonicalLibrary(db: Kysely<Database>, library: CanonicalLibrary): Promise<{ indicators: number; dataElements: number }> {
  const knownElements = new Set((await db.selectFrom('data_elements').select('code').execute()).map((r) => r.code));
  const elements = library.dataElements.filter((e) => !knownElements.has(e.code));
  if (elements.length) {
    await db
      .insertInto('data_elements')
      .values(
        elements.map((e) => ({
          code: e.code,
          name: e.name,
          unit: e.unit ?? null,
          value_type: e.valueType ?? 'number',
          aggregation_across: e.aggregationAcross,
          aggregation_over_time: e.aggregationOverTime,
          description: e.description ?? null,
        })),
      )
      .execute();
  }
  const knownIndicators = new Set((await db.selectFrom('canonical_indicators').select('code').execute()).map((r) => r.code));
  const indicators = library.indicators.filter((i) => !knownIndicators.has(i.code));
  if (indicators.length) {
    await db
      .insertInto('canonical_indicators')
      .values(
        indicators.map((i) => ({
          code: i.code,
          name: i.name,
          name_en: i.nameEn ?? null,
          aliases: JSON.stringify(i.aliases ?? []),
          definition: i.definition ?? null,
          numerator: i.numerator ?? null,
          denominator: i.denominator ?? null,
          factor: i.factor ?? 1,
          unit: i.unit ?? null,
          direction: i.direction ?? 'up',
        })),
      )
      .execute();
  }
  return { indicators: indicators.length, dataElements: elements.length };
}
