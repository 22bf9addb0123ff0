import type { CanonicalDataElement } from '../../../domain/canonical/library.js';
import type { DataValueDef } from '../../../domain/plan/format.js';
import { AppError } from '../../errors.js';

export const PUBLISHED_FORMAT = 'healthplan.published/1';

/**
 * Statistics published by a statistics bureau or a health commission, each with its source:
 * the values, and the elements for published ratios that have no element of their own yet.
 */
export interface PublishedStatistics {
  format: typeof PUBLISHED_FORMAT;
  description?: string;
  dataElements?: CanonicalDataElement[];
  values: DataValueDef[];
}

/** Checks the shape of a published-statistics document; every value must say where it was published. */
export function readPublishedStatistics(raw: unknown, file = 'published-statistics.json'): PublishedStatistics {
  const fail = (where: string, zh: string, en: string): never => {
    throw new AppError('VALIDATION_FAILED', { zh: `${file} ${where}：${zh}`, en: `${file} ${where}: ${en}` }, { field: where });
  };
  if (!isObject(raw)) return fail('/', '不是 JSON 对象', 'is not a JSON object');
  if (raw.format !== PUBLISHED_FORMAT) fail('/format', `应为 ${PUBLISHED_FORMAT}`, `must be ${PUBLISHED_FORMAT}`);
  if (!Array.isArray(raw.values)) return fail('/values', '应为数组', 'must be an array');
  raw.values.forEach((v: unknown, i: number) => {
    const at = `/values/${i}`;
    if (!isObject(v)) return fail(at, '不是对象', 'is not an object');
    for (const key of ['dataElement', 'orgUnit', 'period'] as const) {
      if (typeof v[key] !== 'string' || v[key] === '') fail(`${at}/${key}`, '缺少或不是文本', 'is missing or not a string');
    }
    if (typeof v.value !== 'number' || !Number.isFinite(v.value)) fail(`${at}/value`, '缺少或不是数字', 'is missing or not a number');
    if (!isObject(v.source) || (typeof v.source.document !== 'string' && typeof v.source.url !== 'string')) {
      fail(`${at}/source`, '公布数据必须注明出处（document 或 url）', 'a published value must name its source (document or url)');
    }
  });
  if (raw.dataElements !== undefined && !Array.isArray(raw.dataElements)) fail('/dataElements', '应为数组', 'must be an array');
  return raw as unknown as PublishedStatistics;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
