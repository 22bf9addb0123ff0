import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { publishedFindings } from './load.js';

export function publishedRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get(
    '/api/published/findings',
    {
      config: { permission: 'data:read' },
      schema: { tags: ['data'], summary: 'Published ratios compared with the same ratios recomputed from published counts and population' },
    },
    async () => ({ items: await publishedFindings(db) }),
  );
}
