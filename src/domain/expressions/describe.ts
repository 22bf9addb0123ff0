import { referenceOf, walk, type Expression, type ItemReference } from './ast.js';

/** The display name of a reference, or undefined when it has none. */
export type NameLookup = (reference: ItemReference) => string | undefined;

/**
 * The expression as a reader wants it: every reference replaced by its name, the rest of the text
 * (operators, numbers, spacing) unchanged. References without a name keep their code.
 */
export function describe(expression: Expression, nameOf: NameLookup): string {
  const replacements: { start: number; end: number; text: string }[] = [];
  walk(expression.root, (node) => {
    const reference = referenceOf(node);
    const name = reference === null ? undefined : nameOf(reference);
    if (name !== undefined) replacements.push({ start: node.start, end: node.end, text: name });
  });
  replacements.sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  for (const { start, end, text: name } of replacements) {
    text += expression.source.slice(at, start) + name;
    at = end;
  }
  return text + expression.source.slice(at);
}
