import { describe, expect, it } from 'vitest';
import { hashText, mulberry32, randomFor } from './random.js';

describe('sample random numbers', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    const c = mulberry32(43);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it('stays in [0, 1) over many draws', () => {
    const next = randomFor('XC21-23', 2023);
    for (let i = 0; i < 10000; i++) {
      const x = next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('hashes indicator codes and years apart', () => {
    expect(hashText('XC21-23|2023')).not.toBe(hashText('XC21-23|2024'));
    expect(hashText('XC21-23|2023')).toBe(hashText('XC21-23|2023'));
  });
});
