/**
 * The bytecode: every opcode, its argument, and its stack effect, in one place.
 *
 * An instruction is one 32-bit word: opcode in the low 8 bits, argument in the high
 * 24 (`op | arg << 8`). The set is CPython 3.10's, trimmed and with a one-slot
 * exception (no type/value/traceback triples): a handler starts with the previously
 * handled exception and the new one on the stack, and an EXCEPT_HANDLER block
 * remembers where to restore from. Stack effects are written `(before -- after)`,
 * top of stack on the right. BINARY_OP's and COMPARE_OP's arguments are the
 * operators of runtime/operators.ts.
 */

export const enum Op {
  NOP, // ( -- )
  POP_TOP, // (a -- )
  DUP_TOP, // (a -- a a)
  DUP_TOP_TWO, // (a b -- a b a b)
  ROT_TWO, // (a b -- b a)
  ROT_THREE, // (a b c -- c a b)
  ROT_FOUR, // (a b c d -- d a b c)
  LOAD_CONST, // arg: const index ( -- v)
  LOAD_FAST, // arg: local index ( -- v); UnboundLocalError when unset
  STORE_FAST, // arg: local index (v -- )
  DELETE_FAST, // arg: local index ( -- )
  LOAD_DEREF, // arg: cell index (cellvars then freevars) ( -- v)
  STORE_DEREF, // arg: cell index (v -- )
  DELETE_DEREF, // arg: cell index ( -- )
  LOAD_CLOSURE, // arg: cell index ( -- cell) for MAKE_FUNCTION
  LOAD_CLASSDEREF, // arg: cell index ( -- v): the class namespace first, then the cell
  LOAD_GLOBAL, // arg: name index ( -- v): globals, then builtins
  STORE_GLOBAL, // arg: name index (v -- )
  DELETE_GLOBAL, // arg: name index ( -- )
  LOAD_NAME, // arg: name index ( -- v): locals dict, globals, builtins (class bodies)
  STORE_NAME, // arg: name index (v -- )
  DELETE_NAME, // arg: name index ( -- )
  LOAD_ATTR, // arg: name index (o -- o.name)
  STORE_ATTR, // arg: name index (v o -- )
  DELETE_ATTR, // arg: name index (o -- )
  LOAD_METHOD, // arg: name index (o -- f self) or (o -- bound NULL)
  CALL_METHOD, // arg: n (f self a1..an -- r)
  BINARY_SUBSCR, // (o k -- o[k])
  STORE_SUBSCR, // (v o k -- )
  DELETE_SUBSCR, // (o k -- )
  BUILD_SLICE, // arg: 2 or 3 (lo hi [step] -- slice)
  BINARY_OP, // arg: BinOp (+ INPLACE for augmented assignment) (a b -- r)
  UNARY_NEGATIVE, // (a -- -a)
  UNARY_POSITIVE, // (a -- +a)
  UNARY_NOT, // (a -- not a)
  UNARY_INVERT, // (a -- ~a)
  COMPARE_OP, // arg: Cmp (a b -- r)
  IS_OP, // arg: 1 = 'is not' (a b -- bool)
  CONTAINS_OP, // arg: 1 = 'not in' (a b -- a in b)
  JUMP, // arg: target ( -- )
  POP_JUMP_IF_FALSE, // arg: target (v -- )
  POP_JUMP_IF_TRUE, // arg: target (v -- )
  JUMP_IF_FALSE_OR_POP, // arg: target (v -- v) if jumping, (v -- ) otherwise
  JUMP_IF_TRUE_OR_POP, // arg: target (v -- v) if jumping, (v -- ) otherwise
  GET_ITER, // (o -- iter(o))
  FOR_ITER, // arg: exit target (it -- it v), or (it -- ) and jump when exhausted
  BUILD_TUPLE, // arg: n (a1..an -- tuple)
  BUILD_LIST, // arg: n (a1..an -- list)
  BUILD_SET, // arg: n (a1..an -- set)
  BUILD_MAP, // arg: n (k1 v1 .. kn vn -- dict)
  LIST_APPEND, // arg: depth of the list below v (v -- ); comprehensions
  SET_ADD, // arg: depth (v -- )
  MAP_ADD, // arg: depth (k v -- )
  LIST_EXTEND, // arg: depth of the list (iterable -- )
  SET_UPDATE, // arg: depth of the set (iterable -- )
  DICT_UPDATE, // arg: depth of the dict (mapping -- ); `{**m}`
  DICT_MERGE, // arg: depth of the dict (mapping -- ); `f(**m)`: duplicate keys are an error
  LIST_TO_TUPLE, // (list -- tuple)
  UNPACK_SEQUENCE, // arg: n (seq -- vn .. v1), v1 on top
  UNPACK_EX, // arg: before | after << 8 (seq -- vlast .. [rest] .. v1)
  CALL, // arg: n (f a1..an -- r)
  CALL_KW, // arg: n (f a1..an names -- r); names: tuple of the last keyword args' names
  CALL_EX, // arg: 1 when a kwargs dict follows (f args [kwargs] -- r)
  MAKE_FUNCTION, // arg: flags 1 defaults, 2 kwdefaults, 8 annotations, 4 closure ([defaults] [kwdefaults] [annotations] [closure] code -- fn)
  LOAD_BUILD_CLASS, // ( -- __build_class__)
  RETURN_VALUE, // (v -- )
  YIELD_VALUE, // (v -- sent)
  YIELD_FROM, // (it v -- r): sends v to it; re-executes while it yields, r is its return value
  GET_YIELD_FROM_ITER, // (o -- it)
  RAISE_VARARGS, // arg: 0 re-raise, 1 exc, 2 exc cause (args -- )
  RERAISE, // (exc -- ) raise again, keeping the traceback
  SETUP_FINALLY, // arg: handler target ( -- ); the handler starts with (prev exc) pushed
  POP_BLOCK, // ( -- )
  POP_EXCEPT, // (prev -- ); leaves a handler: the handled exception becomes prev again
  JUMP_IF_NOT_EXC_MATCH, // arg: target (exc type -- )
  BEFORE_WITH, // (mgr -- exit enter_result)
  WITH_EXCEPT_START, // (exit prev exc -- exit prev exc r): r = exit(type, exc, tb)
  LOAD_ASSERTION_ERROR, // ( -- AssertionError)
  IMPORT_NAME, // arg: name index (level fromlist -- module)
  IMPORT_FROM, // arg: name index (module -- module attr)
  IMPORT_STAR, // (module -- )
  FORMAT_VALUE, // arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a spec follows (v [spec] -- str)
  BUILD_STRING, // arg: n (s1..sn -- s)
  SETUP_ANNOTATIONS, // ( -- ): creates __annotations__ in the namespace
}

/** What an opcode's argument means (for the disassembler and the stack-depth pass). */
export type ArgKind = 'none' | 'const' | 'local' | 'cell' | 'name' | 'jump' | 'count' | 'binop' | 'cmp' | 'flags';

interface OpInfo {
  name: string;
  arg: ArgKind;
  /** Stack effect; `jump` is true on the branch that jumps. */
  effect: (arg: number, jump: boolean) => number;
}

const fixed = (n: number) => (): number => n;
const popcount4 = (a: number): number => (a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1);

/** Indexed by opcode. */
export const OPS: readonly OpInfo[] = [
  { name: 'NOP', arg: 'none', effect: fixed(0) },
  { name: 'POP_TOP', arg: 'none', effect: fixed(-1) },
  { name: 'DUP_TOP', arg: 'none', effect: fixed(1) },
  { name: 'DUP_TOP_TWO', arg: 'none', effect: fixed(2) },
  { name: 'ROT_TWO', arg: 'none', effect: fixed(0) },
  { name: 'ROT_THREE', arg: 'none', effect: fixed(0) },
  { name: 'ROT_FOUR', arg: 'none', effect: fixed(0) },
  { name: 'LOAD_CONST', arg: 'const', effect: fixed(1) },
  { name: 'LOAD_FAST', arg: 'local', effect: fixed(1) },
  { name: 'STORE_FAST', arg: 'local', effect: fixed(-1) },
  { name: 'DELETE_FAST', arg: 'local', effect: fixed(0) },
  { name: 'LOAD_DEREF', arg: 'cell', effect: fixed(1) },
  { name: 'STORE_DEREF', arg: 'cell', effect: fixed(-1) },
  { name: 'DELETE_DEREF', arg: 'cell', effect: fixed(0) },
  { name: 'LOAD_CLOSURE', arg: 'cell', effect: fixed(1) },
  { name: 'LOAD_CLASSDEREF', arg: 'cell', effect: fixed(1) },
  { name: 'LOAD_GLOBAL', arg: 'name', effect: fixed(1) },
  { name: 'STORE_GLOBAL', arg: 'name', effect: fixed(-1) },
  { name: 'DELETE_GLOBAL', arg: 'name', effect: fixed(0) },
  { name: 'LOAD_NAME', arg: 'name', effect: fixed(1) },
  { name: 'STORE_NAME', arg: 'name', effect: fixed(-1) },
  { name: 'DELETE_NAME', arg: 'name', effect: fixed(0) },
  { name: 'LOAD_ATTR', arg: 'name', effect: fixed(0) },
  { name: 'STORE_ATTR', arg: 'name', effect: fixed(-2) },
  { name: 'DELETE_ATTR', arg: 'name', effect: fixed(-1) },
  { name: 'LOAD_METHOD', arg: 'name', effect: fixed(1) },
  { name: 'CALL_METHOD', arg: 'count', effect: (n) => -n - 1 },
  { name: 'BINARY_SUBSCR', arg: 'none', effect: fixed(-1) },
  { name: 'STORE_SUBSCR', arg: 'none', effect: fixed(-3) },
  { name: 'DELETE_SUBSCR', arg: 'none', effect: fixed(-2) },
  { name: 'BUILD_SLICE', arg: 'count', effect: (n) => 1 - n },
  { name: 'BINARY_OP', arg: 'binop', effect: fixed(-1) },
  { name: 'UNARY_NEGATIVE', arg: 'none', effect: fixed(0) },
  { name: 'UNARY_POSITIVE', arg: 'none', effect: fixed(0) },
  { name: 'UNARY_NOT', arg: 'none', effect: fixed(0) },
  { name: 'UNARY_INVERT', arg: 'none', effect: fixed(0) },
  { name: 'COMPARE_OP', arg: 'cmp', effect: fixed(-1) },
  { name: 'IS_OP', arg: 'flags', effect: fixed(-1) },
  { name: 'CONTAINS_OP', arg: 'flags', effect: fixed(-1) },
  { name: 'JUMP', arg: 'jump', effect: fixed(0) },
  { name: 'POP_JUMP_IF_FALSE', arg: 'jump', effect: fixed(-1) },
  { name: 'POP_JUMP_IF_TRUE', arg: 'jump', effect: fixed(-1) },
  { name: 'JUMP_IF_FALSE_OR_POP', arg: 'jump', effect: (_a, j) => (j ? 0 : -1) },
  { name: 'JUMP_IF_TRUE_OR_POP', arg: 'jump', effect: (_a, j) => (j ? 0 : -1) },
  { name: 'GET_ITER', arg: 'none', effect: fixed(0) },
  { name: 'FOR_ITER', arg: 'jump', effect: (_a, j) => (j ? -1 : 1) },
  { name: 'BUILD_TUPLE', arg: 'count', effect: (n) => 1 - n },
  { name: 'BUILD_LIST', arg: 'count', effect: (n) => 1 - n },
  { name: 'BUILD_SET', arg: 'count', effect: (n) => 1 - n },
  { name: 'BUILD_MAP', arg: 'count', effect: (n) => 1 - 2 * n },
  { name: 'LIST_APPEND', arg: 'count', effect: fixed(-1) },
  { name: 'SET_ADD', arg: 'count', effect: fixed(-1) },
  { name: 'MAP_ADD', arg: 'count', effect: fixed(-2) },
  { name: 'LIST_EXTEND', arg: 'count', effect: fixed(-1) },
  { name: 'SET_UPDATE', arg: 'count', effect: fixed(-1) },
  { name: 'DICT_UPDATE', arg: 'count', effect: fixed(-1) },
  { name: 'DICT_MERGE', arg: 'count', effect: fixed(-1) },
  { name: 'LIST_TO_TUPLE', arg: 'none', effect: fixed(0) },
  { name: 'UNPACK_SEQUENCE', arg: 'count', effect: (n) => n - 1 },
  { name: 'UNPACK_EX', arg: 'flags', effect: (a) => (a & 0xff) + (a >> 8) },
  { name: 'CALL', arg: 'count', effect: (n) => -n },
  { name: 'CALL_KW', arg: 'count', effect: (n) => -n - 1 },
  { name: 'CALL_EX', arg: 'flags', effect: (a) => -1 - (a & 1) },
  { name: 'MAKE_FUNCTION', arg: 'flags', effect: (a) => -popcount4(a) },
  { name: 'LOAD_BUILD_CLASS', arg: 'none', effect: fixed(1) },
  { name: 'RETURN_VALUE', arg: 'none', effect: fixed(-1) },
  { name: 'YIELD_VALUE', arg: 'none', effect: fixed(0) },
  { name: 'YIELD_FROM', arg: 'none', effect: fixed(-1) },
  { name: 'GET_YIELD_FROM_ITER', arg: 'none', effect: fixed(0) },
  { name: 'RAISE_VARARGS', arg: 'count', effect: (n) => -n },
  { name: 'RERAISE', arg: 'none', effect: fixed(-1) },
  { name: 'SETUP_FINALLY', arg: 'jump', effect: (_a, j) => (j ? 2 : 0) },
  { name: 'POP_BLOCK', arg: 'none', effect: fixed(0) },
  { name: 'POP_EXCEPT', arg: 'none', effect: fixed(-1) },
  { name: 'JUMP_IF_NOT_EXC_MATCH', arg: 'jump', effect: fixed(-2) },
  { name: 'BEFORE_WITH', arg: 'none', effect: fixed(1) },
  { name: 'WITH_EXCEPT_START', arg: 'none', effect: fixed(1) },
  { name: 'LOAD_ASSERTION_ERROR', arg: 'none', effect: fixed(1) },
  { name: 'IMPORT_NAME', arg: 'name', effect: fixed(-1) },
  { name: 'IMPORT_FROM', arg: 'name', effect: fixed(1) },
  { name: 'IMPORT_STAR', arg: 'none', effect: fixed(-1) },
  { name: 'FORMAT_VALUE', arg: 'flags', effect: (a) => (a & 4 ? -1 : 0) },
  { name: 'BUILD_STRING', arg: 'count', effect: (n) => 1 - n },
  { name: 'SETUP_ANNOTATIONS', arg: 'none', effect: fixed(0) },
];

/** Opcodes after which control does not fall through to the next instruction. */
export const NO_FALLTHROUGH: ReadonlySet<number> = new Set([Op.JUMP, Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE]);

export const encode = (op: Op, arg: number): number => op | (arg << 8);
export const opOf = (word: number): Op => (word & 0xff) as Op;
export const argOf = (word: number): number => word >> 8;
