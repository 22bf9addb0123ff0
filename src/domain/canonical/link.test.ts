import { describe, expect, it } from 'vitest';
import libraryJson from '../../../content/canonical/indicators.json' with { type: 'json' };
import type { CanonicalLibrary } from './library.js';
import { linkIndicator } from './link.js';

const library = libraryJson as unknown as CanonicalLibrary;

type Row = [name: string, unit: string | null, expected: string | null];

/** 西城区“十四五”规划, 具体指标 table (28 rows), names and units as printed (units from the target text where the table has none). */
const xicheng2021: Row[] = [
  ['孕产妇系统服务率', '%', 'MATERNAL_SYSTEMATIC_MGMT'],
  ['儿童保健系统服务率', '%', 'CHILD_HEALTH_MGMT'],
  ['老年人健康服务率', '%', 'ELDERLY_HEALTH_MGMT'],
  ['居民电子健康档案使用率', '%', 'EHR_USAGE_RATE'],
  ['一线工作人员急救知识和技能培训率', '%', null],
  ['家医服务满意度', null, null],
  ['人均期望寿命', '岁', 'LIFE_EXPECTANCY'],
  ['婴儿死亡率', '‰', 'INFANT_MORTALITY'],
  ['孕产妇死亡率', '/10 万', 'MATERNAL_MORTALITY'],
  ['四类慢性病过早死亡比例', '％', 'NCD_PREMATURE_DEATH_PROPORTION'],
  ['居民健康素养水平', '％', 'HEALTH_LITERACY'],
  ['居民心理健康素养水平', '%', 'MENTAL_HEALTH_LITERACY'],
  ['甲乙类法定报告传染病发病率', '/10 万', 'NOTIFIABLE_DISEASE_INCIDENCE'],
  ['高血压患者的规范化服务率', '％', 'HYPERTENSION_STD_MGMT'],
  ['糖尿病患者的规范化服务率', '％', 'DIABETES_STD_MGMT'],
  ['爱国卫生运动委员会（公共卫生委员会）在社会单元的覆盖率', '%', null],
  ['院前急救呼叫满足率', '%', 'EMS_CALL_FULFILMENT'],
  ['社区心理服务站建设率', '%', null],
  ['分级诊疗上下转诊比例', null, null],
  ['中医药诊疗服务量占比', '%', 'TCM_VISIT_SHARE'],
  ['开展诊间支付服务的区属医院占比', '%', null],
  ['区属医院开设互联网医院服务的比例', '%', null],
  ['千人医疗卫生机构床位数', '床', 'BEDS_PER_1000'],
  ['院前急救站点规划完成数', '个', null],
  ['每万名常住人口疾控力量配比', '人', 'CDC_STAFF_PER_10000'],
  ['每千常住人口执业（助理）医师数', '人', 'PHYSICIANS_PER_1000'],
  ['万人全科医生（含中医类别全科医师）数', '人', 'GPS_PER_10000'],
  ['社区卫生服务 15 分钟覆盖率', '%', null],
];

/** 门头沟区“十四五”规划, 主要调控指标表 (18 rows). */
const mentougou2021: Row[] = [
  ['人均预期寿命', '岁', 'LIFE_EXPECTANCY'],
  ['孕产妇死亡率', '1/10 万', 'MATERNAL_MORTALITY'],
  ['婴儿死亡率', '‰', 'INFANT_MORTALITY'],
  ['重大慢性病（心脑血管疾病、癌症、慢性呼吸系统疾病、糖尿病）过早死亡率', '%', 'NCD_PREMATURE_MORTALITY'],
  ['甲乙病类法定报告传染病发病率', '1/10 万', 'NOTIFIABLE_DISEASE_INCIDENCE'],
  ['每千常住人口医疗卫生机构床位数', '张', 'BEDS_PER_1000'],
  ['每千常住人口执业（助理）医师数', '人', 'PHYSICIANS_PER_1000'],
  ['每千常住人口注册护士数', '人', 'NURSES_PER_1000'],
  ['每万常住人口疾控力量配比', '人', 'CDC_STAFF_PER_10000'],
  ['每万常住人口全科医生（含中医类别全科医生）数', '人', 'GPS_PER_10000'],
  ['每千常住人口专业公共卫生机构卫生人员数', '人', 'PUBLIC_HEALTH_STAFF_PER_1000'],
  ['每千常住人口拥有 3岁以下幼儿托位数', '个', 'CHILDCARE_PLACES_PER_1000'],
  ['65 岁及以上老年人城乡社区规范化健康管理服务率', '%', 'ELDERLY_HEALTH_MGMT'],
  ['家庭医生全人群签约覆盖率', '%', 'FAMILY_DOCTOR_COVERAGE'],
  ['高血压患者规范管理率', '%', 'HYPERTENSION_STD_MGMT'],
  ['2 型糖尿病患者规范管理率', '%', 'DIABETES_STD_MGMT'],
  ['院前医疗急救服务平均反应时间', '分钟', 'EMS_RESPONSE_TIME'],
  ['国家卫生镇创建比例', '%', 'NATIONAL_HYGIENIC_TOWN_SHARE'],
];

/** 门头沟区“十三五”主要调控指标评估表 (25 rows); units from the target text. */
const mentougou2016: Row[] = [
  ['平均期望寿命', '岁', 'LIFE_EXPECTANCY'],
  ['婴儿死亡率', '‰', 'INFANT_MORTALITY'],
  ['孕产妇死亡率', '/10 万', 'MATERNAL_MORTALITY'],
  ['居民健康素养水平', '%', 'HEALTH_LITERACY'],
  ['基层诊疗人次占总诊疗人次比例', '%', 'PRIMARY_CARE_VISIT_SHARE'],
  ['公立医院业务收入年均增幅与地区生产总值年均增幅的比值', null, null],
  ['每千人口床位数', '张', 'BEDS_PER_1000'],
  ['每万常住人口全科医生（含中医类别全科医师）数', '人', 'GPS_PER_10000'],
  ['行政村医疗卫生机构覆盖率', '%', 'VILLAGE_FACILITY_COVERAGE'],
  ['中医门诊量占门诊总诊疗人次的比例', '%', 'TCM_VISIT_SHARE'],
  ['社区卫生服务中心中医师覆盖率', '%', null],
  ['四类慢病过早死亡比例', '%', 'NCD_PREMATURE_DEATH_PROPORTION'],
  ['甲乙类传染病报告发病率', '/10 万', 'NOTIFIABLE_DISEASE_INCIDENCE'],
  ['高血压患者规范管理率', '%', 'HYPERTENSION_STD_MGMT'],
  ['糖尿病患者规范管理率', '%', 'DIABETES_STD_MGMT'],
  ['孕产妇系统服务率', '%', 'MATERNAL_SYSTEMATIC_MGMT'],
  ['儿童保健系统服务率', '%', 'CHILD_HEALTH_MGMT'],
  ['老年人健康管理率', '%', 'ELDERLY_HEALTH_MGMT'],
  ['居民健康电子档案建档率', '%', 'EHR_FILING_RATE'],
  ['基层医生团队签约覆盖率', '%', 'FAMILY_DOCTOR_COVERAGE'],
  ['总和生育率', '个', 'TOTAL_FERTILITY_RATE'],
  ['户籍人口出生政策符合率', '%', 'BIRTH_POLICY_COMPLIANCE'],
  ['卫生监督检查覆盖率', '%', null],
  ['卫生总费用占 GDP 比重', '%', 'THE_GDP_SHARE'],
  ['个人现金卫生支出占卫生总费用的比例', '%', 'OOP_SHARE'],
];

/** 健康西城品质提升行动计划 (2017–2020): no table; the indicators its text names. */
const xicheng2017: Row[] = [
  ['人均期望寿命', '岁', 'LIFE_EXPECTANCY'],
  ['婴儿死亡率', '‰', 'INFANT_MORTALITY'],
  ['孕产妇死亡率', '/10万', 'MATERNAL_MORTALITY'],
  ['婴幼儿死亡率', '‰', null],
  ['户籍人口出生政策符合率', '%', 'BIRTH_POLICY_COMPLIANCE'],
  ['居民健康素养水平', '%', 'HEALTH_LITERACY'],
  ['城市公园绿地 500 米服务半径覆盖率', '%', null],
  ['绿化覆盖率', '%', null],
];

/** 朝阳区“十四五”规划, 关键指标 table (28 rows). */
const chaoyang2021: Row[] = [
  ['人均期望寿命', '岁', 'LIFE_EXPECTANCY'],
  ['婴儿死亡率', '‰', 'INFANT_MORTALITY'],
  ['孕产妇死亡率', '1/10万', 'MATERNAL_MORTALITY'],
  ['四类慢性病过早死亡比例', '%', 'NCD_PREMATURE_DEATH_PROPORTION'],
  ['甲乙类传染病报告发病率', '1/10万', 'NOTIFIABLE_DISEASE_INCIDENCE'],
  ['国家卫生乡镇创建比例', '%', 'NATIONAL_HYGIENIC_TOWN_SHARE'],
  ['社区和500人以上行政村医疗卫生机构覆盖率', '%', null],
  ['提供全流程外语服务医疗机构数', '个', null],
  ['每千常住人口医疗卫生机构床位数', '张', 'BEDS_PER_1000'],
  ['每千常住人口基层医疗机构床位数', '张', 'PRIMARY_CARE_BEDS_PER_1000'],
  ['每千常住人口康复床位数', '张', 'REHAB_BEDS_PER_1000'],
  ['每千常住人口执业（助理）医生（师）数', '人', 'PHYSICIANS_PER_1000'],
  ['每千常住人口注册护士数', '人', 'NURSES_PER_1000'],
  ['每千常住人口中医类别执业（助理）医生（师）数', '人', 'TCM_PHYSICIANS_PER_1000'],
  ['每万常住人口全科医生（含中医类别全科医师）数', '人', 'GPS_PER_10000'],
  ['每万常住人口疾控人员数', '人', 'CDC_STAFF_PER_10000'],
  ['每万常住人口公共卫生医师数', '人', 'PUBLIC_HEALTH_PHYSICIANS_PER_10000'],
  ['孕产妇系统服务率', '%', 'MATERNAL_SYSTEMATIC_MGMT'],
  ['儿童保健系统服务率', '%', 'CHILD_HEALTH_MGMT'],
  ['65岁及以上老年人城乡社区规范健康管理服务率', '%', 'ELDERLY_HEALTH_MGMT'],
  ['在册严重精神障碍者规范管理率', '%', 'SMI_STD_MGMT'],
  ['家庭医生全人群签约覆盖率', '%', 'FAMILY_DOCTOR_COVERAGE'],
  ['基层诊疗人次占总诊疗人次比例', '%', 'PRIMARY_CARE_VISIT_SHARE'],
  ['医疗机构床位使用率', '%', 'BED_OCCUPANCY'],
  ['其中：三级医院', '%', null],
  ['二级医院', '%', null],
  ['一级医院', '%', null],
  ['院前医疗急救呼叫满足率', '%', 'EMS_CALL_FULFILMENT'],
];

describe('linkIndicator on every indicator of the four plan documents', () => {
  const tables: Array<[string, Row[]]> = [
    ['西城区“十四五”', xicheng2021],
    ['门头沟区“十四五”', mentougou2021],
    ['门头沟区“十三五”评估表', mentougou2016],
    ['健康西城品质提升行动计划', xicheng2017],
    ['朝阳区“十四五”', chaoyang2021],
  ];
  for (const [table, rows] of tables) {
    it.each(rows)(`${table}: %s (%s) → %s`, (name, unit, expected) => {
      expect(linkIndicator(name, unit, library)?.code ?? null).toBe(expected);
    });
  }

  it('links the prose indicators of the plans by the names they are given', () => {
    // 西城区“十四五” line 2367: 政府卫生投入占财政支出的比重越来越大.
    expect(linkIndicator('政府卫生投入占财政支出的比重', '%', library)?.code).toBe('HEALTH_SPENDING_SHARE');
    expect(linkIndicator('重点人群家庭医生签约覆盖率', '%', library)?.code).toBe('FAMILY_DOCTOR_KEY_GROUP_COVERAGE');
    expect(linkIndicator('家庭医生签约覆盖率', '%', library)?.code).toBe('FAMILY_DOCTOR_COVERAGE');
  });

  it('links the indicators the 14th-plan tables share, so the three districts can be compared', () => {
    const codes = (rows: Row[]) => new Set(rows.map(([name, unit]) => linkIndicator(name, unit, library)?.code).filter(Boolean));
    const [xc, mtg, cy] = [codes(xicheng2021), codes(mentougou2021), codes(chaoyang2021)];
    const inAllThree = [...xc].filter((code) => mtg.has(code) && cy.has(code)).sort();
    expect(inAllThree).toEqual([
      'BEDS_PER_1000',
      'CDC_STAFF_PER_10000',
      'ELDERLY_HEALTH_MGMT',
      'GPS_PER_10000',
      'INFANT_MORTALITY',
      'LIFE_EXPECTANCY',
      'MATERNAL_MORTALITY',
      'NOTIFIABLE_DISEASE_INCIDENCE',
      'PHYSICIANS_PER_1000',
    ]);
  });
});

describe('linkIndicator: how sure the link is', () => {
  it('is fully sure of the canonical name and a little less of an alias', () => {
    expect(linkIndicator('婴儿死亡率', '‰', library)).toMatchObject({ code: 'INFANT_MORTALITY', confidence: 1 });
    const alias = linkIndicator('人均预期寿命', '岁', library);
    expect(alias).toMatchObject({ code: 'LIFE_EXPECTANCY', confidence: 0.95 });
    expect(alias?.reason.zh).toContain('别名“人均预期寿命”');
    expect(alias?.reason.en).toContain('canonical indicator LIFE_EXPECTANCY (Life expectancy at birth)');
  });

  it('reads full-width and half-width forms, spaces, footnote marks and the 其中 prefix alike', () => {
    expect(linkIndicator('每千常住人口执业(助理)医师数', '人', library)?.code).toBe('PHYSICIANS_PER_1000');
    expect(linkIndicator(' 人均期望寿命① ', '岁', library)?.code).toBe('LIFE_EXPECTANCY');
    expect(linkIndicator('其中：婴儿死亡率', '‰', library)?.code).toBe('INFANT_MORTALITY');
    expect(linkIndicator('每千人注册护士数', '人', library)?.code).toBe('NURSES_PER_1000');
    expect(linkIndicator('每万人口全科医生数', '人', library)?.code).toBe('GPS_PER_10000');
  });

  it('relaxes parenthetical remarks and 数/率 suffixes with lower confidence', () => {
    expect(linkIndicator('每千常住人口注册护士数（人）', null, library)).toMatchObject({ code: 'NURSES_PER_1000', confidence: 0.85 });
    const suffix = linkIndicator('家庭医生签约覆盖', '%', library);
    expect(suffix).toMatchObject({ code: 'FAMILY_DOCTOR_COVERAGE', confidence: 0.76 });
    expect(suffix?.reason.en).toContain('differ only by the suffix');
    expect(linkIndicator('每千常住人口注册护士', '人', library)).toMatchObject({ code: 'NURSES_PER_1000', confidence: 0.8 });
  });

  it('refuses a name whose unit measures something else', () => {
    expect(linkIndicator('婴儿死亡率', '%', library)).toBeNull();
    expect(linkIndicator('每千常住人口医疗卫生机构床位数', '人', library)).toBeNull();
    expect(linkIndicator('每千常住人口医疗卫生机构床位数', '床/千人', library)?.code).toBe('BEDS_PER_1000');
  });

  it('keeps rates, proportions and counts apart', () => {
    expect(linkIndicator('四类慢性病过早死亡率', '%', library)).toBeNull();
    expect(linkIndicator('婴儿死亡数', '人', library)).toBeNull();
    expect(linkIndicator('全科医生数', '人', library)).toBeNull();
    expect(linkIndicator('居民健康素养', '%', library)?.code).toBe('HEALTH_LITERACY');
  });

  it('refuses a name that fits two canonical indicators', () => {
    const withAlias = (code: string, alias: string) => (indicator: CanonicalLibrary['indicators'][number]) =>
      indicator.code === code ? { ...indicator, aliases: [...indicator.aliases, alias] } : indicator;
    const ambiguous: CanonicalLibrary = {
      ...library,
      indicators: library.indicators.map(withAlias('UNDER3_SYSTEMATIC_MGMT', '儿童系统管理率')).map(withAlias('CHILDCARE_PLACES_PER_1000', '儿童系统管理数')),
    };
    expect(linkIndicator('儿童系统管理率', '%', ambiguous)?.code).toBe('UNDER3_SYSTEMATIC_MGMT');
    expect(linkIndicator('儿童系统管理', null, ambiguous)).toBeNull();
  });
});
