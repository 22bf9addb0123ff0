import type { Kysely } from 'kysely';
import type { Actor } from './auth/actor.js';
import type { AuditChannel, Database } from './db/schema.js';

/** What a service verb needs to act: the database, who acts, and how the request came in (for the audit trail). */
export interface ServiceContext {
  db: Kysely<Database>;
  actor: Actor | null;
  channel: AuditChannel;
  requestId: string | null;
}
