import { describe, expect, it } from 'vitest';
import { treeRows } from './tree-rows.js';

describe('tree rows', () => {
  it('drops the children of leaves and keeps nested ones', () => {
    const tree = [
      { title: '构建共建共享的全民健康服务体系', children: [{ title: '打造全社会广泛参与的健康联合体', children: [] }] },
      { title: '深入开展新时代爱国卫生运动', children: [] },
    ];
    expect(treeRows(tree)).toEqual([
      { title: '构建共建共享的全民健康服务体系', children: [{ title: '打造全社会广泛参与的健康联合体' }] },
      { title: '深入开展新时代爱国卫生运动' },
    ]);
  });
});
