import { createHash, randomBytes } from 'node:crypto';

/** Secrets handed to clients (session cookies, API tokens) are stored only as SHA-256 hashes. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
