import { describe, expect, it } from 'vitest';
import { captureCommandOutput } from '../testing/run-in-process.js';
import { register as registerParseTarget } from './parse-target.js';
import { register as registerProgress } from './progress.js';

const { output, run } = captureCommandOutput([registerParseTarget, registerProgress]);

describe('healthplan progress', () => {
  it('prints the result of the example request: 保持在90以上 broken by 89.2 in 2021', async () => {
    const request = {
      method: 'time',
      direction: 'up',
      baseline: { year: 2020, value: 88.01 },
      target: { text: '保持在90以上', year: 2025 },
      values: [{ year: 2021, value: 89.2 }],
      year: 2023,
      decimals: 2,
    };
    expect(await run('progress', '--json', JSON.stringify(request))).toBe(0);
    const printed = JSON.parse(output.stdout);
    expect(Object.keys(printed)).toEqual(['status', 'achieved', 'ratio', 'progressShare', 'timeShare', 'value', 'roundedValue', 'projection', 'rule']);
    // The line through 88.01 (2020) and 89.2 (2021) rises 1.19 a year: 88.01 + 5 × 1.19 = 93.96 in 2025.
    expect(printed).toEqual({
      status: 'not_maintained',
      achieved: false,
      ratio: null,
      progressShare: null,
      timeShare: null,
      value: 89.2,
      roundedValue: 89.2,
      projection: { year: 2025, value: 93.96, achieved: true },
      rule: 'maintain-every-year',
    });
  });

  it('computes a mid-term time-progress ratio from a target given as comparator and value', async () => {
    // 门头沟区 家庭医生全人群签约覆盖率 38.2 (2020) → ≥45 (2025); 42.3 in 2023 (hypothetical): R = (4.1/6.8)/(3/5) = 1.0049
    const request = {
      direction: 'up',
      baseline: { year: 2020, value: 38.2 },
      target: { comparator: '>=', value: 45, year: 2025 },
      values: [{ year: 2023, value: 42.3 }],
      year: 2023,
    };
    expect(await run('progress', '--json', JSON.stringify(request))).toBe(0);
    expect(JSON.parse(output.stdout)).toMatchObject({ status: 'on_track', ratio: 1.0049, progressShare: 0.6029, timeShare: 0.6, rule: 'time-progress' });
  });

  it('adds the inputs and the explanation with --full', async () => {
    const request = { direction: 'up', target: { text: '≥84 岁', year: 2025 }, baseline: { year: 2020, value: 84.26 }, values: [], year: 2023 };
    expect(await run('progress', '--json', JSON.stringify(request), '--full')).toBe(0);
    const printed = JSON.parse(output.stdout);
    expect(printed.status).toBe('achieved');
    expect(printed.inputs.baseline).toEqual({ year: 2020, value: 84.26, roundedValue: 84.26 });
    expect(printed.explanation.zh.startsWith('已达标：')).toBe(true);
  });

  it.each<[string, string[], RegExp]>([
    ['no --json', ['progress'], /缺少 --json 输入 \/ --json is missing/],
    ['invalid JSON', ['progress', '--json', '{year: 2023'], /--json 不是有效的 JSON[\s\S]*--json is not valid JSON/],
    ['a field of the wrong type', ['progress', '--json', '{"target":{"text":"≥45","year":"2025"},"year":2023}'], /字段 target\.year：.*field target\.year: expected a whole year/],
  ])('exits 2 on %s with a bilingual message on output.stderr', async (_what, args, message) => {
    expect(await run(...args)).toBe(2);
    expect(output.stdout).toBe('');
    expect(output.stderr).toMatch(message);
  });
});

describe('healthplan parse-target (in process)', () => {
  it('uses --unit and --direction', async () => {
    expect(await run('parse-target', '--unit', '%', '--direction', 'down', '达到30')).toBe(0);
    expect(JSON.parse(output.stdout)).toEqual({ text: '达到30', comparator: '<=', value: 30, valueHigh: null, unit: '%', decimals: 0 });
  });

  it('rejects an unknown direction', async () => {
    expect(await run('parse-target', '--direction', 'higher', '≥1')).toBe(2);
    expect(output.stderr).toContain('--direction must be up, down or target, got "higher"');
  });
});
