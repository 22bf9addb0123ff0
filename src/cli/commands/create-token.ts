import type { Command } from 'commander';
import { createApiToken } from '../../server/auth/service.js';
import { AppError } from '../../server/errors.js';
import { withDatabase, withDatabaseOptions } from '../database.js';

export function register(program: Command): void {
  withDatabaseOptions(program.command('create-token'))
    .description('print a new API token for USER, for `Authorization: Bearer <token>`')
    .argument('<username>')
    .option('--name <name>', 'what the token is for', 'command line')
    .action(async (username: string, options) => {
      const token = await withDatabase(options, async (ctx) => {
        const user = await ctx.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
        if (!user) throw new AppError('NOT_FOUND', { zh: `用户 ${username} 不存在`, en: `User ${username} does not exist` }, { field: 'username' });
        return createApiToken(ctx.db, user.id, options.name);
      });
      process.stdout.write(token + '\n');
    });
}
