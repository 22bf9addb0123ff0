import { describe, expect, it } from 'vitest';
import { disagreeingFigures } from './findings.js';

describe('the figures a stored consistency finding compares', () => {
  it('reads Mentougou’s two 2020 infant mortality figures', () => {
    expect(disagreeingFigures({ year: 2020, values: [2.17, 2.28], observations: [] })).toEqual([2.17, 2.28]);
  });

  it('rounds a computed rate as the message shows it: Mentougou’s primary-care share 29.92 against 884000 × 100 ÷ 3404000', () => {
    expect(disagreeingFigures({ year: 2020, stated: 29.92, computed: (884000 * 100) / 3404000, factor: 100 })).toEqual([29.92, 25.97]);
  });

  it('reads a total and the sum of its parts, the factors that differ, and baselines that already meet the target', () => {
    expect(disagreeingFigures({ year: 2020, total: 265, sum: 262, parts: [] })).toEqual([265, 262]);
    expect(disagreeingFigures({ definitionFactor: 100, factor: 1, unit: '%', definition: '…' })).toEqual([100, 1]);
    expect(disagreeingFigures({ baselineYear: 2020, baselines: [84.26], target: { text: '≥84 岁', value: 84 } })).toEqual([84.26, 84]);
  });

  it('gives nothing for details without figures', () => {
    expect(disagreeingFigures(null)).toEqual([]);
    expect(disagreeingFigures({ year: 2030, periodStart: 2021, periodEnd: 2025, text: '2030年' })).toEqual([]);
  });
});
