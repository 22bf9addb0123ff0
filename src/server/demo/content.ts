import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** content/ at the package root: the canonical library and the four demo plans shipped with the product. */
export const CONTENT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'content');

/** The demo plans, in the order they are loaded. */
export const DEMO_PLAN_CODES = ['xicheng-2021-2025', 'mentougou-2021-2025', 'xicheng-2017-2020', 'chaoyang-2021-2025'];

export function readContentJson(...path: string[]): unknown {
  return JSON.parse(readFileSync(join(CONTENT_DIR, ...path), 'utf8'));
}

export function demoPlanFiles(): string[] {
  const present = new Set(readdirSync(join(CONTENT_DIR, 'plans')).filter((f) => f.endsWith('.json')));
  return DEMO_PLAN_CODES.map((c) => `${c}.json`).filter((f) => present.has(f));
}
