import type { IndicatorDef, TargetDef } from '../plan/format.js';
import { normalizeTargetText } from '../targets/normalize.js';
import { parseTarget } from '../targets/parse.js';
import type { ParsedTarget } from '../targets/types.js';
import { nameFactor, normalizeUnit, unitFactor } from './cell-kinds.js';
import { directionOf } from './direction.js';
import type { PlanFrame } from './frame.js';
import { nameSimilarity } from './name-match.js';
import { isWithin, type Outline } from './outline.js';
import { lineAt, sentences, type TextRun } from './text-runs.js';
import { uncertainty, type Uncertainty } from './uncertainty.js';

/**
 * Quantified targets stated in the text rather than in a table: "到2025年，居民健康素养水平
 * 提升至40%以上", "千人口献血率达到 20‰", "组建一支不少于 1000 人的…队伍", "新建 4-8 个急救
 * 工作站". A target about an indicator of a table is added to it; any other becomes an
 * indicator of its own, in the table "正文". Sections that look back (回顾, 成绩, 形势, 背景)
 * report what was achieved, not what is aimed at, and are not read.
 */
export const PROSE_TABLE = '正文';

const LOOKING_BACK = /回顾|成绩|成就|成效|基础|现状|形势|问题|背景|发展情况|环境|指标说明|指标解释|名词解释|附表|附件/;
const SUBJECT_LEAD = /^(?:并|且|和|及|同时|其中|使|让|将|把|确保|力争|争取|努力|全区|全市|区域内|实现|进一步|逐步|基本|持续|继续|保持|维持|推动|推进|到\d{4}年(?:底|末)?|\d{4}年(?:底|末)?|十[一二三四五六七八九]五(?:时期|末|期间|期末)?|规划期末|期末)+/;
/** Words before a figure that make it a bound: 不少于 1000 人 inside a longer clause. */
const BOUND_LEAD = /(?:不少于|不低于|不超过|不高于|不多于|少于|低于|超过|高于|达到|控制在|保持在|维持在|稳定在|提高到|提高至|提升到|提升至|增加到|增加至|降至|降低到|降低至|下降到|下降至)\s*\d/g;
/** Verbs of building or setting up a number of things: 新建 4-8 个急救工作站. */
const COUNT = /(至少)?(新建|建设|建成|补齐|组建|培育|培养|打造|创建|新增|增设|设置|配置|引进|建立)(至少)?(\d+(?:\.\d+)?(?:[-~—至]\d+(?:\.\d+)?)?(?:个|家|所|处|支|名|人|张|辆|台|项|条|座|间|批))([^，,；;。]{2,20}?)(?=[，,；;。]|$)/;
/** A clause that ends in 全覆盖 aims at every unit it names: 实现区属医院所有病区优质护理服务全覆盖. */
const FULL_COVERAGE = /^(?:实现|落实|达到|推动|推进|做到)(.{2,30}?)(?:100%)?全覆盖$/;

interface Found {
  name: string;
  parsed: ParsedTarget;
  text: string;
  line: number;
  year: number;
  yearAssumed: boolean;
  section: string | null;
}

function cleanSubject(subject: string): string {
  return subject
    .replace(SUBJECT_LEAD, '')
    .replace(/(?:由|从)[^由从]*\d[^由从]*$/, '')
    .replace(/的?(?:规划)?目标$/, '')
    .replace(/^[，,、：:]+|[，,、：:的]+$/g, '');
}

/** A negated bound (不得少于) or one sentence with several targets (分别…) is left to a person. */
const UNREADABLE = /(?:不得|不能|不应|不可)(?:少于|低于|高于|超过|多于|小于|大于)|分别/;

/**
 * The year a target is set for: the one after 到/至 (从2020年的30%提高到2025年的40%), else the
 * latest year named; a sentence naming only years before the plan reports, it does not aim.
 */
function yearOf(before: string, frame: PlanFrame): { year: number; assumed: boolean } | 'past' {
  const by = /(?:到|至)\s*(\d{4})\s*年/.exec(before);
  const years = [...before.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  if (by || years.length > 0) {
    const year = by ? Number(by[1]) : Math.max(...years);
    if (year < frame.periodStart) return 'past';
    return { year, assumed: false };
  }
  if (/十[一二三四五六七八九]五|规划期末|期末|规划期/.test(before)) return { year: frame.periodEnd, assumed: false };
  return { year: frame.periodEnd, assumed: true };
}

/** The clause read from its end: …达到40%以上, …少于15分钟. */
function fromTail(clause: string): { subject: string; parsed: ParsedTarget } | null {
  if (!/\d/.test(clause.replace(/\d{4}\s*年/g, ''))) return null;
  const parsed = parseTarget(clause);
  if (parsed.comparator === 'qualitative' || !parsed.matched) return null;
  const normalized = normalizeTargetText(clause).text;
  const at = normalized.lastIndexOf(parsed.matched);
  if (at <= 0) return null;
  return { subject: normalized.slice(0, at), parsed };
}

/** A bound inside the clause, with words after it: 组建一支不少于 1000 人的…队伍. */
function fromInside(clause: string): { subject: string; parsed: ParsedTarget; phrase: string } | null {
  const normalized = normalizeTargetText(clause).text;
  BOUND_LEAD.lastIndex = 0;
  for (let m = BOUND_LEAD.exec(normalized); m; m = BOUND_LEAD.exec(normalized)) {
    for (let end = Math.min(normalized.length, m.index + 16); end > m.index + m[0].length - 1; end--) {
      const phrase = normalized.slice(m.index, end);
      const parsed = parseTarget(phrase);
      if (parsed.comparator !== 'qualitative' && !parsed.matched) {
        const subject = `${normalized.slice(0, m.index)}${normalized.slice(end).replace(/^的/, '')}`;
        return { subject, parsed, phrase };
      }
    }
  }
  return null;
}

function fromCount(clause: string): { subject: string; parsed: ParsedTarget } | null {
  const m = COUNT.exec(clause.replace(/\s+/g, ''));
  if (!m) return null;
  const [, before, verb, after, figure, object] = m;
  const parsed = parseTarget(`${before ?? after ?? ''}${figure}`);
  if (!['reach', 'range', '>='].includes(parsed.comparator)) return null;
  // 新增 100 支 adds to what there is: the target is the increase.
  if (/新增|增设/.test(verb) && parsed.comparator === 'reach') parsed.comparator = 'increase_by';
  return { subject: `${verb}${object}`, parsed };
}

/**
 * Several indicators given their targets in one breath: "婴儿死亡率、5岁以下儿童死亡率、孕产妇
 * 死亡率分别不高于3.0‰、4.0‰、7/10万" — as many subjects as figures, paired in order.
 */
function fromRespectively(clause: string): Array<{ subject: string; parsed: ParsedTarget; text: string }> | null {
  const m = /^(.+?)分别(?:为|是)?(.*?)([-+≥≤<>]?\d.*)$/.exec(normalizeTargetText(clause).text);
  if (!m) return null;
  const subjects = m[1].split('、');
  const figures = m[3].split(/、|和|及/);
  if (subjects.length < 2 || subjects.length !== figures.length) return null;
  const hits = subjects.map((subject, i) => {
    const text = `${m[2]}${figures[i]}`;
    return { subject, parsed: parseTarget(text), text: `${subject}${text}` };
  });
  return hits.every((h) => h.parsed.comparator !== 'qualitative' && !h.parsed.matched) ? hits : null;
}

function fromCoverage(clause: string): { subject: string; parsed: ParsedTarget } | null {
  const m = FULL_COVERAGE.exec(normalizeTargetText(clause).text);
  if (!m) return null;
  const parsed = parseTarget(clause);
  if (parsed.comparator !== '>=') return null;
  return { subject: `${m[1].replace(/^(?:所有|全部)/, '')}覆盖率`, parsed };
}

const MAX_NAME = 40;

export interface ProseReading {
  found: Found[];
  /** Clauses that state targets the importer cannot split into indicator and target. */
  unreadable: Array<{ text: string; line: number }>;
}

export function findProseTargets(runs: readonly TextRun[], outline: Outline, frame: PlanFrame): ProseReading {
  const skipped = outline.entries.map((e, i) => (e.parent === -1 && LOOKING_BACK.test(e.title + e.path) ? i : -1)).filter((i) => i >= 0);
  const found: Found[] = [];
  const unreadable: ProseReading['unreadable'] = [];
  for (const run of runs) {
    if (skipped.some((s) => run.owner >= 0 && isWithin(outline, run.owner, s))) continue;
    const section = run.owner >= 0 ? outline.entries[run.owner].title : null;
    for (const sentence of sentences(run)) {
      const clauses = sentence.text.split(/(?<=[，,：:])/);
      let offset = sentence.offset;
      let before = '';
      for (const clause of clauses) {
        const when = yearOf(before + clause, frame);
        const respectively = fromRespectively(clause);
        const single = respectively ? null : fromTail(clause) ?? fromInside(clause) ?? fromCount(clause) ?? fromCoverage(clause);
        const hits: Array<{ subject: string; parsed: ParsedTarget; text?: string }> = respectively ?? (single ? [single] : []);
        const figure = clause.search(/\d(?!\d{3}\s*年)|全覆盖/);
        const line = lineAt(run, offset + Math.max(0, figure));
        if (when !== 'past' && UNREADABLE.test(clause.replace(/\s+/g, '')) && (hits.length > 0 || /\d/.test(clause)) && !respectively) {
          unreadable.push({ text: clause.trim(), line });
        } else if (when !== 'past') {
          for (const hit of hits) {
            const name = cleanSubject(hit.subject);
            if (name.length < 2 || name.length > MAX_NAME || /^\d/.test(name)) continue;
            found.push({ name, parsed: hit.parsed, text: hit.text ?? clause.replace(/[，,：:。；;]+$/, '').trim(), line, year: when.year, yearAssumed: when.assumed, section });
          }
        }
        before += clause;
        offset += clause.length;
      }
    }
  }
  return { found, unreadable };
}

/** Threshold above which a sentence's subject is taken for a table indicator. */
const SAME_INDICATOR = 0.72;

export function addProseTargets(indicators: IndicatorDef[], reading: ProseReading, frame: PlanFrame): Uncertainty[] {
  const uncertainties: Uncertainty[] = reading.unreadable.map((u) =>
    uncertainty('prose-target-unparsed', u.line, `正文“${u.text}”含目标值，但无法拆分为指标和目标，请手工录入`, `The text "${u.text}" states targets that could not be split into indicators and targets; please enter them by hand`),
  );
  const found = reading.found;
  let next = 1;
  for (const f of found) {
    const target: TargetDef = { text: f.text, comparator: f.parsed.comparator, value: f.parsed.value, year: f.year, source: 'plan', fromProse: true, line: f.line };
    if (f.parsed.valueHigh !== null) target.valueHigh = f.parsed.valueHigh;
    if (f.parsed.bound) target.bound = f.parsed.bound;
    if (f.parsed.unit) target.unit = normalizeUnit(f.parsed.unit);
    if (f.parsed.note) target.note = f.parsed.note;
    let best: IndicatorDef | null = null;
    let bestScore = SAME_INDICATOR;
    for (const indicator of indicators) {
      const score = Math.max(...[indicator.name, ...(indicator.aliases ?? [])].map((n) => nameSimilarity(n, f.name)));
      if (score >= bestScore) {
        best = indicator;
        bestScore = score;
      }
    }
    if (best) {
      best.targets.push(target);
    } else {
      const unit = target.unit ?? null;
      const indicator: IndicatorDef = {
        code: `P-${String(next++).padStart(2, '0')}`,
        name: f.name,
        category: f.section,
        unit,
        attribute: null,
        table: PROSE_TABLE,
        source: { document: frame.document, line: f.line, table: PROSE_TABLE },
        baselines: [],
        targets: [target],
      };
      const factor = unitFactor(unit) ?? (unit ? nameFactor(f.name) : null);
      if (factor) indicator.factor = factor;
      const direction = directionOf([target]);
      if (direction) indicator.direction = direction;
      indicators.push(indicator);
    }
    if (f.yearAssumed) {
      uncertainties.push(
        uncertainty(
          'prose-target-year',
          f.line,
          `正文目标“${f.text}”未写明年份，按规划期末${f.year}年处理`,
          `The target "${f.text}" in the text names no year; the end of the plan period, ${f.year}, is assumed`,
        ),
      );
    }
  }
  return uncertainties;
}
