import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWritePermission, type Permission } from './auth/permissions.js';
import { testDatabases } from './testing/database.js';
import { openTestApp, type TestApp, type TestSession } from './testing/app.js';

interface RouteInfo {
  method: string;
  url: string;
  permission: Permission;
}

/** Every documented route with the permission it declares, read from the OpenAPI document. */
function routesOf(t: TestApp): RouteInfo[] {
  const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, { 'x-permission': Permission }>> };
  return Object.entries(doc.paths).flatMap(([url, operations]) =>
    Object.entries(operations).map(([method, op]) => ({ method: method.toUpperCase(), url, permission: op['x-permission'] })),
  );
}

describe.each(testDatabases)('HTTP application on $name', (database) => {
  let t: TestApp;
  let admin: TestSession;
  let viewer: TestSession;

  beforeAll(async () => {
    t = await openTestApp(database);
    await t.user('viewer', [{ role: 'viewer' }]);
    admin = await t.login('admin');
    viewer = await t.login('viewer');
  });
  afterAll(async () => t?.close());

  it('declares a permission on every API route', () => {
    const routes = routesOf(t).filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(routes.length).toBeGreaterThan(8);
    for (const r of routes) expect(r.permission, `${r.method} ${r.url}`).toBeTruthy();
  });

  it('refuses every write route to an anonymous caller (401) and to a viewer (403)', async () => {
    const writes = routesOf(t).filter((r) => r.method !== 'GET' && r.permission !== 'public' && r.permission !== 'authenticated');
    expect(writes.length).toBeGreaterThan(3);
    for (const r of writes) {
      expect(isWritePermission(r.permission), `${r.method} ${r.url}`).toBe(true);
      const url = r.url.replace(/\{(\w+)\}/g, '1');
      const anonymous = await t.as(null, r.method, url, {});
      expect(anonymous.statusCode, `anonymous ${r.method} ${url}`).toBe(401);
      expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
      const refused = await t.as(viewer, r.method, url, {});
      expect(refused.statusCode, `viewer ${r.method} ${url}`).toBe(403);
      expect(refused.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload: { username: 'clerk1', password: 'password-2', roles: [] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
    const created = await t.as(admin, 'POST', '/api/users', { username: 'clerk1', password: 'password-2', roles: [{ role: 'clerk' }] });
    expect(created.statusCode).toBe(201);
  });

  it('answers a bad body with 400 naming the field, in Chinese and English, and writes nothing', async () => {
    const res = await t.as(admin, 'POST', '/api/users', { username: 'x2', password: 'short', roles: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.password' });
    expect(res.json().error.messageZh).toContain('至少 8 个字符');
    expect(res.json().error.messageEn).toContain('at least 8 characters');
    const users = await t.as(admin, 'GET', '/api/users');
    expect(users.json().items.map((u: { username: string }) => u.username)).not.toContain('x2');
  });

  it('answers malformed JSON with 400, an oversized body with 413 and an unknown route with 404 JSON', async () => {
    const malformed = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('MALFORMED_JSON');
    const big = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a', password: 'x'.repeat(2 * 1024 * 1024) } });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('refuses a wrong password, then throttles repeated failures', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'viewer', password: `wrong-${i}` } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('LOGIN_FAILED');
    }
    const throttled = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'viewer', password: 'password-1' } });
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['retry-after']).toBeDefined();
  });

  it('sets an HttpOnly SameSite=Lax session cookie and ends it on logout', async () => {
    await t.user('someone', [{ role: 'viewer' }]);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'someone', password: 'password-1' } });
    const cookie = res.cookies.find((c) => c.name === 'hp_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const session = { cookie: `hp_session=${cookie.value}`, csrfToken: res.json().csrfToken };
    expect((await t.as(session, 'GET', '/api/auth/me')).json().user.username).toBe('someone');
    expect((await t.as(session, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await t.as(session, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('accepts an API token as Bearer and refuses a made-up one', async () => {
    const { token } = (await t.as(admin, 'POST', '/api/auth/tokens', { name: 'script' })).json();
    expect(token).toMatch(/^hp_/);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json().user.username).toBe('admin');
    const bad = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: 'Bearer hp_madeup' } });
    expect(bad.statusCode).toBe(401);
  });

  it('detects a concurrent edit of a user with 409 and the current value, and audits the change', async () => {
    await t.user('editme', [{ role: 'viewer' }]);
    const list = (await t.as(admin, 'GET', '/api/users')).json().items;
    const target = list.find((u: { username: string }) => u.username === 'editme');
    const first = await t.as(admin, 'PATCH', `/api/users/${target.id}`, { version: target.version, displayName: '张三' });
    expect(first.statusCode).toBe(200);
    const second = await t.as(admin, 'PATCH', `/api/users/${target.id}`, { version: target.version, displayName: '李四' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.current.displayName).toBe('张三');
    const trail = await t.handle.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'user').where('entity_id', '=', String(target.id)).execute();
    expect(trail.map((a) => a.action)).toEqual(['create', 'update']);
    expect(trail[1].before).toMatchObject({ displayName: 'editme' });
    expect(trail[1].after).toMatchObject({ displayName: '张三' });
  });

  it('serves an OpenAPI 3 document that names each operation’s permission', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/plans'].get['x-permission']).toBe('plan:read');
    expect(doc.paths['/api/users'].post['x-permission']).toBe('users:manage');
  });
});
