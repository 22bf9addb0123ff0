import type { FunctionName } from './ast.js';

export interface FunctionSpec {
  name: FunctionName;
  minArgs: number;
  /** Infinity for functions that take any number of arguments. */
  maxArgs: number;
  /** Shown in messages and in the syntax reference. */
  signature: string;
  /** Missing data items keep their null inside these arguments instead of counting as 0. */
  seesMissingValues: boolean;
  zh: string;
  en: string;
}

/** The functions of the indicator expression language, as in DHIS2. */
export const FUNCTIONS: Readonly<Record<FunctionName, FunctionSpec>> = {
  if: spec('if', 3, 3, 'if(条件, 值1, 值2)', false, '条件为真取值1，否则取值2', 'value 1 when the condition is true, else value 2'),
  isNull: spec('isNull', 1, 1, 'isNull(值)', true, '值为空时为真', 'true when the value is missing'),
  isNotNull: spec('isNotNull', 1, 1, 'isNotNull(值)', true, '值不为空时为真', 'true when the value is present'),
  firstNonNull: spec('firstNonNull', 1, Infinity, 'firstNonNull(值, …)', true, '第一个不为空的值', 'the first value that is present'),
  greatest: spec('greatest', 1, Infinity, 'greatest(值, …)', false, '最大值，忽略空值', 'the largest value, ignoring missing ones'),
  least: spec('least', 1, Infinity, 'least(值, …)', false, '最小值，忽略空值', 'the smallest value, ignoring missing ones'),
  log: spec('log', 1, 2, 'log(值[, 底数])', false, '自然对数，或以给定底数的对数', 'natural logarithm, or the logarithm to the given base'),
  log10: spec('log10', 1, 1, 'log10(值)', false, '以 10 为底的对数', 'base-10 logarithm'),
  removeZeros: spec('removeZeros', 1, 1, 'removeZeros(值)', false, '值为 0 时变为空', 'no value when the value is 0'),
};

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTIONS, name);
}

function spec(
  name: FunctionName,
  minArgs: number,
  maxArgs: number,
  signature: string,
  seesMissingValues: boolean,
  zh: string,
  en: string,
): FunctionSpec {
  return { name, minArgs, maxArgs, signature, seesMissingValues, zh, en };
}
