import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './throttle.js';

describe('login throttle', () => {
  it('refuses the sixth attempt within fifteen minutes and allows it again afterwards', () => {
    let now = 0;
    const throttle = new LoginThrottle(5, 15 * 60 * 1000, () => now);
    for (let i = 0; i < 5; i++) {
      expect(throttle.retryAfter('1.2.3.4|admin')).toBe(0);
      throttle.fail('1.2.3.4|admin');
      now += 1000;
    }
    expect(throttle.retryAfter('1.2.3.4|admin')).toBe(15 * 60 - 5);
    expect(throttle.retryAfter('1.2.3.4|planner')).toBe(0);
    now = 15 * 60 * 1000 + 1;
    expect(throttle.retryAfter('1.2.3.4|admin')).toBe(0);
  });

  it('forgets failures after a successful login', () => {
    const throttle = new LoginThrottle(2);
    throttle.fail('k');
    throttle.fail('k');
    expect(throttle.retryAfter('k')).toBeGreaterThan(0);
    throttle.succeed('k');
    expect(throttle.retryAfter('k')).toBe(0);
  });
});
