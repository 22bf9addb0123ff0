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
`;

const { plan, uncertainties } = proposePlan(actionPlan.split('\n'), { document: 'action-plan.txt' });

function targetsOf(name: string): Array<[string, number | null, number | null, number | undefined, string | null | undefined]> {
  const indicator = plan.indicators.find((i) => i.name === name) as IndicatorDef | undefined;
  if (!indicator) throw new Error(`${name} not proposed; proposed: ${plan.indicators.map((i) => i.name).join(', ')}`);
  return indicator.targets.map((t) => [t.comparator, t.value, t.valueHigh ?? null, t.year, t.unit]);
}

describe('quantified targets stated in the prose of a plan without an indicator table', () => {
  it('reads 达到…以上 and 控制在…以内 and skips what the background reports', () => {
    expect(targetsOf('居民健康素养水平')).toEqual([['>=', 38, null, 2025, '%']]);
    expect(targetsOf('成人吸烟率')).toEqual([['<=', 20, null, 2025, '%']]);
    expect(plan.indicators.some((i) => i.targets.some((t) => t.value === 82.1 || t.value === 2.5))).toBe(false);
  });

  it('reads 以…为目标 as a count, and 每年 as a target for every year of the plan', () => {
    expect(targetsOf('参与健身人数')).toEqual([['reach', 50, null, 2025, '万人']]);
    expect(targetsOf('参加义诊活动人次')).toEqual([2022, 2023, 2024, 2025].map((year) => ['>=', 2, null, year, '万人次']));
  });

  it('reads the members a network takes in, a time within which something is within reach, and a negated bound', () => {
    expect(targetsOf('纳入专科联合体的社区卫生服务中心数')).toEqual([['reach', 12, null, 2025, '家']]);
    expect(targetsOf('居民急救药品可得时间')).toEqual([['range', 10, 20, 2025, '分钟']]);
    expect(targetsOf('家庭医生骨干团队服务期限')).toEqual([['>=', 3, null, 2025, '年']]);
  });

  it('names counts after what is counted', () => {
    expect(targetsOf('健康小屋数')).toEqual([['reach', 6, null, 2025, '处']]);
    expect(targetsOf('掌握的运动技能数')).toEqual([['>=', 2, null, 2025, '项']]);
    expect(targetsOf('中小学生健康教育覆盖率')).toEqual([['>=', 100, null, 2025, '%']]);
    expect(targetsOf('中小学生每天校内体育活动时间')).toEqual([['>=', 1, null, 2025, '小时']]);
  });

  it('reads counts after their object, in Chinese numerals, by team, and per unit', () => {
    expect(targetsOf('社会体育指导员人数')).toEqual([['reach', 600, null, 2025, '人']]);
    expect(targetsOf('医疗集团数')).toEqual([['reach', 3, null, 2025, '个']]);
    expect(targetsOf('应急救援队伍人数')).toEqual([['>=', 50, null, 2025, '人']]);
    expect(targetsOf('流调队伍人数')).toEqual([['>=', 200, null, 2025, '人']]);
    expect(targetsOf('每千人口拥有托位数')).toEqual([['reach', 3.5, null, 2025, '个']]);
    expect(targetsOf('为每个村培训卫生员人数')).toEqual([2022, 2023, 2024, 2025].map((year) => ['>=', 2, null, year, '名']));
    expect(targetsOf('每个社区健康指导员人数')).toEqual([['>=', 1, null, 2025, '名']]);
  });

  it('reads the share of units that do something, and coverage of a named place', () => {
    expect(targetsOf('开设康复门诊的街道卫生院占比')).toEqual([['reach', 80, null, 2025, '%']]);
    expect(targetsOf('村卫生室提供中医药服务比例')).toEqual([['reach', 100, null, 2025, '%']]);
    expect(targetsOf('重点公共场所自动体外除颤器覆盖率')).toEqual([['>=', 100, null, 2025, '%']]);
  });

  it('proposes nothing else, and says that the indicators come from the text only', () => {
    expect(plan.indicators.map((i) => i.name)).toHaveLength(21);
    expect(uncertainties.map((u) => u.kind)).toContain('no-indicator-table');
  });
});
