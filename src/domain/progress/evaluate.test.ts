import { describe, expect, it } from 'vitest';
import type { Direction, ProgressMethod } from '../plan/format.js';
import { parseTarget } from '../targets/index.js';
import { evaluateProgress } from './evaluate.js';
import type { ProgressInput } from './types.js';

type YearValueList = Array<[year: number, value: number]>;

/** A progress input whose target is read from its text, as a planner would type it. */
function input(
  text: string,
  targetYear: number,
  year: number,
  options: { baseline?: [number, number]; values?: YearValueList; direction?: Direction; method?: ProgressMethod; decimals?: number } = {},
): ProgressInput {
  const parsed = parseTarget(text, { direction: options.direction });
  return {
    method: options.method,
    direction: options.direction,
    baseline: options.baseline ? { year: options.baseline[0], value: options.baseline[1] } : null,
    target: { ...parsed, year: targetYear },
    values: (options.values ?? []).map(([y, value]) => ({ year: y, value })),
    year,
    decimals: options.decimals,
  };
}

describe('evaluateProgress: achievement', () => {
  it('西城区 人均期望寿命 84.26 岁 (2020) against ≥84 岁: already achieved at the mid-term', () => {
    const result = evaluateProgress(input('≥84 岁', 2025, 2023, { baseline: [2020, 84.26], direction: 'up' }));
    expect(result).toMatchObject({ status: 'achieved', achieved: true, rule: 'achieved-at-year', value: 84.26, roundedValue: 84.26, valueYear: 2020 });
    expect(result.ratio).toBeNull();
  });

  it('西城区 疾控力量配比 3.1569 per 10 000 against ≥3.16 人: 3.16 at 2 decimals, met; raw and rounded both kept', () => {
    const result = evaluateProgress(input('≥3.16 人', 2025, 2022, { values: [[2022, 3.1569]], direction: 'up' }));
    expect(result).toMatchObject({ status: 'achieved', achieved: true, value: 3.1569, roundedValue: 3.16 });
    expect(result.inputs.decimals).toBe(2);
  });

  it('孕产妇系统服务率 96.6 % against ≥97%: 96.60, not met', () => {
    const result = evaluateProgress(input('≥97%', 2025, 2025, { values: [[2025, 96.6]], direction: 'up' }));
    expect(result).toMatchObject({ status: 'not_achieved', achieved: false, roundedValue: 96.6, rule: 'final-year-not-met' });
  });

  it('朝阳区 每万常住人口公共卫生医师数 ≥1.70: 1.695 rounds half up to 1.70 and meets it', () => {
    const result = evaluateProgress(input('≥1.70', 2025, 2023, { values: [[2023, 1.695]], direction: 'up' }));
    expect(result).toMatchObject({ status: 'achieved', roundedValue: 1.7, value: 1.695 });
  });

  it('compares at more decimals when the target is written with more', () => {
    const threeDigits = input('≥0.125', 2025, 2023, { values: [[2023, 0.1246]], direction: 'up' });
    expect(evaluateProgress(threeDigits)).toMatchObject({ status: 'achieved', roundedValue: 0.125 });
    expect(evaluateProgress({ ...threeDigits, decimals: 4 })).toMatchObject({ achieved: false, roundedValue: 0.1246 });
  });

  it('健康西城行动计划: 人均期望寿命 84.28 (2016) → 达到84.5岁 by 2020; 84.26 in 2020 is not achieved', () => {
    const result = evaluateProgress(input('达到84.5岁', 2020, 2020, { baseline: [2016, 84.28], values: [[2020, 84.26]], direction: 'up' }));
    expect(result).toMatchObject({ status: 'not_achieved', achieved: false, rule: 'final-year-not-met' });
    expect(result.projection).toEqual({ year: 2020, value: 84.26, achieved: false });
  });

  it('门头沟区“十三五”: 平均期望寿命 增长 0.5 岁以上 from 81.65 (2015); 81.70 in 2020 gained only 0.05', () => {
    const result = evaluateProgress(input('增长 0.5 岁以上', 2020, 2020, { baseline: [2015, 81.65], values: [[2020, 81.7]], direction: 'up' }));
    expect(result).toMatchObject({ status: 'not_achieved', achieved: false });
  });

  it('门头沟区“十三五”: 四类慢病过早死亡比例 30.54 against 30%左右 is within ±1.5', () => {
    const result = evaluateProgress(input('30%左右', 2020, 2020, { values: [[2020, 30.54]], direction: 'down' }));
    expect(result).toMatchObject({ status: 'achieved', achieved: true });
  });
});

describe('evaluateProgress: 时间进度法', () => {
  // 门头沟区 家庭医生全人群签约覆盖率: baseline 38.2 % (2020), target ≥45 (2025); 2023 values are hypothetical.
  const doctors = (value: number, method?: ProgressMethod) =>
    input('≥45', 2025, 2023, { baseline: [2020, 38.2], values: [[2023, value]], direction: 'up', method });

  it('42.3 % in 2023: P = 4.1/6.8 = 0.6029, E = 3/5 = 0.6, R = 1.0049 → on track', () => {
    const result = evaluateProgress(doctors(42.3));
    expect(result).toMatchObject({ status: 'on_track', achieved: false, rule: 'time-progress', progressShare: 0.6029, timeShare: 0.6, ratio: 1.0049 });
    expect(result.inputs.aim).toBe(45);
  });

  it('41.0 %: P = 2.8/6.8 = 0.4118, R = 0.6863 → acceleration needed', () => {
    expect(evaluateProgress(doctors(41))).toMatchObject({ status: 'acceleration_needed', progressShare: 0.4118, ratio: 0.6863 });
  });

  it('39.0 %: P = 0.8/6.8 = 0.1176, R = 0.1961 → limited', () => {
    expect(evaluateProgress(doctors(39))).toMatchObject({ status: 'limited', ratio: 0.1961 });
  });

  it('37.5 %: P = −0.7/6.8 = −0.1029, R = −0.1716 → moving away', () => {
    expect(evaluateProgress(doctors(37.5))).toMatchObject({ status: 'deterioration', ratio: -0.1716 });
  });

  it('takes the thresholds as settings', () => {
    const strict = { ...doctors(41), thresholds: { onTrack: 1, accelerate: 0.8, limited: 0.2 } };
    const result = evaluateProgress(strict);
    expect(result.status).toBe('limited');
    expect(result.inputs.thresholds).toEqual({ onTrack: 1, accelerate: 0.8, limited: 0.2 });
  });

  it('lower is better: 院前医疗急救服务平均反应时间 18.1 min (2020) → ＜12 (2025); 16.0 in 2023: P = 2.1/6.1 = 0.3443, R = 0.5738 → limited', () => {
    const result = evaluateProgress(input('＜12', 2025, 2023, { baseline: [2020, 18.1], values: [[2023, 16]], direction: 'down' }));
    expect(result).toMatchObject({ status: 'limited', progressShare: 0.3443, ratio: 0.5738 });
  });

  it('a 左右 target counts the distance closed: 国家卫生镇创建比例 11 % (2020) → 40 左右; 28 in 2023: P = 1 − 12/29 = 0.5862, R = 0.9770', () => {
    const result = evaluateProgress(input('40 左右', 2025, 2023, { baseline: [2020, 11], values: [[2023, 28]], direction: 'up' }));
    expect(result).toMatchObject({ status: 'on_track', progressShare: 0.5862, ratio: 0.977 });
  });

  it('a range heads for its near end: 6 → 8-9% with 7 three years on is halfway (P = 0.5, R = 0.8333)', () => {
    const result = evaluateProgress(input('8-9%', 2025, 2023, { baseline: [2020, 6], values: [[2023, 7]], direction: 'target' }));
    expect(result).toMatchObject({ status: 'acceleration_needed', progressShare: 0.5, ratio: 0.8333 });
    expect(result.inputs.aim).toBe(8);
  });

  it('uses the year of the latest value, not the evaluation year, for the time share', () => {
    const result = evaluateProgress(input('≥45', 2025, 2024, { baseline: [2020, 38.2], values: [[2022, 41], [2026, 50]], direction: 'up' }));
    // E = (2022 − 2020)/5 = 0.4; P = 2.8/6.8 = 0.4118; R = 1.0294. The 2026 value lies after the evaluation year.
    expect(result).toMatchObject({ valueYear: 2022, timeShare: 0.4, ratio: 1.0294, status: 'on_track' });
  });
});

describe('evaluateProgress: growth method', () => {
  it('家庭医生签约覆盖率 42.3 % (2023) from 38.2 (2020) to ≥45 (2025): R = [(42.3/38.2)^(1/3) − 1] / [(45/38.2)^(1/5) − 1] = 0.03457/0.03331 = 1.0378', () => {
    const result = evaluateProgress(input('≥45', 2025, 2023, { baseline: [2020, 38.2], values: [[2023, 42.3]], direction: 'up', method: 'growth' }));
    expect(result).toMatchObject({ status: 'on_track', rule: 'growth-cagr', ratio: 1.0378 });
    expect(result.inputs.growth?.sign).toBe(1);
    expect(result.inputs.growth?.actualRate).toBeCloseTo(0.034568, 6);
    expect(result.inputs.growth?.requiredRate).toBeCloseTo(0.033308, 6);
  });

  it('反应时间 16.0 (2023) from 18.1 (2020) to ＜12 (2025): R = −1 × (−0.04027) / 0.07891 = 0.5104 → limited', () => {
    const result = evaluateProgress(input('＜12', 2025, 2023, { baseline: [2020, 18.1], values: [[2023, 16]], direction: 'down', method: 'growth' }));
    expect(result).toMatchObject({ status: 'limited', rule: 'growth-cagr', ratio: 0.5104 });
    expect(result.inputs.growth?.sign).toBe(-1);
  });

  it('falls back to time progress, and says so, when a value is not positive: 托位数 0 (2020) → 4.5', () => {
    const result = evaluateProgress(input('4.5', 2025, 2023, { baseline: [2020, 0], values: [[2023, 2.1]], direction: 'up', method: 'growth' }));
    // P = 2.1/4.5 = 0.4667, R = 0.7778
    expect(result).toMatchObject({ status: 'acceleration_needed', rule: 'growth-fallback-time', ratio: 0.7778 });
    expect(result.inputs.fallbackReason).toBe('non-positive-values');
  });

  it('falls back for a two-sided target', () => {
    const result = evaluateProgress(input('40 左右', 2025, 2023, { baseline: [2020, 11], values: [[2023, 28]], direction: 'up', method: 'growth' }));
    expect(result).toMatchObject({ rule: 'growth-fallback-time', ratio: 0.977 });
    expect(result.inputs.fallbackReason).toBe('two-sided-target');
  });
});

describe('evaluateProgress: maintain, direction-only and qualitative targets', () => {
  // 门头沟区: 保持区域平均急救呼叫满足率在 95%以上; yearly values are hypothetical.
  const maintain = (values: YearValueList) =>
    input('保持区域平均急救呼叫满足率在 95%以上的目标', 2025, 2023, { baseline: [2020, 95.2], values, direction: 'up' });

  it('is maintained when every year after the baseline holds the bound', () => {
    const result = evaluateProgress(maintain([[2021, 96.2], [2022, 95.4], [2023, 95]]));
    expect(result).toMatchObject({ status: 'maintained', achieved: true, rule: 'maintain-every-year' });
  });

  it('is broken by one year below, even when the latest year is above again', () => {
    const result = evaluateProgress(maintain([[2021, 96.2], [2022, 94.8], [2023, 95.6]]));
    expect(result).toMatchObject({ status: 'not_maintained', achieved: false });
    expect(result.inputs.observations.map((o) => o.met)).toEqual([undefined, true, false, true]);
  });

  it('保持在90以上 with 89.2 in 2021 is not maintained at the 2023 evaluation', () => {
    const result = evaluateProgress(input('保持在90以上', 2025, 2023, { baseline: [2020, 88.01], values: [[2021, 89.2]], direction: 'up' }));
    expect(result).toMatchObject({ status: 'not_maintained', value: 89.2 });
  });

  it('judges 平稳下降 against the baseline: 重大慢性病过早死亡率 12.45 % (2020)', () => {
    const at = (year: number, value: number) =>
      evaluateProgress(input('平稳下降', 2025, year, { baseline: [2020, 12.45], values: [[year, value]], direction: 'down' }));
    expect(at(2023, 12.1)).toMatchObject({ status: 'achieved', rule: 'direction-vs-baseline', achieved: true });
    expect(at(2023, 12.6)).toMatchObject({ status: 'deterioration', achieved: false });
    expect(at(2023, 12.45)).toMatchObject({ status: 'limited', achieved: false });
    expect(at(2025, 12.6)).toMatchObject({ status: 'not_achieved' });
  });

  it('judges 保持平稳 within 5 % of the baseline: 甲乙类传染病发病率 54.7 (2020), ±2.735', () => {
    const at = (value: number) => evaluateProgress(input('保持平稳', 2025, 2022, { baseline: [2020, 54.7], values: [[2022, value]] }));
    expect(at(56)).toMatchObject({ status: 'achieved' });
    expect(at(60)).toMatchObject({ status: 'deterioration' });
  });

  it('requires 逐年 targets to rise every year', () => {
    const base = { baseline: [2020, 33.9] as [number, number], direction: 'up' as const };
    const rising = evaluateProgress(input('逐年提高', 2025, 2023, { ...base, values: [[2021, 34.5], [2022, 35.2], [2023, 36]] }));
    expect(rising).toMatchObject({ status: 'achieved', rule: 'direction-every-year' });
    const dip = evaluateProgress(input('逐年提高', 2025, 2023, { ...base, values: [[2021, 34.5], [2022, 34.1], [2023, 36]] }));
    expect(dip).toMatchObject({ status: 'limited', achieved: false });
  });

  it('needs a baseline for baseline-relative targets', () => {
    const result = evaluateProgress(input('增长 0.5 岁以上', 2020, 2020, { values: [[2020, 81.7]] }));
    expect(result).toMatchObject({ status: 'no_data', rule: 'baseline-needed', achieved: null });
  });

  it('leaves qualitative targets to a person', () => {
    const result = evaluateProgress(input('达到国际水平', 2025, 2023, { baseline: [2020, 2.17], values: [[2023, 1.9]], direction: 'down' }));
    expect(result).toMatchObject({ status: 'qualitative', rule: 'qualitative-manual', achieved: null, projection: null });
  });

  it('does not judge a bare number without a direction', () => {
    const result = evaluateProgress(input('7.5', 2025, 2023, { values: [[2023, 7.1]] }));
    expect(result).toMatchObject({ status: 'qualitative', rule: 'reach-direction-unknown', achieved: null });
  });
});

describe('evaluateProgress: what is missing', () => {
  it('has no data without any value', () => {
    expect(evaluateProgress(input('≥4.5', 2025, 2023, { direction: 'up' }))).toMatchObject({
      status: 'no_data',
      rule: 'no-data',
      achieved: null,
      value: null,
      roundedValue: null,
      projection: null,
    });
  });

  it('judges only achievement without a baseline: 家医服务满意度 4.3 against ≥4.5', () => {
    const result = evaluateProgress(input('≥4.5', 2025, 2022, { values: [[2022, 4.3]], direction: 'up' }));
    expect(result).toMatchObject({ status: 'not_achieved', rule: 'achievement-only-no-baseline', achieved: false, ratio: null, projection: null });
  });

  it('has no progress to judge when the only value is an unmet baseline', () => {
    const result = evaluateProgress(input('≥80', 2025, 2021, { baseline: [2020, 73.7], direction: 'up' }));
    expect(result).toMatchObject({ status: 'no_data', rule: 'no-data-after-baseline', achieved: false, valueYear: 2020 });
  });

  it('calls a fall below a target the baseline already met moving away: 老年人健康管理服务率 73.42 (2020) against ≥61', () => {
    const result = evaluateProgress(input('≥61', 2025, 2023, { baseline: [2020, 73.42], values: [[2023, 60.5]], direction: 'up' }));
    expect(result).toMatchObject({ status: 'deterioration', rule: 'lost-since-baseline' });
  });

  it('has no ratio when the target equals the baseline', () => {
    const moved = evaluateProgress(input('＜12', 2025, 2023, { baseline: [2020, 12], values: [[2023, 12.4]], direction: 'down' }));
    expect(moved).toMatchObject({ status: 'deterioration', rule: 'target-equals-baseline', ratio: null });
    const still = evaluateProgress(input('＜12', 2025, 2023, { baseline: [2020, 12], values: [[2023, 12]], direction: 'down' }));
    expect(still).toMatchObject({ status: 'limited', rule: 'target-equals-baseline' });
  });
});

describe('evaluateProgress: projection', () => {
  it('朝阳区 编制床位使用率 69.2 % (2015), 80.1 % (2019): the line reaches 96.45 in 2025, above ≥85', () => {
    // slope (80.1 − 69.2)/4 = 2.725 a year; 80.1 + 6 × 2.725 = 96.45
    const result = evaluateProgress(input('≥85', 2025, 2021, { baseline: [2019, 80.1], values: [[2015, 69.2]], direction: 'up' }));
    expect(result).toMatchObject({ status: 'no_data', rule: 'no-data-after-baseline' });
    expect(result.projection).toEqual({ year: 2025, value: 96.45, achieved: true });
  });

  it('fits a least-squares line through more than two years', () => {
    // years 2020–2023, values 38.2, 39.0, 40.1, 40.5: x̄ = 2021.5, ȳ = 39.45,
    // slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = (1.875 + 0.225 + 0.325 + 1.575)/5 = 0.8; at 2025: 39.45 + 0.8 × 3.5 = 42.25, below 45
    const result = evaluateProgress(
      input('≥45', 2025, 2023, { baseline: [2020, 38.2], values: [[2021, 39], [2022, 40.1], [2023, 40.5]], direction: 'up' }),
    );
    expect(result.projection).toEqual({ year: 2025, value: 42.25, achieved: false });
  });
});
