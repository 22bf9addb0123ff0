import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connect.js';
import { testDatabases } from '../../testing/database.js';
import { attachmentBytes, attachmentsOf, saveAttachments } from './store.js';
import { SAMPLE_FILES } from './testing.js';

describe.each(testDatabases)('attachment storage on $name', (database) => {
  let handle: DatabaseHandle;
  let folder: string;

  beforeAll(async () => {
    handle = await database.open();
    folder = await mkdtemp(join(tmpdir(), 'healthplan-uploads-'));
  });
  afterAll(async () => {
    await handle?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('keeps the bytes in the database when no upload folder is set', async () => {
    const [saved] = await saveAttachments(handle.db, { uploadDir: null }, { type: 'task_update', id: 41 }, [{ fileName: '验收报告.pdf', data: SAMPLE_FILES.pdf }], null);
    expect(saved).toMatchObject({ fileName: '验收报告.pdf', contentType: 'application/pdf', size: SAMPLE_FILES.pdf.length });
    const row = await handle.db.selectFrom('attachments').selectAll().where('id', '=', saved.id).executeTakeFirstOrThrow();
    expect(row.storage_path).toBeNull();
    expect(Buffer.compare(await attachmentBytes({ uploadDir: null }, row), SAMPLE_FILES.pdf)).toBe(0);
  });

  it('writes the bytes to the upload folder when one is set, and reads them back identical', async () => {
    const storage = { uploadDir: folder };
    const saved = await saveAttachments(handle.db, storage, { type: 'project_update', id: 7 }, [
      { fileName: '现场照片.png', data: SAMPLE_FILES.png },
      { fileName: '说明.txt', data: SAMPLE_FILES.txt },
    ], null);
    const rows = await handle.db.selectFrom('attachments').selectAll().where('owner_type', '=', 'project_update').orderBy('id').execute();
    expect(rows.map((r) => [r.file_name, r.data, r.content_type])).toEqual([
      ['现场照片.png', null, 'image/png'],
      ['说明.txt', null, 'text/plain; charset=utf-8'],
    ]);
    const inFolder = (await readdir(folder, { recursive: true })).filter((f) => f.includes('.'));
    expect(inFolder).toHaveLength(2);
    expect(Buffer.compare(await attachmentBytes(storage, rows[0]), SAMPLE_FILES.png)).toBe(0);
    expect((await attachmentBytes(storage, rows[1])).toString('utf8')).toBe('2023年完成区域医疗中心主体结构。\n');
    const byOwner = await attachmentsOf(handle.db, 'project_update', [7]);
    expect(byOwner.get(7)?.map((a) => a.url)).toEqual(saved.map((a) => `/api/attachments/${a.id}`));
  });
});
