import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { serviceContext } from '../../auth/hooks.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { toAppError } from '../../http/errors.js';
import { readCsv, readXlsx } from './exchange.js';
import { importValues, type ImportOptions } from './import.js';
import { XLSX_TYPE } from './routes.js';

type Records = AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>;

/** What an import reads: the records of the request, where its first data row is, and what to clean up after. */
interface Source {
  records: Records;
  firstRow: number;
  release(): Promise<void>;
}

/**
 * The uploaded file as records. A CSV or spreadsheet is first written whole to a temporary file
 * (never to memory): the import reads its input at database speed, and a browser reads no
 * response before it has sent its whole request, so streaming the upload straight into the import
 * would hold every progress line back until the very end.
 */
async function sourceOf(request: FastifyRequest): Promise<Source> {
  const type = request.headers['content-type'] ?? '';
  const reader = type.startsWith('text/csv') ? readCsv : type.startsWith(XLSX_TYPE) ? readXlsx : null;
  if (reader) {
    const dir = await mkdtemp(join(tmpdir(), 'healthplan-import-'));
    const release = () => rm(dir, { recursive: true, force: true });
    try {
      const file = join(dir, 'upload');
      await pipeline(request.body as Readable, createWriteStream(file));
      return { records: reader(createReadStream(file)), firstRow: 2, release };
    } catch (err) {
      await release();
      throw err;
    }
  }
  const body = request.body as { dataValues?: unknown } | null;
  if (!body || !Array.isArray(body.dataValues)) {
    throw new AppError('VALIDATION_FAILED', { zh: '请求体应为 {"dataValues": [...]}', en: 'The body must be {"dataValues": [...]}' }, { field: 'dataValues' });
  }
  return { records: body.dataValues as Array<Record<string, unknown>>, firstRow: 1, release: async () => {} };
}

/**
 * The web app's import: the same one-transaction import as POST /api/dataValueSets, answered as
 * NDJSON — a line `{"processed": n}` after each batch written, then `{"summary": …}` (DHIS2's
 * shape) or `{"error": …}`. Progress is streamed on the import's own response rather than kept
 * in a job registry that a page polls: there is no job state to store, expire or guard per user,
 * and the lines come from the batches really written inside the transaction.
 */
export function dataImportRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.post(
    '/api/data/imports',
    {
      config: { permission: 'data:write' },
      bodyLimit: 200 * 1024 * 1024,
      schema: {
        tags: ['data'],
        summary: 'Import data values (dataValueSets JSON, text/csv or XLSX) with progress: NDJSON lines {processed}, then {summary} or {error}',
        querystring: {
          type: 'object',
          properties: { dryRun: { type: 'boolean', default: false }, importValidOnly: { type: 'boolean', default: false }, batchSize: { type: 'integer', minimum: 100, maximum: 10000 } },
        },
      },
    },
    async (request, reply) => {
      const query = request.query as { dryRun: boolean; importValidOnly: boolean; batchSize?: number };
      const source = await sourceOf(request);
      const out = new PassThrough();
      // A page closed mid-import ends the answer, not the import: it still commits or rolls back whole.
      const line = (message: unknown) => {
        if (!out.destroyed) out.write(`${JSON.stringify(message)}\n`);
      };
      const options: ImportOptions & { firstRow: number } = {
        dryRun: query.dryRun,
        validOnly: query.importValidOnly,
        batchSize: query.batchSize,
        firstRow: source.firstRow,
        onProgress: (processed) => line({ processed }),
      };
      const ctx = { ...serviceContext(request, db), channel: 'import' as const };
      void importValues(ctx, source.records, options)
        .then(
          (summary) => line({ summary }),
          (err: unknown) => {
            const error = toAppError(err);
            if (error.httpStatus >= 500) request.log.error({ err }, 'import failed');
            line(error.toJSON());
          },
        )
        .finally(() => {
          out.end();
          void source.release();
        });
      return reply.type('application/x-ndjson; charset=utf-8').header('cache-control', 'no-store').send(out);
    },
  );
}
