import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import type { Database } from '../../db/schema.js';
import { childBoundaries, listOrgUnits, planDepartments, uploadBoundary } from './service.js';

const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 100 } } };

export function orgUnitRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get(
    '/api/org-units',
    { config: { permission: 'plan:read' }, schema: { tags: ['org-units'], summary: 'Every org unit: code, name, level and parent code, parents first' } },
    async (request) => listOrgUnits(serviceContext(request, db)),
  );

  app.put(
    '/api/org-units/:code/boundary',
    {
      config: { permission: 'orgunits:manage' },
      schema: { tags: ['org-units'], summary: 'Upload the boundary of an org unit: a GeoJSON Feature or FeatureCollection of Polygon/MultiPolygon', params: codeParams },
    },
    async (request) => uploadBoundary(serviceContext(request, db), (request.params as { code: string }).code, request.body),
  );

  app.get(
    '/api/org-units/:code/boundaries',
    {
      config: { permission: 'plan:read' },
      schema: { tags: ['org-units'], summary: 'The boundaries of the unit\'s children, as a FeatureCollection with properties {code, name}', params: codeParams },
    },
    async (request) => childBoundaries(serviceContext(request, db), (request.params as { code: string }).code),
  );

  app.get(
    '/api/plans/:code/departments',
    { config: { permission: 'plan:read' }, schema: { tags: ['org-units'], summary: 'The departments of the plan\'s region, to assign tasks and projects to', params: codeParams } },
    async (request) => planDepartments(serviceContext(request, db), (request.params as { code: string }).code),
  );
}
