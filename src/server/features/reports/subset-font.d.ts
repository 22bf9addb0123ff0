/** subset-font ships no types; only what the reports use. */
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'truetype' | 'woff' | 'woff2' }): Promise<Buffer>;
}
