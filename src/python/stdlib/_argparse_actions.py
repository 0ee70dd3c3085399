"""argparse's values and actions: the nargs constants, Namespace, the errors, Action and the actions
add_argument names (store, append, count, help, version, sub-commands, ...), FileType.

Written for argparse.py, which re-exports the public names; their __module__ is 'argparse'.
"""

import sys as _sys

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# Strings a sub-command's parser did not recognise, handed up to the parent's result.
_LEFTOVER = '_unrecognized_args'


def _repr_fields(obj, fields):
    """'Type(a=1, b='x')', as argparse's objects show themselves; names that are not identifiers go in **{...}."""
    shown = []
    odd = {}
    for name, value in fields:
        if name.isidentifier():
            shown.append('%s=%r' % (name, value))
        else:
            odd[name] = value
    if odd:
        shown.append('**%r' % (odd,))
    return '%s(%s)' % (type(obj).__name__, ', '.join(shown))


class Namespace(object):
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        return _repr_fields(self, self.__dict__.items())

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _name_of(action):
    """How messages name an argument: its option strings, else its metavar, dest or choices."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for name in (action.metavar, action.dest):
        if name not in (None, SUPPRESS):
            return name
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """A problem with one argument: 'argument NAME: message'."""

    def __init__(self, argument, message):
        self.argument_name = _name_of(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a `type` function: its message becomes the argument's error."""


# ----------------------------------------------------------------- actions

_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar')


class Action(object):
    """What to do with an argument's values: subclasses define __call__(parser, namespace, values, option_string)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        return _repr_fields(self, [(f, getattr(self, f)) for f in _FIELDS])

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _Valued(Action):
    """An action that takes values from the command line (store, append): nargs 0 is refused, and const needs '?'."""
    _kind = 'store'
    _instead = 'if you have nothing to store, actions such as store true or store const may be more appropriate'

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for %s actions must be != 0; %s' % (self._kind, self._instead))
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices, required, help, metavar)


class _Store(_Valued):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConst(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrue(_StoreConst):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConst.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalse(_StoreConst):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConst.__init__(self, option_strings, dest, False, default, required, help)


def _grown(namespace, dest, more):
    """A new list: the attribute's items (not the default's list itself, which stays as it was) and more."""
    items = getattr(namespace, dest, None)
    if items is None:
        items = []
    elif type(items) is list:
        items = items[:]
    else:
        import copy
        items = copy.copy(items)
    items.extend(more)
    setattr(namespace, dest, items)


class _Append(_Valued):
    _kind = 'append'
    _instead = 'if arg strings are not supplying the value to append, the append const action may be more appropriate'

    def __call__(self, parser, namespace, values, option_string=None):
        _grown(namespace, self.dest, [values])


class _Extend(_Append):
    def __call__(self, parser, namespace, values, option_string=None):
        _grown(namespace, self.dest, values)


class _AppendConst(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grown(namespace, self.dest, [self.const])


class _Count(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (getattr(namespace, self.dest, None) or 0) + 1)


class _Help(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _Version(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag / --no-flag."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        both = []
        for s in option_strings:
            both.append(s)
            if s.startswith('--'):
                both.append('--no-' + s[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += ' (default: %(default)s)'
        Action.__init__(self, both, dest, 0, None, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _Command(Action):
    """A sub-command's name in a help listing."""

    def __init__(self, name, aliases, help):
        shown = name + (' (%s)' % ', '.join(aliases) if aliases else '')
        Action.__init__(self, [], name, help=help, metavar=shown)


class _SubParsersAction(Action):
    """The sub-command positional: its first string picks a parser, which parses the rest."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._commands = []
        Action.__init__(self, option_strings, dest, PARSER, choices=self._name_parser_map, required=required,
                        help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        for n in [name] + list(aliases):
            if n in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser%s: %s' % ('' if n == name else ' alias', n))
        if 'help' in kwargs:
            self._commands.append(_Command(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for n in [name] + list(aliases):
            self._name_parser_map[n] = parser
        return parser

    def _get_subactions(self):
        return self._commands

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._name_parser_map:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (name, ', '.join(self._name_parser_map)))
        sub_ns, rest = self._name_parser_map[name].parse_known_args(rest, None)
        for key, value in vars(sub_ns).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_LEFTOVER, []).extend(rest)


_ACTIONS = {None: _Store, 'store': _Store, 'store_const': _StoreConst, 'store_true': _StoreTrue,
            'store_false': _StoreFalse, 'append': _Append, 'append_const': _AppendConst, 'count': _Count,
            'help': _Help, 'version': _Version, 'parsers': _SubParsersAction, 'extend': _Extend}


class FileType(object):
    """A `type` that opens the named file ('-' is stdin or stdout, by mode)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                stream = _sys.stdin
            elif any(c in self._mode for c in 'wax'):
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % self._mode)
            return stream.buffer if 'b' in self._mode else stream
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        shown += ['%s=%r' % (k, v) for k, v in (('encoding', self._encoding), ('errors', self._errors)) if v is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))
