/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import xicheng21Text from '../../../content/documents/000-xicheng-2021-2025.txt?raw';
import mentougouText from '../../../content/documents/001-mentougou-2021-2025.txt?raw';
import xicheng17Text from '../../../content/documents/002-xicheng-2017-2020.txt?raw';
import chaoyangText from '../../../content/documents/003-chaoyang-2021-2025.txt?raw';
import chaoyangJson from '../../../content/plans/chaoyang-2021-2025.json' with { type: 'json' };
import mentougouJson from '../../../content/plans/mentougou-2021-2025.json' with { type: 'json' };
import xicheng17Json from '../../../content/plans/xicheng-2017-2020.json' with { type: 'json' };
import xicheng21Json from '../../../content/plans/xicheng-2021-2025.json' with { type: 'json' };
import type { IndicatorDef, PlanDocument } from '../plan/format.js';
import { validatePlanDocument } from '../plan/validate.js';
import { combinedAccuracy, proseAccuracy, tableAccuracy, type Accuracy } from './accuracy.js';
import { splitLines } from './lines.js';
import { proposePlan, type PlanProposal } from './propose.js';

const documents = [
  { file: '000-xicheng-2021-2025.txt', text: xicheng21Text, curated: xicheng21Json as unknown as PlanDocument },
  { file: '001-mentougou-2021-2025.txt', text: mentougouText, curated: mentougouJson as unknown as PlanDocument },
  { file: '002-xicheng-2017-2020.txt', text: xicheng17Text, curated: xicheng17Json as unknown as PlanDocument },
  { file: '003-chaoyang-2021-2025.txt', text: chaoyangText, curated: chaoyangJson as unknown as PlanDocument },
];

const proposals = new Map<string, PlanProposal>(documents.map((d) => [d.file, proposePlan(splitLines(d.text), { document: d.file })]));

function proposal(file: string): PlanProposal {
  return proposals.get(file) as PlanProposal;
}

function indicator(file: string, name: string): IndicatorDef {
  const found = proposal(file).plan.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`${name} not proposed from ${file}`);
  return found;
}

function report(label: string, a: Accuracy): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  return `${label}: recall ${pct(a.recall)} (${a.matched}/${a.expected}), precision ${pct(a.precision)} (${a.matched}/${a.proposed})`;
}

describe('accuracy against the curated plans', () => {
  for (const doc of documents) {
    it(`${doc.file}: indicators found with name, unit, attribute, target texts, comparators and years`, () => {
      const table = tableAccuracy(proposal(doc.file).plan.indicators, doc.curated.indicators);
      const prose = proseAccuracy(proposal(doc.file).plan.indicators, doc.curated.indicators);
      const all = combinedAccuracy(table, prose);
      console.log(`${doc.file}\n  ${report('table indicators', table)}\n  ${report('quantified prose targets', prose)}\n  ${report('together', all)}`);
      if (all.missing.length > 0) console.log(`  missing: ${all.missing.join(' | ')}`);
      if (all.extra.length > 0) console.log(`  extra: ${all.extra.join(' | ')}`);
      expect(all.recall).toBeGreaterThanOrEqual(0.95);
      expect(all.precision).toBeGreaterThanOrEqual(0.95);
      if (table.expected > 0) {
        expect(table.recall).toBeGreaterThanOrEqual(0.95);
        expect(table.precision).toBeGreaterThanOrEqual(0.95);
      }
      // Beside a table the prose adds targets a person reviews anyway; what is proposed must mostly be right.
      expect(prose.precision).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('健康西城 2017–2020 states its indicators in its text only: 16 of 16 quantified targets found, nothing wrong proposed', () => {
    const prose = proseAccuracy(proposal('002-xicheng-2017-2020.txt').plan.indicators, xicheng17Json.indicators as unknown as IndicatorDef[]);
    expect([prose.matched, prose.expected, prose.proposed]).toEqual([16, 16, 16]);
  });

  it('the action plan without an indicator table yields indicators from its text only, and says so', () => {
    const { plan, uncertainties } = proposal('002-xicheng-2017-2020.txt');
    expect(plan.indicators.every((i) => i.table === '正文')).toBe(true);
    expect(uncertainties.map((u) => u.kind)).toContain('no-indicator-table');
    const lifeExpectancy = plan.indicators.find((i) => i.name === '人均期望寿命');
    expect(lifeExpectancy?.targets[0]).toMatchObject({ comparator: '>=', value: 84.5, year: 2020, fromProse: true, line: 53 });
    expect(indicator('002-xicheng-2017-2020.txt', '专科家庭医生服务团队服务时限').targets).toMatchObject([{ comparator: '>=', value: 2, unit: '年', line: 117 }]);
    expect(indicator('002-xicheng-2017-2020.txt', '计生药具可得时间').targets).toMatchObject([{ comparator: 'range', value: 5, valueHigh: 15, unit: '分钟' }]);
    expect(indicator('002-xicheng-2017-2020.txt', '上冰雪人数').targets).toMatchObject([{ comparator: 'reach', value: 30, unit: '万人', year: 2020 }]);
    expect(indicator('002-xicheng-2017-2020.txt', '参与冰雪体验活动人次').targets.map((t) => [t.year, t.comparator, t.value])).toEqual([
      [2017, '>=', 1],
      [2018, '>=', 1],
      [2019, '>=', 1],
      [2020, '>=', 1],
    ]);
  });

  it('takes a target the plan states twice once', () => {
    const education = indicator('002-xicheng-2017-2020.txt', '健康教育和健康服务覆盖率');
    expect(education.targets.map((t) => t.line)).toEqual([87]);
  });

  it('every proposal is a valid plan document', () => {
    for (const doc of documents) {
      const result = validatePlanDocument(JSON.parse(JSON.stringify(proposal(doc.file).plan)));
      expect(result.ok, doc.file).toBe(true);
    }
  });
});

describe('plan identity', () => {
  it('reads title, period, issuer and document number from a notice of issue', () => {
    const { plan } = proposal('002-xicheng-2017-2020.txt').plan;
    expect(plan).toMatchObject({ title: '健康西城品质提升行动计划 (2017—2020年)', periodStart: 2017, periodEnd: 2020, issuer: '北京市西城区人民政府', documentNumber: '西政发〔2017〕9号' });
  });

  it('reads the title named in the preface when the document has no title block', () => {
    const { plan } = proposal('001-mentougou-2021-2025.txt').plan;
    expect(plan).toMatchObject({ title: '北京市门头沟区“十四五”时期卫生健康事业发展规划', periodStart: 2021, periodEnd: 2025 });
    expect(proposal('001-mentougou-2021-2025.txt').plan.orgUnits?.[0]).toMatchObject({ name: '门头沟区', level: 'district' });
  });

  it('reads a title broken over two lines and the approval date of the government meeting', () => {
    const { plan } = proposal('003-chaoyang-2021-2025.txt').plan;
    expect(plan).toMatchObject({ title: '北京市朝阳区“十四五”时期卫生健康事业发展规划', approvalDate: '2021-10-12', periodStart: 2021, periodEnd: 2025 });
  });
});

describe('indicator tables', () => {
  it('takes the higher-level plan’s column as targets with their source, and the 2020 column as baseline', () => {
    const life = indicator('001-mentougou-2021-2025.txt', '人均预期寿命');
    expect(life.targets.map((t) => [t.text, t.comparator, t.value, t.source, t.year])).toEqual([
      ['81.8', 'reach', 81.8, 'plan', 2025],
      ['82.8', 'reach', 82.8, '北京市', 2025],
    ]);
    expect(life.baselines[0]).toMatchObject({ year: 2020, value: 81.7 });
    const maternal = proposal('001-mentougou-2021-2025.txt').plan.indicators.find((i) => i.name === '孕产妇死亡率' && i.targets[0].year === 2025);
    expect(maternal?.targets.map((t) => [t.text, t.comparator])).toEqual([
      ['1/10 万以下', '<='],
      ['达到国际水平', 'qualitative'],
    ]);
  });

  it('reports the misprinted sequence number 19 where 10 belongs', () => {
    const typo = proposal('001-mentougou-2021-2025.txt').uncertainties.find((u) => u.kind === 'sequence-typo');
    expect(typo?.line).toBe(945);
    expect(typo?.message.zh).toContain('序号印为19，按顺序应为10');
    expect(indicator('001-mentougou-2021-2025.txt', '每万常住人口全科医生（含中医类别全科医生）数').seq).toBe('19');
  });

  it('gives the targets of a previous plan’s review table the end year of that plan, and its outcomes as 2020 values', () => {
    const beds = indicator('001-mentougou-2021-2025.txt', '每千人口床位数');
    expect(beds.targets[0]).toMatchObject({ text: '6.1 张', year: 2020 });
    expect(beds.baselines[0]).toMatchObject({ year: 2020, value: 5.81 });
    expect(indicator('001-mentougou-2021-2025.txt', '中医门诊量占门诊总诊疗人次的比例').note).toContain('不统计此项');
  });

  it('reads categories broken over lines and units printed with the target', () => {
    const incidence = indicator('000-xicheng-2021-2025.txt', '甲乙类法定报告传染病发病率');
    expect(incidence).toMatchObject({ category: '公共卫生服务', unit: '1/10万', factor: 100000, attribute: 'expected' });
    expect(indicator('000-xicheng-2021-2025.txt', '千人医疗卫生机构床位数')).toMatchObject({ unit: '床/千人', factor: 1000 });
  });

  it('attaches the rows under 其中 to the row above', () => {
    const plan = proposal('003-chaoyang-2021-2025.txt').plan;
    const occupancy = plan.indicators.find((i) => i.name === '医疗机构床位使用率') as IndicatorDef;
    const subRows = plan.indicators.filter((i) => i.parent === occupancy.code);
    expect(subRows.map((i) => [i.name, i.targets[0].text])).toEqual([
      ['医疗机构床位使用率：三级医院', '≥90'],
      ['医疗机构床位使用率：二级医院', '≥50'],
      ['医疗机构床位使用率：一级医院', '≥55'],
    ]);
  });

  it('matches the 指标解释 definitions to the indicators despite small differences in the names', () => {
    const indicators = proposal('000-xicheng-2021-2025.txt').plan.indicators.filter((i) => i.table !== '正文');
    expect(indicators.filter((i) => i.definition).length).toBe(28);
    expect(indicator('000-xicheng-2021-2025.txt', '高血压患者的规范化服务率').definition).toContain('按照规范要求进行高血压患者健康服务的人数');
    expect(indicator('000-xicheng-2021-2025.txt', '家医服务满意度').unit).toBe('分');
  });
});

describe('text, tasks, boxes and projects', () => {
  it('attaches a target stated in the text to the table indicator it concerns', () => {
    const towns = indicator('001-mentougou-2021-2025.txt', '国家卫生镇创建比例');
    const fromText = towns.targets.find((t) => t.fromProse);
    expect(fromText).toMatchObject({ comparator: '>=', value: 40, year: 2025 });
  });

  it('proposes the tasks of the main-tasks chapter with their hierarchy', () => {
    const tasks = proposal('003-chaoyang-2021-2025.txt').plan.tasks;
    expect(tasks.find((t) => t.path === '第三章/一、')?.title).toBe('公共卫生应急管理');
    expect(tasks.find((t) => t.path === '第三章/一、/#1')).toMatchObject({ title: '构建社会化公共卫生管理大格局', source: { line: 252 } });
    expect(proposal('000-xicheng-2021-2025.txt').plan.tasks.some((t) => t.path === '第四章/第五节/一、/（一）' && t.title === '加快建设高效协同的分级诊疗体系')).toBe(true);
  });

  it('reads the 专栏 boxes with their numbered items', () => {
    const boxes = proposal('000-xicheng-2021-2025.txt').plan.boxes ?? [];
    expect(boxes.map((b) => b.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(boxes[0]).toMatchObject({ title: '全民健康服务体系建设重点工程', path: '第四章/第一节/七、' });
    expect(boxes[0].items.map((i) => i.title)).toEqual(['健康联合体建设项目', '爱国卫生运动三年行动计划', '安宁疗护服务拓展项目']);
  });

  it('reads project tables printed one cell per line and flowing', () => {
    const chaoyang = proposal('003-chaoyang-2021-2025.txt').plan.projects;
    expect(chaoyang).toHaveLength(12);
    expect(chaoyang[0]).toMatchObject({ name: '安贞东方医院', locationText: '东坝地区', kind: '新建', beds: 800, floorArea: 210000, investment: 250000, plannedCompletion: '2023' });
    expect(chaoyang[2]).toMatchObject({ name: '北京中医医院新址', investment: null, investmentText: '待定', siteArea: 106000 });
    const mentougou = proposal('001-mentougou-2021-2025.txt').plan.projects;
    expect(mentougou.map((p) => [p.name, p.targetStage])).toEqual([
      ['门头沟区龙泉医院迁建工程', 'started'],
      ['门头沟区中医医院改扩建工程', 'completed'],
      ['妇幼保健院发热门诊规范化改造工程', 'completed'],
      ['区域医疗中心新建工程', 'preparation'],
      ['永定镇社区卫生服务中心(北院区)改造工程', 'completed'],
      ['石门营社区卫生服务中心建设工程', 'completed'],
      ['龙泉镇社区卫生服务中心建设工程', 'started'],
      ['城子社区卫生服务中心建设工程', 'started'],
    ]);
  });
});
