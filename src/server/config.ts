import { resolve } from 'node:path';
import { AppError } from './errors.js';

/** Configuration, read from the environment once at start and validated. */
export interface Config {
  port: number;
  host: string;
  /** postgres://… for a PostgreSQL server; null for the embedded database. */
  databaseUrl: string | null;
  dataDir: string;
  adminPassword: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Mark cookies Secure (set when served behind https). */
  secureCookies: boolean;
  sessionHours: number;
  /** Folder for evidence files; null keeps them in the database. */
  uploadDir: string | null;
  maxUploadBytes: number;
  loadDemo: boolean;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface ConfigOverrides {
  dataDir?: string;
  databaseUrl?: string;
  port?: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  const port = overrides.port ?? integer(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = overrides.databaseUrl ?? (env.DATABASE_URL?.trim() || null);
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw invalid('DATABASE_URL', '必须以 postgres:// 开头', 'must start with postgres://');
  }
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw invalid('LOG_LEVEL', `必须是 ${LOG_LEVELS.join('/')} 之一`, `must be one of ${LOG_LEVELS.join('/')}`);
  }
  const adminPassword = env.HEALTHPLAN_ADMIN_PASSWORD ?? null;
  if (adminPassword !== null && adminPassword.length < 8) {
    throw invalid('HEALTHPLAN_ADMIN_PASSWORD', '至少 8 个字符', 'must have at least 8 characters');
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: resolve(overrides.dataDir ?? env.HEALTHPLAN_DATA_DIR ?? './data'),
    adminPassword,
    logLevel,
    secureCookies: flag(env, 'HEALTHPLAN_SECURE_COOKIES', false),
    sessionHours: integer(env, 'HEALTHPLAN_SESSION_HOURS', 12, 1, 24 * 30),
    uploadDir: env.HEALTHPLAN_UPLOAD_DIR ? resolve(env.HEALTHPLAN_UPLOAD_DIR) : null,
    maxUploadBytes: integer(env, 'HEALTHPLAN_MAX_UPLOAD_MB', 20, 1, 1024) * 1024 * 1024,
    loadDemo: flag(env, 'HEALTHPLAN_LOAD_DEMO', true),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw invalid(name, `必须是 ${min} 到 ${max} 之间的整数`, `must be a whole number from ${min} to ${max}`);
  }
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw invalid(name, '必须是 true 或 false', 'must be true or false');
}

function invalid(name: string, zh: string, en: string): AppError {
  return new AppError('CONFIG_INVALID', { zh: `配置项 ${name} 无效：${zh}`, en: `Setting ${name} is invalid: ${en}` }, { field: name });
}
