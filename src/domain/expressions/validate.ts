import { referenceOf, walk, type Expression, type ItemReference } from './ast.js';
import { ExpressionSyntaxError, issueAt, type ExpressionErrorCode, type ExpressionIssue } from './errors.js';
import { parse } from './parser.js';
import { closest } from './suggest.js';

/** The codes an expression may refer to. */
export interface KnownCodes {
  dataElements: ReadonlySet<string>;
  /** Disaggregations of each data element; when absent, disaggregations are not checked. */
  disaggregations?: ReadonlyMap<string, ReadonlySet<string>>;
  constants?: ReadonlySet<string>;
  orgUnitGroups?: ReadonlySet<string>;
}

export interface ValidationResult {
  /** The parsed expression, or null when it cannot be read. */
  expression: Expression | null;
  /** Every problem found, in order of position; empty when the expression is valid. */
  issues: ExpressionIssue[];
}

interface Unknown {
  code: ExpressionErrorCode;
  zh: string;
  en: string;
  /** The code that is not known, and the known ones it may be a typo of. */
  word: string;
  candidates: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** Reads an expression and checks every code it uses against the known ones. */
export function validate(source: string, known: KnownCodes): ValidationResult {
  let expression: Expression;
  try {
    expression = parse(source);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return { expression: null, issues: [error.issue] };
    throw error;
  }
  const issues: ExpressionIssue[] = [];
  walk(expression.root, (node) => {
    const reference = referenceOf(node);
    const unknown = reference === null ? null : check(reference, known);
    if (unknown === null) return;
    const guess = closest(unknown.word, unknown.candidates);
    const zh = guess === null ? unknown.zh : `${unknown.zh}，是否应为“${guess}”？`;
    const en = guess === null ? unknown.en : `${unknown.en}; did you mean '${guess}'?`;
    issues.push(issueAt(source, node, unknown.code, zh, en));
  });
  issues.sort((a, b) => a.start - b.start);
  return { expression, issues };
}

function check(reference: ItemReference, known: KnownCodes): Unknown | null {
  const { code } = reference;
  switch (reference.kind) {
    case 'dataElement': {
      if (!known.dataElements.has(code)) {
        return {
          code: 'EXPR_UNKNOWN_DATA_ELEMENT',
          zh: `没有代码为“${code}”的数据项`,
          en: `there is no data element with code '${code}'`,
          word: code,
          candidates: known.dataElements,
        };
      }
      const { disaggregation } = reference;
      if (disaggregation === null || known.disaggregations === undefined) return null;
      const candidates = known.disaggregations.get(code) ?? NONE;
      if (candidates.has(disaggregation)) return null;
      return {
        code: 'EXPR_UNKNOWN_DISAGGREGATION',
        zh: `数据项“${code}”没有分类“${disaggregation}”`,
        en: `data element '${code}' has no disaggregation '${disaggregation}'`,
        word: disaggregation,
        candidates,
      };
    }
    case 'constant': {
      const candidates = known.constants ?? NONE;
      if (candidates.has(code)) return null;
      return {
        code: 'EXPR_UNKNOWN_CONSTANT',
        zh: `没有代码为“${code}”的常量`,
        en: `there is no constant with code '${code}'`,
        word: code,
        candidates,
      };
    }
    case 'orgUnitGroup': {
      const candidates = known.orgUnitGroups ?? NONE;
      if (candidates.has(code)) return null;
      return {
        code: 'EXPR_UNKNOWN_ORG_UNIT_GROUP',
        zh: `没有代码为“${code}”的机构组`,
        en: `there is no org unit group with code '${code}'`,
        word: code,
        candidates,
      };
    }
  }
}
