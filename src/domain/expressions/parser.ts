import type { BinaryOperator, Expression, ExpressionNode, UnaryOperator } from './ast.js';
import { ExpressionSyntaxError, issueAt, type ExpressionErrorCode, type Span } from './errors.js';
import { FUNCTIONS, isFunctionName } from './functions.js';
import { tokenize, type OperatorSymbol, type Token } from './lexer.js';
import { closest } from './suggest.js';

/** How deeply operators, parentheses and calls may nest; far beyond any indicator, short of the call stack. */
const MAX_DEPTH = 256;

/**
 * Operator levels from loosest to tightest, as in DHIS2's grammar (Expression.g4):
 * operators of one level are left-associative; `^` and the unary operators are handled apart.
 */
const LEVELS: readonly (readonly OperatorSymbol[])[] = [['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];
const UNARY: ReadonlySet<OperatorSymbol> = new Set<OperatorSymbol>(['+', '-', '!']);
const NAMES = [...Object.keys(FUNCTIONS), 'true', 'false'];

/** Reads an expression; throws ExpressionSyntaxError with the place of the first problem. */
export function parse(source: string): Expression {
  return { source, root: new Parser(source, tokenize(source)).run() };
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  run(): ExpressionNode {
    if (this.peek().kind === 'end') {
      this.fail(this.peek(), 'EXPR_EMPTY', '表达式为空', 'the expression is empty');
    }
    const root = this.level(0);
    const rest = this.peek();
    if (rest.kind === ')') {
      this.fail(rest, 'EXPR_UNEXPECTED_TOKEN', '多余的“)”，没有与之对应的“(”', "unmatched ')': there is no '(' for it");
    }
    if (rest.kind !== 'end') {
      const what = this.describe(rest);
      this.fail(rest, 'EXPR_UNEXPECTED_TOKEN', `${what.zh}前面缺少运算符`, `an operator is missing before ${what.en}`);
    }
    return root;
  }

  private level(n: number): ExpressionNode {
    if (n === LEVELS.length) return this.unary();
    let left = this.level(n + 1);
    let nested = 0;
    for (let token = this.peek(); token.kind === 'operator' && LEVELS[n].includes(token.operator); token = this.peek()) {
      this.index++;
      this.enter(token);
      nested++;
      const right = this.level(n + 1);
      left = { type: 'binary', operator: token.operator as BinaryOperator, left, right, start: left.start, end: right.end };
    }
    this.depth -= nested;
    return left;
  }

  private unary(): ExpressionNode {
    const token = this.peek();
    if (token.kind === 'operator' && UNARY.has(token.operator)) {
      this.index++;
      this.enter(token);
      const operand = this.unary();
      this.depth--;
      return { type: 'unary', operator: token.operator as UnaryOperator, operand, start: token.start, end: operand.end };
    }
    return this.power();
  }

  /** `^` binds tighter than unary minus (-2^2 is -4) and is right-associative (2^3^2 is 2^9). */
  private power(): ExpressionNode {
    const base = this.primary();
    const token = this.peek();
    if (token.kind !== 'operator' || token.operator !== '^') return base;
    this.index++;
    this.enter(token);
    const exponent = this.unary();
    this.depth--;
    return { type: 'binary', operator: '^', left: base, right: exponent, start: base.start, end: exponent.end };
  }

  private primary(): ExpressionNode {
    const token = this.next();
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: token.value, start: token.start, end: token.end };
      case 'string':
        return { type: 'string', value: token.value, start: token.start, end: token.end };
      case 'dataItem':
        return { type: 'dataItem', code: token.code, disaggregation: token.disaggregation, start: token.start, end: token.end };
      case 'constant':
      case 'orgUnitGroup':
        return { type: token.kind, code: token.code, start: token.start, end: token.end };
      case 'days':
        return { type: 'days', start: token.start, end: token.end };
      case '(':
        return this.parenthesized(token);
      case 'name':
        return this.named(token);
      case 'end':
        return this.fail(token, 'EXPR_UNEXPECTED_END', '表达式不完整，此处还缺少一个值', 'the expression is incomplete: a value is expected here');
      default: {
        const what = this.describe(token);
        return this.fail(
          token,
          'EXPR_UNEXPECTED_TOKEN',
          `此处应为数值、数据项或“(”，而不是${what.zh}`,
          `expected a number, a data item or '(' but found ${what.en}`,
        );
      }
    }
  }

  private parenthesized(open: Token): ExpressionNode {
    this.enter(open);
    const inner = this.level(0);
    this.close(open, '此处应为“)”或运算符', "expected ')' or an operator");
    this.depth--;
    return inner;
  }

  private named(token: Token & { kind: 'name' }): ExpressionNode {
    const { name } = token;
    if (name === 'true' || name === 'false') return { type: 'boolean', value: name === 'true', start: token.start, end: token.end };
    const open = this.peek();
    if (!isFunctionName(name)) {
      const call = open.kind === '(';
      const guess = name === 'days' ? '[days]' : closest(name, NAMES);
      const hintZh = guess === null ? '' : `，是否应为“${guess}”？`;
      const hintEn = guess === null ? '' : `; did you mean '${guess}'?`;
      return this.fail(
        token,
        'EXPR_UNKNOWN_FUNCTION',
        `${call ? '没有函数' : '不认识的名称'}“${name}”${hintZh}`,
        `${call ? 'unknown function' : 'unknown name'} '${name}'${hintEn}`,
      );
    }
    if (open.kind !== '(') {
      return this.fail(token, 'EXPR_UNEXPECTED_TOKEN', `函数 ${name} 后面应为“(”`, `function ${name} must be followed by '('`);
    }
    if (open.start !== token.end) {
      this.fail(
        { start: token.end, end: open.start },
        'EXPR_SPACE_BEFORE_PARENTHESIS',
        `函数名 ${name} 与“(”之间不能有空格`,
        `no space is allowed between the function name ${name} and '('`,
      );
    }
    this.index++;
    this.enter(open);
    const args: ExpressionNode[] = [];
    if (this.peek().kind === ')') {
      this.index++;
    } else {
      for (;;) {
        args.push(this.level(0));
        if (this.peek().kind !== ',') break;
        this.index++;
      }
      this.close(open, '此处应为“,”或“)”', "expected ',' or ')'");
    }
    this.depth--;
    const spec = FUNCTIONS[name];
    if (args.length < spec.minArgs || args.length > spec.maxArgs) {
      const wanted = spec.minArgs === spec.maxArgs ? `${spec.minArgs}` : spec.maxArgs === Infinity ? `≥${spec.minArgs}` : `${spec.minArgs}–${spec.maxArgs}`;
      this.fail(
        token,
        'EXPR_ARGUMENT_COUNT',
        `函数 ${spec.signature} 需要 ${wanted} 个参数，这里有 ${args.length} 个`,
        `${name} takes ${wanted} argument${wanted === '1' ? '' : 's'}, not ${args.length}`,
      );
    }
    return { type: 'call', name, nameEnd: token.end, args, start: token.start, end: this.tokens[this.index - 1].end };
  }

  /** Consumes the `)` matching `open`. */
  private close(open: Token, zh: string, en: string): void {
    const token = this.peek();
    if (token.kind === ')') {
      this.index++;
      return;
    }
    if (token.kind === 'end') {
      this.fail(open, 'EXPR_UNCLOSED_PARENTHESIS', '这个“(”没有对应的“)”', "this '(' is never closed: ')' is missing");
    }
    const what = this.describe(token);
    this.fail(token, 'EXPR_UNEXPECTED_TOKEN', `${zh}，而不是${what.zh}`, `${en} but found ${what.en}`);
  }

  private enter(token: Token): void {
    if (++this.depth > MAX_DEPTH) {
      this.fail(token, 'EXPR_TOO_DEEP', `表达式嵌套超过 ${MAX_DEPTH} 层`, `the expression nests deeper than ${MAX_DEPTH} levels`);
    }
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private describe(token: Token): { zh: string; en: string } {
    const text = this.source.slice(token.start, token.end);
    switch (token.kind) {
      case 'number':
        return { zh: `数字 ${text}`, en: `number ${text}` };
      case 'string':
        return { zh: `字符串 ${text}`, en: `string ${text}` };
      case 'name':
        return { zh: `名称“${text}”`, en: `name '${text}'` };
      case 'operator':
        return { zh: `运算符“${text}”`, en: `operator '${text}'` };
      case 'dataItem':
      case 'constant':
      case 'orgUnitGroup':
      case 'days':
        return { zh: text, en: text };
      default:
        return { zh: `“${text}”`, en: `'${text}'` };
    }
  }

  private fail(span: Span, code: ExpressionErrorCode, zh: string, en: string): never {
    throw new ExpressionSyntaxError(issueAt(this.source, span, code, zh, en));
  }
}
