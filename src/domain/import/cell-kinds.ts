/**
 * What the cells of plan tables look like: units, figures, indicator attributes, project
 * stages. Used to decide which piece of a flattened row belongs to which column.
 */
const SIMPLE_UNITS = new Set([
  '%', '‰', '‱', '岁', '人', '张', '床', '个', '家', '所', '次', '人次', '分钟', '分', '秒', '元', '万元', '亿元', '天', '日', '小时',
  '年', '月', '辆', '台', '平方米', '㎡', 'm²', 'm2', '米', '公里', '千米', '项', '处', '件', '例', '组', '支', '名', '位', '户', '册',
  '份', '套', '层', '座', '间', '倍', '分值', '万人', '万人次', '亿人次', '千克', '公斤', '吨', '立方米', '公顷', '亩', '门', '周', '批',
]);

/** A unit as written in a unit column or after a figure: "%", "1/10 万", "张/千人", "人". */
export function isUnit(text: string): boolean {
  const t = normalizeUnit(text);
  if (t === '') return false;
  if (SIMPLE_UNITS.has(t)) return true;
  if (/^1?\/(?:10|100)?[万千百]$/.test(t)) return true;
  return /^[\u4e00-\u9fff%‰]{1,3}\/(?:\d{0,3}[\u4e00-\u9fff]{1,3}|\d{1,6})$/.test(t);
}

/** A unit written the way the plan format stores it: no spaces, half-width signs, "/10万" as "1/10万". */
export function normalizeUnit(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/％/g, '%')
    .replace(/／/g, '/')
    .replace(/^\/(?=\d*[万千百])/, '1/');
}

/** Scale of a rate unit: % → 100, ‰ → 1000, 1/万 → 10000, 1/10万 → 100000. */
export function unitFactor(unit: string | null): number | null {
  switch (unit === null ? '' : normalizeUnit(unit)) {
    case '%':
      return 100;
    case '‰':
      return 1000;
    case '‱':
    case '1/万':
      return 10000;
    case '1/10万':
      return 100000;
    default:
      return null;
  }
}

/** Scale implied by a per-population name: 每千常住人口… → 1000, 每万… → 10000. */
export function nameFactor(name: string): number | null {
  if (/每十万|十万人/.test(name)) return 100000;
  if (/每千|千人|千常住|千户籍/.test(name)) return 1000;
  if (/每万|万人|万常住|万户籍|万名/.test(name)) return 10000;
  return null;
}

const NUMBER = /^[-+]?\d+(?:\.\d+)?/;

/** The number a figure cell starts with ("73.42", "1.72%（医院+中心）"), or null. */
export function leadingNumber(text: string): number | null {
  const m = NUMBER.exec(text.replace(/\s+/g, ''));
  return m ? Number(m[0]) : null;
}

/** Marks that say a figure is absent: "--", "—", "不统计此项", "无", "待定". */
export const MISSING_FIGURE = /^(?:[-—–－]{1,2}|\/|无|暂无|未统计|不统计.*|待定|待测算|[（(]?缺[）)]?)$/;

export type FigureShape = 'figure' | 'change' | 'missing' | 'other';

/**
 * The shape of a cell holding an observed figure: a plain figure (with its unit and a remark in
 * brackets), a change ("增长 0.05 岁"), a mark for a missing figure, or anything else.
 */
export function figureShape(text: string): FigureShape {
  const t = text.replace(/\s+/g, '');
  if (MISSING_FIGURE.test(t)) return 'missing';
  const m = /^[-+]?\d+(?:\.\d+)?(.*)$/.exec(t);
  if (m) {
    const rest = m[1].replace(/[（(][^）)]*[）)]$/, '');
    if (rest === '' || isUnit(rest) || /^\/?\d*万$/.test(rest)) return 'figure';
    return 'other';
  }
  if (/^(?:增长|增加|提高|提升|下降|降低|减少)[-+]?\d/.test(t)) return 'change';
  return 'other';
}

const ATTRIBUTE = /^(约束|预期|指导)[性型](?:指标)?$/;
const ATTRIBUTE_AT_END = /(?:^|\s)((?:约束|预期|指导)[性型](?:指标)?)$/;

export type AttributeWord = '约束性' | '预期性' | '指导性';

export function attributeOf(text: string): AttributeWord | null {
  const m = ATTRIBUTE.exec(text.replace(/\s+/g, ''));
  return m ? (`${m[1]}性` as AttributeWord) : null;
}

/** The attribute a line ends with, which ends a table row printed across lines. */
export function attributeAtEnd(text: string): AttributeWord | null {
  const m = ATTRIBUTE_AT_END.exec(text);
  return m ? attributeOf(m[1]) : null;
}

/** Words that need something after them; a cell ending in one was cut in the wrong place. */
export const DANGLING = /(?:增长|增加|达到|提高|提升|降低|下降|减少|不低于|不高于|不少于|不超过|低于|高于|控制在|保持在|维持在|稳定在|约|≥|≤|<|>|＜|＞|≦|≧)$/;

/** Name endings of indicators, as opposed to the names of the groups under 其中. */
export const INDICATOR_ENDING = /(?:率|数|比|比例|比重|占比|值|量|寿命|时间|水平|指数|费用|支出|人次|床位|密度|覆盖|面积|满意度|年限|增幅|增速|规模)$/;
