import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/web at the package root, whether this module runs from src/ or dist/. */
export const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist', 'web');

/** Serves the built web app (see registerErrorHandling for the fallback of client-side routes to index.html). */
export async function registerWebApp(app: FastifyInstance): Promise<void> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) return;
  await app.register(fastifyStatic, { root: WEB_DIR, prefix: '/', wildcard: true, index: ['index.html'] });
}
