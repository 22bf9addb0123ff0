import type { Command } from 'commander';
import { evaluate, ExpressionEvaluationError, ExpressionSyntaxError, parse, type Value } from '../../domain/expressions/index.js';

interface ExprOptions {
  values?: string;
  constants?: string;
  groups?: string;
  days?: string;
}

/** A mistake in how the command was called; exits with code 2 like a syntax error. */
class UsageError extends Error {}

/** `healthplan expr "<expression>" [--values '{"CODE": 12}']`: evaluates one expression and prints {"value": …}. */
export function register(program: Command): void {
  program
    .command('expr')
    .description('计算一个表达式（DHIS2 语法）/ evaluate an expression (DHIS2 syntax)')
    .argument('<expression>', '表达式，以“-”开头时写在 -- 之后 / the expression, after -- when it starts with "-": "#{BEDS} * 1000 / #{POP_RES}"')
    .option('--values <json>', '数据项的值，未给出的视为缺失 / data item values, absent ones are missing: {"CODE": 12, "CODE.DISAGG": 3}')
    .option('--constants <json>', '常量 C{…} 的值 / values of constants C{…}: {"CODE": 1.5}')
    .option('--groups <json>', '机构组 OUG{…} 的机构数 / org unit counts of groups OUG{…}: {"CODE": 15}')
    .option('--days <number>', '期间天数 [days] / number of days of the period, [days]')
    .action((expression: string, options: ExprOptions) => {
      process.exitCode = run(expression, options);
    });
}

function run(source: string, options: ExprOptions): number {
  try {
    const value = evaluate(parse(source), {
      values: codeMap('--values', options.values, NUMBER_OR_NULL),
      constants: codeMap('--constants', options.constants, NUMBER),
      orgUnitGroupCounts: codeMap('--groups', options.groups, NUMBER),
      days: options.days === undefined ? undefined : days(options.days),
    });
    process.stdout.write(`{"value": ${JSON.stringify(printable(value))}}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ExpressionSyntaxError || error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof ExpressionEvaluationError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** JSON has no NaN or Infinity: they are printed as the strings "NaN", "Infinity", "-Infinity". */
function printable(value: Value): Value {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

interface Accepted<T> {
  test: (value: unknown) => value is T;
  zh: string;
  en: string;
}

const NUMBER: Accepted<number> = { test: (value): value is number => typeof value === 'number', zh: '数字', en: 'a number' };
const NUMBER_OR_NULL: Accepted<number | null> = {
  test: (value): value is number | null => value === null || typeof value === 'number',
  zh: '数字或 null',
  en: 'a number or null',
};

/** Reads an option such as --values '{"CODE": 12}' into a map. */
function codeMap<T>(option: string, json: string | undefined, accepted: Accepted<T>): Map<string, T> {
  const map = new Map<string, T>();
  if (json === undefined) return map;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${option} 不是有效的 JSON：${reason}\n${option} is not valid JSON: ${reason}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`${option} 应为 JSON 对象，例如 {"CODE": 12}\n${option} must be a JSON object, e.g. {"CODE": 12}`);
  }
  for (const [code, value] of Object.entries(parsed)) {
    if (!accepted.test(value)) {
      throw new UsageError(`${option} 中“${code}”的值应为${accepted.zh}\nthe value of "${code}" in ${option} must be ${accepted.en}`);
    }
    map.set(code, value);
  }
  return map;
}

function days(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new UsageError(`--days 应为数字，而不是“${text}”\n--days must be a number, not '${text}'`);
  }
  return value;
}
