import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import schema from './schema.json' with { type: 'json' };
import type { PlanDocument } from './format.js';
import type { Problem } from './problem.js';
import { schemaProblems } from './schema-problems.js';
import { type SemanticOptions, semanticProblems } from './semantics.js';

export type PlanValidation = { ok: true; plan: PlanDocument } | { ok: false; problems: Problem[] };

let compiled: ValidateFunction | null = null;

/** The schema is compiled on first use, once per process (or page). */
function schemaValidator(): ValidateFunction {
  compiled ??= new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
  return compiled;
}

/**
 * Checks a parsed JSON value against the plan format: first the JSON Schema, then, when the
 * structure is right, the rules a schema cannot express (unique codes, references that
 * resolve, targets with the numbers their comparator needs, ISO periods).
 */
export function validatePlanDocument(json: unknown, options: SemanticOptions = {}): PlanValidation {
  const validate = schemaValidator();
  if (!validate(json)) return { ok: false, problems: schemaProblems(json, validate.errors ?? []) };
  const plan = json as PlanDocument;
  const problems = semanticProblems(plan, options);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan };
}
