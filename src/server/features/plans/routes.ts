import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import type { Database } from '../../db/schema.js';
import { exportPlan } from './export.js';
import { importPlan } from './import.js';
import { getPlan, listPlans, updatePlan, type UpdatePlanInput } from './service.js';

const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 100 } } };

export function planRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/plans', { config: { permission: 'plan:read' }, schema: { tags: ['plans'], summary: 'List plans with counts' } }, async (request) => ({
    items: await listPlans(serviceContext(request, db)),
  }));

  app.get(
    '/api/plans/:code',
    { config: { permission: 'plan:read' }, schema: { tags: ['plans'], summary: 'A whole plan: outline, indicators with baselines and targets, tasks, projects, boxes', params: codeParams } },
    async (request) => getPlan(serviceContext(request, db), (request.params as { code: string }).code),
  );

  app.get(
    '/api/plans/:code/export',
    { config: { permission: 'plan:read' }, schema: { tags: ['plans'], summary: 'The plan in the plan format (docs/plan-format.md)', params: codeParams } },
    async (request) => exportPlan(db, (request.params as { code: string }).code),
  );

  app.post(
    '/api/plans/import',
    {
      config: { permission: 'plan:write' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags: ['plans'],
        summary: 'Import a plan-format document; dry run unless ?apply=true',
        querystring: { type: 'object', additionalProperties: false, properties: { apply: { type: 'boolean', default: false } } },
        body: { type: 'object' },
      },
    },
    async (request) => importPlan(serviceContext(request, db), request.body, { apply: (request.query as { apply: boolean }).apply }),
  );

  app.patch(
    '/api/plans/:code',
    {
      config: { permission: 'plan:write' },
      schema: {
        tags: ['plans'],
        summary: 'Change title, status or publication (needs the version read; 409 on conflict)',
        params: codeParams,
        body: {
          type: 'object',
          required: ['version'],
          additionalProperties: false,
          properties: {
            version: { type: 'integer', minimum: 1 },
            title: { type: 'string', minLength: 1, maxLength: 300 },
            status: { type: 'string', enum: ['draft', 'active', 'closed'] },
            published: { type: 'boolean' },
          },
        },
      },
    },
    async (request) => updatePlan(serviceContext(request, db), (request.params as { code: string }).code, request.body as UpdatePlanInput),
  );
}
