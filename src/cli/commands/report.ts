import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { AppError } from '../../server/errors.js';
import type { ReportFormat } from '../../server/features/reports/render.js';
import { evaluationReport, latestEvaluationId } from '../../server/features/reports/service.js';
import { withDatabase, withDatabaseOptions } from '../database.js';

const FORMATS: ReportFormat[] = ['docx', 'xlsx'];

interface ReportOptions {
  plan?: string;
  evaluation: string;
  format: string;
  output?: string;
  dataDir?: string;
  databaseUrl?: string;
}

export function register(program: Command): void {
  withDatabaseOptions(program.command('report'))
    .description('write the report of an evaluation as Word (.docx) or Excel (.xlsx); the same evaluation always gives the same file')
    .option('--plan <code>', 'plan code, e.g. xicheng-2021-2025')
    .option('--evaluation <id>', 'evaluation id, or "latest" for the plan’s most recent one', 'latest')
    .option('--format <format>', 'docx | xlsx', 'docx')
    .option('-o, --output <file>', 'file to write')
    .action(async (options: ReportOptions) => {
      const input = readInput(options);
      const report = await withDatabase(options, async (ctx) => {
        const id = input.evaluation === 'latest' ? await latestEvaluationId(ctx, input.plan) : input.evaluation;
        return evaluationReport(ctx, id, input.format);
      });
      await writeFile(input.output, report.body);
      process.stdout.write(`${input.output}\n`);
    });
}

function readInput(options: ReportOptions) {
  if (!options.plan) throw invalid('--plan', '缺少规划代码', 'the plan code is missing');
  if (!FORMATS.includes(options.format as ReportFormat)) {
    throw invalid('--format', `格式应为 docx 或 xlsx，收到 ${options.format}`, `the format must be docx or xlsx, got ${options.format}`);
  }
  if (options.evaluation !== 'latest' && !/^[1-9]\d*$/.test(options.evaluation)) {
    throw invalid('--evaluation', `应为评估编号或 latest，收到 ${options.evaluation}`, `expected an evaluation id or latest, got ${options.evaluation}`);
  }
  if (!options.output) throw invalid('-o', '缺少输出文件', 'the output file is missing');
  return {
    plan: options.plan,
    evaluation: options.evaluation === 'latest' ? ('latest' as const) : Number(options.evaluation),
    format: options.format as ReportFormat,
    output: options.output,
  };
}

function invalid(option: string, zh: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', { zh: `选项 ${option}：${zh}`, en: `option ${option}: ${en}` }, { field: option });
}
