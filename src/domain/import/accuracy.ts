import type { IndicatorDef, TargetDef } from '../plan/format.js';
import { normalizeUnit } from './cell-kinds.js';
import { nameSimilarity } from './name-match.js';

/**
 * How well a proposal agrees with a curated plan: recall (share of the curated rows found)
 * and precision (share of the proposed rows that are right). A table row counts as found
 * when name, unit, attribute and every target of the row (text and comparator) agree;
 * targets stated in prose count when a proposed prose target on the same line has the same
 * comparator and value.
 */
export interface Accuracy {
  expected: number;
  proposed: number;
  matched: number;
  /** 1 when nothing was expected; the share found otherwise. */
  recall: number;
  /** 1 when nothing was proposed; the share right otherwise. */
  precision: number;
  /** Expected rows not found, with the first field that differs from the closest proposal. */
  missing: string[];
  /** Proposed rows that match nothing. */
  extra: string[];
}

const PROSE = '正文';

function key(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/^其中[:：]?/, '');
}

function unitKey(unit: string | null | undefined): string {
  return unit ? normalizeUnit(unit.normalize('NFKC')) : '';
}

function tableTargets(indicator: IndicatorDef): string[] {
  return indicator.targets
    .filter((t) => !t.fromProse)
    .map((t) => `${key(t.text)}|${t.comparator}`)
    .sort();
}

/**
 * Units agree when equal, or when one only adds the population its name already states:
 * 人 and 人/千人 for 每千常住人口执业（助理）医师数.
 */
function sameUnit(a: string | null | undefined, b: string | null | undefined, name: string): boolean {
  const [x, y] = [unitKey(a), unitKey(b)];
  if (x === y) return true;
  const per = /每千|千人|千常住/.test(name) ? '/千人' : /每万|万人|万常住|万名/.test(name) ? '/万人' : null;
  return per !== null && x !== '' && y !== '' && (x === `${y}${per}` || y === `${x}${per}`);
}

function difference(expected: IndicatorDef, proposed: IndicatorDef): string | null {
  if (key(expected.name) !== key(proposed.name)) return `name ${proposed.name}`;
  if (!sameUnit(expected.unit, proposed.unit, expected.name)) return `unit ${proposed.unit ?? '—'} ≠ ${expected.unit ?? '—'}`;
  if ((expected.attribute ?? null) !== (proposed.attribute ?? null)) return `attribute ${proposed.attribute ?? '—'} ≠ ${expected.attribute ?? '—'}`;
  const a = tableTargets(expected).join(' ; ');
  const b = tableTargets(proposed).join(' ; ');
  return a === b ? null : `targets ${b} ≠ ${a}`;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function isTableRow(indicator: IndicatorDef): boolean {
  return Boolean(indicator.table) && indicator.table !== PROSE;
}

export function tableAccuracy(proposed: readonly IndicatorDef[], expected: readonly IndicatorDef[]): Accuracy {
  const want = expected.filter(isTableRow);
  const have = proposed.filter(isTableRow);
  const used = new Set<IndicatorDef>();
  const missing: string[] = [];
  for (const e of want) {
    const hit = have.find((p) => !used.has(p) && difference(e, p) === null);
    if (hit) {
      used.add(hit);
      continue;
    }
    const near = have.find((p) => !used.has(p) && key(p.name) === key(e.name));
    missing.push(`${e.name}: ${near ? difference(e, near) : 'not found'}`);
  }
  const extra = have.filter((p) => !used.has(p)).map((p) => p.name);
  return { expected: want.length, proposed: have.length, matched: used.size, recall: ratio(used.size, want.length), precision: ratio(used.size, have.length), missing, extra };
}

interface LocatedTarget {
  indicator: IndicatorDef;
  target: TargetDef;
}

function proseTargets(indicators: readonly IndicatorDef[], numericOnly: boolean): LocatedTarget[] {
  return indicators.flatMap((indicator) =>
    indicator.targets.filter((t) => t.fromProse && (!numericOnly || t.value !== null)).map((target) => ({ indicator, target })),
  );
}

/** A sentence wrapped over lines is cited by its first line or by the line of its figure. */
const LINE_SLACK = 2;

/**
 * A person naming an indicator from a sentence rewords it (区属医院下沉专科家庭医生服务时限 where
 * the importer, keeping the sentence's words, has 专科家庭医生服务团队服务时限). The name is right
 * when at least half of the character pairs agree (Dice coefficient ≥ 0.5): those two score
 * 0.64, 人均期望寿命 / 居民健康素养水平 scores 0.
 */
const SAME_NAME = 0.5;

function proseDifference(e: LocatedTarget, p: LocatedTarget): string | null {
  const [a, b] = [e.target, p.target];
  if (a.line === undefined || b.line === undefined || Math.abs(a.line - b.line) > LINE_SLACK) return 'line';
  if (a.comparator !== b.comparator || a.value !== b.value || (a.valueHigh ?? null) !== (b.valueHigh ?? null)) return `target ${b.comparator} ${b.value}`;
  if (a.year !== b.year) return `year ${b.year}`;
  if (nameSimilarity(e.indicator.name, p.indicator.name) < SAME_NAME) return `name ${p.indicator.name}`;
  if (!sameUnit(a.unit ?? e.indicator.unit, b.unit ?? p.indicator.unit, e.indicator.name)) return `unit ${b.unit ?? p.indicator.unit ?? '—'}`;
  if ((e.indicator.attribute ?? null) !== (p.indicator.attribute ?? null)) return `attribute ${p.indicator.attribute ?? '—'}`;
  return null;
}

function describe(l: LocatedTarget): string {
  return `${l.indicator.name}: ${l.target.text} ${l.target.year ?? ''} (line ${l.target.line ?? '?'})`;
}

/**
 * Quantified targets stated in prose: name, unit, attribute, comparator, value and year of
 * each must agree. Only targets with a figure are expected: a curated plan also records
 * what the text says without a number (稳定在北京市前列, 提高绿化覆盖率), and such a sentence
 * is not a quantified target the importer is asked to read.
 */
export function proseAccuracy(proposed: readonly IndicatorDef[], expected: readonly IndicatorDef[]): Accuracy {
  const want = proseTargets(expected, true);
  const have = proseTargets(proposed, true);
  const used = new Set<LocatedTarget>();
  const missing: string[] = [];
  for (const e of want) {
    const hit = have.find((p) => !used.has(p) && proseDifference(e, p) === null);
    if (hit) {
      used.add(hit);
      continue;
    }
    const near = have.find((p) => !used.has(p) && proseDifference(e, p) !== 'line');
    missing.push(`${describe(e)}: ${near ? proseDifference(e, near) : 'not found'}`);
  }
  const extra = have.filter((p) => !used.has(p)).map(describe);
  return { expected: want.length, proposed: have.length, matched: used.size, recall: ratio(used.size, want.length), precision: ratio(used.size, have.length), missing, extra };
}

/** Table rows and prose targets counted together: the indicators of the plan as a whole. */
export function combinedAccuracy(table: Accuracy, prose: Accuracy): Accuracy {
  const expected = table.expected + prose.expected;
  const proposed = table.proposed + prose.proposed;
  const matched = table.matched + prose.matched;
  return { expected, proposed, matched, recall: ratio(matched, expected), precision: ratio(matched, proposed), missing: [...table.missing, ...prose.missing], extra: [...table.extra, ...prose.extra] };
}
