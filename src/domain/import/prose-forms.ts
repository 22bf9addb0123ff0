import { normalizeTargetText } from '../targets/normalize.js';
import { parseTarget } from '../targets/parse.js';
import type { ParsedTarget } from '../targets/types.js';

/**
 * The ways Chinese plan prose states a quantified target inside one clause, each read into
 * the words that name what is measured and the target. `counted` marks a subject that names
 * the things counted (仿真冰场地 in 建设20处仿真冰场地), so that the indicator is named with
 * 数, 人数 or 人次 after it.
 */
export interface ClauseTarget {
  subject: string;
  parsed: ParsedTarget;
  text?: string;
  counted?: boolean;
}

/** A count of people or things, not a rate, a duration or a distance. */
const COUNT_UNIT = /^(?:万)?(?:人次|人|名|个|家|所|支|张|床|辆|台|项|条|座|间|批|处|套|例|户)$/;

function readable(parsed: ParsedTarget): boolean {
  return parsed.comparator !== 'qualitative' && !parsed.matched;
}

/** The clause read from its end: …达到40%以上, …少于15分钟. */
export function fromTail(clause: string): ClauseTarget | null {
  if (!/\d/.test(clause.replace(/\d{4}\s*年/g, ''))) return null;
  const parsed = parseTarget(clause);
  if (parsed.comparator === 'qualitative' || !parsed.matched) return null;
  const normalized = normalizeTargetText(clause).text;
  const at = normalized.lastIndexOf(parsed.matched);
  if (at <= 0) return null;
  return { subject: normalized.slice(0, at), parsed };
}

/** Words before a figure that make it a bound: 不少于 1000 人 inside a longer clause. 不得少于 is one word. */
const BOUND_LEAD =
  /(?:(?:不得|不能|不应)?(?:少于|低于|超过|高于|多于)|不少于|不低于|不超过|不高于|不多于|至少|达到|控制在|保持在|维持在|稳定在|提高到|提高至|提升到|提升至|增加到|增加至|降至|降低到|降低至|下降到|下降至)\s*\d/g;

/** A bound inside the clause, with words after it: 组建一支不少于 1000 人的…队伍, 每年组织不少于1万人次参与…. */
export function fromInside(clause: string): ClauseTarget | null {
  // 至少有 3 名: 有 only says that they are there.
  const normalized = withDigits(normalizeTargetText(clause).text).replace(/至少有(?=\d)/g, '至少');
  BOUND_LEAD.lastIndex = 0;
  for (let m = BOUND_LEAD.exec(normalized); m; m = BOUND_LEAD.exec(normalized)) {
    for (let end = Math.min(normalized.length, m.index + 16); end > m.index + m[0].length - 1; end--) {
      const parsed = parseTarget(normalized.slice(m.index, end));
      if (!readable(parsed)) continue;
      const after = normalized.slice(end).replace(/^的/, '');
      const counted = after !== '' && COUNT_UNIT.test(parsed.unit ?? '');
      return { subject: counted ? `${leadingWords(normalized.slice(0, m.index))}${after}` : `${normalized.slice(0, m.index)}${after}`, parsed, counted };
    }
  }
  return null;
}

/** Verbs that make or gather the things counted: the indicator is the count of the things. */
const MAKING = '新建|建设|建成|补齐|组建|培育|培养|打造|创建|新增|增设|设置|配置|配备|引进|建立|形成';
/** Verbs whose object is counted with the verb: 掌握1项以上体育运动技能 counts skills mastered. */
const DOING = '掌握|开展|举办|开设|选取|遴选';
const FIGURE = '\\d+(?:\\.\\d+)?(?:[-~—至]\\d+(?:\\.\\d+)?)?(?:个|家|所|处|支|名|人|张|辆|台|项|条|座|间|批)';
const COUNT = new RegExp(`(至少)?(${MAKING}|${DOING})(至少)?(${FIGURE}(?:及以上|以上)?)([^，,；;。]{2,30}?)(?=[，,；;。]|$)`);
/** 开展月坛健康联合体和金融街健康联合体 2 个试点: what is done, then how many, closing the clause. */
const COUNT_SPREAD = new RegExp(`(?:${DOING})([^，,；;。\\d]{2,20}?)(${FIGURE})([^，,；;。\\d]{1,10})$`);

/** Verbs of building or setting up a number of things: 新建 4-8 个急救工作站, 熟练掌握1项以上体育运动技能. */
export function fromCount(clause: string): ClauseTarget | null {
  const m = COUNT.exec(withDigits(clause.replace(/\s+/g, '')));
  if (!m) return null;
  const [, before, verb, after, figure, written] = m;
  // 建立1个标准化急救工作站的网络布局目标 counts the stations, not the aim.
  const object = written.replace(/的[^的]*(?:目标|格局|布局|体系|网络|机制)$/, '');
  // 至少引进1-2名: a floor on a range says no more than the range.
  const bounded = parseTarget(`${before ?? after ?? ''}${figure}`);
  const parsed = bounded.comparator === 'qualitative' ? parseTarget(figure) : bounded;
  if (!['reach', 'range', '>='].includes(parsed.comparator)) return null;
  // 新增 100 支 adds to what there is: the target is the increase.
  if (/新增|增设/.test(verb) && parsed.comparator === 'reach') parsed.comparator = 'increase_by';
  const making = new RegExp(`^(?:${MAKING})$`).test(verb);
  return { subject: making ? object : `${verb}的${object}`, parsed, counted: true };
}

const NUMERALS: Record<string, string> = { 两: '2', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

/**
 * Counts written in Chinese numerals: 形成五个医疗集团, 至少建立一个…. 一 alone is left as it is,
 * since 组建一支队伍 sets up a team and counts nothing.
 */
function withDigits(text: string): string {
  return text
    .replace(/(至少[\u4e00-\u9fff]{0,2}?)一(?=[个家所支名项处座间])/g, '$11')
    .replace(/(?<![\d第十两二三四五六七八九])([两二三四五六七八九十])(?=[个家所支名项处座间])/g, (_, n: string) => NUMERALS[n]);
}

/** 培育公益社会体育指导员8000人: the verb, what it makes, then how many. */
export function fromCountAfter(clause: string): ClauseTarget | null {
  const m = new RegExp(`^(?:${MAKING})([^，,；;。、\\d]{2,20}?)(\\d+(?:\\.\\d+)?万?(?:人|名|个|家|所|支|张|辆|台|项|处|座))$`).exec(normalizeTargetText(clause).text);
  if (!m) return null;
  const parsed = parseTarget(m[2]);
  return readable(parsed) ? { subject: m[1], parsed, counted: true } : null;
}

/** 每千人口拥有3岁以下婴幼儿托位数4.5个: a name that ends in 数 or 率 and its figure, no verb between. */
export function fromBare(clause: string): ClauseTarget | null {
  const m = /^(.{2,40}?(?:数|率|量|比例))(\d+(?:\.\d+)?(?:%|‰|个|张|人|名|家|所|岁|分钟|小时)?)$/.exec(normalizeTargetText(clause).text);
  if (!m || /\d(?![\d.]*岁)/.test(m[1].replace(/^每\d+/, ''))) return null;
  const parsed = parseTarget(m[2]);
  return readable(parsed) ? { subject: m[1], parsed } : null;
}

/**
 * The share of units that do something: 70%区属二级以上综合医院开设心理门诊, 乡镇卫生院、
 * 社区卫生服务中心100%提供中医非药物疗法.
 */
const UNIT_WORD = '(?:医院|机构|中心|卫生院|卫生室|站|学校|幼儿园|单位|企业|街道|乡镇|社区|村)';

export function fromShare(clause: string): ClauseTarget | null {
  const text = normalizeTargetText(clause).text;
  const first = new RegExp(`^(\\d+(?:\\.\\d+)?%)([^，,；;。\\d]{2,20}?${UNIT_WORD})(.{2,30})$`).exec(text);
  const middle = new RegExp(`^([^，,；;。\\d]{1,30}?${UNIT_WORD})(\\d+(?:\\.\\d+)?%)((?:提供|开展|开设|设立|设置|配备|建立|实行|落实)[^，,；;。]{1,20})$`).exec(text);
  const [figure, units, doing] = first ? [first[1], first[2], first[3]] : middle ? [middle[2], middle[1], middle[3]] : [null, '', ''];
  if (!figure) return null;
  const parsed = parseTarget(figure);
  if (!readable(parsed)) return null;
  return { subject: first ? `${doing}的${units}占比` : `${units}${doing}比例`, parsed };
}

/** 建设一支30人以上的综合类紧急医学救援队伍、一支500人以上的流行病学调查队伍: a team of a size, one or more. */
export function fromTeams(clause: string): ClauseTarget[] | null {
  const text = normalizeTargetText(clause).text;
  const hits: ClauseTarget[] = [];
  for (const m of text.matchAll(/一[支个](\d+(?:\.\d+)?(?:人|名)(?:及以上|以上)?)的([^，,；;。、]{2,20}?(?:队伍|团队|队))/g)) {
    const parsed = parseTarget(m[1]);
    if (readable(parsed)) hits.push({ subject: m[2], parsed, text: m[0], counted: true });
  }
  return hits.length > 0 ? hits : null;
}

export function fromCountSpread(clause: string): ClauseTarget | null {
  const m = COUNT_SPREAD.exec(normalizeTargetText(clause).text);
  if (!m) return null;
  const parsed = parseTarget(m[2]);
  return ['reach', 'range'].includes(parsed.comparator) ? { subject: `${m[1]}${m[3]}`, parsed, counted: true } : null;
}

/** 围绕 2-3 个公共卫生和临床专科专业进行重点建设: how many things the work is to centre on. */
export function fromFocus(clause: string): ClauseTarget | null {
  const m = new RegExp(`(?:围绕|聚焦|针对|选择)(${FIGURE})([^，,；;。\\d]{2,20}?)(?:进行|开展|实施)([^，,；;。\\d]{2,12})$`).exec(normalizeTargetText(clause).text);
  if (!m) return null;
  const parsed = parseTarget(m[1]);
  return ['reach', 'range'].includes(parsed.comparator) ? { subject: `${m[3]}的${m[2]}`, parsed, counted: true } : null;
}

/**
 * One target for several things named together: 高血压、糖尿病患者的规范管理率 and 宫颈癌和乳腺癌
 * 筛查覆盖率 are two indicators each. Only lists a plan writes as such are split: diseases or
 * conditions of one kind, or items before 患者 or 人群.
 */
export function splitNamed(subject: string): string[] {
  const before = /^([\u4e00-\u9fff]{2,5})、([\u4e00-\u9fff]{2,5}?)((?:患者|人群).*)$/.exec(subject);
  if (before) return [`${before[1]}${before[3]}`, `${before[2]}${before[3]}`];
  const kind = /^(.*?)([\u4e00-\u9fff]{1,3}(癌|病|症))(?:和|及|、)([\u4e00-\u9fff]{1,3}\3)(.+)$/.exec(subject);
  if (kind) return [`${kind[1]}${kind[2]}${kind[5]}`, `${kind[1]}${kind[4]}${kind[5]}`];
  return [subject];
}

/** 以30万人上冰雪为目标: the figure and what it counts stand between 以 and 为目标. */
export function fromAim(clause: string): ClauseTarget | null {
  const m = /以(\d+(?:\.\d+)?万?(?:人次|人|名|个|家|所|项|处))(.{2,12}?)为(?:目标|目的)/.exec(normalizeTargetText(clause).text);
  if (!m) return null;
  const parsed = parseTarget(m[1]);
  return readable(parsed) ? { subject: m[2], parsed, text: m[0], counted: true } : null;
}

/** 计生药具5-15分钟内可得: how soon (or how near) something is within reach. */
export function fromReach(clause: string): ClauseTarget | null {
  const m = /([^、，,；;:：]{2,20}?)(\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?(分钟|小时|公里|米))(?:以|之)?内(可得|可达|到达|抵达|可及)/.exec(normalizeTargetText(clause).text);
  if (!m) return null;
  const parsed = parseTarget(`${m[2]}内`);
  if (!readable(parsed)) return null;
  const measure = /分钟|小时/.test(m[3]) ? '时间' : '距离';
  return { subject: `${m[1].replace(/^(?:等|和|及)/, '')}${m[4]}${measure}`, parsed, text: `${m[1]}${m[2]}内${m[4]}` };
}

/**
 * 建立涵盖区属专科医院、15家社区卫生服务中心的…专科联合体: a network said to take in a
 * number of units sets the count of units it takes in.
 */
export function fromMembers(clause: string): ClauseTarget | null {
  const m = /(?:涵盖|覆盖|包括|包含|吸纳)(?:[^，,；;。]*?、)?(\d+(?:\.\d+)?(?:家|个|所))([^，,；;。、的]{2,15})的([^，,；;。]{0,20}?)(联合体|联盟|网络|集团|共同体)/.exec(
    normalizeTargetText(clause).text,
  );
  if (!m) return null;
  const parsed = parseTarget(m[1]);
  if (!readable(parsed)) return null;
  const group = `${m[3].split('等').pop() ?? ''}${m[4]}`;
  return { subject: `纳入${group}的${m[2]}`, parsed, counted: true };
}

/**
 * Several indicators given their targets in one breath: "婴儿死亡率、5岁以下儿童死亡率、孕产妇
 * 死亡率分别不高于3.0‰、4.0‰、7/10万" — as many subjects as figures, paired in order.
 */
export function fromRespectively(clause: string): ClauseTarget[] | null {
  const m = /^(.+?)分别(?:为|是)?(.*?)([-+≥≤<>]?\d.*)$/.exec(normalizeTargetText(clause).text);
  if (!m) return null;
  const subjects = m[1].split('、');
  const figures = m[3].split(/、|和|及/);
  if (subjects.length < 2 || subjects.length !== figures.length) return null;
  const hits = subjects.map((subject, i) => {
    const text = `${m[2]}${figures[i]}`;
    return { subject, parsed: parseTarget(text), text: `${subject}${text}` };
  });
  return hits.every((h) => readable(h.parsed)) ? hits : null;
}

/** A clause that ends in 全覆盖 aims at every unit it names: 实现区属医院所有病区优质护理服务全覆盖. */
const FULL_COVERAGE = /^(.*)(?:实现|实施|落实|达到|推动|推进|做到)(.{2,30}?)(?:100%)?全覆盖$/;

/** Words before the verb that name where (重点公共场所实现…全覆盖); a longer lead says how (通过…等多种形式). */
function placeOf(lead: string): string {
  return lead.length <= 12 && !/[、，,]|通过|以|按/.test(lead) ? lead : '';
}

export function fromCoverage(clause: string): ClauseTarget | null {
  const m = FULL_COVERAGE.exec(normalizeTargetText(clause).text);
  if (!m) return null;
  const parsed = parseTarget(clause);
  if (parsed.comparator !== '>=') return null;
  return { subject: `${placeOf(m[1])}${m[2].replace(/^(?:所有|全部)/, '').replace(/(?:全程|全面|全方位)$/, '')}覆盖率`, parsed };
}

/** Frequency and gathering words that open a counted clause: 每年组织…. */
function leadingWords(text: string): string {
  return text.replace(/^(?:每年|每季度|每月|年均)?(?:组织|动员|吸引|带动|推动|组建|建设|建立|打造)?(?:一支|一批|一个)?$/, '');
}

/** The name of a count: 仿真冰场地数, 上冰雪人数, 参与冰雪体验活动人次. */
export function countName(object: string, unit: string | null): string {
  const bare = unit?.replace(/^万/, '') ?? '';
  if (bare === '人次') return /人次$/.test(object) ? object : `${object}人次`;
  if (bare === '人' || bare === '名') return /人数$|人员数$/.test(object) ? object : `${object}人数`;
  return /数$|量$/.test(object) ? object : `${object}数`;
}
