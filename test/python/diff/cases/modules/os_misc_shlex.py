# shlex.split/quote/join, and the smaller os calls: strerror, access, umask, error, PathLike, uname, sched_getaffinity, getegid, nice, get_terminal_size (as stdout is a terminal or not), sync, terminal_size.
import shlex, os, sys
for s in ['a "b c" d', 'it"s" "q" single\\ kept', 'x\\ y z', 'a#b c # comment\nnext', '"esc \\" and \\\\ \\n"', "''", 'a""b', '  lead  trail  ', 'tab\there']:
    print(shlex.split(s), shlex.split(s, comments=True))
for bad in ['"open', "'open", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
print(shlex.quote(''), shlex.quote('safe-name_1.txt'), shlex.quote("it's"), shlex.quote('a b'), shlex.join(['ls', '-l', 'my file']))
print(os.strerror(2), os.strerror(0), os.strerror(999), os.access('.', os.R_OK), os.access('nope', os.F_OK), os.access("os_misc_shlex.py", os.X_OK))
print(os.umask(0o077), os.umask(0o022), os.error is OSError, isinstance('x', os.PathLike))
class P:
    def __fspath__(self): return '/tmp'
print(isinstance(P(), os.PathLike), issubclass(P, os.PathLike), os.fspath(P()))
u = os.uname(); print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname)
print(len(os.sched_getaffinity(0)) == os.cpu_count(), os.getegid() >= 0, os.nice(0) >= 0)
try:
    got = os.get_terminal_size() == (80, 24) or 'other size'
except OSError as e:
    got = e.errno == 25 and False
print('terminal size when a terminal:', got == os.isatty(1))
os.sync(); fd = os.open('.', os.O_RDONLY) if False else None
print(os.terminal_size((3, 4)), os.terminal_size((3, 4)).lines)
