import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../domain/plan/format.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the real command line, as a user would; the first run builds dist/. */
function healthplan(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/healthplan.js', ...args], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('healthplan import-plan (spawned)', () => {
  it('writes the proposed plan of the 门头沟区 document and lists what to check, by line', { timeout: 300_000 }, () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'import-plan-')), 'plan.json');
    const run = healthplan('import-plan', 'content/documents/001-mentougou-2021-2025.txt', '--out', out, '--code', 'mtg-2021-2025', '--region', '110109');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const plan = JSON.parse(readFileSync(out, 'utf8')) as PlanDocument;
    expect(plan.plan).toMatchObject({ code: 'mtg-2021-2025', region: '110109', title: '北京市门头沟区“十四五”时期卫生健康事业发展规划' });
    expect(plan.indicators.filter((i) => i.table !== '正文')).toHaveLength(43);
    expect(run.stderr).toContain('第 945 行 / line 945 [sequence-typo]');
    expect(run.stderr).not.toContain('[region-code]');
  });

  it('prints the plan on stdout and a summary of the points to check with --summary', { timeout: 300_000 }, () => {
    const run = healthplan('import-plan', 'content/documents/003-chaoyang-2021-2025.txt', '--summary');
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as PlanDocument).projects).toHaveLength(12);
    expect(run.stderr).toMatch(/sub-row: 2/);
  });

  it('refuses a scanned or unknown document with a message in Chinese and English, exit code 1', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-plan-'));
    const doc = path.join(dir, 'plan.doc');
    writeFileSync(doc, 'old Word file');
    const run = healthplan('import-plan', doc);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('不支持的文件类型“.doc”');
    expect(run.stderr).toContain('Unsupported file type ".doc"');
    const missing = healthplan('import-plan', path.join(dir, 'absent.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No such file');
  });
});
