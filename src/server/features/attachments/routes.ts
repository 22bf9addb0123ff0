import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { canActOnPlan, outOfScope, requireActor } from '../../auth/actor.js';
import { serviceContext } from '../../auth/hooks.js';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { attachmentBytes, type AttachmentStorage } from './store.js';

export function attachmentRoutes(app: FastifyInstance, db: Kysely<Database>, storage: AttachmentStorage): void {
  app.get(
    '/api/attachments/:id',
    {
      config: { permission: 'plan:read' },
      schema: {
        tags: ['tasks', 'projects'],
        summary: 'Download an evidence file of a task or project update',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      },
    },
    async (request, reply) => {
      const actor = requireActor(serviceContext(request, db).actor);
      const id = (request.params as { id: number }).id;
      const row = await findAttachment(db, id);
      if (!row) throw notFound({ zh: `附件 ${id}`, en: `Attachment ${id}` }, { field: 'id' });
      if (!canActOnPlan(actor, 'plan:read', row.plan_id)) throw outOfScope({ zh: `附件 ${id}`, en: `attachment ${id}` });
      const bytes = await attachmentBytes(storage, row);
      return reply
        .header('content-type', row.content_type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`)
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  );
}

/** The attachment with the plan its update belongs to, for the plan-scope check. */
function findAttachment(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('attachments as a')
    .leftJoin('task_updates as tu', (j) => j.onRef('tu.id', '=', 'a.owner_id').on('a.owner_type', '=', 'task_update'))
    .leftJoin('tasks as t', 't.id', 'tu.task_id')
    .leftJoin('project_updates as pu', (j) => j.onRef('pu.id', '=', 'a.owner_id').on('a.owner_type', '=', 'project_update'))
    .leftJoin('projects as p', 'p.id', 'pu.project_id')
    .select(['a.file_name', 'a.content_type', 'a.data', 'a.storage_path'])
    .select((eb) => eb.fn.coalesce('t.plan_id', 'p.plan_id').as('plan_id'))
    .where('a.id', '=', id)
    .executeTakeFirst()
    .then((row) => (row && row.plan_id !== null ? { ...row, plan_id: row.plan_id } : undefined));
}
