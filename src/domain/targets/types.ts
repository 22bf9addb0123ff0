import type { Comparator, Direction } from '../plan/format.js';

/** A target as read from its text. */
export interface ParsedTarget {
  /** The text exactly as given. */
  text: string;
  comparator: Comparator;
  /** The number in the text; null for direction-only and qualitative targets. */
  value: number | null;
  /** Upper end of a range (1-2家 → 2); null otherwise. */
  valueHigh: number | null;
  /** Unit written in the text (%, ‰, 1/10万, 岁 …), else the one given in the context, else null. */
  unit: string | null;
  /** Digits after the decimal point as written (83.0 → 1, ≥1.70 → 2): the comparison precision. */
  decimals: number | null;
  /** For `maintain`: which side is held (保持在90以上 → >=). */
  bound?: '>=' | '<=';
  /** For `increase` / `decrease`: 逐年 — every year must not go back. */
  yearOnYear?: boolean;
  /** Qualifier printed with the target: 力争, a remark in brackets such as 全市. */
  note?: string;
  /**
   * The part of the text that states the target, when the text is a longer sentence
   * (…人均期望寿命达到84.5岁 → 达到84.5岁), after full-width characters and spaces are normalised.
   */
  matched?: string;
}

/** What the parser may use besides the text. */
export interface TargetContext {
  /** The indicator's direction: 达到 X for a lower-is-better indicator means ≤ X; 保持在 X holds that side. */
  direction?: Direction;
  /** The indicator's unit, used when the text has none, and accepted as a unit after the number. */
  unit?: string | null;
}

/** The parts of a target that decide whether a value meets it. */
export interface TargetRule {
  comparator: Comparator;
  value: number | null;
  valueHigh?: number | null;
  bound?: '>=' | '<=' | null;
  /** Absolute tolerance for `about`, `stable` and closest-to-target `reach`; default 5 % of the reference. */
  tolerance?: number | null;
  yearOnYear?: boolean;
  /** The text as written; 逐年 in it means yearOnYear when the flag is not given. */
  text?: string;
}
