/** A text shown to users, in Chinese (the default) and English. */
export interface Message {
  zh: string;
  en: string;
}

/** Something wrong with a plan document, located by a JSON pointer into it. */
export interface Problem {
  /** JSON pointer, e.g. "/indicators/3/targets/0/value". */
  path: string;
  /** Stable identifier, e.g. "PLAN_TARGET_VALUE_MISSING". */
  code: string;
  message: Message;
}

/** Quotes a value for a message: strings in quotes, anything else as JSON, long values cut. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
