"""copy: shallow and deep copies, as CPython's copy module makes them: the
builtin containers directly, classes through __copy__ / __deepcopy__, then
their own __reduce_ex__ / __reduce__, then their instance state (__getstate__
and __setstate__ or the instance dict). deepcopy's memo keeps shared and
cyclic references shared in the copy."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, range, type, property,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: None))
_IMMUTABLE = _ATOMIC + (tuple, frozenset, slice)


def _reductor(cls):
    """The class's own __reduce_ex__ (called with protocol 4) or __reduce__, or None."""
    r = getattr(cls, '__reduce_ex__', None)
    if r is not None and r is not getattr(object, '__reduce_ex__', None):
        return lambda x: r(x, 4)
    r = getattr(cls, '__reduce__', None)
    if r is not None and r is not getattr(object, '__reduce__', None):
        return r
    return None


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _IMMUTABLE or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = _reductor(cls)
    if reductor is not None:
        rv = reductor(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    if callable(x) and not hasattr(x, '__dict__'):
        return x
    return _from_state(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself (through a list) was copied meanwhile.
        if d in memo:
            return memo[d]
        y = x
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is type(len) or cls is type(lambda: None):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = _reductor(cls)
            if reductor is not None:
                rv = reductor(x)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            elif callable(x) and not hasattr(x, '__dict__'):
                y = x
            else:
                y = _from_state(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive as long as the memo (CPython stores the originals under id(memo))."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _set_state(y, state, memo):
    if memo is not None:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """An object rebuilt from a __reduce__ value (func(*args), then state and items)."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _from_state(x, memo):
    """An instance of a Python class rebuilt from its state: __getstate__() or its dict,
    plus the items of a list or dict subclass."""
    cls = type(x)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(cls, '__getstate__', None) is not getattr(object, '__getstate__', None):
        state = getstate()
    else:
        state = x.__dict__ if hasattr(x, '__dict__') else None
    if state:
        _set_state(y, state, memo)
    if isinstance(x, list):
        y.extend(deepcopy(a, memo) if memo is not None else a for a in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[deepcopy(k, memo) if memo is not None else k] = deepcopy(v, memo) if memo is not None else v
    elif isinstance(x, set):
        y.update(deepcopy(a, memo) if memo is not None else a for a in x)
    return y
