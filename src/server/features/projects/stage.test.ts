import { describe, expect, it } from 'vitest';
import { completionDeadline, isDelayed } from './stage.js';

describe('planned completion of a project', () => {
  it('reads the last day of the year, half-year or month as plans write it', () => {
    expect(completionDeadline('2023')).toBe('2023-12-31');
    expect(completionDeadline('2023年底')).toBe('2023-12-31');
    expect(completionDeadline('2024年上半年')).toBe('2024-06-30');
    expect(completionDeadline('2024年2月')).toBe('2024-02-29');
    expect(completionDeadline('2025-09')).toBe('2025-09-30');
  });

  it('leaves 待定 and text without a year unknown, so the delay is unknown rather than guessed', () => {
    expect(completionDeadline('待定')).toBeNull();
    expect(completionDeadline(null)).toBeNull();
    expect(isDelayed({ planned_completion: '待定', stage: 'started' }, '2026-01-01')).toBeNull();
  });

  it('counts a project delayed only after the deadline and while not completed or in use', () => {
    expect(isDelayed({ planned_completion: '2023', stage: 'started' }, '2023-12-31')).toBe(false);
    expect(isDelayed({ planned_completion: '2023', stage: 'started' }, '2024-01-01')).toBe(true);
    expect(isDelayed({ planned_completion: '2023', stage: null }, '2024-01-01')).toBe(true);
    expect(isDelayed({ planned_completion: '2023', stage: 'completed' }, '2024-01-01')).toBe(false);
    expect(isDelayed({ planned_completion: '2023', stage: 'in_use' }, '2024-01-01')).toBe(false);
  });
});
