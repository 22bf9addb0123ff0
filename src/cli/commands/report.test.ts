import { Command } from 'commander';
import JSZip from 'jszip';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readContentJson } from '../../server/demo/content.js';
import { connect } from '../../server/db/connect.js';
import { migrate } from '../../server/db/migrate.js';
import { createEvaluation } from '../../server/features/evaluations/service.js';
import { importPlan } from '../../server/features/plans/import.js';
import { register } from './report.js';

const PLAN = 'xicheng-2021-2025';

describe('healthplan report', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'healthplan-report-'));
    const handle = await connect({ databaseUrl: null, dataDir: join(dir, 'data') });
    try {
      await migrate(handle);
      const ctx = { db: handle.db, actor: null, channel: 'cli' as const, requestId: null };
      await importPlan(ctx, readContentJson('plans', `${PLAN}.json`), { apply: true });
      await createEvaluation(ctx, PLAN, { kind: 'final', year: 2025 });
    } finally {
      await handle.close();
    }
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  const run = async (...args: string[]) => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const program = new Command().exitOverride();
    register(program);
    await program.parseAsync([...args, '--data-dir', join(dir, 'data')], { from: 'user' });
  };

  it('writes the latest evaluation’s Word report, the same bytes as by its id', async () => {
    await run('report', '--plan', PLAN, '--format', 'docx', '-o', join(dir, 'latest.docx'));
    await run('report', '--plan', PLAN, '--evaluation', '1', '--format', 'docx', '-o', join(dir, 'one.docx'));
    const latest = await readFile(join(dir, 'latest.docx'));
    expect(latest.equals(await readFile(join(dir, 'one.docx')))).toBe(true);
    const text = (await (await JSZip.loadAsync(latest)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('2025年终期评估报告');
    expect(text).toContain('人均期望寿命');
  });

  it('refuses an unknown format and a missing output file in both languages', async () => {
    await expect(run('report', '--plan', PLAN, '--format', 'pdf', '-o', join(dir, 'x.pdf'))).rejects.toThrow('格式应为 docx 或 xlsx，收到 pdf');
    await expect(run('report', '--plan', PLAN, '--format', 'xlsx')).rejects.toMatchObject({ messages: { zh: '选项 -o：缺少输出文件', en: 'option -o: the output file is missing' } });
  });
});
