import type { Department, TaskNode } from './types.js';

/** Every department that leads or cooperates on a task anywhere in the tree, each once, in order of first appearance. */
export function departmentsOf(nodes: readonly TaskNode[]): Department[] {
  const found = new Map<string, Department>();
  const visit = (list: readonly TaskNode[]) => {
    for (const node of list) {
      for (const d of node.lead ? [node.lead, ...node.cooperating] : node.cooperating) if (!found.has(d.code)) found.set(d.code, d);
      visit(node.children);
    }
  };
  visit(nodes);
  return [...found.values()];
}
