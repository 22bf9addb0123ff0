import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { requireActor } from './actor.js';
import { SESSION_COOKIE } from './hooks.js';
import { presentSession } from './presenter.js';
import { createApiToken, logIn, logOut } from './service.js';
import { LoginThrottle } from './throttle.js';

export function authRoutes(app: FastifyInstance, db: Kysely<Database>, config: Config): void {
  const throttle = new LoginThrottle();
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies };

  app.post(
    '/api/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Log in with user name and password; sets the session cookie',
        body: {
          type: 'object',
          required: ['username', 'password'],
          additionalProperties: false,
          properties: { username: { type: 'string', minLength: 1, maxLength: 100 }, password: { type: 'string', minLength: 1, maxLength: 256 } },
        },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body as { username: string; password: string };
      const result = await logIn(db, throttle, { username, password, address: request.ip, sessionHours: config.sessionHours });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, { ...cookieOptions, maxAge: config.sessionHours * 3600 });
      return presentSession(result.actor, result.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { permission: 'authenticated' }, schema: { tags: ['auth'], summary: 'End the session' } },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) await logOut(db, cookie);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    { config: { permission: 'authenticated' }, schema: { tags: ['auth'], summary: 'The logged-in user, roles and permissions' } },
    async (request) => presentSession(requireActor(request.actor), request.csrfToken),
  );

  app.post(
    '/api/auth/tokens',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Create an API token for the logged-in user (shown once)',
        body: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string', minLength: 1, maxLength: 100 } } },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const token = await createApiToken(db, actor.userId, (request.body as { name: string }).name);
      return reply.status(201).send({ token });
    },
  );
}
