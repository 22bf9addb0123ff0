import type { Command } from 'commander';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { extname } from 'node:path';
import { readCsv, readXlsx } from '../../server/features/data/exchange.js';
import { importValues, type ImportSummary } from '../../server/features/data/import.js';
import { AppError } from '../../server/errors.js';
import { printJson, withDatabase, withDatabaseOptions } from '../database.js';
import { readJsonValues } from './import-data-json.js';

interface ImportDataOptions {
  dryRun?: boolean;
  validOnly?: boolean;
  dataDir?: string;
  databaseUrl?: string;
}

/**
 * `healthplan import-data FILE`: data values from a CSV, an .xlsx spreadsheet or a DHIS2
 * dataValueSets JSON file, in one transaction; prints the import summary as JSON.
 */
export function register(program: Command): void {
  withDatabaseOptions(program.command('import-data'))
    .description('导入数据值（CSV、XLSX 或 dataValueSets JSON）/ import data values (CSV, XLSX or dataValueSets JSON)')
    .argument('<file>', '数据文件 / the data file')
    .option('--dry-run', '只检查并逐行报告，不写入 / check and report each row, write nothing')
    .option('--valid-only', '有被拒绝的行时仍导入其余行 / import the valid rows even when some are rejected')
    .action(async (file: string, options: ImportDataOptions) => {
      process.exitCode = await run(file, options);
    });
}

function recordsOf(file: string) {
  const kind = extname(file).toLowerCase();
  if (kind === '.csv') return { records: readCsv(createReadStream(file)), firstRow: 2 };
  if (kind === '.xlsx') return { records: readXlsx(createReadStream(file)), firstRow: 2 };
  if (kind === '.json') return { records: readJsonValues(file), firstRow: 1 };
  throw new AppError('VALIDATION_FAILED', {
    zh: `不支持的文件类型 ${kind || '（无扩展名）'}：应为 .csv、.xlsx 或 .json`,
    en: `Unsupported file type ${kind || '(no extension)'}: expected .csv, .xlsx or .json`,
  });
}

const PROGRESS_EVERY = 50_000;

function onProgress(rows: number): void {
  if (rows % PROGRESS_EVERY < 1000) process.stderr.write(`已处理 ${rows} 行 / ${rows} rows processed\n`);
}

async function run(file: string, options: ImportDataOptions): Promise<number> {
  try {
    await access(file);
  } catch {
    process.stderr.write(`文件不存在：${file}\nNo such file: ${file}\n`);
    return 1;
  }
  try {
    const { records, firstRow } = recordsOf(file);
    const summary: ImportSummary = await withDatabase(options, (ctx) =>
      importValues({ ...ctx, channel: 'import' }, records, { dryRun: options.dryRun === true, validOnly: options.validOnly === true, firstRow, onProgress }),
    );
    printJson(summary);
    const { imported, updated, ignored } = summary.importCount;
    process.stderr.write(
      `${summary.dryRun ? '试导入 / dry run' : '导入 / import'} ${summary.status}: 新增 ${imported} / imported, 更新 ${updated} / updated, 忽略 ${ignored} / ignored, 冲突 ${summary.conflicts.length} / conflicts\n`,
    );
    return summary.status === 'ERROR' ? 2 : 0;
  } catch (err) {
    if (err instanceof AppError) {
      process.stderr.write(`${err.messages.zh}\n${err.messages.en}\n`);
      return 1;
    }
    throw err;
  }
}
