import type { PGlite } from '@electric-sql/pglite';

/**
 * A node-postgres–shaped pool over one embedded PGlite instance, so that Kysely's PostgresDialect
 * (and thus every query of the product) runs unchanged on PGlite and on PostgreSQL. PGlite is a
 * single connection: `connect()` hands it out to one caller at a time, which keeps transactions whole.
 */
export class PGlitePool {
  private queue: Array<() => void> = [];
  private busy = false;

  constructor(readonly db: PGlite) {}

  async connect(): Promise<PGlitePoolClient> {
    if (this.busy) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.busy = true;
    return new PGlitePoolClient(this.db, () => this.release());
  }

  async query(sql: string, params?: unknown[]): Promise<QueryResult> {
    const client = await this.connect();
    try {
      return await client.query(sql, params);
    } finally {
      client.release();
    }
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.busy = false;
  }

  async end(): Promise<void> {
    await this.db.close();
  }
}

export interface QueryResult {
  command: string;
  rowCount: number;
  rows: Record<string, unknown>[];
}

export class PGlitePoolClient {
  private released = false;

  constructor(
    private readonly db: PGlite,
    private readonly onRelease: () => void,
  ) {}

  async query(sql: string | { text: string; values?: unknown[] }, params?: unknown[]): Promise<QueryResult> {
    const text = typeof sql === 'string' ? sql : sql.text;
    const values = typeof sql === 'string' ? params : sql.values;
    const command = text.trimStart().split(/\s+/, 1)[0]?.toUpperCase() ?? '';
    // Like node-postgres, a query without parameters goes through the simple protocol, which
    // accepts several statements (migrations, restores); its result is the last statement's.
    if (!values || values.length === 0) {
      const results = await this.db.exec(text);
      const last = results[results.length - 1];
      return { command, rowCount: last?.affectedRows ?? last?.rows.length ?? 0, rows: (last?.rows ?? []) as Record<string, unknown>[] };
    }
    const result = await this.db.query<Record<string, unknown>>(text, values as unknown[]);
    return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.onRelease();
  }
}
