import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type DatabaseHandle } from '../db/connect.js';
import { migrate } from '../db/migrate.js';

/**
 * The databases the tests run on: the embedded one always, and the PostgreSQL server named by
 * TEST_DATABASE_URL when it is set. Each test database is fresh: an in-memory PGlite, or a schema
 * of its own on the server, dropped afterwards.
 */
export interface TestDatabase {
  name: 'pglite' | 'postgres';
  databaseUrl: string | null;
  schema?: string;
  /** A fresh, migrated database. */
  open(): Promise<DatabaseHandle>;
}

export const testDatabases: TestDatabase[] = [
  { name: 'pglite', databaseUrl: null, open: () => openPGlite() },
  ...(process.env.TEST_DATABASE_URL ? [postgresTestDatabase(process.env.TEST_DATABASE_URL)] : []),
];

async function openPGlite(): Promise<DatabaseHandle> {
  const handle = await connect({ databaseUrl: null, memory: true });
  await migrate(handle);
  return handle;
}

function postgresTestDatabase(url: string): TestDatabase {
  return {
    name: 'postgres',
    databaseUrl: url,
    async open() {
      const schema = `test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const handle = await connect({ databaseUrl: url, schema });
      await migrate(handle);
      const close = handle.close;
      return {
        ...handle,
        close: async () => {
          await close();
          const dropper = new pg.Client({ connectionString: url });
          await dropper.connect();
          await dropper.query(`DROP SCHEMA ${schema} CASCADE`);
          await dropper.end();
        },
      };
    },
  };
}
