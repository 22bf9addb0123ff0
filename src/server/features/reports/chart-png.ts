import { Resvg } from '@resvg/resvg-js';
import { chartSvg, type ChartInput } from './chart.js';
import { withFontFor } from './chart-font.js';
import type { Lang } from './labels.js';

/** An SVG chart rasterised to PNG at twice its size (sharp in print), its text set in the font of `fontFile`. */
export function rasterise(svg: string, fontFile: string): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' },
  });
  return resvg.render().asPng();
}

/** The charts of a report as PNGs, in order; one font cut to the characters of all of them serves every chart. */
export async function chartPngs(inputs: ChartInput[], lang: Lang = 'zh'): Promise<Buffer[]> {
  const svgs = inputs.map((input) => chartSvg(input, lang));
  return withFontFor(svgs.join(''), (fontFile) => svgs.map((svg) => rasterise(svg, fontFile)));
}
