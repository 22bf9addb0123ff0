import type { Kysely } from 'kysely';
import type { CanonicalLibrary } from '../../../domain/canonical/library.js';
import { checkPlanConsistency } from '../../../domain/plan/consistency.js';
import type { PlanDocument } from '../../../domain/plan/format.js';
import type { Database } from '../../db/schema.js';

/**
 * Recomputes and stores the consistency findings of a plan as it was just written, inside the
 * import's transaction: the contradictions of the document are shown, not hidden.
 */
export async function recordPlanFindings(
  db: Kysely<Database>,
  planId: number,
  doc: PlanDocument,
  indicatorIds: ReadonlyMap<string, number>,
  library: CanonicalLibrary,
): Promise<number> {
  const findings = checkPlanConsistency(doc, { library });
  await db.deleteFrom('plan_findings').where('plan_id', '=', planId).execute();
  for (let i = 0; i < findings.length; i += 500) {
    await db
      .insertInto('plan_findings')
      .values(
        findings.slice(i, i + 500).map((f) => ({
          plan_id: planId,
          code: f.code,
          severity: f.severity,
          message: JSON.stringify(f.message),
          indicator_id: f.indicator ? (indicatorIds.get(f.indicator) ?? null) : null,
          lines: JSON.stringify(f.lines),
          details: JSON.stringify(f.details),
        })),
      )
      .execute();
  }
  return findings.length;
}
