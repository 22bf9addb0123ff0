import type { ErrorObject } from 'ajv/dist/2020.js';
import { decodePointerSegment, problemAt } from './locate.js';
import { type Message, type Problem, quote } from './problem.js';
import { PLAN_FORMAT_VERSION } from './format.js';

const typeNames: Record<string, Message> = {
  string: { zh: '文本', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值（true/false）', en: 'a boolean (true/false)' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  null: { zh: '空值 null', en: 'null' },
};

/** Patterns of the schema, by the definition that holds them, explained in words. */
const patternRules: Record<string, Message> = {
  optionalCode: { zh: '编码只能由字母、数字、“.”、“_”和“-”组成，且以字母或数字开头', en: 'a code may only contain letters, digits, ".", "_" and "-", and must start with a letter or digit' },
  code: { zh: '编码只能由字母、数字、“.”、“_”和“-”组成，且以字母或数字开头', en: 'a code may only contain letters, digits, ".", "_" and "-", and must start with a letter or digit' },
  optionalDate: { zh: '日期应写作 YYYY-MM-DD', en: 'a date must be written YYYY-MM-DD' },
  optionalPartialDate: { zh: '日期应写作 YYYY、YYYY-MM 或 YYYY-MM-DD', en: 'a date must be written YYYY, YYYY-MM or YYYY-MM-DD' },
};

function valueAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const key of pointer.split('/').slice(1).map(decodePointerSegment)) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function typeList(type: unknown): Message {
  const types = (Array.isArray(type) ? type : [type]).map((t) => typeNames[String(t)] ?? { zh: String(t), en: String(t) });
  return { zh: types.map((t) => t.zh).join('或'), en: types.map((t) => t.en).join(' or ') };
}

function withChild(path: string, key: string): string {
  return `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Turns one schema error into a problem: its code, the exact path and what is wrong in both languages. */
function toProblem(doc: unknown, error: ErrorObject): Problem {
  const params = error.params as Record<string, unknown>;
  let path = error.instancePath;
  let code = 'PLAN_SCHEMA_INVALID';
  let what: Message;
  const value = valueAt(doc, path);
  switch (error.keyword) {
    case 'required':
      path = withChild(path, String(params.missingProperty));
      code = 'PLAN_SCHEMA_REQUIRED';
      what = { zh: '缺少必填字段', en: 'required field is missing' };
      break;
    case 'additionalProperties':
      path = withChild(path, String(params.additionalProperty));
      code = 'PLAN_SCHEMA_UNKNOWN_FIELD';
      what = { zh: `未知字段，格式 ${PLAN_FORMAT_VERSION} 中没有此字段（是否拼写有误？）`, en: `unknown field, not part of format ${PLAN_FORMAT_VERSION} (a misspelling?)` };
      break;
    case 'type': {
      const expected = typeList(params.type);
      code = 'PLAN_SCHEMA_TYPE';
      what = { zh: `应为${expected.zh}，实际为 ${quote(value)}`, en: `must be ${expected.en}, found ${quote(value)}` };
      break;
    }
    case 'const':
      code = path === '/format' ? 'PLAN_FORMAT_VERSION' : 'PLAN_SCHEMA_ENUM';
      what = { zh: `应为 ${quote(params.allowedValue)}，实际为 ${quote(value)}`, en: `must be ${quote(params.allowedValue)}, found ${quote(value)}` };
      break;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => quote(v)).join(', ');
      code = 'PLAN_SCHEMA_ENUM';
      what = { zh: `取值 ${quote(value)} 无效，可选：${allowed}`, en: `invalid value ${quote(value)}; allowed: ${allowed}` };
      break;
    }
    case 'pattern': {
      const definition = /\$defs\/([^/]+)\/pattern$/.exec(error.schemaPath)?.[1] ?? '';
      const rule = patternRules[definition] ?? { zh: `应符合格式 ${String(params.pattern)}`, en: `must match ${String(params.pattern)}` };
      code = definition.toLowerCase().includes('date') ? 'PLAN_SCHEMA_DATE' : 'PLAN_SCHEMA_CODE';
      what = { zh: `${quote(value)} 不合规：${rule.zh}`, en: `${quote(value)} is not valid: ${rule.en}` };
      break;
    }
    case 'minimum':
    case 'maximum': {
      const sign = error.keyword === 'minimum' ? '≥' : '≤';
      code = 'PLAN_SCHEMA_RANGE';
      what = { zh: `${quote(value)} 超出范围，应 ${sign} ${String(params.limit)}`, en: `${quote(value)} is out of range, must be ${sign} ${String(params.limit)}` };
      break;
    }
    case 'minLength':
      code = 'PLAN_SCHEMA_EMPTY';
      what = { zh: '不能为空', en: 'must not be empty' };
      break;
    case 'maxLength':
      code = 'PLAN_SCHEMA_RANGE';
      what = { zh: `过长，最多 ${String(params.limit)} 个字符`, en: `too long, at most ${String(params.limit)} characters` };
      break;
    default:
      what = { zh: `不符合格式要求（${error.keyword}）`, en: `does not conform to the format (${error.keyword}: ${error.message ?? ''})` };
  }
  return problemAt(doc, path, code, what);
}

/** Schema errors as problems, one per path and kind (the schema can report the same fault twice). */
export function schemaProblems(doc: unknown, errors: readonly ErrorObject[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of errors) {
    const problem = toProblem(doc, error);
    const key = `${problem.path} ${problem.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
