/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import doc from '../../../docs/plan-format.md?raw';
import schema from './schema.json' with { type: 'json' };
import { examplePlan } from './example.js';
import { validatePlanDocument } from './validate.js';

/** The JSON blocks of the document, in order. */
const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]) as unknown);

describe('docs/plan-format.md', () => {
  it('shows the example plan exactly, and it validates', () => {
    const example = blocks[blocks.length - 1];
    expect(example).toEqual(examplePlan());
    expect(validatePlanDocument(example).ok).toBe(true);
  });

  it('shows the problem the validator really reports', () => {
    const plan = examplePlan();
    plan.indicators[2].targets[0].value = null;
    const result = validatePlanDocument(plan);
    expect(result.ok ? [] : result.problems).toEqual([blocks[1]]);
  });

  it('explains every field of the schema', () => {
    const defs = (schema as { $defs: Record<string, { properties?: Record<string, unknown> }> }).$defs;
    const fields = new Set([...Object.keys(schema.properties), ...Object.values(defs).flatMap((def) => Object.keys(def.properties ?? {}))]);
    const undocumented = [...fields].filter((field) => !doc.includes(`\`${field}\``));
    expect(undocumented).toEqual([]);
  });
});
