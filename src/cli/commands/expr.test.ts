import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { register } from './expr.js';

let stdout: string;
let stderr: string;

beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function expr(...args: string[]): Promise<number> {
  const program = new Command().exitOverride();
  register(program);
  await program.parseAsync(['expr', ...args], { from: 'user' });
  return Number(process.exitCode ?? 0);
}

describe('healthplan expr', () => {
  it('prints the value of 千人医疗卫生机构床位数 for 15 692 beds and 1.077 million residents', async () => {
    expect(await expr('#{BEDS} * 1000 / #{POP_RES}', '--values', '{"BEDS": 15692, "POP_RES": 1077000}')).toBe(0);
    expect(stdout).toBe('{"value": 14.570102135561745}\n');
    expect(JSON.parse(stdout)).toEqual({ value: 15692 / 1077 });
  });

  it('treats items absent from --values as missing', async () => {
    await expr('#{DOCTORS} + #{DOCTORS.ASSISTANT}', '--values', '{"DOCTORS.ASSISTANT": 358}');
    expect(JSON.parse(stdout)).toEqual({ value: 358 });
    stdout = '';
    await expr('#{DOCTORS} + #{DOCTORS.ASSISTANT}', '--values', '{"DOCTORS": null}');
    expect(JSON.parse(stdout)).toEqual({ value: null });
  });

  it('prints non-finite numbers as strings, and booleans and strings as they are', async () => {
    await expr('1 / 0');
    await expr('0 / 0');
    await expr('--', '-1 / 0');
    await expr('#{A} >= 14.57', '--values', '{"A": 14.57}');
    await expr('if(true, "是", "否")');
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { value: 'Infinity' },
      { value: 'NaN' },
      { value: '-Infinity' },
      { value: true },
      { value: '是' },
    ]);
  });

  it('takes constants, group counts and days', async () => {
    await expr('C{K} * OUG{CHC} + [days]', '--constants', '{"K": 2}', '--groups', '{"CHC": 15}', '--days', '31');
    expect(JSON.parse(stdout)).toEqual({ value: 61 });
  });

  it('exits 2 with the positioned message on a syntax error', async () => {
    expect(await expr('1 + * 2')).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('[EXPR_UNEXPECTED_TOKEN] 第 1 行第 5 个字符');
    expect(stderr).toContain('line 1, character 5');
    expect(stderr).toContain('1 + * 2\n    ^\n');
  });

  it('exits 2 on bad --values and 1 when the expression cannot be computed', async () => {
    expect(await expr('#{A}', '--values', '[1]')).toBe(2);
    expect(stderr).toContain('--values must be a JSON object');
    expect(await expr('#{A}', '--values', '{"A": "12"}')).toBe(2);
    expect(stderr).toContain('the value of "A" in --values must be a number or null');
    expect(await expr('C{K}')).toBe(1);
    expect(stderr).toContain('no value is given for the constant C{K}');
  });
});
