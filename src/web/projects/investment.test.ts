import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../api/types.js';
import { investmentTotal } from './investment.js';

function project(name: string, investment: number | null, investmentText: string | null = null): ProjectView {
  return { id: name, name, kind: '新建', stage: null, investment, investmentText, beds: null, floorArea: null, plannedCompletion: null };
}

// The key projects table of the Chaoyang 2021–2025 plan: six investments stated in 万元, six 待定.
const chaoyang = [
  project('安贞东方医院', 250000),
  project('朝阳医院东院', 228057),
  project('北京中医医院新址', null, '待定'),
  project('首都医科大学三博脑科医院东坝院区', 110000),
  project('朝阳园北区国际医院', 600000),
  project('望京B20医院', null, '待定'),
  project('来广营2.99配套医院', null, '待定'),
  project('北京市第一中西医结合医院东坝院区改扩建', null, '待定'),
  project('朝阳区中医医院装修项目一期工程', 12354),
  project('朝阳区第三医院扩建', null, '待定'),
  project('北京朝阳五洲妇儿医院', 23789),
  project('新建社区卫生服务中心', null, '待定'),
];

describe('investment total', () => {
  it('adds the stated investments and names the undetermined projects it leaves out', () => {
    const total = investmentTotal(chaoyang);
    expect(total.amount).toBe(1224200);
    expect(total.counted).toBe(6);
    expect(total.leftOut.map((p) => p.name)).toEqual([
      '北京中医医院新址',
      '望京B20医院',
      '来广营2.99配套医院',
      '北京市第一中西医结合医院东坝院区改扩建',
      '朝阳区第三医院扩建',
      '新建社区卫生服务中心',
    ]);
  });

  it('counts nothing when no project states its investment', () => {
    const total = investmentTotal([project('区级核酸检测基地', null), project('集中医学观察点建设', null)]);
    expect([total.amount, total.counted, total.leftOut.length]).toEqual([0, 0, 2]);
  });
});
