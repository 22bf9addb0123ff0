import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { chartSvg, type ChartInput } from './chart.js';
import type { Lang } from './labels.js';

/** A CJK font shipped as an npm dependency, so Chinese renders on a machine with no system fonts. */
const FONT_FILE = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

/** The chart rasterised to PNG at twice its size (sharp in print). */
export function chartPng(input: ChartInput, lang: Lang = 'zh'): Buffer {
  const svg = chartSvg(input, lang);
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' },
  });
  return resvg.render().asPng();
}
