import { ExpressionSyntaxError, issueAt, type ExpressionErrorCode, type Span } from './errors.js';

export type OperatorSymbol =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '^'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '&&'
  | '||'
  | '!';

export type Token = Span &
  (
    | { kind: 'number'; value: number }
    | { kind: 'string'; value: string }
    | { kind: 'name'; name: string }
    | { kind: 'dataItem'; code: string; disaggregation: string | null }
    | { kind: 'constant'; code: string }
    | { kind: 'orgUnitGroup'; code: string }
    | { kind: 'days' }
    | { kind: 'operator'; operator: OperatorSymbol }
    | { kind: '(' | ')' | ',' | 'end' }
  );

const OPERATORS: readonly OperatorSymbol[] = ['==', '!=', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%', '^', '<', '>', '!'];
const WORD_OPERATORS: Readonly<Record<string, OperatorSymbol>> = { and: '&&', or: '||', not: '!' };
const MISTAKEN_OPERATORS: Readonly<Record<string, string>> = { '<>': '!=', '=': '==', '&': '&&', '|': '||' };

// Characters typed with a Chinese input method, and what was meant.
const FULL_WIDTH: Readonly<Record<string, string>> = {
  '（': '(', '）': ')', '，': ',', '＋': '+', '－': '-', '×': '*', '＊': '*', '÷': '/', '／': '/',
  '％': '%', '＾': '^', '＜': '<', '＞': '>', '＝': '=', '≤': '<=', '≥': '>=', '≠': '!=', '！': '!',
  '＆': '&', '｜': '|', '＃': '#', '｛': '{', '｝': '}', '［': '[', '］': ']', '“': '"', '”': '"',
  '‘': "'", '’': "'", '．': '.', '。': '.', '\u3000': ' ',
  '０': '0', '１': '1', '２': '2', '３': '3', '４': '4', '５': '5', '６': '6', '７': '7', '８': '8', '９': '9',
};

/** Characters a code may use: letters and digits of any script, `_` and `-`. */
const CODE = /^[\p{L}\p{N}_-]+$/u;
const CODE_CHAR = /[\p{L}\p{N}_-]/u;

/** Splits an expression into tokens; the last token is always `end`. */
export function tokenize(source: string): Token[] {
  return new Lexer(source).run();
}

class Lexer {
  private pos = 0;
  private readonly tokens: Token[] = [];

  constructor(private readonly source: string) {}

  run(): Token[] {
    for (;;) {
      this.skipSpaceAndComments();
      if (this.pos >= this.source.length) break;
      this.tokens.push(this.next());
    }
    this.tokens.push({ kind: 'end', start: this.source.length, end: this.source.length });
    return this.tokens;
  }

  private next(): Token {
    const start = this.pos;
    const c = this.source[start];
    if (isDigit(c) || (c === '.' && isDigit(this.source[start + 1]))) return this.number();
    if (c === '"' || c === "'") return this.string();
    if (c === '#') return this.reference('#', start + 1);
    if (c === '[') return this.variable();
    if (isNameStart(c)) return this.name();
    if (c === '(' || c === ')' || c === ',') {
      this.pos++;
      return { kind: c, start, end: this.pos };
    }
    return this.operator();
  }

  private skipSpaceAndComments(): void {
    for (;;) {
      while (this.pos < this.source.length && ' \t\r\n'.includes(this.source[this.pos])) this.pos++;
      if (!this.source.startsWith('/*', this.pos)) return;
      const close = this.source.indexOf('*/', this.pos + 2);
      if (close < 0) {
        this.fail({ start: this.pos, end: this.pos + 2 }, 'EXPR_UNCLOSED_COMMENT', '注释没有结束，缺少“*/”', "the comment is not closed: '*/' is missing");
      }
      this.pos = close + 2;
    }
  }

  private number(): Token {
    const start = this.pos;
    while (isDigit(this.source[this.pos])) this.pos++;
    if (this.source[this.pos] === '.') {
      this.pos++;
      while (isDigit(this.source[this.pos])) this.pos++;
    }
    if (this.source[this.pos] === 'e' || this.source[this.pos] === 'E') {
      const mark = this.pos;
      this.pos++;
      if (this.source[this.pos] === '+' || this.source[this.pos] === '-') this.pos++;
      if (!isDigit(this.source[this.pos])) this.badNumber(start, mark + 1);
      while (isDigit(this.source[this.pos])) this.pos++;
    }
    const follower = this.source[this.pos];
    if (follower !== undefined && (follower === '.' || isNameStart(follower) || isDigit(follower))) {
      this.badNumber(start, this.pos + 1);
    }
    return { kind: 'number', value: Number(this.source.slice(start, this.pos)), start, end: this.pos };
  }

  private badNumber(start: number, end: number): never {
    let stop = end;
    while (stop < this.source.length && /[\w.]/.test(this.source[stop])) stop++;
    const text = this.source.slice(start, stop);
    return this.fail({ start, end: stop }, 'EXPR_INVALID_NUMBER', `“${text}”不是有效的数字`, `'${text}' is not a valid number`);
  }

  private string(): Token {
    const start = this.pos;
    const quote = this.source[start];
    let value = '';
    this.pos++;
    for (;;) {
      const c = this.source[this.pos];
      if (c === undefined || c === '\n' || c === '\r') {
        return this.fail(
          { start, end: start + 1 },
          'EXPR_UNCLOSED_STRING',
          `字符串没有结束，缺少 ${quote}`,
          `the string is not closed: ${quote} is missing`,
        );
      }
      this.pos++;
      if (c === quote) return { kind: 'string', value, start, end: this.pos };
      value += c === '\\' ? this.escape() : c;
    }
  }

  private escape(): string {
    const c = this.source[this.pos];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
    if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(this.source.slice(this.pos + 1, this.pos + 5))) {
      this.pos += 5;
      return String.fromCharCode(parseInt(this.source.slice(this.pos - 4, this.pos), 16));
    }
    if (/^[0-7]{3}$/.test(this.source.slice(this.pos, this.pos + 3))) {
      this.pos += 3;
      return String.fromCharCode(parseInt(this.source.slice(this.pos - 3, this.pos), 8));
    }
    if (c === undefined || c === '\n' || c === '\r') return '';
    this.pos++;
    return simple[c] ?? c;
  }

  private name(): Token {
    const start = this.pos;
    while (isNameChar(this.source[this.pos])) this.pos++;
    const name = this.source.slice(start, this.pos);
    if (this.source[this.pos] === '{') {
      const brace = this.pos;
      this.pos = start;
      return this.reference(name, brace);
    }
    const operator = WORD_OPERATORS[name];
    if (operator) return { kind: 'operator', operator, start, end: this.pos };
    return { kind: 'name', name, start, end: this.pos };
  }

  /** `#{…}`, `C{…}`, `OUG{…}`, the token starting at `this.pos` with `{` at `brace`. */
  private reference(prefix: string, brace: number): Token {
    const start = this.pos;
    if (this.source[brace] !== '{') {
      this.fail({ start, end: start + 1 }, 'EXPR_UNEXPECTED_CHARACTER', '“#”后面应为“{”，例如 #{CODE}', "'#' must be followed by '{', as in #{CODE}");
    }
    const open = brace + 1;
    if (prefix !== '#' && prefix !== 'C' && prefix !== 'OUG') {
      this.fail(
        { start, end: open },
        'EXPR_UNSUPPORTED_REFERENCE',
        `不支持“${prefix}{…}”引用；可用 #{数据项}、C{常量}、OUG{机构组}`,
        `'${prefix}{…}' references are not supported; use #{data element}, C{constant} or OUG{org unit group}`,
      );
    }
    let close = open;
    while (close < this.source.length && this.source[close] !== '}' && this.source[close] !== '\n') close++;
    if (this.source[close] !== '}') {
      this.fail({ start, end: open }, 'EXPR_UNCLOSED_BRACE', `“${prefix}{”没有对应的“}”`, `'${prefix}{' has no matching '}'`);
    }
    this.pos = close + 1;
    const parts = this.codes(open, close, prefix === '#' ? 2 : 1);
    if (prefix === '#') return { kind: 'dataItem', code: parts[0], disaggregation: parts[1] ?? null, start, end: this.pos };
    return { kind: prefix === 'C' ? 'constant' : 'orgUnitGroup', code: parts[0], start, end: this.pos };
  }

  private codes(open: number, close: number, maxParts: number): string[] {
    const parts = this.source.slice(open, close).split('.');
    let at = open;
    for (const [index, part] of parts.entries()) {
      if (index >= maxParts) {
        this.fail(
          { start: at - 1, end: close },
          'EXPR_INVALID_REFERENCE',
          maxParts === 1 ? '此处只能写一个代码，不能带“.”分类' : '数据项最多带一个分类：#{CODE} 或 #{CODE.DISAGG}',
          maxParts === 1 ? "only one code is allowed here, without a '.' part" : 'a data item takes at most one disaggregation: #{CODE} or #{CODE.DISAGG}',
        );
      }
      if (part === '') {
        this.fail({ start: at, end: at + 1 }, 'EXPR_INVALID_REFERENCE', '代码为空', 'the code is empty');
      }
      if (!CODE.test(part)) {
        const bad = [...part].findIndex((char) => !CODE_CHAR.test(char));
        const offset = at + [...part].slice(0, bad).join('').length;
        const char = [...part][bad];
        this.fail(
          { start: offset, end: offset + char.length },
          'EXPR_INVALID_REFERENCE',
          `代码中不能出现“${char}”；代码由字母、数字、“_”和“-”组成`,
          `'${char}' cannot appear in a code; codes consist of letters, digits, '_' and '-'`,
        );
      }
      at += part.length + 1;
    }
    return parts;
  }

  private variable(): Token {
    const start = this.pos;
    const close = this.source.indexOf(']', start);
    const name = close < 0 ? '' : this.source.slice(start + 1, close);
    if (name !== 'days') {
      const end = close < 0 ? start + 1 : close + 1;
      this.fail(
        { start, end },
        'EXPR_UNKNOWN_VARIABLE',
        `不认识“${this.source.slice(start, end)}”；方括号中只能写 [days]`,
        `unknown '${this.source.slice(start, end)}': the only bracketed name is [days]`,
      );
    }
    this.pos = close + 1;
    return { kind: 'days', start, end: this.pos };
  }

  private operator(): Token {
    const start = this.pos;
    const c = this.source[start];
    const operator = this.source.startsWith('<>', start) ? undefined : OPERATORS.find((symbol) => this.source.startsWith(symbol, start));
    if (operator !== undefined) {
      this.pos += operator.length;
      return { kind: 'operator', operator, start, end: this.pos };
    }
    const wrong = this.source.startsWith('<>', start) ? '<>' : c;
    const intended = MISTAKEN_OPERATORS[wrong];
    if (intended !== undefined) {
      this.fail(
        { start, end: start + wrong.length },
        'EXPR_UNKNOWN_OPERATOR',
        `没有运算符“${wrong}”，请用“${intended}”`,
        `there is no operator '${wrong}': use '${intended}'`,
      );
    }
    const meant = FULL_WIDTH[c];
    if (meant !== undefined) {
      this.fail(
        { start, end: start + 1 },
        'EXPR_FULL_WIDTH_CHARACTER',
        `全角字符“${c}”，请改用半角“${meant}”`,
        `full-width character '${c}': type '${meant}' instead`,
      );
    }
    const char = String.fromCodePoint(this.source.codePointAt(start) ?? 0);
    return this.fail({ start, end: start + char.length }, 'EXPR_UNEXPECTED_CHARACTER', `无法识别的字符“${char}”`, `unexpected character '${char}'`);
  }

  private fail(span: Span, code: ExpressionErrorCode, zh: string, en: string): never {
    throw new ExpressionSyntaxError(issueAt(this.source, span, code, zh, en));
  }
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isNameStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
}

function isNameChar(c: string | undefined): boolean {
  return isNameStart(c) || isDigit(c);
}
