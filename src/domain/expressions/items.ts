import { dataItemKey, referenceOf, walk, type Expression } from './ast.js';

export interface DataItemUse {
  code: string;
  disaggregation: string | null;
  /** `CODE` or `CODE.DISAGG`, the key of its value in an evaluation context. */
  key: string;
}

/** Everything an expression needs from outside, each listed once in order of first use. */
export interface ExpressionItems {
  dataItems: DataItemUse[];
  /** Data element codes, with or without a disaggregation. */
  dataElements: string[];
  constants: string[];
  orgUnitGroups: string[];
  usesDays: boolean;
}

export function collectItems(expression: Expression): ExpressionItems {
  const dataItems = new Map<string, DataItemUse>();
  const dataElements = new Set<string>();
  const constants = new Set<string>();
  const orgUnitGroups = new Set<string>();
  let usesDays = false;
  walk(expression.root, (node) => {
    if (node.type === 'days') usesDays = true;
    const reference = referenceOf(node);
    if (reference?.kind === 'dataElement') {
      const key = dataItemKey(reference.code, reference.disaggregation);
      if (!dataItems.has(key)) dataItems.set(key, { code: reference.code, disaggregation: reference.disaggregation, key });
      dataElements.add(reference.code);
    } else if (reference?.kind === 'constant') {
      constants.add(reference.code);
    } else if (reference?.kind === 'orgUnitGroup') {
      orgUnitGroups.add(reference.code);
    }
  });
  return {
    dataItems: [...dataItems.values()],
    dataElements: [...dataElements],
    constants: [...constants],
    orgUnitGroups: [...orgUnitGroups],
    usesDays,
  };
}
