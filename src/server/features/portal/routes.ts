import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Lang } from '../reports/labels.js';
import { indicatorsCsv } from './csv.js';
import { indicatorPage, notFoundPage, planPage, plansPage } from './pages.js';
import { publicOverview } from './public-view.js';
import { latestPublishedSnapshot, publishedPlan, publishedPlans } from './repository.js';

/** No login; a visitor may ask for at most this many pages a minute. */
const PUBLIC = { permission: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } } as const;
const langQuery = { type: 'object', properties: { lang: { type: 'string', enum: ['zh', 'en'] } } };

function langOf(request: FastifyRequest): Lang {
  return (request.query as { lang?: Lang }).lang === 'en' ? 'en' : 'zh';
}

function page(reply: FastifyReply, body: string, code = 200) {
  return reply.code(code).type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(body);
}

function csv(reply: FastifyReply, fileName: string, body: string) {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`).send(body);
}

/** The public disclosure portal: server-rendered pages of published plans and evaluations, GET only. */
export function portalRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const schema = (summary: string, params?: object) => ({ tags: ['public'], summary, querystring: langQuery, ...(params ? { params } : {}) });
  const planParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 100 } } };
  const indicatorParams = { type: 'object', required: ['code', 'indicator'], properties: { code: { type: 'string', minLength: 1, maxLength: 100 }, indicator: { type: 'string', minLength: 1, maxLength: 100 } } };

  const planView = async (code: string) => {
    const plan = await publishedPlan(db, code);
    if (!plan) return null;
    const evaluation = await latestPublishedSnapshot(db, plan.id);
    return { plan, overview: evaluation ? publicOverview(evaluation.snapshot) : null };
  };

  app.get('/public', { config: PUBLIC, schema: schema('Published plans (HTML)') }, async (request, reply) => page(reply, plansPage(await publishedPlans(db), langOf(request))));

  app.get('/public/plans/:code', { config: PUBLIC, schema: schema('A published plan: progress overview and indicator table (HTML)', planParams) }, async (request, reply) => {
    const lang = langOf(request);
    const view = await planView((request.params as { code: string }).code);
    return view ? page(reply, planPage(view.plan, view.overview, lang)) : page(reply, notFoundPage(lang), 404);
  });

  app.get('/public/plans/:code/data.csv', { config: PUBLIC, schema: schema('All published indicator values of a plan (CSV)', planParams) }, async (request, reply) => {
    const view = await planView((request.params as { code: string }).code);
    if (!view) return page(reply, notFoundPage(langOf(request)), 404);
    return csv(reply, `${view.plan.code}.csv`, indicatorsCsv(view.plan.code, view.overview?.indicators ?? []));
  });

  const indicatorOf = async (params: { code: string; indicator: string }) => {
    const view = await planView(params.code);
    const found = view?.overview?.indicators.find((i) => i.indicator.code === params.indicator.replace(/\.csv$/, ''));
    return view && found ? { plan: view.plan, indicator: found } : null;
  };

  app.get('/public/plans/:code/indicators/:indicator', { config: PUBLIC, schema: schema('A published indicator: chart, data table, definition (HTML); with .csv its data', indicatorParams) }, async (request, reply) => {
    const lang = langOf(request);
    const params = request.params as { code: string; indicator: string };
    const found = await indicatorOf(params);
    if (!found) return page(reply, notFoundPage(lang), 404);
    if (params.indicator.endsWith('.csv')) return csv(reply, `${found.plan.code}-${found.indicator.indicator.code}.csv`, indicatorsCsv(found.plan.code, [found.indicator]));
    return page(reply, indicatorPage(found.plan, found.indicator, lang));
  });
}
