import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ServiceContext } from '../context.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import { hasPermission, unauthenticated, type Actor } from './actor.js';
import type { Permission } from './permissions.js';
import { actorFromSession, actorFromToken } from './service.js';

export const SESSION_COOKIE = 'hp_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission the route needs: declared on every route. */
    permission?: Permission;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authentication and authorization for every route: a route without a declared permission refuses
 * to register; a request is authenticated by session cookie or API token, then checked against the
 * route's permission (401 without an identity, 403 without the permission) and, for cookie-based
 * writes, against the session's CSRF token.
 */
export function registerAuthHooks(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRoute', (route) => {
    if (route.config?.permission) return;
    // Routes of the static web app and of the API browser are public by nature.
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) {
      route.config = { ...route.config, permission: 'public' };
      return;
    }
    throw new Error(`route ${route.method} ${route.url} declares no permission`);
  });

  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config?.permission ?? 'public';
    await authenticate(request, db);
    if (permission === 'public') return;
    if (!request.actor) throw unauthenticated();
    if (request.actor.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || header !== request.csrfToken) {
        throw new AppError('CSRF_FAILED', {
          zh: '缺少或错误的 CSRF 令牌（请求头 x-csrf-token）',
          en: 'Missing or wrong CSRF token (header x-csrf-token)',
        });
      }
    }
    if (!hasPermission(request.actor, permission)) {
      throw new AppError('FORBIDDEN', { zh: '您的角色无权执行此操作', en: 'Your role does not allow this action' }, { permission });
    }
  });
}

async function authenticate(request: FastifyRequest, db: Kysely<Database>): Promise<void> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const actor = await actorFromToken(db, authorization.slice(7).trim());
    if (!actor) throw new AppError('UNAUTHENTICATED', { zh: 'API 令牌无效或已撤销', en: 'The API token is invalid or revoked' });
    request.actor = actor;
    return;
  }
  const cookie = request.cookies?.[SESSION_COOKIE];
  if (!cookie) return;
  const session = await actorFromSession(db, cookie);
  if (session) {
    request.actor = session.actor;
    request.csrfToken = session.csrfToken;
  }
}

export function serviceContext(request: FastifyRequest, db: Kysely<Database>): ServiceContext {
  return { db, actor: request.actor, channel: 'api', requestId: request.id };
}
