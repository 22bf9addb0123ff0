import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/schema.js';
import { readUpdateForm } from '../attachments/upload.js';
import { addTaskUpdate, assignTask, listTasks, type AssignTaskInput , taskHistory } from './service.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } };

export function taskRoutes(app: FastifyInstance, db: Kysely<Database>, config: Pick<Config, 'uploadDir' | 'maxUploadBytes'>): void {
  app.get(
    '/api/plans/:code/tasks',
    {
      config: { permission: 'plan:read' },
      schema: {
        tags: ['tasks'],
        summary: 'The task board: task tree with departments, deadline, status, latest update, overdue and never-updated flags',
        params: { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 100 } } },
        querystring: { type: 'object', additionalProperties: false, properties: { department: { type: 'string', minLength: 1, maxLength: 100 } } },
      },
    },
    async (request) => listTasks(serviceContext(request, db), (request.params as { code: string }).code, request.query as { department?: string }),
  );

  app.patch(
    '/api/tasks/:id',
    {
      config: { permission: 'plan:write' },
      schema: {
        tags: ['tasks'],
        summary: 'Assign lead and cooperating departments (codes) and deadline (needs the version read; 409 on conflict)',
        params: idParams,
        body: {
          type: 'object',
          required: ['version'],
          additionalProperties: false,
          properties: {
            version: { type: 'integer', minimum: 1 },
            leadDepartment: { type: ['string', 'null'], minLength: 1, maxLength: 100 },
            cooperatingDepartments: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 100 }, maxItems: 50 },
            deadline: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          },
        },
      },
    },
    async (request) => assignTask(serviceContext(request, db), (request.params as { id: number }).id, request.body as AssignTaskInput),
  );

  app.post(
    '/api/tasks/:id/updates',
    {
      config: { permission: 'task:update' },
      schema: {
        tags: ['tasks'],
        summary: 'Report progress: date, status, percent, narrative; evidence files as multipart/form-data (pdf, docx, xlsx, png, jpg, txt)',
        params: idParams,
      },
    },
    async (request, reply) => {
      const form = await readUpdateForm(request, config.maxUploadBytes);
      return reply.status(201).send(await addTaskUpdate(serviceContext(request, db), config, (request.params as { id: number }).id, form));
    },
  );

  app.get(
    '/api/tasks/:id/updates',
    { config: { permission: 'plan:read' }, schema: { tags: ['tasks'], summary: 'Every progress report of the task, newest first, with evidence files', params: idParams } },
    async (request) => taskHistory(serviceContext(request, db), (request.params as { id: number }).id),
  );
}
