import type { EvaluationSnapshot, EvaluationSummary } from '../../../domain/evaluation/snapshot.js';
import type { findEvaluation, listEvaluations } from './repository.js';

type MetaRow = Awaited<ReturnType<typeof listEvaluations>>[number];
type FullRow = NonNullable<Awaited<ReturnType<typeof findEvaluation>>>;

/** An evaluation without its snapshot: for lists and for the answer to create and publish. */
export function presentEvaluationMeta(e: MetaRow) {
  return {
    id: e.id,
    plan: e.plan_code,
    kind: e.kind,
    year: e.year,
    summary: e.summary as EvaluationSummary,
    usesSamples: e.uses_samples,
    published: e.published,
    publishedAt: e.published_at,
    createdBy: e.created_by_username,
    createdAt: e.created_at,
  };
}

/** An evaluation with its frozen snapshot, exactly as stored. */
export function presentEvaluation(e: FullRow) {
  return { ...presentEvaluationMeta(e), snapshot: e.snapshot as EvaluationSnapshot };
}
