import { describe, expect, it } from 'vitest';
import { chartSvg, type ChartInput } from './chart.js';
import { FULL_FONT_FILE, withFontFor } from './chart-font.js';
import { chartPngs, rasterise } from './chart-png.js';

/** Two charts of 西城区 indicators with different characters in their titles: the targets and baseline its document states. */
const LIFE: ChartInput = {
  title: '人均期望寿命',
  unit: '岁',
  values: [{ year: 2022, value: 84.61 }],
  baseline: { year: 2020, value: 84.26 },
  target: { year: 2025, value: 84 },
  trajectory: false,
  decimals: 2,
};
const BEDS: ChartInput = { title: '千人医疗卫生机构床位数', unit: '床/千人', values: [], baseline: null, target: { year: 2025, value: 14.57 }, trajectory: false, decimals: 2 };

describe('chart images of a report', () => {
  it('draw every chart exactly as the full Chinese font does, with a font cut to the characters of all the charts', async () => {
    const pngs = await chartPngs([LIFE, BEDS]);
    expect(pngs).toHaveLength(2);
    expect(pngs[0].equals(rasterise(chartSvg(LIFE, 'zh'), FULL_FONT_FILE))).toBe(true);
    expect(pngs[1].equals(rasterise(chartSvg(BEDS, 'zh'), FULL_FONT_FILE))).toBe(true);
    const [english] = await chartPngs([LIFE], 'en');
    expect(english.equals(rasterise(chartSvg(LIFE, 'en'), FULL_FONT_FILE))).toBe(true);
  });

  it('would differ from the full font if a character of a title were missing from the cut font', async () => {
    const svg = chartSvg(LIFE, 'zh');
    const withoutChinese = await withFontFor('', (fontFile) => rasterise(svg, fontFile));
    expect(withoutChinese.equals(rasterise(svg, FULL_FONT_FILE))).toBe(false);
  });
});
