/** Table rows of a tree: a leaf has no `children` at all, so the table shows no expand button on it. */
export function treeRows<T extends { children: T[] }>(nodes: readonly T[]): Array<Omit<T, 'children'> & { children?: unknown[] }> {
  return nodes.map((node) => {
    const { children, ...rest } = node;
    return children.length === 0 ? rest : { ...rest, children: treeRows(children) };
  });
}
