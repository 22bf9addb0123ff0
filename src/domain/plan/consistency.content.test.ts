import { describe, expect, it } from 'vitest';
import libraryJson from '../../../content/canonical/indicators.json' with { type: 'json' };
import chaoyangJson from '../../../content/plans/chaoyang-2021-2025.json' with { type: 'json' };
import mentougouJson from '../../../content/plans/mentougou-2021-2025.json' with { type: 'json' };
import xichengJson from '../../../content/plans/xicheng-2021-2025.json' with { type: 'json' };
import type { CanonicalLibrary } from '../canonical/library.js';
import { checkPlanConsistency, type Finding } from './consistency.js';
import type { PlanDocument } from './format.js';
import { validatePlanDocument } from './validate.js';

const library = libraryJson as unknown as CanonicalLibrary;

function load(json: unknown): PlanDocument {
  const result = validatePlanDocument(json);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message.en}`).join('\n'));
  return result.plan;
}

/** The findings of one kind about the indicator with this name. */
function about(findings: Finding[], plan: PlanDocument, code: string, name: string): Finding[] {
  const indicators = new Set(plan.indicators.filter((i) => i.name === name).map((i) => i.code));
  return findings.filter((f) => f.code === code && f.indicator !== undefined && indicators.has(f.indicator));
}

describe('the contradictions of the 14th five-year plans as shipped', () => {
  it('西城区: the referral ratio ≤4 against a definition in %, and targets the 2020 figures already meet', () => {
    const plan = load(xichengJson);
    const findings = checkPlanConsistency(plan, { library });
    expect(about(findings, plan, 'PLAN_DEFINITION_FACTOR_MISMATCH', '分级诊疗上下转诊比例')[0].details).toMatchObject({ definitionFactor: 100, factor: 1 });
    const met = (name: string) => about(findings, plan, 'PLAN_TARGET_MET_AT_BASELINE', name).map((f) => f.details);
    expect(met('人均期望寿命')).toContainEqual(expect.objectContaining({ baselines: [84.26], target: expect.objectContaining({ text: '≥84 岁' }) }));
    expect(met('婴儿死亡率')).toContainEqual(expect.objectContaining({ baselines: [1.86], target: expect.objectContaining({ text: '≤3‰' }) }));
    expect(met('孕产妇死亡率')).toContainEqual(expect.objectContaining({ baselines: [0], target: expect.objectContaining({ text: '≤7/10 万' }) }));
  });

  it('门头沟区: the primary-care share, infant mortality, beds per 1 000 and elderly care disagree with other figures of 2020', () => {
    const plan = load(mentougouJson);
    const findings = checkPlanConsistency(plan, { library });

    const [share] = about(findings, plan, 'PLAN_RATE_MISMATCH', '基层诊疗人次占总诊疗人次比例');
    expect(share.details).toMatchObject({ year: 2020, stated: 29.92, numerator: { value: 884000 }, denominator: { value: 3404000 } });
    expect(share.details.computed).toBeCloseTo(25.97, 2);

    const [infant] = about(findings, plan, 'PLAN_BASELINE_CONFLICT', '婴儿死亡率');
    expect((infant.details.values as number[]).slice().sort()).toEqual([2.17, 2.28]);

    const beds = about(findings, plan, 'PLAN_RATE_IMPLIED_DENOMINATOR_CONFLICT', '每千常住人口医疗卫生机构床位数');
    expect(beds.map((f) => (f.details.figure as { rate: number }).rate)).toEqual([5.81]);

    const elderly = about(findings, plan, 'PLAN_TARGET_MET_AT_BASELINE', '65岁及以上老年人城乡社区规范化健康管理服务率');
    expect(elderly.map((f) => (f.details.target as { text: string }).text)).toContain('≥61');
  });

  it('朝阳区: two 2020 primary-care shares, and targets the 2020 figures already meet', () => {
    const plan = load(chaoyangJson);
    const findings = checkPlanConsistency(plan, { library });
    const [share] = about(findings, plan, 'PLAN_BASELINE_CONFLICT', '基层诊疗人次占总诊疗人次比例');
    expect((share.details.values as number[]).slice().sort()).toEqual([34.45, 34.56]);
    const mental = about(findings, plan, 'PLAN_TARGET_MET_AT_BASELINE', '在册严重精神障碍者规范管理率');
    expect(mental.map((f) => f.details)).toContainEqual(expect.objectContaining({ baselines: [94.78], target: expect.objectContaining({ text: '≥90' }) }));
    // The four 2020 resource ratios of line 13 share one population: no contradiction among them.
    expect(findings.filter((f) => f.code === 'PLAN_RATE_IMPLIED_DENOMINATOR_CONFLICT')).toEqual([]);
  });
});
