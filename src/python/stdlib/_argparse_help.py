"""argparse's help layout: HelpFormatter and its subclasses, as CPython lays usage and help out
(width from COLUMNS or the terminal, less 2; the help column at most 24; texts wrapped with textwrap).

Written for argparse.py, which re-exports the public names; their __module__ is 'argparse'.
"""

import re as _re
import shutil as _shutil
import textwrap as _textwrap

from _argparse_actions import ONE_OR_MORE, OPTIONAL, PARSER, REMAINDER, SUPPRESS, ZERO_OR_MORE

# ----------------------------------------------------------------- help layout

def _args_text(action, metavar):
    """An action's values in usage and invocations: N, [N], [N ...], N [N ...], N N, ..."""
    if isinstance(metavar, tuple):
        names = metavar
    else:
        names = None
    one = names[0] if names else metavar
    nargs = action.nargs
    if nargs is None:
        return '%s' % one
    if nargs == OPTIONAL:
        return '[%s]' % one
    if nargs == ZERO_OR_MORE:
        return '[%s [%s ...]]' % names if names and len(names) == 2 else '[%s ...]' % one
    if nargs == ONE_OR_MORE:
        return '%s [%s ...]' % (names if names else (metavar, metavar))
    if nargs == REMAINDER:
        return '...'
    if nargs == PARSER:
        return '%s ...' % one
    if nargs == SUPPRESS:
        return ''
    try:
        count = int(nargs)
    except (TypeError, ValueError):
        raise ValueError('invalid nargs value') from None
    if names is not None and len(names) != count:
        raise TypeError('not all arguments converted during string formatting')
    return ' '.join(names if names is not None else [metavar] * count)


class HelpFormatter(object):
    """Lays out usage and help text. Subclasses change _fill_text, _split_lines, _get_help_string and the
    _get_default_metavar_for_* methods, as with CPython's formatter classes."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        # What format_help lays out, in order: ('usage', usage, actions, groups, prefix), ('text', text),
        # ('section', heading, [items]).
        self._items = []
        self._open = self._items
        self._outer = []
        self._action_max_length = 0

    # What a parser adds.
    def start_section(self, heading):
        section = []
        self._open.append(('section', heading, section))
        self._outer.append(self._open)
        self._open = section
        self._current_indent += self._indent_increment

    def end_section(self):
        self._open = self._outer.pop()
        self._current_indent -= self._indent_increment

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._open.append(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._open.append(('usage', usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length, widest + self._current_indent)
        self._open.append(('action', action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        self._current_indent = 0
        text = self._render(self._items)
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text).strip('\n') + '\n'
        return text

    def _render(self, items):
        out = []
        for item in items:
            if item[0] == 'usage':
                out.append(self._format_usage(*item[1:]))
            elif item[0] == 'text':
                out.append(self._format_text(item[1]))
            elif item[0] == 'action':
                out.append(self._format_action(item[1]))
            else:
                self._current_indent += self._indent_increment
                body = self._render(item[2])
                self._current_indent -= self._indent_increment
                if body:
                    heading = item[1]
                    title = '' if heading in (None, SUPPRESS) else '%s%s:\n' % (' ' * self._current_indent, heading)
                    out.append('\n' + title + body + '\n')
        return ''.join(out)

    # Usage.
    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        prog = self._prog
        if usage is not None:
            return '%s%s\n\n' % (prefix, usage % dict(prog=prog))
        if not actions:
            return '%s%s\n\n' % (prefix, prog)
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        line = ' '.join(s for s in (prog, self._format_actions_usage(optionals + positionals, groups)) if s)
        width = self._width - self._current_indent
        if len(prefix) + len(line) <= width:
            return '%s%s\n\n' % (prefix, line)
        # Too long: the optionals' and the positionals' parts, each wrapped under the first word after prog.
        part = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_parts = _re.findall(part, self._format_actions_usage(optionals, groups))
        pos_parts = _re.findall(part, self._format_actions_usage(positionals, groups))

        def wrap(parts, indent, first=None):
            lines = []
            words = []
            used = (len(first) if first is not None else len(indent)) - 1
            for p in parts:
                if words and used + 1 + len(p) > width:
                    lines.append(indent + ' '.join(words))
                    words = []
                    used = len(indent) - 1
                words.append(p)
                used += len(p) + 1
            if words:
                lines.append(indent + ' '.join(words))
            if first is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = wrap([prog] + opt_parts, indent, prefix) + wrap(pos_parts, indent)
            elif pos_parts:
                lines = wrap([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = wrap(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = wrap(opt_parts, indent) + wrap(pos_parts, indent)
            lines = [prog] + lines
        return '%s%s\n\n' % (prefix, '\n'.join(lines))

    def _format_actions_usage(self, actions, groups):
        # Where a mutually exclusive group's actions sit together: brackets around them ('(...)' when it is
        # required and shows more than one) and '|' between them.
        marks = {}
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %s' % group)
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            end = start + len(members)
            if actions[start:end] != members:
                continue
            grouped.update(members)
            shown = sum(1 for a in members if a.help is not SUPPRESS)
            if not group.required or shown > 1:
                opening, closing = ('[', ']') if not group.required else ('(', ')')
                marks[start] = marks[start] + ' ' + opening if start in marks else opening
                marks[end] = marks[end] + closing if end in marks else closing
            for i in range(start + 1, end):
                marks[i] = '|'
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
                continue
            if not action.option_strings:
                text = _args_text(action, self._metavar(action, self._get_default_metavar_for_positional(action)))
                if action in grouped and text[:1] == '[' and text[-1:] == ']':
                    text = text[1:-1]
            else:
                if action.nargs == 0:
                    text = action.format_usage()
                else:
                    metavar = self._metavar(action, self._get_default_metavar_for_optional(action))
                    text = '%s %s' % (action.option_strings[0], _args_text(action, metavar))
                if not action.required and action not in grouped:
                    text = '[%s]' % text
            parts.append(text)
        for i in sorted(marks, reverse=True):
            parts.insert(i, marks[i])
        text = ' '.join(p for p in parts if p is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    # Texts and actions.
    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _format_action(self, action):
        help_at = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_at, 11)
        room = help_at - self._current_indent - 2
        indent = ' ' * self._current_indent
        invocation = self._format_action_invocation(action)
        # The help starts on the invocation's line when it fits in the column before the help, else below.
        if action.help and len(invocation) <= room:
            lines = [indent + invocation.ljust(room) + '  ']
            first = ''
        else:
            lines = [indent + invocation + '\n']
            first = ' ' * help_at
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                wrapped = self._split_lines(text, help_width)
                lines.append(first + wrapped[0] + '\n')
                lines.extend(' ' * help_at + w + '\n' for w in wrapped[1:])
        elif not lines[0].endswith('\n'):
            lines.append('\n')
        self._current_indent += self._indent_increment
        for sub in self._subactions(action):
            lines.append(self._format_action(sub))
        self._current_indent -= self._indent_increment
        return ''.join(lines)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar = self._metavar(action, self._get_default_metavar_for_positional(action))
            return metavar[0] if isinstance(metavar, tuple) else metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = _args_text(action, self._metavar(action, self._get_default_metavar_for_optional(action)))
        return ', '.join('%s %s' % (s, args) for s in action.option_strings)

    def _format_args(self, action, default_metavar):
        return _args_text(action, self._metavar(action, default_metavar))

    def _metavar(self, action, default):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return '{%s}' % ','.join(str(c) for c in action.choices)
        return default

    def _subactions(self, action):
        get = getattr(action, '_get_subactions', None)
        return get() if get is not None else []

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name, value in list(params.items()):
            if value is SUPPRESS:
                del params[name]
            elif hasattr(value, '__name__'):
                params[name] = value.__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    # What subclasses change.
    def _split_lines(self, text, width):
        return _textwrap.wrap(_re.sub(r'\s+', ' ', text, flags=_re.ASCII).strip(), width)

    def _fill_text(self, text, width, indent):
        text = _re.sub(r'\s+', ' ', text, flags=_re.ASCII).strip()
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's line breaks."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text's line breaks."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds '(default: ...)' to the help of options and of positionals that may be left out."""

    def _get_help_string(self, action):
        text = action.help or ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value after its type."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__
