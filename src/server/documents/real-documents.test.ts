import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import xicheng17Json from '../../../content/plans/xicheng-2017-2020.json' with { type: 'json' };
import { proseAccuracy } from '../../domain/import/accuracy.js';
import type { PlanProposal } from '../../domain/import/propose.js';
import type { IndicatorDef, PlanDocument } from '../../domain/plan/format.js';
import { extractDocument } from './extract.js';
import { proposeFromDocument } from './import.js';
import { chaoyangTablePages, planDocx } from './testing.js';

/**
 * The seed plans as planners send them: Word documents with real tables, and PDFs with a
 * Chinese text layer exported from Word by LibreOffice (fixtures/, made by
 * scripts/document-fixtures.js). Each must propose the same indicators as the text file.
 */
async function seedText(name: string): Promise<string> {
  return readFile(new URL(`../../../content/documents/${name}`, import.meta.url), 'utf8');
}

async function fromText(name: string): Promise<PlanProposal> {
  return proposeFromDocument(await extractDocument(name, new TextEncoder().encode(await seedText(name))));
}

async function fromFile(name: string, bytes: Uint8Array): Promise<PlanProposal> {
  return proposeFromDocument(await extractDocument(name, bytes));
}

async function fixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(`./fixtures/${name}`, import.meta.url)));
}

/** What a planner checks of an indicator; a PDF keeps no spaces between words, so neither does this. */
function indicatorRows(indicators: readonly IndicatorDef[]): string[] {
  return indicators.map((i) =>
    [i.name, i.unit ?? '—', i.attribute ?? '—', ...i.targets.map((t) => `${t.text.replace(/\s+/g, '')} ${t.comparator} ${t.value ?? ''}–${t.valueHigh ?? ''} ${t.year ?? ''} ${t.source ?? ''}`)].join(' | '),
  );
}

/** The indicator table's rows with the targets the table gives (the excerpt has none of the plan's prose). */
function tableRows(proposal: PlanProposal): string[] {
  return indicatorRows(proposal.plan.indicators.filter((i) => i.table !== '正文').map((i) => ({ ...i, targets: i.targets.filter((t) => !t.fromProse) })));
}

function projectRows(proposal: PlanProposal): unknown[] {
  return proposal.plan.projects.map((x) => [x.name, x.locationText, x.kind, x.beds, x.floorArea, x.siteArea, x.investment, x.investmentText ?? null, x.plannedCompletion]);
}

describe('a Word document with real tables', () => {
  it('朝阳区: the same indicators, prose targets and projects as the text file', async () => {
    const text = await fromText('003-chaoyang-2021-2025.txt');
    const word = await fromFile('003-chaoyang-2021-2025.docx', await planDocx(await seedText('003-chaoyang-2021-2025.txt')));
    expect(word.plan.plan).toMatchObject({ title: '北京市朝阳区“十四五”时期卫生健康事业发展规划', periodStart: 2021, periodEnd: 2025 });
    expect(tableRows(word)).toHaveLength(28);
    expect(indicatorRows(word.plan.indicators)).toEqual(indicatorRows(text.plan.indicators));
    expect(projectRows(word)).toHaveLength(12);
    expect(projectRows(word)).toEqual(projectRows(text));
  });

  it('健康西城 2017–2020: the same indicators from the prose as the text file', async () => {
    const text = await fromText('002-xicheng-2017-2020.txt');
    const word = await fromFile('002-xicheng-2017-2020.docx', await planDocx(await seedText('002-xicheng-2017-2020.txt')));
    expect(indicatorRows(word.plan.indicators)).toEqual(indicatorRows(text.plan.indicators));
    expect(word.plan.indicators).toHaveLength(13);
  });
  it.each(['000-xicheng-2021-2025', '001-mentougou-2021-2025'])('%s: tables flattened into paragraphs propose what the text file does', async (name) => {
    const text = await fromText(`${name}.txt`);
    const word = await fromFile(`${name}.docx`, await planDocx(await seedText(`${name}.txt`)));
    expect(indicatorRows(word.plan.indicators)).toEqual(indicatorRows(text.plan.indicators));
    expect(projectRows(word)).toEqual(projectRows(text));
  });
});

describe('a PDF exported from Word, with a Chinese text layer', () => {
  it('健康西城 2017–2020: the lines re-wrapped at the page width still give the same indicators, 16 of 16 targets right', async () => {
    const text = await fromText('002-xicheng-2017-2020.txt');
    const pdf = await fromFile('002-xicheng-2017-2020.pdf', await fixture('002-xicheng-2017-2020.pdf'));
    expect(pdf.plan.plan).toMatchObject({ title: '健康西城品质提升行动计划 (2017—2020年)', periodStart: 2017, periodEnd: 2020, documentNumber: '西政发〔2017〕9号' });
    expect(indicatorRows(pdf.plan.indicators)).toEqual(indicatorRows(text.plan.indicators));
    // Line numbers of a PDF are its own, so accuracy is measured by name, reading and year only.
    const unplaced = (indicators: readonly IndicatorDef[]) => indicators.map((i) => ({ ...i, targets: i.targets.map((t) => ({ ...t, line: 0 })) }));
    const accuracy = proseAccuracy(unplaced(pdf.plan.indicators), unplaced((xicheng17Json as unknown as PlanDocument).indicators));
    expect([accuracy.matched, accuracy.expected, accuracy.proposed]).toEqual([16, 16, 16]);
  });

  it('朝阳区 table pages: table cells that wrap inside the cell and rows broken by the page give the same 28 rows and 12 projects as the text file', async () => {
    const text = await fromText('003-chaoyang-2021-2025.txt');
    const document = await extractDocument('003-chaoyang-tables.pdf', await fixture('003-chaoyang-tables.pdf'));
    expect(document.lines).toContain('65岁及以上老年人城乡社区规范健康管理服务率 % ≥65 预期性');
    expect(document.lines.find((l) => l.startsWith('11 北京朝阳五洲妇儿医院'))).toMatch(/地下14396\.42平方米。 23789 2023年$/);
    const pdf = proposeFromDocument(document);
    expect(pdf.plan.plan).toMatchObject({ title: '北京市朝阳区“十四五”时期卫生健康事业发展规划', periodStart: 2021, periodEnd: 2025 });
    expect(tableRows(pdf)).toEqual(tableRows(text));
    expect(projectRows(pdf)).toHaveLength(12);
    expect(projectRows(pdf)).toEqual(projectRows(text));
  });

  it('the fixture holds only the title block and the table pages of the plan', async () => {
    const pages = chaoyangTablePages(await seedText('003-chaoyang-2021-2025.txt')).split('\n');
    expect(pages[0].trim()).toBe('北京市朝阳区“十四五”时期');
    expect(pages[5]).toBe('四、关键指标');
    expect(pages.some((l) => /^第.章/.test(l.trim()))).toBe(false);
    expect(pages).toContain('附表');
  });
});
