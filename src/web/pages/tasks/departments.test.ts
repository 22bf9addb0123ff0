import { describe, expect, it } from 'vitest';
import { departmentsOf } from './departments.js';
import type { TaskNode } from './types.js';

function task(title: string, lead: TaskNode['lead'], cooperating: TaskNode['cooperating'], children: TaskNode[] = []): TaskNode {
  return { title, lead, cooperating, children } as TaskNode;
}

// Departments of the 朝阳区“十四五” tasks on 3岁以下婴幼儿照护服务.
const health = { code: '110105-D01', name: '区卫生健康委' };
const civil = { code: '110105-D03', name: '区民政局' };
const streets = { code: '110105-D10', name: '街道（地区）办事处' };

describe('departments of the task tree', () => {
  it('lists lead and cooperating departments of nested tasks once each', () => {
    const tree = [task('加强妇幼健康服务', null, [], [task('做好3岁以下婴幼儿照护服务工作', health, [civil]), task('母婴关爱室', civil, [health, streets])])];
    expect(departmentsOf(tree).map((d) => d.name)).toEqual(['区卫生健康委', '区民政局', '街道（地区）办事处']);
  });

  it('is empty when no task is assigned', () => {
    expect(departmentsOf([task('打造全社会广泛参与的健康联合体', null, [])])).toEqual([]);
  });
});
