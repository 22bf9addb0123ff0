import { describe, expect, it } from 'vitest';
import { categorySpans, higherLevelSource } from './indicator-table.js';

describe('indicator table', () => {
  it('merges the category cells of consecutive rows, as the Mentougou table prints them', () => {
    const categories = ['健康水平', '健康水平', '健康水平', '健康水平', '健康水平', '资源配置', '资源配置', '健康服务'];
    expect(categorySpans(categories.map((category) => ({ category })))).toEqual([5, 0, 0, 0, 0, 2, 0, 1]);
  });

  it('starts a new cell when a category comes back after another', () => {
    const categories = ['健康水平', '资源配置', '健康水平'];
    expect(categorySpans(categories.map((category) => ({ category })))).toEqual([1, 1, 1]);
  });

  it('gives rows without a category a cell each', () => {
    const categories = ['健康水平', null, null];
    expect(categorySpans(categories.map((category) => ({ category })))).toEqual([1, 1, 1]);
  });

  it('names the higher level that set a target, and nothing for the plan’s own', () => {
    expect(higherLevelSource({ source: '北京市' })).toBe('北京市');
    expect(higherLevelSource({ source: 'plan' })).toBeNull();
    expect(higherLevelSource({ source: null })).toBeNull();
  });
});
