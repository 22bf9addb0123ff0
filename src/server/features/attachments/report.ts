import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { attachmentsOf, checkFiles, saveAttachments, type AttachmentOwner, type AttachmentStorage, type PresentedAttachment } from './store.js';
import { dateField, integerField, textField, type UpdateForm } from './upload.js';

/** The fields every progress report has, tasks' and projects' alike. */
export function reportFields(form: UpdateForm) {
  return {
    reportedOn: dateField(form.fields, 'date'),
    percent: integerField(form.fields, 'percent', 0, 100),
    narrative: textField(form.fields, 'narrative', 5000),
  };
}

export interface ProgressReport<I> {
  entity: { type: 'task' | 'project'; id: number };
  owner: AttachmentOwner;
  /** The state before the report, for the audit trail. */
  before: unknown;
  input: I;
  /** Writes the update row and the new state of the task or project. */
  insert: (db: Kysely<Database>) => Promise<{ id: number; created_at: Date }>;
}

/**
 * Records a progress report with its evidence files in one transaction, audited. Every file's type
 * is checked before anything is written, so one bad file refuses the whole report.
 */
export async function recordProgressReport<I extends object>(ctx: ServiceContext, storage: AttachmentStorage, actor: Actor, form: UpdateForm, report: ProgressReport<I>) {
  checkFiles(form.files);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await report.insert(trx);
    const attachments = await saveAttachments(trx, storage, { type: report.owner, id: row.id }, form.files, actor.userId);
    await recordAudit(trx, ctx, {
      action: 'report-progress',
      entityType: report.entity.type,
      entityId: report.entity.id,
      before: report.before,
      after: { ...report.input, attachments: attachments.map((a) => ({ fileName: a.fileName, size: a.size, sha256: a.sha256 })) },
    });
    return { id: row.id, [report.entity.type]: report.entity.id, ...report.input, createdBy: actor.username, createdAt: row.created_at, attachments };
  });
}

/** A stored report as the repositories read it, with its files. */
export interface StoredReport {
  id: number;
  reported_on: string;
  percent: number;
  narrative: string;
  created_at: Date;
  username: string | null;
  attachments: PresentedAttachment[];
}

/** A stored report on a board, with its kind's own field (status of a task, stage of a project). */
export function presentReport<E extends object>(report: StoredReport, own: E) {
  return {
    id: report.id,
    date: report.reported_on,
    ...own,
    percent: report.percent,
    narrative: report.narrative,
    createdBy: report.username,
    createdAt: report.created_at,
    attachments: report.attachments,
  };
}

/** The first row of each owner in rows sorted newest first: the latest report of each task or project. */
export function latestPer<R>(rows: R[], owner: (row: R) => number): R[] {
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(owner(r)) && Boolean(seen.add(owner(r))));
}

/** Reports with their evidence files. */
export async function withAttachments<R extends { id: number }>(db: Kysely<Database>, owner: AttachmentOwner, rows: R[]): Promise<Array<R & { attachments: PresentedAttachment[] }>> {
  const files = await attachmentsOf(db, owner, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, attachments: files.get(r.id) ?? [] }));
}
