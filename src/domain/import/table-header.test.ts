import { describe, expect, it } from 'vitest';
import { toDocLines } from './lines.js';
import { readHeader } from './table-header.js';

function header(text: string) {
  const h = readHeader(toDocLines(text.split('\n')), 0);
  return h && { kind: h.kind, layout: h.layout, columns: h.columns.map((c) => `${c.role}:${c.label}`), lines: h.end - h.start };
}

describe('readHeader', () => {
  it('reads a header printed on one line', () => {
    expect(header('类别 序号 指标 目标值 属性\n1')).toEqual({
      kind: 'indicator',
      layout: 'flowing',
      columns: ['category:类别', 'seq:序号', 'name:指标', 'target:目标值', 'attribute:属性'],
      lines: 1,
    });
  });

  it('reads a header whose cells a page layout interleaved, naming each target column by its issuer', () => {
    const text = '序\n\n号\n维度 指标各称 单位 2020 年\n\n门头沟区 北京市 指标性\n\n质目标值 目标值\n\n1';
    expect(header(text)?.columns).toEqual(['seq:序号', 'category:维度', 'name:指标各称', 'unit:单位', 'baseline:2020年', 'target:门头沟区目标值', 'target:北京市目标值', 'attribute:指标性质']);
  });

  it('reads a header one cell per line, continuation lines joined to their cell', () => {
    const text = '\t指标名称\n\t单位\n\t“十四五”\n目标值\n\t指标\n性质\n\n\t人均期望寿命';
    expect(header(text)).toMatchObject({ layout: 'cell-per-line', columns: ['name:指标名称', 'unit:单位', 'target:“十四五”目标值', 'attribute:指标性质'], lines: 6 });
  });

  it('takes the later of two year columns for the targets', () => {
    expect(header('序号 指标 单位 2020年 2025年 属性\n1')?.columns).toEqual(['seq:序号', 'name:指标', 'unit:单位', 'baseline:2020年', 'target:2025年', 'attribute:属性']);
  });

  it('reads a project table header, a unit in brackets kept with its column', () => {
    const text = '\t序号\n\t项目名称\n\t建设地点\n\t规划类型\n\t项目概况\n\t总投资\n\n（万元）\n\t计划完成时间\n\n\t1';
    expect(header(text)).toMatchObject({ kind: 'project', columns: ['seq:序号', 'name:项目名称', 'location:建设地点', 'kind:规划类型', 'content:项目概况', 'investment:总投资（万元）', 'completion:计划完成时间'] });
  });

  it('is not fooled by a heading or a sentence that mentions indicators', () => {
    expect(header('四、关键指标\n\t指标名称')).toBeNull();
    expect(header('“十四五”时期卫生健康事业发展主要调控指标表\n序号')).toBeNull();
  });
});
