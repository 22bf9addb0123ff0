import { describe, expect, it } from 'vitest';
import type { Comparator } from '../plan/format.js';
import { parseTarget } from './parse.js';

type Row = [text: string, comparator: Comparator, value: number | null, valueHigh: number | null, unit: string | null, decimals: number | null];

function expectParsed([text, comparator, value, valueHigh, unit, decimals]: Row) {
  const parsed = parseTarget(text);
  expect(parsed.text).toBe(text);
  expect({ comparator: parsed.comparator, value: parsed.value, valueHigh: parsed.valueHigh, unit: parsed.unit, decimals: parsed.decimals }).toEqual({
    comparator,
    value,
    valueHigh,
    unit,
    decimals,
  });
}

describe('parseTarget: the phrasings of the product brief', () => {
  it.each<Row>([
    ['≥97%', '>=', 97, null, '%', 0],
    ['≤3‰', '<=', 3, null, '‰', 0],
    ['≤7/10 万', '<=', 7, null, '1/10万', 0],
    ['≥84 岁', '>=', 84, null, '岁', 0],
    ['≤4', '<=', 4, null, null, 0],
    ['≥4.5', '>=', 4.5, null, null, 1],
    ['100%', 'reach', 100, null, '%', 0],
    ['18 个', 'reach', 18, null, '个', 0],
    ['≥14.57 床', '>=', 14.57, null, '床', 2],
    ['≥3.16 人', '>=', 3.16, null, '人', 2],
    ['1/10 万以下', '<=', 1, null, '1/10万', 0],
    ['3 以下', '<=', 3, null, null, 0],
    ['7.6 左右', 'about', 7.6, null, null, 1],
    ['＜12', '<', 12, null, null, 0],
    ['40 左右', 'about', 40, null, null, 0],
    ['30%左右', 'about', 30, null, '%', 0],
    ['≤170/10万', '<=', 170, null, '1/10万', 0],
    ['83.0', 'reach', 83, null, null, 1],
    ['≥1.70', '>=', 1.7, null, null, 2],
    ['90以上', '>=', 90, null, null, 0],
    ['97%以上', '>=', 97, null, '%', 0],
    ['不低于97%', '>=', 97, null, '%', 0],
    ['不少于20个', '>=', 20, null, '个', 0],
    ['力争达到80', '>=', 80, null, null, 0],
    ['达到84.5岁', '>=', 84.5, null, '岁', 1],
    ['3‰以下', '<=', 3, null, '‰', 0],
    ['不高于3.0‰', '<=', 3, null, '‰', 1],
    ['不超过20%', '<=', 20, null, '%', 0],
    ['控制在5%以内', '<=', 5, null, '%', 0],
    ['维持在20%以下', '<=', 20, null, '%', 0],
    ['<12', '<', 12, null, null, 0],
    ['小于12分钟', '<', 12, null, '分钟', 0],
    ['低于3‰', '<', 3, null, '‰', 0],
    ['大于90%', '>', 90, null, '%', 0],
    ['超过50%', '>', 50, null, '%', 0],
    ['1-2家', 'range', 1, 2, '家', 0],
    ['8-9%', 'range', 8, 9, '%', 0],
    ['5–15分钟', 'range', 5, 15, '分钟', 0],
    ['8%-9%', 'range', 8, 9, '%', 0],
    ['5至15分钟', 'range', 5, 15, '分钟', 0],
    ['全覆盖', '>=', 100, null, '%', 0],
    ['100%覆盖', '>=', 100, null, '%', 0],
    ['实现全覆盖', '>=', 100, null, '%', 0],
    ['增长0.5岁以上', 'increase_by', 0.5, null, '岁', 1],
    ['提高2个百分点', 'increase_by', 2, null, '个百分点', 0],
    ['7.5', 'reach', 7.5, null, null, 1],
    ['100', 'reach', 100, null, null, 0],
  ])('%s', (...row) => expectParsed(row));

  it('reads 保持在…以上 as a maintained floor', () => {
    expect(parseTarget('保持在 90以上')).toEqual({
      text: '保持在 90以上',
      comparator: 'maintain',
      value: 90,
      valueHigh: null,
      unit: null,
      decimals: 0,
      bound: '>=',
    });
    expect(parseTarget('保持在3‰以下')).toMatchObject({ comparator: 'maintain', value: 3, bound: '<=' });
  });

  it('takes the side of a bare 保持在 from the indicator direction, and leaves it open without one', () => {
    expect(parseTarget('保持在95%', { direction: 'up' })).toMatchObject({ comparator: 'maintain', bound: '>=' });
    expect(parseTarget('保持在12分钟', { direction: 'down' })).toMatchObject({ comparator: 'maintain', bound: '<=' });
    expect(parseTarget('保持在95%')).not.toHaveProperty('bound');
  });

  it.each<[string, Comparator, boolean]>([
    ['逐年提高', 'increase', true],
    ['提高', 'increase', false],
    ['稳步提升', 'increase', false],
    ['逐年下降', 'decrease', true],
    ['降低', 'decrease', false],
    ['平稳下降', 'decrease', false],
    ['保持平稳', 'stable', false],
    ['保持稳定', 'stable', false],
  ])('%s is a direction-only target', (text, comparator, yearOnYear) => {
    const parsed = parseTarget(text);
    expect(parsed).toMatchObject({ comparator, value: null, valueHigh: null, decimals: null });
    expect(parsed.yearOnYear ?? false).toBe(yearOnYear);
  });

  it.each(['达到国际水平', '位居全市前列', '15分钟服务圈', '不统计此项', '--', '', '基本全覆盖', '不低于国家要求'])(
    '%j cannot be read and is kept as qualitative',
    (text) => {
      expect(parseTarget(text)).toEqual({ text, comparator: 'qualitative', value: null, valueHigh: null, unit: null, decimals: null });
    },
  );
});

describe('parseTarget: how the text is written', () => {
  it.each<Row>([
    ['≥９７％', '>=', 97, null, '%', 0],
    ['＞９０．５％', '>', 90.5, null, '%', 1],
    ['≧97%', '>=', 97, null, '%', 0],
    ['>=97%', '>=', 97, null, '%', 0],
    ['<= 3 ‰', '<=', 3, null, '‰', 0],
    ['  ≥ 14.57  床 ', '>=', 14.57, null, '床', 2],
    ['≥97%①', '>=', 97, null, '%', 0],
    ['≤3‰*', '<=', 3, null, '‰', 0],
    ['≥97%注', '>=', 97, null, '%', 0],
    ['≥97%（注1）', '>=', 97, null, '%', 0],
    ['≥97%[2]', '>=', 97, null, '%', 0],
    ['≥97%¹', '>=', 97, null, '%', 0],
    ['≥97%。', '>=', 97, null, '%', 0],
    ['5～15分钟', 'range', 5, 15, '分钟', 0],
    ['5—15分钟', 'range', 5, 15, '分钟', 0],
    ['增长 0.5 岁以\n上', 'increase_by', 0.5, null, '岁', 1],
    ['1/10 万以\n下', '<=', 1, null, '1/10万', 0],
    ['达到国\n际水平', 'qualitative', null, null, null, null],
  ])('%j', (...row) => expectParsed(row));

  it('keeps a bracketed remark and 力争 as the note', () => {
    expect(parseTarget('≥3人（全市）')).toMatchObject({ comparator: '>=', value: 3, unit: '人', note: '全市' });
    expect(parseTarget('力争达到80')).toMatchObject({ comparator: '>=', value: 80, note: '力争' });
  });

  it('uses the unit of the indicator when the text has none, and accepts it after the number', () => {
    expect(parseTarget('≥80', { unit: '%' })).toMatchObject({ value: 80, unit: '%' });
    expect(parseTarget('≥3.16人/万常住人口', { unit: '人/万常住人口' })).toMatchObject({ value: 3.16, unit: '人/万常住人口' });
    expect(parseTarget('≥97%', { unit: '‰' }).unit).toBe('%');
  });

  it('reads 达到 as a ceiling for a lower-is-better indicator', () => {
    expect(parseTarget('达到7/10万', { direction: 'down' })).toMatchObject({ comparator: '<=', value: 7 });
    expect(parseTarget('达到7/10万', { direction: 'up' }).comparator).toBe('>=');
  });

  it('refuses phrases whose words contradict each other', () => {
    for (const text of ['≤3以上', '≥90%以下', '≥30%左右', '增长0.5岁以下', '9-8%', '1-2家以上', '≥≤3']) {
      expect(parseTarget(text).comparator, text).toBe('qualitative');
    }
  });
});

describe('parseTarget: negated bounds and bound words with 以上/以下', () => {
  it.each<Row>([
    ['不得少于2年', '>=', 2, null, '年', 0],
    ['服务时限原则不得少于2年', '>=', 2, null, '年', 0],
    ['不得低于90%', '>=', 90, null, '%', 0],
    ['不得小于3个', '>=', 3, null, '个', 0],
    ['不得超过5%', '<=', 5, null, '%', 0],
    ['不得高于3‰', '<=', 3, null, '‰', 0],
    ['不得多于3个', '<=', 3, null, '个', 0],
    ['不高于7/10万', '<=', 7, null, '1/10万', 0],
    ['不超过10分钟', '<=', 10, null, '分钟', 0],
    ['不少于1万人次', '>=', 1, null, '万人次', 0],
    ['不低于95%以上', '>=', 95, null, '%', 0],
    ['不少于1项以上', '>=', 1, null, '项', 0],
    ['不超过5%以下', '<=', 5, null, '%', 0],
    ['不高于3‰以下', '<=', 3, null, '‰', 0],
    ['低于5%以下', '<', 5, null, '%', 0],
    ['高于90%以上', '>', 90, null, '%', 0],
    ['少于15分钟', '<', 15, null, '分钟', 0],
    ['6个月以内', '<=', 6, null, '个月', 0],
    ['30分钟内', '<=', 30, null, '分钟', 0],
    ['5-15分钟内', 'range', 5, 15, '分钟', 0],
  ])('%s', (...row) => expectParsed(row));

  it('refuses a negated bound whose closing word says the other side', () => {
    for (const text of ['不低于95%以下', '不得少于2年以下', '不超过5%以上', '不高于3‰以上']) {
      expect(parseTarget(text).comparator, text).toBe('qualitative');
    }
  });

  it('does not read a year as a figure in 年', () => {
    expect(parseTarget('在2025年').comparator).toBe('qualitative');
    expect(parseTarget('达到2025年').comparator).toBe('qualitative');
  });
});

describe('parseTarget: 西城区“十四五”卫生健康规划, 具体指标 table (28 rows)', () => {
  it.each<Row>([
    ['≥97%', '>=', 97, null, '%', 0],
    ['≥97%', '>=', 97, null, '%', 0],
    ['≥75%', '>=', 75, null, '%', 0],
    ['≥60%', '>=', 60, null, '%', 0],
    ['≥90%', '>=', 90, null, '%', 0],
    ['≥4.5', '>=', 4.5, null, null, 1],
    ['≥84 岁', '>=', 84, null, '岁', 0],
    ['≤3‰', '<=', 3, null, '‰', 0],
    ['≤7/10 万', '<=', 7, null, '1/10万', 0],
    ['≤10％', '<=', 10, null, '%', 0],
    ['≥45％', '>=', 45, null, '%', 0],
    ['≥20%', '>=', 20, null, '%', 0],
    ['≤135/10 万', '<=', 135, null, '1/10万', 0],
    ['≥80％', '>=', 80, null, '%', 0],
    ['≥80％', '>=', 80, null, '%', 0],
    ['≥90%', '>=', 90, null, '%', 0],
    ['≥95%', '>=', 95, null, '%', 0],
    ['≥80%', '>=', 80, null, '%', 0],
    ['≤4', '<=', 4, null, null, 0],
    ['≥30%', '>=', 30, null, '%', 0],
    ['100%', 'reach', 100, null, '%', 0],
    ['≥70%', '>=', 70, null, '%', 0],
    ['≥14.57 床', '>=', 14.57, null, '床', 2],
    ['18 个', 'reach', 18, null, '个', 0],
    ['≥3.16 人', '>=', 3.16, null, '人', 2],
    ['≥12.96 人', '>=', 12.96, null, '人', 2],
    ['≥5.3 人', '>=', 5.3, null, '人', 1],
    ['≥90%', '>=', 90, null, '%', 0],
  ])('%s', (...row) => expectParsed(row));
});

describe('parseTarget: 门头沟区, “十三五”主要调控指标评估表 (目标值 column)', () => {
  it.each<Row>([
    ['增长 0.5 岁以上', 'increase_by', 0.5, null, '岁', 1],
    ['≤4.0‰', '<=', 4, null, '‰', 1],
    ['≤11/10 万', '<=', 11, null, '1/10万', 0],
    ['≥40%', '>=', 40, null, '%', 0],
    ['≥65%', '>=', 65, null, '%', 0],
    ['1.3 左右', 'about', 1.3, null, null, 1],
    ['6.1 张', 'reach', 6.1, null, '张', 1],
    ['≥3人（全市）', '>=', 3, null, '人', 0],
    ['100%', 'reach', 100, null, '%', 0],
    ['≥30%', '>=', 30, null, '%', 0],
    ['30%左右', 'about', 30, null, '%', 0],
    ['≤170/10 万', '<=', 170, null, '1/10万', 0],
    ['≥80%', '>=', 80, null, '%', 0],
    ['≥97%', '>=', 97, null, '%', 0],
    ['≥95%', '>=', 95, null, '%', 0],
    ['≥70%', '>=', 70, null, '%', 0],
    ['≥50%', '>=', 50, null, '%', 0],
    ['1.6 个', 'reach', 1.6, null, '个', 1],
    ['≥99%', '>=', 99, null, '%', 0],
    ['8-9%', 'range', 8, 9, '%', 0],
    ['≤20%', '<=', 20, null, '%', 0],
  ])('%s', (...row) => expectParsed(row));
});

describe('parseTarget: 门头沟区“十四五”规划 indicator table, district and Beijing target columns', () => {
  it.each<Row>([
    ['81.8', 'reach', 81.8, null, null, 1],
    ['1/10 万以下', '<=', 1, null, '1/10万', 0],
    ['3 以下', '<=', 3, null, null, 0],
    ['平稳下降', 'decrease', null, null, null, null],
    ['保持平稳', 'stable', null, null, null, null],
    ['7.6 左右', 'about', 7.6, null, null, 1],
    ['5.1', 'reach', 5.1, null, null, 1],
    ['6.3', 'reach', 6.3, null, null, 1],
    ['1.75', 'reach', 1.75, null, null, 2],
    ['4.0', 'reach', 4, null, null, 1],
    ['0.87', 'reach', 0.87, null, null, 2],
    ['4.5', 'reach', 4.5, null, null, 1],
    ['≥61', '>=', 61, null, null, 0],
    ['≥45', '>=', 45, null, null, 0],
    ['≥80', '>=', 80, null, null, 0],
    ['＜12', '<', 12, null, null, 0],
    ['40 左右', 'about', 40, null, null, 0],
    // 北京市目标值
    ['82.8', 'reach', 82.8, null, null, 1],
    ['达到国际水平', 'qualitative', null, null, null, null],
    ['6.5 左右', 'about', 6.5, null, null, 1],
    ['5.6', 'reach', 5.6, null, null, 1],
    ['4.4', 'reach', 4.4, null, null, 1],
    ['0.78', 'reach', 0.78, null, null, 2],
    ['40', 'reach', 40, null, null, 0],
  ])('%s', (...row) => expectParsed(row));
});

describe('parseTarget: 朝阳区“十四五”规划, 关键指标 table (“十四五”目标值 column)', () => {
  it.each<Row>([
    ['83.0', 'reach', 83, null, null, 1],
    ['≤3', '<=', 3, null, null, 0],
    ['≤7', '<=', 7, null, null, 0],
    ['30%左右', 'about', 30, null, '%', 0],
    ['≤170/10万', '<=', 170, null, '1/10万', 0],
    ['≥70', '>=', 70, null, null, 0],
    ['100', 'reach', 100, null, null, 0],
    ['≥20', '>=', 20, null, null, 0],
    ['7.5', 'reach', 7.5, null, null, 1],
    ['0.5', 'reach', 0.5, null, null, 1],
    ['0.5', 'reach', 0.5, null, null, 1],
    ['6.8', 'reach', 6.8, null, null, 1],
    ['7.5', 'reach', 7.5, null, null, 1],
    ['1.2', 'reach', 1.2, null, null, 1],
    ['≥3', '>=', 3, null, null, 0],
    ['≥1.25', '>=', 1.25, null, null, 2],
    ['≥1.70', '>=', 1.7, null, null, 2],
    ['≥97%', '>=', 97, null, '%', 0],
    ['≥97%', '>=', 97, null, '%', 0],
    ['≥65', '>=', 65, null, null, 0],
    ['≥90', '>=', 90, null, null, 0],
    ['≥45', '>=', 45, null, null, 0],
    ['≥35', '>=', 35, null, null, 0],
    ['≥85', '>=', 85, null, null, 0],
    ['≥90', '>=', 90, null, null, 0],
    ['≥50', '>=', 50, null, null, 0],
    ['≥55', '>=', 55, null, null, 0],
    ['≥95', '>=', 95, null, null, 0],
  ])('%s', (...row) => expectParsed(row));
});

describe('parseTarget: targets stated in the prose of the four plans', () => {
  it.each<[...Row, string | undefined]>([
    // 西城区“十四五”规划
    ['规划期末居民健康素养达到 45%', '>=', 45, null, '%', 0, '达到45%'],
    ['居委会心理咨询室或社会工作室建成率达 80%以上', '>=', 80, null, '%', 0, '达80%以上'],
    ['居民心理健康素养水平达 20%以上', '>=', 20, null, '%', 0, '达20%以上'],
    ['街道心理健康服务单元达到 100%', '>=', 100, null, '%', 0, '达到100%'],
    ['规划期末区属医疗卫生机构预约就诊率达 100%', '>=', 100, null, '%', 0, '达100%'],
    ['常住人口签约率达 60%', '>=', 60, null, '%', 0, '达60%'],
    ['区属医院常备负压急救转运车增加到 3 辆', '>=', 3, null, '辆', 0, '增加到3辆'],
    ['实现家庭医生团队服务全覆盖', '>=', 100, null, '%', 0, '全覆盖'],
    ['逐年提高群众健康素养水平', 'increase', null, null, null, null, '逐年提高'],
    ['不断提高纯母乳喂养率', 'increase', null, null, null, null, '不断提高'],
    ['增加安宁疗护床位', 'increase', null, null, null, null, '增加'],
    ['100%社区卫生服务中心精神卫生科精防医务人员达到 20000:1 以上', 'qualitative', null, null, null, null, undefined],
    ['组建一支不少于 30 人的综合类紧急医学救援队伍', 'qualitative', null, null, null, null, undefined],
    ['确保政府投入增长速度不低于财政支出的增长速度', 'qualitative', null, null, null, null, undefined],
    // Relative growth is not a gain to add to the baseline.
    ['日均检测能力提升100倍', 'qualitative', null, null, null, null, undefined],
    // 门头沟区“十四五”规划
    ['保持区域平均急救呼叫满足率在 95%以上的目标', 'maintain', 95, null, '%', 0, '在95%以上的目标'],
    ['“十四五”时期千人口献血率达到 20‰', '>=', 20, null, '‰', 0, '达到20‰'],
    ['重点公共场所实现 AED 等急救设施设备全覆盖', '>=', 100, null, '%', 0, '全覆盖'],
    ['国家卫生乡镇创建比例达到 40%以上', '>=', 40, null, '%', 0, '达到40%以上'],
    ['北京市卫生街道比例达到 90%以上', '>=', 90, null, '%', 0, '达到90%以上'],
    ['全区院前急救呼叫满足率提高至 95%以上', '>=', 95, null, '%', 0, '提高至95%以上'],
    ['5 岁以下婴儿死亡率控制在 2.28‰', '<=', 2.28, null, '‰', 2, '控制在2.28‰'],
    ['较“十二五”期末增长 0.05 岁', 'increase_by', 0.05, null, '岁', 2, '增长0.05岁'],
    ['区域定点医院重症床位不低于国家要求', 'qualitative', null, null, null, null, undefined],
    ['力争补齐 3 个社区卫生服务中心', 'qualitative', null, null, null, null, undefined],
    ['新建 4-8 个急救工作站', 'qualitative', null, null, null, null, undefined],
    ['较“十二五”期末增长 5.15%', 'qualitative', null, null, null, null, undefined],
    ['产科增加 2 人、儿科增加 1 人、中医增加 22 人、康复护理增加 34 人、疾病控制增加 5 人、预防保健增加 3 人', 'qualitative', null, null, null, null, undefined],
    // 朝阳区“十四五”规划
    ['将居民健康素养水平提升至40%以上', '>=', 40, null, '%', 0, '提升至40%以上'],
    ['维持成人吸烟率在20%以下', '<=', 20, null, '%', 0, '在20%以下'],
    ['经常参加体育锻炼人数比例达到52%以上', '>=', 52, null, '%', 0, '达到52%以上'],
    ['国民体质合格率达到90%以上', '>=', 90, null, '%', 0, '达到90%以上'],
    ['急救呼叫满足率不低于95%', '>=', 95, null, '%', 0, '不低于95%'],
    ['服务满意度不低于98%', '>=', 98, null, '%', 0, '不低于98%'],
    ['实现院前医疗急救服务平均反应时间小于12分钟', '<', 12, null, '分钟', 0, '小于12分钟'],
    ['产前筛查率达到70%及以上', '>=', 70, null, '%', 0, '达到70%及以上'],
    ['儿童健康管理率达到97%以上', '>=', 97, null, '%', 0, '达到97%以上'],
    ['每个社区医院实际开放床位不少于30张', '>=', 30, null, '张', 0, '不少于30张'],
    ['辖区内提供全流程外语服务医疗机构不少于20个', '>=', 20, null, '个', 0, '不少于20个'],
    ['老年人健康管理率始终保持在70%以上', 'maintain', 70, null, '%', 0, '始终保持在70%以上'],
    ['力争综合医院康复科设置率达到100%', '>=', 100, null, '%', 0, '达到100%'],
    ['规划建筑面积不超过3.6万平米', '<=', 3.6, null, '万平方米', 1, '不超过3.6万平米'],
    ['到2025年，婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别不高于3.0‰、4.0‰、7/10万', 'qualitative', null, null, null, null, undefined],
    ['力争达到80个站点的规划目标', 'qualitative', null, null, null, null, undefined],
    ['实现用于院前医疗急救的救护车达到每3万人口配置1辆', 'qualitative', null, null, null, null, undefined],
    ['力争每千人口拥有3岁以下婴幼儿托位数4.5个', 'qualitative', null, null, null, null, undefined],
    ['基本实现社区卫生服务网络全覆盖', 'qualitative', null, null, null, null, undefined],
    // 健康西城品质提升行动计划（2017—2020年）
    ['人均期望寿命达到84.5岁', '>=', 84.5, null, '岁', 1, '达到84.5岁'],
    ['居民步行到最近的社区卫生服务机构所需时间少于15分钟', '<', 15, null, '分钟', 0, '少于15分钟'],
    ['确保户籍人口出生政策符合率达到99%以上', '>=', 99, null, '%', 0, '达到99%以上'],
    ['确保中小学生在学每日体育活动时间不少于1小时', '>=', 1, null, '小时', 0, '不少于1小时'],
    ['提高绿化覆盖率', 'increase', null, null, null, null, '提高'],
    ['实现生活垃圾增长率逐年降低', 'decrease', null, null, null, null, '逐年降低'],
    ['计生药具5-15分钟内可得', 'qualitative', null, null, null, null, undefined],
    ['每年组织不少于1万人次参与冰雪体验活动', 'qualitative', null, null, null, null, undefined],
    ['熟练掌握1项以上体育运动技能', 'qualitative', null, null, null, null, undefined],
    ['婴幼儿死亡率、孕产妇死亡率等主要健康指标稳定在北京市前列', 'qualitative', null, null, null, null, undefined],
    ['健康城市建设的各项指标任务位居全国前列', 'qualitative', null, null, null, null, undefined],
    // A change from one figure to another describes the past, it sets no target.
    ['孕产妇死亡率由11.3/10万下降到6.60/10万', 'qualitative', null, null, null, null, undefined],
  ])('%s', (text, comparator, value, valueHigh, unit, decimals, matched) => {
    expectParsed([text, comparator, value, valueHigh, unit, decimals]);
    expect(parseTarget(text).matched).toBe(matched);
  });

  it('marks 逐年 and 力争 found in a sentence', () => {
    expect(parseTarget('实现生活垃圾增长率逐年降低').yearOnYear).toBe(true);
    expect(parseTarget('力争综合医院康复科设置率达到100%').note).toBe('力争');
    expect(parseTarget('保持区域平均急救呼叫满足率在 95%以上的目标').bound).toBe('>=');
  });
});
