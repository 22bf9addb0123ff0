import { describe, expect, it } from 'vitest';
import { allowedDisaggregations, disaggregationProblem } from './disaggregation.js';

const cell = { dataElement: 'POP', orgUnit: 'mentougou', period: '2020' };
const population = { code: 'POP', disaggregations: ['男', '女'] };
const beds = { code: 'BEDS', disaggregations: [] };

describe('disaggregationProblem', () => {
  it('accepts the declared sexes of 常住人口 and only the empty total of 实有床位数', () => {
    expect(disaggregationProblem(population, '男', cell)).toBeNull();
    expect(disaggregationProblem(population, '女', cell)).toBeNull();
    expect(disaggregationProblem(beds, '', { ...cell, dataElement: 'BEDS' })).toBeNull();
    expect(allowedDisaggregations(beds)).toEqual(['']);
  });

  it('refuses a plain total for an element collected by sex, naming the codes allowed', () => {
    expect(disaggregationProblem(population, '', cell)).toEqual({
      zh: '数据 POP / mentougou / 2020：数据项 POP 按分类填报，缺少分类；允许的分类：男、女',
      en: 'POP / mentougou / 2020: the data element POP is collected by disaggregation and none is given; allowed: 男, 女',
    });
  });

  it('refuses a code the element does not declare, and any code for an element that declares none', () => {
    expect(disaggregationProblem(population, '未知', cell)?.en).toBe('POP / mentougou / 2020: the data element POP has no disaggregation "未知"; allowed: 男, 女');
    expect(disaggregationProblem(beds, '男', { ...cell, dataElement: 'BEDS' })?.zh).toBe('数据 BEDS / mentougou / 2020：数据项 BEDS 不分类填报，分类“男”不被接受；允许的分类：无（留空）');
  });
});
