import type { ServiceContext } from '../context.js';
import type { CanonicalLibrary } from '../../domain/canonical/library.js';
import { loadCanonicalLibrary } from '../features/canonical/load.js';
import { importPlan, type ImportSummary } from '../features/plans/import.js';
import { demoPlanFiles, readContentJson } from './content.js';

/**
 * Loads the product's content: the canonical indicator library, then the four demo plans that are
 * not in the database yet. Used on first start of an empty database and by `healthplan load-demo`.
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
  return { loaded, skipped };
}

export async function isEmpty(ctx: ServiceContext): Promise<boolean> {
  return (await ctx.db.selectFrom('plans').select('id').limit(1).execute()).length === 0;
}
