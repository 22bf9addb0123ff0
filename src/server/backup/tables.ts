/**
 * Every table, in an order where each table comes after the tables it references. A test checks
 * that the list names every table of the schema, so a new migration's tables cannot be forgotten.
 */
export const TABLES_IN_DEPENDENCY_ORDER = [
  'org_units',
  'org_unit_aliases',
  'org_unit_groups',
  'org_unit_group_members',
  'org_unit_boundaries',
  'departments',
  'users',
  'user_roles',
  'sessions',
  'api_tokens',
  'canonical_indicators',
  'plans',
  'plan_versions',
  'outline_nodes',
  'indicators',
  'baselines',
  'targets',
  'target_revisions',
  'data_elements',
  'constants',
  'data_values',
  'data_sets',
  'data_set_elements',
  'data_set_org_units',
  'data_set_submissions',
  'validation_rules',
  'tasks',
  'task_departments',
  'task_indicators',
  'task_updates',
  'feature_boxes',
  'projects',
  'project_updates',
  'attachments',
  'evaluations',
  'plan_findings',
  'settings',
  'audit_log',
] as const;

/**
 * Tables the database derives from others by triggers (the yearly summaries of data_values): not
 * written to a backup, rebuilt as the restored values go in.
 */
export const DERIVED_TABLES = ['data_value_years', 'data_value_rollups'] as const;

/** Tables whose rows point at rows of the same table (parent_id): parents must be restored first. */
export const SELF_REFERENCING = new Set(['org_units', 'indicators', 'tasks']);
