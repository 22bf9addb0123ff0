import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
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

  it('reads a PDF exported from Word with a Chinese text layer: the 朝阳区 table pages', { timeout: 300_000 }, () => {
    const run = healthplan('import-plan', 'src/server/documents/fixtures/003-chaoyang-tables.pdf', '--summary');
    expect(run.code, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout) as PlanDocument;
    expect(plan.plan).toMatchObject({ title: '北京市朝阳区“十四五”时期卫生健康事业发展规划', periodStart: 2021, periodEnd: 2025 });
    expect(plan.indicators.map((i) => [i.name, i.unit, i.targets[0].text, i.attribute]).slice(0, 3)).toEqual([
      ['人均期望寿命', '岁', '83.0', 'expected'],
      ['婴儿死亡率', '‰', '≤3', 'binding'],
      ['孕产妇死亡率', '1/10万', '≤7', 'binding'],
    ]);
    expect(plan.indicators).toHaveLength(28);
    expect(plan.projects.map((p) => p.name).slice(0, 2)).toEqual(['安贞东方医院', '朝阳医院东院']);
    expect(run.stderr).toContain('指标 28 / indicators, 任务 0 / tasks, 项目 12 / projects');
  });

  it('refuses an empty file and a file over 20 MB, naming them, and writes nothing', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-plan-'));
    const out = path.join(dir, 'plan.json');
    const empty = path.join(dir, 'empty.docx');
    writeFileSync(empty, '');
    const run = healthplan('import-plan', empty, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('文件“empty.docx”是空文件');
    expect(run.stderr).toContain('The file "empty.docx" is empty');
    const huge = path.join(dir, 'huge.pdf');
    writeFileSync(huge, '');
    truncateSync(huge, 21 * 1024 * 1024);
    const big = healthplan('import-plan', huge, '--out', out);
    expect(big.code).toBe(1);
    expect(big.stderr).toContain('超过 20 MB 的上限');
    expect(() => readFileSync(out)).toThrow();
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
