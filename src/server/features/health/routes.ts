import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export function healthRoutes(app: FastifyInstance, db: Kysely<Database>, databaseKind: string): void {
  app.get(
    '/api/health',
    { config: { permission: 'public' }, schema: { tags: ['system'], summary: 'Liveness and database reachability' } },
    async () => {
      await sql`SELECT 1`.execute(db);
      return { status: 'ok', database: databaseKind };
    },
  );
}
