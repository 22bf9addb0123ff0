import type { Command } from 'commander';
import { readConfig, type Config } from '../server/config.js';
import type { ServiceContext } from '../server/context.js';
import { connect, type DatabaseHandle } from '../server/db/connect.js';
import { migrate } from '../server/db/migrate.js';

/** Adds the options every command that touches data accepts. */
export function withDatabaseOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'embedded database directory (default ./data, or HEALTHPLAN_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server instead of the embedded database (or DATABASE_URL)');
}

export function configFrom(options: { dataDir?: string; databaseUrl?: string }): Config {
  return readConfig(process.env, { dataDir: options.dataDir, databaseUrl: options.databaseUrl });
}

/** Opens the configured database, migrated, runs `work` with a command-line context, and closes it. */
export async function withDatabase<T>(
  options: { dataDir?: string; databaseUrl?: string },
  work: (ctx: ServiceContext, handle: DatabaseHandle) => Promise<T>,
  { migrateFirst = true } = {},
): Promise<T> {
  const config = configFrom(options);
  const handle = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (migrateFirst) await migrate(handle);
    return await work({ db: handle.db, actor: null, channel: 'cli', requestId: null }, handle);
  } finally {
    await handle.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
