import type { Command } from 'commander';
import { AppError } from '../../server/errors.js';
import { removeSamples } from '../../server/features/samples/service.js';
import { printJson, withDatabase, withDatabaseOptions } from '../database.js';

export function register(program: Command): void {
  withDatabaseOptions(program.command('demo'))
    .description('manage the demo content: --remove-samples deletes the sample data (provenance sample) and nothing else')
    .option('--remove-samples', "delete every value whose provenance is 'sample'")
    .action(async (options) => {
      if (!options.removeSamples) {
        throw new AppError('BAD_REQUEST', { zh: '请指定操作，例如 --remove-samples', en: 'Say what to do, e.g. --remove-samples' });
      }
      printJson(await withDatabase(options, (ctx) => removeSamples(ctx)));
    });
}
