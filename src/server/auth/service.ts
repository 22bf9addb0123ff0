import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import { verifyPassword } from './password.js';
import * as repo from './repository.js';
import { LoginThrottle } from './throttle.js';
import { hashSecret, newSecret } from './tokens.js';

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  actor: Actor;
}

const loginFailed = () =>
  new AppError('LOGIN_FAILED', { zh: '用户名或密码不正确', en: 'The user name or password is not correct' });

export async function logIn(
  db: Kysely<Database>,
  throttle: LoginThrottle,
  input: { username: string; password: string; address: string; sessionHours: number },
): Promise<LoginResult> {
  const key = `${input.address}|${input.username}`;
  const wait = throttle.retryAfter(key);
  if (wait > 0) {
    throw new AppError(
      'LOGIN_THROTTLED',
      { zh: `登录失败次数过多，请 ${wait} 秒后再试`, en: `Too many failed logins; try again in ${wait} seconds` },
      { retryAfter: wait },
    );
  }
  const user = await repo.findUserByUsername(db, input.username);
  const ok = user !== undefined && user.is_active && (await verifyPassword(input.password, user.password_hash));
  if (!ok || !user) {
    throttle.fail(key);
    throw loginFailed();
  }
  throttle.succeed(key);
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  await repo.insertSession(db, {
    id: hashSecret(sessionToken),
    userId: user.id,
    csrfToken,
    expiresAt: new Date(Date.now() + input.sessionHours * 3600 * 1000),
  });
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    locale: user.locale,
    grants: await repo.grantsOfUser(db, user.id),
    via: 'session',
  };
  return { sessionToken, csrfToken, actor };
}

export async function logOut(db: Kysely<Database>, sessionToken: string): Promise<void> {
  await repo.deleteSession(db, hashSecret(sessionToken));
}

/** The actor behind a session cookie, with the session's CSRF token; null when the session is unknown or expired. */
export async function actorFromSession(db: Kysely<Database>, sessionToken: string): Promise<{ actor: Actor; csrfToken: string } | null> {
  const session = await repo.findLiveSession(db, hashSecret(sessionToken));
  if (!session) return null;
  return {
    csrfToken: session.csrf_token,
    actor: {
      userId: session.user_id,
      username: session.username,
      displayName: session.display_name,
      locale: session.locale,
      grants: await repo.grantsOfUser(db, session.user_id),
      via: 'session',
    },
  };
}

/** The actor behind an API token (`Authorization: Bearer hp_…`). */
export async function actorFromToken(db: Kysely<Database>, token: string): Promise<Actor | null> {
  const row = await repo.findLiveToken(db, hashSecret(token));
  if (!row) return null;
  await repo.touchToken(db, row.id);
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    locale: row.locale,
    grants: await repo.grantsOfUser(db, row.user_id),
    via: 'token',
  };
}

export async function createApiToken(db: Kysely<Database>, userId: number, name: string): Promise<string> {
  const token = newSecret('hp_');
  await repo.insertApiToken(db, { userId, name, tokenHash: hashSecret(token) });
  return token;
}
