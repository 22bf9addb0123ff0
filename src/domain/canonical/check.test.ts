import { describe, expect, it } from 'vitest';
import libraryJson from '../../../content/canonical/indicators.json' with { type: 'json' };
import { checkLibrary } from './check.js';
import type { CanonicalLibrary } from './library.js';

const library = libraryJson as unknown as CanonicalLibrary;

/** The shared data elements every plan file uses: code, name, unit, across org units, over time. */
const SHARED: Array<[string, string, string, string, string]> = [
  ['POP_RESIDENT', '常住人口', '人', 'sum', 'average'],
  ['POP_REGISTERED', '户籍人口', '人', 'sum', 'average'],
  ['POP_RESIDENT_65PLUS', '65岁及以上常住人口', '人', 'sum', 'average'],
  ['LIVE_BIRTHS', '活产数', '人', 'sum', 'sum'],
  ['INFANT_DEATHS', '婴儿死亡数', '人', 'sum', 'sum'],
  ['UNDER5_DEATHS', '5岁以下儿童死亡数', '人', 'sum', 'sum'],
  ['MATERNAL_DEATHS', '孕产妇死亡数', '人', 'sum', 'sum'],
  ['LIFE_EXPECTANCY', '人均期望寿命', '岁', 'none', 'last'],
  ['BEDS', '医疗卫生机构床位数（实有/开放）', '张', 'sum', 'last'],
  ['BEDS_ESTABLISHED', '医疗卫生机构编制床位数', '张', 'sum', 'last'],
  ['PHYSICIANS', '执业（助理）医师数', '人', 'sum', 'last'],
  ['NURSES', '注册护士数', '人', 'sum', 'last'],
  ['GPS', '全科医生数（含中医类别全科医师）', '人', 'sum', 'last'],
  ['HEALTH_WORKERS', '卫生技术人员数', '人', 'sum', 'last'],
  ['PUBLIC_HEALTH_STAFF', '专业公共卫生机构人员数', '人', 'sum', 'last'],
  ['CDC_STAFF', '疾控机构人员数', '人', 'sum', 'last'],
  ['INSTITUTIONS', '医疗卫生机构数', '个', 'sum', 'last'],
  ['OUTPATIENT_VISITS', '诊疗人次数', '人次', 'sum', 'sum'],
  ['PRIMARY_CARE_VISITS', '基层医疗卫生机构诊疗人次数', '人次', 'sum', 'sum'],
  ['TCM_VISITS', '中医诊疗人次数', '人次', 'sum', 'sum'],
  ['INPATIENT_DISCHARGES', '出院人数', '人', 'sum', 'sum'],
  ['HEALTH_SPENDING', '卫生健康支出', '万元', 'sum', 'sum'],
  ['CHILDCARE_PLACES', '托位数', '个', 'sum', 'last'],
  ['EMS_STATIONS', '院前急救站点数', '个', 'sum', 'last'],
  ['HEALTH_LITERACY', '居民健康素养水平', '%', 'none', 'last'],
];

describe('the shipped canonical library', () => {
  it('holds together', () => {
    expect(checkLibrary(library)).toEqual([]);
  });

  it('declares the shared data elements with exactly the agreed rules', () => {
    for (const [code, name, unit, across, overTime] of SHARED) {
      const element = library.dataElements.find((e) => e.code === code);
      expect(element, code).toMatchObject({ code, name, unit, aggregationAcross: across, aggregationOverTime: overTime });
    }
  });

  it('covers the common indicators of district health plans', () => {
    expect(library.indicators.length).toBeGreaterThanOrEqual(45);
    const codes = new Set(library.indicators.map((i) => i.code));
    const expected = [
      'LIFE_EXPECTANCY', 'INFANT_MORTALITY', 'MATERNAL_MORTALITY', 'UNDER5_MORTALITY',
      'BEDS_PER_1000', 'PHYSICIANS_PER_1000', 'NURSES_PER_1000', 'GPS_PER_10000', 'TCM_PHYSICIANS_PER_1000',
      'PUBLIC_HEALTH_STAFF_PER_1000', 'CDC_STAFF_PER_10000', 'FAMILY_DOCTOR_COVERAGE', 'HYPERTENSION_STD_MGMT',
      'DIABETES_STD_MGMT', 'MATERNAL_SYSTEMATIC_MGMT', 'CHILD_HEALTH_MGMT', 'ELDERLY_HEALTH_MGMT', 'SMI_STD_MGMT',
      'PRIMARY_CARE_VISIT_SHARE', 'BED_OCCUPANCY', 'AVG_LENGTH_OF_STAY', 'EMS_RESPONSE_TIME', 'EMS_CALL_FULFILMENT',
      'HEALTH_LITERACY', 'NOTIFIABLE_DISEASE_INCIDENCE', 'NCD_PREMATURE_MORTALITY', 'CHILDCARE_PLACES_PER_1000',
      'TCM_VISIT_SHARE', 'EHR_FILING_RATE', 'CERVICAL_CANCER_SCREENING_COVERAGE', 'VACCINATION_COVERAGE',
      'SMOKING_RATE', 'FITNESS_STANDARD_RATE',
    ];
    expect(expected.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('describes every indicator in Chinese and English', () => {
    for (const indicator of library.indicators) {
      for (const text of [indicator.name, indicator.nameEn, indicator.definition, indicator.definitionEn, indicator.category]) {
        expect(text.trim().length, indicator.code).toBeGreaterThan(1);
      }
    }
  });

  it('uses the factor the unit implies', () => {
    const factorOf: Record<string, number> = { '‰': 1000, '1/10万': 100000 };
    for (const indicator of library.indicators) {
      if (indicator.denominator === null) expect(indicator.factor, indicator.code).toBe(1);
      else if (indicator.unit === '%') expect(indicator.factor, indicator.code).toBe(100);
      else if (indicator.unit && factorOf[indicator.unit]) expect(indicator.factor, indicator.code).toBe(factorOf[indicator.unit]);
      if (indicator.name.startsWith('每千')) expect(indicator.factor, indicator.code).toBe(1000);
      if (indicator.name.startsWith('每万')) expect(indicator.factor, indicator.code).toBe(10000);
    }
  });

  it('measures a directly measured indicator with the element that bears its own code, not summed across areas', () => {
    const elements = new Map(library.dataElements.map((e) => [e.code, e]));
    const direct = library.indicators.filter((i) => i.denominator === null && i.code !== 'NURSE_PHYSICIAN_RATIO');
    expect(direct.map((i) => i.code)).toContain('HEALTH_LITERACY');
    for (const indicator of direct) {
      expect(indicator.numerator).toBe(`#{${indicator.code}}`);
      expect(elements.get(indicator.code)?.aggregationAcross, indicator.code).toBe('none');
    }
  });

  it('defines per-population rates over the shared counts and the resident population', () => {
    const formula = (code: string) => {
      const indicator = library.indicators.find((i) => i.code === code)!;
      return [indicator.numerator, indicator.denominator, indicator.factor];
    };
    expect(formula('PHYSICIANS_PER_1000')).toEqual(['#{PHYSICIANS}', '#{POP_RESIDENT}', 1000]);
    expect(formula('GPS_PER_10000')).toEqual(['#{GPS}', '#{POP_RESIDENT}', 10000]);
    expect(formula('MATERNAL_MORTALITY')).toEqual(['#{MATERNAL_DEATHS}', '#{LIVE_BIRTHS}', 100000]);
    expect(formula('PRIMARY_CARE_VISIT_SHARE')).toEqual(['#{PRIMARY_CARE_VISITS}', '#{OUTPATIENT_VISITS}', 100]);
  });
});

describe('checkLibrary', () => {
  it('finds duplicate codes, formulas over unknown elements and names that two indicators claim', () => {
    const [first, second] = library.indicators;
    const broken: CanonicalLibrary = {
      ...library,
      dataElements: [...library.dataElements, library.dataElements[0]],
      indicators: [
        first,
        { ...second, aliases: [...second.aliases, '平均预期寿命'], numerator: '#{INFANT_DEATH}' },
        { ...second, aliases: [] },
      ],
    };
    const problems = checkLibrary(broken);
    expect(problems.map((p) => p.code)).toEqual(['POP_RESIDENT', 'INFANT_MORTALITY', 'INFANT_MORTALITY', 'INFANT_MORTALITY']);
    expect(problems[1].message.en).toBe('the formula refers to #{INFANT_DEATH}, which is not a declared data element');
    expect(problems[2].message.zh).toBe('名称“平均预期寿命”与指标 LIFE_EXPECTANCY 的名称或别名相同，无法区分');
    expect(problems[3].message.en).toBe('indicator code INFANT_MORTALITY is used twice');
  });
});
