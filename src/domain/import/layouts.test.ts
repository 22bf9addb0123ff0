import { describe, expect, it } from 'vitest';
import type { IndicatorDef } from '../plan/format.js';
import { proposePlan } from './propose.js';

/**
 * Plans the importer has never seen, written the way Chinese county and district plans are
 * printed and the way their tables come out of PDF, Word and text copies.
 */
function rows(indicators: readonly IndicatorDef[]): unknown[] {
  return indicators.map((i) => [i.seq ?? null, i.category ?? null, i.name, i.unit ?? null, i.baselines.map((b) => `${b.year}:${b.value}`).join(','), i.targets.filter((t) => !t.fromProse).map((t) => `${t.text}|${t.comparator}|${t.year}|${t.source}`).join(' ; '), i.attribute ?? null]);
}

const flowing = `某某县“十四五”时期卫生健康事业发展规划
第一章 发展基础
“十三五”时期，全县居民人均预期寿命达到 79.5 岁。
第二章 发展目标
一、总体目标
到 2025 年，基本建成优质高效的医疗卫生服务体系。
二、主要指标
表 1 “十四五”时期卫生健康发展主要指标
序号 领域 指标名称 单位 2020 年 2025 年 属性
1
健康
水平
人均预期寿命 岁 79.5 80.5 预期性
2 婴儿死亡率 ‰ 3.1 ＜5 约束性

- 12 -

3 孕产妇死亡率 1/10 万 8.2 ≤12 约束性
4
服务
能力
每千常住人口医疗卫生机构床
位数
张 5.1 6.0 左右 预期性
其中：护理床位 张 0.2 0.4 预期性
5 每千常住人口执业（助理）医师数 人 2.6 3.0 以上 预期性
序号 领域 指标名称 单位 2020 年 2025 年 属性
7 家庭医生签约服务覆盖率 % 40 ≥50 预期性
7 居民健康素养水平 % 22.5 逐年提高 预期性
第三章 主要任务
一、完善公共卫生服务体系
（一）加强疾病预防控制
到 2025 年，全县居民健康素养水平达到 30%以上，新建 2 个标准化预防接种门诊。
专栏1 公共卫生重点工程
1.疾控中心能力提升工程
完成县疾控中心实验室改造。
2.急救网络建设工程
每个乡镇设置 1 个急救站点。
二、提升医疗服务能力
推进县域医共体建设。
第四章 保障措施
加强组织领导。
附表
序号 项目名称 建设性质 建设内容 总投资（万元） 建设年限
1 县人民医院改扩建工程 改扩建 新增床位 200 张，建筑面积 3 万平方米 18000 2022-2024
2 县中医医院迁建工程 迁建 总建筑面积 2.5 万平方米，设置床位 300 张 待定 2023-2025
指标解释
1. 人均预期寿命：指 0 岁人口平均预期可存活的年数。
2. 婴儿死亡率：指年内未满 1 岁婴儿死亡人数与同年活产数之比。`;

describe('a table copied from a PDF: cells flow across lines, pages break inside it', () => {
  const { plan, uncertainties } = proposePlan(flowing.split('\n'), { document: 'county.txt' });

  it('reads title, region and period from the title line', () => {
    expect(plan.plan).toMatchObject({ title: '某某县“十四五”时期卫生健康事业发展规划', periodStart: 2021, periodEnd: 2025 });
    expect(plan.orgUnits?.[0]).toMatchObject({ name: '某某县', level: 'district' });
  });

  it('reads every row: category cells broken over lines, names and cells broken over lines, a sub-row, a page footer and a repeated header', () => {
    const table = plan.indicators.filter((i) => i.table !== '正文');
    expect(rows(table)).toEqual([
      ['1', '健康水平', '人均预期寿命', '岁', '2020:79.5', '80.5|reach|2025|plan', 'expected'],
      ['2', '健康水平', '婴儿死亡率', '‰', '2020:3.1', '＜5|<|2025|plan', 'binding'],
      ['3', '健康水平', '孕产妇死亡率', '1/10万', '2020:8.2', '≤12|<=|2025|plan', 'binding'],
      ['4', '服务能力', '每千常住人口医疗卫生机构床位数', '张', '2020:5.1', '6.0 左右|about|2025|plan', 'expected'],
      ['其中', '服务能力', '每千常住人口医疗卫生机构床位数：护理床位', '张', '2020:0.2', '0.4|reach|2025|plan', 'expected'],
      ['5', '服务能力', '每千常住人口执业（助理）医师数', '人', '2020:2.6', '3.0 以上|>=|2025|plan', 'expected'],
      ['7', '服务能力', '家庭医生签约服务覆盖率', '%', '2020:40', '≥50|>=|2025|plan', 'expected'],
      ['7', '服务能力', '居民健康素养水平', '%', '2020:22.5', '逐年提高|increase|2025|plan', 'expected'],
    ]);
    expect(table[4].parent).toBe(table[3].code);
    expect(table[0].source?.line).toBe(10);
  });

  it('reports the sequence number printed twice', () => {
    const typo = uncertainties.filter((u) => u.kind === 'sequence-typo');
    expect(typo.map((u) => u.line)).toEqual([28]);
    expect(typo[0].message.en).toContain('printed as 7; by order it should be 6');
  });

  it('adds a target stated in the text to the table indicator, and proposes one of its own for the rest', () => {
    const literacy = plan.indicators.find((i) => i.name === '居民健康素养水平') as IndicatorDef;
    expect(literacy.targets[1]).toMatchObject({ text: '全县居民健康素养水平达到 30%以上', comparator: '>=', value: 30, year: 2025, fromProse: true, line: 33 });
    const clinics = plan.indicators.find((i) => i.table === '正文' && i.name === '标准化预防接种门诊数');
    expect(clinics?.targets[0]).toMatchObject({ comparator: 'reach', value: 2, unit: '个' });
  });

  it('does not take the background chapter’s figures for targets', () => {
    expect(plan.indicators.some((i) => i.targets.some((t) => t.line === 3))).toBe(false);
  });

  it('builds the outline, the tasks of the main-tasks chapter, the box and the project table', () => {
    expect(plan.outline?.map((o) => o.path)).toContain('第三章/一、/（一）');
    expect(plan.tasks.map((t) => [t.path, t.title])).toEqual([
      ['第三章/一、', '完善公共卫生服务体系'],
      ['第三章/一、/（一）', '加强疾病预防控制'],
      ['第三章/二、', '提升医疗服务能力'],
    ]);
    expect(plan.boxes?.[0]).toMatchObject({ code: '1', title: '公共卫生重点工程', path: '第三章/一、/（一）' });
    expect(plan.boxes?.[0].items.map((i) => [i.title, i.text])).toEqual([
      ['疾控中心能力提升工程', '完成县疾控中心实验室改造。'],
      ['急救网络建设工程', '每个乡镇设置 1 个急救站点。'],
    ]);
    expect(plan.projects.map((p) => [p.name, p.kind, p.beds, p.floorArea, p.investment, p.investmentText ?? null, p.plannedStart, p.plannedCompletion])).toEqual([
      ['县人民医院改扩建工程', '改扩建', 200, 30000, 18000, null, '2022', '2024'],
      ['县中医医院迁建工程', '迁建', 300, 25000, null, '待定', '2023', '2025'],
    ]);
  });

  it('matches the 指标解释 items written with a colon', () => {
    expect(plan.indicators.find((i) => i.name === '婴儿死亡率')?.definition).toBe('婴儿死亡率：指年内未满 1 岁婴儿死亡人数与同年活产数之比。');
  });
});

describe('tables copied from Word and spreadsheets', () => {
  it('reads rows written one per line with tab-separated cells, a target column of the higher-level plan and a remark column', () => {
    const text = [
      '某市某区卫生健康发展规划（2021-2025年）',
      '三、主要指标',
      '序号\t指标\t单位\t基期值\t区目标值\t市目标值\t指标属性\t备注',
      '1\t每万常住人口全科医生数\t人\t3.1\t≥4\t≥3.5\t约束性\t',
      '2\t二级以上综合医院设置老年医学科比例\t%\t45\t80%以上\t—\t预期性\t新增指标',
    ];
    const { plan } = proposePlan(text);
    expect(plan.plan).toMatchObject({ periodStart: 2021, periodEnd: 2025 });
    expect(plan.orgUnits?.[0].name).toBe('某区');
    expect(rows(plan.indicators)).toEqual([
      ['1', null, '每万常住人口全科医生数', '人', '2020:3.1', '≥4|>=|2025|plan ; ≥3.5|>=|2025|某市', 'binding'],
      ['2', null, '二级以上综合医院设置老年医学科比例', '%', '2020:45', '80%以上|>=|2025|plan', 'expected'],
    ]);
  });

  it('reads one cell per line without tabs, rows ending at the attribute', () => {
    const text = ['关键指标', '指标', '目标值', '属性', '人均期望寿命', '≥82岁', '预期性', '孕产妇系统管理率', '≥95%', '约束性', '第三章 主要任务'];
    const { plan } = proposePlan(text);
    expect(rows(plan.indicators)).toEqual([
      [null, null, '人均期望寿命', '岁', '', '≥82岁|>=|' + plan.plan.periodEnd + '|plan', 'expected'],
      [null, null, '孕产妇系统管理率', '%', '', '≥95%|>=|' + plan.plan.periodEnd + '|plan', 'binding'],
    ]);
  });
});

describe('targets in the text', () => {
  const text = [
    '某县卫生健康事业发展规划（2021-2025年）',
    '第二章 发展目标',
    '到2025年，孕产妇系统管理率由2020年的90%提高到95%以上。',
    '2020年全县婴儿死亡率下降到3.5‰。',
    '力争每个乡镇卫生院床位数不少于30张，人均期望寿命分别达到80岁和81岁。',
  ];
  const { plan, uncertainties } = proposePlan(text);

  it('takes the year after 到 for the target year, and leaves out a sentence about a year before the plan', () => {
    const managed = plan.indicators.find((i) => i.name === '孕产妇系统管理率');
    expect(managed?.targets[0]).toMatchObject({ comparator: '>=', value: 95, year: 2025, fromProse: true, line: 3 });
    expect(plan.indicators.some((i) => i.targets.some((t) => t.line === 4))).toBe(false);
  });

  it('reads a bound inside a clause, and hands a sentence with several targets to a person', () => {
    const beds = plan.indicators.find((i) => i.targets.some((t) => t.line === 5));
    expect(beds?.targets[0]).toMatchObject({ comparator: '>=', value: 30, unit: '张', note: '力争' });
    expect(uncertainties.find((u) => u.kind === 'prose-target-unparsed')?.line).toBe(5);
  });
});

describe('several targets in one sentence', () => {
  it('pairs the indicators and figures of a 分别 sentence in order', () => {
    const { plan } = proposePlan(['某区卫生健康规划（2021-2025年）', '第三章 主要任务', '到2025年，婴儿死亡率、孕产妇死亡率分别不高于3‰、8/10万。']);
    expect(plan.indicators.map((i) => [i.name, i.targets[0].comparator, i.targets[0].value, i.targets[0].unit])).toEqual([
      ['婴儿死亡率', '<=', 3, '‰'],
      ['孕产妇死亡率', '<=', 8, '1/10万'],
    ]);
  });
});
