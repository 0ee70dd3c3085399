"""The garbage collector's interface. forkscope's objects are reclaimed by the host's
collector, which finds cycles on its own: collect() has nothing to report (it returns 0),
and the thresholds and counts are CPython's defaults, kept for programs that read or set them.
"""

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_enabled = True
_threshold = (700, 10, 10)
_debug = 0
_frozen = 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    if generation not in (0, 1, 2):
        raise ValueError('invalid generation')
    for callback in list(callbacks):
        callback('start', {'generation': generation, 'collected': 0, 'uncollectable': 0})
    for callback in list(callbacks):
        callback('stop', {'generation': generation, 'collected': 0, 'uncollectable': 0})
    return 0


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    _threshold = (threshold0, _threshold[1] if threshold1 is None else threshold1,
                  _threshold[2] if threshold2 is None else threshold2)


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = flags


def freeze():
    global _frozen
    _frozen += 1


def unfreeze():
    global _frozen
    _frozen = 0


def get_freeze_count():
    return _frozen


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


# Objects CPython's collector never tracks: their type holds no references to other objects.
_ATOMIC = frozenset([int, bool, float, complex, str, bytes, bytearray, range, type(None), type(Ellipsis),
                     type(NotImplemented)])


def _may_hold_references(obj):
    t = type(obj)
    if t is tuple:
        return any(_may_hold_references(x) for x in obj)
    return t not in _ATOMIC


def is_tracked(obj):
    """Whether CPython's collector tracks obj: containers and instances do; atoms (ints, strs,
    floats, bytes, None, ...) never do, nor a dict or a tuple holding only atoms. (CPython
    untracks such a tuple when it is a constant or once a collection has looked at it; one
    built at run time, like tuple([1, 2]), is tracked until then, and here it is not.)"""
    if type(obj) is dict:
        return any(_may_hold_references(k) or _may_hold_references(v) for k, v in obj.items())
    return _may_hold_references(obj)
