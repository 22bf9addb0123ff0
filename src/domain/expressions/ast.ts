export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%' | '^';
export type ComparisonOperator = '<' | '<=' | '>' | '>=';
export type EqualityOperator = '==' | '!=';
export type LogicalOperator = '&&' | '||';
export type BinaryOperator = ArithmeticOperator | ComparisonOperator | EqualityOperator | LogicalOperator;
export type UnaryOperator = '+' | '-' | '!';

export type FunctionName =
  | 'if'
  | 'isNull'
  | 'isNotNull'
  | 'firstNonNull'
  | 'greatest'
  | 'least'
  | 'log'
  | 'log10'
  | 'removeZeros';

/** Offsets of a node's text in the expression, end exclusive. */
interface Spanned {
  start: number;
  end: number;
}

export interface NumberNode extends Spanned {
  type: 'number';
  value: number;
}
export interface StringNode extends Spanned {
  type: 'string';
  value: string;
}
export interface BooleanNode extends Spanned {
  type: 'boolean';
  value: boolean;
}
/** `#{CODE}` or `#{CODE.DISAGG}`. */
export interface DataItemNode extends Spanned {
  type: 'dataItem';
  code: string;
  disaggregation: string | null;
}
/** `C{CODE}`. */
export interface ConstantNode extends Spanned {
  type: 'constant';
  code: string;
}
/** `OUG{CODE}`: how many org units of the group are in scope. */
export interface OrgUnitGroupNode extends Spanned {
  type: 'orgUnitGroup';
  code: string;
}
/** `[days]`: the number of days of the period. */
export interface DaysNode extends Spanned {
  type: 'days';
}
export interface UnaryNode extends Spanned {
  type: 'unary';
  operator: UnaryOperator;
  operand: ExpressionNode;
}
export interface BinaryNode extends Spanned {
  type: 'binary';
  operator: BinaryOperator;
  left: ExpressionNode;
  right: ExpressionNode;
}
export interface CallNode extends Spanned {
  type: 'call';
  name: FunctionName;
  /** Where the function name stands, for messages about the call. */
  nameEnd: number;
  args: ExpressionNode[];
}

export type ExpressionNode =
  | NumberNode
  | StringNode
  | BooleanNode
  | DataItemNode
  | ConstantNode
  | OrgUnitGroupNode
  | DaysNode
  | UnaryNode
  | BinaryNode
  | CallNode;

/** A parsed expression: its text and its syntax tree. */
export interface Expression {
  source: string;
  root: ExpressionNode;
}

/** What an expression refers to outside itself. */
export type ItemReference =
  | { kind: 'dataElement'; code: string; disaggregation: string | null }
  | { kind: 'constant'; code: string }
  | { kind: 'orgUnitGroup'; code: string };

/** The key of a data item in evaluation values: `CODE` or `CODE.DISAGG`. */
export function dataItemKey(code: string, disaggregation: string | null): string {
  return disaggregation === null ? code : `${code}.${disaggregation}`;
}

export function referenceOf(node: ExpressionNode): ItemReference | null {
  switch (node.type) {
    case 'dataItem':
      return { kind: 'dataElement', code: node.code, disaggregation: node.disaggregation };
    case 'constant':
      return { kind: 'constant', code: node.code };
    case 'orgUnitGroup':
      return { kind: 'orgUnitGroup', code: node.code };
    default:
      return null;
  }
}

export function childrenOf(node: ExpressionNode): ExpressionNode[] {
  switch (node.type) {
    case 'unary':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'call':
      return node.args;
    default:
      return [];
  }
}

/** Visits every node, parents before children, left to right. */
export function walk(node: ExpressionNode, visit: (node: ExpressionNode) => void): void {
  visit(node);
  for (const child of childrenOf(node)) walk(child, visit);
}
