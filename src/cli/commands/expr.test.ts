import { describe, expect, it } from 'vitest';
import { captureCommandOutput } from '../testing/run-in-process.js';
import { register } from './expr.js';

const { output, run } = captureCommandOutput([register]);
const expr = (...args: string[]) => run('expr', ...args);

describe('healthplan expr', () => {
  it('prints the value of 千人医疗卫生机构床位数 for 15 692 beds and 1.077 million residents', async () => {
    expect(await expr('#{BEDS} * 1000 / #{POP_RES}', '--values', '{"BEDS": 15692, "POP_RES": 1077000}')).toBe(0);
    expect(output.stdout).toBe('{"value": 14.570102135561745}\n');
    expect(JSON.parse(output.stdout)).toEqual({ value: 15692 / 1077 });
  });

  it('treats items absent from --values as missing', async () => {
    await expr('#{DOCTORS} + #{DOCTORS.ASSISTANT}', '--values', '{"DOCTORS.ASSISTANT": 358}');
    expect(JSON.parse(output.stdout)).toEqual({ value: 358 });
    output.stdout = '';
    await expr('#{DOCTORS} + #{DOCTORS.ASSISTANT}', '--values', '{"DOCTORS": null}');
    expect(JSON.parse(output.stdout)).toEqual({ value: null });
  });

  it('prints non-finite numbers as strings, and booleans and strings as they are', async () => {
    await expr('1 / 0');
    await expr('0 / 0');
    await expr('--', '-1 / 0');
    await expr('#{A} >= 14.57', '--values', '{"A": 14.57}');
    await expr('if(true, "是", "否")');
    expect(output.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { value: 'Infinity' },
      { value: 'NaN' },
      { value: '-Infinity' },
      { value: true },
      { value: '是' },
    ]);
  });

  it('takes constants, group counts and days', async () => {
    await expr('C{K} * OUG{CHC} + [days]', '--constants', '{"K": 2}', '--groups', '{"CHC": 15}', '--days', '31');
    expect(JSON.parse(output.stdout)).toEqual({ value: 61 });
  });

  it('exits 2 with the positioned message on a syntax error', async () => {
    expect(await expr('1 + * 2')).toBe(2);
    expect(output.stdout).toBe('');
    expect(output.stderr).toContain('[EXPR_UNEXPECTED_TOKEN] 第 1 行第 5 个字符');
    expect(output.stderr).toContain('line 1, character 5');
    expect(output.stderr).toContain('1 + * 2\n    ^\n');
  });

  it('exits 2 on bad --values and 1 when the expression cannot be computed', async () => {
    expect(await expr('#{A}', '--values', '[1]')).toBe(2);
    expect(output.stderr).toContain('--values must be a JSON object');
    expect(await expr('#{A}', '--values', '{"A": "12"}')).toBe(2);
    expect(output.stderr).toContain('the value of "A" in --values must be a number or null');
    expect(await expr('C{K}')).toBe(1);
    expect(output.stderr).toContain('no value is given for the constant C{K}');
  });
});
