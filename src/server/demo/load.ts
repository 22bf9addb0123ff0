import type { ServiceContext } from '../context.js';
import type { CanonicalLibrary } from '../../domain/canonical/library.js';
import { loadCanonicalLibrary } from '../features/canonical/load.js';
import { createEvaluation } from '../features/evaluations/service.js';
import { importPlan, type ImportSummary } from '../features/plans/import.js';
import { loadPublishedStatistics, shippedPublishedStatistics } from '../features/published/load.js';
import { writeSamples } from '../features/samples/service.js';
import { DEMO_PLAN_CODES, demoPlanFiles, readContentJson } from './content.js';
import { loadDemoDataSets } from './data-sets.js';

/**
 * Loads the product's content: the canonical indicator library, the four demo plans that are
 * not in the database yet, the published statistics, and sample data (provenance 'sample') for
 * the monitoring years without real values, the data sets and validation rules a district collects
 * its plan's data with, and the final evaluation of a closed plan. Used on first start of an empty
 * database and by `healthplan load-demo`.
 */
export async function loadDemo(ctx: ServiceContext): Promise<{ loaded: ImportSummary[]; skipped: string[] }> {
  await loadCanonicalLibrary(ctx.db, readContentJson('canonical', 'indicators.json') as CanonicalLibrary);
  const existing = new Set((await ctx.db.selectFrom('plans').select('code').execute()).map((r) => r.code));
  const loaded: ImportSummary[] = [];
  const skipped: string[] = [];
  for (const file of demoPlanFiles()) {
    const code = file.replace(/\.json$/, '');
    if (existing.has(code)) {
      skipped.push(code);
      continue;
    }
    loaded.push(await importPlan(ctx, readContentJson('plans', file), { apply: true }));
  }
  await loadPublishedStatistics(ctx, shippedPublishedStatistics());
  // Samples last: they only fill the monitoring years that no real figure covers.
  await writeSamples(ctx, DEMO_PLAN_CODES);
  await loadDemoDataSets(ctx);
  // A closed plan has had its final evaluation: computed from the data that exists for its last year.
  for (const summary of loaded) {
    const plan = await ctx.db.selectFrom('plans').select(['status', 'period_end']).where('code', '=', summary.plan).executeTakeFirstOrThrow();
    if (plan.status === 'closed') await createEvaluation(ctx, summary.plan, { kind: 'final', year: plan.period_end });
  }
  return { loaded, skipped };
}

export async function isEmpty(ctx: ServiceContext): Promise<boolean> {
  return (await ctx.db.selectFrom('plans').select('id').limit(1).execute()).length === 0;
}
