import type { Command } from 'commander';
import { evaluateProgress, explainProgress, ProgressInputError, readProgressInput } from '../../domain/progress/index.js';

interface ProgressOptions {
  json?: string;
  full?: boolean;
}

/**
 * `healthplan progress --json '<input>'`: judges one indicator against one target and prints
 * {"status","achieved","ratio","progressShare","timeShare","value","roundedValue","projection","rule"}.
 */
export function register(program: Command): void {
  program
    .command('progress')
    .description('评价一个指标相对目标的进度 / judge the progress of one indicator towards its target')
    .option(
      '--json <input>',
      '输入，如 {"method":"time","direction":"up","baseline":{"year":2020,"value":38.2},"target":{"text":"≥45","year":2025},"values":[{"year":2023,"value":42.3}],"year":2023} / the request',
    )
    .option('--full', '同时输出全部输入与文字说明 / also print all inputs and the explanation')
    .action((options: ProgressOptions) => {
      process.exitCode = run(options);
    });
}

function run(options: ProgressOptions): number {
  if (options.json === undefined) {
    process.stderr.write("缺少 --json 输入 / --json is missing: healthplan progress --json '{\"target\":{\"text\":\"≥45\",\"year\":2025},\"year\":2023}'\n");
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(options.json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`--json 不是有效的 JSON：${reason}\n--json is not valid JSON: ${reason}\n`);
    return 2;
  }
  let result;
  try {
    result = evaluateProgress(readProgressInput(raw));
  } catch (error) {
    if (error instanceof ProgressInputError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const printed = options.full
    ? { ...result, explanation: explainProgress(result) }
    : {
        status: result.status,
        achieved: result.achieved,
        ratio: result.ratio,
        progressShare: result.progressShare,
        timeShare: result.timeShare,
        value: result.value,
        roundedValue: result.roundedValue,
        projection: result.projection,
        rule: result.rule,
      };
  process.stdout.write(`${JSON.stringify(printed)}\n`);
  return 0;
}
