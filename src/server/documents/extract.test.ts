import { readFile } from 'node:fs/promises';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import type { DocumentError } from './errors.js';
import { extractDocument } from './extract.js';
import { proposeFromDocument } from './import.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { handWrittenPdf } from './testing.js';

const CHAOYANG = new URL('../../../content/documents/003-chaoyang-2021-2025.txt', import.meta.url);

async function chaoyangText(): Promise<string> {
  return readFile(CHAOYANG, 'utf8');
}

/** GB18030 bytes of a text, built from the decoder's own table (the platform has no GB18030 encoder). */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

async function refusal(work: Promise<unknown> | (() => unknown)): Promise<DocumentError> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (err) {
    return err as DocumentError;
  }
  throw new Error('the document was accepted');
}

describe('text files', () => {
  it('reads UTF-8 text line by line', async () => {
    const text = await chaoyangText();
    const doc = await extractDocument('003-chaoyang-2021-2025.txt', new TextEncoder().encode(text));
    expect(doc).toMatchObject({ format: 'txt', encoding: 'utf-8' });
    expect(doc.lines[101]).toBe('\t指标名称');
    expect(doc.lines.length).toBe(text.split('\n').length);
  });

  it('reads GB18030 text when the bytes are not UTF-8, and proposes the same plan', async () => {
    const text = await chaoyangText();
    const doc = await extractDocument('chaoyang-gbk.txt', encodeGb18030(text));
    expect(doc.encoding).toBe('gb18030');
    expect(doc.lines.join('\n')).toBe(text);
    const plan = proposeFromDocument(doc).plan;
    expect(plan.indicators.filter((i) => i.table !== '正文')).toHaveLength(28);
    expect(plan.plan.title).toBe('北京市朝阳区“十四五”时期卫生健康事业发展规划');
  });
});

describe('Word files', () => {
  it('reads a .docx written from the lines of a plan document, tabs of table cells kept', async () => {
    const lines = (await chaoyangText()).split('\n');
    const docx = new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
    const doc = await extractDocument('chaoyang.docx', new Uint8Array(await Packer.toBuffer(docx)));
    expect(doc.format).toBe('docx');
    const proposal = proposeFromDocument(doc);
    const table = proposal.plan.indicators.filter((i) => i.table !== '正文');
    expect(table).toHaveLength(28);
    expect(table[1]).toMatchObject({ name: '婴儿死亡率', unit: '‰', attribute: 'binding' });
    expect(table[1].targets[0]).toMatchObject({ text: '≤3', comparator: '<=', value: 3 });
    expect(proposal.plan.projects).toHaveLength(12);
  });

  it('turns a Word table into one line per row with tab-separated cells', async () => {
    const row = (...cells: string[]): TableRow => new TableRow({ children: cells.map((c) => new TableCell({ children: c.split('\n').map((p) => new Paragraph(p)) })) });
    const docx = new Document({
      sections: [
        {
          children: [
            new Paragraph('某区“十四五”时期卫生健康事业发展规划'),
            new Paragraph('三、主要指标'),
            new Table({
              rows: [
                row('序号', '指标', '单位', '2020年', '2025年目标', '属性'),
                row('1', '人均期望寿命', '岁', '82.1', '≥82.5', '预期性'),
                row('2', '每千常住人口执业（助理）\n医师数', '人', '3.2', '3.5左右', '约束性'),
              ],
            }),
          ],
        },
      ],
    });
    const doc = await extractDocument('table.docx', new Uint8Array(await Packer.toBuffer(docx)));
    expect(doc.lines).toContain('1\t人均期望寿命\t岁\t82.1\t≥82.5\t预期性');
    const indicators = proposeFromDocument(doc).plan.indicators;
    expect(indicators.map((i) => [i.name, i.unit, i.targets[0].text, i.targets[0].comparator, i.targets[0].year, i.baselines[0].value, i.attribute])).toEqual([
      ['人均期望寿命', '岁', '≥82.5', '>=', 2025, 82.1, 'expected'],
      ['每千常住人口执业（助理）医师数', '人', '3.5左右', 'about', 2025, 3.2, 'binding'],
    ]);
  });

  it('refuses a .docx that is not a Word file', async () => {
    const err = await refusal(extractDocument('broken.docx', new TextEncoder().encode('not a zip archive')));
    expect(err.problem).toBe('DOCUMENT_UNREADABLE');
    expect(err.messages.zh).toContain('无法读取');
  });
});

describe('PDF files', () => {
  it('groups the text items of a PDF into lines by their baseline, gaps as spaces', async () => {
    const pdf = handWrittenPdf([
      'BT /F1 12 Tf 72 760 Td (Health plan 2021-2025) Tj ET\nBT /F1 12 Tf 72 740 Td (Indicator) Tj ET\nBT /F1 12 Tf 300 740 Td (Target) Tj ET\nBT /F1 12 Tf 72 720 Td (Life expectancy) Tj ET\nBT /F1 12 Tf 300 720.5 Td (>=84) Tj ET',
      'BT /F1 12 Tf 72 760 Td (Second page) Tj ET',
    ]);
    const doc = await extractDocument('plan.pdf', pdf);
    expect(doc.format).toBe('pdf');
    expect(doc.lines).toEqual(['Health plan 2021-2025', 'Indicator Target', 'Life expectancy >=84', 'Second page']);
  });

  it('keeps the wrapped text of a table cell in its cell, across a page break too, and a paragraph line as a line of its own', async () => {
    const text = (x: number, y: number, s: string) => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;
    // A table row: cells at x = 72, 200 and 300.
    const row = (y: number, ...cells: string[]) => cells.map((c, i) => text([72, 200, 300][i], y, c));
    const pdf = handWrittenPdf([
      [
        ...row(760, 'Indicator', 'Unit', 'Target'),
        // The first cell ran up to the next one and wraps; the row below starts with room left.
        ...row(746, 'Maternal mortality per', '1/100k', '<=7'),
        ...row(734, '100000 births'),
        ...row(720, 'Life expectancy', 'years', '>=84'),
        // A paragraph with single spaces between its words is no table row.
        text(72, 690, 'Life expectancy 84 years by 2025'),
        text(72, 678, 'in the district'),
      ].join('\n'),
      // A row broken by the page goes on after the page number.
      [...row(760, 'Infant mortality', 'per 1000', '<=3'), ...row(746, 'Under-five mortality rate', 'per 1000', '<=4'), text(280, 40, '- 58 -')].join('\n'),
      [...row(760, 'in the region'), text(72, 740, 'Next paragraph')].join('\n'),
    ]);
    const doc = await extractDocument('table.pdf', pdf);
    expect(doc.lines).toEqual([
      'Indicator Unit Target',
      'Maternal mortality per 100000 births 1/100k <=7',
      'Life expectancy years >=84',
      'Life expectancy 84 years by 2025',
      'in the district',
      'Infant mortality per 1000 <=3',
      'Under-five mortality rate in the region per 1000 <=4',
      '- 58 -',
      'Next paragraph',
    ]);
  });

  it('refuses a PDF without a text layer as a scan', async () => {
    const scan = handWrittenPdf(['0.5 g 72 600 400 150 re f']);
    const err = await refusal(extractDocument('scan.pdf', scan));
    expect(err.problem).toBe('DOCUMENT_SCANNED');
    expect(err.code).toBe('DOCUMENT_UNREADABLE');
    expect(err.messages.zh).toContain('没有文字层');
    expect(err.messages.en).toContain('no text layer');
  });
});

describe('refusals', () => {
  it('refuses an empty file and a file of blank lines', async () => {
    expect((await refusal(extractDocument('empty.txt', new Uint8Array()))).problem).toBe('DOCUMENT_EMPTY');
    const blank = await refusal(extractDocument('blank.txt', new TextEncoder().encode('\n  \n\t\n')));
    expect(blank.problem).toBe('DOCUMENT_EMPTY');
    expect(blank.messages.en).toBe('The file "blank.txt" contains no text');
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const err = await refusal(extractDocument('huge.txt', new Uint8Array(MAX_DOCUMENT_BYTES + 1)));
    expect(err.problem).toBe('DOCUMENT_TOO_LARGE');
    expect(err.httpStatus).toBe(413);
    expect(err.messages.zh).toContain('超过 20 MB 的上限');
  });

  it('refuses an unknown file type, naming it', async () => {
    const err = await refusal(extractDocument('plan.doc', new TextEncoder().encode('x')));
    expect(err.problem).toBe('DOCUMENT_TYPE_UNSUPPORTED');
    expect(err.httpStatus).toBe(415);
    expect(err.messages.zh).toContain('“.doc”');
    expect(err.messages.en).toContain('save a .doc file as .docx first');
  });

  it('refuses a document in which no indicator is found', async () => {
    const doc = await extractDocument('letter.txt', new TextEncoder().encode('关于召开会议的通知\n各单位：\n定于下周召开工作会议，请准时参加。\n'));
    const err = await refusal(() => proposeFromDocument(doc));
    expect(err.problem).toBe('DOCUMENT_NO_INDICATORS');
    expect(err.messages.zh).toContain('没有找到指标表');
  });
});
