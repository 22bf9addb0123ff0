import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { readConfig } from '../config.js';
import type { DatabaseHandle } from '../db/connect.js';
import type { Role } from '../db/schema.js';
import { createUser, type RoleInput } from '../features/users/service.js';
import type { TestDatabase } from './database.js';

export interface TestSession {
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  /** Logs a user in and returns the cookie and CSRF token to send. */
  login(username: string, password?: string): Promise<TestSession>;
  /** Creates a user with the given roles (password "password-1"). */
  user(username: string, roles: RoleInput[]): Promise<void>;
  /** A request as a logged-in user (CSRF header included). */
  as(session: TestSession | null, method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'password-1';

/** The real application on a fresh test database, with an administrator "admin". */
export async function openTestApp(database: TestDatabase): Promise<TestApp> {
  const handle = await database.open();
  const config = readConfig({ HEALTHPLAN_LOAD_DEMO: 'false' });
  const app = await buildApp({ handle, config, logger: false });
  const ctx = { db: handle.db, actor: null, channel: 'system' as const, requestId: null };
  const user = async (username: string, roles: RoleInput[]) => {
    await createUser(ctx, { username, password: TEST_PASSWORD, roles });
  };
  await user('admin', [{ role: 'admin' as Role }]);
  const login = async (username: string, password = TEST_PASSWORD) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'hp_session');
    return { cookie: `hp_session=${cookie!.value}`, csrfToken: res.json().csrfToken as string };
  };
  const as = (session: TestSession | null, method: string, url: string, body?: unknown) =>
    app.inject({
      method: method as 'GET',
      url,
      payload: body as object | undefined,
      headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {},
    });
  return {
    app,
    handle,
    login,
    user,
    as,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
