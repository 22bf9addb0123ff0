const REFERENCE = /#\{([^}]*)\}/g;

/**
 * The data items an expression refers to (`#{CODE}` or `#{CODE.DISAGG}`), read without
 * parsing the expression, so that references can be checked even in one that does not parse.
 */
export function dataItemReferences(expression: string | null | undefined): string[] {
  if (!expression) return [];
  return [...expression.matchAll(REFERENCE)].map((match) => match[1].trim());
}
