import { Command } from 'commander';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readContentJson } from '../../server/demo/content.js';
import { connect } from '../../server/db/connect.js';
import { migrate } from '../../server/db/migrate.js';
import { importPlan } from '../../server/features/plans/import.js';
import { register } from './evaluate.js';

const PLAN = 'xicheng-2021-2025';

describe('healthplan evaluate', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'healthplan-evaluate-'));
    const handle = await connect({ databaseUrl: null, dataDir: join(dir, 'data') });
    try {
      await migrate(handle);
      await importPlan({ db: handle.db, actor: null, channel: 'cli', requestId: null }, readContentJson('plans', `${PLAN}.json`), { apply: true });
    } finally {
      await handle.close();
    }
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  const run = async (...args: string[]): Promise<string> => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    const program = new Command().exitOverride();
    register(program);
    await program.parseAsync([...args, '--data-dir', join(dir, 'data')], { from: 'user' });
    vi.restoreAllMocks();
    return out;
  };

  it('prints the new evaluation’s id, then its counts by status as JSON', async () => {
    const out = await run('evaluate', '--plan', PLAN, '--kind', 'midterm', '--year', '2023');
    const [id, ...json] = out.split('\n');
    expect(id).toBe('1');
    const summary = JSON.parse(json.join('\n'));
    expect(summary).toMatchObject({ id: 1, plan: PLAN, kind: 'midterm', year: 2023, usesSamples: false });
    const counted = Object.values(summary.byStatus as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(counted + summary.noTarget).toBe(summary.total);
    expect(summary.byStatus.achieved).toBeGreaterThanOrEqual(1);
    expect(Object.keys(summary.byStatus)[0]).toBe('achieved');
    expect((await run('evaluate', '--plan', PLAN, '--kind', 'final', '--year', '2025')).split('\n')[0]).toBe('2');
  });

  it('refuses a wrong kind, a wrong year and a year outside the plan, in both languages', async () => {
    await expect(run('evaluate', '--plan', PLAN, '--kind', 'mid', '--year', '2023')).rejects.toMatchObject({
      messages: { zh: '选项 --kind：评估类型应为 annual、midterm、final 之一，收到 mid', en: 'option --kind: the kind must be one of annual, midterm, final, got mid' },
    });
    await expect(run('evaluate', '--plan', PLAN, '--kind', 'annual', '--year', '23')).rejects.toThrow('年份应为四位数字，收到 23');
    await expect(run('evaluate', '--plan', PLAN, '--kind', 'annual', '--year', '2030')).rejects.toThrow('评价年份 2030 不在规划期 2021–2025 内');
    await expect(run('evaluate', '--kind', 'annual', '--year', '2023')).rejects.toThrow('缺少规划代码');
  });
});
