import { describe, expect, it } from 'vitest';
import { fiveYearEnd, targetSource } from './indicator-table.js';

describe('fiveYearEnd', () => {
  it('gives the last year of the five-year plan a table title names', () => {
    expect(fiveYearEnd('“十三五”卫生计生事业发展主要调控指标评估表')).toBe(2020);
    expect(fiveYearEnd('“十四五”时期卫生健康事业发展主要调控指标表')).toBe(2025);
    expect(fiveYearEnd('十五五规划指标')).toBe(2030);
    expect(fiveYearEnd('主要指标')).toBeNull();
  });
});

describe('targetSource', () => {
  it('tells this plan’s target columns from a higher-level plan’s', () => {
    expect(targetSource('门头沟区目标值', '门头沟区', '北京市')).toBe('plan');
    expect(targetSource('“十四五”目标值', '朝阳区', '北京市')).toBe('plan');
    expect(targetSource('2025年目标', '西城区', null)).toBe('plan');
    expect(targetSource('北京市目标值', '门头沟区', '北京市')).toBe('北京市');
    expect(targetSource('市目标值', '某区', '某市')).toBe('某市');
    expect(targetSource('省目标值', '某县', null)).toBe('省级');
  });
});
