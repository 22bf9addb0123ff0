import { PLAN_FORMAT_VERSION, type IndicatorDef, type OrgUnitDef, type PlanDocument, type ProjectDef } from '../plan/format.js';
import { findBoxes, placeBoxes } from './boxes.js';
import { addDefinitions } from './definitions.js';
import type { PlanFrame } from './frame.js';
import { fiveYearEnd, tableIndicators, tableName } from './indicator-table.js';
import { toDocLines } from './lines.js';
import { readIdentity, type PlanIdentity } from './meta.js';
import { buildOutline, outlineNodes, type Outline } from './outline.js';
import { tableProjects } from './project-table.js';
import { addProseTargets, findProseTargets } from './prose-targets.js';
import { findTables } from './tables.js';
import { findTasks } from './tasks.js';
import { textRuns } from './text-runs.js';
import { uncertainty, type Uncertainty } from './uncertainty.js';

/** The importer's answer: a plan to review, what to check, and the lines it was read from. */
export interface PlanProposal {
  plan: PlanDocument;
  uncertainties: Uncertainty[];
  sourceLines: string[];
}

export interface ProposeOptions {
  /** Document name recorded in source references. */
  document?: string;
  /** Code of the plan; by default made from the period. */
  code?: string;
  /** Org-unit code of the region, when the caller knows it. */
  regionCode?: string;
}

/** Code of the region's org unit when the caller does not know it; to be replaced on review. */
export const PROPOSED_REGION_CODE = 'region';

function identityUncertainties(identity: PlanIdentity, options: ProposeOptions): Uncertainty[] {
  const out: Uncertainty[] = [];
  if (!identity.title) out.push(uncertainty('title-missing', null, '未找到规划名称，请补充', 'The plan title was not found; please enter it'));
  if (identity.periodStart === null) out.push(uncertainty('period-missing', null, '未找到规划期，请补充', 'The plan period was not found; please enter it'));
  if (options.regionCode) return out;
  out.push(
    identity.regionName
      ? uncertainty('region-code', identity.titleLine, `地区“${identity.regionName}”的组织机构编码需确认`, `The org-unit code of the region "${identity.regionName}" needs to be confirmed`)
      : uncertainty('region-missing', null, '未找到规划所属地区，请补充', 'The region of the plan was not found; please enter it'),
  );
  return out;
}

function headingTitleAt(outline: Outline): (index: number) => string | null {
  const byIndex = new Map(outline.entries.map((e) => [e.index, e.heading.kind === 'unnumbered' ? e.title : `${e.heading.marker}${e.title}`]));
  return (index) => byIndex.get(index) ?? null;
}

/** Reads a plan document, given as its lines, into a proposed plan with what a person should check. */
export function proposePlan(rawLines: readonly string[], options: ProposeOptions = {}): PlanProposal {
  const lines = toDocLines(rawLines);
  const identity = readIdentity(lines);
  const uncertainties = identityUncertainties(identity, options);
  const tables = findTables(lines);
  const boxes = findBoxes(lines, tables.lineNumbers, options.document);
  const outline = buildOutline(lines, new Set([...tables.lineNumbers, ...boxes.lineNumbers]));
  const periodStart = identity.periodStart ?? new Date().getFullYear();
  const periodEnd = identity.periodEnd ?? periodStart + 4;
  const frame: PlanFrame = { document: options.document, regionName: identity.regionName, parentRegionName: identity.parentRegionName, periodStart, periodEnd };

  const indicators: IndicatorDef[] = [];
  tables.indicator.forEach((found, i) => {
    const name = tableName(lines, found.header.start, headingTitleAt(outline));
    const end = fiveYearEnd(name);
    const result = tableIndicators({ name, header: found.header, body: found.body, periodEnd: end ?? periodEnd }, i + 1, frame);
    indicators.push(...result.indicators);
    uncertainties.push(...result.uncertainties);
  });
  if (tables.indicator.length === 0) {
    uncertainties.push(uncertainty('no-indicator-table', null, '未找到指标表，指标仅取自正文', 'No indicator table was found; indicators come from the text only'));
  }
  const topLevel = new Set(outline.entries.filter((e) => e.heading.rank === 0).map((e) => e.line as number));
  uncertainties.push(...addDefinitions(lines, indicators, topLevel));
  for (const indicator of indicators) {
    if (indicator.unit) continue;
    uncertainties.push(uncertainty('unit-missing', indicator.source?.line ?? null, `“${indicator.name}”未写明单位`, `No unit is given for "${indicator.name}"`));
  }

  const breaks = new Set([...tables.lineNumbers, ...boxes.titleLines]);
  uncertainties.push(...addProseTargets(indicators, findProseTargets(textRuns(lines, outline, breaks), outline, frame), frame));

  const projects: ProjectDef[] = [];
  for (const table of tables.project) {
    const result = tableProjects(table, options.document);
    for (const project of result.projects) projects.push({ ...project, code: `PRJ-${String(projects.length + 1).padStart(2, '0')}` });
    uncertainties.push(...result.uncertainties);
  }

  const orgUnits: OrgUnitDef[] = options.regionCode
    ? []
    : [{ code: PROPOSED_REGION_CODE, name: identity.regionName ?? '规划地区', level: identity.regionLevel ?? 'district', parent: null }];
  const plan: PlanDocument = {
    format: PLAN_FORMAT_VERSION,
    plan: {
      code: options.code ?? `plan-${periodStart}-${periodEnd}`,
      title: identity.title ?? '未命名规划',
      region: options.regionCode ?? PROPOSED_REGION_CODE,
      periodStart,
      periodEnd,
      issuer: identity.issuer,
      documentNumber: identity.documentNumber,
      approvalDate: identity.approvalDate,
      status: 'draft',
      source: { document: options.document, line: identity.titleLine ?? undefined },
    },
    orgUnits,
    outline: outlineNodes(outline),
    indicators,
    tasks: findTasks(lines, outline, breaks, options.document),
    boxes: placeBoxes(boxes, outline),
    projects,
  };
  const ordered = [...uncertainties].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { plan, uncertainties: ordered, sourceLines: [...rawLines] };
}
