import { describe, expect, it } from 'vitest';
import { assessIndicator, chooseBaseline, choosePrimaryTarget, type AssessmentInput, type TargetFacts } from './assess.js';
import { countStatuses } from './summary.js';

const target = (text: string, comparator: TargetFacts['comparator'], value: number | null, year = 2025, more: Partial<TargetFacts> = {}): TargetFacts => ({
  text,
  comparator,
  value,
  valueHigh: null,
  bound: null,
  year,
  scope: 'region',
  source: 'plan',
  fromProse: false,
  tolerance: null,
  unit: null,
  ...more,
});

const input = (more: Partial<AssessmentInput>): AssessmentInput => ({
  direction: 'up',
  unit: null,
  decimals: null,
  method: 'time',
  thresholds: {},
  periodStart: 2021,
  year: 2025,
  scope: 'region',
  baselines: [],
  targets: [],
  values: [],
  ...more,
});

describe('choosing the baseline and the deciding target', () => {
  it('measures from the latest baseline before the plan, the first listed when two conflict', () => {
    const b2019 = { year: 2019, value: 5.1, text: null, note: '2019 instead of 2020' };
    const b2020 = { year: 2020, value: 5.3, text: null, note: null };
    const b2020bis = { year: 2020, value: 5.4, text: null, note: 'open beds' };
    expect(chooseBaseline([b2019, b2020, b2020bis], 2021)).toBe(b2020);
    expect(chooseBaseline([{ year: 2021, value: 1, text: null, note: null }], 2021)?.year).toBe(2021);
    expect(chooseBaseline([], 2021)).toBeNull();
  });

  it('takes the nearest deadline still ahead, else the last one', () => {
    const targets = [target('≥95%', '>=', 95, 2022), target('≥95%', '>=', 95, 2025)];
    expect(choosePrimaryTarget(targets, 2021, 'region')).toBe(0);
    expect(choosePrimaryTarget(targets, 2023, 'region')).toBe(1);
    expect(choosePrimaryTarget(targets, 2026, 'region')).toBe(1);
  });

  it('prefers the plan’s own target over the higher level’s, and the scope assessed', () => {
    const targets = [target('84.5', 'reach', 84.5, 2025, { source: '北京市' }), target('≥84 岁', '>=', 84), target('≥90%', '>=', 90, 2025, { scope: 'each-street' })];
    expect(choosePrimaryTarget(targets, 2023, 'region')).toBe(1);
    expect(choosePrimaryTarget(targets, 2023, 'each-street')).toBe(2);
    expect(choosePrimaryTarget([], 2023, 'region')).toBeNull();
  });
});

describe('assessing an indicator', () => {
  it('judges 人均期望寿命 84.26 (2020) against ≥84 岁 as achieved', () => {
    const a = assessIndicator(
      input({ baselines: [{ year: 2020, value: 84.26, text: '84.26 岁', note: null }], targets: [target('≥84 岁', '>=', 84)], values: [{ year: 2020, value: 84.26 }] }),
    );
    expect(a.status).toBe('achieved');
    expect(a.rule).toBe('achieved-at-year');
    expect(a.latest).toEqual({ year: 2020, value: 84.26, roundedValue: 84.26 });
    expect(a.explanation?.zh).toContain('已达标');
    expect(a.targets[0].result.achieved).toBe(true);
  });

  it('compares at the reporting precision: 3.1569 per 10 000 meets ≥3.16, 96.6 % does not meet ≥97%', () => {
    const cdc = assessIndicator(input({ targets: [target('≥3.16 人', '>=', 3.16)], values: [{ year: 2025, value: 3.1569 }] }));
    expect(cdc.status).toBe('achieved');
    expect(cdc.latest?.roundedValue).toBe(3.16);
    const maternal = assessIndicator(input({ targets: [target('≥97%', '>=', 97)], values: [{ year: 2025, value: 96.6 }] }));
    expect(maternal.status).toBe('not_achieved');
  });

  it('compares at the digits the target text states, which the stored number loses', () => {
    const written = assessIndicator(input({ targets: [target('≥14.570 床', '>=', 14.57)], values: [{ year: 2025, value: 14.5694 }] }));
    expect(written.decimals).toBe(3);
    expect(written.status).toBe('not_achieved');
    const plain = assessIndicator(input({ targets: [target('≥14.57 床', '>=', 14.57)], values: [{ year: 2025, value: 14.5694 }] }));
    expect(plain.status).toBe('achieved');
  });

  it('judges every target and lets the primary one decide (孕产妇死亡率: ≤7/10 万 and 降低)', () => {
    const a = assessIndicator(
      input({
        direction: 'down',
        year: 2023,
        baselines: [{ year: 2020, value: 0, text: '0', note: null }],
        targets: [target('≤7/10 万', '<=', 7), target('降低孕产妇死亡率', 'decrease', null)],
        values: [{ year: 2023, value: 9.49 }],
      }),
    );
    expect(a.primaryTarget).toBe(0);
    expect(a.targets.map((t) => t.result.status)).toEqual(['deterioration', 'deterioration']);
    expect(a.status).toBe('deterioration');
  });

  it('gives the change from the year before, for the better when a lower-is-better rate falls', () => {
    const a = assessIndicator(
      input({ direction: 'down', targets: [target('≤3‰', '<=', 3)], values: [{ year: 2022, value: 1.9 }, { year: 2023, value: 1.7 }, { year: 2026, value: 9 }] }),
    );
    expect(a.latest?.year).toBe(2023);
    expect(a.trend).toEqual({ previous: { year: 2022, value: 1.9, roundedValue: 1.9 }, change: 'down', improving: true });
  });

  it('has no status without a target, and counts it apart', () => {
    const a = assessIndicator(input({ values: [{ year: 2024, value: 12 }] }));
    expect(a.status).toBeNull();
    expect(a.latest?.value).toBe(12);
    const counts = countStatuses(['achieved', 'achieved', 'on_track', null]);
    expect(counts.total).toBe(4);
    expect(counts.byStatus.achieved).toBe(2);
    expect(counts.byStatus.on_track).toBe(1);
    expect(counts.byStatus.no_data).toBe(0);
    expect(counts.noTarget).toBe(1);
  });
});
