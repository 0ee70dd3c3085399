"""copy: shallow and deep copies of the builtin containers and of instances."""


class Error(Exception):
    pass


_IMMUTABLE = (type(None), int, float, bool, complex, str, bytes, range, type, frozenset)


def copy(x):
    cls = type(x)
    if isinstance(x, _IMMUTABLE) or callable(x) and not hasattr(x, '__dict__'):
        return x
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple:
        return x
    if cls is bytearray:
        return bytearray(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if isinstance(x, _IMMUTABLE) and cls is not frozenset:
        return x
    hook = getattr(cls, '__deepcopy__', None)
    if hook is not None:
        y = hook(x, memo)
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif callable(x) and not hasattr(x, '__dict__'):
        y = x
    else:
        y = _reconstruct(x, memo)
    memo[d] = y
    return y


def _reconstruct(x, memo):
    cls = type(x)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = x.__dict__ if hasattr(x, '__dict__') else None
    if hasattr(x, '__getstate__') and type(x).__getstate__ is not object.__getstate__ if hasattr(object, '__getstate__') else False:
        state = x.__getstate__()
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    if isinstance(x, list):
        y.extend(deepcopy(a, memo) if memo is not None else a for a in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[k] = deepcopy(v, memo) if memo is not None else v
    return y
