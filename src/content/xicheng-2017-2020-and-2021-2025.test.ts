import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CanonicalLibrary } from '../domain/canonical/library.js';
import type { IndicatorDef, PlanDocument, TargetDef } from '../domain/plan/format.js';
import { validatePlanDocument } from '../domain/plan/validate.js';
import { parseTarget } from '../domain/targets/parse.js';

function readContent<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as T;
}

function load(code: string): PlanDocument {
  return readContent<PlanDocument>(`plans/${code}.json`);
}

const canonicalCodes = new Set(readContent<CanonicalLibrary>('canonical/indicators.json').indicators.map((i) => i.code));

const xc21 = load('xicheng-2021-2025');
const xc17 = load('xicheng-2017-2020');

function indicator(doc: PlanDocument, name: string): IndicatorDef {
  const found = doc.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator named ${name}`);
  return found;
}

function target(ind: IndicatorDef, text: string): TargetDef {
  const found = ind.targets.find((t) => t.text === text);
  if (!found) throw new Error(`${ind.code} has no target ${text}`);
  return found;
}

function value(doc: PlanDocument, element: string, period: string): number | undefined {
  return doc.dataValues?.find((v) => v.dataElement === element && v.period === period)?.value;
}

/**
 * Targets stated inside a sentence that the target parser leaves to a person (Chinese numerals,
 * 至少有, 新增, a percentage in front of its subject, 越来越大): their comparator is a reading by hand.
 */
const READ_BY_HAND: Record<string, string[]> = {
  'xicheng-2021-2025': ['形成五个医疗集团', '推动一家公立医院或社会办医疗机构转型护理院', '新增 100 支家庭医生服务团队',
    '规划期末每个居委会至少有 3 名公共卫生知识考核合格的社区工作者', '70%区属二级以上综合医院开设心理门诊',
    '100%社区卫生服务中心精神卫生科精防医务人员达到 20000:1 以上', '确保政府卫生投入占财政支出的比重越来越大',
    '推动老年人失能发生情况减少', '在社区卫生服务中心适当扩大中医编制'],
  'xicheng-2017-2020': [],
};

describe.each([
  ['xicheng-2021-2025', xc21],
  ['xicheng-2017-2020', xc17],
])('%s: the file as a whole', (code, doc) => {
  it('passes the plan validator, canonical links included', () => {
    const result = validatePlanDocument(doc, { canonicalCodes });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has every target text read the same way by the target parser, except the ones read by hand', () => {
    const byHand: string[] = [];
    for (const ind of doc.indicators) {
      for (const t of ind.targets) {
        const parsed = parseTarget(t.text, { direction: ind.direction, unit: ind.unit });
        if (parsed.comparator === 'qualitative' && t.comparator !== 'qualitative') {
          expect(t.fromProse, `${ind.code} ${t.text}`).toBe(true);
          byHand.push(t.text);
          continue;
        }
        expect([parsed.comparator, parsed.value, parsed.valueHigh ?? null], `${ind.code} ${t.text}`).toEqual([
          t.comparator,
          t.value,
          t.valueHigh ?? null,
        ]);
      }
    }
    expect([...new Set(byHand)].sort()).toEqual([...READ_BY_HAND[code]].sort());
  });

  it('never records an unknown investment as 0', () => {
    expect(doc.projects.filter((p) => p.investment === 0)).toEqual([]);
  });

  it('keeps page footers out of quoted texts', () => {
    const texts = [
      ...doc.indicators.map((i) => i.definition ?? ''),
      ...doc.tasks.map((t) => t.summary ?? ''),
      ...(doc.boxes ?? []).flatMap((b) => b.items.map((i) => i.text ?? '')),
    ];
    expect(texts.filter((t) => /-\s*\d+\s*-/.test(t))).toEqual([]);
  });
});

describe('xicheng-2021-2025: 西城区“十四五”时期卫生健康事业发展规划', () => {
  const table = xc21.indicators.filter((i) => i.table !== '正文');

  it('has the 28 rows of the indicator table: 12 binding, 16 expected, all for 2025', () => {
    expect(table.map((i) => i.seq)).toEqual(Array.from({ length: 28 }, (_, k) => String(k + 1)));
    expect(table.filter((i) => i.attribute === 'binding')).toHaveLength(12);
    expect(table.filter((i) => i.attribute === 'expected')).toHaveLength(16);
    expect(table.every((i) => i.targets[0].year === 2025 && i.targets[0].source === 'plan')).toBe(true);
  });

  it('reads 孕产妇系统服务率 as ≥97%, binding, on the registered population', () => {
    const ind = indicator(xc21, '孕产妇系统服务率');
    expect(ind.code).toBe('XC21-01');
    expect(ind.targets[0]).toMatchObject({ text: '≥97%', comparator: '>=', value: 97, line: 796 });
    expect(ind.attribute).toBe('binding');
    expect(ind.populationBasis).toBe('registered');
  });

  it('links the table indicators to the canonical library where health statistics define them', () => {
    expect(indicator(xc21, '四类慢性病过早死亡比例').canonical).toBe('NCD_PREMATURE_DEATH_PROPORTION');
    expect(indicator(xc21, '每万名常住人口疾控力量配比').canonical).toBe('CDC_STAFF_PER_10000');
    expect(indicator(xc21, '分级诊疗上下转诊比例').canonical).toBeNull();
  });

  it('takes the 2020 baselines from the review chapter: life expectancy, infant and maternal mortality, all already within target', () => {
    const le = indicator(xc21, '人均期望寿命');
    expect(le.baselines).toEqual([expect.objectContaining({ year: 2020, value: 84.26 })]);
    expect(le.targets[0]).toMatchObject({ text: '≥84 岁', comparator: '>=', value: 84 });
    const imr = indicator(xc21, '婴儿死亡率');
    expect(imr.baselines[0]).toMatchObject({ year: 2020, value: 1.86 });
    expect(imr).toMatchObject({ numerator: '#{INFANT_DEATHS}', denominator: '#{LIVE_BIRTHS}', factor: 1000, direction: 'down' });
    const mmr = indicator(xc21, '孕产妇死亡率');
    expect(mmr.baselines[0].value).toBe(0);
    expect(mmr).toMatchObject({ unit: '1/10万', factor: 100000 });
    expect(mmr.targets[0]).toMatchObject({ text: '≤7/10 万', comparator: '<=', value: 7 });
  });

  it('keeps the unit conflict of 分级诊疗上下转诊比例: ≤4 without a unit, the definition says （%）', () => {
    const ind = indicator(xc21, '分级诊疗上下转诊比例');
    expect(ind.targets[0]).toMatchObject({ text: '≤4', comparator: '<=', value: 4 });
    expect(ind.definition).toContain('之比（%）');
    expect(ind.factor).toBe(1);
    expect(ind.note).toContain('400%');
  });

  it('keeps the two targets printed without a comparator: 100% and 18 个', () => {
    expect(indicator(xc21, '开展诊间支付服务的区属医院占比').targets[0]).toMatchObject({ text: '100%', comparator: 'reach', value: 100 });
    expect(indicator(xc21, '院前急救站点规划完成数').targets[0]).toMatchObject({ text: '18 个', comparator: 'reach', value: 18 });
  });

  it('computes beds per 1 000 residents from beds and resident population, with the 107.7 万 footnote', () => {
    const beds = indicator(xc21, '千人医疗卫生机构床位数');
    expect(beds).toMatchObject({ numerator: '#{BEDS}', denominator: '#{POP_RESIDENT}', factor: 1000, populationBasis: 'resident' });
    expect(beds.targets[0]).toMatchObject({ text: '≥14.57 床', value: 14.57 });
    expect(beds.targets[0].note).toContain('107.7 万人');
  });

  it('adds the prose targets for health literacy: 45% at the end of the plan and a rise every year', () => {
    const hl = indicator(xc21, '居民健康素养水平');
    expect(target(hl, '规划期末居民健康素养达到 45%')).toMatchObject({ comparator: '>=', value: 45, fromProse: true, line: 970 });
    expect(target(hl, '逐年提高群众健康素养水平')).toMatchObject({ comparator: 'increase', fromProse: true, line: 991 });
  });

  it('links the family-doctor teams: 271 in the review, +100 and 371 in box 4', () => {
    const teams = indicator(xc21, '家庭医生服务团队数');
    expect(teams.table).toBe('正文');
    expect(teams.baselines[0]).toMatchObject({ year: 2020, value: 271 });
    expect(target(teams, '团队总数增加到 371 支')).toMatchObject({ comparator: '>=', value: 371 });
    expect(target(teams, '新增 100 支家庭医生服务团队')).toMatchObject({ comparator: 'increase_by', value: 100 });
    expect(teams.baselines[0].value + 100).toBe(371);
    const box4 = xc21.boxes?.find((b) => b.code === '专栏 4');
    expect(box4?.items.map((i) => i.title)).toEqual(['家庭医生签约服务能力提升计划', '“智慧家医”工程', '基层公共卫生服务能力提升项目']);
    expect(box4?.items[0].text).toContain('团队总数增加到 371 支');
  });

  it('has the 7 feature boxes with 19 items', () => {
    expect(xc21.boxes?.map((b) => b.code)).toEqual(['专栏 1', '专栏 2', '专栏 3', '专栏 4', '专栏 5', '专栏 6', '专栏 7']);
    expect(xc21.boxes?.flatMap((b) => b.items)).toHaveLength(19);
  });

  it('has every task of chapter 4 as printed (5 sections, 29 一、 items, 11 (一) items) and the 5 safeguards', () => {
    const ch4 = xc21.tasks.filter((t) => t.path.startsWith('第四章/'));
    expect(ch4.filter((t) => t.path.split('/').length === 2)).toHaveLength(5);
    expect(ch4.filter((t) => t.path.split('/').length === 3)).toHaveLength(29);
    expect(ch4.filter((t) => t.path.split('/').length === 4)).toHaveLength(11);
    expect(xc21.tasks.filter((t) => t.path.startsWith('第五章/'))).toHaveLength(5);
    const community = xc21.tasks.find((t) => t.path === '第四章/第四节/四、');
    expect(community).toMatchObject({ title: '构建联动协同的社区公共卫生服务体系', leadDepartment: '110102-D01', deadline: '2025' });
    expect(community?.cooperatingDepartments).toEqual(['110102-D03']);
  });

  it('places institutions in the region: 二龙路医院 is also 肛肠医院, 月坛社区卫生服务中心 lies in 月坛街道', () => {
    const byCode = new Map(xc21.orgUnits?.map((u) => [u.code, u]));
    expect(byCode.get('110102')).toMatchObject({ name: '西城区', level: 'district', parent: '110000', officialCode: '110102' });
    const erlong = xc21.orgUnits?.find((u) => u.name === '二龙路医院');
    expect(erlong?.aliases).toContain('肛肠医院');
    const yuetan = xc21.orgUnits?.find((u) => u.name === '月坛社区卫生服务中心');
    expect(byCode.get(yuetan?.parent ?? '')?.name).toBe('月坛街道');
  });

  it('records the figures of the review chapter as data values', () => {
    expect(value(xc21, 'XC21-08', '2015')).toBe(2.46);
    expect(value(xc21, 'XC21-09', '2015')).toBe(9.49);
    expect(value(xc21, 'XC21-09', '2020')).toBe(0);
    expect(value(xc21, 'LIFE_EXPECTANCY', '2020')).toBe(84.26);
    expect(value(xc21, 'XC21_EHEALTH_CARDS', '2020')).toBe(13_060_000);
    expect(value(xc21, 'XC21_NURSE_PHYSICIAN_RATIO', '2017')).toBe(1.27);
    expect(value(xc21, 'XC21_CHC_STANDARDIZED', '2020')! + value(xc21, 'XC21_CHS_STANDARDIZED', '2020')!).toBe(60);
    expect(['2016', '2017', '2018', '2019', '2020'].map((y) => value(xc21, 'XC21_BJ_PERFORMANCE_RANK', y))).toEqual([1, 1, 1, 1, 1]);
  });

  it('tracks the completed 妇幼保健院 renovation and the planned district infection-monitoring platform', () => {
    const mch = xc21.projects.find((p) => p.name === '妇幼保健院装修改造工程');
    expect(mch).toMatchObject({ stage: 'in_use', location: '110102-I010', investment: null });
    expect(xc21.projects.find((p) => p.name === '区级传染病动态监测平台')?.stage).toBeNull();
  });
});

describe('xicheng-2017-2020: 健康西城品质提升行动计划（2017-2020年）', () => {
  it('is the closed 2017-2020 plan 西政发〔2017〕9号 issued by the district government on 2017-05-18', () => {
    expect(xc17.plan).toMatchObject({
      status: 'closed',
      periodStart: 2017,
      periodEnd: 2020,
      documentNumber: '西政发〔2017〕9号',
      approvalDate: '2017-05-18',
      issuer: '北京市西城区人民政府',
      region: '110102',
    });
  });

  it('has no indicator table: every indicator comes from the text and carries no attribute', () => {
    expect(xc17.indicators.every((i) => i.table === '正文' && /^XC17-P\d{2}$/.test(i.code) && i.attribute === null)).toBe(true);
    expect(xc17.indicators.flatMap((i) => i.targets).every((t) => t.fromProse)).toBe(true);
  });

  it('sets life expectancy to 84.5 岁 in 2020 from 84.28 in 2016', () => {
    const le = indicator(xc17, '人均期望寿命');
    expect(target(le, '人均期望寿命达到84.5岁')).toMatchObject({ comparator: '>=', value: 84.5, year: 2020 });
    expect(le.baselines[0]).toMatchObject({ year: 2016, value: 84.28 });
    expect(le.numerator).toBe('#{LIFE_EXPECTANCY}');
    expect(value(xc17, 'LIFE_EXPECTANCY', '2016')).toBe(84.28);
  });

  it('keeps the rank target for 婴幼儿死亡率 qualitative and notes that the baseline is 婴儿死亡率', () => {
    const u5 = indicator(xc17, '婴幼儿死亡率');
    expect(u5.targets[0]).toMatchObject({ text: '婴幼儿死亡率、孕产妇死亡率等主要健康指标稳定在北京市前列', comparator: 'qualitative' });
    expect(u5.baselines[0]).toMatchObject({ value: 1.83 });
    expect(u5.baselines[0].source?.note).toContain('口径不同');
  });

  it('reads the access targets: walk under 15 minutes (strict), contraceptives within 5-15 minutes', () => {
    expect(indicator(xc17, '居民步行到最近的社区卫生服务机构所需时间').targets[0]).toMatchObject({ comparator: '<', value: 15 });
    expect(indicator(xc17, '计生药具可得时间').targets[0]).toMatchObject({ comparator: 'range', value: 5, valueHigh: 15 });
  });

  it('reads 户籍人口出生政策符合率 as ≥99% on the registered population', () => {
    const ind = indicator(xc17, '户籍人口出生政策符合率');
    expect(ind.targets[0]).toMatchObject({ text: '确保户籍人口出生政策符合率达到99%以上', comparator: '>=', value: 99 });
    expect(ind.populationBasis).toBe('registered');
  });

  it('checks ice-sport experience every year and keeps 30万人 (people) apart from 万人次 (visits)', () => {
    const visits = indicator(xc17, '参与冰雪体验活动人次');
    expect(visits.targets.map((t) => [t.year, t.comparator, t.value])).toEqual([
      [2017, '>=', 1],
      [2018, '>=', 1],
      [2019, '>=', 1],
      [2020, '>=', 1],
    ]);
    expect(visits.unit).toBe('万人次');
    expect(indicator(xc17, '上冰雪人数')).toMatchObject({ unit: '万人' });
    expect(indicator(xc17, '上冰雪人数').targets[0]).toMatchObject({ comparator: 'reach', value: 30 });
  });

  it('wants household waste growth to fall every year', () => {
    const waste = indicator(xc17, '生活垃圾增长率');
    expect(waste.direction).toBe('down');
    expect(waste.targets[0]).toMatchObject({ text: '实现生活垃圾增长率逐年降低', comparator: 'decrease' });
  });

  it('has the 10 actions, the 10 measures with their 8 numbered items, and the 6 safeguards as tasks', () => {
    expect(xc17.tasks.filter((t) => t.path.startsWith('三、/'))).toHaveLength(10);
    expect(xc17.tasks.filter((t) => t.path.startsWith('四、/'))).toHaveLength(18);
    expect(xc17.tasks.filter((t) => t.path.startsWith('五、/'))).toHaveLength(6);
    const lead = xc17.tasks.find((t) => t.path === '五、/（四）');
    expect(xc17.departments?.find((d) => d.code === lead?.leadDepartment)?.aliases).toContain('区卫生计生委');
  });

  it('records maternal mortality 11.3 → 6.60 per 100 000 with the years inferred', () => {
    const mmr = indicator(xc17, '孕产妇死亡率');
    expect(value(xc17, mmr.code, '2010')).toBe(11.3);
    expect(value(xc17, mmr.code, '2016')).toBe(6.6);
    expect(xc17.dataValues?.find((v) => v.dataElement === mmr.code && v.period === '2010')?.source.note).toContain('年份未写明');
  });

  it('names the one platform the text calls by two names', () => {
    expect(xc17.projects.find((p) => p.name === '居民健康自我管理健康平台')?.source?.note).toContain('居民健康管理云平台');
  });
});

describe('the two Xicheng plans together', () => {
  it('define every shared org unit and department identically, apart from where they were read', () => {
    const strip = <T extends { source?: unknown }>(u: T) => ({ ...u, source: undefined });
    for (const unit of xc17.orgUnits ?? []) {
      const other = xc21.orgUnits?.find((u) => u.code === unit.code);
      if (other) expect(strip(unit)).toEqual(strip(other));
    }
    expect(xc21.orgUnits?.some((u) => u.name === '区平安医院')).toBe(true);
    for (const dept of xc17.departments ?? []) {
      const other = xc21.departments?.find((d) => d.code === dept.code);
      if (other) expect(dept).toEqual(other);
    }
  });

  it('measure life expectancy with the same data element, so the 2020 figure of the new plan evaluates the old one', () => {
    expect(indicator(xc17, '人均期望寿命').numerator).toBe(indicator(xc21, '人均期望寿命').numerator);
    expect(value(xc21, 'LIFE_EXPECTANCY', '2020')).toBeLessThan(84.5);
  });
});
