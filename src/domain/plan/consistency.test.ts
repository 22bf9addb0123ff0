import { describe, expect, it } from 'vitest';
import libraryJson from '../../../content/canonical/indicators.json' with { type: 'json' };
import type { CanonicalLibrary } from '../canonical/library.js';
import { checkPlanConsistency, type Finding } from './consistency.js';
import { examplePlan } from './example.js';
import type { DataValueDef, IndicatorDef, PlanDocument } from './format.js';

const library = libraryJson as unknown as CanonicalLibrary;
const REGION = '110105';

function plan(indicators: IndicatorDef[], dataValues: Array<Omit<DataValueDef, 'orgUnit' | 'source'> & { line?: number }> = []): PlanDocument {
  const base = examplePlan();
  return {
    ...base,
    indicators,
    dataValues: dataValues.map(({ line, ...value }) => ({ orgUnit: REGION, source: line ? { line } : {}, ...value })),
  };
}

function indicator(code: string, name: string, fields: Partial<IndicatorDef> = {}): IndicatorDef {
  return { code, name, baselines: [], targets: [], ...fields };
}

function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}

describe('checkPlanConsistency', () => {
  it('finds nothing to say about the documented example', () => {
    expect(checkPlanConsistency(examplePlan(), { library })).toEqual([]);
  });
});

describe('rates against their own numerator and denominator', () => {
  // Chaoyang 2020 (line 13): 23 975 open beds, 6.94 per 1 000 residents.
  const beds = indicator('CY-09', '每千常住人口医疗卫生机构床位数', { unit: '张', factor: 1000, numerator: '#{BEDS}', denominator: '#{POP_RESIDENT}' });
  const values = (population: number) => [
    { dataElement: 'BEDS', period: '2020', value: 23975, line: 13 },
    { dataElement: 'CY-09', period: '2020', value: 6.94, line: 13 },
    { dataElement: 'POP_RESIDENT', period: '2020', value: population, line: 68 },
  ];

  it('accepts a rate that its figures reproduce at the printed precision', () => {
    // 23 975 × 1 000 ÷ 3 452 700 = 6.944 → 6.94
    expect(checkPlanConsistency(plan([beds], values(3452700)))).toEqual([]);
  });

  it('reports a rate its figures do not reproduce, with the computation', () => {
    // 23 975 × 1 000 ÷ 3 952 000 = 6.07, not 6.94
    const [finding] = checkPlanConsistency(plan([beds], values(3952000)));
    expect(finding).toMatchObject({ code: 'PLAN_RATE_MISMATCH', severity: 'warning', indicator: 'CY-09', lines: [13, 68] });
    expect(finding.details).toMatchObject({ year: 2020, stated: 6.94, formulaFrom: 'plan' });
    expect(finding.details.computed).toBeCloseTo(6.0665, 4);
    expect(finding.message.zh).toBe('CY-09「每千常住人口医疗卫生机构床位数」 2020 年的数值 6.94 与其分子分母不符：23975 × 1000 ÷ 3952000 = 6.07');
  });

  it('tolerates a last digit truncated rather than rounded, and no more', () => {
    // Mentougou: 13 more institutions on 252 is 5.16 %, printed 5.15 %.
    const growth = indicator('MTG-G', '医疗卫生机构数增长率', { unit: '%', factor: 100, numerator: '#{MTG.NEW}', denominator: '#{MTG.BASE}' });
    const stated = (value: number) => [
      { dataElement: 'MTG.NEW', period: '2020', value: 13 },
      { dataElement: 'MTG.BASE', period: '2020', value: 252 },
      { dataElement: 'MTG-G', period: '2020', value },
    ];
    expect(checkPlanConsistency(plan([growth], stated(5.15)))).toEqual([]);
    expect(codes(checkPlanConsistency(plan([growth], stated(5.13))))).toEqual(['PLAN_RATE_MISMATCH']);
  });

  it('uses the canonical formula for a row that has none, when given the library', () => {
    // Mentougou line 190: 88.4万 primary-care visits of 340.4万, but the table (line 530) says 29.92 %.
    const share = indicator('MTG-R05', '基层诊疗人次占总诊疗人次比例', { unit: '%' });
    const doc = plan(
      [share],
      [
        { dataElement: 'PRIMARY_CARE_VISITS', period: '2020', value: 884000, line: 190 },
        { dataElement: 'OUTPATIENT_VISITS', period: '2020', value: 3404000, line: 190 },
        { dataElement: 'MTG-R05', period: '2020', value: 29.92, line: 530 },
      ],
    );
    expect(checkPlanConsistency(doc)).toEqual([]);
    const [finding] = checkPlanConsistency(doc, { library });
    expect(finding).toMatchObject({ code: 'PLAN_RATE_MISMATCH', lines: [190, 530], details: { formulaFrom: 'canonical', stated: 29.92 } });
    expect(finding.message.en).toContain('884000 × 100 ÷ 3404000 = 25.97');
  });
});

describe('rates that imply different values of an unstated denominator', () => {
  // Mentougou 2020 (lines 196–206 and the tables): counts and per-population rates, no population.
  const perPopulation = (code: string, name: string, element: string, factor: number) =>
    indicator(code, name, { unit: '人', factor, numerator: `#{${element}}`, denominator: '#{POP_RESIDENT}' });
  const indicators = [
    indicator('MTG-06', '每千常住人口医疗卫生机构床位数', { unit: '张', factor: 1000, numerator: '#{BEDS}', denominator: '#{POP_RESIDENT}' }),
    perPopulation('MTG-07', '每千常住人口执业（助理）医师数', 'PHYSICIANS', 1000),
    perPopulation('MTG-08', '每千常住人口注册护士数', 'NURSES', 1000),
    perPopulation('MTG-10', '每万常住人口全科医生数', 'GPS', 10000),
  ];
  const counts = [
    { dataElement: 'BEDS', period: '2020', value: 2989, line: 196 },
    { dataElement: 'PHYSICIANS', period: '2020', value: 1389, line: 202 },
    { dataElement: 'NURSES', period: '2020', value: 1608, line: 204 },
    { dataElement: 'GPS', period: '2020', value: 125, line: 206 },
    { dataElement: 'MTG-06', period: '2020', value: 7.6, line: 929 },
    { dataElement: 'MTG-07', period: '2020', value: 3.5, line: 931 },
    { dataElement: 'MTG-08', period: '2020', value: 4.1, line: 933 },
    { dataElement: 'MTG-10', period: '2020', value: 3.2, line: 949 },
  ];

  it('accepts rates that one population reproduces', () => {
    expect(checkPlanConsistency(plan(indicators, counts))).toEqual([]);
  });

  it('singles out the rate no common population reproduces: 5.81 beds per 1 000 of the 13th-plan table', () => {
    indicators[0].baselines = [{ year: 2020, value: 5.81, source: { line: 538 } }];
    const findings = checkPlanConsistency(plan(indicators, counts)).filter((f) => f.code === 'PLAN_RATE_IMPLIED_DENOMINATOR_CONFLICT');
    indicators[0].baselines = [];
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ indicator: 'MTG-06', lines: [196, 538, 929, 931, 933, 949] });
    const details = finding.details as { figure: { rate: number; implied: number[] }; impliedByAgreeing: number[] };
    expect(details.figure.rate).toBe(5.81);
    // 2 989 000 ÷ 5.82 … ÷ 5.80 against the overlap of the four others, 2 989 000 ÷ 7.7 … ÷ 7.5
    expect(details.figure.implied.map(Math.round)).toEqual([513574, 515345]);
    expect(details.impliedByAgreeing.map(Math.round)).toEqual([388182, 398533]);
    expect(finding.message.zh).toContain('推算常住人口 (POP_RESIDENT)约为 513574–515345');
  });
});

describe('sub-rows and disaggregations that should add up', () => {
  // Xicheng line 468–470: 12 standardised centres and 48 stations, 60 in all.
  const rows = (total: number) => [
    indicator('XC-S', '规范化社区卫生服务机构数', { unit: '个', baselines: [{ year: 2020, value: total, source: { line: 468 } }] }),
    indicator('XC-Sa', '其中：社区卫生服务中心', { unit: '个', parent: 'XC-S', baselines: [{ year: 2020, value: 12, source: { line: 468 } }] }),
    indicator('XC-Sb', '社区卫生服务站', { unit: '个', parent: 'XC-S', baselines: [{ year: 2020, value: 48, source: { line: 470 } }] }),
  ];

  it('accepts sub-rows that add up to their total', () => {
    expect(checkPlanConsistency(plan(rows(60)))).toEqual([]);
  });

  it('warns when the parts exceed the total, and notes when they fall short', () => {
    const [over] = checkPlanConsistency(plan(rows(58)));
    expect(over).toMatchObject({ code: 'PLAN_SUBROWS_SUM_MISMATCH', severity: 'warning', indicator: 'XC-S', details: { total: 58, sum: 60 } });
    expect(over.message.en).toContain('其中：社区卫生服务中心 12 + 社区卫生服务站 48 = 60: the parts exceed the total');
    expect(checkPlanConsistency(plan(rows(62)))[0]).toMatchObject({ code: 'PLAN_SUBROWS_SUM_MISMATCH', severity: 'info' });
  });

  it('does not add up rates: Chaoyang bed occupancy ≥85 overall, ≥90 / ≥50 / ≥55 by hospital grade', () => {
    const rate = (code: string, name: string, value: number, parent?: string) =>
      indicator(code, name, { unit: '%', factor: 100, parent, baselines: [{ year: 2020, value }] });
    const occupancy = [rate('CY-24', '医疗机构床位使用率', 85), rate('CY-24a', '其中：三级医院', 90, 'CY-24'), rate('CY-24b', '二级医院', 50, 'CY-24')];
    expect(checkPlanConsistency(plan(occupancy))).toEqual([]);
  });

  it('checks disaggregated values against their total', () => {
    // Mentougou lines 364–368: 144 supportive environments = 102 + 31 + 6 + 4 + 1.
    const parts = [['BOARDS', 102], ['HUTS', 31], ['TRAILS', 6], ['STREETS', 4], ['PARKS', 1]] as const;
    const values = (total: number) => [
      { dataElement: 'MTG.ENVIRONMENTS', period: '2020', value: total, line: 364 },
      ...parts.map(([name, value]) => ({ dataElement: 'MTG.ENVIRONMENTS', disaggregation: name, period: '2020', value, line: 366 })),
    ];
    expect(checkPlanConsistency(plan([], values(144)))).toEqual([]);
    const [finding] = checkPlanConsistency(plan([], values(145)));
    expect(finding).toMatchObject({ code: 'PLAN_DISAGGREGATION_SUM_MISMATCH', lines: [364, 366], details: { total: 145, sum: 144 } });
  });
});

describe('one figure stated with different values', () => {
  it('reports an indicator with two baselines for one year', () => {
    // Mentougou infant mortality 2020: 2.17 ‰ in the 14th-plan table (line 894), 2.28 ‰ in the review (line 342).
    const imr = indicator('MTG-03', '婴儿死亡率', {
      unit: '‰',
      baselines: [
        { year: 2020, value: 2.17, source: { line: 894 } },
        { year: 2020, value: 2.28, source: { line: 342 } },
      ],
    });
    const [finding] = checkPlanConsistency(plan([imr]));
    expect(finding).toMatchObject({ code: 'PLAN_BASELINE_CONFLICT', indicator: 'MTG-03', lines: [342, 894], details: { year: 2020, values: [2.17, 2.28] } });
    expect(finding.message.zh).toBe('MTG-03「婴儿死亡率」 2020 年有 2 个不同的数值：MTG-03「婴儿死亡率」基期值 2.17（第 894 行）；MTG-03「婴儿死亡率」基期值 2.28（第 342 行）');
  });

  it('reads figures printed at different precision as the same: 38.19 and 38.2', () => {
    const coverage = indicator('MTG-14', '家庭医生全人群签约覆盖率', { unit: '%', baselines: [{ year: 2020, value: 38.2 }] });
    expect(checkPlanConsistency(plan([coverage], [{ dataElement: 'MTG-14', period: '2020', value: 38.19 }]))).toEqual([]);
  });

  it('compares two rows that link to one canonical indicator', () => {
    // Mentougou 2020: 5.81 beds per 1 000 in the 13th-plan table, 7.6 in the 14th-plan table.
    const rows = [
      indicator('MTG-R07', '每千人口床位数', { unit: '张', baselines: [{ year: 2020, value: 5.81, source: { line: 538 } }] }),
      indicator('MTG-06', '每千常住人口医疗卫生机构床位数', { unit: '张', baselines: [{ year: 2020, value: 7.6, source: { line: 929 } }] }),
    ];
    expect(checkPlanConsistency(plan(rows))).toEqual([]);
    const [finding] = checkPlanConsistency(plan(rows), { library });
    expect(finding).toMatchObject({ code: 'PLAN_FIGURE_CONFLICT', lines: [538, 929], details: { values: [5.81, 7.6] } });
  });

  it('reports two different data values for one element, org unit and period as an error', () => {
    const doc = plan([], [
      { dataElement: 'BEDS', period: '2020', value: 23975, line: 13 },
      { dataElement: 'BEDS', period: '2020', value: 23957, line: 40 },
    ]);
    const finding = checkPlanConsistency(doc).find((f) => f.code === 'PLAN_DATA_VALUE_CONFLICT');
    expect(finding).toMatchObject({ severity: 'error', lines: [13, 40], details: { dataElement: 'BEDS', orgUnit: REGION, period: '2020', values: [23975, 23957] } });
  });
});

describe('targets', () => {
  // Xicheng 2021–2025: life expectancy 84.26 in 2020 (line 118) against ≥84 (line 814).
  const lifeExpectancy = (text: string, comparator: '>=' | 'reach' | 'maintain', value: number, source = 'plan') =>
    indicator('XC-07', '人均期望寿命', {
      unit: '岁',
      direction: 'up',
      baselines: [{ year: 2020, value: 84.26, source: { line: 118 } }],
      targets: [{ text, comparator, value, year: 2025, source, line: 814 }],
    });

  it('notes a target the baseline already meets', () => {
    const [finding] = checkPlanConsistency(plan([lifeExpectancy('≥84 岁', '>=', 84)]));
    expect(finding).toMatchObject({ code: 'PLAN_TARGET_MET_AT_BASELINE', severity: 'info', indicator: 'XC-07', lines: [118, 814] });
    expect(finding.message.zh).toBe('XC-07「人均期望寿命」 2020 年基期值 84.26 已达到 2025 年目标「≥84 岁」');
  });

  it('names the higher-level source of a target, and leaves targets that are not met or only held alone', () => {
    expect(checkPlanConsistency(plan([lifeExpectancy('84', 'reach', 84, '北京市')]))[0].message.en).toContain('target 「84」（北京市）');
    expect(checkPlanConsistency(plan([lifeExpectancy('84.5', 'reach', 84.5)]))).toEqual([]);
    expect(checkPlanConsistency(plan([lifeExpectancy('保持在84以上', 'maintain', 84)]))).toEqual([]);
  });

  it('warns about a target of the plan due after the plan period', () => {
    // 健康西城 2017–2020: 30万人 on ice and snow, in the context of the 2022 Winter Olympics.
    const doc = plan([indicator('XC17-P16', '上冰雪人数', { unit: '万人', targets: [{ text: '30万人', comparator: 'reach', value: 30, year: 2022, line: 177 }] })]);
    doc.plan.periodStart = 2017;
    doc.plan.periodEnd = 2020;
    const [finding] = checkPlanConsistency(doc);
    expect(finding).toMatchObject({ code: 'PLAN_TARGET_YEAR_OUTSIDE_PERIOD', lines: [177], details: { year: 2022, periodStart: 2017, periodEnd: 2020 } });
    doc.indicators[0].targets[0].source = '十三五规划';
    expect(checkPlanConsistency(doc)).toEqual([]);
  });
});

describe('multipliers', () => {
  it('warns about a factor on a value measured directly', () => {
    const literacy = indicator('CY-P07', '居民健康素养水平', { unit: '%', factor: 100, numerator: '#{HEALTH_LITERACY}', denominator: null });
    expect(checkPlanConsistency(plan([literacy]))[0]).toMatchObject({ code: 'PLAN_FACTOR_WITHOUT_DENOMINATOR', details: { factor: 100 } });
    expect(checkPlanConsistency(plan([{ ...literacy, factor: 1 }]))).toEqual([]);
  });

  it('warns when the definition states another multiplier than the indicator uses', () => {
    // Xicheng #19: target ≤4 with no unit, definition 之比（%）.
    const referrals = indicator('XC-19', '分级诊疗上下转诊比例', {
      factor: 1,
      numerator: '#{XC.REFERRALS_UP}',
      denominator: '#{XC.REFERRALS_DOWN}',
      definition: '分级诊疗上下转诊比例，指医联体中“基层医疗卫生机构向上级医疗卫生机构转诊的次数”与“上级医疗卫生机构向社区卫生服务机构转诊的次数”之比（%）。',
      targets: [{ text: '≤4', comparator: '<=', value: 4, year: 2025, line: 854 }],
    });
    const [finding] = checkPlanConsistency(plan([referrals]));
    expect(finding).toMatchObject({ code: 'PLAN_DEFINITION_FACTOR_MISMATCH', indicator: 'XC-19', lines: [854], details: { definitionFactor: 100, factor: 1 } });
    const beds = indicator('XC-23', '千人医疗卫生机构床位数', { factor: 1000, numerator: '#{BEDS}', denominator: '#{POP_RESIDENT}', definition: '指“医疗卫生机构实有床位数”与“期末常住人口数”之比×1000。' });
    expect(checkPlanConsistency(plan([beds]))).toEqual([]);
  });
});
