import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Uncertainty } from '../../domain/import/uncertainty.js';
import { DocumentError } from '../../server/documents/errors.js';
import { readDocumentFile } from '../../server/documents/extract.js';
import { proposeFromDocument } from '../../server/documents/import.js';

interface ImportPlanOptions {
  out?: string;
  code?: string;
  region?: string;
  summary?: boolean;
}

/**
 * `healthplan import-plan FILE`: reads a plan document (.txt, .docx, .pdf) and prints the
 * proposed plan as JSON, or writes it to --out; what a person should check goes to stderr,
 * one line each, or counted by kind with --summary.
 */
export function register(program: Command): void {
  program
    .command('import-plan')
    .description('从规划文本（.txt、.docx、.pdf）生成规划草案 / propose a plan from its document (.txt, .docx, .pdf)')
    .argument('<file>', '规划文件 / the plan document')
    .option('--out <file>', '把规划 JSON 写入文件而不是标准输出 / write the plan JSON to a file instead of stdout')
    .option('--code <code>', '规划编码 / code of the plan')
    .option('--region <code>', '规划地区的组织机构编码 / org-unit code of the plan region')
    .option('--summary', '只按类别统计待确认事项 / count the points to check by kind instead of listing them')
    .action(async (file: string, options: ImportPlanOptions) => {
      process.exitCode = await run(file, options);
    });
}

function where(u: Uncertainty): string {
  return u.line === null ? '全文 / document' : `第 ${u.line} 行 / line ${u.line}`;
}

function listing(uncertainties: readonly Uncertainty[], summary: boolean): string {
  if (uncertainties.length === 0) return '没有待确认事项 / nothing to check\n';
  if (!summary) return uncertainties.map((u) => `${where(u)} [${u.kind}] ${u.message.zh} / ${u.message.en}\n`).join('');
  const counts = new Map<string, number>();
  for (const u of uncertainties) counts.set(u.kind, (counts.get(u.kind) ?? 0) + 1);
  const lines = [...counts].map(([kind, n]) => `  ${kind}: ${n}\n`).join('');
  return `待确认事项 ${uncertainties.length} 项 / ${uncertainties.length} points to check:\n${lines}`;
}

async function run(file: string, options: ImportPlanOptions): Promise<number> {
  try {
    const document = await readDocumentFile(file);
    const proposal = proposeFromDocument(document, { code: options.code, regionCode: options.region });
    const json = `${JSON.stringify(proposal.plan, null, 2)}\n`;
    if (options.out) await writeFile(options.out, json, 'utf8');
    else process.stdout.write(json);
    const { plan } = proposal;
    process.stderr.write(
      `《${plan.plan.title}》 ${plan.plan.periodStart}–${plan.plan.periodEnd}: ` +
        `指标 ${plan.indicators.length} / indicators, 任务 ${plan.tasks.length} / tasks, 项目 ${plan.projects.length} / projects` +
        `${options.out ? ` → ${options.out}` : ''}\n`,
    );
    process.stderr.write(listing(proposal.uncertainties, options.summary === true));
    return 0;
  } catch (err) {
    if (err instanceof DocumentError) {
      process.stderr.write(`${err.messages.zh}\n${err.messages.en}\n`);
      return 1;
    }
    if (err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT') {
      process.stderr.write(`文件不存在：${file}\nNo such file: ${file}\n`);
      return 1;
    }
    throw err;
  }
}
