import { dataItemReferences } from '../plan/expression-references.js';
import type { Message } from '../plan/problem.js';
import { CANONICAL_FORMAT_VERSION, type CanonicalLibrary } from './library.js';
import { normalizeIndicatorName } from './normalize.js';

export interface LibraryProblem {
  /** Code of the indicator or data element concerned, or "" for the library as a whole. */
  code: string;
  message: Message;
}

/**
 * Checks that a canonical library holds together: unique codes, formulas over declared data
 * elements, and no name or alias that would make a link ambiguous.
 */
export function checkLibrary(library: CanonicalLibrary): LibraryProblem[] {
  const problems: LibraryProblem[] = [];
  if (library.format !== CANONICAL_FORMAT_VERSION) {
    problems.push({
      code: '',
      message: { zh: `标准指标库格式应为 ${CANONICAL_FORMAT_VERSION}`, en: `the canonical library format must be ${CANONICAL_FORMAT_VERSION}` },
    });
  }
  const elements = new Set<string>();
  for (const element of library.dataElements) {
    if (elements.has(element.code)) {
      problems.push({ code: element.code, message: { zh: `数据项编码 ${element.code} 重复`, en: `data element code ${element.code} is used twice` } });
    }
    elements.add(element.code);
  }
  const indicatorCodes = new Set<string>();
  const owners = new Map<string, string>();
  for (const indicator of library.indicators) {
    if (indicatorCodes.has(indicator.code)) {
      problems.push({ code: indicator.code, message: { zh: `指标编码 ${indicator.code} 重复`, en: `indicator code ${indicator.code} is used twice` } });
    }
    indicatorCodes.add(indicator.code);
    for (const expression of [indicator.numerator, indicator.denominator]) {
      for (const reference of dataItemReferences(expression)) {
        if (!elements.has(reference)) {
          problems.push({
            code: indicator.code,
            message: { zh: `公式引用了未声明的数据项 #{${reference}}`, en: `the formula refers to #{${reference}}, which is not a declared data element` },
          });
        }
      }
    }
    for (const name of [indicator.name, ...indicator.aliases]) {
      const key = normalizeIndicatorName(name);
      const owner = owners.get(key);
      if (owner && owner !== indicator.code) {
        problems.push({
          code: indicator.code,
          message: { zh: `名称“${name}”与指标 ${owner} 的名称或别名相同，无法区分`, en: `the name "${name}" is also a name or alias of ${owner}, so links would be ambiguous` },
        });
      }
      owners.set(key, indicator.code);
    }
  }
  return problems;
}
