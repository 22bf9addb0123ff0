import type { Finding } from '../../../domain/plan/consistency.js';
import { decimalsOf, roundHalfUp } from '../../../domain/rounding.js';

/** A rate defined as numerator × factor ÷ denominator over two data elements, e.g. BEDS_PER_1000. */
export interface RatioDefinition {
  code: string;
  name: string;
  numerator: string;
  denominator: string;
  factor: number;
}

export interface PublishedRatio {
  code: string;
  orgUnit: string;
  period: string;
  value: number;
}

const SINGLE_ELEMENT = /^\s*#\{([^}.\s]+)\}\s*$/;

/** The element a side of a formula names when it is a single element, else null. */
export function singleElement(expression: string | null): string | null {
  return expression === null ? null : (SINGLE_ELEMENT.exec(expression)?.[1] ?? null);
}

/**
 * Compares each published ratio with the same ratio recomputed from published or reported counts
 * at the same org unit and year, at the precision the ratio was published with. A mismatch is a
 * warning (a different population basis or bed count usually explains it); a match is recorded too,
 * so that the reader sees which figures were checked.
 */
export function publishedRatioFindings(
  ratios: readonly PublishedRatio[],
  definitions: ReadonlyMap<string, RatioDefinition>,
  stored: (element: string, orgUnit: string, period: string) => number | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const r of ratios) {
    const def = definitions.get(r.code);
    if (!def) continue;
    const numerator = stored(def.numerator, r.orgUnit, r.period);
    const denominator = stored(def.denominator, r.orgUnit, r.period);
    if (numerator === undefined || denominator === undefined || denominator === 0) continue;
    const decimals = decimalsOf(r.value);
    const recomputed = roundHalfUp((numerator * def.factor) / denominator, decimals);
    const matches = recomputed === roundHalfUp(r.value, decimals);
    const details = { orgUnit: r.orgUnit, year: r.period, published: r.value, recomputed, numerator, denominator, numeratorElement: def.numerator, denominatorElement: def.denominator, factor: def.factor };
    const label = `${r.orgUnit} ${r.period} ${def.name}`;
    findings.push(
      matches
        ? {
            code: 'PUBLISHED_RATIO_CONSISTENT',
            severity: 'info',
            message: {
              zh: `${label}：公布值 ${r.value} 与由 ${def.numerator}（${numerator}）和 ${def.denominator}（${denominator}）重新计算的 ${recomputed} 一致`,
              en: `${label}: the published ${r.value} matches ${recomputed} recomputed from ${def.numerator} (${numerator}) and ${def.denominator} (${denominator})`,
            },
            indicator: def.code,
            lines: [],
            details,
          }
        : {
            code: 'PUBLISHED_RATIO_MISMATCH',
            severity: 'warning',
            message: {
              zh: `${label}：公布值 ${r.value} 与由 ${def.numerator}（${numerator}）和 ${def.denominator}（${denominator}）重新计算的 ${recomputed} 不一致，请核对口径`,
              en: `${label}: the published ${r.value} differs from ${recomputed} recomputed from ${def.numerator} (${numerator}) and ${def.denominator} (${denominator}); check the definitions used`,
            },
            indicator: def.code,
            lines: [],
            details,
          },
    );
  }
  return findings;
}
