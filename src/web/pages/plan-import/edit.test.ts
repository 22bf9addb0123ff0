import { describe, expect, it } from 'vitest';
import { PLAN_FORMAT_VERSION, type PlanDocument } from '../../../domain/plan/format.js';
import { withRegion, withTarget } from './edit.js';

// As the importer proposes 门头沟区“十四五”: a placeholder region unit, 人均预期寿命 with the district
// target 81.8 岁 and the city target 82.8 岁 for 2025.
const proposal: PlanDocument = {
  format: PLAN_FORMAT_VERSION,
  plan: { code: 'plan-2021-2025', title: '北京市门头沟区“十四五”时期卫生健康事业发展规划', region: 'region', periodStart: 2021, periodEnd: 2025 },
  orgUnits: [{ code: 'region', name: '门头沟区', level: 'district', parent: null }],
  indicators: [
    {
      code: 'T2-01',
      name: '人均预期寿命',
      unit: '岁',
      baselines: [],
      targets: [
        { text: '81.8', comparator: 'reach', value: 81.8, year: 2025, source: 'plan' },
        { text: '82.8', comparator: 'reach', value: 82.8, year: 2025, source: '北京市' },
      ],
    },
  ],
  tasks: [],
  projects: [],
};

describe('review edits', () => {
  it('changes the text and value of one target and leaves the other as proposed', () => {
    const edited = withTarget(withTarget(proposal, 'T2-01', { target: 0, text: '82.0' }), 'T2-01', { target: 0, value: 82 });
    expect(edited.indicators[0]!.targets.map((t) => [t.text, t.value])).toEqual([
      ['82.0', 82],
      ['82.8', 82.8],
    ]);
    expect(proposal.indicators[0]!.targets[0]!.text).toBe('81.8');
  });

  it('clears a unit left empty', () => {
    expect(withTarget(proposal, 'T2-01', { unit: ' ' }).indicators[0]!.unit).toBeNull();
  });

  it('places the plan in an existing region: the placeholder unit goes, the code becomes an external reference', () => {
    const moved = withRegion(withRegion(proposal, '11010'), '110109');
    expect(moved.plan.region).toBe('110109');
    expect(moved.orgUnits).toEqual([]);
    expect(moved.externalReferences?.orgUnits).toEqual(['110109']);
  });
});
