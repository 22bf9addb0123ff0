/**
 * The one error type of the server. Every refusal carries a stable code, a message in Chinese and
 * English, and optionally the field it concerns; `httpStatus` is the only place codes meet HTTP.
 */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHENTICATED'
  | 'LOGIN_FAILED'
  | 'LOGIN_THROTTLED'
  | 'CSRF_FAILED'
  | 'FORBIDDEN'
  | 'OUT_OF_SCOPE'
  | 'NOT_FOUND'
  | 'ROUTE_NOT_FOUND'
  | 'CONFLICT'
  | 'VERSION_CONFLICT'
  | 'ALREADY_EXISTS'
  | 'LOCKED'
  | 'INPUT_WINDOW_CLOSED'
  | 'UNKNOWN_DISAGGREGATION'
  | 'RATE_LIMITED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'CONFIG_INVALID'
  | 'DATA_DIR_LOCKED'
  | 'BACKUP_INVALID'
  | 'DATABASE_NOT_EMPTY'
  | 'PLAN_INVALID'
  | 'DOCUMENT_UNREADABLE'
  | 'INTERNAL';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  LOGIN_THROTTLED: 429,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  OUT_OF_SCOPE: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  ALREADY_EXISTS: 409,
  LOCKED: 423,
  INPUT_WINDOW_CLOSED: 422,
  UNKNOWN_DISAGGREGATION: 400,
  RATE_LIMITED: 429,
  UNSUPPORTED_MEDIA_TYPE: 415,
  CONFIG_INVALID: 500,
  DATA_DIR_LOCKED: 500,
  BACKUP_INVALID: 400,
  DATABASE_NOT_EMPTY: 409,
  PLAN_INVALID: 400,
  DOCUMENT_UNREADABLE: 400,
  INTERNAL: 500,
};

export interface Message {
  zh: string;
  en: string;
}

export interface ErrorDetails {
  /** The request field or document path the error concerns. */
  field?: string;
  /** Further machine-readable facts, e.g. the current value on a version conflict. */
  [key: string]: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messages: Message;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, messages: Message, details: ErrorDetails = {}) {
    super(`${messages.en} (${messages.zh})`);
    this.name = 'AppError';
    this.code = code;
    this.messages = messages;
    this.details = details;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  /** The JSON body of an error response: the only shape errors take on the wire. */
  toJSON(): { error: { code: ErrorCode; message: string; messageZh: string; messageEn: string } & ErrorDetails } {
    return {
      error: { code: this.code, message: this.messages.zh, messageZh: this.messages.zh, messageEn: this.messages.en, ...this.details },
    };
  }
}

export function notFound(what: Message, details: ErrorDetails = {}): AppError {
  return new AppError('NOT_FOUND', { zh: `未找到${what.zh}`, en: `${what.en} not found` }, details);
}
