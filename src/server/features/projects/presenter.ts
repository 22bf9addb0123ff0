import { presentReport, type StoredReport } from '../attachments/report.js';
import type { ProjectRow } from './repository.js';
import { isDelayed, PROJECT_STAGE_LABELS } from './stage.js';

export interface LatestProjectUpdate extends StoredReport {
  stage: ProjectRow['stage'];
}

/** A project on the board. Investment null means unknown (待定 or not stated), never zero. */
export function presentProject(p: ProjectRow, latest: LatestProjectUpdate | null, today: string) {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    location: p.location_code ? { code: p.location_code, name: p.location_name } : null,
    locationText: p.location_text,
    kind: p.kind,
    content: p.content,
    beds: p.beds,
    floorArea: p.floor_area,
    investment: p.investment,
    investmentText: p.investment_text,
    investmentUnknown: p.investment === null,
    plannedStart: p.planned_start,
    plannedCompletion: p.planned_completion,
    stage: p.stage,
    stageLabel: p.stage ? PROJECT_STAGE_LABELS[p.stage] : null,
    percent: p.percent,
    lastUpdateAt: p.last_update_at,
    department: p.department_code ? { code: p.department_code, name: p.department_name } : null,
    latestUpdate: latest && presentReport(latest, { stage: latest.stage }),
    delayed: isDelayed(p, today),
    neverUpdated: latest === null,
    version: p.version,
  };
}

export type ProjectView = ReturnType<typeof presentProject>;

/** A total that says what it leaves out: the sum of the known figures and the projects without one. */
function total(views: ProjectView[], figure: (v: ProjectView) => number | null) {
  const known = views.filter((v) => figure(v) !== null);
  const unknown = views.filter((v) => figure(v) === null);
  return {
    sum: Math.round(known.reduce((s, v) => s + figure(v)!, 0) * 100) / 100,
    known: known.length,
    unknown: unknown.length,
    unknownProjects: unknown.map((v) => v.name),
  };
}

export function projectTotals(views: ProjectView[]) {
  return {
    projects: views.length,
    /** 万元 */
    investment: { ...total(views, (v) => v.investment), pending: views.filter((v) => v.investment === null && v.investmentText?.includes('待定')).length },
    beds: total(views, (v) => v.beds),
    floorArea: total(views, (v) => v.floorArea),
    delayed: views.filter((v) => v.delayed === true).length,
    completionUnknown: views.filter((v) => v.delayed === null).length,
    neverUpdated: views.filter((v) => v.neverUpdated).length,
  };
}
