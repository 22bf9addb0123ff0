import { describe, expect, it } from 'vitest';
import type { Comparator, Direction } from '../plan/format.js';
import { evaluateProgress, type ProgressStatus } from '../progress/index.js';
import { cellKey, generateSamples, type SampleElement, type SampleIndicator, type SampleInput, type SampleValue } from './generate.js';

const elements = new Map<string, SampleElement>(
  [
    ['BEDS', 'integer'],
    ['POP_RESIDENT', 'integer'],
    ['PHYSICIANS', 'integer'],
    ['NURSES', 'integer'],
    ['HTN_MANAGED', 'integer'],
    ['HTN_MANAGED_STD', 'integer'],
    ['DM_MANAGED', 'integer'],
    ['DM_MANAGED_STD', 'integer'],
    ['FAMILY_DOCTOR_CONTRACTED', 'integer'],
    ['LIFE_EXPECTANCY', 'number'],
    ['EMS_RESPONSE_TIME', 'number'],
  ].map(([code, valueType]) => [code, { code, valueType: valueType as SampleElement['valueType'] }]),
);

function indicator(
  code: string,
  name: string,
  unit: string,
  direction: Direction,
  formula: [string, string | null, number],
  baseline: [number, number] | null,
  target: [Comparator, number | null, number],
): SampleIndicator {
  // Every indicator has its direct element (same code), as the plan import creates it.
  if (!elements.has(code)) elements.set(code, { code, valueType: 'number' });
  return {
    code,
    name,
    unit,
    direction,
    numerator: formula[0],
    denominator: formula[1],
    factor: formula[2],
    baselines: baseline ? [{ year: baseline[0], value: baseline[1] }] : [],
    targets: [{ comparator: target[0], value: target[1], year: target[2] }],
  };
}

// Indicators of the Mentougou and Chaoyang plans as the demo stores them, with their 2020 baselines and 2025 targets.
const MENTOUGOU = [
  indicator('MTG21-01', '人均预期寿命', '岁', 'up', ['#{LIFE_EXPECTANCY}', '1', 1], [2020, 81.7], ['reach', 81.8, 2025]),
  indicator('MTG21-06', '每千常住人口医疗卫生机构床位数', '张', 'target', ['#{BEDS}', '#{POP_RESIDENT}', 1000], [2020, 7.6], ['about', 7.6, 2025]),
  indicator('MTG21-07', '每千常住人口执业（助理）医师数', '人', 'up', ['#{PHYSICIANS}', '#{POP_RESIDENT}', 1000], [2020, 3.5], ['reach', 5.1, 2025]),
  indicator('MTG21-08', '每千常住人口注册护士数', '人', 'up', ['#{NURSES}', '#{POP_RESIDENT}', 1000], [2020, 4.1], ['reach', 6.3, 2025]),
  indicator('MTG21-14', '家庭医生全人群签约覆盖率', '%', 'up', ['#{FAMILY_DOCTOR_CONTRACTED}', '#{POP_RESIDENT}', 100], [2020, 38.2], ['>=', 45, 2025]),
  indicator('MTG21-15', '高血压患者规范管理率', '%', 'up', ['#{HTN_MANAGED_STD}', '#{HTN_MANAGED}', 100], [2020, 73.7], ['>=', 80, 2025]),
  indicator('MTG21-16', '2型糖尿病患者规范管理率', '%', 'up', ['#{DM_MANAGED_STD}', '#{DM_MANAGED}', 100], [2020, 76.1], ['>=', 80, 2025]),
  indicator('MTG21-17', '院前医疗急救服务平均反应时间', '分钟', 'down', ['#{EMS_RESPONSE_TIME}', '1', 1], [2020, 18.1], ['<', 12, 2025]),
];
const CHAOYANG = [
  indicator('CY21-09', '每千常住人口医疗卫生机构床位数', '张', 'up', ['#{CY21-09}', null, 1], [2020, 6.94], ['reach', 7.5, 2025]),
  indicator('CY21-12', '每千常住人口执业（助理）医生（师）数', '人', 'up', ['#{CY21-12}', null, 1], [2020, 6.63], ['reach', 6.8, 2025]),
  indicator('CY21-13', '每千常住人口注册护士数', '人', 'up', ['#{CY21-13}', null, 1], [2020, 7.26], ['reach', 7.5, 2025]),
  indicator('CY21-21', '在册严重精神障碍者规范管理率', '%', 'up', ['#{CY21-21}', null, 1], [2020, 94.78], ['>=', 90, 2025]),
  indicator('CY21-23', '基层诊疗人次占总诊疗人次比例', '%', 'up', ['#{CY21-23}', null, 1], [2020, 34.56], ['>=', 35, 2025]),
  indicator('CY21-24', '医疗机构床位使用率', '%', 'up', ['#{CY21-24}', null, 1], [2019, 80.1], ['>=', 85, 2025]),
  indicator('CY21-P07', '居民健康素养水平', '%', 'up', ['#{CY21-P07}', null, 1], [2020, 33.9], ['>=', 40, 2025]),
  indicator('CY21-P22', '社区医院实际开放床位数', '张', 'up', ['#{CY21-P22}', null, 1], null, ['>=', 30, 2025]),
];

const REAL = new Map([
  [cellKey('POP_RESIDENT', '110109', 2020), 392606],
  [cellKey('BEDS', '110109', 2020), 2989],
  [cellKey('LIFE_EXPECTANCY', '110109', 2023), 82.1],
]);

function input(real: ReadonlyMap<string, number> = REAL): SampleInput {
  return {
    plans: [
      { code: 'mentougou-2021-2025', region: '110109', periodStart: 2021, periodEnd: 2025, indicators: MENTOUGOU },
      { code: 'chaoyang-2021-2025', region: '110105', periodStart: 2021, periodEnd: 2025, indicators: CHAOYANG },
    ],
    elements,
    real,
    lastYear: 2025,
  };
}

const at = (samples: SampleValue[], element: string, unit: string, year: number) => samples.find((s) => s.dataElement === element && s.orgUnit === unit && s.period === String(year));

/** The indicator's value as the server computes it: numerator × factor ÷ denominator over the stored cells. */
function valueOf(i: SampleIndicator, unit: string, year: number, cells: Map<string, number>): number | undefined {
  const element = (expression: string) => /^#\{(.+)\}$/.exec(expression)![1];
  const numerator = cells.get(cellKey(element(i.numerator), unit, year));
  if (numerator === undefined) return undefined;
  if (i.denominator === null) return numerator * i.factor;
  const denominator = i.denominator.startsWith('#') ? cells.get(cellKey(element(i.denominator), unit, year)) : Number(i.denominator);
  return denominator === undefined ? undefined : (numerator * i.factor) / denominator;
}

describe('sample data generator', () => {
  const samples = generateSamples(input());
  const cells = new Map([...REAL, ...samples.map((s) => [cellKey(s.dataElement, s.orgUnit, s.period), s.value] as const)]);

  it('gives the same values every time', () => {
    expect(generateSamples(input())).toEqual(samples);
  });

  it('fills every monitoring year 2021–2025 of every indicator, but not a year with a real value', () => {
    for (const [unit, list] of [['110109', MENTOUGOU], ['110105', CHAOYANG]] as const) {
      for (const i of list) for (let y = 2021; y <= 2025; y++) if (!(i.code === 'MTG21-01' && y === 2023)) expect(valueOf(i, unit, y, cells), `${i.code} ${y}`).toBeDefined();
    }
    expect(at(samples, 'LIFE_EXPECTANCY', '110109', 2023)).toBeUndefined();
    expect(at(samples, 'POP_RESIDENT', '110109', 2020)).toBeUndefined();
    expect(samples.every((s) => Number(s.period) >= 2021 && Number(s.period) <= 2025)).toBe(true);
  });

  it('generates numerator and denominator for a rate and never the rate itself', () => {
    for (let y = 2021; y <= 2025; y++) {
      const population = at(samples, 'POP_RESIDENT', '110109', y)!.value;
      // The census figure 392 606 anchors the population: a few per cent a year at most.
      expect(Math.abs(population / 392606 - 1)).toBeLessThan(0.08);
      expect(Number.isInteger(population)).toBe(true);
      expect(Number.isInteger(at(samples, 'NURSES', '110109', y)!.value)).toBe(true);
      expect(at(samples, 'MTG21-08', '110109', y)).toBeUndefined();
      const nurses = valueOf(MENTOUGOU[3], '110109', y, cells)!;
      expect(nurses).toBeGreaterThan(2.5);
      expect(nurses).toBeLessThan(8);
    }
  });

  it('keeps rates within 0–100 and counts whole and not negative', () => {
    for (const s of samples) expect(s.value).toBeGreaterThanOrEqual(0);
    for (const i of [...MENTOUGOU, ...CHAOYANG].filter((x) => x.unit === '%')) {
      for (let y = 2021; y <= 2025; y++) {
        const v = valueOf(i, i.code.startsWith('MTG') ? '110109' : '110105', y, cells)!;
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
      }
    }
    expect(Number.isInteger(at(samples, 'CY21-P22', '110105', 2024)!.value)).toBe(true);
    const nearFull = indicator('T-99', '覆盖率', '%', 'up', ['#{T-99}', null, 1], [2020, 99.5], ['>=', 100, 2025]);
    const full = generateSamples({ ...input(new Map()), plans: [{ code: 't', region: 'X', periodStart: 2021, periodEnd: 2025, indicators: [nearFull] }] });
    expect(full.every((s) => s.value <= 100)).toBe(true);
  });

  it('leaves the review of the previous plan (target year 2020) without samples in 2021–2025', () => {
    const review = indicator('MTG21-R04', '居民健康素养水平', '%', 'up', ['#{MTG21-R04}', null, 1], null, ['>=', 40, 2020]);
    expect(generateSamples({ ...input(new Map()), plans: [{ code: 'mtg', region: '110109', periodStart: 2021, periodEnd: 2025, indicators: [review] }] })).toEqual([]);
  });

  it('makes nothing up for an indicator judged by a person only', () => {
    const qualitative = indicator('XC17-P20', '“每天一节体育课”实施情况', '', 'up', ['#{XC17-P20}', null, 1], null, ['qualitative', null, 2020]);
    expect(generateSamples({ ...input(new Map()), plans: [{ code: 'xc17', region: '110102', periodStart: 2017, periodEnd: 2020, indicators: [qualitative] }] })).toEqual([]);
  });

  it('spreads the indicators over the progress statuses when judged by the time-progress method in 2024', () => {
    const statuses = new Set<ProgressStatus>();
    for (const [unit, list] of [['110109', MENTOUGOU], ['110105', CHAOYANG]] as const) {
      for (const i of list) {
        const values = [2021, 2022, 2023, 2024].map((year) => ({ year, value: valueOf(i, unit, year, cells)! }));
        const baseline = i.baselines[0] ?? null;
        const t = i.targets[0];
        statuses.add(evaluateProgress({ direction: i.direction, baseline, target: { comparator: t.comparator, value: t.value, year: t.year }, values, year: 2024 }).status);
      }
    }
    for (const s of ['achieved', 'on_track', 'acceleration_needed', 'limited', 'deterioration'] as const) expect(statuses).toContain(s);
  });
});
