"""argparse: the command line a program gets from `forkscope run FILE ARGS` (sys.argv), parsed
with CPython 3.11's rules, layouts and messages.

How a command line is read (the rules CPython's module follows):
- Each string is an option ('O': it names one of the parser's options, an unambiguous prefix of
  a long one, '-xVALUE' / '--opt=VALUE', or looks like an unknown option), an argument ('A'), or
  the first '--' ('-'), after which everything is an argument. A string like '-3' is an argument
  unless some option itself looks like a negative number; one with a space is an argument.
- Between options, the positionals take the arguments greedily from the left: each nargs is a
  regular expression over the kinds ('?' is A?, '*' is [A-]*, '+' is A[A-]*, N is N A's), and
  the longest prefix of the positionals that matches as a whole takes its share.
- An option takes what its nargs matches of the strings after it (not options); '-abc' is
  '-a -b -c' while those take no value, and '-a' with a value takes the rest ('-n5').
- At the end: the missing required arguments in one error, string defaults converted by `type`,
  a required mutually exclusive group checked.
Help is laid out as HelpFormatter lays it out: width from COLUMNS or the terminal (80 when there
is none) less 2; the help column at most 24, or after the longest invocation; texts wrapped with
textwrap. Errors print the usage and 'prog: error: ...' to stderr and exit with 2.

Not provided: parse_intermixed_args and fromfile_prefix_chars (accepted, not read).
"""

import os as _os
import re as _re
import sys as _sys

from _argparse_actions import (ONE_OR_MORE, OPTIONAL, PARSER, REMAINDER, SUPPRESS, ZERO_OR_MORE, _ACTIONS,
                               _LEFTOVER, Action, ArgumentError, ArgumentTypeError, BooleanOptionalAction, FileType,
                               Namespace, _name_of, _repr_fields)
from _argparse_help import (ArgumentDefaultsHelpFormatter, HelpFormatter, MetavarTypeHelpFormatter,
                            RawDescriptionHelpFormatter, RawTextHelpFormatter)

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction', 'FileType',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE',
           'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

for _cls in (Namespace, ArgumentError, ArgumentTypeError, Action, BooleanOptionalAction, FileType, HelpFormatter,
             RawDescriptionHelpFormatter, RawTextHelpFormatter, ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter):
    _cls.__module__ = 'argparse'
del _cls


# ----------------------------------------------------------------- declaring arguments

_NEGATIVE = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _Container(object):
    """What a parser and its groups share: the actions, the option strings, the defaults, the registries."""

    def _init_container(self, description, prefix_chars, argument_default, conflict_handler, shared=None):
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        if shared is None:
            self._registries = {'action': dict(_ACTIONS), 'type': {None: lambda string: string}}
            self._actions = []
            self._option_string_actions = {}
            self._defaults = {}
            self._mutually_exclusive_groups = []
            self._has_negative_number_optionals = []
        else:
            for name in ('_registries', '_actions', '_option_string_actions', '_defaults',
                         '_mutually_exclusive_groups', '_has_negative_number_optionals'):
                setattr(self, name, getattr(shared, name))
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument('name', ...) for a positional, add_argument('-n', '--name', ...) for an option."""
        if not args or len(args) == 1 and args[0][0] not in self.prefix_chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._option_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        kind = kwargs.pop('action', None)
        action_class = self._registries['action'].get(kind, kind)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registries['type'].get(action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed' % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # '?' may be left out; '*' too when it has a default (without one it is 'required' but matches nothing).
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _option_kwargs(self, *names, **kwargs):
        for name in names:
            if name[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r' % (name, self.prefix_chars))
        dest = kwargs.pop('dest', None)
        if dest is None:
            longs = [n for n in names if len(n) > 1 and n[1] in self.prefix_chars]
            dest = (longs or list(names))[0].lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % names[-1])
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=list(names))

    def _add_action(self, action):
        clashes = [s for s in action.option_strings if s in self._option_string_actions]
        if clashes:
            if self.conflict_handler == 'error':
                raise ArgumentError(action, 'conflicting option string%s: %s' % ('s' if len(clashes) > 1 else '',
                                                                                 ', '.join(clashes)))
            for s in clashes:
                old = self._option_string_actions.pop(s)
                old.option_strings.remove(s)
                if not old.option_strings:
                    old.container._remove_action(old)
        self._actions.append(action)
        action.container = self
        for s in action.option_strings:
            self._option_string_actions[s] = action
            if _NEGATIVE.match(s) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)


class _ArgumentGroup(_Container):
    """A titled group of arguments in the help; the arguments belong to the parser."""

    def __init__(self, container, title=None, description=None, prefix_chars=None, argument_default=None,
                 conflict_handler=None):
        self._init_container(description,
                             container.prefix_chars if prefix_chars is None else prefix_chars,
                             container.argument_default if argument_default is None else argument_default,
                             container.conflict_handler if conflict_handler is None else conflict_handler,
                             shared=container)
        self.title = title
        self._group_actions = []
        self._action_groups = container._action_groups

    def _add_action(self, action):
        action = _Container._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _Container._remove_action(self, action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Options of which at most one (exactly one when required) may be given."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ----------------------------------------------------------------- the parser

# The regular expression over kinds ('A', 'O', '-') that the values of an argument with these nargs match.
_KINDS = {None: '(-*A-*)', OPTIONAL: '(-*A?-*)', ZERO_OR_MORE: '(-*[A-]*)', ONE_OR_MORE: '(-*A[A-]*)',
          REMAINDER: '([-AO]*)', PARSER: '(-*A[-AO]*)', SUPPRESS: '(-*-*)'}


def _kinds_pattern(nargs, positional):
    """_KINDS's pattern for nargs (N arguments: N A's); an option's values never include a '--'."""
    p = _KINDS[nargs] if nargs in _KINDS else '(-*%s-*)' % '-*'.join('A' * nargs)
    return p if positional else p.replace('-*', '').replace('-', '')


class ArgumentParser(_Container):
    """Turns a command line into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        self._init_container(description, prefix_chars, argument_default, conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._action_groups = []
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._inherit(parent)

    def __repr__(self):
        return _repr_fields(self, [(f, getattr(self, f)) for f in
                                   ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help')])

    def _inherit(self, parent):
        """A parent parser's arguments, in groups of the same titles."""
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r' % (group.title,))
            by_title[group.title] = group
        home = {}
        for group in parent._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(title=group.title, description=group.description,
                                                                conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = by_title[group.title]
        for group in parent._mutually_exclusive_groups:
            mine = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = mine
        for action in parent._actions:
            home.get(action, self)._add_action(action)
        self._defaults.update(getattr(parent, '_defaults', {}))

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                                       kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, [a for a in self._actions if not a.option_strings],
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        action = self._registries['action'].get(kind, kind)(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        return group._add_action(action)

    # Parsing.
    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            extras = _Reading(self, args, namespace).read()
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, _LEFTOVER):
            extras.extend(getattr(namespace, _LEFTOVER))
            delattr(namespace, _LEFTOVER)
        return namespace, extras

    def _option_of(self, string):
        """(action or None, option string, explicit value or None) when string is an option, else None."""
        if not string or string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if string in known:
            return known[string], string, None
        if len(string) == 1:
            return None
        name, eq, value = string.partition('=')
        if eq and name in known:
            return known[name], name, value
        matches = self._option_matches(string)
        if len(matches) > 1:
            self.error('ambiguous option: %s could match %s' % (string, ', '.join(m[1] for m in matches)))
        if matches:
            return matches[0]
        if _NEGATIVE.match(string) and not self._has_negative_number_optionals:
            return None
        if ' ' in string:
            return None
        return None, string, None

    def _option_matches(self, string):
        """The options string may stand for: long ones it abbreviates, or a short one followed by its value."""
        chars = self.prefix_chars
        found = []
        if string[0] in chars and string[1] in chars:
            if self.allow_abbrev:
                name, eq, value = string.partition('=')
                for option, action in self._option_string_actions.items():
                    if option.startswith(name):
                        found.append((action, option, value if eq else None))
        elif string[0] in chars:
            for option, action in self._option_string_actions.items():
                if option == string[:2]:
                    found.append((action, option, string[2:]))
                elif option.startswith(string):
                    found.append((action, option, None))
        else:
            self.error('unexpected option string: %s' % string)
        return found

    def _count_values(self, action, kinds):
        """How many of the strings whose kinds follow are action's values; ArgumentError when they do not fit."""
        m = _re.match(_kinds_pattern(action.nargs, not action.option_strings), kinds)
        if m is None:
            nargs = action.nargs
            if nargs is None:
                message = 'expected one argument'
            elif nargs == OPTIONAL:
                message = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                message = 'expected at least one argument'
            else:
                message = 'expected %s argument%s' % (nargs, '' if nargs == 1 else 's')
            raise ArgumentError(action, message)
        return len(m.group(1))

    def _convert(self, action, string):
        convert = self._registries['type'].get(action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, string))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' %
                                (value, ', '.join(map(repr, action.choices))))

    def _values(self, action, strings):
        """The value an action receives for its strings: converted, checked, a list where nargs makes one."""
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings.remove('--')
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
            return value
        if not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = strings if action.default is None else action.default
            self._check_choice(action, value)
            return value
        if len(strings) == 1 and nargs in (None, OPTIONAL):
            value = self._convert(action, strings[0])
            self._check_choice(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._convert(action, s) for s in strings]
        if nargs == PARSER:
            self._check_choice(action, values[0])
        elif nargs != REMAINDER:
            for v in values:
                self._check_choice(action, v)
        return values

    # Help.
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            try:
                (file or _sys.stderr).write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and 'prog: error: message' to stderr, and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


class _Reading(object):
    """One parse of a command line: which strings are options, which values each argument takes, and the
    checks at the end. read() returns the strings nobody took."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.options = {}
        kinds = []
        after_dashes = False
        for i, s in enumerate(strings):
            if after_dashes:
                kinds.append('A')
            elif s == '--':
                kinds.append('-')
                after_dashes = True
            else:
                found = parser._option_of(s)
                if found is not None:
                    self.options[i] = found
                kinds.append('A' if found is None else 'O')
        self.kinds = ''.join(kinds)
        self.positionals = [a for a in parser._actions if not a.option_strings]
        self.seen = set()
        self.seen_set = set()
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            for action in group._group_actions:
                self.rivals.setdefault(action, []).extend(a for a in group._group_actions if a is not action)
        self.extras = []

    def read(self):
        at = 0
        while self.options and at <= max(self.options):
            next_option = min(i for i in self.options if i >= at)
            if at != next_option:
                took = self.take_positionals(at)
                if took > at:
                    at = took
                    continue
            if at not in self.options:
                self.extras.extend(self.strings[at:next_option])
                at = next_option
            at = self.take_option(at)
        at = self.take_positionals(at)
        self.extras.extend(self.strings[at:])
        self.finish()
        return self.extras

    def act(self, action, strings, option_string=None):
        self.seen.add(action)
        values = self.parser._values(action, strings)
        if values is not action.default:
            self.seen_set.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_set:
                    raise ArgumentError(action, 'not allowed with argument %s' % _name_of(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def take_positionals(self, at):
        """Gives the positionals what they match of the arguments from `at`, as many positionals as can match."""
        kinds = self.kinds[at:]
        counts = []
        for n in range(len(self.positionals), 0, -1):
            pattern = ''.join(_kinds_pattern(a.nargs, True) for a in self.positionals[:n])
            m = _re.match(pattern, kinds)
            if m is not None:
                counts = [len(g) for g in m.groups()]
                break
        for action, count in zip(self.positionals, counts):
            self.act(action, self.strings[at:at + count])
            at += count
        del self.positionals[:len(counts)]
        return at

    def take_option(self, at):
        """Acts on the option at `at` (and the single-dash flags joined to it); returns where the next string is."""
        action, option, explicit = self.options[at]
        chars = self.parser.prefix_chars
        done = []
        while True:
            if action is None:
                self.extras.append(self.strings[at])
                return at + 1
            if explicit is None:
                count = self.parser._count_values(action, self.kinds[at + 1:])
                done.append((action, self.strings[at + 1:at + 1 + count], option))
                end = at + 1 + count
                break
            count = self.parser._count_values(action, 'A')
            if count == 1:
                done.append((action, [explicit], option))
                end = at + 1
                break
            if count == 0 and option[1] not in chars and explicit != '':
                # '-xyz' where -x takes no value: -x, then '-y' with 'z'.
                done.append((action, [], option))
                option = option[0] + explicit[0]
                if option not in self.parser._option_string_actions:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                action = self.parser._option_string_actions[option]
                explicit = explicit[1:] or None
                continue
            raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
        for action, strings, option in done:
            self.act(action, strings, option)
        return end

    def finish(self):
        parser = self.parser
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_name_of(action))
            elif (isinstance(action.default, str) and hasattr(self.namespace, action.dest) and
                  action.default is getattr(self.namespace, action.dest)):
                setattr(self.namespace, action.dest, parser._convert(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_set for a in group._group_actions):
                names = [_name_of(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))
