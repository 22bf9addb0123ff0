import type { DataSet, OrgUnitItem } from './types.js';

/**
 * The org unit a data set's template or check starts from: the user's own unit when their role is
 * scoped to one (a street clerk sees only their street), else the parent of the set's first
 * reporting unit, which covers its siblings, or that unit when it reports alone.
 */
export function defaultRoot(set: DataSet | undefined, units: OrgUnitItem[], scope: string | null): string | undefined {
  if (scope) return scope;
  const first = units.find((u) => set?.orgUnits.includes(u.code));
  return first?.parent && (set?.orgUnits.length ?? 0) > 1 ? first.parent : first?.code;
}
