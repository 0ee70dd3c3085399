"""abc: abstract base classes (ABCMeta, ABC, abstractmethod).

A class whose metaclass is ABCMeta cannot be instantiated while it has abstract
methods left (the VM checks, with CPython's message); isinstance() and issubclass()
also accept classes registered with register() or recognised by __subclasshook__.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Marks a method that concrete subclasses must override."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._abc_registry = []
        for base in cls.__mro__[1:]:
            if isinstance(base, ABCMeta):
                _abc_subclasses.setdefault(base, []).append(cls)
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls (isinstance/issubclass say so)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        for rcls in cls.__dict__.get('_abc_registry', ()):
            if issubclass(subclass, rcls):
                return True
        for scls in _abc_subclasses.get(cls, ()):
            if issubclass(subclass, scls):
                return True
        return False



# The ABCs that derive from each ABC (CPython asks type.__subclasses__()).
_abc_subclasses = {}


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    return cls
