import { useApiData } from '../../../api/useApiData.js';
import { useSession } from '../../../auth/session.js';
import type { DataElement, DataSet, OrgUnitItem } from './types.js';

/** The lists the data pages pick from, and whether the user may change metadata. */
export function useMetadata() {
  const elements = useApiData<{ items: DataElement[] }>('/api/data/elements');
  const sets = useApiData<{ items: DataSet[] }>('/api/data/sets');
  const orgUnits = useApiData<{ items: OrgUnitItem[] }>('/api/org-units');
  const { user } = useSession();
  return {
    elements,
    sets,
    orgUnits,
    canEdit: user?.permissions.includes('plan:write') ?? false,
    /** The org unit the user's role is scoped to, if any. */
    scope: user?.roles.find((r) => r.orgUnit !== null)?.orgUnit ?? null,
    error: elements.error ?? sets.error ?? orgUnits.error,
    loading: elements.loading || sets.loading || orgUnits.loading,
  };
}

/** An org unit as a choice: its name, then its code, which the files and links use. */
export function orgUnitLabel(unit: OrgUnitItem): string {
  return `${unit.name}（${unit.code}）`;
}
