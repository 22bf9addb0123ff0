import { describe, expect, it } from 'vitest';
import { fitCells, joinTokens, type FitColumn } from './cell-fit.js';
import type { Token } from './table-rows.js';

function tokens(...lines: string[]): Token[] {
  return lines.flatMap((line, l) => line.split(' ').map((text, i): Token => ({ text, line: l + 1, sep: i > 0 ? 'space' : l === 0 ? 'cell' : 'line' })));
}

const number: FitColumn = { score: (t) => (/^\d+(\.\d+)?$/.test(t) ? 2 : -5), empty: -1 };
const phrase: FitColumn = { score: (t) => (/^\d/.test(t) ? -5 : t.length >= 4 ? 1 : -1), empty: -3 };
const name: FitColumn = { score: () => 0, empty: -Infinity };

describe('fitCells', () => {
  it('cuts a run of pieces into the cells that fit their columns best', () => {
    const fit = fitCells(tokens('婴儿死亡率 2.17', '达到国', '际水平'), [name, number, phrase]);
    expect(fit?.cells).toEqual(['婴儿死亡率', '2.17', '达到国际水平']);
    expect(fit?.lines).toEqual([1, 1, 2]);
  });

  it('leaves an optional column empty when nothing fits it, and gives up when a required one cannot be filled', () => {
    expect(fitCells(tokens('人均期望寿命 达到国际水平'), [name, number, phrase])?.cells).toEqual(['人均期望寿命', '', '达到国际水平']);
    expect(fitCells([], [name])).toBeNull();
  });

  it('joins words wrapped over lines without a space and keeps the spaces printed', () => {
    expect(joinTokens(tokens('每千常住人口拥有 3岁以下幼儿', '托位数'))).toBe('每千常住人口拥有 3岁以下幼儿托位数');
    expect(joinTokens(tokens('卫生总费用占 GDP', 'ratio'))).toBe('卫生总费用占 GDP ratio');
  });
});
