import type { TaskView } from '../api/types.js';

export interface TaskNode extends TaskView {
  /** 0 for a top-level task. */
  depth: number;
  /** Absent on leaves, so that tables do not offer to expand a task without sub-tasks. */
  children?: TaskNode[];
}

/**
 * Nests tasks under their parents, keeping the plan's order. A task whose parent is missing
 * (not loaded, or filtered out) is shown at the top level rather than dropped.
 */
export function buildTaskTree(tasks: TaskView[]): TaskNode[] {
  const nodes = new Map<string, TaskNode>(tasks.map((task) => [task.id, { ...task, depth: 0 }]));
  const roots: TaskNode[] = [];
  for (const task of tasks) {
    const node = nodes.get(task.id) as TaskNode;
    const parent = task.parentId !== null && task.parentId !== task.id ? nodes.get(task.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const setDepth = (node: TaskNode, depth: number) => {
    node.depth = depth;
    for (const child of node.children ?? []) setDepth(child, depth + 1);
  };
  for (const root of roots) setDepth(root, 0);
  return roots;
}
