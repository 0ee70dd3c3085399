"""enum's members: what makes a name in an enum class body a member (not a method, a
descriptor, a dunder or _sunder_ name), auto() and expressions over it, and making each
member (or recording an alias) once the class exists.
"""

import enum


class nonmember(object):
    """Keeps a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Makes a value a member (even a function)."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_'
            and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_'
            and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


def _deferring(op):
    def forward(self, other):
        return _Deferred(op, (self, other))

    def reflected(self, other):
        return _Deferred(op, (other, self))
    return forward, reflected


class _Arith:
    __or__, __ror__ = _deferring(lambda a, b: a | b)
    __and__, __rand__ = _deferring(lambda a, b: a & b)
    __xor__, __rxor__ = _deferring(lambda a, b: a ^ b)
    __add__, __radd__ = _deferring(lambda a, b: a + b)
    __sub__, __rsub__ = _deferring(lambda a, b: a - b)
    __mul__, __rmul__ = _deferring(lambda a, b: a * b)
    __lshift__, __rlshift__ = _deferring(lambda a, b: a << b)

    def __invert__(self):
        return _Deferred(lambda a: ~a, (self,))


class _Deferred(_Arith):
    """An expression over auto() values in a class body (WHITE = RED | GREEN), worked out once
    they have their values. (CPython gives auto() its value as the name is bound; here the
    body stores into the namespace directly, so members are picked out afterwards.)"""

    def __init__(self, op, operands):
        self.op = op
        self.operands = operands

    def _resolve(self):
        return self.op(*[_resolved(v) for v in self.operands])


def _resolved(v):
    if isinstance(v, auto):
        return v.value
    if isinstance(v, _Deferred):
        return v._resolve()
    return v


class auto(_Arith):
    """A member value chosen by _generate_next_value_ (1, 2, 3... for Enum; powers of two for Flag)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                 '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_')


def _member_values(cls_name, classdict, bases):
    """The members of a finished class body, in order: [(name, value)], auto() resolved."""
    ignore = classdict.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    gnv = classdict.get('_generate_next_value_')
    if isinstance(gnv, staticmethod):
        gnv = gnv.__func__
    if gnv is None:
        for base in bases:
            gnv = getattr(base, '_generate_next_value_', None)
            if gnv is not None:
                break
    members = []
    last_values = []
    for key, value in list(classdict.items()):
        if _is_private(cls_name, key) or _is_dunder(key) or key in ignore:
            continue
        if _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            continue
        if isinstance(value, nonmember):
            classdict[key] = value.value
            continue
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value):
            continue
        if isinstance(value, _Deferred):
            value = value._resolve()
        if isinstance(value, auto) or type(value) is tuple and any(isinstance(v, auto) for v in value):
            single = isinstance(value, auto)
            resolved = []
            for v in ((value,) if single else value):
                if isinstance(v, auto):
                    if v.value is _auto_null:
                        v.value = gnv(key, 1, len(members), last_values[:])
                    v = v.value
                    last_values.append(v)
                resolved.append(v)
            value = resolved[0] if single else tuple(resolved)
        else:
            last_values.append(value)
        members.append((key, value))
    for key in ignore:
        classdict.pop(key, None)
    classdict.pop('_ignore_', None)
    return members


def _add_member(enum_class, member_name, value):
    """Makes one member of enum_class (or records member_name as an alias of an existing one)."""
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    if not enum_class._use_args_:
        enum_member = enum_class._new_member_(enum_class)
    else:
        enum_member = enum_class._new_member_(enum_class, *args)
    if not hasattr(enum_member, '_value_'):
        if enum_class._member_type_ is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                new_exc = TypeError('_value_ not set in __new__, unable to create it')
                new_exc.__cause__ = exc
                raise new_exc
    value = enum_member._value_
    enum_member._name_ = member_name
    enum_member.__objclass__ = enum_class
    enum_member.__init__(*args)
    enum_member._sort_order_ = len(enum_class._member_names_)
    is_flag = enum.Flag is not None and issubclass(enum_class, enum.Flag)
    if is_flag:
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** ((enum_class._flag_mask_).bit_length()) - 1
    try:
        try:
            enum_member = enum_class._value2member_map_[value]
        except TypeError:
            for name, canonical in enum_class._member_map_.items():
                if canonical._value_ == value:
                    enum_member = canonical
                    break
            else:
                raise KeyError
    except KeyError:
        if not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(member_name)
    type.__setattr__(enum_class, member_name, enum_member)
    enum_class._member_map_[member_name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


for _cls in (nonmember, member, auto):
    _cls.__module__ = 'enum'
del _cls
