# argparse: parents, conflict handlers, custom actions, prefix chars, negative numbers, exit_on_error
import argparse
import contextlib
import io


def attempt(parser, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(args, '->', parser.parse_args(args))
    except SystemExit as e:
        print(args, '-> exit', e.code, err.getvalue().splitlines()[-1])


base = argparse.ArgumentParser(add_help=False)
base.add_argument('--seed', type=int, default=0)
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('--runs', type=int, default=3)
attempt(child, ['--seed', '5'])
print(child.format_usage(), end='')

r = argparse.ArgumentParser(prog='r', conflict_handler='resolve')
r.add_argument('-x', '--xray', help='old')
r.add_argument('-x', help='new')
r.print_help()
try:
    e = argparse.ArgumentParser(prog='e')
    e.add_argument('--a')
    e.add_argument('--a')
except argparse.ArgumentError as err:
    print('ArgumentError:', err)


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper() + '!' + str(option_string))


c = argparse.ArgumentParser(prog='c')
c.add_argument('--name', action=Upper)
c.add_argument('word', action=Upper)
attempt(c, ['--name', 'ada', 'hi'])
print(repr(c._actions[1]))

plus = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
plus.add_argument('+v', action='store_true')
plus.add_argument('-w', type=int)
attempt(plus, ['+v', '-w', '2'])

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('x', type=int)
neg.add_argument('--y', type=float)
attempt(neg, ['-5', '--y', '-2.5'])
neg2 = argparse.ArgumentParser(prog='neg2')
neg2.add_argument('-1', dest='one', action='store_true')
neg2.add_argument('x', nargs='?')
attempt(neg2, ['-1'])
attempt(neg2, ['-2'])

amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--verbose', action='store_true')
amb.add_argument('--version-file')
attempt(amb, ['--ver'])
attempt(amb, ['--verb'])
attempt(amb, ['--version-file=v.txt'])
noabbrev = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
noabbrev.add_argument('--verbose', action='store_true')
attempt(noabbrev, ['--verb'])

quiet = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
quiet.add_argument('--n', type=int)
try:
    quiet.parse_args(['--n', 'x'])
except argparse.ArgumentError as err:
    print('caught:', err, '|', err.argument_name, '|', err.message)

rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('cmd')
rem.add_argument('args', nargs=argparse.REMAINDER)
attempt(rem, ['python', '-c', 'print(1)', '--x'])
tup = argparse.ArgumentParser(prog='tup')
tup.add_argument('--point', nargs=2, type=float, metavar=('X', 'Y'))
tup.add_argument('--opt', nargs='?', const='C', default='D')
attempt(tup, ['--point', '1', '2.5', '--opt'])
attempt(tup, ['--opt', 'v'])
tup.print_help()
ns = argparse.Namespace()
setattr(ns, 'not an identifier', 1)
ns.ok = 2
print(ns)
p = argparse.ArgumentParser(prog='defaults', argument_default=argparse.SUPPRESS)
p.add_argument('--a', type=int)
p.add_argument('--b', default='5', type=int)
attempt(p, [])
attempt(p, ['--a', '1'])
print(repr(p)[:60])
bad = argparse.ArgumentParser(prog='bad')
for kw in [dict(nargs=0), dict(action='append', nargs=0), dict(const=1), dict(action='extend', nargs=0),
           dict(action='nonsense'), dict(type='int')]:
    try:
        bad.add_argument('--x', **kw)
    except ValueError as e:
        print('ValueError:', e)
