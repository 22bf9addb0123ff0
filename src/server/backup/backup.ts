import { sql } from 'kysely';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import type { DatabaseHandle } from '../db/connect.js';
import { listMigrations, migrate } from '../db/migrate.js';
import { AppError } from '../errors.js';
import { VERSION } from '../version.js';
import { SELF_REFERENCING, TABLES_IN_DEPENDENCY_ORDER } from './tables.js';

const FORMAT = 'healthplan-backup/1';
const BATCH = 1000;

type Row = Record<string, unknown>;

/**
 * A backup is one gzip file of JSON lines: a header, then each table's rows in batches. It is
 * logical, so a backup of the embedded database restores on PostgreSQL and the other way round.
 */
export async function backup(handle: DatabaseHandle, file: string): Promise<{ tables: number; rows: number }> {
  const gzip = createGzip();
  const out = createWriteStream(file);
  gzip.pipe(out);
  const write = async (line: unknown) => {
    if (!gzip.write(JSON.stringify(line, encode) + '\n')) await once(gzip, 'drain');
  };
  await write({ format: FORMAT, product: 'healthplan', version: VERSION, migrations: listMigrations().map((m) => m.version), createdAt: new Date().toISOString() });
  let rows = 0;
  for (const table of TABLES_IN_DEPENDENCY_ORDER) {
    const all = await sql<Row>`SELECT * FROM ${sql.table(table)} ORDER BY 1`.execute(handle.db);
    const ordered = SELF_REFERENCING.has(table) ? parentsFirst(all.rows) : all.rows;
    for (let i = 0; i < ordered.length; i += BATCH) await write({ table, rows: ordered.slice(i, i + BATCH) });
    rows += ordered.length;
  }
  gzip.end();
  await once(out, 'finish');
  return { tables: TABLES_IN_DEPENDENCY_ORDER.length, rows };
}

/** Restores a backup into an empty database (migrated here first), all in one transaction. */
export async function restore(handle: DatabaseHandle, file: string): Promise<{ rows: number }> {
  await migrate(handle);
  for (const table of TABLES_IN_DEPENDENCY_ORDER) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(handle.db);
    if (Number(rows[0].n) > 0) {
      throw new AppError('DATABASE_NOT_EMPTY', {
        zh: `目标数据库不是空的（表 ${table} 有数据）；只能恢复到空数据库`,
        en: `The target database is not empty (table ${table} has rows); a backup restores only into an empty database`,
      });
    }
  }
  let header: { format?: string; migrations?: string[] } | null = null;
  let restored = 0;
  const jsonColumns = await jsonbColumns(handle);
  try {
    await handle.db.transaction().execute(async (trx) => {
      // The file is opened only now: readline starts reading at once, and lines read before the loop would be lost.
      const gunzip = createGunzip();
      const lines = createInterface({ input: createReadStream(file).pipe(gunzip), crlfDelay: Infinity });
      // readline does not pass on the errors of its input: keep the first and stop reading.
      let streamError: Error | null = null;
      gunzip.on('error', (err) => {
        streamError ??= err;
        lines.close();
      });
      for await (const line of lines) {
        if (!line.trim()) continue;
        const record = JSON.parse(line, decode) as { table?: string; rows?: Row[]; format?: string };
        if (!header) {
          header = record;
          if (record.format !== FORMAT) throw invalidBackup(`不是 healthplan 备份文件`, `not a healthplan backup file`);
          const known = new Set(listMigrations().map((m) => m.version));
          const unknown = (header.migrations ?? []).filter((v) => !known.has(v));
          if (unknown.length) throw invalidBackup(`备份来自更新的版本（迁移 ${unknown.join(', ')}）`, `the backup comes from a newer version (migrations ${unknown.join(', ')})`);
          continue;
        }
        if (!record.table || !TABLES_IN_DEPENDENCY_ORDER.includes(record.table as never) || !record.rows?.length) continue;
        await insertRows(trx, record.table, record.rows, jsonColumns.get(record.table) ?? new Set());
        restored += record.rows.length;
      }
      if (streamError) throw streamError;
      const { rows: sequences } = await sql<{ table_name: string; seq: string | null }>`
        SELECT table_name, pg_get_serial_sequence(quote_ident(table_name), 'id') AS seq FROM information_schema.columns
        WHERE column_name = 'id' AND table_schema = current_schema()`.execute(trx);
      for (const { table_name, seq } of sequences) {
        if (seq) await sql`SELECT setval(${seq}, COALESCE((SELECT max(id) FROM ${sql.table(table_name)}), 0) + 1, false)`.execute(trx);
      }
    });
  } catch (err) {
    if (err instanceof SyntaxError || (err as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') {
      throw invalidBackup('文件已损坏或不是 gzip 格式', 'the file is damaged or not gzip');
    }
    throw err;
  }
  if (!header) throw invalidBackup('文件为空', 'the file is empty');
  return { rows: restored };
}

async function insertRows(trx: DatabaseHandle['db'], table: string, rows: Row[], json: Set<string>): Promise<void> {
  const columns = Object.keys(rows[0]);
  const values = rows.map((r) => sql`(${sql.join(columns.map((c) => (json.has(c) && r[c] !== null ? JSON.stringify(r[c]) : r[c])))})`);
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.id(c)))}) OVERRIDING SYSTEM VALUE VALUES ${sql.join(values)}`.execute(trx);
}

/** jsonb columns per table: their values go back as JSON text, whatever JSON type they hold. */
async function jsonbColumns(handle: DatabaseHandle): Promise<Map<string, Set<string>>> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE data_type = 'jsonb' AND table_schema = current_schema()`.execute(handle.db);
  const map = new Map<string, Set<string>>();
  for (const r of rows) map.set(r.table_name, (map.get(r.table_name) ?? new Set()).add(r.column_name));
  return map;
}

function parentsFirst(rows: Row[]): Row[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const done = new Set<unknown>();
  const out: Row[] = [];
  const visit = (r: Row) => {
    if (done.has(r.id)) return;
    done.add(r.id);
    const parent = r.parent_id === null ? undefined : byId.get(r.parent_id);
    if (parent) visit(parent);
    out.push(r);
  };
  rows.forEach(visit);
  return out;
}

function encode(this: unknown, _key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer' && Array.isArray((value as { data?: unknown }).data)) {
    return { $bytes: Buffer.from((value as { data: number[] }).data).toString('base64') };
  }
  return value;
}

function decode(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && typeof (value as { $bytes?: unknown }).$bytes === 'string') {
    return Buffer.from((value as { $bytes: string }).$bytes, 'base64');
  }
  return value;
}

function invalidBackup(zh: string, en: string): AppError {
  return new AppError('BACKUP_INVALID', { zh: `无法恢复备份：${zh}`, en: `Cannot restore the backup: ${en}` });
}
