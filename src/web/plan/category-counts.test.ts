import { describe, expect, it } from 'vitest';
import type { IndicatorView } from '../api/types.js';
import { countByCategory } from './category-counts.js';

const row = (category: string | null, attribute: IndicatorView['attribute']) => ({ category, attribute });

describe('indicators per category', () => {
  it('counts binding and expected indicators per category in the plan’s order', () => {
    // The first rows of the Xicheng 2021–2025 table: 孕产妇系统服务率 and 儿童保健系统服务率 are binding,
    // 老年人健康服务率 and 居民电子健康档案使用率 expected.
    const result = countByCategory([
      row('健康服务', 'binding'),
      row('健康服务', 'binding'),
      row('健康服务', 'expected'),
      row('健康服务', 'expected'),
      row('健康水平', 'expected'),
      row(null, null),
    ]);
    expect(result.categories).toEqual(['健康服务', '健康水平', null]);
    expect(result.counts).toEqual({ binding: [2, 0, 0], expected: [2, 1, 0], guiding: [0, 0, 0], none: [0, 0, 1] });
  });
});
