# argparse: how argument strings become a Namespace (actions, nargs, types, abbreviations, --)
import argparse
import contextlib
import io


def attempt(parser, args):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = parser.parse_args(args)
        print(args, '->', ns)
    except SystemExit as e:
        print(args, '-> exit', e.code)
        print(out.getvalue() + err.getvalue(), end='')


p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--count', type=int, default=1)
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('--tag', action='append')
p.add_argument('--mode', choices=['fork', 'spawn', 'forkserver'], default='fork')
p.add_argument('--ratio', type=float)
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--extend', action='extend', nargs='+', type=int)
for args in [['a'], ['a', 'b'], ['a', '-n', '3'], ['a', '-n3'], ['a', '--count=7'], ['a', '--cou', '5'],
             ['-vvv', 'a'], ['-vq', 'a'], ['a', '--no-cache'], ['a', '--tag', 'x', '--tag', 'y'],
             ['a', '--mode', 'spawn'], ['a', '--ratio', '0.5'], ['a', '--const'], ['a', '--pair', 'k', 'v'],
             ['a', '--extend', '1', '2', '--extend', '3'], ['--', '-a'], ['a', '--', '-b'],
             ['a', '-n', '-3'], ['a', '--mode', 'thread'], ['a', '-n', 'x'], [], ['a', 'b', 'c'],
             ['a', '--pair', 'k'], ['a', '--zzz'], ['a', '--ratio'], ['a', '-qx']]:
    attempt(p, args)

m = argparse.ArgumentParser(prog='many')
m.add_argument('first')
m.add_argument('rest', nargs='*')
m.add_argument('--flag', action='store_true')
m.add_argument('last', nargs='+', type=int)
for args in [['a', '1'], ['a', 'b', 'c', '2', '3'], ['a', 'b', '--flag', '4'], ['a'], ['a', 'x', 'y']]:
    attempt(m, args)

g = argparse.ArgumentParser(prog='grp')
ex = g.add_mutually_exclusive_group(required=True)
ex.add_argument('--fork', action='store_true')
ex.add_argument('--spawn', action='store_true')
g.add_argument('--level', type=int, required=True)
g.set_defaults(extra='yes')
for args in [['--fork', '--level', '1'], ['--fork', '--spawn', '--level', '2'], ['--level', '3'], ['--spawn']]:
    attempt(g, args)
print(g.get_default('extra'))

b = argparse.ArgumentParser(prog='bool')
b.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use colour')
for args in [[], ['--color'], ['--no-color']]:
    attempt(b, args)


def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError('%s is not a positive number' % text)
    return n


t = argparse.ArgumentParser(prog='typ')
t.add_argument('workers', type=positive)
for args in [['4'], ['0'], ['x']]:
    attempt(t, args)

k = argparse.ArgumentParser(prog='known')
k.add_argument('--a', type=int)
print(k.parse_known_args(['--a', '1', '--b', '2', 'c']))
ns = argparse.Namespace(x=1, y='two')
print(ns, 'x' in ns, ns == argparse.Namespace(x=1, y='two'), vars(ns))

sub = argparse.ArgumentParser(prog='git')
cmds = sub.add_subparsers(dest='command')
c1 = cmds.add_parser('clone', help='copy a repository')
c1.add_argument('url')
c2 = cmds.add_parser('log')
c2.add_argument('-n', type=int, default=10)
for args in [['clone', 'http://x'], ['log', '-n', '3'], ['log'], ['push'], []]:
    attempt(sub, args)
