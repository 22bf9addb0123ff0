import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { testDatabases } from '../testing/database.js';
import { connect, type DatabaseHandle } from './connect.js';
import { listMigrations, migrate } from './migrate.js';

describe.each(testDatabases)('database on $name', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => handle?.close());

  it('applies every migration once and records it', async () => {
    const rows = await handle.db.selectFrom('schema_migrations').select('version').orderBy('version').execute();
    expect(rows.map((r) => r.version)).toEqual(listMigrations().map((m) => m.version));
    expect(await migrate(handle)).toEqual([]);
  });

  it('returns jsonb as objects, dates as ISO strings and counts as numbers', async () => {
    const province = await handle.db
      .insertInto('org_units')
      .values({ code: '110000', name: '北京市', level: 'province', depth: 1, path: '/', source: JSON.stringify({ line: 9 }), opened_on: '2021-01-31' })
      .returning(['id', 'source', 'opened_on'])
      .executeTakeFirstOrThrow();
    expect(province.source).toEqual({ line: 9 });
    expect(province.opened_on).toBe('2021-01-31');
    const { count } = await handle.db.selectFrom('org_units').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(count).toBe(1);
  });

  it('rolls a failed transaction back completely', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await trx.insertInto('settings').values({ key: 'a', value: JSON.stringify(1) }).execute();
        await trx.insertInto('settings').values({ key: 'a', value: JSON.stringify(2) }).execute();
      }),
    ).rejects.toThrow();
    expect(await handle.db.selectFrom('settings').selectAll().execute()).toEqual([]);
  });

  it('refuses to change or delete the audit trail', async () => {
    await handle.db
      .insertInto('audit_log')
      .values({ action: 'create', entity_type: 'plan', entity_id: '1', channel: 'system' })
      .execute();
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(handle.db)).rejects.toThrow(/append-only/);
    expect(await handle.db.selectFrom('audit_log').select('action').execute()).toEqual([{ action: 'create' }]);
  });
});

describe('embedded data directory', () => {
  it('is locked against a second process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'healthplan-lock-'));
    const nested = join(dir, 'a', 'b');
    const first = await connect({ databaseUrl: null, dataDir: nested });
    try {
      // The lock names this process; a lock of a live process other than ours refuses.
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(nested, 'healthplan.lock'), String(process.ppid));
      const second = connect({ databaseUrl: null, dataDir: nested });
      await expect(second).rejects.toBeInstanceOf(AppError);
      await expect(second).rejects.toMatchObject({ code: 'DATA_DIR_LOCKED' });
    } finally {
      await first.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
