import type { Command } from 'commander';
import { backup, restore } from '../../server/backup/backup.js';
import { withDatabase, withDatabaseOptions } from '../database.js';

export function register(program: Command): void {
  withDatabaseOptions(program.command('backup'))
    .description('write the whole database to one file (gzip JSON lines)')
    .argument('<file>')
    .action(async (file: string, options) => {
      const result = await withDatabase(options, (_ctx, handle) => backup(handle, file));
      process.stdout.write(`backup written: ${file} (${result.rows} rows in ${result.tables} tables)\n`);
    });

  withDatabaseOptions(program.command('restore'))
    .description('restore a backup file into an empty database')
    .argument('<file>')
    .action(async (file: string, options) => {
      const result = await withDatabase(options, (_ctx, handle) => restore(handle, file), { migrateFirst: false });
      process.stdout.write(`restored ${result.rows} rows from ${file}\n`);
    });
}
