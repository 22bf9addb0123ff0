import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, type Message } from '../errors.js';

/** The one place where errors become HTTP responses. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, request, reply) => {
    const appError = toAppError(err);
    if (appError.httpStatus >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ code: appError.code }, 'request refused');
    if (appError.code === 'LOGIN_THROTTLED' || appError.code === 'RATE_LIMITED') {
      if (!reply.hasHeader('retry-after')) reply.header('retry-after', String(appError.details.retryAfter ?? 60));
    }
    return reply.status(appError.httpStatus).send(appError.toJSON());
  });

  app.setNotFoundHandler((request, reply) => {
    // Paths of the web app's client-side router are pages: they get index.html.
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0]);
    if (isPage && typeof reply.sendFile === 'function') return reply.type('text/html').sendFile('index.html');
    const error = new AppError(
      'ROUTE_NOT_FOUND',
      { zh: `没有这个接口：${request.method} ${request.url}`, en: `No such route: ${request.method} ${request.url}` },
      { method: request.method, url: request.url },
    );
    return reply.status(404).send(error.toJSON());
  });
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as FastifyError & { validation?: ValidationIssue[]; validationContext?: string };
  if (e.validation && e.validation.length > 0) return validationError(e.validation[0], e.validationContext ?? 'body');
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', { zh: '请求体过大', en: 'The request body is too large' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', { zh: '不支持的内容类型', en: 'Unsupported content type' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return malformedJson();
  }
  // @fastify/rate-limit throws a plain error carrying only its status.
  if (e.statusCode === 429) return new AppError('RATE_LIMITED', { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' });
  if (e instanceof SyntaxError || (e.statusCode === 400 && /JSON/i.test(e.message))) return malformedJson();
  if (e.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE', { zh: '请求体过大', en: 'The request body is too large' });
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError('BAD_REQUEST', { zh: `请求无效：${e.message}`, en: `Bad request: ${e.message}` });
  }
  return new AppError('INTERNAL', { zh: '服务器内部错误', en: 'Internal server error' });
}

function malformedJson(): AppError {
  return new AppError('MALFORMED_JSON', { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' });
}

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

function validationError(issue: ValidationIssue, context: string): AppError {
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const missing = issue.keyword === 'required' ? String(issue.params.missingProperty) : null;
  const extra = issue.keyword === 'additionalProperties' ? String(issue.params.additionalProperty) : null;
  const field = [context, path, missing ?? extra].filter(Boolean).join('.');
  const reason = reasonOf(issue);
  return new AppError(
    'VALIDATION_FAILED',
    { zh: `字段 ${field} 无效：${reason.zh}`, en: `Field ${field} is invalid: ${reason.en}` },
    { field, reason: issue.keyword },
  );
}

function reasonOf(issue: ValidationIssue): Message {
  const p = issue.params;
  switch (issue.keyword) {
    case 'required':
      return { zh: '必填', en: 'it is required' };
    case 'type':
      return { zh: `应为 ${p.type} 类型`, en: `it must be of type ${p.type}` };
    case 'minLength':
      return { zh: `至少 ${p.limit} 个字符`, en: `it needs at least ${p.limit} characters` };
    case 'maxLength':
      return { zh: `最多 ${p.limit} 个字符`, en: `it may have at most ${p.limit} characters` };
    case 'minimum':
      return { zh: `不能小于 ${p.limit}`, en: `it must be at least ${p.limit}` };
    case 'maximum':
      return { zh: `不能大于 ${p.limit}`, en: `it must be at most ${p.limit}` };
    case 'enum':
      return { zh: `必须是 ${(p.allowedValues as unknown[]).join(' / ')} 之一`, en: `it must be one of ${(p.allowedValues as unknown[]).join(' / ')}` };
    case 'pattern':
      return { zh: '格式不正确', en: `it must match ${p.pattern}` };
    case 'additionalProperties':
      return { zh: '不允许的字段', en: 'this field is not allowed' };
    case 'minItems':
      return { zh: `至少 ${p.limit} 项`, en: `it needs at least ${p.limit} items` };
    default:
      return { zh: issue.message ?? '不符合要求', en: issue.message ?? 'it does not conform' };
  }
}
