import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/** A CJK font shipped as an npm dependency, so Chinese renders on a machine with no system fonts. */
export const FULL_FONT_FILE = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

/** Characters an SVG may hold only as entities (&amp; &#39; …), so they are in the font even when absent from the markup. */
const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, k) => String.fromCharCode(0x20 + k)).join('');

/**
 * Runs `use` with a font file holding only the glyphs of `text`. Loading the 10 MB font costs the
 * rasteriser over half a second per chart; a few hundred glyphs cost milliseconds. It is a file,
 * not a buffer, because resvg-js loads the system fonts whenever it is given font buffers.
 */
export async function withFontFor<T>(text: string, use: (fontFile: string) => T): Promise<T> {
  const font = await subsetFont(await readFile(FULL_FONT_FILE), text + PRINTABLE_ASCII);
  const dir = await mkdtemp(join(tmpdir(), 'healthplan-font-'));
  try {
    const file = join(dir, 'chart-font.ttf');
    await writeFile(file, font);
    return use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
