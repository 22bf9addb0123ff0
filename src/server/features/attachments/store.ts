import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { FILE_TYPES, fileKindOf } from './file-types.js';
import type { UploadedFile } from './upload.js';

export type AttachmentOwner = 'task_update' | 'project_update';

/** Where the bytes go: the database (uploadDir null) or a folder. */
export interface AttachmentStorage {
  uploadDir: string | null;
}

/** Checks every file's type before anything is stored, so one bad file refuses the whole update. */
export function checkFiles(files: UploadedFile[]): void {
  for (const f of files) fileKindOf(f.fileName, f.data);
}

/** Stores the evidence files of an update inside the caller's transaction. */
export async function saveAttachments(
  db: Kysely<Database>,
  storage: AttachmentStorage,
  owner: { type: AttachmentOwner; id: number },
  files: UploadedFile[],
  userId: number | null,
) {
  const saved = [];
  for (const f of files) {
    const kind = fileKindOf(f.fileName, f.data);
    const sha256 = createHash('sha256').update(f.data).digest('hex');
    let storagePath: string | null = null;
    if (storage.uploadDir) {
      storagePath = join(sha256.slice(0, 2), `${randomUUID()}.${kind}`);
      await mkdir(join(storage.uploadDir, sha256.slice(0, 2)), { recursive: true });
      await writeFile(join(storage.uploadDir, storagePath), f.data);
    }
    const row = await db
      .insertInto('attachments')
      .values({
        owner_type: owner.type,
        owner_id: owner.id,
        file_name: f.fileName,
        content_type: FILE_TYPES[kind],
        size: f.data.length,
        sha256,
        data: storagePath ? null : f.data,
        storage_path: storagePath,
        created_by: userId,
      })
      .returning(['id', 'file_name', 'content_type', 'size', 'sha256'])
      .executeTakeFirstOrThrow();
    saved.push(presentAttachment(row));
  }
  return saved;
}

export function presentAttachment(row: { id: number; file_name: string; content_type: string; size: number; sha256: string }) {
  return { id: row.id, fileName: row.file_name, contentType: row.content_type, size: row.size, sha256: row.sha256, url: `/api/attachments/${row.id}` };
}

export type PresentedAttachment = ReturnType<typeof presentAttachment>;

/** The attachments of many updates of one kind, by update id. */
export async function attachmentsOf(db: Kysely<Database>, type: AttachmentOwner, ownerIds: number[]): Promise<Map<number, PresentedAttachment[]>> {
  const byOwner = new Map<number, PresentedAttachment[]>();
  if (ownerIds.length === 0) return byOwner;
  const rows = await db
    .selectFrom('attachments')
    .select(['id', 'owner_id', 'file_name', 'content_type', 'size', 'sha256'])
    .where('owner_type', '=', type)
    .where('owner_id', 'in', ownerIds)
    .orderBy('id')
    .execute();
  for (const r of rows) {
    const list = byOwner.get(r.owner_id) ?? [];
    list.push(presentAttachment(r));
    byOwner.set(r.owner_id, list);
  }
  return byOwner;
}

/** The bytes of a stored attachment, wherever they live. */
export async function attachmentBytes(storage: AttachmentStorage, row: { data: Buffer | null; storage_path: string | null }): Promise<Buffer> {
  if (row.data) return row.data;
  if (!row.storage_path || !storage.uploadDir) throw new Error('attachment has neither bytes nor a readable storage path');
  return readFile(join(storage.uploadDir, row.storage_path));
}
