import type { Comparator } from '../plan/format.js';
import { normalizeTargetText } from './normalize.js';
import {
  AIM_WORDS,
  CLOSERS,
  COVERAGE,
  DECREASE_ALONE,
  DECREASE_CLOSING,
  DECREASE_OPENING,
  CHANGE_FROM,
  HEDGED_CLAUSE,
  HEDGES,
  INCREASE_ALONE,
  INCREASE_CLOSING,
  INCREASE_OPENING,
  LEADS,
  RANGE_SEPARATORS,
  STABLE_ALONE,
  STABLE_CLOSING,
  SUFFIXES,
  UNITS,
  type Bound,
  type Lead,
  type Suffix,
} from './phrases.js';
import type { ParsedTarget, TargetContext } from './types.js';

/** What a phrase says, before it is dressed as a ParsedTarget. */
type Reading = Omit<ParsedTarget, 'text' | 'note' | 'matched'>;

const SYMBOLS: Record<string, Bound | '='> = { '≥': '>=', '≤': '<=', '<': '<', '>': '>', '=': '=' };
const NUMBER = /^\d+(?:\.\d+)?/;
const CLAUSE_BREAK = /[,;。]/;
const YEAR_PHRASE = /\d{4}年(?:底|末)?/g;
const COVERAGE_CLOSING = /(?:100%)?全覆盖$|100%覆盖$/;
/** A tail cut out of 不得少于 or 不低于 (少于…, 低于…) would say the opposite of the sentence. */
const NEGATION = /不(?:得|能|应|可)?$/;
const RELATIVE_UNITS = new Set(['%', '倍']);
const LEAD_WITH_FIGURE = new RegExp(`(?:${LEADS.filter(([, lead]) => lead.kind !== 'aim' && lead.kind !== 'neutral').map(([word]) => word).join('|')})\\d`);

/**
 * Reads a target as written in a plan: ≥97%, ≤7/10 万, 1/10 万以下, 7.6 左右, 1-2家,
 * 保持在 90以上, 增长0.5岁以上, 逐年提高, 全覆盖, or a sentence that ends in such a phrase.
 * What cannot be read is returned as `qualitative` with its text: nothing is guessed.
 */
export function parseTarget(text: string, context: TargetContext = {}): ParsedTarget {
  const normalized = normalizeTargetText(text);
  const notes = [...AIM_WORDS.filter((w) => normalized.text.includes(w)), ...normalized.remarks];
  const whole = readWhole(normalized.text, context);
  const part = whole ? null : readSentence(normalized.text, context);
  const reading = whole ?? part?.reading ?? qualitative(context);
  const result: ParsedTarget = {
    text,
    comparator: reading.comparator,
    value: reading.value,
    valueHigh: reading.valueHigh,
    unit: reading.unit,
    decimals: reading.decimals,
  };
  if (reading.comparator === 'maintain' && reading.bound) result.bound = reading.bound;
  if (reading.yearOnYear) result.yearOnYear = true;
  if (notes.length > 0) result.note = notes.join('；');
  if (part) result.matched = part.matched;
  return result;
}

function qualitative(context: TargetContext): Reading {
  return { comparator: 'qualitative', value: null, valueHigh: null, unit: context.unit ?? null, decimals: null };
}

function directionOnly(comparator: 'increase' | 'decrease' | 'stable', text: string, context: TargetContext): Reading {
  const reading: Reading = { comparator, value: null, valueHigh: null, unit: context.unit ?? null, decimals: null };
  if (comparator !== 'stable' && text.includes('逐年')) reading.yearOnYear = true;
  return reading;
}

function fullCoverage(): Reading {
  return { comparator: '>=', value: 100, valueHigh: null, unit: '%', decimals: 0 };
}

/** The whole text is one phrase. */
function readWhole(text: string, context: TargetContext): Reading | null {
  const bare = stripAim(text);
  if (INCREASE_ALONE.test(bare)) return directionOnly('increase', bare, context);
  if (DECREASE_ALONE.test(bare)) return directionOnly('decrease', bare, context);
  if (STABLE_ALONE.test(bare)) return directionOnly('stable', bare, context);
  if (/^(?:实现|达到)?(?:100%)?全覆盖$/.test(bare)) return fullCoverage();
  return readPhrase(text, context);
}

function stripAim(text: string): string {
  let rest = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of [...AIM_WORDS, '确保', '继续', '实现']) {
      if (rest.startsWith(word) && rest.length > word.length) {
        rest = rest.slice(word.length);
        changed = true;
      }
    }
  }
  return rest;
}

/**
 * A sentence whose last clause states one target (…人均期望寿命达到84.5岁). Earlier clauses
 * may only say when (到2025年); a sentence with more numbers is left to a person.
 */
function readSentence(text: string, context: TargetContext): { reading: Reading; matched: string } | null {
  const clauses = text.split(CLAUSE_BREAK);
  const clause = clauses.pop() ?? '';
  if (/\d/.test(clauses.join('').replace(YEAR_PHRASE, '')) || HEDGED_CLAUSE.test(clause)) return null;
  for (let i = 1; i < clause.length; i++) {
    const prefix = clause.slice(0, i);
    const tail = clause.slice(i);
    if (!startsPhrase(tail) || HEDGES.some((h) => prefix.endsWith(h)) || NEGATION.test(prefix) || statesAnotherTarget(prefix)) continue;
    // 保持区域平均急救呼叫满足率在95%以上: the verb stands before the subject.
    const held = tail.startsWith('在') && /保持(?!平稳|稳定)/.test(prefix) ? readPhrase(`保持${tail}`, context) : null;
    const reading = held ?? readPhrase(tail, context);
    if (reading) return { reading, matched: tail };
  }
  const bare = stripAim(clause);
  const coverage = COVERAGE_CLOSING.exec(clause);
  if (coverage && !HEDGES.some((h) => clause.slice(0, coverage.index).endsWith(h))) {
    return { reading: fullCoverage(), matched: coverage[0] };
  }
  const direction: Array<[RegExp, 'increase' | 'decrease' | 'stable']> = [
    [INCREASE_OPENING, 'increase'],
    [DECREASE_OPENING, 'decrease'],
    [INCREASE_CLOSING, 'increase'],
    [DECREASE_CLOSING, 'decrease'],
    [STABLE_CLOSING, 'stable'],
  ];
  for (const [pattern, comparator] of direction) {
    const found = pattern.exec(bare);
    if (found) return { reading: directionOnly(comparator, found[0], context), matched: found[0] };
  }
  return null;
}

function startsPhrase(text: string): boolean {
  return (text[0] in SYMBOLS && text[0] !== '=') || LEADS.some(([word]) => text.startsWith(word));
}

/**
 * Whether the words before a phrase already hold a figure of their own (A达到90%、B达到80%;
 * 由11.3/10万下降到…), so that the phrase cannot be taken as the target of the sentence.
 */
function statesAnotherTarget(prefix: string): boolean {
  return /[%‰≥≤<>]/.test(prefix) || CHANGE_FROM.test(prefix) || LEAD_WITH_FIGURE.test(prefix);
}


interface NumberToken {
  value: number;
  decimals: number;
  end: number;
}

function readNumber(text: string, at: number): NumberToken | null {
  const match = NUMBER.exec(text.slice(at));
  if (!match) return null;
  const fraction = match[0].split('.')[1] ?? '';
  return { value: Number(match[0]), decimals: fraction.length, end: at + match[0].length };
}

function readUnit(text: string, at: number, context: TargetContext): { unit: string; end: number } | null {
  const own = context.unit?.replace(/\s+/g, '');
  if (own && text.startsWith(own, at)) return { unit: context.unit as string, end: at + own.length };
  for (const [written, unit] of UNITS) {
    if (text.startsWith(written, at)) return { unit, end: at + written.length };
  }
  return null;
}

function readWord<T>(text: string, at: number, words: Array<[string, T]>): { meaning: T; end: number } | null {
  for (const [word, meaning] of words) {
    if (text.startsWith(word, at)) return { meaning, end: at + word.length };
  }
  return null;
}

/** One phrase: leading words, an optional sign, a number or a range with units, closing words. */
function readPhrase(text: string, context: TargetContext): Reading | null {
  let at = 0;
  const leads: Lead[] = [];
  for (let word = readWord(text, at, LEADS); word; word = readWord(text, at, LEADS)) {
    leads.push(word.meaning);
    at = word.end;
  }
  const symbol = SYMBOLS[text[at]];
  if (symbol) at += 1;
  const low = readNumber(text, at);
  if (!low) return null;
  at = low.end;
  const lowUnit = readUnit(text, at, context);
  if (lowUnit) at = lowUnit.end;
  let high: NumberToken | null = null;
  let highUnit: { unit: string; end: number } | null = null;
  const separator = RANGE_SEPARATORS.find((sep) => text.startsWith(sep, at) && NUMBER.test(text.slice(at + sep.length)));
  if (separator) {
    high = readNumber(text, at + separator.length) as NumberToken;
    at = high.end;
    highUnit = readUnit(text, at, context);
    if (highUnit) at = highUnit.end;
  }
  const suffix = readWord(text, at, SUFFIXES);
  if (suffix) at = suffix.end;
  const coverage = readWord(
    text,
    at,
    COVERAGE.map((w): [string, boolean] => [w, true]),
  );
  if (coverage) at = coverage.end;
  const closer = readWord(
    text,
    at,
    CLOSERS.map((w): [string, boolean] => [w, true]),
  );
  if (closer) at = closer.end;
  if (at !== text.length) return null;
  if (lowUnit && highUnit && lowUnit.unit !== highUnit.unit) return null;
  if (isYear(low, lowUnit?.unit) || (high && isYear(high, highUnit?.unit))) return null;

  const comparator = decide(leads, symbol ?? null, suffix?.meaning ?? null, high !== null, coverage !== null, context);
  if (!comparator) return null;
  // 增长15.8% or 提升100倍 is growth relative to the baseline, not a gain to add to it.
  if (comparator.comparator === 'increase_by' && RELATIVE_UNITS.has(lowUnit?.unit ?? '')) return null;
  if (high && high.value <= low.value) return null;
  const reading: Reading = {
    comparator: comparator.comparator,
    value: low.value,
    valueHigh: high ? high.value : null,
    unit: lowUnit?.unit ?? highUnit?.unit ?? context.unit ?? null,
    decimals: Math.max(low.decimals, high?.decimals ?? 0),
  };
  if (comparator.bound) reading.bound = comparator.bound;
  return reading;
}

/** 2025年 names a year; only a duration (服务时限不少于2年) is a figure in 年. */
function isYear(number: NumberToken, unit: string | undefined): boolean {
  return unit === '年' && number.decimals === 0 && number.value >= 1900 && number.value <= 2100;
}

/** The comparator the words and signs of a phrase agree on; null when they contradict each other. */
function decide(
  leads: Lead[],
  symbol: Bound | '=' | null,
  suffix: Suffix | null,
  isRange: boolean,
  coverage: boolean,
  context: TargetContext,
): { comparator: Comparator; bound?: '>=' | '<=' } | null {
  const meaningful = leads.filter((l) => l.kind !== 'aim' && l.kind !== 'neutral');
  const maintain = meaningful.some((l) => l.kind === 'maintain');
  const others = meaningful.filter((l) => l.kind !== 'maintain');
  if (others.length > 1 || (maintain && others.some((l) => l.kind !== 'bound'))) return null;
  const lead = others[0] ?? null;

  const explicit = new Set<Bound>();
  if (lead?.kind === 'bound') explicit.add(lead.op);
  if (symbol && symbol !== '=') explicit.add(symbol);
  if (explicit.size > 1) return null;
  let op: Bound | null = [...explicit][0] ?? null;
  if (symbol === '=' && (op || suffix)) return null;

  const bounding = suffix?.kind === 'within' ? (isRange ? null : ({ kind: 'bound', op: '<=' } as const)) : suffix;
  if (isRange) return op || bounding || maintain || (lead && lead.kind !== 'reach') ? null : { comparator: 'range' };
  if (bounding?.kind === 'about') return op || lead?.kind === 'increase_by' ? null : { comparator: 'about' };
  if (bounding?.kind === 'bound') {
    if (op && side(op) !== bounding.op) return null;
    op ??= bounding.op;
  }
  if (lead?.kind === 'increase_by') return op === null || side(op) === '>=' ? { comparator: 'increase_by' } : null;
  if (maintain) {
    const bound = op ? side(op) : context.direction === 'up' ? '>=' : context.direction === 'down' ? '<=' : undefined;
    return bound ? { comparator: 'maintain', bound } : { comparator: 'maintain' };
  }
  if (op) return { comparator: op };
  if (lead?.kind === 'cap') return { comparator: '<=' };
  if (lead?.kind === 'reach') return { comparator: context.direction === 'down' ? '<=' : '>=' };
  return { comparator: coverage ? '>=' : 'reach' };
}

/** The side of a bound: > and ≥ hold from below, < and ≤ from above. */
function side(op: Bound): '>=' | '<=' {
  return op === '>=' || op === '>' ? '>=' : '<=';
}
