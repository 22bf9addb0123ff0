import type { SnapshotFindings } from '../../../domain/evaluation/findings.js';
import type { EvaluationSnapshot, SnapshotIndicator, SnapshotProject, SnapshotTask } from '../../../domain/evaluation/snapshot.js';
import type { ProgressStatus } from '../../../domain/progress/index.js';
import { STATUS_LABELS } from '../../../domain/progress/index.js';
import { DEFAULT_DECIMALS } from '../../../domain/rounding.js';
import { CONSISTENCY_KIND_LABELS, FINDING_STATUS_LABELS, QUALITY_KIND_LABELS } from '../../../domain/evaluation/finding-labels.js';
import { ATTRIBUTE_LABELS, PROJECT_STAGE_LABELS, REPORT_TITLES, SAMPLE_WATERMARK, TASK_STATUS_LABELS } from './labels.js';

/** Statuses that count as "met or on track" for the summary's verdict on binding indicators. */
const GOOD: ReadonlySet<ProgressStatus> = new Set(['achieved', 'on_track', 'maintained']);
/** Statuses that call for a chart and a written explanation. */
const OFF_TRACK: ReadonlySet<ProgressStatus> = new Set(['acceleration_needed', 'limited', 'deterioration', 'not_maintained', 'not_achieved']);

export interface IndicatorRow {
  code: string;
  category: string;
  seq: string;
  name: string;
  unit: string;
  attribute: string;
  baseline: number | null;
  baselineYear: number | null;
  target: string;
  value: number | null;
  valueYear: number | null;
  decimals: number;
  status: string;
  ratio: number | null;
  usesSamples: boolean;
}

export interface TaskRow {
  path: string;
  title: string;
  lead: string;
  deadline: string;
  status: string;
  percent: number;
  overdue: boolean;
}

export interface ProjectRow {
  name: string;
  kind: string;
  location: string;
  investment: string;
  plannedCompletion: string;
  stage: string;
  percent: number;
}

/** One consistency or data-quality finding as the report lists it. */
export interface FindingRow {
  source: string;
  kind: string;
  indicator: string;
  /** What disagrees, in words, with the figures. */
  text: string;
  /** The figures that disagree, as numbers. */
  values: number[];
  /** Lines of the plan document where the figures are printed ("第 …行"), or empty. */
  lines: string;
  /** Org unit and period of a data value, or empty. */
  where: string;
  status: string;
}

/** Everything a report shows, in the order it shows it; the Word and Excel builders only lay it out. */
export interface ReportModel {
  title: string;
  planTitle: string;
  kindTitle: string;
  region: string;
  year: number;
  /** The snapshot's creation date (YYYY-MM-DD): a report of the same snapshot carries the same date. */
  date: string;
  createdAt: Date;
  watermark: string | null;
  summary: {
    statusCounts: { status: string; count: number }[];
    noTarget: number;
    total: number;
    binding: { total: number; good: number; notGood: string[] };
    projects: { total: number; completed: number; dueByYear: number };
    tasks: { total: number; completed: number; overdue: number };
  };
  indicators: IndicatorRow[];
  /** Codes of the indicators charted: every binding indicator and every one off track. */
  charted: string[];
  tasks: TaskRow[];
  projects: ProjectRow[];
  /** Whether the snapshot froze the plan's consistency and data-quality findings (older ones did not). */
  findingsRecorded: boolean;
  findings: FindingRow[];
}

export function decimalsOf(indicator: SnapshotIndicator): number {
  const primary = indicator.primaryTarget === null ? null : indicator.targets[indicator.primaryTarget];
  return primary?.result.inputs.decimals ?? indicator.decimals ?? DEFAULT_DECIMALS;
}

export function isOffTrack(indicator: SnapshotIndicator): boolean {
  return indicator.status !== null && OFF_TRACK.has(indicator.status);
}

function indicatorRow(i: SnapshotIndicator): IndicatorRow {
  const primary = i.primaryTarget === null ? null : i.targets[i.primaryTarget];
  return {
    code: i.code,
    category: i.category ?? '',
    seq: i.seq ?? '',
    name: i.name,
    unit: i.unit ?? '',
    attribute: i.attribute ? ATTRIBUTE_LABELS[i.attribute].zh : '',
    baseline: i.baseline?.value ?? null,
    baselineYear: i.baseline?.year ?? null,
    target: i.targets.map((t) => (t.source === 'plan' ? t.text : `${t.text}（${t.source}）`)).join('；'),
    value: i.latest?.roundedValue ?? null,
    valueYear: i.latest?.year ?? null,
    decimals: decimalsOf(i),
    status: i.status ? STATUS_LABELS[i.status].zh : '无目标',
    ratio: primary?.result.ratio ?? null,
    usesSamples: i.usesSamples,
  };
}

/** A deadline written as a year stands for the end of that year. */
function deadlineEnd(deadline: string): string {
  return /^\d{4}$/.test(deadline) ? `${deadline}-12-31` : deadline;
}

export function isOverdue(task: SnapshotTask, year: number): boolean {
  if (task.status === 'completed' || task.status === 'suspended') return false;
  if (task.status === 'delayed') return true;
  return task.deadline !== null && deadlineEnd(task.deadline) < `${year}-12-31`;
}

function taskRow(t: SnapshotTask, year: number): TaskRow {
  return {
    path: t.path,
    title: t.title,
    lead: t.leadDepartments.join('、'),
    deadline: t.deadline ?? '',
    status: TASK_STATUS_LABELS[t.status].zh,
    percent: t.percent,
    overdue: isOverdue(t, year),
  };
}

function projectRow(p: SnapshotProject): ProjectRow {
  return {
    name: p.name,
    kind: p.kind ?? '',
    location: p.location ?? '',
    investment: p.investmentText ?? (p.investment === null ? '' : String(p.investment)),
    plannedCompletion: p.plannedCompletion ?? '',
    stage: PROJECT_STAGE_LABELS[p.stage ?? 'unknown'].zh,
    percent: p.percent,
  };
}

const SOURCES = { consistency: '规划文本一致性', quality: '数据质量', evaluation: '评估计算' };

function frozenFindingRows(findings: SnapshotFindings): FindingRow[] {
  const consistency = findings.consistency.map(
    (f): FindingRow => ({
      source: SOURCES.consistency,
      kind: CONSISTENCY_KIND_LABELS[f.code]?.zh ?? f.code,
      indicator: f.indicator ? `${f.indicator.code} ${f.indicator.name}` : '',
      text: f.message.zh,
      values: f.values,
      lines: f.lines.length === 0 ? '' : `第 ${f.lines.join('、')} 行`,
      where: '',
      status: FINDING_STATUS_LABELS[f.severity].zh,
    }),
  );
  const quality = findings.dataQuality.map(
    (f): FindingRow => ({
      source: SOURCES.quality,
      kind: QUALITY_KIND_LABELS[f.kind].zh,
      indicator: f.indicators.map((i) => `${i.code} ${i.name}`).join('；'),
      text: f.message.zh,
      values: f.values,
      lines: '',
      where: `${f.orgUnit} ${f.period}`,
      status: FINDING_STATUS_LABELS[f.severity].zh,
    }),
  );
  return [...consistency, ...quality];
}

/** What the snapshot itself tells about its figures: formulas that failed, samples, missing or stale data. */
function evaluationFindingRows(snapshot: EvaluationSnapshot): FindingRow[] {
  const rows: FindingRow[] = [];
  const add = (i: SnapshotIndicator, kind: string, text: string, values: number[] = []) =>
    rows.push({ source: SOURCES.evaluation, kind, indicator: `${i.code} ${i.name}`, text, values, lines: '', where: '', status: FINDING_STATUS_LABELS.info.zh });
  for (const i of snapshot.indicators) {
    if (i.error) add(i, '公式无法计算', i.error.zh);
    if (!snapshot.findings) {
      const years = new Map<number, number[]>();
      for (const b of i.baselines) years.set(b.year, [...(years.get(b.year) ?? []), b.value]);
      for (const [year, values] of years) {
        if (new Set(values).size > 1) add(i, '基期值冲突', `${year}年基期值有 ${values.join('、')} 多个不同数值`, values);
      }
    }
    for (const b of i.baselines) {
      if (b.note) add(i, '基期值口径说明', b.note);
    }
    if (i.usesSamples) add(i, '使用示例数据', '计算所用数据含示例（演示）数值，不是真实统计');
    if (i.targets.length > 0 && !i.latest) add(i, '缺少数据', `截至${snapshot.year}年没有可用数值`);
    else if (i.latest && i.latest.year < snapshot.year) add(i, '数据滞后', `最新数值为${i.latest.year}年，评价年份为${snapshot.year}年`);
  }
  return rows;
}

const REPORTED_STATUSES = Object.keys(STATUS_LABELS) as ProgressStatus[];

/** The report of an evaluation snapshot, as a function of the snapshot alone. */
export function buildReportModel(snapshot: EvaluationSnapshot): ReportModel {
  const kindTitle = REPORT_TITLES[snapshot.kind].zh;
  const binding = snapshot.indicators.filter((i) => i.attribute === 'binding');
  const tasks = snapshot.tasks.map((t) => taskRow(t, snapshot.year));
  const completedProjects = snapshot.projects.filter((p) => p.stage === 'completed' || p.stage === 'in_use').length;
  const dueByYear = snapshot.projects.filter((p) => p.plannedCompletion !== null && /^\d{4}/.test(p.plannedCompletion) && Number(p.plannedCompletion.slice(0, 4)) <= snapshot.year).length;
  return {
    title: `${snapshot.plan.title}${snapshot.year}年${kindTitle}`,
    planTitle: snapshot.plan.title,
    kindTitle,
    region: snapshot.orgUnit.name,
    year: snapshot.year,
    date: snapshot.createdAt.slice(0, 10),
    createdAt: new Date(snapshot.createdAt),
    watermark: snapshot.usesSamples ? SAMPLE_WATERMARK.zh : null,
    summary: {
      statusCounts: REPORTED_STATUSES.map((s) => ({ status: STATUS_LABELS[s].zh, count: snapshot.summary.indicators.byStatus[s] })).filter((c) => c.count > 0),
      noTarget: snapshot.summary.indicators.noTarget,
      total: snapshot.summary.indicators.total,
      binding: {
        total: binding.length,
        good: binding.filter((i) => i.status !== null && GOOD.has(i.status)).length,
        notGood: binding.filter((i) => i.status === null || !GOOD.has(i.status)).map((i) => i.name),
      },
      projects: { total: snapshot.projects.length, completed: completedProjects, dueByYear },
      tasks: { total: tasks.length, completed: snapshot.tasks.filter((t) => t.status === 'completed').length, overdue: tasks.filter((t) => t.overdue).length },
    },
    indicators: snapshot.indicators.map(indicatorRow),
    charted: snapshot.indicators.filter((i) => i.attribute === 'binding' || isOffTrack(i)).map((i) => i.code),
    tasks,
    projects: snapshot.projects.map(projectRow),
    findingsRecorded: snapshot.findings !== undefined,
    findings: [...(snapshot.findings ? frozenFindingRows(snapshot.findings) : []), ...evaluationFindingRows(snapshot)],
  };
}
