import type { Command } from 'commander';
import type { Direction } from '../../domain/plan/format.js';
import { parseTarget } from '../../domain/targets/index.js';

interface ParseTargetOptions {
  unit?: string;
  direction?: string;
}

const DIRECTIONS: Direction[] = ['up', 'down', 'target'];

/**
 * `healthplan parse-target "<text>"`: prints one JSON object
 * {"text","comparator","value","valueHigh","unit","decimals"} (+ "bound" for maintain targets).
 */
export function register(program: Command): void {
  program
    .command('parse-target')
    .description('读出目标原文的比较方式、数值和单位 / read a target as written: comparator, value, unit, decimals')
    .argument('[text...]', '目标原文，如 "≥97%"；未加引号的多个词以空格连接 / the target as written, e.g. "≥97%"; unquoted words are joined with spaces')
    .option('--unit <unit>', '指标单位，原文无单位时使用 / the indicator unit, used when the text has none')
    .option('--direction <direction>', '指标方向 up、down 或 target / the indicator direction: up, down or target')
    .action((words: string[], options: ParseTargetOptions) => {
      process.exitCode = run(words.join(' '), options);
    });
}

function run(text: string, options: ParseTargetOptions): number {
  if (text.trim() === '') {
    process.stderr.write('缺少目标原文，例如 healthplan parse-target "≥97%"\nthe target text is missing, e.g. healthplan parse-target "≥97%"\n');
    return 2;
  }
  if (options.direction !== undefined && !DIRECTIONS.includes(options.direction as Direction)) {
    process.stderr.write(
      `--direction 应为 up、down 或 target，收到 "${options.direction}"\n--direction must be up, down or target, got "${options.direction}"\n`,
    );
    return 2;
  }
  const parsed = parseTarget(text, { unit: options.unit ?? null, direction: options.direction as Direction | undefined });
  const printed: Record<string, unknown> = {
    text: parsed.text,
    comparator: parsed.comparator,
    value: parsed.value,
    valueHigh: parsed.valueHigh,
    unit: parsed.unit,
    decimals: parsed.decimals,
  };
  if (parsed.bound) printed.bound = parsed.bound;
  process.stdout.write(`${JSON.stringify(printed)}\n`);
  return 0;
}
