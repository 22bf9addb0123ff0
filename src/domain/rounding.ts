/**
 * Rounding for display and comparison of indicator values: half up (away from zero),
 * as Chinese health statistics round (四舍五入).
 *
 * Binary floating point stores 2.675 as 2.67499999999999982236431605997495353221893310546875,
 * so Math.round(x * 100) / 100 gives 2.67. The value is first reduced to 15 significant
 * digits — the precision a double guarantees — which restores the decimal the user typed or
 * the computation meant, and the rounding is then done on that decimal with integers.
 */

/** Reporting precision when neither the indicator nor the target asks for another. */
export const DEFAULT_DECIMALS = 2;

const SIGNIFICANT_DIGITS = 15;

/** Rounds half up (away from zero) to `decimals` digits after the decimal point. */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`小数位数无效 / invalid number of decimals: ${decimals} (0–20)`);
  }
  const sign = value < 0 ? -1 : 1;
  const fast = roundedFast(Math.abs(value), decimals);
  if (fast !== null) return fast === 0 ? 0 : sign * fast;
  const [mantissa, exponent] = decimalDigits(Math.abs(value));
  // value = mantissa × 10^exponent; the result is an integer count of 10^-decimals.
  const shift = exponent + decimals;
  let units: bigint;
  if (shift >= 0) {
    units = mantissa * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    units = (mantissa + divisor / 2n) / divisor;
  }
  const rounded = Number(`${units}e-${decimals}`);
  return rounded === 0 ? 0 : sign * rounded;
}

/**
 * The same rounding without strings, when it is certain to agree: x·10^decimals in binary is within
 * 6·10^-15 of the 15-digit decimal times 10^decimals (relative), so when its fraction is clearly on
 * one side of one half, both round to the same integer; an integer below 2^53 divided by an exact
 * power of ten is the double nearest to that decimal, as Number('…e-decimals') is. Scorecards round
 * thousands of values, and the string path costs several microseconds each.
 */
function roundedFast(value: number, decimals: number): number | null {
  if (decimals > 22) return null;
  const power = 10 ** decimals;
  const scaled = value * power;
  if (!(scaled < 2 ** 52)) return null;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  const margin = scaled * 1e-14;
  if (Math.abs(fraction - 0.5) <= margin) return null;
  return (fraction < 0.5 ? whole : whole + 1) / power;
}

/** The value rounded half up and written with exactly `decimals` digits: 96.6 → "96.60". */
export function formatFixed(value: number, decimals: number): string {
  // The rounded number is the double nearest to a decimal with `decimals` digits, and
  // toFixed writes exactly that decimal back.
  return roundHalfUp(value, decimals).toFixed(decimals);
}

/** Digits after the decimal point as a number is written (1.7 → 1; 100 → 0). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [, exponent] = decimalDigits(Math.abs(value));
  return Math.max(0, -exponent);
}

/**
 * The precision at which a value is compared with its target: the indicator's own setting
 * when the plan sets one, otherwise 2 decimals, or more when the target is written with more.
 */
export function reportingDecimals(indicatorDecimals?: number | null, targetDecimals?: number | null): number {
  if (indicatorDecimals !== undefined && indicatorDecimals !== null) return indicatorDecimals;
  return Math.max(DEFAULT_DECIMALS, targetDecimals ?? 0);
}

/** A positive finite number as an integer mantissa and a power of ten, trailing zeros removed. */
function decimalDigits(value: number): [bigint, number] {
  const [coefficient, exp] = value.toExponential(SIGNIFICANT_DIGITS - 1).split('e');
  const [intPart, fracPart = ''] = coefficient.split('.');
  const fraction = fracPart.replace(/0+$/, '');
  return [BigInt(intPart + fraction), Number(exp) - fraction.length];
}
