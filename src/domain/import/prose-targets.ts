import type { IndicatorDef, TargetDef } from '../plan/format.js';
import type { ParsedTarget } from '../targets/types.js';
import { nameFactor, normalizeUnit, unitFactor } from './cell-kinds.js';
import { directionOf } from './direction.js';
import type { PlanFrame } from './frame.js';
import { nameSimilarity } from './name-match.js';
import { isWithin, type Outline } from './outline.js';
import {
  countName,
  fromAim,
  fromBare,
  fromCount,
  fromCountAfter,
  fromCountSpread,
  fromFocus,
  fromCoverage,
  fromInside,
  fromMembers,
  fromReach,
  fromRespectively,
  fromShare,
  fromTail,
  fromTeams,
  splitNamed,
  type ClauseTarget,
} from './prose-forms.js';
import { lineAt, sentences, type TextRun } from './text-runs.js';
import { uncertainty, type Uncertainty } from './uncertainty.js';

/**
 * Quantified targets stated in the text rather than in a table: "到2025年，居民健康素养水平
 * 提升至40%以上", "千人口献血率达到 20‰", "组建一支不少于 1000 人的…队伍", "新建 4-8 个急救
 * 工作站", "以30万人上冰雪为目标", "每年组织不少于1万人次…" (one target for every year of the
 * plan). A target about an indicator of a table is added to it; any other becomes an
 * indicator of its own, in the table "正文". Sections that look back (回顾, 成绩, 形势, 背景)
 * report what was achieved, not what is aimed at, and are not read.
 */
export const PROSE_TABLE = '正文';

const LOOKING_BACK = /回顾|成绩|成就|成效|基础|现状|形势|问题|背景|发展情况|环境|指标说明|指标解释|名词解释|附表|附件/;
const SUBJECT_LEAD = /^(?:并|且|和|及|同时|其中|使|让|将|把|确保|力争|争取|努力|全区|全市|区域内|实现|进一步|逐步|基本|持续|继续|保持|维持|推动|推进|每年|年均|到\d{4}年(?:底|末)?|\d{4}年(?:底|末)?|十[一二三四五六七八九]五(?:时期|末|期间|期末)?|规划期末|期末)+/;

interface Found {
  name: string;
  parsed: ParsedTarget;
  text: string;
  line: number;
  years: number[];
  yearAssumed: boolean;
  section: string | null;
}

function cleanSubject(subject: string): string {
  return subject
    .replace(SUBJECT_LEAD, '')
    .replace(/(?:由|从)[^由从]*\d[^由从]*$/, '')
    .replace(/的?(?:规划)?目标$/, '')
    .replace(/(?:原则上|原则)$/, '')
    .replace(/^[，,、：:]+|[，,、：:的]+$/g, '');
}

/** One sentence with several targets that are not paired in order is left to a person. */
const UNREADABLE = /分别/;

/**
 * The years a target is set for: the one after 到/至 (从2020年的30%提高到2025年的40%), else the
 * latest year named; 每年 sets it for every year of the plan; a sentence naming only years
 * before the plan reports, it does not aim.
 */
function yearsOf(before: string, clause: string, frame: PlanFrame): { years: number[]; assumed: boolean } | 'past' {
  const text = before + clause;
  const by = /(?:到|至)\s*(\d{4})\s*年/.exec(text);
  const named = [...text.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  const last = by ? Number(by[1]) : named.length > 0 ? Math.max(...named) : null;
  if (last !== null && last < frame.periodStart) return 'past';
  if (/每年/.test(clause)) {
    const end = last ?? frame.periodEnd;
    return { years: Array.from({ length: end - frame.periodStart + 1 }, (_, i) => frame.periodStart + i), assumed: false };
  }
  if (last !== null) return { years: [last], assumed: false };
  if (/十[一二三四五六七八九]五|规划期末|期末|规划期/.test(text)) return { years: [frame.periodEnd], assumed: false };
  return { years: [frame.periodEnd], assumed: true };
}

/** Attributes that name nothing alone: 服务时限原则不得少于2年 is the time limit of what the clause before set up. */
const BARE_ATTRIBUTE = /^(?:服务)?(?:时限|时间|期限|年限|比例|数量|规模|人数|次数|频次)$|^[\u4e00-\u9fff]{0,3}总(?:数|量)$/;
const SETTING_UP = /^(?:组建|建立|建设|设立|开展|成立|组织|实施|推行|新增|新建)(?:\d+(?:\.\d+)?[个支家名所处项])?/;

function nameOf(hit: ClauseTarget, previous: string): string {
  let name = cleanSubject(hit.subject);
  if (hit.counted) name = countName(name, hit.parsed.unit);
  if (BARE_ATTRIBUTE.test(name) && previous) name = `${cleanSubject(previous.replace(/[，,：:]+$/, '').replace(SETTING_UP, ''))}${name}`;
  return name;
}

function readClause(clause: string): ClauseTarget[] {
  const several = fromRespectively(clause) ?? fromTeams(clause);
  if (several) return several;
  const single =
    fromTail(clause) ??
    fromShare(clause) ??
    fromBare(clause) ??
    fromInside(clause) ??
    fromAim(clause) ??
    fromReach(clause) ??
    fromMembers(clause) ??
    fromCount(clause) ??
    fromCountAfter(clause) ??
    fromCountSpread(clause) ??
    fromFocus(clause) ??
    fromCoverage(clause);
  return single ? splitNamed(single.subject).map((subject) => ({ ...single, subject })) : [];
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
      let previous = '';
      for (const clause of clauses) {
        const when = yearsOf(before, clause, frame);
        const hits = readClause(clause);
        const figure = clause.search(/\d(?!\d{3}\s*年)|全覆盖/);
        const line = lineAt(run, offset + Math.max(0, figure));
        if (when !== 'past' && UNREADABLE.test(clause.replace(/\s+/g, '')) && /\d/.test(clause) && hits.length < 2) {
          unreadable.push({ text: clause.trim(), line });
        } else if (when !== 'past') {
          for (const hit of hits) {
            const name = nameOf(hit, previous);
            if (name.length < 2 || name.length > MAX_NAME || /^\d(?![\d.]*岁)/.test(name)) continue;
            found.push({ name, parsed: hit.parsed, text: hit.text ?? clause.replace(/[，,：:。；;]+$/, '').trim(), line, years: when.years, yearAssumed: when.assumed, section });
          }
        }
        previous = clause;
        before += clause;
        offset += clause.length;
      }
    }
  }
  return { found, unreadable };
}

/** Threshold above which a sentence's subject is taken for a table indicator. */
const SAME_INDICATOR = 0.72;

function proseTarget(f: Found, year: number): TargetDef {
  const target: TargetDef = { text: f.text, comparator: f.parsed.comparator, value: f.parsed.value, year, source: 'plan', fromProse: true, line: f.line };
  if (f.parsed.valueHigh !== null) target.valueHigh = f.parsed.valueHigh;
  if (f.parsed.bound) target.bound = f.parsed.bound;
  if (f.parsed.unit) target.unit = normalizeUnit(f.parsed.unit);
  if (f.parsed.note) target.note = f.parsed.note;
  return target;
}

function sameTarget(a: TargetDef, b: TargetDef): boolean {
  return a.fromProse === true && a.comparator === b.comparator && a.value === b.value && (a.valueHigh ?? null) === (b.valueHigh ?? null) && a.year === b.year;
}

export function addProseTargets(indicators: IndicatorDef[], reading: ProseReading, frame: PlanFrame): Uncertainty[] {
  const uncertainties: Uncertainty[] = reading.unreadable.map((u) =>
    uncertainty('prose-target-unparsed', u.line, `正文“${u.text}”含目标值，但无法拆分为指标和目标，请手工录入`, `The text "${u.text}" states targets that could not be split into indicators and targets; please enter them by hand`),
  );
  const found = reading.found;
  let next = 1;
  for (const f of found) {
    const targets = f.years.map((year) => proseTarget(f, year));
    let best: IndicatorDef | null = null;
    let bestScore = SAME_INDICATOR;
    for (const indicator of indicators) {
      // Two names read from one sentence (宫颈癌…, 乳腺癌…) are two indicators however alike.
      if (indicator.table === PROSE_TABLE && indicator.source?.line === f.line && indicator.name !== f.name) continue;
      const score = Math.max(...[indicator.name, ...(indicator.aliases ?? [])].map((n) => nameSimilarity(n, f.name)));
      if (score >= bestScore) {
        best = indicator;
        bestScore = score;
      }
    }
    if (best) {
      const known = best.targets;
      // A plan restates its aims (总体目标, then the chapter): the same target twice is one target.
      best.targets.push(...targets.filter((t) => !known.some((k) => sameTarget(k, t))));
    } else {
      const unit = targets[0].unit ?? null;
      const indicator: IndicatorDef = {
        code: `P-${String(next++).padStart(2, '0')}`,
        name: f.name,
        category: f.section,
        unit,
        attribute: null,
        table: PROSE_TABLE,
        source: { document: frame.document, line: f.line, table: PROSE_TABLE },
        baselines: [],
        targets,
      };
      const factor = unitFactor(unit) ?? (unit ? nameFactor(f.name) : null);
      if (factor) indicator.factor = factor;
      const direction = directionOf(targets);
      if (direction) indicator.direction = direction;
      indicators.push(indicator);
    }
    if (f.yearAssumed) {
      uncertainties.push(
        uncertainty(
          'prose-target-year',
          f.line,
          `正文目标“${f.text}”未写明年份，按规划期末${f.years[0]}年处理`,
          `The target "${f.text}" in the text names no year; the end of the plan period, ${f.years[0]}, is assumed`,
        ),
      );
    }
  }
  return uncertainties;
}
