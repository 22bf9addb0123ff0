import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import type { Database } from '../../db/schema.js';
import { compareCanonical, listCanonicalIndicators } from './service.js';

export function comparisonRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get(
    '/api/canonical-indicators',
    { config: { permission: 'plan:read' }, schema: { tags: ['comparison'], summary: 'The canonical indicator library, with how many plans link each entry' } },
    async (request) => listCanonicalIndicators(serviceContext(request, db)),
  );

  app.get(
    '/api/canonical-indicators/:code/comparison',
    {
      config: { permission: 'plan:read' },
      schema: {
        tags: ['comparison'],
        summary: 'One canonical indicator across plans: name, unit, targets as written, baselines and latest value in each plan',
        params: { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 100 } } },
      },
    },
    async (request) => compareCanonical(serviceContext(request, db), (request.params as { code: string }).code),
  );
}
