import { sql } from 'kysely';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from './connect.js';

/** migrations/ at the package root: numbered plain SQL files, applied in order, never edited once landed. */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'migrations');

export interface Migration {
  version: string;
  name: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({ version: file.slice(0, 4), name: file.slice(5, -4), sql: readFileSync(join(dir, file), 'utf8') }));
}

/** Applies the migrations not yet applied, each in its own transaction. Returns the versions applied. */
export async function migrate({ db }: DatabaseHandle): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const { rows } = await sql<{ version: string }>`SELECT version FROM schema_migrations`.execute(db);
  const applied = new Set(rows.map((r) => r.version));
  const done: string[] = [];
  for (const m of listMigrations()) {
    if (applied.has(m.version)) continue;
    await db.transaction().execute(async (trx) => {
      await sql.raw(m.sql).execute(trx);
      await sql`INSERT INTO schema_migrations (version, name) VALUES (${m.version}, ${m.name})`.execute(trx);
    });
    done.push(m.version);
  }
  return done;
}
