import { describe, expect, it } from 'vitest';
import { publishedRatioFindings, singleElement, type RatioDefinition } from './consistency.js';

const DEFINITIONS = new Map<string, RatioDefinition>([
  ['BEDS_PER_1000', { code: 'BEDS_PER_1000', name: '每千常住人口医疗卫生机构床位数', numerator: 'BEDS', denominator: 'POP_RESIDENT', factor: 1000 }],
  ['PRIMARY_CARE_VISIT_SHARE', { code: 'PRIMARY_CARE_VISIT_SHARE', name: '基层医疗卫生机构诊疗量占总诊疗量比例', numerator: 'PRIMARY_CARE_VISITS', denominator: 'OUTPATIENT_VISITS', factor: 100 }],
]);

// Beijing as published: 127 143 beds in 2020 over the census population 21 893 095; 6 596.0 of 23 501.6 万 visits in 2015.
const STORED = new Map([
  ['BEDS|110000|2020', 127143],
  ['POP_RESIDENT|110000|2020', 21893095],
  ['PRIMARY_CARE_VISITS|110000|2015', 65960000],
  ['OUTPATIENT_VISITS|110000|2015', 235016000],
]);
const stored = (e: string, u: string, p: string) => STORED.get(`${e}|${u}|${p}`);

describe('published ratios against published counts', () => {
  it('confirms Beijing’s 5.81 beds per 1000 residents in 2020 from 127 143 beds and the census', () => {
    const [finding] = publishedRatioFindings([{ code: 'BEDS_PER_1000', orgUnit: '110000', period: '2020', value: 5.81 }], DEFINITIONS, stored);
    expect(finding.code).toBe('PUBLISHED_RATIO_CONSISTENT');
    expect(finding.details).toMatchObject({ published: 5.81, recomputed: 5.81 });
  });

  it('flags the 2015 primary-care share of 28.25 % that the visit counts put at 28.07 %', () => {
    const [finding] = publishedRatioFindings([{ code: 'PRIMARY_CARE_VISIT_SHARE', orgUnit: '110000', period: '2015', value: 28.25 }], DEFINITIONS, stored);
    expect(finding.code).toBe('PUBLISHED_RATIO_MISMATCH');
    expect(finding.severity).toBe('warning');
    expect(finding.details).toMatchObject({ published: 28.25, recomputed: 28.07 });
    expect(finding.message.zh).toContain('不一致');
    expect(finding.message.en).toContain('differs');
  });

  it('says nothing when a count is missing', () => {
    expect(publishedRatioFindings([{ code: 'BEDS_PER_1000', orgUnit: '110000', period: '2018', value: 5.7 }], DEFINITIONS, stored)).toEqual([]);
  });

  it('reads single-element formula sides only', () => {
    expect(singleElement('#{BEDS}')).toBe('BEDS');
    expect(singleElement('#{BEDS} + #{REHAB_BEDS}')).toBeNull();
    expect(singleElement(null)).toBeNull();
  });
});
