-- healthplan schema, part 1: the whole domain of the product brief.
-- Plain SQL that runs unchanged on PGlite and PostgreSQL.

-- Org units: a tree (province → city → district → street/town → community/village; institutions hang under an area).
-- `path` holds the ids from the root, '/1/5/23/', so that a subtree is one indexed prefix match.
CREATE TABLE org_units (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('province', 'city', 'district', 'street', 'community', 'institution')),
  depth integer NOT NULL,
  parent_id integer REFERENCES org_units (id),
  path text NOT NULL,
  official_code text,
  institution_type text,
  grade text,
  ownership text,
  beds integer,
  opened_on date,
  closed_on date,
  source jsonb,
  -- Fields of the plan format that no query needs, kept so that an export gives back what was imported.
  extra jsonb,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX org_units_path_idx ON org_units (path text_pattern_ops);
CREATE INDEX org_units_parent_idx ON org_units (parent_id);

CREATE TABLE org_unit_aliases (
  org_unit_id integer NOT NULL REFERENCES org_units (id) ON DELETE CASCADE,
  alias text NOT NULL,
  PRIMARY KEY (org_unit_id, alias)
);
CREATE INDEX org_unit_aliases_alias_idx ON org_unit_aliases (alias);

-- Groups of org units: medical alliances (医联体), facility types.
CREATE TABLE org_unit_groups (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL DEFAULT 'group'
);
CREATE TABLE org_unit_group_members (
  group_id integer NOT NULL REFERENCES org_unit_groups (id) ON DELETE CASCADE,
  org_unit_id integer NOT NULL REFERENCES org_units (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, org_unit_id)
);

-- Boundaries uploaded as GeoJSON, for maps.
CREATE TABLE org_unit_boundaries (
  org_unit_id integer PRIMARY KEY REFERENCES org_units (id) ON DELETE CASCADE,
  geojson jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Responsible departments (责任单位), their own list per region.
CREATE TABLE departments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  region_org_unit_id integer REFERENCES org_units (id),
  aliases jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Users, roles and scopes. A scope is an org-unit subtree and/or a department and/or a plan; NULL means unrestricted.
CREATE TABLE users (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  locale text NOT NULL DEFAULT 'zh-CN',
  is_active boolean NOT NULL DEFAULT true,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_roles (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'planner', 'reporter', 'clerk', 'approver', 'viewer')),
  org_unit_id integer REFERENCES org_units (id),
  department_id integer REFERENCES departments (id),
  plan_id integer
);
CREATE INDEX user_roles_user_idx ON user_roles (user_id);

CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- Canonical indicator library: the same indicator across plans and districts.
CREATE TABLE canonical_indicators (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  name_en text,
  aliases jsonb NOT NULL DEFAULT '[]',
  definition text,
  numerator text,
  denominator text,
  factor double precision NOT NULL DEFAULT 1,
  unit text,
  direction text NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down', 'target'))
);

-- Plans.
CREATE TABLE plans (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  title text NOT NULL,
  region_org_unit_id integer NOT NULL REFERENCES org_units (id),
  period_start integer NOT NULL,
  period_end integer NOT NULL,
  issuer text,
  document_number text,
  approval_date date,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'closed')),
  progress_method text NOT NULL DEFAULT 'time' CHECK (progress_method IN ('time', 'growth')),
  thresholds jsonb NOT NULL DEFAULT '{"onTrack": 0.95, "acceleration": 0.6, "limited": 0}',
  summary text,
  source jsonb,
  extra jsonb,
  published boolean NOT NULL DEFAULT false,
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_start <= period_end)
);

-- Plan versions: targets get revised (目标调整); each revision of the plan keeps a copy of what it replaced.
CREATE TABLE plan_versions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  version integer NOT NULL,
  note text,
  document jsonb NOT NULL,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, version)
);

CREATE TABLE outline_nodes (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  path text NOT NULL,
  title text NOT NULL,
  level integer NOT NULL,
  sort_order integer NOT NULL,
  line integer,
  UNIQUE (plan_id, path)
);

CREATE TABLE indicators (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  aliases jsonb NOT NULL DEFAULT '[]',
  category text,
  seq text,
  sort_order integer NOT NULL,
  unit text,
  factor double precision NOT NULL DEFAULT 1,
  decimals integer,
  attribute text CHECK (attribute IN ('binding', 'expected', 'guiding')),
  direction text NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down', 'target')),
  definition text,
  numerator text NOT NULL,
  denominator text,
  population_basis text CHECK (population_basis IN ('resident', 'registered')),
  parent_id integer REFERENCES indicators (id),
  canonical_id integer REFERENCES canonical_indicators (id),
  table_name text,
  source jsonb,
  -- Fields of the plan format that no query needs, kept so that an export gives back what was imported.
  extra jsonb,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX indicators_plan_idx ON indicators (plan_id, sort_order);
CREATE INDEX indicators_canonical_idx ON indicators (canonical_id);

CREATE TABLE baselines (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indicator_id integer NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  year integer NOT NULL,
  value double precision NOT NULL,
  text text,
  note text,
  source jsonb,
  extra jsonb
);
CREATE INDEX baselines_indicator_idx ON baselines (indicator_id);

CREATE TABLE targets (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indicator_id integer NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  text text NOT NULL,
  comparator text NOT NULL CHECK (comparator IN ('>=', '<=', '>', '<', 'reach', 'about', 'range', 'maintain',
    'increase_by', 'increase', 'decrease', 'stable', 'qualitative')),
  value double precision,
  value_high double precision,
  bound text CHECK (bound IN ('>=', '<=')),
  year integer NOT NULL,
  scope text NOT NULL DEFAULT 'region' CHECK (scope IN ('region', 'each-street', 'each-institution')),
  source_label text NOT NULL DEFAULT 'plan',
  from_prose boolean NOT NULL DEFAULT false,
  tolerance double precision,
  unit text,
  line integer,
  sort_order integer NOT NULL DEFAULT 0,
  revision integer NOT NULL DEFAULT 1,
  -- Fields of the plan format that no query needs, kept so that an export gives back what was imported.
  extra jsonb,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX targets_indicator_idx ON targets (indicator_id);

-- Every revision of a target (目标调整), the first one included.
CREATE TABLE target_revisions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  target_id integer NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
  revision integer NOT NULL,
  text text NOT NULL,
  comparator text NOT NULL,
  value double precision,
  value_high double precision,
  year integer NOT NULL,
  reason text,
  revised_by integer REFERENCES users (id),
  revised_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (target_id, revision)
);

-- Data elements with their two aggregation rules.
CREATE TABLE data_elements (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  unit text,
  value_type text NOT NULL DEFAULT 'number' CHECK (value_type IN ('number', 'integer', 'percentage')),
  aggregation_across text NOT NULL CHECK (aggregation_across IN ('sum', 'average', 'none')),
  aggregation_over_time text NOT NULL CHECK (aggregation_over_time IN ('sum', 'average', 'last')),
  description text,
  min_value double precision,
  max_value double precision,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE constants (
  code text PRIMARY KEY,
  name text NOT NULL,
  value double precision NOT NULL
);

-- Data values: (data element, org unit, period, disaggregation) → number, with provenance.
-- period_start/period_end are stored so that aggregation over time is a range join.
CREATE TABLE data_values (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  data_element_id integer NOT NULL REFERENCES data_elements (id),
  org_unit_id integer NOT NULL REFERENCES org_units (id),
  period text NOT NULL,
  period_type text NOT NULL CHECK (period_type IN ('yearly', 'sixmonthly', 'quarterly', 'monthly')),
  period_start date NOT NULL,
  period_end date NOT NULL,
  disaggregation text NOT NULL DEFAULT '',
  value double precision NOT NULL,
  comment text,
  provenance text NOT NULL DEFAULT 'entry' CHECK (provenance IN ('entry', 'import', 'document', 'published', 'sample')),
  source jsonb,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
  version integer NOT NULL DEFAULT 1,
  created_by integer REFERENCES users (id),
  updated_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (data_element_id, org_unit_id, period, disaggregation)
);
CREATE INDEX data_values_element_period_idx ON data_values (data_element_id, period_start, org_unit_id);
CREATE INDEX data_values_org_unit_idx ON data_values (org_unit_id);

-- Data sets (forms) and the collection workflow.
CREATE TABLE data_sets (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  period_type text NOT NULL CHECK (period_type IN ('yearly', 'sixmonthly', 'quarterly', 'monthly')),
  open_from date,
  open_until date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE data_set_elements (
  data_set_id integer NOT NULL REFERENCES data_sets (id) ON DELETE CASCADE,
  data_element_id integer NOT NULL REFERENCES data_elements (id),
  sort_order integer NOT NULL DEFAULT 0,
  PRIMARY KEY (data_set_id, data_element_id)
);
CREATE TABLE data_set_org_units (
  data_set_id integer NOT NULL REFERENCES data_sets (id) ON DELETE CASCADE,
  org_unit_id integer NOT NULL REFERENCES org_units (id),
  PRIMARY KEY (data_set_id, org_unit_id)
);
CREATE TABLE data_set_submissions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  data_set_id integer NOT NULL REFERENCES data_sets (id) ON DELETE CASCADE,
  org_unit_id integer NOT NULL REFERENCES org_units (id),
  period text NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
  submitted_by integer REFERENCES users (id),
  submitted_at timestamptz,
  approved_by integer REFERENCES users (id),
  approved_at timestamptz,
  reopen_reason text,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (data_set_id, org_unit_id, period)
);

-- Validation rules between data elements, written in the expression language.
CREATE TABLE validation_rules (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  left_side text NOT NULL,
  operator text NOT NULL CHECK (operator IN ('==', '!=', '<', '<=', '>', '>=')),
  right_side text NOT NULL,
  importance text NOT NULL DEFAULT 'medium' CHECK (importance IN ('low', 'medium', 'high')),
  period_type text
);

-- Tasks from the plan's outline, their departments, indicators and status updates.
CREATE TABLE tasks (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  parent_id integer REFERENCES tasks (id),
  path text NOT NULL,
  title text NOT NULL,
  summary text,
  deadline date,
  sort_order integer NOT NULL,
  status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'completed', 'delayed', 'suspended')),
  percent integer NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  last_update_at timestamptz,
  source jsonb,
  -- Fields of the plan format that no query needs, kept so that an export gives back what was imported.
  extra jsonb,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tasks_plan_idx ON tasks (plan_id, sort_order);

CREATE TABLE task_departments (
  task_id integer NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  department_id integer NOT NULL REFERENCES departments (id),
  role text NOT NULL CHECK (role IN ('lead', 'cooperating')),
  PRIMARY KEY (task_id, department_id)
);
CREATE TABLE task_indicators (
  task_id integer NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  indicator_id integer NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  PRIMARY KEY (task_id, indicator_id)
);
CREATE TABLE task_updates (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  task_id integer NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  reported_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed', 'delayed', 'suspended')),
  percent integer NOT NULL CHECK (percent BETWEEN 0 AND 100),
  narrative text NOT NULL,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Feature boxes (专栏).
CREATE TABLE feature_boxes (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  code text NOT NULL,
  title text NOT NULL,
  path text,
  items jsonb NOT NULL DEFAULT '[]',
  sort_order integer NOT NULL,
  source jsonb,
  extra jsonb
);

-- Key construction projects (重点项目). NULL investment or dates mean unknown (待定), never zero.
CREATE TABLE projects (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  code text,
  name text NOT NULL,
  location_org_unit_id integer REFERENCES org_units (id),
  location_text text,
  kind text,
  content text,
  beds integer,
  floor_area double precision,
  investment double precision,
  investment_text text,
  planned_start text,
  planned_completion text,
  stage text CHECK (stage IN ('preparation', 'started', 'structure_done', 'completed', 'in_use')),
  percent integer NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  last_update_at timestamptz,
  sort_order integer NOT NULL,
  source jsonb,
  -- Fields of the plan format that no query needs, kept so that an export gives back what was imported.
  extra jsonb,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projects_plan_idx ON projects (plan_id, sort_order);

CREATE TABLE project_updates (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  reported_on date NOT NULL,
  stage text CHECK (stage IN ('preparation', 'started', 'structure_done', 'completed', 'in_use')),
  percent integer NOT NULL CHECK (percent BETWEEN 0 AND 100),
  narrative text NOT NULL,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Evidence files of task and project updates; the bytes live here or in a configured folder.
CREATE TABLE attachments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_type text NOT NULL CHECK (owner_type IN ('task_update', 'project_update')),
  owner_id integer NOT NULL,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  data bytea,
  storage_path text,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_owner_idx ON attachments (owner_type, owner_id);

-- Evaluations: frozen snapshots of every indicator's inputs and results.
CREATE TABLE evaluations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('annual', 'midterm', 'final')),
  year integer NOT NULL,
  snapshot jsonb NOT NULL,
  summary jsonb NOT NULL,
  uses_samples boolean NOT NULL DEFAULT false,
  published boolean NOT NULL DEFAULT false,
  published_at timestamptz,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evaluations_plan_idx ON evaluations (plan_id, year);

-- Consistency findings of a plan (recomputed when the plan is loaded or changed).
CREATE TABLE plan_findings (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  code text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
  message jsonb NOT NULL,
  indicator_id integer REFERENCES indicators (id) ON DELETE CASCADE,
  lines jsonb NOT NULL DEFAULT '[]',
  details jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_findings_plan_idx ON plan_findings (plan_id);

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The audit trail is append-only: who, when, before, after, why, through which channel.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id integer,
  username text,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  before jsonb,
  after jsonb,
  reason text,
  channel text NOT NULL CHECK (channel IN ('form', 'import', 'api', 'cli', 'system')),
  request_id text
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
