# os.stat, os.rename/replace, os.scandir, os.walk, os.fspath and the os.path questions on files
import os

os.makedirs('tree/a/b')
os.mkdir('tree/c')
for path, text in [('tree/top.txt', 'hello'), ('tree/a/one.txt', 'é' * 3), ('tree/a/b/two.txt', ''), ('tree/c/three.txt', 'x' * 5000)]:
    with open(path, 'w') as f:
        f.write(text)
with open('tree/bin.dat', 'wb') as f:
    f.write(bytes(range(256)))

for path in ['tree/top.txt', 'tree/a/one.txt', 'tree/a/b/two.txt', 'tree/c/three.txt', 'tree/bin.dat', 'tree/a']:
    st = os.stat(path)
    print(path, st.st_size if not os.path.isdir(path) else 'dir', oct(st.st_mode & 0o170000), type(st).__name__, len(st))
print(os.stat('tree/top.txt') == os.lstat('tree/top.txt'))
print(os.path.getsize('tree/bin.dat'), os.stat('tree/bin.dat')[6])
st = os.stat('tree/top.txt')
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8])
print(os.path.getmtime('tree/c/three.txt') >= os.path.getmtime('tree/top.txt'))

for top, dirs, files in os.walk('tree'):
    dirs.sort()
    print(top, dirs, sorted(files))
print([t for t, _, _ in os.walk('tree', topdown=False)][-1])
pruned = []
for top, dirs, files in os.walk('tree'):
    dirs[:] = [d for d in dirs if d != 'a']
    pruned.append(top)
print(sorted(pruned))
errors = []
print(list(os.walk('missing', onerror=errors.append)), [type(e).__name__ for e in errors])

with os.scandir('tree') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-')
print(type(entries[0]).__module__, type(entries[0]).__name__, os.fspath(entries[0]))
os.chdir('tree/a')
print(sorted(e.path for e in os.scandir()))
os.chdir('../..')

os.rename('tree/top.txt', 'tree/top2.txt')
print(os.path.exists('tree/top.txt'), open('tree/top2.txt').read())
os.rename('tree/a', 'tree/moved')
print(sorted(os.listdir('tree')), os.listdir('tree/moved/b'))
with open('tree/other.txt', 'w') as f:
    f.write('other')
os.replace('tree/other.txt', 'tree/top2.txt')
print(open('tree/top2.txt').read(), os.path.exists('tree/other.txt'))
for bad in [('nope', 'x'), ('tree/moved', 'tree/moved/inside'), ('tree/top2.txt', 'tree/c'), ('tree/c', 'tree/top2.txt'), ('tree/c', 'tree/moved')]:
    try:
        os.rename(*bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e.filename2, e)
try:
    os.stat('nope')
except FileNotFoundError as e:
    print(e, e.filename2)

class P:
    def __fspath__(self):
        return 'tree/c'
print(os.fspath(P()), os.fspath('s'), os.path.isdir(os.fspath(P())))
for bad in [1, None]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)

print(os.path.relpath('/a/b/c', '/a/x'), os.path.relpath('tree/c'), os.path.relpath('.'))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b/c', 'a/b/d']), os.path.commonprefix(['interval', 'internal', 'intern']))
print(os.path.realpath('tree/../tree/c') == os.path.abspath('tree/c'), os.path.islink('tree/c'), os.path.lexists('tree/c'), os.path.lexists('nope'))
print(os.path.samefile('tree/c', './tree/c'), os.path.samefile('tree/c', 'tree/moved'), os.path.ismount('/'), os.path.ismount('tree'))
os.environ['FS_DEMO'] = 'v'
print(os.path.expandvars('$FS_DEMO/${FS_DEMO}/$NOT_SET_VAR'), os.path.normcase('A/b'))
for bad in [lambda: os.path.commonpath([]), lambda: os.path.commonpath(['/a', 'b']), lambda: os.path.relpath('')]:
    try:
        bad()
    except ValueError as e:
        print(e)
