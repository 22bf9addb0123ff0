import { readFile } from 'node:fs/promises';
import { AppError } from '../../server/errors.js';

/** The values of a dataValueSets JSON file: `{"dataValues": [...]}`. */
export async function* readJsonValues(file: string): AsyncIterable<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new AppError('VALIDATION_FAILED', { zh: `${file} 不是有效的 JSON：${(err as Error).message}`, en: `${file} is not valid JSON: ${(err as Error).message}` });
  }
  const values = (parsed as { dataValues?: unknown } | null)?.dataValues;
  if (!Array.isArray(values)) {
    throw new AppError('VALIDATION_FAILED', { zh: `${file} 应为 {"dataValues": [...]}`, en: `${file} must be {"dataValues": [...]}` });
  }
  yield* values as Array<Record<string, unknown>>;
}
