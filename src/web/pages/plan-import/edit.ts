import type { PlanDocument } from '../../../domain/plan/format.js';

/** One change made on the review page to an indicator or to one of its targets. */
export type IndicatorEdit = { name: string } | { unit: string } | { target: number; text: string } | { target: number; value: number | null };

export function withTarget(doc: PlanDocument, code: string, change: IndicatorEdit): PlanDocument {
  return {
    ...doc,
    indicators: doc.indicators.map((indicator) => {
      if (indicator.code !== code) return indicator;
      if ('name' in change) return { ...indicator, name: change.name };
      if ('unit' in change) return { ...indicator, unit: change.unit.trim() === '' ? null : change.unit };
      return {
        ...indicator,
        targets: indicator.targets.map((target, index) => (index !== change.target ? target : 'text' in change ? { ...target, text: change.text } : { ...target, value: change.value })),
      };
    }),
  };
}

/**
 * The plan placed in another region. The importer names the region it found with a placeholder
 * org unit; a region chosen on the page is an org unit already in the system, so the placeholder
 * is dropped and the chosen code is listed as an external reference.
 */
export function withRegion(doc: PlanDocument, region: string): PlanDocument {
  const previous = doc.plan.region;
  const orgUnits = doc.orgUnits?.filter((unit) => unit.code !== previous);
  const references = (doc.externalReferences?.orgUnits ?? []).filter((code) => code !== previous);
  if (!orgUnits?.some((unit) => unit.code === region)) references.push(region);
  return { ...doc, plan: { ...doc.plan, region }, orgUnits, externalReferences: { ...doc.externalReferences, orgUnits: references } };
}
