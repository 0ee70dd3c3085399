/**
 * The special methods CPython implements as type slots (its `slot wrapper`s, not
 * `method`s): a builtin class's method by one of these names is a wrapper_descriptor
 * in CPython, whose errors are worded differently from a method_descriptor's
 * ("descriptor '__abs__' requires a 'float' object" against "descriptor 'hex' for
 * 'float' objects doesn't apply to …"). From typeobject.c's slotdefs.
 */
export const SLOT_NAMES: ReadonlySet<string> = new Set([
  '__getattribute__', '__getattr__', '__setattr__', '__delattr__', '__repr__', '__hash__', '__call__', '__str__',
  '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__', '__iter__', '__next__', '__get__', '__set__',
  '__delete__', '__init__', '__new__', '__del__', '__await__', '__aiter__', '__anext__',
  '__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__mod__', '__rmod__', '__divmod__',
  '__rdivmod__', '__pow__', '__rpow__', '__neg__', '__pos__', '__abs__', '__bool__', '__invert__', '__lshift__',
  '__rlshift__', '__rshift__', '__rrshift__', '__and__', '__rand__', '__xor__', '__rxor__', '__or__', '__ror__',
  '__int__', '__float__', '__iadd__', '__isub__', '__imul__', '__imod__', '__ipow__', '__ilshift__',
  '__irshift__', '__iand__', '__ixor__', '__ior__', '__floordiv__', '__rfloordiv__', '__truediv__',
  '__rtruediv__', '__ifloordiv__', '__itruediv__', '__index__', '__matmul__', '__rmatmul__', '__imatmul__',
  '__len__', '__getitem__', '__setitem__', '__delitem__', '__contains__',
]);
