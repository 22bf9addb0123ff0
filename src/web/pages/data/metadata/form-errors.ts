import { ApiError } from '../../../api/client.js';

/**
 * The form field a refusal names: the server says `body.min` for a schema check, `min` or
 * `disaggregations/1` for its own checks; the form knows `min` and `disaggregations`.
 */
export function formFieldOf(error: unknown, fields: readonly string[]): string | null {
  if (!(error instanceof ApiError) || !error.field) return null;
  const name = error.field.replace(/^body\./, '').split(/[./]/)[0]!;
  return fields.includes(name) ? name : null;
}
