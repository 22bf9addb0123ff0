import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import type { Database } from '../../db/schema.js';
import type { ReportFormat } from './render.js';
import { evaluationReport } from './service.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } };

export function reportRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  for (const format of ['docx', 'xlsx'] as ReportFormat[]) {
    app.get(
      `/api/evaluations/:id/report.${format}`,
      {
        config: { permission: 'plan:read' },
        schema: { tags: ['evaluations'], summary: `The evaluation report as ${format === 'docx' ? 'a Word document' : 'an Excel workbook'}, the same file for the same evaluation`, params: idParams },
      },
      async (request, reply) => {
        const report = await evaluationReport(serviceContext(request, db), (request.params as { id: number }).id, format);
        return reply
          .header('content-type', report.contentType)
          .header('content-disposition', `attachment; filename="${report.fileName}"`)
          .send(report.body);
      },
    );
  }
}
