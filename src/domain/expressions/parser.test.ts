import { describe, expect, it } from 'vitest';
import type { ExpressionNode } from './ast.js';
import { ExpressionSyntaxError, type ExpressionIssue } from './errors.js';
import { parse } from './parser.js';

/** The tree as fully parenthesised text, to check grouping at a glance. */
function shape(node: ExpressionNode): string {
  switch (node.type) {
    case 'number':
      return String(node.value);
    case 'string':
      return JSON.stringify(node.value);
    case 'boolean':
      return String(node.value);
    case 'dataItem':
      return `#{${node.code}${node.disaggregation === null ? '' : `.${node.disaggregation}`}}`;
    case 'constant':
      return `C{${node.code}}`;
    case 'orgUnitGroup':
      return `OUG{${node.code}}`;
    case 'days':
      return '[days]';
    case 'unary':
      return `(${node.operator}${shape(node.operand)})`;
    case 'binary':
      return `(${shape(node.left)} ${node.operator} ${shape(node.right)})`;
    case 'call':
      return `${node.name}(${node.args.map(shape).join(', ')})`;
  }
}

function issueOf(source: string): ExpressionIssue {
  try {
    parse(source);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return error.issue;
    throw error;
  }
  throw new Error(`expected a syntax error for ${source}`);
}

describe('parse: grouping follows DHIS2 Expression.g4', () => {
  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['8 / 2 * 2', '((8 / 2) * 2)'],
    ['10 - 4 + 3', '((10 - 4) + 3)'],
    ['-2^2', '(-(2 ^ 2))'],
    ['2^3^2', '(2 ^ (3 ^ 2))'],
    ['2^-1', '(2 ^ (-1))'],
    ['2^-2^2', '(2 ^ (-(2 ^ 2)))'],
    ['- 3 * 2', '((-3) * 2)'],
    ['!1 < 2', '((!1) < 2)'],
    ['not 1 < 2', '((!1) < 2)'],
    ['1 < 2 == 2 > 1', '((1 < 2) == (2 > 1))'],
    ['true or false and false', '(true || (false && false))'],
    ['1 and 0 || 1', '((1 && 0) || 1)'],
    ['(1 + 2) * 3', '((1 + 2) * 3)'],
    ['--2', '(-(-2))'],
    ['+-2', '(+(-2))'],
  ])('%s is %s', (source, expected) => {
    expect(shape(parse(source).root)).toBe(expected);
  });

  it('reads the indicator formula of 千人医疗卫生机构床位数 (beds ÷ resident population × 1000)', () => {
    expect(shape(parse('#{BEDS} / #{POP_RES} * 1000').root)).toBe('((#{BEDS} / #{POP_RES}) * 1000)');
  });
});

describe('parse: literals and references', () => {
  it.each([
    ['1.5e3', '1500'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['1E-2', '0.01'],
    ['"a\\"b"', '"a\\"b"'],
    ["'单引号'", '"单引号"'],
    ['"\\u4e2d"', '"中"'],
    ['#{床位数}', '#{床位数}'],
    ['#{DOCTORS.ASSISTANT}', '#{DOCTORS.ASSISTANT}'],
    ['#{POP-RES_2020}', '#{POP-RES_2020}'],
    ['C{GROWTH}', 'C{GROWTH}'],
    ['OUG{CHC}', 'OUG{CHC}'],
    ['[days]', '[days]'],
    ['1 /* 注释 comment */ + 2', '(1 + 2)'],
    ['1 +\n\t2', '(1 + 2)'],
  ])('%s', (source, expected) => {
    expect(shape(parse(source).root)).toBe(expected);
  });

  it('keeps the position of every reference', () => {
    const { root } = parse('#{BEDS} * 1000 / #{POP_RES}');
    expect(root.type === 'binary' && root.right).toMatchObject({ type: 'dataItem', code: 'POP_RES', start: 17, end: 27 });
  });

  it('parses every function with the arguments it takes', () => {
    const source = 'if(isNull(#{A}), firstNonNull(#{B}, 0), greatest(#{A}, 1, 2) + least(3, 4) + log(8, 2) + log(8) + log10(100) + removeZeros(#{C}))';
    expect(shape(parse(source).root)).toBe(
      'if(isNull(#{A}), firstNonNull(#{B}, 0), (((((greatest(#{A}, 1, 2) + least(3, 4)) + log(8, 2)) + log(8)) + log10(100)) + removeZeros(#{C})))',
    );
  });
});

describe('parse: syntax errors', () => {
  it('throws an ExpressionSyntaxError carrying the issue', () => {
    expect(() => parse('1 +')).toThrow(ExpressionSyntaxError);
    expect(() => parse('1 +')).toThrow(/^\[EXPR_UNEXPECTED_END\] 第 1 行第 4 个字符/);
  });

  it('points at the misplaced operator with line, character and caret, in Chinese and English', () => {
    const issue = issueOf('1 + * 2');
    expect(issue.code).toBe('EXPR_UNEXPECTED_TOKEN');
    expect(issue.line).toBe(1);
    expect(issue.column).toBe(5);
    expect(issue.message).toBe(
      "[EXPR_UNEXPECTED_TOKEN] 第 1 行第 5 个字符：此处应为数值、数据项或“(”，而不是运算符“*”\n" +
        "line 1, character 5: expected a number, a data item or '(' but found operator '*'\n" +
        '1 + * 2\n' +
        '    ^',
    );
  });

  it('reports the line of a multi-line expression and underlines the whole token', () => {
    const issue = issueOf('#{BEDS}\n  / #{POP_RES} #{X}');
    expect(issue).toMatchObject({ code: 'EXPR_UNEXPECTED_TOKEN', line: 2, column: 16 });
    expect(issue.message.split('\n').slice(2)).toEqual(['  / #{POP_RES} #{X}', '               ^^^^']);
  });

  it('aligns the caret under Chinese text, which is two columns wide', () => {
    const issue = issueOf('#{床位数} +');
    expect(issue.code).toBe('EXPR_UNEXPECTED_END');
    expect(issue.message.split('\n').slice(2)).toEqual(['#{床位数} +', '           ^']);
  });

  it.each([
    ['', 'EXPR_EMPTY'],
    ['  /* 只有注释 */ ', 'EXPR_EMPTY'],
    ['1 +', 'EXPR_UNEXPECTED_END'],
    ['(1 + 2', 'EXPR_UNCLOSED_PARENTHESIS'],
    ['1 + 2)', 'EXPR_UNEXPECTED_TOKEN'],
    ['1 2', 'EXPR_UNEXPECTED_TOKEN'],
    ['(1 2)', 'EXPR_UNEXPECTED_TOKEN'],
    ['if(1, 2,)', 'EXPR_UNEXPECTED_TOKEN'],
    ['if(1, 2 3)', 'EXPR_UNEXPECTED_TOKEN'],
    ['if(1, 2', 'EXPR_UNCLOSED_PARENTHESIS'],
    ['1 = 1', 'EXPR_UNKNOWN_OPERATOR'],
    ['1 <> 2', 'EXPR_UNKNOWN_OPERATOR'],
    ['1 & 1', 'EXPR_UNKNOWN_OPERATOR'],
    ['1 | 1', 'EXPR_UNKNOWN_OPERATOR'],
    ['1 $ 2', 'EXPR_UNEXPECTED_CHARACTER'],
    ['#BEDS', 'EXPR_UNEXPECTED_CHARACTER'],
    ['1 ＋ 2', 'EXPR_FULL_WIDTH_CHARACTER'],
    ['（1 + 2）', 'EXPR_FULL_WIDTH_CHARACTER'],
    ['1e', 'EXPR_INVALID_NUMBER'],
    ['1.2.3', 'EXPR_INVALID_NUMBER'],
    ['12abc', 'EXPR_INVALID_NUMBER'],
    ['"x', 'EXPR_UNCLOSED_STRING'],
    ['"x\ny"', 'EXPR_UNCLOSED_STRING'],
    ['1 /* open', 'EXPR_UNCLOSED_COMMENT'],
    ['#{BEDS', 'EXPR_UNCLOSED_BRACE'],
    ['#{}', 'EXPR_INVALID_REFERENCE'],
    ['#{BEDS.}', 'EXPR_INVALID_REFERENCE'],
    ['#{A.B.C}', 'EXPR_INVALID_REFERENCE'],
    ['#{BED S}', 'EXPR_INVALID_REFERENCE'],
    ['C{K.X}', 'EXPR_INVALID_REFERENCE'],
    ['R{SET.REPORTING_RATE}', 'EXPR_UNSUPPORTED_REFERENCE'],
    ['N{IND}', 'EXPR_UNSUPPORTED_REFERENCE'],
    ['[periodInYear]', 'EXPR_UNKNOWN_VARIABLE'],
    ['[days', 'EXPR_UNKNOWN_VARIABLE'],
    ['foo(1)', 'EXPR_UNKNOWN_FUNCTION'],
    ['null', 'EXPR_UNKNOWN_FUNCTION'],
    ['if', 'EXPR_UNEXPECTED_TOKEN'],
    ['if (1, 2, 3)', 'EXPR_SPACE_BEFORE_PARENTHESIS'],
    ['if(1, 2)', 'EXPR_ARGUMENT_COUNT'],
    ['isNull()', 'EXPR_ARGUMENT_COUNT'],
    ['log(1, 2, 3)', 'EXPR_ARGUMENT_COUNT'],
    ['greatest()', 'EXPR_ARGUMENT_COUNT'],
    [`${'('.repeat(300)}1${')'.repeat(300)}`, 'EXPR_TOO_DEEP'],
    [Array.from({ length: 300 }, () => '1').join(' + '), 'EXPR_TOO_DEEP'],
  ])('%j is %s', (source, code) => {
    expect(issueOf(source).code).toBe(code);
  });

  it('suggests the function that was meant', () => {
    expect(issueOf('IF(1, 2, 3)').en).toBe("unknown function 'IF'; did you mean 'if'?");
    expect(issueOf('isnull(#{A})').zh).toBe('没有函数“isnull”，是否应为“isNull”？');
    expect(issueOf('tru').en).toBe("unknown name 'tru'; did you mean 'true'?");
    expect(issueOf('days * 2').en).toBe("unknown name 'days'; did you mean '[days]'?");
  });

  it('names the character a full-width slip should have been', () => {
    expect(issueOf('#{A}／#{B}').en).toBe("full-width character '／': type '/' instead");
    expect(issueOf('#{A} ≥ 1').zh).toBe('全角字符“≥”，请改用半角“>=”');
  });

  it('says how many arguments a function takes', () => {
    expect(issueOf('if(1, 2)').en).toBe('if takes 3 arguments, not 2');
    expect(issueOf('log(1, 2, 3)').zh).toBe('函数 log(值[, 底数]) 需要 1–2 个参数，这里有 3 个');
    expect(issueOf('greatest()').en).toBe('greatest takes ≥1 arguments, not 0');
  });

  it('points an unclosed parenthesis at the parenthesis', () => {
    expect(issueOf('#{A} * (#{B} + 1')).toMatchObject({ code: 'EXPR_UNCLOSED_PARENTHESIS', column: 8 });
  });

  it('points a bad character in a code at that character', () => {
    expect(issueOf('#{BED S}')).toMatchObject({ column: 6, en: "' ' cannot appear in a code; codes consist of letters, digits, '_' and '-'" });
  });
});
