/**
 * Import benchmark: values per second for a CSV of generated values imported through the same
 * streaming path as `healthplan import-data` (parse, check, batches in one transaction, audit rows),
 * run by main.ts on each database it measures.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DatabaseHandle } from '../server/db/connect.js';
import { readCsv } from '../server/features/data/exchange.js';
import { importValues } from '../server/features/data/import.js';
import { addDataElements, addOrgUnits } from '../server/features/indicators/testing.js';

const STREETS = 40;
const ELEMENTS = 50;

/** 40 streets × 50 elements × monthly periods from 2015 on, one value each, until `count` values. */
async function writeCsv(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('dataElement,period,orgUnit,categoryOptionCombo,value,comment\n');
  for (let i = 0; i < count; i++) {
    const unit = i % STREETS;
    const element = Math.floor(i / STREETS) % ELEMENTS;
    const month = Math.floor(i / (STREETS * ELEMENTS));
    const period = `${2015 + Math.floor(month / 12)}${String((month % 12) + 1).padStart(2, '0')}`;
    if (!out.write(`DE${element},${period},S${unit},,${(i * 7) % 1000},\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function seed(handle: DatabaseHandle): Promise<void> {
  await addOrgUnits(handle.db, [{ code: 'district', level: 'district' }, ...Array.from({ length: STREETS }, (_, i) => ({ code: `S${i}`, level: 'street' as const, parent: 'district' }))]);
  await addDataElements(handle.db, Array.from({ length: ELEMENTS }, (_, i) => ({ code: `DE${i}`, across: 'sum' as const, overTime: 'sum' as const })));
}

/** Imports `count` generated values from `file` into a fresh database through the import service; values per second. */
export async function valuesPerSecond(handle: DatabaseHandle, file: string, count: number): Promise<number> {
  await seed(handle);
  const start = performance.now();
  const summary = await importValues({ db: handle.db, actor: null, channel: 'cli', requestId: null }, readCsv(createReadStream(file)), { firstRow: 2 });
  const seconds = (performance.now() - start) / 1000;
  if (summary.importCount.imported !== count) throw new Error(`bench import: expected ${count} values, imported ${summary.importCount.imported}`);
  return Math.round(count / seconds);
}

/** Runs `use` with a CSV file of `count` generated values, removed afterwards. */
export async function withImportFile<T>(count: number, use: (file: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
  const file = path.join(dir, 'values.csv');
  try {
    await writeCsv(file, count);
    return await use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
