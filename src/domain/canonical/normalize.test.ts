import { describe, expect, it } from 'vitest';
import { normalizeIndicatorName, unitDimension, withoutParentheticals } from './normalize.js';

describe('normalizeIndicatorName', () => {
  it('gives the names of one indicator in different plans one form', () => {
    const forms = ['每千常住人口执业（助理）医师数', '每千常住人口执业（助理）医生（师）数', '每千人执业(助理)医师数', '千人执业（助理）医师数'];
    expect(new Set(forms.map(normalizeIndicatorName))).toEqual(new Set(['每千人口执业(助理)医师数']));
    expect(normalizeIndicatorName('每万名常住人口疾控力量配比')).toBe(normalizeIndicatorName('每万常住人口疾控力量配比'));
    expect(normalizeIndicatorName('万人全科医生（含中医类别全科医师）数')).toBe('每万人口全科医生(含中医类别全科医师)数');
  });

  it('drops spaces, footnote marks and the 其中 prefix', () => {
    expect(normalizeIndicatorName('社区卫生服务 15 分钟覆盖率')).toBe('社区卫生服务15分钟覆盖率');
    expect(normalizeIndicatorName('人均期望寿命①')).toBe('人均期望寿命');
    expect(normalizeIndicatorName('其中：三级医院')).toBe('三级医院');
  });

  it('keeps what makes two indicators different', () => {
    expect(normalizeIndicatorName('四类慢性病过早死亡比例')).not.toBe(normalizeIndicatorName('四类慢性病过早死亡率'));
    expect(normalizeIndicatorName('2 型糖尿病患者规范管理率')).toBe('2型糖尿病患者规范管理率');
  });
});

describe('withoutParentheticals', () => {
  it('removes remarks in parentheses, nested ones too', () => {
    expect(withoutParentheticals(normalizeIndicatorName('重大慢性病（心脑血管疾病、癌症、慢性呼吸系统疾病、糖尿病）过早死亡率'))).toBe('重大慢性病过早死亡率');
    expect(withoutParentheticals('床位数(含(编制)床位)')).toBe('床位数');
  });
});

describe('unitDimension', () => {
  it('reads units written differently as the same measure', () => {
    expect(unitDimension('％')).toBe(unitDimension('%'));
    expect(unitDimension('1/10 万')).toBe(unitDimension('/10万'));
    expect(unitDimension('张')).toBe(unitDimension('床/千人'));
    expect(unitDimension('人')).toBe(unitDimension('人/万人'));
  });

  it('tells different measures apart', () => {
    expect(unitDimension('‰')).not.toBe(unitDimension('%'));
    expect(unitDimension('分钟')).not.toBe(unitDimension('分'));
    expect(unitDimension('人次')).not.toBe(unitDimension('人'));
  });

  it('has no dimension without a unit', () => {
    expect(unitDimension(null)).toBeNull();
    expect(unitDimension(' ')).toBeNull();
  });
});
