import { describe, expect, it } from 'vitest';
import type { IndicatorDef } from '../plan/format.js';
import { proposePlan } from './propose.js';

/**
 * An action plan the importer has never seen, without an indicator table: every indicator
 * comes from the way Chinese plan prose states its aims.
 */
const actionPlan = `某某区全民健康促进行动计划（2022—2025年）
一、工作背景
2021年，全区居民人均期望寿命达到82.1岁，婴儿死亡率降至2.5‰。
二、工作目标
到2025年，全区居民健康素养水平达到38%以上，成人吸烟率控制在20%以内，以50万人参与健身为目标，每年组织不少于2万人次参加义诊活动。
三、主要任务
（一）完善基层服务网络
建立涵盖区医院、12家社区卫生服务中心的儿科、康复等专科联合体。居民急救药品10-20分钟内可得。组建家庭医生骨干团队，服务期限原则上不得少于3年。在各街道新建6处健康小屋。
（二）普及健康生活方式
实施中小学生健康教育全覆盖。确保中小学生每天校内体育活动时间不少于1小时，熟练掌握2项以上运动技能。培育社会体育指导员600人。
（三）提升服务能力
整合区内医疗资源，形成三个医疗集团。80%街道卫生院开设康复门诊，村卫生室100%提供中医药服务。力争每千人口拥有托位数3.5个。建设一支50人以上的应急救援队伍、一支200人以上的流调队伍。重点公共场所实现自动体外除颤器全覆盖。每年为每个村培训至少2名卫生员。规划期末每个社区至少有一名健康指导员。
（四）加强重点人群健康管理
高血压、糖尿病患者的规范管理率达到75%以上；结直肠癌和胃癌早诊率达到60%以上。先期开展东城片区和西城片区 2 个试点。围绕 3-5 个重点专科进行集中建设。从市级医院至少引进1-3名学科带头人。
`;

type Expected = [string, number | null, number | null, number | undefined, string | null | undefined];

const { plan, uncertainties } = proposePlan(actionPlan.split('\n'), { document: 'action-plan.txt' });

function targetsOf(name: string): Expected[] {
  const indicator = plan.indicators.find((i) => i.name === name) as IndicatorDef | undefined;
  if (!indicator) throw new Error(`${name} not proposed; proposed: ${plan.indicators.map((i) => i.name).join(', ')}`);
  return indicator.targets.map((t) => [t.comparator, t.value, t.valueHigh ?? null, t.year, t.unit]);
}

const once = (comparator: string, value: number, high: number | null, unit: string): Expected[] => [[comparator, value, high, 2025, unit]];

describe('quantified targets stated in the prose of a plan without an indicator table', () => {
  it.each<[string, string, Expected[]]>([
    ['达到…以上', '居民健康素养水平', once('>=', 38, null, '%')],
    ['控制在…以内', '成人吸烟率', once('<=', 20, null, '%')],
    ['以…为目标', '参与健身人数', once('reach', 50, null, '万人')],
    ['每年, for every year of the plan', '参加义诊活动人次', [2022, 2023, 2024, 2025].map((year): Expected => ['>=', 2, null, year, '万人次'])],
    ['the members a network takes in', '纳入专科联合体的社区卫生服务中心数', once('reach', 12, null, '家')],
    ['a time within which something is within reach', '居民急救药品可得时间', once('range', 10, 20, '分钟')],
    ['a negated bound, named after what the clause before set up', '家庭医生骨干团队服务期限', once('>=', 3, null, '年')],
    ['a count named after what is counted', '健康小屋数', once('reach', 6, null, '处')],
    ['a count of what is done', '掌握的运动技能数', once('>=', 2, null, '项')],
    ['全覆盖', '中小学生健康教育覆盖率', once('>=', 100, null, '%')],
    ['不少于', '中小学生每天校内体育活动时间', once('>=', 1, null, '小时')],
    ['a count after its object', '社会体育指导员人数', once('reach', 600, null, '人')],
    ['a count in Chinese numerals', '医疗集团数', once('reach', 3, null, '个')],
    ['a team of a size', '应急救援队伍人数', once('>=', 50, null, '人')],
    ['the second team of the clause', '流调队伍人数', once('>=', 200, null, '人')],
    ['a name and its figure without a verb', '每千人口拥有托位数', once('reach', 3.5, null, '个')],
    ['至少 for every year', '为每个村培训卫生员人数', [2022, 2023, 2024, 2025].map((year): Expected => ['>=', 2, null, year, '名'])],
    ['至少有一名', '每个社区健康指导员人数', once('>=', 1, null, '名')],
    ['the share of units that do something', '开设康复门诊的街道卫生院占比', once('reach', 80, null, '%')],
    ['units that do something at a share', '村卫生室提供中医药服务比例', once('reach', 100, null, '%')],
    ['coverage of a named place', '重点公共场所自动体外除颤器覆盖率', once('>=', 100, null, '%')],
    ['a target for two groups, the first', '高血压患者的规范管理率', once('>=', 75, null, '%')],
    ['a target for two groups, the second', '糖尿病患者的规范管理率', once('>=', 75, null, '%')],
    ['a target for two diseases, the first', '结直肠癌早诊率', once('>=', 60, null, '%')],
    ['a target for two diseases, the second', '胃癌早诊率', once('>=', 60, null, '%')],
    ['a count of pilots', '东城片区和西城片区试点数', once('reach', 2, null, '个')],
    ['how many things the work centres on', '集中建设的重点专科数', once('range', 3, 5, '个')],
    ['a floor on a range', '学科带头人人数', once('range', 1, 3, '名')],
  ])('%s: %s', (_, name, expected) => {
    expect(targetsOf(name)).toEqual(expected);
  });

  it('skips what the background reports', () => {
    expect(plan.indicators.some((i) => i.targets.some((t) => t.value === 82.1 || t.value === 2.5))).toBe(false);
  });

  it('proposes nothing else, and says that the indicators come from the text only', () => {
    expect(plan.indicators).toHaveLength(28);
    expect(uncertainties.map((u) => u.kind)).toContain('no-indicator-table');
  });
});
