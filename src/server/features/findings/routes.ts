import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import type { ServiceContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { planFor } from '../indicators/plan-scope.js';
import { planFindings, SEVERITIES } from './repository.js';

/** The consistency findings of a plan, errors first, with the indicator and document lines concerned. */
export async function listFindings(ctx: ServiceContext, planCode: string, query: { severity?: 'error' | 'warning' | 'info' }) {
  const plan = await planFor(ctx, planCode, 'plan:read');
  const rows = await planFindings(ctx.db, plan.id, query.severity);
  return {
    plan: { code: plan.code, title: plan.title },
    summary: { total: rows.length, ...Object.fromEntries(SEVERITIES.map((s) => [s, rows.filter((r) => r.severity === s).length])) },
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      severity: r.severity,
      message: r.message,
      indicator: r.indicator_code ? { code: r.indicator_code, name: r.indicator_name } : null,
      lines: r.lines ?? [],
      details: r.details,
    })),
  };
}

export function findingRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get(
    '/api/plans/:code/findings',
    {
      config: { permission: 'plan:read' },
      schema: {
        tags: ['plans'],
        summary: "Consistency findings of the plan's own figures (conflicting baselines, rates that do not match their counts …)",
        params: { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 100 } } },
        querystring: { type: 'object', additionalProperties: false, properties: { severity: { type: 'string', enum: ['error', 'warning', 'info'] } } },
      },
    },
    async (request) => listFindings(serviceContext(request, db), (request.params as { code: string }).code, request.query as { severity?: 'error' | 'warning' | 'info' }),
  );
}
