import type { ElementSummary, FormCell } from './types.js';

/** One line of the entry grid: a data element, or one disaggregation of it, with its stored value. */
export interface GridRow {
  key: string;
  dataElement: string;
  disaggregation: string;
  name: string;
  unit: string | null;
  element: ElementSummary | null;
  cell: FormCell | null;
}

export function rowKey(dataElement: string, disaggregation: string): string {
  return `${dataElement}|${disaggregation}`;
}

/**
 * The grid of a form, in the data set's order: each element once per disaggregation it is collected
 * by (once as a total when it has none), plus any disaggregation that already holds a value.
 */
export function gridRows(cells: FormCell[], elements: ReadonlyMap<string, ElementSummary>): GridRow[] {
  const rows: GridRow[] = [];
  const order = [...new Set(cells.map((c) => c.dataElement))];
  for (const code of order) {
    const own = cells.filter((c) => c.dataElement === code);
    const element = elements.get(code) ?? null;
    const declared = element?.disaggregations?.length ? element.disaggregations : [''];
    const stored = own.filter((c) => c.version !== null).map((c) => c.disaggregation);
    for (const disaggregation of [...new Set([...declared, ...stored])]) {
      rows.push({
        key: rowKey(code, disaggregation),
        dataElement: code,
        disaggregation,
        name: own[0]!.name,
        unit: own[0]!.unit,
        element,
        cell: own.find((c) => c.disaggregation === disaggregation && c.version !== null) ?? null,
      });
    }
  }
  return rows;
}
