import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { Readable } from 'node:stream';
import { serviceContext } from '../../auth/hooks.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { completeness } from './completeness.js';
import { createDataSet, listDataSets, updateDataSet, type DataSetChange, type DataSetInput } from './data-sets.js';
import { createElement, listElements, updateElement, type ElementChange, type ElementInput } from './elements.js';
import { exportValues, readCsv, readXlsx, template, toCsv, toXlsx } from './exchange.js';
import { importValues } from './import.js';
import { dataQuality, type QualityQuery } from './quality.js';
import { createRule, listRules, type RuleInput } from './rules.js';
import { getForm, putValue, valueHistory, type PutValueInput } from './values.js';
import { moveSubmission, type SubmissionInput } from './workflow.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const code = { type: 'string', minLength: 1, maxLength: 100 };
const codeParams = { type: 'object', required: ['code'], properties: { code } };
const periodType = { type: 'string', enum: ['yearly', 'sixmonthly', 'quarterly', 'monthly'] };
const date = { type: ['string', 'null'], format: 'date' };
const cellQuery = { dataSet: code, orgUnit: code, period: code };
const elementProperties = {
  name: { type: 'string', minLength: 1, maxLength: 300 },
  nameEn: { type: ['string', 'null'], maxLength: 300 },
  unit: { type: ['string', 'null'], maxLength: 50 },
  valueType: { type: 'string', enum: ['number', 'integer', 'percentage'] },
  aggregationAcross: { type: 'string', enum: ['sum', 'average', 'none'] },
  aggregationOverTime: { type: 'string', enum: ['sum', 'average', 'last'] },
  description: { type: ['string', 'null'], maxLength: 2000 },
  min: { type: ['number', 'null'] },
  max: { type: ['number', 'null'] },
  disaggregations: { type: 'array', maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^,]+$' } },
};
const dataSetProperties = {
  name: { type: 'string', minLength: 1, maxLength: 300 },
  periodType,
  openFrom: date,
  openUntil: date,
  elements: { type: 'array', items: code },
  orgUnits: { type: 'array', items: code },
};
const submissionBody = {
  type: 'object',
  required: ['dataSet', 'orgUnit', 'period'],
  additionalProperties: false,
  properties: { ...cellQuery, reason: { type: 'string', maxLength: 2000 } },
};
const format = { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json' };

function send(reply: FastifyReply, kind: 'csv' | 'xlsx', name: string, body: string | Buffer) {
  return reply
    .header('content-type', kind === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${name}.${kind}"`)
    .send(body);
}

export function dataRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  // CSV and spreadsheet uploads reach the route as a stream, so that a large file is never held whole.
  app.addContentTypeParser(['text/csv', XLSX_TYPE], (_request, payload, done) => done(null, payload));

  app.get('/api/data/elements', { config: { permission: 'data:read' }, schema: { tags: ['data'], summary: 'List data elements' } }, async (request) => ({
    items: await listElements(serviceContext(request, db)),
  }));
  app.post(
    '/api/data/elements',
    {
      config: { permission: 'plan:write' },
      schema: {
        tags: ['data'],
        summary: 'Create a data element',
        body: { type: 'object', required: ['code', 'name', 'aggregationAcross', 'aggregationOverTime'], additionalProperties: false, properties: { code, ...elementProperties } },
      },
    },
    async (request, reply) => reply.status(201).send(await createElement(serviceContext(request, db), request.body as ElementInput)),
  );
  app.patch(
    '/api/data/elements/:code',
    {
      config: { permission: 'plan:write' },
      schema: {
        tags: ['data'],
        summary: 'Change a data element (needs the version read; 409 on conflict)',
        params: codeParams,
        body: { type: 'object', required: ['version'], additionalProperties: false, properties: { version: { type: 'integer', minimum: 1 }, ...elementProperties } },
      },
    },
    async (request) => updateElement(serviceContext(request, db), (request.params as { code: string }).code, request.body as ElementChange),
  );

  app.get('/api/data/sets', { config: { permission: 'data:read' }, schema: { tags: ['data'], summary: 'List data sets (forms)' } }, async (request) => ({
    items: await listDataSets(serviceContext(request, db)),
  }));
  app.post(
    '/api/data/sets',
    {
      config: { permission: 'plan:write' },
      schema: {
        tags: ['data'],
        summary: 'Create a data set: elements, period type, reporting org units, input window',
        body: { type: 'object', required: ['code', 'name', 'periodType', 'elements', 'orgUnits'], additionalProperties: false, properties: { code, ...dataSetProperties } },
      },
    },
    async (request, reply) => reply.status(201).send(await createDataSet(serviceContext(request, db), request.body as DataSetInput)),
  );
  app.patch(
    '/api/data/sets/:code',
    {
      config: { permission: 'plan:write' },
      schema: {
        tags: ['data'],
        summary: 'Change a data set (needs the version read; 409 on conflict)',
        params: codeParams,
        body: { type: 'object', required: ['version'], additionalProperties: false, properties: { version: { type: 'integer', minimum: 1 }, ...dataSetProperties } },
      },
    },
    async (request) => updateDataSet(serviceContext(request, db), (request.params as { code: string }).code, request.body as DataSetChange),
  );

  app.get('/api/data/validation-rules', { config: { permission: 'data:read' }, schema: { tags: ['data'], summary: 'List validation rules' } }, async (request) => ({
    items: await listRules(serviceContext(request, db)),
  }));
  app.post(
    '/api/data/validation-rules',
    {
      config: { permission: 'plan:write' },
      schema: {
        tags: ['data'],
        summary: 'Create a validation rule: left side, operator, right side in the expression language',
        body: {
          type: 'object',
          required: ['code', 'name', 'leftSide', 'operator', 'rightSide'],
          additionalProperties: false,
          properties: {
            code,
            name: { type: 'string', minLength: 1, maxLength: 300 },
            leftSide: { type: 'string', minLength: 1, maxLength: 2000 },
            operator: { type: 'string', enum: ['==', '!=', '<', '<=', '>', '>='] },
            rightSide: { type: 'string', minLength: 1, maxLength: 2000 },
            importance: { type: 'string', enum: ['low', 'medium', 'high'] },
            periodType: { ...periodType, type: ['string', 'null'] },
          },
        },
      },
    },
    async (request, reply) => reply.status(201).send(await createRule(serviceContext(request, db), request.body as RuleInput)),
  );

  app.get(
    '/api/data/values',
    {
      config: { permission: 'data:read' },
      schema: { tags: ['data'], summary: 'A form: every cell of a data set for an org unit and period', querystring: { type: 'object', required: ['dataSet', 'orgUnit', 'period'], properties: cellQuery } },
    },
    async (request) => getForm(serviceContext(request, db), request.query as { dataSet: string; orgUnit: string; period: string }),
  );
  app.put(
    '/api/data/values',
    {
      config: { permission: 'data:write' },
      schema: {
        tags: ['data'],
        summary: 'Write one cell; changing an existing value needs the version read (409 VERSION_CONFLICT otherwise)',
        body: {
          type: 'object',
          required: ['dataElement', 'orgUnit', 'period', 'value'],
          additionalProperties: false,
          properties: {
            dataElement: code,
            orgUnit: code,
            period: code,
            disaggregation: { type: 'string', maxLength: 100 },
            value: { anyOf: [{ type: 'number' }, { type: 'string', maxLength: 50 }] },
            comment: { type: ['string', 'null'], maxLength: 2000 },
            version: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
    async (request) => putValue({ ...serviceContext(request, db), channel: 'form' }, request.body as PutValueInput),
  );
  app.get(
    '/api/data/values/history',
    {
      config: { permission: 'data:read' },
      schema: {
        tags: ['data'],
        summary: 'Every change of one cell, from the audit trail',
        querystring: { type: 'object', required: ['dataElement', 'orgUnit', 'period'], properties: { dataElement: code, orgUnit: code, period: code, disaggregation: { type: 'string' } } },
      },
    },
    async (request) => valueHistory(serviceContext(request, db), request.query as { dataElement: string; orgUnit: string; period: string; disaggregation?: string }),
  );

  app.get(
    '/api/data/completeness',
    {
      config: { permission: 'data:read' },
      schema: {
        tags: ['data'],
        summary: "Which of a data set's reporting org units in the user's scope have submitted and been approved for a period",
        querystring: { type: 'object', required: ['dataSet', 'period'], properties: { dataSet: code, period: code } },
      },
    },
    async (request) => completeness(serviceContext(request, db), request.query as { dataSet: string; period: string }),
  );

  for (const step of ['submit', 'approve', 'reopen'] as const) {
    app.post(
      `/api/data/submissions/${step}`,
      {
        config: { permission: step === 'submit' ? 'data:write' : 'data:approve' },
        schema: { tags: ['data'], summary: `${step[0]!.toUpperCase()}${step.slice(1)} a data set's form for an org unit and period`, body: submissionBody },
      },
      async (request) => moveSubmission(serviceContext(request, db), step, request.body as SubmissionInput),
    );
  }

  app.get(
    '/api/data/quality',
    {
      config: { permission: 'data:read' },
      schema: {
        tags: ['data'],
        summary: 'Validation rule, bounds and year-on-year findings in an org unit subtree for a period or a range of periods, optionally of one data set',
        querystring: {
          type: 'object',
          required: ['orgUnit', 'period'],
          properties: { orgUnit: code, period: code, periodTo: code, dataSet: code, maxChange: { type: 'number', exclusiveMinimum: 0 } },
        },
      },
    },
    async (request) => dataQuality(serviceContext(request, db), request.query as QualityQuery),
  );

  app.get(
    '/api/dataValueSets',
    {
      config: { permission: 'data:read' },
      schema: {
        tags: ['data'],
        summary: 'DHIS2 dataValueSets export in JSON, CSV or XLSX, codes as identifiers',
        querystring: { type: 'object', required: ['dataSet', 'orgUnit'], properties: { ...cellQuery, children: { type: 'boolean', default: false }, format } },
      },
    },
    async (request, reply) => {
      const query = request.query as { dataSet: string; orgUnit: string; period?: string; children: boolean; format: 'json' | 'csv' | 'xlsx' };
      const result = await exportValues(serviceContext(request, db), query);
      if (query.format === 'csv') return send(reply, 'csv', query.dataSet, toCsv(result.dataValues));
      if (query.format === 'xlsx') return send(reply, 'xlsx', query.dataSet, await toXlsx(result.dataValues));
      return result;
    },
  );

  app.get(
    '/api/data/template',
    {
      config: { permission: 'data:read' },
      schema: {
        tags: ['data'],
        summary: 'A CSV or XLSX form to fill in for a data set, org unit subtree and period',
        querystring: { type: 'object', required: ['dataSet', 'orgUnit', 'period'], properties: { ...cellQuery, format: { type: 'string', enum: ['csv', 'xlsx'], default: 'xlsx' } } },
      },
    },
    async (request, reply) => {
      const query = request.query as { dataSet: string; orgUnit: string; period: string; format: 'csv' | 'xlsx' };
      const form = await template(serviceContext(request, db), query);
      const name = `${query.dataSet}-${query.orgUnit}-${query.period}`;
      return query.format === 'csv' ? send(reply, 'csv', name, toCsv(form.values, form.names)) : send(reply, 'xlsx', name, await toXlsx(form.values, form.names));
    },
  );

  app.post(
    '/api/dataValueSets',
    {
      config: { permission: 'data:write' },
      bodyLimit: 200 * 1024 * 1024,
      schema: {
        tags: ['data'],
        summary: 'DHIS2 dataValueSets import (JSON, text/csv or XLSX); dryRun reports per row; a rejected row stops all unless importValidOnly',
        querystring: { type: 'object', properties: { dryRun: { type: 'boolean', default: false }, importValidOnly: { type: 'boolean', default: false } } },
      },
    },
    async (request) => {
      const query = request.query as { dryRun: boolean; importValidOnly: boolean };
      const ctx = { ...serviceContext(request, db), channel: 'import' as const };
      const options = { dryRun: query.dryRun, validOnly: query.importValidOnly };
      const type = request.headers['content-type'] ?? '';
      if (type.startsWith('text/csv')) return importValues(ctx, readCsv(request.body as Readable), { ...options, firstRow: 2 });
      if (type.startsWith(XLSX_TYPE)) return importValues(ctx, readXlsx(request.body as Readable), { ...options, firstRow: 2 });
      const body = request.body as { dataValues?: unknown } | null;
      if (!body || !Array.isArray(body.dataValues)) {
        throw new AppError('VALIDATION_FAILED', { zh: '请求体应为 {"dataValues": [...]}', en: 'The body must be {"dataValues": [...]}' }, { field: 'dataValues' });
      }
      return importValues(ctx, body.dataValues as Array<Record<string, unknown>>, options);
    },
  );
}
