/** Stable codes of every problem the expression language reports. */
export type ExpressionErrorCode =
  | 'EXPR_EMPTY'
  | 'EXPR_UNEXPECTED_CHARACTER'
  | 'EXPR_FULL_WIDTH_CHARACTER'
  | 'EXPR_UNKNOWN_OPERATOR'
  | 'EXPR_INVALID_NUMBER'
  | 'EXPR_UNCLOSED_STRING'
  | 'EXPR_UNCLOSED_COMMENT'
  | 'EXPR_UNCLOSED_BRACE'
  | 'EXPR_INVALID_REFERENCE'
  | 'EXPR_UNSUPPORTED_REFERENCE'
  | 'EXPR_UNKNOWN_VARIABLE'
  | 'EXPR_UNEXPECTED_TOKEN'
  | 'EXPR_UNEXPECTED_END'
  | 'EXPR_UNCLOSED_PARENTHESIS'
  | 'EXPR_UNKNOWN_FUNCTION'
  | 'EXPR_SPACE_BEFORE_PARENTHESIS'
  | 'EXPR_ARGUMENT_COUNT'
  | 'EXPR_TOO_DEEP'
  | 'EXPR_NOT_A_NUMBER'
  | 'EXPR_NOT_A_BOOLEAN'
  | 'EXPR_UNKNOWN_CONSTANT'
  | 'EXPR_UNKNOWN_ORG_UNIT_GROUP'
  | 'EXPR_NO_DAYS'
  | 'EXPR_UNKNOWN_DATA_ELEMENT'
  | 'EXPR_UNKNOWN_DISAGGREGATION';

/** A problem at a place in an expression, told in Chinese and English. */
export interface ExpressionIssue {
  code: ExpressionErrorCode;
  /** The problem in Chinese, without the position. */
  zh: string;
  /** The problem in English, without the position. */
  en: string;
  /** Offsets into the expression text, end exclusive. */
  start: number;
  end: number;
  /** 1-based line and character of `start`. */
  line: number;
  column: number;
  /** Both languages, the position, the line of the expression and a caret under the place. */
  message: string;
}

export interface Span {
  start: number;
  end: number;
}

/** Builds an issue for `span` of `source`. */
export function issueAt(source: string, span: Span, code: ExpressionErrorCode, zh: string, en: string): ExpressionIssue {
  const lineStart = span.start === 0 ? 0 : source.lastIndexOf('\n', span.start - 1) + 1;
  const newline = source.indexOf('\n', lineStart);
  const lineEnd = newline < 0 ? source.length : newline;
  const line = countNewlines(source, lineStart) + 1;
  const column = span.start - lineStart + 1;
  const excerpt = source.slice(lineStart, lineEnd).replace(/\r$/, '');
  const underlined = source.slice(span.start, Math.min(Math.max(span.end, span.start + 1), lineEnd));
  const caret = padding(source.slice(lineStart, span.start)) + '^'.repeat(Math.max(1, displayWidth(underlined)));
  const message =
    `[${code}] 第 ${line} 行第 ${column} 个字符：${zh}\n` +
    `line ${line}, character ${column}: ${en}\n` +
    `${excerpt}\n${caret}`;
  return { code, zh, en, start: span.start, end: span.end, line, column, message };
}

/** A problem with an expression, carrying the issue with its place. */
export abstract class ExpressionError extends Error {
  constructor(readonly issue: ExpressionIssue) {
    super(issue.message);
    this.name = new.target.name;
  }

  get code(): ExpressionErrorCode {
    return this.issue.code;
  }
}

/** An expression that cannot be read. */
export class ExpressionSyntaxError extends ExpressionError {}

/** An expression that was read but cannot be computed with the values given. */
export class ExpressionEvaluationError extends ExpressionError {}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

// Chinese characters take two columns in a terminal; the caret must still land under the right one.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

function padding(text: string): string {
  let pad = '';
  for (const char of text) pad += char === '\t' ? '\t' : WIDE.test(char) ? '  ' : ' ';
  return pad;
}
