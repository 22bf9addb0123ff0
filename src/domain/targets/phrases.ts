/**
 * The words of target phrasings and what each contributes. Texts are normalised first
 * (normalize.ts), so only half-width signs and no spaces appear here.
 */

export type Bound = '>=' | '<=' | '>' | '<';

/** What a word in front of the number says. */
export type Lead =
  | { kind: 'bound'; op: Bound }
  /** 达到 X: reach X (≥ X, or ≤ X for a lower-is-better indicator). */
  | { kind: 'reach' }
  /** 控制在 X, 降至 X: at most X, unless a closing word says otherwise (控制在 X 左右). */
  | { kind: 'cap' }
  /** 保持在 X以上: hold the bound in every year. */
  | { kind: 'maintain' }
  /** 增长 0.5岁以上: gain at least X over the baseline. */
  | { kind: 'increase_by' }
  /** 力争, 争取: the plan aims at the target without promising it. */
  | { kind: 'aim' }
  /** 在, 为, 维持在: no meaning of its own. */
  | { kind: 'neutral' };

const WORDS: Array<[string[], Lead]> = [
  [['不低于', '不少于', '不小于', '不得低于', '不得少于', '不得小于', '大于或等于', '大于等于', '至少', '最少', '最低'], { kind: 'bound', op: '>=' }],
  [['不高于', '不超过', '不大于', '不多于', '不得高于', '不得超过', '不得多于', '小于或等于', '小于等于', '至多', '最多', '最高'], { kind: 'bound', op: '<=' }],
  [['控制在', '控制到', '控制于', '降至', '降到', '降低至', '降低到', '下降至', '下降到', '减少至', '减少到', '减至', '压缩至', '压缩到'], { kind: 'cap' }],
  [['低于', '小于', '少于', '不足'], { kind: 'bound', op: '<' }],
  [['高于', '大于', '超过', '多于'], { kind: 'bound', op: '>' }],
  [['达到', '达', '提升至', '提升到', '提高至', '提高到', '增至', '增加至', '增加到', '增长至', '增长到', '上升至', '上升到', '升至', '扩大至', '扩大到'], { kind: 'reach' }],
  [['始终保持在', '继续保持在', '保持在', '稳定在', '保持'], { kind: 'maintain' }],
  [['增长', '增加', '提高', '提升', '上升'], { kind: 'increase_by' }],
  [['力争', '争取', '努力', '确保', '始终', '继续'], { kind: 'aim' }],
  [['维持在', '维持', '在', '为', '是'], { kind: 'neutral' }],
];

/** Every lead word with its meaning, longest first so that 不低于 wins over 低于. */
export const LEADS: Array<[string, Lead]> = WORDS.flatMap(([words, lead]) => words.map((w): [string, Lead] => [w, lead])).sort(
  (a, b) => b[0].length - a[0].length,
);

/** Lead words that only soften the target; they are reported as its note. */
export const AIM_WORDS = ['力争', '争取', '努力'];

/** 以内 bounds one figure from above (5%以内) but only places a range (5-15分钟内): it is 'within'. */
export type Suffix = { kind: 'bound'; op: '>=' | '<=' } | { kind: 'about' } | { kind: 'within' };

export const SUFFIXES: Array<[string, Suffix]> = [
  ['及以上', { kind: 'bound', op: '>=' }],
  ['以上', { kind: 'bound', op: '>=' }],
  ['及以下', { kind: 'bound', op: '<=' }],
  ['以下', { kind: 'bound', op: '<=' }],
  ['以内', { kind: 'within' }],
  ['之内', { kind: 'within' }],
  ['内', { kind: 'within' }],
  ['左右', { kind: 'about' }],
  ['上下', { kind: 'about' }],
];

/** Words that may close the phrase without changing it: 保持…在95%以上的目标. */
export const CLOSERS = ['的规划目标', '的目标', '目标'];

/** Coverage closers: 100%覆盖 is a floor on the coverage. */
export const COVERAGE = ['全覆盖', '覆盖'];

/** Units that may follow a number, longest first; "/10万" is the per-100 000 rate written 7/10万. */
export const UNITS: Array<[string, string]> = (
  [
    ['/10万', '1/10万'],
    ['/万', '1/万'],
    ['/千', '1/千'],
    ['%', '%'],
    ['‰', '‰'],
    ['‱', '‱'],
    ['个百分点', '个百分点'],
    ['百分点', '百分点'],
    ['万人次', '万人次'],
    ['人次', '人次'],
    ['万人', '万人'],
    ['万元', '万元'],
    ['亿元', '亿元'],
    ['元', '元'],
    ['万平方米', '万平方米'],
    ['平方米', '平方米'],
    ['万平米', '万平方米'],
    ['平米', '平方米'],
    ['m²', 'm²'],
    ['m2', 'm²'],
    ['公里', '公里'],
    ['米', '米'],
    ['分钟', '分钟'],
    ['小时', '小时'],
    ['岁', '岁'],
    ['个月', '个月'],
    ['年', '年'],
    ['周', '周'],
    ['张', '张'],
    ['床', '床'],
    ['人', '人'],
    ['个', '个'],
    ['家', '家'],
    ['所', '所'],
    ['项', '项'],
    ['处', '处'],
    ['辆', '辆'],
    ['间', '间'],
    ['节', '节'],
    ['名', '名'],
    ['次', '次'],
    ['户', '户'],
    ['台', '台'],
    ['套', '套'],
    ['例', '例'],
    ['支', '支'],
    ['倍', '倍'],
    ['分', '分'],
    ['天', '天'],
    ['万', '万'],
  ] as Array<[string, string]>
).sort((a, b) => b[0].length - a[0].length);

/** Separators of a range: 1-2家, 5–15分钟 (dashes are normalised to -), 5至15. */
export const RANGE_SEPARATORS = ['-', '至', '到'];

const INCREASE_VERB = '(?:提高|提升|上升|增长|增加|升高)';
const DECREASE_VERB = '(?:下降|降低|减少|回落)';
const MANNER = '(?:逐年|逐步|稳步|平稳|持续|不断|进一步|继续|有所|明显|显著|大幅|稳定)?';

/** Direction-only targets written alone: 逐年提高, 稳步提升, 平稳下降, 保持平稳. */
export const INCREASE_ALONE = new RegExp(`^${MANNER}${INCREASE_VERB}$`);
export const DECREASE_ALONE = new RegExp(`^${MANNER}${DECREASE_VERB}$`);
export const STABLE_ALONE = /^(?:继续)?(?:保持|基本|总体|维持)?(?:基本)?(?:平稳|稳定)$/;

/** In a sentence: a verb that opens it (提高绿化覆盖率) or a phrase that closes it (…逐年降低). */
export const INCREASE_OPENING = new RegExp(`^${MANNER}${INCREASE_VERB}(?![至到\\d])`);
export const DECREASE_OPENING = new RegExp(`^${MANNER}${DECREASE_VERB}(?![至到\\d])`);
export const INCREASE_CLOSING = new RegExp(`(?:逐年|逐步|稳步|持续|不断|进一步|有所|明显|显著)${INCREASE_VERB}$`);
export const DECREASE_CLOSING = new RegExp(`(?:逐年|逐步|稳步|平稳|持续|不断|进一步|有所|明显|显著)${DECREASE_VERB}$`);
export const STABLE_CLOSING = /(?:保持|维持)(?:基本)?(?:平稳|稳定)$/;

/** Words just before a phrase that make it approximate (基本全覆盖): such a phrase is not read. */
export const HEDGES = ['基本', '接近', '近', '约'];

/** A clause that only claims to have nearly got there (基本实现…全覆盖) states no target that can be read. */
export const HEDGED_CLAUSE = /基本(?:实现|达到|完成|建成|形成|覆盖)/;

/** Words before a phrase that say where a change started (由11.3/10万下降到6.60/10万): a change, not a target. */
export const CHANGE_FROM = /(?:由|从)\d/;
