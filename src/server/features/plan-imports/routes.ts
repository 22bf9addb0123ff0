import type { FastifyInstance } from 'fastify';
import { MAX_DOCUMENT_BYTES } from '../../documents/limits.js';
import { readUpdateForm } from '../attachments/upload.js';
import { proposeFromUpload } from './service.js';

export function planImportRoutes(app: FastifyInstance): void {
  app.post(
    '/api/plan-imports',
    {
      config: { permission: 'plan:write' },
      schema: { tags: ['plans'], summary: 'Propose a plan from an uploaded document (.txt, .docx, .pdf) for review; nothing is stored' },
    },
    async (request) => proposeFromUpload((await readUpdateForm(request, MAX_DOCUMENT_BYTES)).files),
  );
}
