import { describe, expect, it } from 'vitest';
import type { IndicatorDef } from '../domain/plan/format.js';
import { itIsAWellFormedPlan, readPlanContent } from './plan-content.js';

const doc = readPlanContent('chaoyang-2021-2025');
const TABLE = '四、关键指标';

function indicator(code: string): IndicatorDef {
  const found = doc.indicators.find((i) => i.code === code);
  expect(found, code).toBeDefined();
  return found!;
}

function byName(name: string, table = TABLE): IndicatorDef {
  const found = doc.indicators.filter((i) => i.name === name && i.table === table);
  expect(found, `${name} in ${table}`).toHaveLength(1);
  return found[0]!;
}

function value(element: string, period = '2020', orgUnit = '110105'): number | undefined {
  return doc.dataValues?.find((v) => v.dataElement === element && v.period === period && v.orgUnit === orgUnit)?.value;
}

describe('朝阳区“十四五”卫生健康规划 (content/plans/chaoyang-2021-2025.json)', () => {
  itIsAWellFormedPlan(doc, 477, ['至少建立一个标准化急救工作站', '达到每3万人口配置1辆', '至少建成1个急救车洗消站']);

  it('covers 朝阳区 (110105), approved on 12 October 2021, with no issuer or document number', () => {
    expect(doc.plan).toMatchObject({ region: '110105', approvalDate: '2021-10-12', issuer: null, documentNumber: null, periodEnd: 2025 });
  });

  it('has the 28 rows of the key indicator table: 6 binding, 22 expected, no sequence numbers', () => {
    const rows = doc.indicators.filter((i) => i.table === TABLE);
    expect(rows).toHaveLength(28);
    expect(rows.filter((i) => i.attribute === 'binding').map((i) => i.name)).toEqual([
      '婴儿死亡率', '孕产妇死亡率', '社区和500人以上行政村医疗卫生机构覆盖率',
      '每万常住人口全科医生（含中医类别全科医师）数', '每万常住人口疾控人员数', '每万常住人口公共卫生医师数',
    ]);
    expect(rows.every((i) => i.seq === null)).toBe(true);
  });

  it('reads the bed-occupancy sub-rows as children that do not add up to the 85% overall target', () => {
    const occupancy = byName('医疗机构床位使用率');
    const children = doc.indicators.filter((i) => i.parent === occupancy.code);
    expect(children.map((c) => [c.aliases?.[0], c.targets[0]?.value])).toEqual([
      ['其中：三级医院', 90],
      ['二级医院', 50],
      ['一级医院', 55],
    ]);
    expect(occupancy.targets[0]).toMatchObject({ text: '≥85', comparator: '>=', value: 85 });
    expect(occupancy.baselines[0]).toMatchObject({ year: 2019, value: 80.1 });
    expect(occupancy.baselines[0]?.note).toContain('编制床位');
  });

  it('keeps infant mortality ≤3 from the table and 不高于3.0‰ from the text, against 1.62‰ in 2020', () => {
    const imr = byName('婴儿死亡率');
    expect(imr.targets.map((t) => [t.text, t.comparator, t.value, t.fromProse ?? false, t.line])).toEqual([
      ['≤3', '<=', 3, false, 116],
      ['不高于3.0‰', '<=', 3, true, 270],
    ]);
    expect(imr.baselines[0]).toMatchObject({ year: 2020, value: 1.62 });
    expect(value(imr.code)).toBe(1.62);
  });

  it('keeps the two conflicting 2020 figures for the primary-care share of visits, 34.56 and 34.45', () => {
    const share = byName('基层诊疗人次占总诊疗人次比例');
    expect(share.baselines.map((b) => [b.value, b.source?.line])).toEqual([[34.56, 33], [34.45, 25]]);
    expect(share.baselines.every((b) => b.note?.includes('矛盾'))).toBe(true);
    expect(share.targets[0]).toMatchObject({ comparator: '>=', value: 35 });
  });

  it('keeps the trailing zero of ≥1.70 public-health physicians per 10 000 residents', () => {
    const doctors = byName('每万常住人口公共卫生医师数');
    expect(doctors.targets[0]).toMatchObject({ text: '≥1.70', value: 1.7 });
    expect(doctors).toMatchObject({ factor: 10000, decimals: 2, attribute: 'binding' });
  });

  it('links 医生（师） to the same canonical indicator as 医师, and keeps reported rates as direct values', () => {
    const physicians = byName('每千常住人口执业（助理）医生（师）数');
    expect(physicians).toMatchObject({ canonical: 'PHYSICIANS_PER_1000', numerator: `#{${physicians.code}}` });
    expect(value(physicians.code)).toBe(6.63);
    expect(byName('每万常住人口疾控人员数')).toMatchObject({ canonical: 'CDC_STAFF_PER_10000', numerator: null });
  });

  it('keeps the EMS targets set for 2022 apart from the 2025 ones', () => {
    const calls = byName('院前医疗急救呼叫满足率');
    expect(calls.targets.map((t) => [t.value, t.year])).toEqual([[95, 2025], [95, 2022]]);
    expect(byName('院前医疗急救服务平均反应时间', '正文').targets[0]).toMatchObject({ comparator: '<', value: 12, year: 2022 });
    expect(byName('每个街道（地区）标准化急救工作站数', '正文').targets[0]).toMatchObject({ comparator: '>=', value: 1, scope: 'each-street' });
    expect(byName('每3万人口院前医疗急救救护车数', '正文').targets[0]).toMatchObject({ text: '达到每3万人口配置1辆', value: 1 });
  });

  it('reads the prose targets of health promotion and maternal and child health', () => {
    const literacy = byName('居民健康素养水平', '正文');
    expect(literacy.targets[0]).toMatchObject({ comparator: '>=', value: 40, line: 266 });
    expect(literacy.baselines[0]).toMatchObject({ year: 2020, value: 33.9 });
    expect(literacy.numerator).toBe('#{HEALTH_LITERACY}');
    expect(byName('成人吸烟率', '正文').targets[0]).toMatchObject({ comparator: '<=', value: 20 });
    expect(byName('5岁以下儿童死亡率', '正文').targets[0]).toMatchObject({ text: '不高于4.0‰', comparator: '<=', value: 4, year: 2025 });
    expect(byName('新建国际化医院数', '正文').targets.map((t) => [t.comparator, t.value, t.valueHigh, t.line])).toEqual([
      ['range', 1, 2, 291],
      ['range', 1, 2, 345],
    ]);
  });

  it('has the 12 projects of the appendix: 6 with investment 待定, 1 224 200万元 and 4 280 beds known', () => {
    expect(doc.projects).toHaveLength(12);
    const unknown = doc.projects.filter((p) => p.investment === null);
    expect(unknown.map((p) => p.investmentText)).toEqual(Array(6).fill('待定'));
    expect(doc.projects.reduce((sum, p) => sum + (p.investment ?? 0), 0)).toBe(1224200);
    expect(doc.projects.reduce((sum, p) => sum + (p.beds ?? 0), 0)).toBe(4280);
    expect(doc.projects[1]).toMatchObject({ name: '朝阳医院东院', location: '110105-S02', plannedCompletion: '2023', stage: 'started' });
  });

  it('keeps the six programmes of Chapter 4 as one box with six items', () => {
    expect(doc.boxes).toHaveLength(1);
    const box = doc.boxes![0]!;
    expect(box.items.map((i) => i.title)).toEqual([
      '公共卫生应急管理能力提升工程', '国际化医疗服务能力提升工程', '区属医院能力提升工程',
      '高质量卫生健康资源达标工程', '高效能卫生健康体系整合协同工程', '高品质居民健康管理服务工程',
    ]);
    expect(box.items[0]?.text).toContain('确保区内医院负压病房不少于100间');
  });

  it('lists the ten sections of Chapter 3 and the departments the text names', () => {
    const top = doc.tasks.filter((t) => t.path.split('/').length === 2);
    expect(top).toHaveLength(10);
    const supervision = doc.tasks.find((t) => t.title === '突出问题导向，建立多元机制');
    expect(doc.departments?.find((d) => d.code === supervision?.leadDepartment)?.name).toBe('区卫生健康委');
    const water = doc.tasks.find((t) => t.title === '强化规范管理，落实主体责任');
    expect(water?.cooperatingDepartments?.map((c) => doc.departments?.find((d) => d.code === c)?.name)).toEqual([
      '区卫生健康委', '区水务局', '区房管局',
    ]);
  });

  it('keeps the resources reported for the end of 2020', () => {
    expect([value('INSTITUTIONS'), value('BEDS'), value('HEALTH_WORKERS'), value('PHYSICIANS'), value('NURSES')]).toEqual([
      1733, 23975, 57098, 22899, 25079,
    ]);
    expect(value('LIFE_EXPECTANCY')).toBe(82.91);
    expect(value('FAMILY_DOCTOR_CONTRACTED')).toBe(1399600);
  });

  it('keeps both years of the severe mental disorder management rate, already above its ≥90 target', () => {
    const smi = indicator('CY21-21');
    expect([value('CY21-21', '2015'), value('CY21-21', '2020')]).toEqual([84.1, 94.78]);
    expect(smi.targets[0]?.value).toBe(90);
  });

  it('places areas and institutions under the district with the names the text uses', () => {
    const airport = doc.orgUnits?.find((u) => u.name === '机场街道');
    expect(airport).toMatchObject({ level: 'street', parent: '110105' });
    expect(airport?.aliases).toContain('首都机场');
    const changying = doc.orgUnits?.find((u) => u.aliases?.includes('朝阳医院东院'));
    expect(doc.orgUnits?.find((u) => u.code === changying?.parent)?.name).toBe('常营地区');
  });
});
