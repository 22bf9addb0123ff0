import type { Kysely } from 'kysely';
import type { ServiceContext } from '../context.js';
import type { Database } from '../db/schema.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Appends to the audit trail inside the caller's transaction, so a change and its record commit together. */
export async function recordAudit(db: Kysely<Database>, ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: ctx.actor?.userId ?? null,
      username: ctx.actor?.username ?? null,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: String(entry.entityId),
      before: entry.before === undefined ? undefined : JSON.stringify(entry.before),
      after: entry.after === undefined ? undefined : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
      channel: ctx.channel,
      request_id: ctx.requestId,
    })
    .execute();
}
