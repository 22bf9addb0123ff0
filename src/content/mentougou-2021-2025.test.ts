import { describe, expect, it } from 'vitest';
import type { IndicatorDef } from '../domain/plan/format.js';
import { itIsAWellFormedPlan, readPlanContent } from './plan-content.js';

const doc = readPlanContent('mentougou-2021-2025');
const TABLE_14 = '“十四五”时期卫生健康事业发展主要调控指标表';
const TABLE_13 = '“十三五”卫生计生事业发展主要调控指标评估表';

function indicator(name: string, table = TABLE_14): IndicatorDef {
  const found = doc.indicators.filter((i) => i.name === name && i.table === table);
  expect(found, `${name} in ${table}`).toHaveLength(1);
  return found[0]!;
}

function planTarget(i: IndicatorDef) {
  return i.targets.find((t) => t.source === 'plan' && !t.fromProse);
}

function beijingTarget(i: IndicatorDef) {
  return i.targets.find((t) => t.source === '北京市');
}

function value(element: string, period = '2020', orgUnit = '110109'): number | undefined {
  return doc.dataValues?.find((v) => v.dataElement === element && v.period === period && v.orgUnit === orgUnit)?.value;
}

describe('门头沟区“十四五”卫生健康规划 (content/plans/mentougou-2021-2025.json)', () => {
  itIsAWellFormedPlan(doc, 1806, ['力争全部村卫生室纳入医保定点']);

  it('covers 门头沟区 (110109) for 2021–2025 and names no issuer, as the text has no masthead', () => {
    expect(doc.plan).toMatchObject({ code: 'mentougou-2021-2025', region: '110109', periodStart: 2021, periodEnd: 2025, issuer: null });
    expect(doc.orgUnits?.find((u) => u.code === '110109')).toMatchObject({ name: '门头沟区', level: 'district', parent: '110000' });
  });

  it('has the 18 rows of the 14th-plan table, the 25 rows of the 13th-plan review table and 14 prose-only targets', () => {
    expect(doc.indicators.filter((i) => i.table === TABLE_14)).toHaveLength(18);
    expect(doc.indicators.filter((i) => i.table === TABLE_13)).toHaveLength(25);
    expect(doc.indicators.filter((i) => i.table === '正文')).toHaveLength(14);
  });

  it('keeps 每万常住人口疾控力量配比 binding: 1.73 in 2020, 1.75 for the district and for Beijing', () => {
    const cdc = indicator('每万常住人口疾控力量配比');
    expect(cdc.attribute).toBe('binding');
    expect(cdc.baselines.map((b) => b.value)).toEqual([1.73]);
    expect(planTarget(cdc)).toMatchObject({ text: '1.75', comparator: 'reach', value: 1.75, year: 2025 });
    expect(beijingTarget(cdc)).toMatchObject({ value: 1.75 });
    expect(doc.indicators.filter((i) => i.table === TABLE_14 && i.attribute === 'binding').map((i) => i.name)).toEqual(['每万常住人口疾控力量配比']);
  });

  it('reads the Beijing column: life expectancy 82.8, 达到国际水平 for maternal mortality, 6.5左右 beds', () => {
    const life = indicator('人均预期寿命');
    expect(planTarget(life)?.value).toBe(81.8);
    expect(beijingTarget(life)?.value).toBe(82.8);
    expect(beijingTarget(indicator('孕产妇死亡率'))).toMatchObject({ text: '达到国际水平', comparator: 'qualitative', value: null });
    expect(beijingTarget(indicator('每千常住人口医疗卫生机构床位数'))).toMatchObject({ comparator: 'about', value: 6.5 });
  });

  it('keeps both 2020 infant mortality figures, 2.17 (table) and 2.28 (review text), each flagged as conflicting', () => {
    const imr = indicator('婴儿死亡率');
    expect(imr.baselines.map((b) => [b.value, b.source?.line])).toEqual([[2.17, 894], [2.28, 342]]);
    expect(imr.baselines.every((b) => b.note?.includes('矛盾'))).toBe(true);
    expect(planTarget(imr)).toMatchObject({ comparator: '<=', value: 3 });
  });

  it('reads full-width ＜12 minutes for the EMS response time, a lower-is-better indicator at 18.1 in 2020', () => {
    const ems = indicator('院前医疗急救服务平均反应时间');
    expect(ems).toMatchObject({ unit: '分钟', direction: 'down' });
    expect(ems.baselines[0]?.value).toBe(18.1);
    expect(planTarget(ems)).toMatchObject({ text: '＜12', comparator: '<', value: 12 });
  });

  it('keeps the printed sequence 19 of the GP row and its target 4.0 against Beijing 4.4', () => {
    const gps = indicator('每万常住人口全科医生（含中医类别全科医生）数');
    expect(gps.seq).toBe('19');
    expect(gps.factor).toBe(10000);
    expect([planTarget(gps)?.value, beijingTarget(gps)?.value]).toEqual([4, 4.4]);
  });

  it('adds the prose 40%以上 to the table 40 左右 for national hygienic towns', () => {
    const towns = indicator('国家卫生镇创建比例');
    expect(towns.targets.map((t) => [t.text, t.comparator, t.value, t.source, t.fromProse ?? false])).toEqual([
      ['40 左右', 'about', 40, 'plan', false],
      ['40', 'reach', 40, '北京市', false],
      ['达到 40%以上', '>=', 40, 'plan', true],
    ]);
  });

  it('reads the 13th-plan review table: targets for 2020 and the actual values as 2020 data', () => {
    const village = indicator('行政村医疗卫生机构覆盖率', TABLE_13);
    expect(village).toMatchObject({ attribute: 'binding', seq: '9' });
    expect(village.targets[0]).toMatchObject({ text: '100%', comparator: 'reach', value: 100, year: 2020 });
    expect(value(village.code)).toBe(85.1);
    const gdp = indicator('卫生总费用占 GDP 比重', TABLE_13);
    expect(gdp.targets[0]).toMatchObject({ comparator: 'range', value: 8, valueHigh: 9 });
    expect(value(gdp.code)).toBe(1.72);
    expect(doc.indicators.filter((i) => i.table === TABLE_13 && i.attribute === 'binding')).toHaveLength(6);
  });

  it('measures the 13th-plan rates directly, as reported without their counts, and links them to the canonical library', () => {
    const beds = indicator('每千人口床位数', TABLE_13);
    expect(beds).toMatchObject({ canonical: 'BEDS_PER_1000', numerator: `#{${beds.code}}` });
    expect(value(beds.code)).toBe(5.81);
    const current = indicator('每千常住人口医疗卫生机构床位数');
    expect(current).toMatchObject({ canonical: 'BEDS_PER_1000', numerator: null });
    expect(indicator('户籍人口出生政策符合率', TABLE_13).numerator).toBe('#{BIRTH_POLICY_COMPLIANCE}');
    expect(value('BIRTH_POLICY_COMPLIANCE')).toBe(99.78);
  });

  it('reads 增长 0.5 岁以上 as an increment on 2015, when life expectancy was 0.05 below the 81.70 of 2020', () => {
    const life = indicator('平均期望寿命', TABLE_13);
    expect(life.targets[0]).toMatchObject({ comparator: 'increase_by', value: 0.5, year: 2020 });
    expect(life.baselines[0]).toMatchObject({ year: 2015, value: 81.65 });
    expect(life.numerator).toBe('#{LIFE_EXPECTANCY}');
    expect(value('LIFE_EXPECTANCY')).toBe(81.7);
  });

  it('keeps the prose targets: 4-8 new EMS stations, 献血率 20‰, AED 全覆盖, ICU beds 不低于国家要求', () => {
    const byName = (name: string) => indicator(name, '正文').targets[0];
    expect(byName('新建急救工作站数')).toMatchObject({ comparator: 'range', value: 4, valueHigh: 8, line: 1359 });
    expect(byName('千人口献血率')).toMatchObject({ comparator: '>=', value: 20, line: 1371 });
    expect(byName('重点公共场所AED等急救设施设备覆盖率')).toMatchObject({ comparator: '>=', value: 100 });
    expect(byName('区域定点医院重症床位')).toMatchObject({ comparator: 'qualitative', value: null });
  });

  it('lists the Part 4 tasks under their seven headings, with the EMS task linked to its targets', () => {
    const top = doc.tasks.filter((t) => t.path.split('/').length === 2).map((t) => t.title);
    expect(top).toEqual([
      '深化体制机制改革', '完善医疗服务体系', '完善公共卫生服务体系', '完善计划生育管理与服务体系',
      '深入推进爱国卫生及健康门头沟建设', '强化支撑体系建设', '推动医疗保障高质量发展',
    ]);
    expect(doc.tasks).toHaveLength(41);
    const ems = doc.tasks.find((t) => t.title === '加强应急管理体系建设');
    expect(ems?.summary).toContain('新建4-8 个急救工作站');
    expect(ems?.indicators).toContain('MTG21-P03');
    expect(doc.tasks.every((t) => t.leadDepartment === null)).toBe(true);
  });

  it('has the 8 projects of the appendix, with no investment figure and the stage each must reach', () => {
    expect(doc.projects).toHaveLength(8);
    expect(doc.projects.every((p) => p.investment === null)).toBe(true);
    expect(doc.projects[0]).toMatchObject({ name: '门头沟区龙泉医院迁建工程', floorArea: 20356, targetStage: 'started' });
    expect(doc.projects[3]).toMatchObject({ name: '区域医疗中心新建工程', siteArea: 100000, targetStage: 'preparation' });
    expect(doc.projects.map((p) => p.targetStage).filter((s) => s === 'completed')).toHaveLength(4);
  });

  it('keeps the resources reported for the end of the 13th plan', () => {
    expect([value('INSTITUTIONS'), value('BEDS'), value('HEALTH_WORKERS'), value('PHYSICIANS'), value('NURSES'), value('GPS')]).toEqual([
      265, 2989, 3984, 1389, 1608, 125,
    ]);
    expect(value('OUTPATIENT_VISITS')).toBe(3404000);
    expect(value('EMS_STATIONS')).toBe(6);
  });

  it('keeps the parts of 23 健康示范机构 and of 144 健康支持性环境, which add up', () => {
    const parts = (codes: string[]) => codes.reduce((sum, code) => sum + (value(`MTG21_${code}_13FYP`) ?? Number.NaN), 0);
    expect(value('MTG21_HEALTH_DEMO_INSTITUTIONS_13FYP')).toBe(23);
    expect(parts(['HEALTH_DEMO_COMMUNITIES', 'HEALTH_DEMO_WORKPLACES', 'HEALTH_DEMO_CANTEENS', 'HEALTH_DEMO_RESTAURANTS'])).toBe(23);
    expect(value('MTG21_HEALTH_SUPPORTIVE_ENVIRONMENTS_13FYP')).toBe(144);
    expect(parts(['HEALTH_NOTICE_BOARDS', 'HEALTH_HUTS', 'HEALTH_TRAILS', 'HEALTH_KNOWLEDGE_STREETS', 'HEALTH_THEME_PARKS'])).toBe(144);
  });

  it('places institutions in the district tree, with the names the text uses for them', () => {
    const hospital = doc.orgUnits?.find((u) => u.aliases?.includes('区医院'));
    expect(hospital).toMatchObject({ name: '门头沟区医院', level: 'institution', parent: '110109' });
    const yanchi = doc.orgUnits?.find((u) => u.name === '雁翅急救站');
    expect(doc.orgUnits?.find((u) => u.code === yanchi?.parent)?.name).toBe('雁翅镇');
  });
});
