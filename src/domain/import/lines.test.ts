import { describe, expect, it } from 'vitest';
import { isPageFurniture, splitLines, toDocLines } from './lines.js';

describe('toDocLines', () => {
  it('drops blank lines and page numbers, keeping the line numbers of the document', () => {
    const lines = toDocLines(splitLines('一、总体目标\r\n\r\n- 19 -\r\n\u3000到 2025 年，构建比较完善的大健康服务体系\r\n第 3 页 共 60 页'));
    expect(lines.map((l) => [l.no, l.text])).toEqual([
      [1, '一、总体目标'],
      [4, '到 2025 年，构建比较完善的大健康服务体系'],
    ]);
  });

  it('tells cells that start with a tab and rows whose cells are separated by tabs', () => {
    const [cell, row] = toDocLines(['\t指标名称', '1\t人均期望寿命\t岁\t83.0']);
    expect(cell).toMatchObject({ cellStart: true, cells: null, text: '指标名称' });
    expect(row).toMatchObject({ cellStart: false, cells: ['1', '人均期望寿命', '岁', '83.0'] });
  });

  it('knows page furniture from figures', () => {
    expect(['- 58 -', '－ 7 －', '第 2 页', '3/40'].every(isPageFurniture)).toBe(true);
    expect(['58', '2020', '1.3 左右'].some(isPageFurniture)).toBe(false);
  });
});
