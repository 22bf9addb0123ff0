import type { ProjectDef, ProjectStage } from '../plan/format.js';
import { fitCells, type FitColumn } from './cell-fit.js';
import { MISSING_FIGURE } from './cell-kinds.js';
import type { FoundTable } from './tables.js';
import type { ProjectHeader, ProjectRole } from './table-header.js';
import { uncertainty, type Uncertainty } from './uncertainty.js';
import { compact } from './wrap-join.js';

/**
 * Rows of a project table (重点建设项目表) as projects: name, place, kind of works, content,
 * investment, completion and the stage to reach; beds and areas read from the content.
 */
const NAME_END = /(?:工程|项目|医院|院区|中心|站|楼|所|基地|诊所|门诊|分院|院)$/;
const NAME_END_WEAK = /(?:改造|建设|迁建|扩建|新建|装修|提升)$/;
const PLACE_END = /(?:街道|地区|镇|乡|区|路|村|社区|园|胡同|大街|号|院内|周边)$/;
const KIND = /^(?:新建|改扩建|扩建|迁建|改建|续建|装修|改造|新改扩建|维修|装修改造|原址改扩建)$/;
const STAGES: Array<[RegExp, ProjectStage]> = [
  [/^主体(?:完工|竣工|封顶)$/, 'structure_done'],
  [/^(?:投用|投入使用|运营|开诊|开业)$/, 'in_use'],
  [/^(?:完工|竣工|建成|竣工验收)$/, 'completed'],
  [/^(?:开工|在建|续建|开工建设|启动)$/, 'started'],
  [/^(?:前期|前期工作|立项|规划|选址)$/, 'preparation'],
];
const DATE = /^(?:\d{4}\s*年?(?:\s*\d{1,2}\s*月)?(?:底|末|前)?|\d{4}\s*[-—~至]\s*\d{4}\s*年?)$/;

function balanced(text: string): boolean {
  const open = (text.match(/[（(]/g) ?? []).length;
  const close = (text.match(/[）)]/g) ?? []).length;
  return open === close;
}

function stageOf(text: string): ProjectStage | null {
  const t = compact(text);
  return STAGES.find(([re]) => re.test(t))?.[1] ?? null;
}

const SCORERS: Record<ProjectRole, FitColumn> = {
  seq: { score: () => -6, empty: 0 },
  name: {
    score: (t) => {
      const c = compact(t);
      const shape = NAME_END.test(c) ? 2 : NAME_END_WEAK.test(c) ? 1 : 0;
      return shape + (balanced(c) ? 0 : -3) + (c.length > 40 ? -3 : 0);
    },
    empty: -Infinity,
  },
  location: { score: (t) => (PLACE_END.test(compact(t)) ? 2 : -2), empty: -1 },
  kind: { score: (t) => (KIND.test(compact(t)) ? 3 : -6), empty: -1 },
  content: { score: (t) => (compact(t).length >= 8 ? 1 : -1) + (balanced(t) ? 0 : -3), empty: -2 },
  investment: { score: (t) => (/^\d+(?:\.\d+)?$/.test(compact(t)) || MISSING_FIGURE.test(compact(t)) ? 2 : -6), empty: -1 },
  start: { score: (t) => (DATE.test(compact(t)) || MISSING_FIGURE.test(compact(t)) ? 2 : -6), empty: -1 },
  completion: { score: (t) => (DATE.test(compact(t)) || MISSING_FIGURE.test(compact(t)) ? 2 : -6), empty: -1 },
  stage: { score: (t) => (stageOf(t) ? 3 : -6), empty: -1 },
  note: { score: () => -1, empty: 0 },
};

function area(content: string, words: string): number | null {
  const m = new RegExp(`(?:${words})[^0-9，。；]{0,6}?(\\d+(?:\\.\\d+)?)\\s*(万)?\\s*(平方米|平米|㎡|m²|公顷)`).exec(content);
  if (!m) return null;
  let value = Number(m[1]) * (m[2] ? 10000 : 1);
  if (m[3] === '公顷') value *= 10000;
  return Math.round(value * 100) / 100;
}

function yearText(text: string): string | null {
  const m = /^(\d{4})\s*年?(?:\s*(\d{1,2})\s*月)?/.exec(compact(text));
  if (!m) return null;
  return m[2] ? `${m[1]}-${m[2].padStart(2, '0')}` : m[1];
}

/** A span of years (2022-2024) gives the start and the completion; one year is the completion. */
function span(text: string): { start: string | null; end: string | null } {
  const m = /^(\d{4})\s*年?\s*[-—~至到]\s*(\d{4})\s*年?$/.exec(compact(text));
  return m ? { start: m[1], end: m[2] } : { start: null, end: yearText(text) };
}

export function tableProjects(table: FoundTable<ProjectHeader>, document?: string): { projects: ProjectDef[]; uncertainties: Uncertainty[] } {
  const columns = table.header.columns.filter((c) => c.role !== 'seq');
  const projects: ProjectDef[] = [];
  const uncertainties: Uncertainty[] = [];
  const investmentLabel = table.header.columns.find((c) => c.role === 'investment')?.label ?? '';
  const scale = /亿元/.test(investmentLabel) ? 10000 : 1;
  for (const row of table.body.rows) {
    const fit = fitCells(row.tokens, columns.map((c) => SCORERS[c.role]));
    if (!fit) {
      uncertainties.push(uncertainty('project-row-unreadable', row.lines[0], `项目表第${row.seq ?? '?'}行无法拆分为各列，未导入`, `Row ${row.seq ?? '?'} of the project table could not be split into its columns and was not imported`));
      continue;
    }
    const cell = (role: ProjectRole): string | null => {
      const i = columns.findIndex((c) => c.role === role);
      return i >= 0 && fit.cells[i].trim() !== '' ? fit.cells[i].trim() : null;
    };
    const name = compact(cell('name') ?? '');
    const content = cell('content');
    const project: ProjectDef = { name, source: { document, line: row.lines[0], lines: row.lines } };
    const location = cell('location');
    if (location) project.locationText = compact(location);
    const kind = cell('kind');
    if (kind) project.kind = compact(kind);
    if (content) {
      project.content = content;
      const beds = /(?:床位|设置|设)[^0-9，。；]{0,4}?(\d+)\s*张/.exec(content);
      if (beds) project.beds = Number(beds[1]);
      const floor = area(content, '总建筑面积|规划建筑面积|建筑面积|建设规模|地上建筑规模|改造面积');
      if (floor !== null) project.floorArea = floor;
      const site = area(content, '占地面积|用地面积|占地|用地');
      if (site !== null) project.siteArea = site;
    }
    const investment = cell('investment');
    if (investment) {
      const value = /^\d+(?:\.\d+)?$/.test(compact(investment)) ? Number(compact(investment)) * scale : null;
      project.investment = value;
      if (value === null) project.investmentText = investment;
    }
    const start = cell('start');
    if (start) project.plannedStart = yearText(start);
    const completion = cell('completion');
    if (completion) {
      const { start: from, end } = span(completion);
      project.plannedCompletion = end;
      if (from && !project.plannedStart) project.plannedStart = from;
    }
    const stage = cell('stage');
    if (stage) project.targetStage = stageOf(stage);
    projects.push(project);
  }
  return { projects, uncertainties };
}
