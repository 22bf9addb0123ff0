import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import type { Database } from '../../db/schema.js';
import { countSamples, removeSamples } from './service.js';

export function sampleRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get(
    '/api/admin/samples',
    { config: { permission: 'settings:manage' }, schema: { tags: ['admin'], summary: "How many sample values (provenance 'sample') are stored" } },
    async () => countSamples(db),
  );
  app.delete(
    '/api/admin/samples',
    {
      config: { permission: 'settings:manage' },
      schema: { tags: ['admin'], summary: "Delete every sample value (provenance 'sample'); published, document and entered values stay" },
    },
    async (request) => removeSamples(serviceContext(request, db)),
  );
}
