import { describe, expect, it } from 'vitest';
import type { Direction } from '../plan/format.js';
import { roundHalfUp } from '../rounding.js';
import { increaseByThreshold, meetsTarget, meetsTargetOverYears } from './compare.js';
import { parseTarget } from './parse.js';

describe('meetsTarget: 门头沟区“十三五”评估表, target against the value at the end of the period', () => {
  // Each row: indicator, target as printed, value printed in the 规划期末 column, direction, met.
  it.each<[string, string, number, Direction, boolean]>([
    ['婴儿死亡率', '≤4.0‰', 2.28, 'down', true],
    ['孕产妇死亡率', '≤11/10 万', 0, 'down', true],
    ['基层诊疗人次占总诊疗人次比例', '≥65%', 29.92, 'up', false],
    ['公立医院业务收入年均增幅与地区生产总值年均增幅的比值', '1.3 左右', 0.37, 'target', false],
    ['每千人口床位数', '6.1 张', 5.81, 'up', false],
    ['每万常住人口全科医生数', '≥3人（全市）', 3.6, 'up', true],
    ['行政村医疗卫生机构覆盖率', '100%', 85.1, 'up', false],
    ['社区卫生服务中心中医师覆盖率', '100%', 100, 'up', true],
    // 30.54 is within 5 % of 30 (±1.5)
    ['四类慢病过早死亡比例', '30%左右', 30.54, 'down', true],
    ['甲乙类传染病报告发病率', '≤170/10 万', 54.68, 'down', true],
    ['高血压患者规范管理率', '≥80%', 73.67, 'up', false],
    ['糖尿病患者规范管理率', '≥80%', 76.08, 'up', false],
    ['孕产妇系统服务率', '≥97%', 99.34, 'up', true],
    ['儿童保健系统服务率', '≥95%', 99.02, 'up', true],
    ['老年人健康管理率', '≥70%', 76.61, 'up', true],
    ['居民健康电子档案建档率', '≥80%', 71.55, 'up', false],
    ['基层医生团队签约覆盖率', '≥50%', 38.19, 'up', false],
    ['户籍人口出生政策符合率', '≥99%', 99.78, 'up', true],
    ['卫生监督检查覆盖率', '100%', 100, 'up', true],
    ['卫生总费用占 GDP 比重', '8-9%', 1.72, 'target', false],
    ['个人现金卫生支出占卫生总费用的比例', '≤20%', 31.08, 'down', false],
  ])('%s: %s with %d → %s', (_name, text, value, direction, met) => {
    expect(meetsTarget(value, parseTarget(text), { direction })).toBe(met);
  });

  it('平均期望寿命 增长 0.5 岁以上: 81.70 in 2020 is only 0.05 above the end of the 12th plan (81.65)', () => {
    const target = parseTarget('增长 0.5 岁以上');
    expect(meetsTarget(81.7, target, { baseline: 81.65 })).toBe(false);
    expect(meetsTarget(82.15, target, { baseline: 81.65 })).toBe(true);
    expect(meetsTarget(82.15, target)).toBeNull();
  });
});

describe('meetsTarget: rounding before comparison', () => {
  it('3.1569 per 10 000 against ≥3.16 is met once shown at 2 decimals; 96.6 against ≥97% is not', () => {
    const staff = parseTarget('≥3.16 人');
    expect(meetsTarget(3.1569, staff)).toBe(false);
    expect(meetsTarget(roundHalfUp(3.1569, 2), staff)).toBe(true);
    expect(meetsTarget(roundHalfUp(96.6, 2), parseTarget('≥97%'))).toBe(false);
  });

  it('adds a gain to a baseline without binary noise', () => {
    // 西城区 人均期望寿命 84.26 (2020); a gain of 0.2 asks for 84.46, not 84.46000000000001.
    expect(84.26 + 0.2).toBeGreaterThan(84.46);
    expect(increaseByThreshold(84.26, 0.2)).toBe(84.46);
    expect(meetsTarget(84.46, parseTarget('增长0.2岁以上'), { baseline: 84.26 })).toBe(true);
  });
});

describe('meetsTarget: each comparator', () => {
  it('西城区 人均期望寿命 84.26 (2020) already meets ≥84 岁', () => {
    expect(meetsTarget(84.26, parseTarget('≥84 岁'))).toBe(true);
  });

  it('judges strict bounds strictly', () => {
    // 门头沟区 院前医疗急救服务平均反应时间 ＜12 分钟
    expect(meetsTarget(12, parseTarget('＜12'))).toBe(false);
    expect(meetsTarget(11.9, parseTarget('＜12'))).toBe(true);
    expect(meetsTarget(90, parseTarget('大于90%'))).toBe(false);
  });

  it('judges a bare number by the direction of the indicator, and not at all without one', () => {
    // 朝阳区 每千常住人口医疗卫生机构床位数 7.5 (higher is better); 门头沟区 每万常住人口疾控力量配比 1.75
    const beds = parseTarget('7.5');
    expect(meetsTarget(7.5, beds, { direction: 'up' })).toBe(true);
    expect(meetsTarget(7.49, beds, { direction: 'up' })).toBe(false);
    expect(meetsTarget(7.49, beds, { direction: 'down' })).toBe(true);
    expect(meetsTarget(7.8, beds, { direction: 'target' })).toBe(true);
    expect(meetsTarget(7.9, beds, { direction: 'target' })).toBe(false);
    expect(meetsTarget(7.5, beds)).toBeNull();
  });

  it('allows 5 % of the target around 左右 unless the target gives its own tolerance', () => {
    // 门头沟区 每千常住人口医疗卫生机构床位数 7.6 左右: ±0.38
    const beds = parseTarget('7.6 左右');
    expect(meetsTarget(7.98, beds)).toBe(true);
    expect(meetsTarget(7.22, beds)).toBe(true);
    expect(meetsTarget(7.99, beds)).toBe(false);
    expect(meetsTarget(7.9, { ...beds, tolerance: 0.2 })).toBe(false);
  });

  it('includes both ends of a range', () => {
    const share = parseTarget('8-9%');
    expect(meetsTarget(8, share)).toBe(true);
    expect(meetsTarget(9, share)).toBe(true);
    expect(meetsTarget(9.01, share)).toBe(false);
  });

  it('holds the bound of a maintain target in a single year, taking the side from the direction when the text has none', () => {
    expect(meetsTarget(89.99, parseTarget('保持在 90以上'))).toBe(false);
    expect(meetsTarget(95, parseTarget('保持在95%'), { direction: 'up' })).toBe(true);
    expect(meetsTarget(95, parseTarget('保持在95%'))).toBeNull();
  });

  it('judges direction-only targets against the baseline', () => {
    // 门头沟区: 重大慢性病过早死亡率 12.45 (2020) 平稳下降; 甲乙类传染病发病率 54.7 (2020) 保持平稳
    expect(meetsTarget(12.1, parseTarget('平稳下降'), { baseline: 12.45 })).toBe(true);
    expect(meetsTarget(12.45, parseTarget('平稳下降'), { baseline: 12.45 })).toBe(false);
    expect(meetsTarget(57.4, parseTarget('保持平稳'), { baseline: 54.7 })).toBe(true);
    expect(meetsTarget(57.5, parseTarget('保持平稳'), { baseline: 54.7 })).toBe(false);
    expect(meetsTarget(40, parseTarget('提高'), { baseline: 38.2 })).toBe(true);
    expect(meetsTarget(40, parseTarget('提高'))).toBeNull();
  });

  it('cannot judge a qualitative target', () => {
    expect(meetsTarget(1, parseTarget('达到国际水平'), { direction: 'down' })).toBeNull();
  });
});

describe('meetsTargetOverYears', () => {
  it('requires a maintain target in every year', () => {
    // 朝阳区: 老年人健康管理率始终保持在70%以上
    const target = parseTarget('老年人健康管理率始终保持在70%以上');
    const held = [
      { year: 2016, value: 71.2 },
      { year: 2017, value: 70.4 },
      { year: 2018, value: 72 },
    ];
    expect(meetsTargetOverYears(held, target)).toBe(true);
    expect(meetsTargetOverYears([...held, { year: 2019, value: 69.8 }, { year: 2020, value: 73 }], target)).toBe(false);
  });

  it('requires 逐年 targets never to go back, from the baseline on', () => {
    const target = parseTarget('逐年提高');
    const rising = [
      { year: 2021, value: 34.5 },
      { year: 2022, value: 35.1 },
    ];
    expect(meetsTargetOverYears(rising, target, { baseline: 33.9 })).toBe(true);
    expect(meetsTargetOverYears([{ year: 2021, value: 33.5 }, ...rising], target, { baseline: 33.9 })).toBe(false);
    // Without 逐年 only the last value counts.
    expect(meetsTargetOverYears([{ year: 2021, value: 33.5 }, ...rising], parseTarget('提高'), { baseline: 33.9 })).toBe(true);
  });

  it('reads the last value in year order whatever the input order', () => {
    const target = parseTarget('≥80%');
    expect(
      meetsTargetOverYears(
        [
          { year: 2023, value: 81 },
          { year: 2021, value: 75 },
        ],
        target,
      ),
    ).toBe(true);
    expect(meetsTargetOverYears([], target)).toBeNull();
  });
});
