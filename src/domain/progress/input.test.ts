import { describe, expect, it } from 'vitest';
import { ProgressInputError, readProgressInput } from './input.js';

// 门头沟区: 保持区域平均急救呼叫满足率在 95%以上 (the yearly values are hypothetical)
const example = {
  method: 'growth',
  direction: 'up',
  baseline: { year: 2020, value: 95.2 },
  target: { text: '保持区域平均急救呼叫满足率在 95%以上的目标', year: 2025 },
  values: [
    { year: 2021, value: 96.2 },
    { year: 2022, value: 95.4 },
  ],
  year: 2022,
  decimals: 1,
};

describe('readProgressInput', () => {
  it('reads a request whose target is given as text, parsing it', () => {
    const input = readProgressInput(example);
    expect(input.target).toMatchObject({ comparator: 'maintain', value: 95, bound: '>=', year: 2025 });
    expect(input).toMatchObject({ method: 'growth', direction: 'up', baseline: { year: 2020, value: 95.2 }, year: 2022, decimals: 1 });
    expect(input.values).toEqual([
      { year: 2021, value: 96.2 },
      { year: 2022, value: 95.4 },
    ]);
  });

  it('reads a target given as comparator and values', () => {
    const input = readProgressInput({ target: { comparator: 'range', value: 8, valueHigh: 9, year: 2020 }, year: 2020 });
    expect(input.target).toMatchObject({ comparator: 'range', value: 8, valueHigh: 9 });
    expect(input.values).toEqual([]);
    expect(input.baseline).toBeNull();
  });

  it('passes the direction to the parser: 达到 X is a ceiling for a lower-is-better indicator', () => {
    const input = readProgressInput({ direction: 'down', target: { text: '达到7/10万', year: 2025 }, year: 2023 });
    expect(input.target.comparator).toBe('<=');
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', [1, 2], /字段 \(root\)：应为 JSON 对象 \/ field \(root\): expected a JSON object/],
    ['no target', { year: 2023 }, /field target: the target is missing/],
    ['a target without text or comparator', { target: { year: 2025 }, year: 2023 }, /字段 target：须给出 text/],
    ['no evaluation year', { target: { text: '≥80', year: 2025 } }, /field year: expected a whole year/],
    ['a fractional target year', { target: { text: '≥80', year: 2025.5 }, year: 2023 }, /field target\.year: expected a whole year/],
    ['an unknown method', { ...example, method: 'linear' }, /field method: expected one of time, growth/],
    ['an unknown direction', { ...example, direction: 'higher' }, /field direction: expected one of up, down, target/],
    ['a value as text', { ...example, values: [{ year: 2021, value: '96.2' }] }, /field values\[0\]\.value: expected a number/],
    ['a repeated year', { ...example, values: [{ year: 2021, value: 1 }, { year: 2021, value: 2 }] }, /field values\[1\]\.year: year 2021 appears twice/],
    ['values not in an array', { ...example, values: { 2021: 96.2 } }, /field values: expected an array/],
    ['a baseline without value', { ...example, baseline: { year: 2020 } }, /field baseline\.value: expected a number/],
    ['a misspelt field', { ...example, valuse: [] }, /field valuse: unknown field/],
    ['a misspelt target field', { ...example, target: { text: '≥80', year: 2025, vaule: 3 } }, /field target\.vaule: unknown field/],
    ['an unknown comparator', { ...example, target: { comparator: '=>', value: 3, year: 2025 } }, /field target\.comparator: expected one of/],
    ['a numeric comparator without value', { ...example, target: { comparator: '>=', year: 2025 } }, /field target\.value: expected a number/],
    ['an inverted range', { ...example, target: { comparator: 'range', value: 9, valueHigh: 8, year: 2025 } }, /field target\.valueHigh: the upper end/],
    ['negative decimals', { ...example, decimals: -1 }, /field decimals: expected a whole number from 0 to 10/],
    ['thresholds out of order', { ...example, thresholds: { onTrack: 0.5 } }, /field thresholds: thresholds must satisfy onTrack ≥ accelerate ≥ limited/],
    ['an empty target text', { ...example, target: { text: ' ', year: 2025 } }, /field target\.text: expected a non-empty text/],
  ])('rejects %s, naming the field', (_what, raw, message) => {
    expect(() => readProgressInput(raw)).toThrow(ProgressInputError);
    expect(() => readProgressInput(raw)).toThrow(message);
  });
});
