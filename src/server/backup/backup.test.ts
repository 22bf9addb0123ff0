import { sql } from 'kysely';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalLibrary } from '../../domain/canonical/library.js';
import type { DatabaseHandle } from '../db/connect.js';
import { readContentJson } from '../demo/content.js';
import { loadCanonicalLibrary } from '../features/canonical/load.js';
import { importPlan } from '../features/plans/import.js';
import { createUser } from '../features/users/service.js';
import { testDatabases } from '../testing/database.js';
import { backup, restore } from './backup.js';
import { DERIVED_TABLES, TABLES_IN_DEPENDENCY_ORDER } from './tables.js';

async function counts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES_IN_DEPENDENCY_ORDER) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(handle.db);
    out[table] = Number(rows[0].n);
  }
  return out;
}

/** A derived table's rows in a fixed order, to compare two databases. */
async function derivedRows(handle: DatabaseHandle, table: string): Promise<unknown[]> {
  const { rows } = await sql`SELECT * FROM ${sql.table(table)} ORDER BY 1, 2, 3, 4, 5, 6`.execute(handle.db);
  return rows;
}

describe.each(testDatabases)('backup and restore on $name', (database) => {
  let source: DatabaseHandle;
  let target: DatabaseHandle;
  const dir = mkdtempSync(join(tmpdir(), 'healthplan-backup-'));
  const file = join(dir, 'backup.jsonl.gz');

  beforeAll(async () => {
    source = await database.open();
    target = await database.open();
    const ctx = { db: source.db, actor: null, channel: 'cli' as const, requestId: null };
    await loadCanonicalLibrary(source.db, readContentJson('canonical', 'indicators.json') as CanonicalLibrary);
    await importPlan(ctx, readContentJson('plans', 'mentougou-2021-2025.json'), { apply: true });
    await createUser(ctx, { username: 'planner', password: 'password-1', roles: [{ role: 'planner', orgUnit: '110109' }] });
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names every table of the schema', async () => {
    const { rows } = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'`.execute(source.db);
    expect(rows.map((r) => r.table_name).sort()).toEqual([...TABLES_IN_DEPENDENCY_ORDER, ...DERIVED_TABLES].sort());
  });

  it('round-trips the whole database through one file into an empty database', async () => {
    const before = await counts(source);
    expect(before.indicators).toBeGreaterThan(40);
    const written = await backup(source, file);
    expect(written.rows).toBe(Object.values(before).reduce((a, b) => a + b, 0));
    await restore(target, file);
    expect(await counts(target)).toEqual(before);
    // The yearly summaries are not in the file: the restored values rebuild them, the same.
    expect(before.data_values).toBeGreaterThan(0);
    for (const table of DERIVED_TABLES) expect(await derivedRows(target, table)).toEqual(await derivedRows(source, table));
    const plan = await target.db.selectFrom('plans').select(['code', 'title']).executeTakeFirstOrThrow();
    expect(plan.title).toBe('北京市门头沟区“十四五”时期卫生健康事业发展规划');
    const grant = await target.db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .innerJoin('org_units as o', 'o.id', 'r.org_unit_id')
      .select(['u.username', 'r.role', 'o.code'])
      .executeTakeFirstOrThrow();
    expect(grant).toEqual({ username: 'planner', role: 'planner', code: '110109' });
    // Identity sequences continue after the restored ids.
    const next = await target.db.insertInto('settings').values({ key: 'after-restore', value: JSON.stringify(true) }).returning('key').executeTakeFirstOrThrow();
    expect(next.key).toBe('after-restore');
    const unit = await target.db
      .insertInto('org_units')
      .values({ code: 'NEW', name: '新机构', level: 'street', depth: 4, path: '/' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const maxBefore = await source.db.selectFrom('org_units').select((eb) => eb.fn.max('id').as('m')).executeTakeFirstOrThrow();
    expect(unit.id).toBeGreaterThan(Number(maxBefore.m));
  });

  it('refuses to restore into a database that has data, and refuses a damaged file', async () => {
    await expect(restore(source, file)).rejects.toMatchObject({ code: 'DATABASE_NOT_EMPTY' });
    const damaged = join(dir, 'damaged.gz');
    writeFileSync(damaged, 'not a backup');
    const empty = await database.open();
    try {
      await expect(restore(empty, damaged)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
      expect((await counts(empty)).plans).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
