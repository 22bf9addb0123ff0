import type { Command } from 'commander';
import type { EvaluationKind } from '../../domain/evaluation/snapshot.js';
import { STATUS_LABELS } from '../../domain/progress/index.js';
import { AppError } from '../../server/errors.js';
import { createEvaluation } from '../../server/features/evaluations/service.js';
import { printJson, withDatabase, withDatabaseOptions } from '../database.js';

const KINDS: EvaluationKind[] = ['annual', 'midterm', 'final'];

export function register(program: Command): void {
  withDatabaseOptions(program.command('evaluate'))
    .description('create an evaluation of a plan (a frozen snapshot) and print its id, then its counts by status as JSON')
    .option('--plan <code>', 'plan code, e.g. xicheng-2021-2025')
    .option('--kind <kind>', 'annual | midterm | final')
    .option('--year <year>', 'evaluation year, inside the plan period')
    .action(async (options) => {
      const input = readInput(options);
      const created = await withDatabase(options, (ctx) => createEvaluation(ctx, input.plan, { kind: input.kind, year: input.year }));
      process.stdout.write(`${created.id}\n`);
      const counts = created.summary.indicators;
      // The stored summary comes back with its keys reordered; print the statuses in their usual order.
      const byStatus = Object.fromEntries(Object.keys(STATUS_LABELS).map((s) => [s, counts.byStatus[s as keyof typeof counts.byStatus]]));
      printJson({ id: created.id, plan: created.plan, kind: created.kind, year: created.year, usesSamples: created.usesSamples, total: counts.total, byStatus, noTarget: counts.noTarget });
    });
}

function readInput(options: { plan?: string; kind?: string; year?: string }): { plan: string; kind: EvaluationKind; year: number } {
  if (!options.plan) throw invalid('--plan', '缺少规划代码', 'the plan code is missing');
  if (!KINDS.includes(options.kind as EvaluationKind)) {
    throw invalid('--kind', `评估类型应为 ${KINDS.join('、')} 之一，收到 ${options.kind ?? '（空）'}`, `the kind must be one of ${KINDS.join(', ')}, got ${options.kind ?? '(nothing)'}`);
  }
  const year = Number(options.year);
  if (!/^\d{4}$/.test(options.year ?? '')) {
    throw invalid('--year', `年份应为四位数字，收到 ${options.year ?? '（空）'}`, `the year must be four digits, got ${options.year ?? '(nothing)'}`);
  }
  return { plan: options.plan, kind: options.kind as EvaluationKind, year };
}

function invalid(option: string, zh: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', { zh: `选项 ${option}：${zh}`, en: `option ${option}: ${en}` }, { field: option });
}
