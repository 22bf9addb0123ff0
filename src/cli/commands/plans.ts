import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { loadDemo } from '../../server/demo/load.js';
import { AppError } from '../../server/errors.js';
import { exportPlan } from '../../server/features/plans/export.js';
import { importPlan } from '../../server/features/plans/import.js';
import { listPlansWithCounts } from '../../server/features/plans/repository.js';
import { presentPlanSummary } from '../../server/features/plans/presenter.js';
import { printJson, withDatabase, withDatabaseOptions } from '../database.js';

export function register(program: Command): void {
  withDatabaseOptions(program.command('plans'))
    .description('list the plans with their counts')
    .option('--json', 'print JSON')
    .action(async (options) => {
      const plans = await withDatabase(options, async (ctx) => (await listPlansWithCounts(ctx.db)).map(presentPlanSummary));
      if (options.json) return printJson(plans);
      for (const p of plans) {
        process.stdout.write(
          `${p.code}\t${p.title}\t${p.periodStart}–${p.periodEnd}\t${p.status}\t指标 ${p.counts.indicators} 任务 ${p.counts.tasks} 项目 ${p.counts.projects}\n`,
        );
      }
    });

  withDatabaseOptions(program.command('import-plan-json'))
    .description('import a plan-format JSON file (dry run unless --apply)')
    .argument('<file>')
    .option('--apply', 'write the plan (default: only show what would change)')
    .action(async (file: string, options) => {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        throw new AppError('PLAN_INVALID', { zh: `无法读取 ${file}：${(err as Error).message}`, en: `Cannot read ${file}: ${(err as Error).message}` });
      }
      const summary = await withDatabase(options, (ctx) => importPlan(ctx, json, { apply: Boolean(options.apply) }));
      printJson(summary);
      if (!options.apply) process.stderr.write('dry run: nothing was written; add --apply to import\n');
    });

  withDatabaseOptions(program.command('export-plan'))
    .description('print a plan in the plan format')
    .argument('<code>')
    .action(async (code: string, options) => {
      printJson(await withDatabase(options, (ctx) => exportPlan(ctx.db, code)));
    });

  withDatabaseOptions(program.command('load-demo'))
    .description('load the canonical indicator library and the four demo plans that are not loaded yet')
    .action(async (options) => {
      const result = await withDatabase(options, (ctx) => loadDemo(ctx));
      printJson({ loaded: result.loaded.map((s) => ({ plan: s.plan, counts: s.counts })), skipped: result.skipped });
    });
}
