import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './lock.js';
import { PGlitePool } from './pglite-pool.js';
import type { Database } from './schema.js';

/** Type OIDs whose text form we parse the same way on both databases. */
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl: string | null;
  /** Data directory of the embedded database; ignored with a database URL. */
  dataDir?: string;
  /** In-memory embedded database (tests). */
  memory?: boolean;
  /** PostgreSQL schema to use (tests isolate themselves in a schema of their own). */
  schema?: string;
}

export async function connect(options: ConnectOptions): Promise<DatabaseHandle> {
  return options.databaseUrl ? connectPostgres(options.databaseUrl, options.schema) : connectPGlite(options);
}

async function connectPostgres(url: string, schema?: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    options: schema ? `-c search_path=${schema}` : undefined,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
        if (oid === DATE) return (v: string) => v;
        return pg.types.getTypeParser(oid, format as 'text');
      }) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    close: () => db.destroy(),
  };
}

async function connectPGlite(options: ConnectOptions): Promise<DatabaseHandle> {
  let lock: DataDirLock | null = null;
  let dataDir: string | undefined;
  if (!options.memory) {
    if (!options.dataDir) throw new Error('connectPGlite: dataDir is required unless memory is set');
    mkdirSync(options.dataDir, { recursive: true });
    lock = acquireDataDirLock(options.dataDir);
    dataDir = join(options.dataDir, 'pglite');
  }
  const parsers = { [INT8]: Number, [NUMERIC]: Number, [DATE]: (v: string) => v };
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, { parsers });
  } catch (err) {
    lock?.release();
    throw err;
  }
  const pool = new PGlitePool(pglite);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      lock?.release();
    },
  };
}
