"""Warnings: warn() reports a Warning once per place by default, as CPython 3.11 does.

A warning goes through the filters (simplefilter, filterwarnings; the defaults show
DeprecationWarning only for code in __main__, and ignore PendingDeprecationWarning,
ImportWarning and ResourceWarning), then to showwarning, which writes
`file:line: Category: message` and the source line to sys.stderr.
"""

import re
import sys
import _traceback

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter', 'resetwarnings',
           'catch_warnings']

_ACTIONS = ('default', 'always', 'ignore', 'module', 'once', 'error')

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter: warnings whose text starts with the regex message, of category, from a module matching module."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    _add_filter(action, re.compile(message, re.I) if message else None, category,
                re.compile(module) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter on category alone."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """No filters at all: every warning takes the default action."""
    filters[:] = []
    _filters_mutated()


def formatwarning(message, category, filename, lineno, line=None):
    """`file:line: Category: message` and, when known, the source line."""
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _traceback.source_line(filename, lineno)
    if line:
        text += '  %s\n' % line.strip()
    return text


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes the formatted warning to file (sys.stderr by default); a file that fails is ignored."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


_showwarning_orig = showwarning


def warn(message, category=None, stacklevel=1, source=None):
    """Reports a warning from the code stacklevel calls up (1: the caller of warn)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    stack = _traceback.stack()
    if stacklevel < len(stack):
        filename, lineno, _function, module = stack[stacklevel]
        module_globals = sys.modules[module].__dict__ if module in sys.modules else {}
    else:
        filename, lineno, module, module_globals = 'sys', 1, 'sys', sys.__dict__
    registry = module_globals.setdefault('__warningregistry__', {}) if module_globals is not None else {}
    warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    """Reports a warning at a given place: the filters decide, the registry remembers what was shown."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if _matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and (ln == 0 or lineno == ln):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == 'module':
        registry[key] = 1
        alt_key = (text, category, 0)
        if registry.get(alt_key):
            return
        registry[alt_key] = 1
    elif action == 'default':
        registry[key] = 1
    elif action != 'always':
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    _show(WarningMessage(message, category, filename, lineno, source=source))


def _matches(pattern, text):
    """A filter's message or module: None matches anything, a str only itself, a compiled regex where it matches."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _show(msg):
    show = showwarning
    if not callable(show):
        raise TypeError('warnings.showwarning() must be set to a function or method')
    show(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    """Saves the filters and showwarning on entry and puts them back on exit.

    With record=True, warnings are appended to the list the with statement gives
    instead of being shown. action (and category, lineno, append) add a simplefilter.
    """

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        module = self._module
        self._saved_filters = module.filters
        module.filters = self._saved_filters[:]
        module._filters_mutated()
        self._saved_showwarning = module.showwarning
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if self._record:
            log = []
            module.showwarning = lambda *args, **kwargs: log.append(WarningMessage(*args, **kwargs))
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._saved_filters
        self._module._filters_mutated()
        self._module.showwarning = self._saved_showwarning
