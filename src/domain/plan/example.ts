import { type DataElementDef, PLAN_FORMAT_VERSION, type PlanDocument } from './format.js';

const DOCUMENT = '003-chaoyang-2021-2025.txt';

const element = (code: string, name: string, unit: string, across: DataElementDef['aggregationAcross'], overTime: DataElementDef['aggregationOverTime']): DataElementDef => ({
  code,
  name,
  unit,
  aggregationAcross: across,
  aggregationOverTime: overTime,
});

/**
 * A small but complete plan document: four indicators of the Chaoyang 14th five-year health
 * plan with their figures from the document. docs/plan-format.md shows it; tests start from
 * it. Each call returns a fresh copy, so callers may change it.
 */
export function examplePlan(): PlanDocument {
  return {
    format: PLAN_FORMAT_VERSION,
    plan: {
      code: 'example-chaoyang',
      title: '北京市朝阳区“十四五”时期卫生健康事业发展规划（节选）',
      region: '110105',
      periodStart: 2021,
      periodEnd: 2025,
      issuer: null,
      documentNumber: null,
      approvalDate: '2021-10-12',
      status: 'active',
      progressMethod: 'time',
      source: { document: DOCUMENT, line: 3 },
    },
    orgUnits: [
      { code: '110000', name: '北京市', level: 'province', parent: null, officialCode: '110000' },
      { code: '110105', name: '朝阳区', level: 'district', parent: '110000', officialCode: '110105' },
    ],
    departments: [{ code: '110105-D01', name: '区卫生健康委', aliases: ['朝阳区卫生健康委员会'] }],
    outline: [
      { path: '第二章', title: '规划总则', level: 1, line: 75 },
      { path: '第二章/四、', title: '关键指标', level: 2, line: 101 },
      { path: '第三章', title: '主要任务', level: 1, line: 250 },
      { path: '第三章/一、', title: '公共卫生应急管理', level: 2, line: 251 },
    ],
    dataElements: [
      element('POP_RESIDENT', '常住人口', '人', 'sum', 'average'),
      element('BEDS', '医疗卫生机构床位数（实有/开放）', '张', 'sum', 'last'),
      element('PHYSICIANS', '执业（助理）医师数', '人', 'sum', 'last'),
      element('LIFE_EXPECTANCY', '人均期望寿命', '岁', 'none', 'last'),
    ],
    indicators: [
      {
        code: 'EX-01',
        name: '人均期望寿命',
        aliases: ['平均期望寿命'],
        category: null,
        unit: '岁',
        factor: 1,
        decimals: 2,
        attribute: 'expected',
        direction: 'up',
        numerator: '#{LIFE_EXPECTANCY}',
        denominator: null,
        canonical: 'LIFE_EXPECTANCY',
        table: '关键指标',
        source: { document: DOCUMENT, line: 109 },
        baselines: [{ year: 2020, value: 82.91, text: '82.91岁', note: '正文称“平均期望寿命”', source: { document: DOCUMENT, line: 11 } }],
        targets: [{ text: '83.0', comparator: 'reach', value: 83, year: 2025, source: 'plan', line: 111 }],
      },
      {
        code: 'EX-02',
        name: '每千常住人口医疗卫生机构床位数',
        unit: '张',
        factor: 1000,
        decimals: 2,
        attribute: 'expected',
        direction: 'up',
        numerator: '#{BEDS}',
        denominator: '#{POP_RESIDENT}',
        populationBasis: 'resident',
        canonical: 'BEDS_PER_1000',
        table: '关键指标',
        source: { document: DOCUMENT, line: 149 },
        baselines: [
          {
            year: 2020,
            value: 6.94,
            text: '千常住人口实际开放床位6.94张',
            note: '实际开放床位，与指标的医疗卫生机构床位口径不完全一致',
            source: { document: DOCUMENT, line: 13 },
          },
        ],
        targets: [{ text: '7.5', comparator: 'reach', value: 7.5, year: 2025, source: 'plan', line: 151 }],
      },
      {
        code: 'EX-03',
        name: '医疗机构床位使用率',
        unit: '%',
        factor: 100,
        decimals: 2,
        attribute: 'expected',
        direction: 'up',
        table: '关键指标',
        source: { document: DOCUMENT, line: 224 },
        baselines: [
          { year: 2019, value: 80.1, text: '80.1%', note: '2019年编制床位使用率，非2020年、非实有床位口径', source: { document: DOCUMENT, line: 26 } },
        ],
        targets: [{ text: '≥85', comparator: '>=', value: 85, year: 2025, source: 'plan', line: 226 }],
      },
      {
        code: 'EX-03a',
        name: '其中：三级医院',
        seq: '其中',
        unit: '%',
        factor: 100,
        attribute: 'expected',
        direction: 'up',
        parent: 'EX-03',
        table: '关键指标',
        source: { document: DOCUMENT, line: 229 },
        baselines: [],
        targets: [{ text: '≥90', comparator: '>=', value: 90, year: 2025, source: 'plan', line: 231 }],
      },
    ],
    tasks: [
      {
        path: '第三章/一、',
        title: '公共卫生应急管理',
        summary: '坚持预防为主，将公共卫生理念融入全社会各行业、各部门之中，融入到每个人的生活中，调动全社会参与疾病防控的积极性。',
        leadDepartment: '110105-D01',
        cooperatingDepartments: [],
        deadline: '2025',
        indicators: [],
        source: { document: DOCUMENT, line: 251 },
      },
    ],
    boxes: [],
    projects: [
      {
        name: '安贞东方医院',
        location: '110105',
        locationText: '东坝地区',
        kind: '新建',
        content: '建设规模约21万平方米的三甲医院，设置床位800张。',
        beds: 800,
        floorArea: 210000,
        investment: 250000,
        plannedCompletion: '2023',
        source: { document: DOCUMENT, line: 366 },
      },
    ],
    dataValues: [
      { dataElement: 'LIFE_EXPECTANCY', orgUnit: '110105', period: '2020', value: 82.91, source: { document: DOCUMENT, line: 11 } },
      { dataElement: 'BEDS', orgUnit: '110105', period: '2020', value: 23975, comment: '实际开放床位', source: { document: DOCUMENT, line: 13 } },
      { dataElement: 'PHYSICIANS', orgUnit: '110105', period: '2020', value: 22899, source: { document: DOCUMENT, line: 13 } },
      { dataElement: 'EX-02', orgUnit: '110105', period: '2020', value: 6.94, source: { document: DOCUMENT, line: 13 } },
    ],
  };
}
