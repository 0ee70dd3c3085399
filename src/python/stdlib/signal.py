"""signal: the platform's signal numbers as members of the Signals IntEnum (as in
CPython 3.11: repr <Signals.SIGTERM: 15>, str and format as the number), the handlers
(_signal, modules/signal.ts, runs them and has the ITIMER_REAL interval timer)."""

import _signal
from _signal import signal, getsignal


class _EnumMeta(type):
    """Just enough of enum.EnumMeta for Signals and Handlers."""

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter(cls._member_map_.values())

    def __len__(cls):
        return len(cls._member_map_)

    def __contains__(cls, member):
        return member in cls._member_map_.values()

    def __repr__(cls):
        return f"<enum '{cls.__name__}'>"

    def __call__(cls, value):
        for member in cls._member_map_.values():
            if member == value:
                return member
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")


class _IntEnum(int, metaclass=_EnumMeta):
    _member_map_ = {}

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {int(self)}>'

    __str__ = int.__repr__

    def __format__(self, spec):
        return format(int(self), spec)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __reduce_ex__(self, proto):
        return (type(self), (int(self),))


class Signals(_IntEnum):
    _member_map_ = {}


class Handlers(_IntEnum):
    _member_map_ = {}


def _member(cls, name, value):
    m = int.__new__(cls, value)
    m._name_ = name
    cls._member_map_[name] = m
    globals()[name] = m
    return m


for _name, _value in _signal._numbers:
    _member(Signals, _name, _value)
_member(Handlers, 'SIG_DFL', 0)
_member(Handlers, 'SIG_IGN', 1)
del _name, _value
