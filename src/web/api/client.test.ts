import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from './client.js';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeServer(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const client = createApiClient(async (url, init) => {
    const call = { url, init };
    calls.push(call);
    return respond(call);
  });
  return { client, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const header = (call: Call, name: string) => (call.init.headers as Record<string, string>)[name];

describe('API client', () => {
  it('sends the session cookie and the CSRF token on writes only', async () => {
    const { client, calls } = fakeServer(() => json(200, { items: [] }));
    client.setCsrfToken('token-123');
    await client.get('/api/plans');
    await client.post('/api/auth/logout');
    expect(calls.map((c) => c.init.credentials)).toEqual(['same-origin', 'same-origin']);
    expect(header(calls[0], 'x-csrf-token')).toBeUndefined();
    expect(header(calls[1], 'x-csrf-token')).toBe('token-123');
  });

  it('sends JSON bodies and query parameters', async () => {
    const { client, calls } = fakeServer(() => json(200, { ok: true }));
    await client.post('/api/auth/login', { username: 'admin', password: 'secret-pass' });
    await client.get('/api/plans', { query: { status: 'active', region: undefined, year: 2025 } });
    expect(header(calls[0], 'content-type')).toBe('application/json');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ username: 'admin', password: 'secret-pass' });
    expect(calls[1].url).toBe('/api/plans?status=active&year=2025');
  });

  it('sends a file as it is, typed, and hands over NDJSON lines even when split across chunks', async () => {
    const chunks = ['{"processed":1000}\n{"proc', 'essed":2000}\n', '{"summary":{"status":"SUCCESS"}}\n'];
    const { client, calls } = fakeServer(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
              controller.close();
            },
          }),
          { status: 200, headers: { 'content-type': 'application/x-ndjson' } },
        ),
    );
    client.setCsrfToken('token-123');
    const file = new Blob(['dataElement,period,orgUnit,categoryOptionCombo,value,comment\n'], { type: 'text/csv' });
    const lines: unknown[] = [];
    await client.postLines('/api/data/imports', file, (line) => lines.push(line), { query: { dryRun: true } });
    expect(calls[0].url).toBe('/api/data/imports?dryRun=true');
    expect(header(calls[0], 'content-type')).toBe('text/csv');
    expect(header(calls[0], 'accept')).toBe('application/x-ndjson');
    expect(header(calls[0], 'x-csrf-token')).toBe('token-123');
    expect(calls[0].init.body).toBe(file);
    expect(lines).toEqual([{ processed: 1000 }, { processed: 2000 }, { summary: { status: 'SUCCESS' } }]);
  });

  it('returns nothing for 204 and the parsed body otherwise', async () => {
    const { client } = fakeServer((call) => (call.init.method === 'POST' ? new Response(null, { status: 204 }) : json(200, { status: 'ok' })));
    expect(await client.post('/api/auth/logout')).toBeUndefined();
    expect(await client.get('/api/health')).toEqual({ status: 'ok' });
  });

  it('turns an error body into an ApiError readable in both languages', async () => {
    const { client } = fakeServer(() =>
      json(401, {
        error: { code: 'LOGIN_FAILED', message: '用户名或密码不正确', messageZh: '用户名或密码不正确', messageEn: 'The user name or password is not correct' },
      }),
    );
    const error = await client.post('/api/auth/login', { username: 'admin', password: 'wrong-pass' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect([apiError.status, apiError.code]).toEqual([401, 'LOGIN_FAILED']);
    expect(apiError.text('zh')).toBe('用户名或密码不正确');
    expect(apiError.text('en')).toBe('The user name or password is not correct');
  });

  it('keeps the field and further details of a refusal', async () => {
    const { client } = fakeServer(() =>
      json(400, {
        error: { code: 'VALIDATION_FAILED', message: '字段 body.username 无效：必填', messageZh: '字段 body.username 无效：必填', messageEn: 'Field body.username is invalid: it is required', field: 'body.username', reason: 'required' },
      }),
    );
    const error = (await client.post('/api/auth/login', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.field).toBe('body.username');
    expect(error.details).toEqual({ reason: 'required' });
  });

  it('explains a failure without an error body by its HTTP status', async () => {
    const { client } = fakeServer(() => new Response('<html>Bad Gateway</html>', { status: 502 }));
    const error = (await client.get('/api/plans').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('HTTP_ERROR');
    expect(error.text('zh')).toBe('服务器返回了错误（HTTP 502）');
    expect(error.text('en')).toBe('The server returned an error (HTTP 502)');
  });

  it('reports an unreachable server as a network error', async () => {
    const { client } = fakeServer(() => {
      throw new TypeError('fetch failed');
    });
    const error = (await client.get('/api/plans').catch((e: unknown) => e)) as ApiError;
    expect([error.status, error.code]).toEqual([0, 'NETWORK']);
    expect(error.text('zh')).toContain('无法连接服务器');
  });

  it('tells listeners when the session is gone, but not on a wrong password', async () => {
    let responses = [
      json(401, { error: { code: 'LOGIN_FAILED', message: '用户名或密码不正确' } }),
      json(401, { error: { code: 'UNAUTHENTICATED', message: '请先登录', messageZh: '请先登录', messageEn: 'Please log in first' } }),
    ];
    const { client } = fakeServer(() => {
      const [next, ...rest] = responses;
      responses = rest;
      return next;
    });
    let told = 0;
    client.onUnauthenticated(() => told++);
    await client.post('/api/auth/login', { username: 'admin', password: 'wrong-pass' }).catch(() => undefined);
    expect(told).toBe(0);
    await client.get('/api/plans').catch(() => undefined);
    expect(told).toBe(1);
  });
});
