import { describe, expect, it } from 'vitest';
import { ExpressionEvaluationError, ExpressionSyntaxError } from './errors.js';
import { indicatorFormula, indicatorValue } from './indicator.js';

const values = (entries: Record<string, number | null>) => ({ values: new Map(Object.entries(entries)) });

describe('indicatorValue', () => {
  // 门头沟区“十四五”规划: 每千常住人口执业（助理）医师数, 3.5 in 2020.
  const doctorsPerThousand = indicatorFormula('#{DOCTORS} + #{DOCTORS.ASSISTANT}', '#{POP_RES}', 1000);

  it('is numerator × factor ÷ denominator', () => {
    const result = indicatorValue(doctorsPerThousand, values({ DOCTORS: 1100, 'DOCTORS.ASSISTANT': 50, POP_RES: 329000 }));
    expect(result.value).toBeCloseTo(3.4954, 4);
    expect(result).toMatchObject({ numerator: 1150, denominator: 329000, reason: null });
  });

  it('counts a missing part of a side as 0', () => {
    expect(indicatorValue(doctorsPerThousand, values({ DOCTORS: 1150, POP_RES: 329000 })).numerator).toBe(1150);
  });

  it('has no value when the numerator is missing', () => {
    expect(indicatorValue(doctorsPerThousand, values({ POP_RES: 329000 }))).toEqual({
      value: null,
      numerator: null,
      denominator: 329000,
      reason: 'numerator_missing',
    });
  });

  it('has no value when the denominator is missing or 0', () => {
    expect(indicatorValue(doctorsPerThousand, values({ DOCTORS: 1150 })).reason).toBe('denominator_missing');
    expect(indicatorValue(doctorsPerThousand, values({ DOCTORS: 1150, POP_RES: 0 })).reason).toBe('denominator_zero');
  });

  it('has no value when a side is not a finite number', () => {
    const formula = indicatorFormula('#{A} / #{B}', '1', 100);
    expect(indicatorValue(formula, values({ A: 1, B: 0 })).reason).toBe('not_finite');
  });

  it('takes the numerator as it is for an indicator measured directly (人均预期寿命, factor 1)', () => {
    const lifeExpectancy = indicatorFormula('#{LIFE_EXPECTANCY}', null);
    expect(indicatorValue(lifeExpectancy, values({ LIFE_EXPECTANCY: 84.26 }))).toEqual({ value: 84.26, numerator: 84.26, denominator: 1, reason: null });
    expect(indicatorFormula('#{LIFE_EXPECTANCY}', '  ').denominator).toBeNull();
  });

  it('counts a true condition as 1', () => {
    const share = indicatorFormula('#{VISITS} >= 100', '1', 100);
    expect(indicatorValue(share, values({ VISITS: 120 })).value).toBe(100);
  });

  it('passes on syntax and evaluation errors', () => {
    expect(() => indicatorFormula('#{A} +', '#{B}')).toThrow(ExpressionSyntaxError);
    const textual = indicatorFormula('if(#{A} > 0, "many", "few")', '1');
    expect(() => indicatorValue(textual, values({ A: 1 }))).toThrow(ExpressionEvaluationError);
  });
});
