/**
 * The operators of the protocol: binary (BINARY_OP's argument, and what
 * `operator`-style builtins pass), unary, and rich comparisons (COMPARE_OP's
 * argument), with their symbols and dunder names. The bytecode uses these
 * numbers (compile/opcodes.ts); so do the protocol (runtime/) and the types'
 * dunders (types/), which must not depend on the compiler.
 */

/** Binary operators (BINARY_OP's argument); INPLACE is added for `+=` and friends. */
export const enum BinOp {
  ADD,
  SUB,
  MUL,
  MATMUL,
  TRUEDIV,
  FLOORDIV,
  MOD,
  POW,
  LSHIFT,
  RSHIFT,
  AND,
  OR,
  XOR,
}
export const INPLACE = 16;

/** Rich comparisons (COMPARE_OP's argument). */
export const enum Cmp {
  LT,
  LE,
  EQ,
  NE,
  GT,
  GE,
}

export const BINOP_SYMBOLS = ['+', '-', '*', '@', '/', '//', '%', '**', '<<', '>>', '&', '|', '^'];
export const BINOP_DUNDERS = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor'];
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];
export const CMP_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
/** The reflection of each comparison (a < b ⇔ b > a). */
export const CMP_SWAPPED = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];

/** Unary operators (UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT). */
export const enum UnaryOp {
  NEG,
  POS,
  INVERT,
}
