import { requireActor } from '../../auth/actor.js';
import { generatePassword, hashPassword, passwordProblem } from '../../auth/password.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import type { Role } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import { presentUser } from './presenter.js';
import * as repo from './repository.js';

/** A role as given by callers: scopes by code, resolved to ids here. */
export interface RoleInput {
  role: Role;
  orgUnit?: string | null;
  department?: string | null;
  plan?: string | null;
}

export interface CreateUserInput {
  username: string;
  displayName?: string;
  password: string;
  locale?: string;
  roles: RoleInput[];
}

const USER = { zh: '用户', en: 'user' };

export async function listUsers(ctx: ServiceContext) {
  requireActor(ctx.actor);
  const users = await repo.listUsers(ctx.db);
  const roles = await repo.rolesOf(ctx.db, users.map((u) => u.id));
  return users.map((u) => presentUser(u, roles.get(u.id) ?? []));
}

export async function createUser(ctx: ServiceContext, input: CreateUserInput) {
  const problem = passwordProblem(input.password);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, { field: 'password' });
  if (!/^[\p{L}\p{N}_.@-]{2,64}$/u.test(input.username)) {
    throw new AppError(
      'VALIDATION_FAILED',
      { zh: '用户名须为 2–64 个字母、数字或 _ . @ -', en: 'The user name must be 2–64 letters, digits or _ . @ -' },
      { field: 'username' },
    );
  }
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst()) {
      throw new AppError(
        'ALREADY_EXISTS',
        { zh: `用户名 ${input.username} 已存在`, en: `The user name ${input.username} already exists` },
        { field: 'username' },
      );
    }
    const roles = await resolveRoles({ ...ctx, db: trx }, input.roles);
    const id = await repo.insertUser(trx, {
      username: input.username,
      displayName: input.displayName ?? input.username,
      passwordHash,
      locale: input.locale ?? 'zh-CN',
    });
    await repo.replaceRoles(trx, id, roles);
    const after = { username: input.username, displayName: input.displayName ?? input.username, roles: input.roles };
    await recordAudit(trx, ctx, { action: 'create', entityType: 'user', entityId: id, after });
    const user = await repo.findUser(trx, id);
    return presentUser(user!, roles);
  });
}

export interface UpdateUserInput {
  version: number;
  displayName?: string;
  locale?: string;
  active?: boolean;
  password?: string;
  roles?: RoleInput[];
}

export async function updateUser(ctx: ServiceContext, id: number, input: UpdateUserInput) {
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) throw new AppError('VALIDATION_FAILED', problem, { field: 'password' });
  }
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findUser(trx, id);
    if (!before) throw notFound(USER, { id });
    const beforeRoles = (await repo.rolesOf(trx, [id])).get(id) ?? [];
    const changed = await repo.updateUser(trx, id, input.version, {
      display_name: input.displayName,
      locale: input.locale,
      is_active: input.active,
      password_hash: passwordHash,
    });
    if (!changed) {
      throw new AppError(
        'VERSION_CONFLICT',
        { zh: '该用户已被他人修改，请刷新后重试', en: 'This user was changed by someone else; reload and try again' },
        { current: presentUser(before, beforeRoles) },
      );
    }
    const roles = input.roles ? await resolveRoles({ ...ctx, db: trx }, input.roles) : beforeRoles;
    if (input.roles) await repo.replaceRoles(trx, id, roles);
    const after = await repo.findUser(trx, id);
    await recordAudit(trx, ctx, {
      action: 'update',
      entityType: 'user',
      entityId: id,
      before: presentUser(before, beforeRoles),
      after: { ...presentUser(after!, roles), passwordChanged: input.password !== undefined },
    });
    return presentUser(after!, roles);
  });
}

async function resolveRoles(ctx: ServiceContext, roles: RoleInput[]): Promise<repo.RoleRow[]> {
  const resolved: repo.RoleRow[] = [];
  for (const [i, r] of roles.entries()) {
    const lookup = async (code: string | null | undefined, find: (c: string) => Promise<{ id: number } | undefined>, what: string) => {
      if (!code) return null;
      const row = await find(code);
      if (!row) {
        throw new AppError(
          'VALIDATION_FAILED',
          { zh: `第 ${i + 1} 个角色的范围 ${code} 不存在`, en: `The scope ${code} of role ${i + 1} does not exist` },
          { field: `roles.${i}.${what}` },
        );
      }
      return row.id;
    };
    resolved.push({
      role: r.role,
      orgUnitId: await lookup(r.orgUnit, (c) => repo.orgUnitIdByCode(ctx.db, c), 'orgUnit'),
      departmentId: await lookup(r.department, (c) => repo.departmentIdByCode(ctx.db, c), 'department'),
      planId: await lookup(r.plan, (c) => repo.planIdByCode(ctx.db, c), 'plan'),
    });
  }
  return resolved;
}

/** On first start: an administrator, with the configured password or a generated one (returned to be printed once). */
export async function ensureAdministrator(ctx: ServiceContext, password: string | null): Promise<{ username: string; password: string | null } | null> {
  if ((await repo.countUsers(ctx.db)) > 0) return null;
  const chosen = password ?? generatePassword();
  await createUser(ctx, { username: 'admin', displayName: '系统管理员', password: chosen, roles: [{ role: 'admin' }] });
  return { username: 'admin', password: password ? null : chosen };
}
