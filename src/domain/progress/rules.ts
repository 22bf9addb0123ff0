import type { Message } from '../plan/problem.js';
import { formatFixed } from '../rounding.js';
import { RATIO_DECIMALS } from './trajectory.js';
import type { ProgressResult, ProgressStatus, RuleId } from './types.js';

/** Status names as shown in scorecards and reports. */
export const STATUS_LABELS: Record<ProgressStatus, Message> = {
  achieved: { zh: '已达标', en: 'Achieved' },
  on_track: { zh: '进度正常', en: 'On track' },
  acceleration_needed: { zh: '需加快', en: 'Acceleration needed' },
  limited: { zh: '进展缓慢', en: 'Limited progress' },
  deterioration: { zh: '逆向变化', en: 'Moving away' },
  maintained: { zh: '保持达标', en: 'Maintained' },
  not_maintained: { zh: '未能保持', en: 'Not maintained' },
  not_achieved: { zh: '未达标', en: 'Not achieved' },
  no_data: { zh: '无数据', en: 'No data' },
  qualitative: { zh: '人工评价', en: 'Judged by a person' },
};

/** What each rule means, in plain words, for the user who asks why a status was given. */
export const RULE_TEXTS: Record<RuleId, Message> = {
  'qualitative-manual': {
    zh: '定性目标，不能用数值判断，由评价人员依据佐证材料判断。',
    en: 'Qualitative target: it cannot be judged from a number; a person judges it with evidence.',
  },
  'reach-direction-unknown': {
    zh: '目标只写了一个数值，而指标未设定方向（越高越好、越低越好或越接近越好），无法自动判断，需人工判断或补充方向。',
    en: 'The target is a bare number and the indicator has no direction (higher, lower or closer is better), so it cannot be judged automatically.',
  },
  'maintain-bound-unknown': {
    zh: '“保持”类目标没有写明“以上”或“以下”，指标也未设定方向，无法自动判断。',
    en: 'The maintain target does not say above or below, and the indicator has no direction, so it cannot be judged automatically.',
  },
  'no-data': {
    zh: '评价年及以前没有数值，无法评价。',
    en: 'There is no value up to the evaluation year, so nothing can be judged.',
  },
  'baseline-needed': {
    zh: '目标以基期值为参照（增长、提高、下降、保持平稳），但没有基期值，无法评价。',
    en: 'The target is relative to the baseline (gain, increase, decrease, stable) but there is no baseline.',
  },
  'no-data-after-baseline': {
    zh: '基期之后还没有数值，已有数值未达到目标，无法评价进度。',
    en: 'There is no value after the baseline year yet, and the values there are do not meet the target.',
  },
  'achieved-at-year': {
    zh: '按指标的小数位四舍五入后，最近一年的数值已达到目标。',
    en: 'Rounded to the indicator’s precision, the latest value meets the target.',
  },
  'final-year-not-met': {
    zh: '已到目标年，最近一年的数值（按小数位四舍五入后）未达到目标。',
    en: 'The target year has been reached and the latest value, rounded, does not meet the target.',
  },
  'achievement-only-no-baseline': {
    zh: '尚未达到目标；没有基期值，无法计算进度，只判断是否达标。',
    en: 'The target is not met yet; without a baseline no trajectory can be computed, only achievement.',
  },
  'achievement-only-baseline-not-before-target': {
    zh: '尚未达到目标；基期年不早于目标年，无法计算进度，只判断是否达标。',
    en: 'The target is not met yet; the baseline year is not before the target year, so only achievement is judged.',
  },
  'lost-since-baseline': {
    zh: '基期值已达到目标，但最近一年的数值不再达标，属逆向变化。',
    en: 'The baseline met the target but the latest value no longer does: moving away.',
  },
  'target-equals-baseline': {
    zh: '目标值与基期值相同，无法计算进度比：数值离开目标记为逆向变化，未变化记为进展缓慢。',
    en: 'The target value equals the baseline, so no ratio exists: moving off it counts as moving away, no change as limited progress.',
  },
  'time-progress': {
    zh:
      '时间进度法：进度占比 P =（当年值 − 基期值）÷（目标值 − 基期值），时间占比 E =（当年 − 基期年）÷（目标年 − 基期年），R = P ÷ E。' +
      'R 达到“进度正常”阈值（默认 0.95）为进度正常，达到“需加快”阈值（默认 0.60）为需加快，不小于 0 为进展缓慢，小于 0 为逆向变化。' +
      '“左右”、区间和越接近越好的目标，P 为与目标的距离缩小的比例。',
    en:
      'Time-progress method: progress share P = (value − baseline) ÷ (target − baseline), time share E = (year − baseline year) ÷ (target year − baseline year), R = P ÷ E. ' +
      'R at or above the on-track threshold (default 0.95) is on track, at or above the acceleration threshold (default 0.60) needs acceleration, from 0 is limited, below 0 is moving away. ' +
      'For “about”, range and closest-to-target targets, P is the share of the distance to the target that has been closed.',
  },
  'growth-cagr': {
    zh:
      '增长率法（加拿大统计局、Open SDG）：R = d × 实际年均增长率 ÷ |所需年均增长率|，年均增长率 =（终值 ÷ 基期值）^（1 ÷ 年数）− 1，' +
      '目标高于基期值时 d = 1，低于时 d = −1；按与时间进度法相同的阈值分级。',
    en:
      'Growth method (Statistics Canada, Open SDG): R = d × actual yearly growth ÷ |required yearly growth|, yearly growth = (end ÷ baseline)^(1 ÷ years) − 1, ' +
      'd = 1 when the target is above the baseline and −1 when below; graded with the same thresholds as the time-progress method.',
  },
  'growth-fallback-time': {
    zh: '增长率法只适用于数值均为正的单向目标，本指标不适用，改用时间进度法计算。',
    en: 'The growth method needs positive values and a one-sided target; this indicator has neither, so the time-progress method is used.',
  },
  'maintain-every-year': {
    zh: '“保持”类目标：基期之后每个有数值的年份都须达到所写界限，任何一年未达到即为未能保持。',
    en: 'Maintain target: every year with a value after the baseline must hold the bound; one year below breaks it.',
  },
  'direction-vs-baseline': {
    zh: '方向类目标（提高、下降、保持平稳）与基期值比较；保持平稳允许的偏差默认为基期值的 5%。',
    en: 'Direction-only target (increase, decrease, stable), judged against the baseline; stable allows 5 % of the baseline by default.',
  },
  'direction-every-year': {
    zh: '“逐年”类目标：须与基期值相比朝目标方向变化，且每年都不比上一年倒退。',
    en: 'Year-on-year target: the value must move the right way from the baseline and never go back from one year to the next.',
  },
};

/** The status, the rule and the figures of a result in one sentence each language. */
export function explainProgress(result: ProgressResult): Message {
  const label = STATUS_LABELS[result.status];
  const rule = RULE_TEXTS[result.rule];
  const figures: string[] = [];
  if (result.roundedValue !== null) figures.push(`y(${result.valueYear}) = ${formatFixed(result.roundedValue, result.inputs.decimals)}`);
  if (result.progressShare !== null) figures.push(`P = ${result.progressShare.toFixed(RATIO_DECIMALS)}`);
  if (result.timeShare !== null) figures.push(`E = ${result.timeShare.toFixed(RATIO_DECIMALS)}`);
  if (result.ratio !== null) figures.push(`R = ${result.ratio.toFixed(RATIO_DECIMALS)}`);
  const tail = figures.length > 0 ? ` [${figures.join(', ')}]` : '';
  return { zh: `${label.zh}：${rule.zh}${tail}`, en: `${label.en}: ${rule.en}${tail}` };
}
