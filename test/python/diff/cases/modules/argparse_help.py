# argparse: usage and help as HelpFormatter lays them out, and what errors print
import argparse
import contextlib
import io

p = argparse.ArgumentParser(prog='pool.py', description='Run a pool of workers over the numbers '
                            'and print what each returned, in order, with a summary line at the end.',
                            epilog='Example: pool.py 100 --workers 4')
p.add_argument('n', type=int, help='how many numbers (default: %(default)s)')
p.add_argument('files', nargs='*', help='input files')
p.add_argument('-w', '--workers', type=int, default=4, metavar='N', help='pool size (default: %(default)s)')
p.add_argument('--start-method', choices=['fork', 'spawn', 'forkserver'], default='fork',
               help='how children start: one of %(choices)s')
p.add_argument('-v', '--verbose', action='count', default=0, help='say more; repeat for even more output '
               'than that, which is a long help text that has to wrap over several lines')
p.add_argument('--chunksize', type=int, help=argparse.SUPPRESS)
p.add_argument('--timeout', type=float, nargs='?', const=1.0)
p.add_argument('--version', action='version', version='%(prog)s 1.0')
grp = p.add_argument_group('output', 'How results are shown.')
grp.add_argument('--json', action='store_true', help='print JSON')
grp.add_argument('--width', type=int, default=80)
p.print_help()
print('---')
print(p.format_usage(), end='')
print('---')
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        p.parse_args(['--version'])
    except SystemExit as e:
        print('exit', e.code)
print(out.getvalue(), end='')
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p.parse_args([])
    except SystemExit as e:
        print('exit', e.code)
print(err.getvalue(), end='')

d = argparse.ArgumentParser(prog='d', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--seed', type=int, default=1, help='random seed')
d.add_argument('--name', default='x')
d.add_argument('path', nargs='?', default='.', help='where')
d.print_help()
print('---')
r = argparse.ArgumentParser(prog='r', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='line one\n  line two indented\n\nparagraph')
r.add_argument('--x', help='a  help   text')
r.print_help()
print('---')
long = argparse.ArgumentParser(prog='a-rather-long-program-name.py')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']:
    long.add_argument('--' + name, metavar=name.upper() + '_VALUE')
long.add_argument('inputs', nargs='+')
long.add_argument('output')
long.print_help()
print('---')
ex = argparse.ArgumentParser(prog='ex')
g = ex.add_mutually_exclusive_group()
g.add_argument('--a', action='store_true')
g.add_argument('--b', type=int)
ex.add_argument('rest', nargs=argparse.REMAINDER)
ex.print_usage()
print(ex.parse_args(['--b', '2', 'x', '--a']))
sub = argparse.ArgumentParser(prog='git')
cmds = sub.add_subparsers(title='commands', dest='command', help='what to do')
cmds.add_parser('clone', help='copy a repository')
cmds.add_parser('log', help='show history', aliases=['lg'])
sub.print_help()
print(repr(argparse.FileType('w')))
