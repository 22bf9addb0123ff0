import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import type { Database } from '../../db/schema.js';
import { workspaceOverview } from './service.js';

export function workspaceRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get(
    '/api/workspace/plans',
    { config: { permission: 'plan:read' }, schema: { tags: ['plans'], summary: 'Every plan with its tasks by status, projects by stage and evaluations, for the cross-plan workspace pages' } },
    async (request) => workspaceOverview(serviceContext(request, db)),
  );
}
