/**
 * The typed AST of the supported Python subset: one node type per construct, shaped
 * after CPython's `ast` module so that a reader who knows one knows the other.
 *
 * Every node carries its source span: `line`/`endLine` are 1-based, `col`/`endCol`
 * are 0-based offsets in characters (CPython's `col_offset`). The parser
 * (parse/convert-*.ts) builds it from the lezer tree; the compiler consumes it.
 */

export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** A literal value as it appears in source. Floats are tagged so that `1.0` stays a float. */
export type ConstValue =
  | { t: 'int'; v: number | bigint }
  | { t: 'float'; v: number }
  /** An imaginary literal (`2j`): v is the imaginary part. */
  | { t: 'complex'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: Uint8Array }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'ellipsis' };

export type BinOpName =
  | 'add' | 'sub' | 'mul' | 'matmul' | 'truediv' | 'floordiv' | 'mod' | 'pow'
  | 'lshift' | 'rshift' | 'and' | 'or' | 'xor';

export type CmpOpName = 'lt' | 'le' | 'eq' | 'ne' | 'gt' | 'ge' | 'in' | 'notin' | 'is' | 'isnot';

export type UnaryOpName = 'neg' | 'pos' | 'not' | 'invert';

export interface Keyword extends Span {
  /** null for `**mapping`. */
  arg: string | null;
  value: Expr;
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

export interface Arg extends Span {
  name: string;
  /** `name: annotation`, evaluated when the def runs (into the function's __annotations__). */
  annotation?: Expr;
}

/** A parameter list: `def f(a, b=1, /, c, *args, d, e=2, **kw)`. */
export interface Arguments {
  posonly: Arg[];
  args: Arg[];
  /** Defaults of the last positional parameters (posonly + args). */
  defaults: Expr[];
  vararg: Arg | null;
  kwonly: Arg[];
  /** One per kwonly parameter; null where it has no default. */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
}

export interface FormattedValue extends Span {
  kind: 'FormattedValue';
  value: Expr;
  conversion: 'r' | 's' | 'a' | null;
  spec: JoinedStr | null;
}

export interface JoinedStr extends Span {
  kind: 'JoinedStr';
  /** Literal text and replacement fields in order. */
  parts: (string | FormattedValue)[];
}

export type Expr = Span &
  (
    | { kind: 'Name'; id: string }
    | { kind: 'Constant'; value: ConstValue }
    | { kind: 'JoinedStr'; parts: (string | FormattedValue)[] }
    | { kind: 'BinOp'; op: BinOpName; left: Expr; right: Expr }
    | { kind: 'UnaryOp'; op: UnaryOpName; operand: Expr }
    | { kind: 'BoolOp'; op: 'and' | 'or'; values: Expr[] }
    | { kind: 'Compare'; left: Expr; ops: CmpOpName[]; comparators: Expr[] }
    | { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
    | { kind: 'Attribute'; value: Expr; attr: string }
    | { kind: 'Subscript'; value: Expr; slice: Expr }
    | { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
    | { kind: 'Starred'; value: Expr }
    | { kind: 'Tuple'; elts: Expr[] }
    | { kind: 'List'; elts: Expr[] }
    | { kind: 'Set'; elts: Expr[] }
    | { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
    | { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
    | { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
    | { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
    | { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
    | { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
    | { kind: 'Lambda'; args: Arguments; body: Expr }
    | { kind: 'Yield'; value: Expr | null }
    | { kind: 'YieldFrom'; value: Expr }
    | { kind: 'NamedExpr'; target: Expr; value: Expr }
  );

export type ExprKind = Expr['kind'];
export type ExprOf<K extends ExprKind> = Extract<Expr, { kind: K }>;

export interface ExceptHandler extends Span {
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface WithItem {
  expr: Expr;
  vars: Expr | null;
}

export interface Alias extends Span {
  /** Dotted name ('os.path') or '*'. */
  name: string;
  asname: string | null;
}

export type Stmt = Span &
  (
    | { kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decorators: Expr[]; isAsync: false; returns?: Expr }
    | { kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorators: Expr[] }
    | { kind: 'Return'; value: Expr | null }
    | { kind: 'Delete'; targets: Expr[] }
    | { kind: 'Assign'; targets: Expr[]; value: Expr }
    | { kind: 'AugAssign'; target: Expr; op: BinOpName; value: Expr }
    | { kind: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null }
    | { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
    | { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { kind: 'With'; items: WithItem[]; body: Stmt[] }
    | { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
    | { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
    | { kind: 'Assert'; test: Expr; msg: Expr | null }
    | { kind: 'Import'; names: Alias[] }
    | { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
    | { kind: 'Global'; names: string[] }
    | { kind: 'Nonlocal'; names: string[] }
    | { kind: 'Expr'; value: Expr }
    | { kind: 'Pass' }
    | { kind: 'Break' }
    | { kind: 'Continue' }
  );

export type StmtKind = Stmt['kind'];
export type StmtOf<K extends StmtKind> = Extract<Stmt, { kind: K }>;

export interface Module {
  body: Stmt[];
  /** The source lines (for tracebacks), without their line endings. */
  lines: string[];
  filename: string;
}
