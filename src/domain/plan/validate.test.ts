import { describe, expect, it } from 'vitest';
import { examplePlan } from './example.js';
import type { PlanDocument } from './format.js';
import type { Problem } from './problem.js';
import { validatePlanDocument } from './validate.js';

function problemsOf(json: unknown): Problem[] {
  const result = validatePlanDocument(json);
  return result.ok ? [] : result.problems;
}

function only(json: unknown): Problem {
  const problems = problemsOf(json);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0];
}

function edited(change: (plan: PlanDocument) => void): PlanDocument {
  const plan = examplePlan();
  change(plan);
  return plan;
}

describe('validatePlanDocument: accepted documents', () => {
  it('accepts the documented example and returns it typed', () => {
    const result = validatePlanDocument(examplePlan());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan.indicators.map((i) => i.code)).toEqual(['EX-01', 'EX-02', 'EX-03', 'EX-03a']);
  });

  it('accepts the minimum shape other tools rely on', () => {
    const minimum = {
      format: 'healthplan.plan/1',
      plan: { code: 'mentougou-2021-2025', title: '北京市门头沟区“十四五”时期卫生健康事业发展规划', region: '110109', periodStart: 2021, periodEnd: 2025 },
      externalReferences: { orgUnits: ['110109'] },
      indicators: [
        {
          code: 'MTG21-01',
          name: '人均预期寿命',
          unit: '岁',
          attribute: 'expected',
          category: '健康水平',
          parent: null,
          baselines: [{ year: 2020, value: 81.7 }],
          targets: [
            { text: '81.8', comparator: 'reach', value: 81.8, valueHigh: null, year: 2025, source: 'plan' },
            { text: '82.8', comparator: 'reach', value: 82.8, valueHigh: null, year: 2025, source: '北京市' },
          ],
        },
      ],
      tasks: [{ path: '第四部分/一、', title: '深化体制机制改革' }],
      projects: [{ name: '龙泉医院迁建' }],
    };
    expect(problemsOf(minimum)).toEqual([]);
  });

  it('accepts qualitative and direction-only targets without a number', () => {
    const plan = edited((p) => {
      p.indicators[0].targets.push(
        { text: '达到国际水平', comparator: 'qualitative', value: null, year: 2025, source: '北京市' },
        { text: '平稳下降', comparator: 'decrease', value: null, year: 2025 },
      );
    });
    expect(problemsOf(plan)).toEqual([]);
  });
});

describe('validatePlanDocument: schema problems', () => {
  it('rejects something that is not a plan document at all', () => {
    for (const json of [null, 42, 'plan', []]) {
      const problem = only(json);
      expect(problem).toMatchObject({ path: '', code: 'PLAN_SCHEMA_TYPE' });
      expect(problem.message.en).toContain('must be an object');
    }
  });

  it('names the format version it expects', () => {
    const problem = only({ ...examplePlan(), format: 'healthplan.plan/2' });
    expect(problem).toMatchObject({ path: '/format', code: 'PLAN_FORMAT_VERSION' });
    expect(problem.message.zh).toContain('"healthplan.plan/1"');
    expect(problem.message.en).toContain('found "healthplan.plan/2"');
  });

  it('points at a misspelt field inside an indicator, naming the indicator in both languages', () => {
    const plan = edited((p) => Object.assign(p.indicators[1], { baseline: 6.94 }));
    const problem = only(plan);
    expect(problem).toMatchObject({ path: '/indicators/1/baseline', code: 'PLAN_SCHEMA_UNKNOWN_FIELD' });
    expect(problem.message.zh).toBe('第 2 个指标 EX-02「每千常住人口医疗卫生机构床位数」的字段“baseline”：未知字段，格式 healthplan.plan/1 中没有此字段（是否拼写有误？）');
    expect(problem.message.en).toBe('Indicator #2 EX-02「每千常住人口医疗卫生机构床位数」, field "baseline": unknown field, not part of format healthplan.plan/1 (a misspelling?)');
  });

  it('reports a target value written as text, at the value itself', () => {
    const plan = edited((p) => Object.assign(p.indicators[2].targets[0], { value: '85%' }));
    const problem = only(plan);
    expect(problem).toMatchObject({ path: '/indicators/2/targets/0/value', code: 'PLAN_SCHEMA_TYPE' });
    expect(problem.message.zh).toContain('第 1 个目标「≥85」');
    expect(problem.message.en).toContain('must be a number or null, found "85%"');
  });

  it('lists the allowed values when an attribute is written in Chinese', () => {
    const plan = edited((p) => Object.assign(p.indicators[0], { attribute: '约束性' }));
    const problem = only(plan);
    expect(problem).toMatchObject({ path: '/indicators/0/attribute', code: 'PLAN_SCHEMA_ENUM' });
    expect(problem.message.en).toContain('allowed: "binding", "expected", "guiding", null');
  });

  it('reports each missing required field at its own path', () => {
    const plan = edited((p) => {
      delete (p.plan as Partial<PlanDocument['plan']>).region;
      delete (p.indicators[3] as Partial<PlanDocument['indicators'][number]>).targets;
    });
    const problems = problemsOf(plan);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['/plan/region', 'PLAN_SCHEMA_REQUIRED'],
      ['/indicators/3/targets', 'PLAN_SCHEMA_REQUIRED'],
    ]);
  });

  it('explains the date and code conventions', () => {
    const plan = edited((p) => {
      p.plan.approvalDate = '2021年10月12日';
      p.indicators[0].code = 'EX 01';
      p.projects[0].plannedCompletion = '2023年';
    });
    const problems = problemsOf(plan);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['/plan/approvalDate', 'PLAN_SCHEMA_DATE'],
      ['/indicators/0/code', 'PLAN_SCHEMA_CODE'],
      ['/projects/0/plannedCompletion', 'PLAN_SCHEMA_DATE'],
    ]);
    expect(problems[0].message.zh).toContain('日期应写作 YYYY-MM-DD');
    expect(problems[2].message.en).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('rejects a factor that does not match a rate unit', () => {
    const problem = only(edited((p) => (p.indicators[1].factor = 1200)));
    expect(problem).toMatchObject({ path: '/indicators/1/factor', code: 'PLAN_SCHEMA_ENUM' });
  });
});

describe('validatePlanDocument: rules beyond the schema', () => {
  it('requires a number for comparators that compare with one', () => {
    const plan = edited((p) => (p.indicators[2].targets[0].value = null));
    const problem = only(plan);
    expect(problem).toMatchObject({ path: '/indicators/2/targets/0/value', code: 'PLAN_TARGET_VALUE_MISSING' });
    expect(problem.message.zh).toContain('第 3 个指标 EX-03「医疗机构床位使用率」的第 1 个目标「≥85」');
    expect(problem.message.en).toContain('comparator ">=" needs a target number');
  });

  it('requires an upper value at or above the lower value for a range', () => {
    const missing = edited((p) => p.indicators[2].targets.push({ text: '8-9%', comparator: 'range', value: 8, year: 2025 }));
    expect(only(missing)).toMatchObject({ path: '/indicators/2/targets/1/valueHigh', code: 'PLAN_TARGET_VALUE_MISSING' });
    const reversed = edited((p) => p.indicators[2].targets.push({ text: '8-9%', comparator: 'range', value: 9, valueHigh: 8, year: 2025 }));
    expect(only(reversed)).toMatchObject({ path: '/indicators/2/targets/1/valueHigh', code: 'PLAN_TARGET_RANGE_INVALID' });
  });

  it('finds codes used twice, pointing at the second one', () => {
    const plan = edited((p) => {
      p.indicators[1].code = 'EX-01';
      p.orgUnits!.push({ code: '110105', name: '朝阳区', level: 'district' });
      p.departments!.push({ code: '110105-D01', name: '区财政局' });
      p.dataElements!.push({ code: 'BEDS', name: '床位数', aggregationAcross: 'sum', aggregationOverTime: 'last' });
    });
    const problems = problemsOf(plan);
    expect(problems.filter((p) => p.code === 'PLAN_DUPLICATE_CODE').map((p) => p.path)).toEqual([
      '/orgUnits/2/code',
      '/departments/1/code',
      '/indicators/1/code',
      '/dataElements/4/code',
    ]);
    expect(problems[0].message.en).toContain('item #2 (/orgUnits/1) already has it');
  });

  it('checks that the region and parents exist, in the file or as external references', () => {
    const plan = edited((p) => {
      p.plan.region = '110109';
      p.orgUnits![1].parent = '110100';
    });
    expect(problemsOf(plan).map((p) => [p.path, p.code])).toEqual([
      ['/plan/region', 'PLAN_UNKNOWN_REGION'],
      ['/orgUnits/1/parent', 'PLAN_UNKNOWN_PARENT'],
    ]);
    plan.externalReferences = { orgUnits: ['110109', '110100'] };
    expect(problemsOf(plan)).toEqual([]);
  });

  it('finds parent chains that loop', () => {
    const plan = edited((p) => {
      p.orgUnits![0].parent = '110105';
      p.indicators[2].parent = 'EX-03a';
    });
    const problems = problemsOf(plan);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['/orgUnits/0/parent', 'PLAN_PARENT_CYCLE'],
      ['/indicators/2/parent', 'PLAN_PARENT_CYCLE'],
    ]);
    expect(problems[1].message.en).toContain('EX-03 → EX-03a → EX-03');
  });

  it('checks sub-rows point at an indicator that exists', () => {
    const problem = only(edited((p) => (p.indicators[3].parent = 'EX-24')));
    expect(problem).toMatchObject({ path: '/indicators/3/parent', code: 'PLAN_UNKNOWN_PARENT' });
    expect(problem.message.zh).toContain('上级指标 "EX-24" 不存在');
  });

  it('requires the period to start before it ends', () => {
    const problem = only(edited((p) => (p.plan.periodStart = 2026)));
    expect(problem).toMatchObject({ path: '/plan/periodEnd', code: 'PLAN_PERIOD_ORDER' });
  });

  it('accepts the four kinds of ISO period and rejects anything else', () => {
    const periods = (ids: string[]) =>
      edited((p) => {
        p.dataValues = ids.map((period) => ({ dataElement: 'BEDS', orgUnit: '110105', period, value: 23975, source: { line: 13 } }));
      });
    expect(problemsOf(periods(['2020', '2024S1', '2024S2', '2024Q3', '202403', '202412']))).toEqual([]);
    const bad = ['2024-03', '2024Q5', '202413', '2024S3', '2024W10', '20'];
    const problems = problemsOf(periods(bad));
    expect(problems.map((p) => p.code)).toEqual(bad.map(() => 'PLAN_INVALID_PERIOD'));
    expect(problems[0].message.zh).toContain('期间 "2024-03" 无效');
  });

  it('checks data values refer to declared elements or indicators and org units', () => {
    const plan = edited((p) => {
      p.dataValues!.push(
        { dataElement: 'EX-03a', orgUnit: '110105', period: '2020', value: 90, source: {} },
        { dataElement: 'NURSES', orgUnit: '110105', period: '2020', value: 25079, source: { line: 13 } },
        { dataElement: 'BEDS', orgUnit: '110105-S01', period: '2020', value: 1019, source: { line: 39 } },
      );
    });
    expect(problemsOf(plan).map((p) => [p.path, p.code])).toEqual([
      ['/dataValues/5/dataElement', 'PLAN_UNKNOWN_DATA_ELEMENT'],
      ['/dataValues/6/orgUnit', 'PLAN_UNKNOWN_ORG_UNIT'],
    ]);
  });

  it('checks that expressions use declared data elements, allowing disaggregations and dotted codes', () => {
    const plan = edited((p) => {
      p.dataElements!.push({ code: 'CY21.BEDS_PRIMARY', name: '基层医疗机构床位数', aggregationAcross: 'sum', aggregationOverTime: 'last' });
      p.indicators[1].numerator = '#{BEDS.OPEN} + #{CY21.BEDS_PRIMARY} + #{CY21.BEDS_PRIMARY.COMMUNITY}';
      p.indicators[2].numerator = '#{INPATIENT_BED_DAYS}';
      p.indicators[2].denominator = '#{BEDS} * [days]';
    });
    const problem = only(plan);
    expect(problem).toMatchObject({ path: '/indicators/2/numerator', code: 'PLAN_EXPRESSION_UNKNOWN_ELEMENT' });
    expect(problem.message.en).toContain('#{INPATIENT_BED_DAYS}');
  });

  it('checks departments, linked indicators and project locations', () => {
    const plan = edited((p) => {
      p.tasks[0].cooperatingDepartments = ['110105-D01', '110105-D07'];
      p.tasks[0].indicators = ['EX-02', 'EX-09'];
      p.projects[0].location = '110105-S12';
    });
    expect(problemsOf(plan).map((p) => [p.path, p.code])).toEqual([
      ['/tasks/0/cooperatingDepartments/1', 'PLAN_UNKNOWN_DEPARTMENT'],
      ['/tasks/0/indicators/1', 'PLAN_UNKNOWN_INDICATOR'],
      ['/projects/0/location', 'PLAN_UNKNOWN_ORG_UNIT'],
    ]);
  });

  it('checks canonical links when the library codes are given', () => {
    const plan = edited((p) => (p.indicators[2].canonical = 'BED_OCCUPANCY_RATE_X'));
    const result = validatePlanDocument(plan, { canonicalCodes: new Set(['LIFE_EXPECTANCY', 'BEDS_PER_1000']) });
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([['/indicators/2/canonical', 'PLAN_UNKNOWN_CANONICAL']]);
    expect(validatePlanDocument(plan).ok).toBe(true);
  });
});

/** Every optional field made required, so that this file stops compiling when format.ts gains a field. */
type Complete<T> = T extends Array<infer U> ? Array<Complete<U>> : T extends object ? { [K in keyof T]-?: Complete<NonNullable<T[K]>> } : T;

describe('validatePlanDocument: the schema and the TypeScript types agree', () => {
  it('accepts a document that uses every field of the format', () => {
    const source = { document: '001-mentougou-2021-2025.txt', line: 1753, lines: [1753, 1755], table: '附表', url: 'https://example.org/plan', note: '地上14251㎡、地下6105㎡' };
    const hospital = { type: '综合医院', grade: '三级', ownership: '公立', beds: 800, opened: '1952', closed: '2099-12-31' };
    const everything: Complete<PlanDocument> = {
      format: 'healthplan.plan/1',
      plan: {
        code: 'xicheng-2017-2020',
        title: '健康西城品质提升行动计划（2017-2020年）',
        region: '110102',
        periodStart: 2017,
        periodEnd: 2020,
        issuer: '北京市西城区人民政府',
        documentNumber: '西政发〔2017〕9号',
        approvalDate: '2017-05-18',
        status: 'closed',
        progressMethod: 'growth',
        source,
        summary: '健康西城品质提升行动计划',
      },
      externalReferences: { orgUnits: ['110000', '110102'], departments: ['110109-D09'], dataElements: ['POP_RESIDENT'], indicators: ['MTG21-R01'] },
      orgUnits: [
        { code: '110109', name: '门头沟区', level: 'district', parent: '110000', aliases: ['门头沟'], officialCode: '110109', institution: hospital, groups: [], source },
        {
          code: '110109-I001',
          name: '北京市门头沟区医院',
          level: 'institution',
          parent: '110109',
          aliases: ['区医院'],
          officialCode: '—',
          institution: hospital,
          groups: ['110109-G01'],
          source,
        },
      ],
      departments: [{ code: '110109-D01', name: '区卫生健康委', aliases: ['区卫健委'] }],
      outline: [{ path: '第四部分/一、', title: '深化体制机制改革', level: 2, line: 989 }],
      dataElements: [{ code: 'BEDS', name: '医疗卫生机构床位数（实有/开放）', unit: '张', valueType: 'integer', aggregationAcross: 'sum', aggregationOverTime: 'last', description: '实有床位' }],
      indicators: [
        {
          code: 'MTG21-06',
          name: '每千常住人口医疗卫生机构床位数',
          aliases: ['每千常住人口床位数'],
          category: '资源配置',
          seq: '6',
          unit: '张',
          factor: 1000,
          decimals: 2,
          attribute: 'expected',
          direction: 'target',
          definition: '医疗卫生机构床位数与常住人口数之比×1000',
          numerator: '#{BEDS}',
          denominator: '#{POP_RESIDENT}',
          populationBasis: 'resident',
          parent: 'MTG21-R01',
          canonical: 'BEDS_PER_1000',
          table: '“十四五”时期卫生健康事业发展主要调控指标表',
          note: '与“十三五”评估表的5.81口径不同',
          source,
          baselines: [{ year: 2020, value: 7.6, text: '7.6', note: '与5.81冲突', source }],
          targets: [
            {
              text: '7.6 左右',
              comparator: 'maintain',
              value: 7.6,
              valueHigh: 8,
              bound: '>=',
              year: 2025,
              scope: 'region',
              source: 'plan',
              fromProse: false,
              tolerance: 0.38,
              unit: '张',
              note: '力争',
              line: 929,
            },
          ],
        },
      ],
      tasks: [
        {
          path: '第四部分/一、',
          title: '深化体制机制改革',
          summary: '深化体制机制改革',
          leadDepartment: '110109-D01',
          cooperatingDepartments: ['110109-D09'],
          deadline: '2025-12',
          indicators: ['MTG21-06'],
          source,
        },
      ],
      boxes: [{ code: '1', title: '专栏1', path: '第四部分/一、', items: [{ title: '条目', text: '内容', line: 1000 }], source }],
      projects: [
        {
          name: '龙泉医院迁建',
          code: 'MTG21-X01',
          location: '110109',
          locationText: '门头沟区',
          kind: '迁建',
          content: '建筑面积20356㎡',
          beds: 300,
          floorArea: 20356,
          siteArea: 30000,
          investment: 30000,
          investmentText: '约3亿元',
          plannedStart: '2021',
          plannedCompletion: '2025-06',
          stage: 'started',
          targetStage: 'completed',
          source,
        },
      ],
      dataValues: [{ dataElement: 'BEDS', orgUnit: '110109', period: '2020', value: 2989, disaggregation: 'OPEN', comment: '实有床位', source }],
    };
    expect(problemsOf(everything)).toEqual([]);
  });
});
