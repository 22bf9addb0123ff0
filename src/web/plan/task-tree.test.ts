import { describe, expect, it } from 'vitest';
import type { TaskView } from '../api/types.js';
import { buildTaskTree, type TaskNode } from './task-tree.js';

function task(id: string, path: string, title: string, parentId: string | null): TaskView {
  return { id, path, title, summary: null, status: 'not_started', percent: null, parentId };
}

const outline = (nodes: TaskNode[], depth = 0): string[] =>
  nodes.flatMap((n) => {
    expect(n.depth).toBe(depth);
    return [`${'  '.repeat(depth)}${n.path} ${n.title}`, ...outline(n.children ?? [], depth + 1)];
  });

describe('task tree', () => {
  it('nests the tasks of the Mentougou plan as its outline does', () => {
    const tree = buildTaskTree([
      task('1', '第四部分/一、', '深化体制机制改革', null),
      task('2', '第四部分/一、/（一）', '持续深化医药卫生体制改革', '1'),
      task('3', '第四部分/一、/（一）/1.', '深化公立医院综合改革', '2'),
      task('4', '第四部分/一、/（一）/2.', '推动落实公立医院改革发展合作目标', '2'),
    ]);
    expect(outline(tree)).toEqual([
      '第四部分/一、 深化体制机制改革',
      '  第四部分/一、/（一） 持续深化医药卫生体制改革',
      '    第四部分/一、/（一）/1. 深化公立医院综合改革',
      '    第四部分/一、/（一）/2. 推动落实公立医院改革发展合作目标',
    ]);
  });

  it('leaves no children list on a task without sub-tasks', () => {
    const [chapter] = buildTaskTree([task('1', '第四章/第一节', '构建共建共享的全民健康服务体系', null)]);
    expect(chapter.children).toBeUndefined();
  });

  it('keeps a task whose parent is not in the list at the top level', () => {
    const tree = buildTaskTree([
      task('2', '第四章/第一节/一、', '打造全社会广泛参与的健康联合体', 'missing'),
      task('3', '第四章/第一节/二、', '全面提高居民的健康素养', null),
    ]);
    expect(tree.map((n) => n.title)).toEqual(['打造全社会广泛参与的健康联合体', '全面提高居民的健康素养']);
  });
});
