import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { registerAuthHooks } from './auth/hooks.js';
import { authRoutes } from './auth/routes.js';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/connect.js';
import { attachmentRoutes } from './features/attachments/routes.js';
import { comparisonRoutes } from './features/comparison/routes.js';
import { dataImportRoutes } from './features/data/import-route.js';
import { dataRoutes } from './features/data/routes.js';
import { evaluationRoutes } from './features/evaluations/routes.js';
import { findingRoutes } from './features/findings/routes.js';
import { workspaceRoutes } from './features/workspace/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { orgUnitRoutes } from './features/org-units/routes.js';
import { indicatorRoutes } from './features/indicators/routes.js';
import { planImportRoutes } from './features/plan-imports/routes.js';
import { planRoutes } from './features/plans/routes.js';
import { publishedRoutes } from './features/published/routes.js';
import { portalRoutes } from './features/portal/routes.js';
import { sampleRoutes } from './features/samples/routes.js';
import { reportRoutes } from './features/reports/routes.js';
import { projectRoutes } from './features/projects/routes.js';
import { taskRoutes } from './features/tasks/routes.js';
import { userRoutes } from './features/users/routes.js';
import { registerErrorHandling } from './http/errors.js';
import { registerOpenApi } from './http/openapi.js';
import { registerWebApp } from './http/web.js';
import { VERSION } from './version.js';

export interface AppOptions {
  handle: DatabaseHandle;
  config: Config;
  /** Pino logger options; false for silence in tests. */
  logger?: boolean | object;
}

/** Builds the HTTP application: plugins, the auth hooks, every feature's routes, the web app. */
export async function buildApp({ handle, config, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'].slice(0, 64) : randomUUID()),
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandling(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes } });
  registerAuthHooks(app, handle.db);
  await registerOpenApi(app, VERSION);

  const db = handle.db;
  healthRoutes(app, db, handle.kind);
  authRoutes(app, db, config);
  userRoutes(app, db);
  planRoutes(app, db);
  planImportRoutes(app);
  indicatorRoutes(app, db);
  evaluationRoutes(app, db);
  sampleRoutes(app, db);
  publishedRoutes(app, db);
  dataRoutes(app, db);
  dataImportRoutes(app, db);
  reportRoutes(app, db);
  portalRoutes(app, db);
  taskRoutes(app, db, config);
  projectRoutes(app, db, config);
  attachmentRoutes(app, db, config);
  findingRoutes(app, db);
  workspaceRoutes(app, db);
  comparisonRoutes(app, db);
  orgUnitRoutes(app, db);

  await registerWebApp(app);
  return app;
}
