/** Response shapes of the server's API, as the web app reads them. */
import type { Direction, IndicatorAttribute, PlanStatus, ProjectStage } from '../../domain/plan/format.js';

export type { Direction, IndicatorAttribute, PlanStatus, ProjectStage };

export interface RoleGrant {
  role: string;
  orgUnit: string | null;
  department: string | null;
  plan: string | null;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  locale: string | null;
  roles: RoleGrant[];
  permissions: string[];
}

export interface Session {
  user: SessionUser;
  csrfToken: string | null;
}

export interface RegionRef {
  code: string;
  name: string;
}

/** What every view of a plan names: which plan, where, when, in what state. */
export interface PlanHead {
  code: string;
  title: string;
  region: RegionRef;
  periodStart: number;
  periodEnd: number;
  status: PlanStatus;
}

export interface PlanSummary extends PlanHead {
  published: boolean;
  counts: { indicators: number; targets: number; tasks: number; projects: number };
}

export interface PlanList {
  items: PlanSummary[];
}

export interface OutlineEntry {
  path: string;
  title: string;
  level: number;
}

export interface BaselineView {
  year: number;
  value: number | null;
  text: string | null;
  note: string | null;
}

export interface TargetView {
  text: string;
  comparator: string;
  value: number | null;
  valueHigh: number | null;
  year: number;
  /** 'plan' for the plan's own target, otherwise the higher-level issuer such as 北京市. */
  source: string | null;
  fromProse: boolean;
}

export interface IndicatorView {
  code: string;
  name: string;
  category: string | null;
  seq: string | null;
  unit: string | null;
  attribute: IndicatorAttribute | null;
  direction: Direction | null;
  /** Code of the parent indicator for sub-rows (其中：…). */
  parent: string | null;
  definition: string | null;
  baselines: BaselineView[];
  targets: TargetView[];
}

export type TaskStatus = 'not_started' | 'in_progress' | 'completed' | 'delayed' | 'suspended';

export interface TaskView {
  id: string;
  path: string;
  title: string;
  summary: string | null;
  status: TaskStatus;
  percent: number | null;
  parentId: string | null;
}

export interface ProjectView {
  id: string;
  name: string;
  kind: string | null;
  stage: ProjectStage | null;
  /** 万元; null when the plan leaves it open (待定) or does not state it. */
  investment: number | null;
  investmentText: string | null;
  beds: number | null;
  floorArea: number | null;
  plannedCompletion: string | null;
}

export interface FeatureBoxView {
  code: string;
  title: string;
  items: Array<{ title: string; text?: string | null }>;
}

export interface PlanDetail {
  plan: PlanHead & {
    issuer: string | null;
    documentNumber: string | null;
    approvalDate: string | null;
    summary: string | null;
  };
  outline: OutlineEntry[];
  indicators: IndicatorView[];
  tasks: TaskView[];
  projects: ProjectView[];
  boxes: FeatureBoxView[];
}
