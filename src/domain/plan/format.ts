/**
 * The healthplan plan format (version 1): a whole plan as one JSON document.
 * docs/plan-format.md explains every field; schema.json is the JSON Schema that
 * validate.ts checks on load. Other tools rely on the minimum shape documented there.
 */

export const PLAN_FORMAT_VERSION = 'healthplan.plan/1';

/** Where a fact was read: the document, and the line(s) in it. */
export interface SourceRef {
  /** Document name or URL, e.g. the seed file name or a statistics bulletin. */
  document?: string;
  line?: number;
  lines?: number[];
  table?: string;
  url?: string;
  note?: string;
}

export type PlanStatus = 'draft' | 'active' | 'closed';
export type IndicatorAttribute = 'binding' | 'expected' | 'guiding';
export type Direction = 'up' | 'down' | 'target';
export type PopulationBasis = 'resident' | 'registered';
export type ProgressMethod = 'time' | 'growth';

export type Comparator =
  | '>='
  | '<='
  | '>'
  | '<'
  | 'reach'
  | 'about'
  | 'range'
  | 'maintain'
  | 'increase_by'
  | 'increase'
  | 'decrease'
  | 'stable'
  | 'qualitative';

export interface PlanMeta {
  code: string;
  title: string;
  /** Org-unit code of the region the plan covers. */
  region: string;
  periodStart: number;
  periodEnd: number;
  issuer?: string | null;
  documentNumber?: string | null;
  approvalDate?: string | null;
  status?: PlanStatus;
  /** Progress method used for trajectories (时间进度法 by default). */
  progressMethod?: ProgressMethod;
  source?: SourceRef;
  summary?: string;
}

export type OrgUnitLevel = 'province' | 'city' | 'district' | 'street' | 'community' | 'institution';

export interface InstitutionInfo {
  /** 综合医院, 中医医院, 专科医院, 妇幼保健院, 社区卫生服务中心 … */
  type?: string | null;
  /** 三级 / 二级 / 一级 / 未定级 */
  grade?: string | null;
  /** 公立 / 社会办 */
  ownership?: string | null;
  beds?: number | null;
  opened?: string | null;
  closed?: string | null;
}

export interface OrgUnitDef {
  code: string;
  name: string;
  level: OrgUnitLevel;
  /** Code of the parent org unit; absent for a root. */
  parent?: string | null;
  aliases?: string[];
  /** GB/T 2260 code for areas, where known. */
  officialCode?: string | null;
  institution?: InstitutionInfo;
  groups?: string[];
  source?: SourceRef;
}

export interface DepartmentDef {
  code: string;
  name: string;
  aliases?: string[];
}

export interface OutlineNode {
  /** Slash-separated headings as printed, e.g. "第四章/第一节/一、". */
  path: string;
  title: string;
  level: number;
  line?: number;
}

export interface BaselineDef {
  year: number;
  value: number;
  /** The figure as written, e.g. "84.26 岁". */
  text?: string;
  /** Note when the baseline is not strictly comparable with the indicator. */
  note?: string;
  source?: SourceRef;
}

export interface TargetDef {
  /** Exactly as written in the document. */
  text: string;
  comparator: Comparator;
  value: number | null;
  valueHigh?: number | null;
  /** For `maintain`: which side is held. */
  bound?: '>=' | '<=';
  year: number;
  /** 'region' for the whole region, 'each-street' when every street/town must meet it. */
  scope?: 'region' | 'each-street' | 'each-institution';
  /** 'plan' for this plan's own target, or the higher-level issuer, e.g. '北京市'. */
  source?: string;
  /** True when the target is stated in prose rather than in the indicator table. */
  fromProse?: boolean;
  tolerance?: number | null;
  unit?: string | null;
  /** Qualifier printed with the target (力争, （全市）) or a remark such as a conflict with another target. */
  note?: string | null;
  line?: number;
}

export interface IndicatorDef {
  code: string;
  name: string;
  aliases?: string[];
  category?: string | null;
  /** Sequence as printed in the table (may be a typo or "其中"). */
  seq?: string | null;
  unit?: string | null;
  factor?: number;
  decimals?: number | null;
  attribute?: IndicatorAttribute | null;
  direction?: Direction;
  definition?: string | null;
  /** Expression over data elements, DHIS2 syntax (#{CODE}). */
  numerator?: string | null;
  denominator?: string | null;
  populationBasis?: PopulationBasis | null;
  /** Code of the parent indicator for sub-rows such as 其中：三级医院. */
  parent?: string | null;
  /** Code in the canonical indicator library. */
  canonical?: string | null;
  /** Name of the table the row comes from. */
  table?: string | null;
  /** Remark on the row as printed: typos, values that are not numbers (不统计此项), renamed indicators. */
  note?: string | null;
  source?: SourceRef;
  baselines: BaselineDef[];
  targets: TargetDef[];
}

export interface TaskDef {
  /** Outline path of the task, e.g. "第四章/第一节/一、". */
  path: string;
  title: string;
  summary?: string | null;
  leadDepartment?: string | null;
  cooperatingDepartments?: string[];
  deadline?: string | null;
  indicators?: string[];
  source?: SourceRef;
}

export interface FeatureBoxItem {
  title: string;
  text?: string | null;
  line?: number;
}

export interface FeatureBoxDef {
  /** 专栏 number or code as printed. */
  code: string;
  title: string;
  /** Outline path of the section the box belongs to. */
  path?: string | null;
  items: FeatureBoxItem[];
  source?: SourceRef;
}

export type ProjectStage = 'preparation' | 'started' | 'structure_done' | 'completed' | 'in_use';

export interface ProjectDef {
  name: string;
  code?: string;
  /** Org-unit code, when the location is a known unit. */
  location?: string | null;
  locationText?: string | null;
  /** 新建 / 改扩建 / 迁建 … as written. */
  kind?: string | null;
  content?: string | null;
  beds?: number | null;
  floorArea?: number | null;
  /** Land area (用地/占地面积) in m², distinct from the floor area. */
  siteArea?: number | null;
  /** 万元; null when unknown (待定), with the text kept in investmentText. */
  investment?: number | null;
  investmentText?: string | null;
  plannedStart?: string | null;
  plannedCompletion?: string | null;
  stage?: ProjectStage | null;
  /** Stage the plan sets as the project's goal for its period (任务目标: 前期 / 开工 / 完工). */
  targetStage?: ProjectStage | null;
  source?: SourceRef;
}

export type AggregationAcross = 'sum' | 'average' | 'none';
export type AggregationOverTime = 'sum' | 'average' | 'last';

export interface DataElementDef {
  code: string;
  name: string;
  unit?: string | null;
  valueType?: 'number' | 'integer' | 'percentage';
  aggregationAcross: AggregationAcross;
  aggregationOverTime: AggregationOverTime;
  description?: string | null;
}

export interface DataValueDef {
  dataElement: string;
  orgUnit: string;
  /** ISO period id: 2024, 2024S1, 2024Q3, 202403. */
  period: string;
  value: number;
  disaggregation?: string | null;
  comment?: string | null;
  source: SourceRef;
}

/**
 * Codes the document uses but does not define, because they are defined elsewhere
 * (in the database, or in another plan file loaded alongside).
 */
export interface ExternalReferences {
  orgUnits?: string[];
  departments?: string[];
  dataElements?: string[];
  indicators?: string[];
}

export interface PlanDocument {
  format: typeof PLAN_FORMAT_VERSION;
  plan: PlanMeta;
  externalReferences?: ExternalReferences;
  orgUnits?: OrgUnitDef[];
  departments?: DepartmentDef[];
  outline?: OutlineNode[];
  dataElements?: DataElementDef[];
  indicators: IndicatorDef[];
  tasks: TaskDef[];
  boxes?: FeatureBoxDef[];
  projects: ProjectDef[];
  dataValues?: DataValueDef[];
}
