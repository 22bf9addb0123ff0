import type { ColumnType, Generated } from 'kysely';

/** Row types of the tables in migrations/, as Kysely sees them. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;
type JsonRequired<T = unknown> = ColumnType<T, string, string>;

export interface OrgUnitsTable {
  id: Generated<number>;
  code: string;
  name: string;
  level: 'province' | 'city' | 'district' | 'street' | 'community' | 'institution';
  depth: number;
  parent_id: number | null;
  path: string;
  official_code: string | null;
  institution_type: string | null;
  grade: string | null;
  ownership: string | null;
  beds: number | null;
  opened_on: string | null;
  closed_on: string | null;
  source: Json | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  extra: Json | null;
}

export interface OrgUnitAliasesTable {
  org_unit_id: number;
  alias: string;
}

export interface OrgUnitGroupsTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: Generated<string>;
}

export interface OrgUnitGroupMembersTable {
  group_id: number;
  org_unit_id: number;
}

export interface OrgUnitBoundariesTable {
  org_unit_id: number;
  geojson: JsonRequired;
  updated_at: Timestamp;
}

export interface DepartmentsTable {
  id: Generated<number>;
  code: string;
  name: string;
  region_org_unit_id: number | null;
  aliases: Json<string[]>;
  created_at: Timestamp;
}

export type Role = 'admin' | 'planner' | 'reporter' | 'clerk' | 'approver' | 'viewer';

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  locale: Generated<string>;
  is_active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserRolesTable {
  id: Generated<number>;
  user_id: number;
  role: Role;
  org_unit_id: number | null;
  department_id: number | null;
  plan_id: number | null;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface CanonicalIndicatorsTable {
  id: Generated<number>;
  code: string;
  name: string;
  name_en: string | null;
  aliases: Json<string[]>;
  definition: string | null;
  numerator: string | null;
  denominator: string | null;
  factor: Generated<number>;
  unit: string | null;
  direction: Generated<'up' | 'down' | 'target'>;
}

export interface PlansTable {
  id: Generated<number>;
  code: string;
  title: string;
  region_org_unit_id: number;
  period_start: number;
  period_end: number;
  issuer: string | null;
  document_number: string | null;
  approval_date: string | null;
  status: Generated<'draft' | 'active' | 'closed'>;
  progress_method: Generated<'time' | 'growth'>;
  thresholds: Json<{ onTrack: number; acceleration: number; limited: number }>;
  summary: string | null;
  source: Json | null;
  published: Generated<boolean>;
  published_at: NullableTimestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  extra: Json | null;
}

export interface PlanVersionsTable {
  id: Generated<number>;
  plan_id: number;
  version: number;
  note: string | null;
  document: JsonRequired;
  created_by: number | null;
  created_at: Timestamp;
}

export interface OutlineNodesTable {
  id: Generated<number>;
  plan_id: number;
  path: string;
  title: string;
  level: number;
  sort_order: number;
  line: number | null;
}

export interface IndicatorsTable {
  id: Generated<number>;
  plan_id: number;
  code: string;
  name: string;
  aliases: Json<string[]>;
  category: string | null;
  seq: string | null;
  sort_order: number;
  unit: string | null;
  factor: Generated<number>;
  decimals: number | null;
  attribute: 'binding' | 'expected' | 'guiding' | null;
  direction: Generated<'up' | 'down' | 'target'>;
  definition: string | null;
  numerator: string;
  denominator: string | null;
  population_basis: 'resident' | 'registered' | null;
  parent_id: number | null;
  canonical_id: number | null;
  table_name: string | null;
  source: Json | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  extra: Json | null;
}

export interface BaselinesTable {
  id: Generated<number>;
  indicator_id: number;
  year: number;
  value: number;
  text: string | null;
  note: string | null;
  source: Json | null;
  extra: Json | null;
}

export interface TargetsTable {
  id: Generated<number>;
  indicator_id: number;
  text: string;
  comparator: string;
  value: number | null;
  value_high: number | null;
  bound: '>=' | '<=' | null;
  year: number;
  scope: Generated<'region' | 'each-street' | 'each-institution'>;
  source_label: Generated<string>;
  from_prose: Generated<boolean>;
  tolerance: number | null;
  unit: string | null;
  line: number | null;
  sort_order: Generated<number>;
  revision: Generated<number>;
  version: Generated<number>;
  updated_at: Timestamp;
  extra: Json | null;
}

export interface TargetRevisionsTable {
  id: Generated<number>;
  target_id: number;
  revision: number;
  text: string;
  comparator: string;
  value: number | null;
  value_high: number | null;
  year: number;
  reason: string | null;
  revised_by: number | null;
  revised_at: Timestamp;
}

export interface DataElementsTable {
  id: Generated<number>;
  code: string;
  name: string;
  unit: string | null;
  value_type: Generated<'number' | 'integer' | 'percentage'>;
  aggregation_across: 'sum' | 'average' | 'none';
  aggregation_over_time: 'sum' | 'average' | 'last';
  description: string | null;
  min_value: number | null;
  max_value: number | null;
  version: Generated<number>;
  created_at: Timestamp;
  name_en: string | null;
  disaggregations: Json<string[]>;
}

export interface ConstantsTable {
  code: string;
  name: string;
  value: number;
}

export type PeriodType = 'yearly' | 'sixmonthly' | 'quarterly' | 'monthly';
export type Provenance = 'entry' | 'import' | 'document' | 'published' | 'sample';
export type ApprovalStatus = 'draft' | 'submitted' | 'approved';

export interface DataValuesTable {
  id: Generated<number>;
  data_element_id: number;
  org_unit_id: number;
  period: string;
  period_type: PeriodType;
  period_start: string;
  period_end: string;
  disaggregation: Generated<string>;
  value: number;
  comment: string | null;
  provenance: Generated<Provenance>;
  source: Json | null;
  status: Generated<ApprovalStatus>;
  version: Generated<number>;
  created_by: number | null;
  updated_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DataSetsTable {
  id: Generated<number>;
  code: string;
  name: string;
  period_type: PeriodType;
  open_from: string | null;
  open_until: string | null;
  version: Generated<number>;
  created_at: Timestamp;
}

export interface DataSetElementsTable {
  data_set_id: number;
  data_element_id: number;
  sort_order: Generated<number>;
}

export interface DataSetOrgUnitsTable {
  data_set_id: number;
  org_unit_id: number;
}

export interface DataSetSubmissionsTable {
  id: Generated<number>;
  data_set_id: number;
  org_unit_id: number;
  period: string;
  status: Generated<ApprovalStatus>;
  submitted_by: number | null;
  submitted_at: NullableTimestamp;
  approved_by: number | null;
  approved_at: NullableTimestamp;
  reopen_reason: string | null;
  version: Generated<number>;
}

export interface ValidationRulesTable {
  id: Generated<number>;
  code: string;
  name: string;
  left_side: string;
  operator: '==' | '!=' | '<' | '<=' | '>' | '>=';
  right_side: string;
  importance: Generated<'low' | 'medium' | 'high'>;
  period_type: string | null;
}

export type TaskStatus = 'not_started' | 'in_progress' | 'completed' | 'delayed' | 'suspended';

export interface TasksTable {
  id: Generated<number>;
  plan_id: number;
  parent_id: number | null;
  path: string;
  title: string;
  summary: string | null;
  deadline: string | null;
  sort_order: number;
  status: Generated<TaskStatus>;
  percent: Generated<number>;
  last_update_at: NullableTimestamp;
  source: Json | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  extra: Json | null;
}

export interface TaskDepartmentsTable {
  task_id: number;
  department_id: number;
  role: 'lead' | 'cooperating';
}

export interface TaskIndicatorsTable {
  task_id: number;
  indicator_id: number;
}

export interface TaskUpdatesTable {
  id: Generated<number>;
  task_id: number;
  reported_on: string;
  status: TaskStatus;
  percent: number;
  narrative: string;
  created_by: number | null;
  created_at: Timestamp;
}

export interface FeatureBoxesTable {
  id: Generated<number>;
  plan_id: number;
  code: string;
  title: string;
  path: string | null;
  items: Json<Array<{ title: string; text?: string | null; line?: number }>>;
  sort_order: number;
  source: Json | null;
  extra: Json | null;
}

export type ProjectStage = 'preparation' | 'started' | 'structure_done' | 'completed' | 'in_use';

export interface ProjectsTable {
  id: Generated<number>;
  plan_id: number;
  code: string | null;
  name: string;
  location_org_unit_id: number | null;
  location_text: string | null;
  kind: string | null;
  content: string | null;
  beds: number | null;
  floor_area: number | null;
  investment: number | null;
  investment_text: string | null;
  planned_start: string | null;
  planned_completion: string | null;
  stage: ProjectStage | null;
  percent: Generated<number>;
  last_update_at: NullableTimestamp;
  /** Added by migration 0002: the responsible department, NULL while unassigned. */
  department_id: Generated<number | null>;
  sort_order: number;
  source: Json | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  extra: Json | null;
}

export interface ProjectUpdatesTable {
  id: Generated<number>;
  project_id: number;
  reported_on: string;
  stage: ProjectStage | null;
  percent: number;
  narrative: string;
  created_by: number | null;
  created_at: Timestamp;
}

export interface AttachmentsTable {
  id: Generated<number>;
  owner_type: 'task_update' | 'project_update';
  owner_id: number;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  data: Buffer | null;
  storage_path: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface EvaluationsTable {
  id: Generated<number>;
  plan_id: number;
  kind: 'annual' | 'midterm' | 'final';
  year: number;
  snapshot: JsonRequired;
  summary: JsonRequired;
  uses_samples: Generated<boolean>;
  published: Generated<boolean>;
  published_at: NullableTimestamp;
  created_by: number | null;
  created_at: Timestamp;
}

export interface PlanFindingsTable {
  id: Generated<number>;
  plan_id: number;
  code: string;
  severity: 'info' | 'warning' | 'error';
  message: JsonRequired<{ zh: string; en: string }>;
  indicator_id: number | null;
  lines: Json<number[]>;
  details: Json | null;
  created_at: Timestamp;
}

export interface SettingsTable {
  key: string;
  value: JsonRequired;
  updated_at: Timestamp;
}

export type AuditChannel = 'form' | 'import' | 'api' | 'cli' | 'system';

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: number | null;
  username: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Json | null;
  after: Json | null;
  reason: string | null;
  channel: AuditChannel;
  request_id: string | null;
}

export interface SchemaMigrationsTable {
  version: string;
  name: string;
  applied_at: Timestamp;
}

export interface Database {
  org_units: OrgUnitsTable;
  org_unit_aliases: OrgUnitAliasesTable;
  org_unit_groups: OrgUnitGroupsTable;
  org_unit_group_members: OrgUnitGroupMembersTable;
  org_unit_boundaries: OrgUnitBoundariesTable;
  departments: DepartmentsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  canonical_indicators: CanonicalIndicatorsTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  outline_nodes: OutlineNodesTable;
  indicators: IndicatorsTable;
  baselines: BaselinesTable;
  targets: TargetsTable;
  target_revisions: TargetRevisionsTable;
  data_elements: DataElementsTable;
  constants: ConstantsTable;
  data_values: DataValuesTable;
  data_sets: DataSetsTable;
  data_set_elements: DataSetElementsTable;
  data_set_org_units: DataSetOrgUnitsTable;
  data_set_submissions: DataSetSubmissionsTable;
  validation_rules: ValidationRulesTable;
  tasks: TasksTable;
  task_departments: TaskDepartmentsTable;
  task_indicators: TaskIndicatorsTable;
  task_updates: TaskUpdatesTable;
  feature_boxes: FeatureBoxesTable;
  projects: ProjectsTable;
  project_updates: ProjectUpdatesTable;
  attachments: AttachmentsTable;
  evaluations: EvaluationsTable;
  plan_findings: PlanFindingsTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  schema_migrations: SchemaMigrationsTable;
}
