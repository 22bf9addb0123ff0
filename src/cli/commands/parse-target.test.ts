import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the real command line, as a user would; the first run builds dist/. */
function healthplan(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/healthplan.js', ...args], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('healthplan parse-target (spawned)', () => {
  it('prints one JSON object for a target of the 西城区 table, another for 保持在 90以上, and exits 2 without text', { timeout: 300_000 }, () => {
    const beds = healthplan('parse-target', '≥14.57 床');
    expect(beds.code, beds.stderr).toBe(0);
    expect(beds.stdout).toBe('{"text":"≥14.57 床","comparator":">=","value":14.57,"valueHigh":null,"unit":"床","decimals":2}\n');

    // Unquoted words are joined back with a space.
    const held = healthplan('parse-target', '保持在', '90以上');
    expect(held.code, held.stderr).toBe(0);
    expect(held.stdout).toBe('{"text":"保持在 90以上","comparator":"maintain","value":90,"valueHigh":null,"unit":null,"decimals":0,"bound":">="}\n');

    const empty = healthplan('parse-target');
    expect(empty.code).toBe(2);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toContain('缺少目标原文');
    expect(empty.stderr).toContain('the target text is missing');
  });
});
