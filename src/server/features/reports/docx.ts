import {
  AlignmentType,
  Document,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { NO_FINDINGS_RECORDED } from '../../../domain/evaluation/finding-labels.js';
import type { ReportModel } from './model.js';
import { formatNumber } from './numbers.js';

/** A chart image for one indicator, already rendered. */
export interface ReportChart {
  code: string;
  name: string;
  png: Buffer;
}

const WATERMARK_COLOUR = 'B00020';

function text(value: string, options: { bold?: boolean; size?: number; color?: string } = {}): TextRun {
  return new TextRun({ text: value, ...options });
}

function para(value: string, options: { bold?: boolean; size?: number; color?: string; center?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [text(value, options)], alignment: options.center ? AlignmentType.CENTER : undefined, spacing: { after: 120 } });
}

function heading(value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ text: value, heading: level });
}

function table(headers: string[], rows: string[][]): Table {
  const cell = (value: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [text(value, { bold, size: 18 })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) }))],
  });
}

function cover(model: ReportModel): Paragraph[] {
  return [
    para(model.planTitle, { bold: true, size: 40, center: true }),
    new Paragraph({ text: `${model.year}年${model.kindTitle}`, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    para(model.region, { size: 28, center: true }),
    para(`报告日期：${model.date}`, { size: 24, center: true }),
    ...(model.watermark ? [para(model.watermark, { bold: true, size: 32, color: WATERMARK_COLOUR, center: true })] : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function summary(model: ReportModel): (Paragraph | Table)[] {
  const s = model.summary;
  const binding =
    s.binding.total === 0
      ? '规划未设约束性指标。'
      : s.binding.notGood.length === 0
        ? `${s.binding.total}项约束性指标全部已达标或进度正常。`
        : `${s.binding.total}项约束性指标中${s.binding.good}项已达标或进度正常，未达到的有：${s.binding.notGood.join('、')}。`;
  return [
    heading('一、总体情况', HeadingLevel.HEADING_1),
    para(`本次${model.kindTitle}以${model.year}年为评价年份，共评价指标${s.total}项，其中${s.noTarget}项未设目标。`),
    para(binding),
    para(`重点项目${s.projects.total}个，已竣工或投用${s.projects.completed}个；按计划应于${model.year}年底前竣工${s.projects.dueByYear}个。`),
    para(`重点任务${s.tasks.total}项，已完成${s.tasks.completed}项，滞后或逾期${s.tasks.overdue}项。`),
    heading('指标状态统计', HeadingLevel.HEADING_2),
    table(['状态', '指标数'], s.statusCounts.map((c) => [c.status, String(c.count)])),
  ];
}

function indicatorSection(model: ReportModel, charts: ReportChart[]): (Paragraph | Table)[] {
  const rows = model.indicators.map((i) => [
    i.category,
    i.seq ? `${i.seq} ${i.name}` : i.name,
    i.unit,
    i.attribute,
    i.baseline === null ? '' : `${formatNumber(i.baseline)}（${i.baselineYear}年）`,
    i.target,
    i.value === null ? '无数据' : `${i.value.toFixed(i.decimals)}（${i.valueYear}年）`,
    i.status,
    i.ratio === null ? '' : i.ratio.toFixed(2),
  ]);
  return [
    heading('二、指标完成情况', HeadingLevel.HEADING_1),
    heading('指标汇总表', HeadingLevel.HEADING_2),
    table(['类别', '指标', '单位', '属性', '基期值', '目标值', '现状值', '状态', '进度比'], rows),
    heading('约束性指标及进度滞后指标趋势图', HeadingLevel.HEADING_2),
    ...charts.flatMap((c) => [
      heading(c.name, HeadingLevel.HEADING_3),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: c.png, transformation: { width: 560, height: 315 }, altText: { name: c.code, title: c.name, description: `${c.name}趋势图` } })] }),
    ]),
  ];
}

function progressSections(model: ReportModel): (Paragraph | Table)[] {
  return [
    heading('三、重点任务进展', HeadingLevel.HEADING_1),
    table(
      ['编号', '任务', '牵头单位', '完成时限', '状态', '进度', '是否逾期'],
      model.tasks.map((t) => [t.path, t.title, t.lead, t.deadline, t.status, `${t.percent}%`, t.overdue ? '是' : '否']),
    ),
    heading('四、重点项目进展', HeadingLevel.HEADING_1),
    table(
      ['项目', '类型', '地点', '投资（万元）', '计划竣工', '阶段', '进度'],
      model.projects.map((p) => [p.name, p.kind, p.location, p.investment, p.plannedCompletion, p.stage, `${p.percent}%`]),
    ),
    ...findingsSection(model),
  ];
}

function findingsSection(model: ReportModel): (Paragraph | Table)[] {
  const sources = [...new Set(model.findings.map((f) => f.source))];
  return [
    heading('五、一致性与数据质量问题', HeadingLevel.HEADING_1),
    ...(model.findingsRecorded ? [] : [para(NO_FINDINGS_RECORDED.zh)]),
    ...(model.findings.length === 0 && model.findingsRecorded ? [para('未发现一致性或数据质量问题。')] : []),
    ...sources.flatMap((source) => [
      heading(source, HeadingLevel.HEADING_2),
      table(
        ['类型', '指标', '问题说明', '数值', '位置', '状态'],
        model.findings.filter((f) => f.source === source).map((f) => [f.kind, f.indicator, f.text, f.values.map(formatNumber).join(' / '), f.lines || f.where, f.status]),
      ),
    ]),
  ];
}

const NARRATIVE = [
  ['存在的问题', '（待填写：指标、任务、项目推进中存在的主要问题。）'],
  ['原因分析', '（待填写：问题产生的原因。）'],
  ['下一步措施', '（待填写：下一步工作措施与安排。）'],
];

function narrative(): Paragraph[] {
  return [
    heading('六、问题、原因与措施（由编写人员填写）', HeadingLevel.HEADING_1),
    ...NARRATIVE.flatMap(([title, hint]) => [heading(title, HeadingLevel.HEADING_2), para(hint, { color: '595959' })]),
  ];
}

/** The Word report. Not yet reproducible byte for byte: package.ts fixes its timestamps and ids. */
export async function buildDocx(model: ReportModel, charts: ReportChart[]): Promise<Buffer> {
  const headerText = model.watermark ? `${model.watermark} | ${model.title}` : model.title;
  const document = new Document({
    creator: 'healthplan',
    lastModifiedBy: 'healthplan',
    title: model.title,
    description: model.kindTitle,
    styles: { default: { document: { run: { font: { ascii: 'Arial', eastAsia: 'SimSun', hAnsi: 'Arial' }, size: 21 } } } },
    sections: [
      {
        headers: { default: new Header({ children: [para(headerText, { size: 18, color: model.watermark ? WATERMARK_COLOUR : '404040', bold: model.watermark !== null, center: true })] }) },
        children: [...cover(model), ...summary(model), ...indicatorSection(model, charts), ...progressSections(model), ...narrative()],
      },
    ],
  });
  return Packer.toBuffer(document);
}
