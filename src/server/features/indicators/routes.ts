import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import type { Database } from '../../db/schema.js';
import { indicatorDetail } from './detail.js';
import { scorecard, type ScorecardQuery } from './scorecard.js';

const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 100 } } };
const orgUnit = { type: 'string', minLength: 1, maxLength: 100, description: 'Org unit code (default: the plan’s region)' };
const year = { type: 'integer', minimum: 1900, maximum: 2200, description: 'Evaluation year (default: the last complete year inside the plan period)' };

export function indicatorRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get(
    '/api/plans/:code/scorecard',
    {
      config: { permission: 'plan:read' },
      schema: {
        tags: ['indicators'],
        summary: 'Scorecard: every indicator of the plan with baseline, targets, latest value, change and progress status',
        params: codeParams,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            orgUnit,
            year,
            approvedOnly: { type: 'boolean', default: false, description: 'Use approved values only' },
            excludeSamples: { type: 'boolean', default: false, description: 'Leave out sample (demonstration) values' },
          },
        },
      },
    },
    async (request) => scorecard(serviceContext(request, db), (request.params as { code: string }).code, request.query as ScorecardQuery),
  );

  app.get(
    '/api/indicators/:code',
    {
      config: { permission: 'plan:read' },
      schema: {
        tags: ['indicators'],
        summary: 'One indicator: definition, formula in names, values by year with provenance, progress explained, child org units',
        params: codeParams,
        querystring: { type: 'object', additionalProperties: false, properties: { orgUnit, year } },
      },
    },
    async (request) => indicatorDetail(serviceContext(request, db), (request.params as { code: string }).code, request.query as { orgUnit?: string; year?: number }),
  );
}
