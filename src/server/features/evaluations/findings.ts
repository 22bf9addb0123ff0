import type { Kysely } from 'kysely';
import { disagreeingFigures, type FindingSeverity, type FrozenQualityFinding, type IndicatorRef, type SnapshotFindings } from '../../../domain/evaluation/findings.js';
import type { SnapshotIndicator } from '../../../domain/evaluation/snapshot.js';
import { parsePeriod } from '../../../domain/periods/period.js';
import type { Database } from '../../db/schema.js';
import type { OrgUnitRow } from '../data/cells.js';
import { qualityViolations, type Violation } from '../data/quality.js';
import { planFindings } from '../findings/repository.js';

/** The year-on-year change an evaluation flags, as the data quality page does by default. */
const MAX_CHANGE = 0.5;

const QUALITY_SEVERITY: Record<Violation['kind'], FindingSeverity> = { rule: 'error', bounds: 'error', change: 'warning' };

/** Which of the evaluated indicators read each data element, in table order. */
function indicatorsByElement(indicators: SnapshotIndicator[]): Map<string, IndicatorRef[]> {
  const map = new Map<string, IndicatorRef[]>();
  for (const i of indicators) {
    const elements = new Set(i.values.flatMap((v) => v.inputs.map((input) => input.element)));
    for (const e of elements) map.set(e, [...(map.get(e) ?? []), { code: i.code, name: i.name }]);
  }
  return map;
}

function frozenViolation(v: Violation, byElement: Map<string, IndicatorRef[]>): FrozenQualityFinding {
  const elements = v.dataElement ? [v.dataElement] : (v.dataElements ?? []);
  const indicators = [...new Map(elements.flatMap((e) => byElement.get(e) ?? []).map((i) => [i.code, i])).values()];
  const values = v.kind === 'rule' ? [v.left, v.right] : v.kind === 'change' ? [v.previous, v.value] : [v.value];
  return {
    kind: v.kind,
    severity: QUALITY_SEVERITY[v.kind],
    orgUnit: v.orgUnit,
    period: v.period,
    dataElement: v.dataElement ?? null,
    rule: v.rule ?? null,
    indicators,
    values: values.filter((x): x is number => x !== undefined),
    message: v.message,
  };
}

/**
 * What an evaluation freezes about the reliability of its figures: the plan's stored consistency
 * findings, and the data-quality violations of the approved values of the evaluation year in the
 * region's subtree for the data elements its indicators read.
 */
export async function freezeFindings(db: Kysely<Database>, planId: number, region: OrgUnitRow, year: number, indicators: SnapshotIndicator[]): Promise<SnapshotFindings> {
  const stored = await planFindings(db, planId);
  const byElement = indicatorsByElement(indicators);
  const violations = await qualityViolations(db, region, parsePeriod(String(year)), { maxChange: MAX_CHANGE, approvedOnly: true, elements: new Set(byElement.keys()) });
  return {
    consistency: stored.map((f) => ({
      code: f.code,
      severity: f.severity,
      indicator: f.indicator_code ? { code: f.indicator_code, name: f.indicator_name ?? f.indicator_code } : null,
      message: f.message,
      values: disagreeingFigures(f.details),
      lines: f.lines ?? [],
    })),
    dataQuality: violations.map((v) => frozenViolation(v, byElement)),
  };
}
