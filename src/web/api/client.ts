import { en } from '../i18n/en.js';
import { fill, type Locale } from '../i18n/locale.js';
import { zh } from '../i18n/zh.js';

export interface LocalizedText {
  zh: string;
  en: string;
}

/** The only shape the server gives refusals and failures. */
export interface ErrorBody {
  error: { code: string; message: string; messageZh?: string; messageEn?: string; field?: string; [detail: string]: unknown };
}

/** A refused or failed request, carrying the server's message in both languages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: LocalizedText;
  readonly field: string | null;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: string, messages: LocalizedText, field: string | null = null, details: Record<string, unknown> = {}) {
    super(messages.en);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messages = messages;
    this.field = field;
    this.details = details;
  }

  text(locale: Locale): string {
    return this.messages[locale];
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  signal?: AbortSignal;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  delete<T>(path: string, options?: RequestOptions): Promise<T>;
  /** POSTs and hands over each line of an NDJSON answer as it arrives (a long import's progress). */
  postLines<T>(path: string, body: unknown, onLine: (line: T) => void, options?: RequestOptions): Promise<void>;
  /** The token from the login or /me response; the server requires it on every write made with the session cookie. */
  setCsrfToken(token: string | null): void;
  /** Called whenever the server says the session is gone, so the app can return to the login page. */
  onUnauthenticated(listener: () => void): () => void;
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export function createApiClient(fetchImpl: FetchLike = (input, init) => globalThis.fetch(input, init)): ApiClient {
  let csrfToken: string | null = null;
  const listeners = new Set<() => void>();

  async function request(method: string, path: string, body: unknown, options: RequestOptions, accept: string): Promise<Response> {
    const headers: Record<string, string> = { accept };
    if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body instanceof Blob) {
      // A file goes as it is, typed by what it is (text/csv, a spreadsheet), so the server can stream it.
      headers['content-type'] = body.type || 'application/octet-stream';
      payload = body;
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await fetchImpl(withQuery(path, options.query), {
        method,
        headers,
        body: payload,
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw new ApiError(0, 'NETWORK', { zh: zh['error.network'], en: en['error.network'] });
    }
    if (!response.ok) {
      const error = await errorOf(response);
      if (error.code === 'UNAUTHENTICATED') for (const listener of listeners) listener();
      throw error;
    }
    return response;
  }

  async function send<T>(method: string, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    const response = await request(method, path, body, options, 'application/json');
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  return {
    get: (path, options) => send('GET', path, undefined, options),
    post: (path, body, options) => send('POST', path, body, options),
    put: (path, body, options) => send('PUT', path, body, options),
    patch: (path, body, options) => send('PATCH', path, body, options),
    delete: (path, options) => send('DELETE', path, undefined, options),
    postLines: async <T>(path: string, body: unknown, onLine: (line: T) => void, options: RequestOptions = {}) => {
      const response = await request('POST', path, body, options, 'application/x-ndjson');
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let rest = '';
      for (;;) {
        const { done, value } = await reader.read();
        const lines = (rest + (value ?? '')).split('\n');
        rest = done ? '' : lines.pop()!;
        for (const line of lines) if (line.trim() !== '') onLine(JSON.parse(line) as T);
        if (done) return;
      }
    },
    setCsrfToken: (token) => {
      csrfToken = token;
    },
    onUnauthenticated: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(name, String(value));
  }
  const search = params.toString();
  if (search === '') return path;
  return `${path}${path.includes('?') ? '&' : '?'}${search}`;
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = JSON.parse(await response.text());
  } catch {
    body = null;
  }
  if (isErrorBody(body)) {
    const { code, message, messageZh, messageEn, field, ...details } = body.error;
    return new ApiError(response.status, code, { zh: messageZh ?? message, en: messageEn ?? message }, field ?? null, details);
  }
  const status = { status: response.status };
  return new ApiError(response.status, 'HTTP_ERROR', { zh: fill(zh['error.http'], status), en: fill(en['error.http'], status) });
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    && typeof (error as { message?: unknown }).message === 'string';
}

/** The client the app uses: same-origin requests to the server that served the page. */
export const api = createApiClient();
