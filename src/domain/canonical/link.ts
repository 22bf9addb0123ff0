import type { Message } from '../plan/problem.js';
import type { CanonicalIndicator, CanonicalLibrary } from './library.js';
import { normalizeIndicatorName, unitDimension, withoutParentheticals } from './normalize.js';

export interface IndicatorLink {
  code: string;
  /** 1 for the canonical name itself, less the more the name had to be relaxed to match. */
  confidence: number;
  reason: Message;
}

interface Entry {
  indicator: CanonicalIndicator;
  /** The name as listed in the library (canonical name or alias). */
  listed: string;
  isAlias: boolean;
}

const indexes = new WeakMap<CanonicalLibrary, Map<string, Entry[]>>();

function indexOf(library: CanonicalLibrary): Map<string, Entry[]> {
  let index = indexes.get(library);
  if (index) return index;
  index = new Map();
  for (const indicator of library.indicators) {
    const names = [{ listed: indicator.name, isAlias: false }, ...indicator.aliases.map((alias) => ({ listed: alias, isAlias: true }))];
    for (const { listed, isAlias } of names) {
      const key = normalizeIndicatorName(listed);
      const entries = index.get(key) ?? [];
      if (!entries.some((entry) => entry.indicator === indicator)) entries.push({ indicator, listed, isAlias });
      index.set(key, entries);
    }
  }
  indexes.set(library, index);
  return index;
}

const RATE_OR_COUNT_ENDING = /(率|数|比例|比重|占比|比值|水平|寿命|时间|配比)$/;

interface Attempt {
  keys: string[];
  confidence: number;
  how: Message;
}

/** The ways a name is tried, strictest first; a looser way is only tried when the stricter found nothing. */
function attempts(name: string): Attempt[] {
  const normalized = normalizeIndicatorName(name);
  const bare = withoutParentheticals(normalized);
  const suffixed = [normalized, bare].flatMap((key) => {
    if (key.endsWith('数')) return [key.slice(0, -1)];
    return RATE_OR_COUNT_ENDING.test(key) ? [] : [`${key}率`, `${key}数`];
  });
  return [
    { keys: [normalized], confidence: 1, how: { zh: '规范化后名称一致', en: 'the names agree after normalisation' } },
    {
      keys: bare === normalized ? [] : [bare],
      confidence: 0.85,
      how: { zh: '去掉括号内的说明后名称一致', en: 'the names agree once the remarks in parentheses are left out' },
    },
    { keys: suffixed, confidence: 0.8, how: { zh: '仅“数/率”后缀不同', en: 'the names differ only by the suffix 数 or 率' } },
  ];
}

/**
 * Links an indicator of a plan to the canonical library by its name (and unit), or returns
 * null. A wrong link is worse than none, so a name must match the canonical name or a listed
 * alias (after normalisation), the match must point to a single canonical indicator, and the
 * unit, when both sides give one, must measure the same thing.
 */
export function linkIndicator(name: string, unit: string | null | undefined, library: CanonicalLibrary): IndicatorLink | null {
  const index = indexOf(library);
  for (const attempt of attempts(name)) {
    const found = new Map<string, Entry>();
    for (const key of attempt.keys) for (const entry of index.get(key) ?? []) found.set(entry.indicator.code, entry);
    if (found.size === 0) continue;
    if (found.size > 1) return null;
    const [entry] = found.values();
    const planUnit = unitDimension(unit);
    const libraryUnit = unitDimension(entry.indicator.unit);
    if (planUnit && libraryUnit && planUnit !== libraryUnit) return null;
    const confidence = entry.isAlias ? Math.round(attempt.confidence * 95) / 100 : attempt.confidence;
    const listed = entry.isAlias
      ? { zh: `别名“${entry.listed}”`, en: `alias "${entry.listed}"` }
      : { zh: `名称“${entry.listed}”`, en: `name "${entry.listed}"` };
    return {
      code: entry.indicator.code,
      confidence,
      reason: {
        zh: `与标准指标 ${entry.indicator.code}（${entry.indicator.name}）的${listed.zh}匹配：${attempt.how.zh}`,
        en: `matches the ${listed.en} of canonical indicator ${entry.indicator.code} (${entry.indicator.nameEn}): ${attempt.how.en}`,
      },
    };
  }
  return null;
}
