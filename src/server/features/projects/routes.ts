import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/schema.js';
import { readUpdateForm } from '../attachments/upload.js';
import { addProjectUpdate, assignProject, listProjects , projectHistory } from './service.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } };

export function projectRoutes(app: FastifyInstance, db: Kysely<Database>, config: Pick<Config, 'uploadDir' | 'maxUploadBytes'>): void {
  app.get(
    '/api/plans/:code/projects',
    {
      config: { permission: 'plan:read' },
      schema: {
        tags: ['projects'],
        summary: 'The project board: stage, investment (null = unknown, e.g. 待定), beds, floor area, planned completion, delay; totals with what they leave out',
        params: { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 100 } } },
      },
    },
    async (request) => listProjects(serviceContext(request, db), (request.params as { code: string }).code),
  );

  app.patch(
    '/api/projects/:id',
    {
      config: { permission: 'plan:write' },
      schema: {
        tags: ['projects'],
        summary: 'Assign the responsible department (code or null; needs the version read; 409 on conflict)',
        params: idParams,
        body: {
          type: 'object',
          required: ['version', 'department'],
          additionalProperties: false,
          properties: { version: { type: 'integer', minimum: 1 }, department: { type: ['string', 'null'], minLength: 1, maxLength: 100 } },
        },
      },
    },
    async (request) => assignProject(serviceContext(request, db), (request.params as { id: number }).id, request.body as { version: number; department: string | null }),
  );

  app.post(
    '/api/projects/:id/updates',
    {
      config: { permission: 'project:update' },
      schema: {
        tags: ['projects'],
        summary: 'Report progress: date, stage, percent, narrative; evidence files as multipart/form-data (pdf, docx, xlsx, png, jpg, txt)',
        params: idParams,
      },
    },
    async (request, reply) => {
      const form = await readUpdateForm(request, config.maxUploadBytes);
      return reply.status(201).send(await addProjectUpdate(serviceContext(request, db), config, (request.params as { id: number }).id, form));
    },
  );

  app.get(
    '/api/projects/:id/updates',
    { config: { permission: 'plan:read' }, schema: { tags: ['projects'], summary: 'Every progress report of the project, newest first, with evidence files', params: idParams } },
    async (request) => projectHistory(serviceContext(request, db), (request.params as { id: number }).id),
  );
}
