/**
 * Splits a plan-format object into the fields stored in columns and the rest, kept in `extra`
 * so that an export gives back every field that was imported.
 */
export function splitExtra<T extends object>(def: T, columns: readonly (keyof T)[]): string | null {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(def)) {
    if (!columns.includes(key as keyof T) && value !== undefined) rest[key] = value;
  }
  return Object.keys(rest).length > 0 ? JSON.stringify(rest) : null;
}

export function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
