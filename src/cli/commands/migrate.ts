import type { Command } from 'commander';
import { migrate } from '../../server/db/migrate.js';
import { withDatabase, withDatabaseOptions } from '../database.js';

export function register(program: Command): void {
  withDatabaseOptions(program.command('migrate'))
    .description('apply the database migrations not yet applied')
    .action(async (options) => {
      const applied = await withDatabase(options, (_ctx, handle) => migrate(handle), { migrateFirst: false });
      process.stdout.write(applied.length ? `applied migrations: ${applied.join(', ')}\n` : 'database is up to date\n');
    });
}
