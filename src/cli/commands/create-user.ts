import type { Command } from 'commander';
import { ROLES } from '../../server/auth/permissions.js';
import type { Role } from '../../server/db/schema.js';
import { AppError } from '../../server/errors.js';
import { createUser } from '../../server/features/users/service.js';
import { printJson, withDatabase, withDatabaseOptions } from '../database.js';

export function register(program: Command): void {
  withDatabaseOptions(program.command('create-user'))
    .description('create a user (password from --password or HEALTHPLAN_USER_PASSWORD)')
    .argument('<username>')
    .option('--password <password>', 'the password (at least 8 characters)')
    .option('--name <displayName>', 'display name')
    .option('--role <role>', `role: ${ROLES.join(' | ')}`, 'viewer')
    .option('--org-unit <code>', 'scope: org-unit code (the subtree below it)')
    .option('--department <code>', 'scope: department code')
    .option('--plan <code>', 'scope: plan code')
    .action(async (username: string, options) => {
      const password = options.password ?? process.env.HEALTHPLAN_USER_PASSWORD;
      if (!password) {
        throw new AppError('VALIDATION_FAILED', { zh: '请用 --password 给出密码', en: 'Give the password with --password' }, { field: 'password' });
      }
      if (!ROLES.includes(options.role as Role)) {
        throw new AppError('VALIDATION_FAILED', { zh: `角色须为 ${ROLES.join('/')} 之一`, en: `The role must be one of ${ROLES.join('/')}` }, { field: 'role' });
      }
      const user = await withDatabase(options, (ctx) =>
        createUser(ctx, {
          username,
          password,
          displayName: options.name,
          roles: [{ role: options.role as Role, orgUnit: options.orgUnit ?? null, department: options.department ?? null, plan: options.plan ?? null }],
        }),
      );
      printJson(user);
    });
}
