import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import type { Database } from '../../db/schema.js';
import { createEvaluation, getEvaluation, listEvaluations, publishEvaluation, type CreateEvaluationInput } from './service.js';

const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 100 } } };
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } };

export function evaluationRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get(
    '/api/plans/:code/evaluations',
    { config: { permission: 'plan:read' }, schema: { tags: ['evaluations'], summary: 'A plan’s evaluations, newest year first, with their summaries', params: codeParams } },
    async (request) => ({ items: await listEvaluations(serviceContext(request, db), (request.params as { code: string }).code) }),
  );

  app.post(
    '/api/plans/:code/evaluations',
    {
      config: { permission: 'evaluation:create' },
      schema: {
        tags: ['evaluations'],
        summary: 'Create an annual, mid-term or final evaluation: every indicator judged and frozen with its inputs (approved data only)',
        params: codeParams,
        body: {
          type: 'object',
          required: ['kind', 'year'],
          additionalProperties: false,
          properties: {
            kind: { type: 'string', enum: ['annual', 'midterm', 'final'] },
            year: { type: 'integer', minimum: 1900, maximum: 2200 },
          },
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createEvaluation(serviceContext(request, db), (request.params as { code: string }).code, request.body as CreateEvaluationInput)),
  );

  app.get(
    '/api/evaluations/:id',
    { config: { permission: 'plan:read' }, schema: { tags: ['evaluations'], summary: 'An evaluation with its frozen snapshot', params: idParams } },
    async (request) => getEvaluation(serviceContext(request, db), (request.params as { id: number }).id),
  );

  app.post(
    '/api/evaluations/:id/publish',
    {
      config: { permission: 'evaluation:publish' },
      schema: {
        tags: ['evaluations'],
        summary: 'Publish an evaluation to the public portal (one using sample data needs allowSamples: true)',
        params: idParams,
        body: { type: 'object', additionalProperties: false, properties: { allowSamples: { type: 'boolean' } } },
      },
    },
    async (request) => publishEvaluation(serviceContext(request, db), (request.params as { id: number }).id, (request.body ?? {}) as { allowSamples?: boolean }),
  );
}
