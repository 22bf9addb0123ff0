/** Population phrases that mean the same denominator, most specific first. */
const POPULATION_PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/每?(?:10|十)万(?:名)?(?:常住|户籍)?(?:人口|居民|人)/g, '每十万人口'],
  [/每?千(?:名)?(?:常住|户籍)?(?:人口|居民|人)/g, '每千人口'],
  [/每?万(?:名)?(?:常住|户籍)?(?:人口|居民|人)/g, '每万人口'],
];

/**
 * The form in which two names of one indicator compare equal: half-width characters, no
 * spaces, no footnote marks, no 其中 prefix, 医生（师） read as 医师, and one wording for
 * per-population phrases (每千常住人口 / 千人 / 每千人 → 每千人口; 万人 / 每万名常住人口 → 每万人口).
 * It keeps 率 / 比例 / 数 apart: 过早死亡率 and 过早死亡比例 are different indicators.
 */
export function normalizeIndicatorName(name: string): string {
  let text = name.replace(/[\u2460-\u2473\u2776-\u277f]/g, '').normalize('NFKC');
  text = text.replace(/\s+/g, '').replace(/[*†‡]+$/, '');
  text = text.replace(/^其中[:、,]?/, '');
  text = text.replace(/医生\(师\)/g, '医师');
  for (const [pattern, replacement] of POPULATION_PHRASES) text = text.replace(pattern, replacement);
  return text;
}

/** The name with its parenthetical remarks removed: 重大慢性病（心脑血管疾病…）过早死亡率 → 重大慢性病过早死亡率. */
export function withoutParentheticals(normalized: string): string {
  let text = normalized;
  let previous;
  do {
    previous = text;
    text = text.replace(/\([^()]*\)/g, '');
  } while (text !== previous);
  return text;
}

const DIMENSIONS: ReadonlyArray<[RegExp, string]> = [
  [/%/, 'percent'],
  [/‰/, 'permille'],
  [/10万|十万/, 'per-100k'],
  [/人次/, 'visits'],
  [/床日/, 'bed-days'],
  [/[张床]/, 'beds'],
  [/岁/, 'years'],
  [/分钟/, 'minutes'],
  [/[天日]/, 'days'],
  [/[人名]/, 'persons'],
  [/[个家处所]/, 'count'],
  [/元/, 'money'],
  [/分/, 'score'],
];

/**
 * What a unit measures, so that units written differently can be compared: 张 and 床/千人
 * are both beds, 1/10万 and /10 万 both per 100 000, ％ and % both percent. Null when no unit is given.
 */
export function unitDimension(unit: string | null | undefined): string | null {
  if (!unit) return null;
  const text = unit.normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return null;
  for (const [pattern, dimension] of DIMENSIONS) if (pattern.test(text)) return dimension;
  return text;
}
