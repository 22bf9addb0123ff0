import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { connect } from '../../server/db/connect.js';
import { migrate } from '../../server/db/migrate.js';
import { addDataElements, addOrgUnits } from '../../server/features/indicators/testing.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function healthplan(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/healthplan.js', ...args], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An embedded data directory with 门头沟区 and its bed count element. */
async function dataDir(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-data-'));
  const handle = await connect({ databaseUrl: null, dataDir: dir });
  await migrate(handle);
  await addOrgUnits(handle.db, [{ code: 'mentougou', level: 'district' }]);
  await addDataElements(handle.db, [{ code: 'BEDS', name: '实有床位数', across: 'sum', overTime: 'last' }]);
  await handle.close();
  return dir;
}

async function valueCount(dir: string): Promise<number> {
  const handle = await connect({ databaseUrl: null, dataDir: dir });
  try {
    const row = await handle.db.selectFrom('data_values').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await handle.close();
  }
}

describe('healthplan import-data (spawned)', () => {
  it('checks a file with --dry-run, then imports it, printing the DHIS2 summary', { timeout: 300_000 }, async () => {
    const dir = await dataDir();
    const file = path.join(dir, 'beds.csv');
    writeFileSync(file, 'dataElement,period,orgUnit,categoryOptionCombo,value,comment\nBEDS,2015,mentougou,,2864,\nBEDS,2020,mentougou,,2989,实有床位 2989 张\n');
    const dry = healthplan('import-data', file, '--dry-run', '--data-dir', dir);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, importCount: { imported: 2 } });
    expect(await valueCount(dir)).toBe(0);
    const run = healthplan('import-data', file, '--data-dir', dir);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'SUCCESS', importCount: { imported: 2, updated: 0, ignored: 0, deleted: 0 } });
    expect(await valueCount(dir)).toBe(2);
    const json = path.join(dir, 'beds.json');
    writeFileSync(json, JSON.stringify({ dataValues: [{ dataElement: 'BEDS', period: '2020', orgUnit: 'mentougou', value: 'many' }] }));
    const bad = healthplan('import-data', json, '--data-dir', dir);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).conflicts[0].value).toContain('"many"');
  });

  it('leaves no value of the file behind when the process is killed half way', { timeout: 300_000 }, async () => {
    const dir = await dataDir();
    const wards = Array.from({ length: 400 }, (_, i) => `D${i}`);
    const handle = await connect({ databaseUrl: null, dataDir: dir });
    await handle.db.updateTable('data_elements').set({ disaggregations: JSON.stringify(wards) }).where('code', '=', 'BEDS').execute();
    await handle.close();
    const file = path.join(dir, 'big.csv');
    const out = createWriteStream(file);
    out.write('dataElement,period,orgUnit,categoryOptionCombo,value,comment\n');
    // 400 000 distinct values of one element: each of its 400 declared disaggregations over 1000 years.
    for (let i = 0; i < 400_000; i++) out.write(`BEDS,${2000 + Math.floor(i / 400)},mentougou,${wards[i % 400]},${i},\n`);
    out.end();
    await once(out, 'finish');
    const child = spawn(process.execPath, ['bin/healthplan.js', 'import-data', file, '--data-dir', dir], { cwd: root, stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Killed once it reports rows handled: batches have been written inside the open transaction.
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', () => {
        if (stderr.includes('rows processed')) resolve();
      });
      child.on('exit', () => reject(new Error(`import-data ended before it was killed: ${stderr}`)));
    });
    expect(stderr).toContain('已处理 50000 行');
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(await valueCount(dir)).toBe(0);
  });
});
