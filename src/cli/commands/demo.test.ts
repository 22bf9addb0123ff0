import { Command } from 'commander';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connect } from '../../server/db/connect.js';
import { migrate } from '../../server/db/migrate.js';
import { addDataElements, addDataValues, addOrgUnits } from '../../server/features/indicators/testing.js';
import { register } from './demo.js';

let stdout: string;
let dir: string;

beforeEach(() => {
  stdout = '';
  dir = mkdtempSync(join(tmpdir(), 'healthplan-demo-'));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  register(program);
  await program.parseAsync(args, { from: 'user' });
}

async function values() {
  const handle = await connect({ databaseUrl: null, dataDir: dir });
  try {
    return await handle.db.selectFrom('data_values').select(['period', 'value', 'provenance']).orderBy('period').execute();
  } finally {
    await handle.close();
  }
}

describe('healthplan demo --remove-samples', () => {
  it('deletes the sample values and keeps published, document and entered ones', async () => {
    const handle = await connect({ databaseUrl: null, dataDir: dir });
    await migrate(handle);
    await addOrgUnits(handle.db, [{ code: '110102', level: 'district' }]);
    await addDataElements(handle.db, [{ code: 'POP_RESIDENT', across: 'sum', overTime: 'average' }]);
    await addDataValues(handle.db, [
      { element: 'POP_RESIDENT', unit: '110102', period: '2020', value: 1106214, provenance: 'published' },
      { element: 'POP_RESIDENT', unit: '110102', period: '2019', value: 1137000, provenance: 'document' },
      { element: 'POP_RESIDENT', unit: '110102', period: '2021', value: 1101000, provenance: 'sample' },
      { element: 'POP_RESIDENT', unit: '110102', period: '2022', value: 1098000, provenance: 'sample' },
      { element: 'POP_RESIDENT', unit: '110102', period: '2023', value: 1099000, provenance: 'entry', status: 'draft' },
    ]);
    await handle.close();

    await run('demo', '--remove-samples', '--data-dir', dir);
    expect(JSON.parse(stdout)).toEqual({ removed: 2 });
    expect(await values()).toEqual([
      { period: '2019', value: 1137000, provenance: 'document' },
      { period: '2020', value: 1106214, provenance: 'published' },
      { period: '2023', value: 1099000, provenance: 'entry' },
    ]);
  });

  it('asks what to do when no option is given', async () => {
    await expect(run('demo', '--data-dir', dir)).rejects.toMatchObject({ messages: { zh: '请指定操作，例如 --remove-samples', en: 'Say what to do, e.g. --remove-samples' } });
  });
});
