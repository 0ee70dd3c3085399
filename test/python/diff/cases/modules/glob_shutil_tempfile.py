# glob, fnmatch, shutil, tempfile and stat on files a program makes
import fnmatch
import glob
import os
import shutil
import stat
import tempfile

os.makedirs('data/raw/2024')
os.makedirs('data/.hidden')
for name in ['data/a.txt', 'data/b.csv', 'data/.secret.txt', 'data/raw/x.txt', 'data/raw/2024/y.txt', 'data/raw/2024/z.csv', 'data/.hidden/h.txt', 'data/[odd].txt']:
    with open(name, 'w') as f:
        f.write(name.upper())

print(sorted(glob.glob('data/*.txt')))
print(sorted(glob.glob('data/*')))
print(sorted(glob.glob('data/.*')))
print(sorted(glob.glob('data/**/*.txt', recursive=True)))
print(sorted(glob.glob('data/**', recursive=True)))
print(sorted(glob.glob('**/*.csv', recursive=True)))
print(sorted(glob.glob('data/**/*.txt')))
print(sorted(glob.glob('data/raw/*/')), sorted(glob.glob('data/?.csv')), sorted(glob.glob('data/[ab].*')), sorted(glob.glob('data/[!a]*')))
print(glob.glob('data/a.txt'), glob.glob('data/nope.txt'), glob.glob('data/raw/'), glob.glob(glob.escape('data/[odd].txt')))
print(sorted(glob.glob('*.txt', root_dir='data')), sorted(glob.glob('*', root_dir='data', include_hidden=True)))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.escape('a[b]*?.txt'), sorted(glob.iglob('data/raw/2024/*')))

print(fnmatch.fnmatch('a.py', '*.py'), fnmatch.fnmatch('a.py', '*.PY'), fnmatch.fnmatchcase('x', '[!a-c]'), fnmatch.fnmatch('b', '[a-c]'), fnmatch.fnmatch('-', '[a-]'))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', '.d.py'], '*.py'), fnmatch.fnmatch('[x]', '[[]x]'), fnmatch.fnmatch('a]', 'a]'), fnmatch.fnmatch('z', '[z-a]'))
print(fnmatch.fnmatch('abc', 'a*c*'), fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('a', '[!]'), fnmatch.fnmatch('[!]', '[!]'))

print(shutil.copyfile('data/a.txt', 'copy.txt'), open('copy.txt').read())
print(shutil.copy('data/b.csv', 'data/raw'), open('data/raw/b.csv').read())
print(shutil.copy2('data/a.txt', 'copy2.txt'))
try:
    shutil.copyfile('copy.txt', 'copy.txt')
except shutil.SameFileError as e:
    print(type(e).__name__, e)
print(shutil.copytree('data/raw', 'backup', ignore=shutil.ignore_patterns('*.csv')))
for top, dirs, files in os.walk('backup'):
    dirs.sort()
    print(top, dirs, sorted(files))
try:
    shutil.copytree('data/raw', 'backup')
except FileExistsError as e:
    print(type(e).__name__, e.filename)
print(shutil.copytree('data/raw', 'backup', dirs_exist_ok=True))
print(shutil.move('copy2.txt', 'backup'), os.path.exists('copy2.txt'), sorted(os.listdir('backup')))
print(shutil.move('backup', 'moved'), os.path.exists('backup'))
try:
    shutil.move('moved', 'moved/inner')
except shutil.Error as e:
    print(e)
shutil.rmtree('moved')
print(os.path.exists('moved'))
try:
    shutil.rmtree('moved')
except FileNotFoundError as e:
    print(type(e).__name__, e.filename)
shutil.rmtree('moved', ignore_errors=True)
calls = []
shutil.rmtree('moved', onerror=lambda fn, path, info: calls.append((fn.__name__, path, info[0].__name__)))
print(calls)
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))

d = tempfile.mkdtemp(prefix='job-', suffix='.d')
print(os.path.isdir(d), os.path.isabs(d), os.path.basename(d).startswith('job-'), d.endswith('.d'), len(os.path.basename(d)))
print(tempfile.gettempdir(), tempfile.gettempprefix())
with tempfile.TemporaryDirectory() as t:
    with open(os.path.join(t, 'f'), 'w') as f:
        f.write('x')
    print(os.path.isdir(t), os.listdir(t))
print(os.path.exists(t))
with tempfile.NamedTemporaryFile('w+', suffix='.txt', dir='.') as f:
    f.write('hello temp')
    f.seek(0)
    print(f.read(), os.path.exists(f.name), f.name.endswith('.txt'), os.path.dirname(f.name) == os.getcwd())
print(os.path.exists(f.name))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b'kept')
f.close()
print(open(f.name, 'rb').read())
os.unlink(f.name)
td = tempfile.TemporaryDirectory()
name = td.name
td.cleanup()
print(os.path.exists(name), repr(td).startswith('<TemporaryDirectory '))

for path in ['data', 'data/a.txt']:
    mode = os.stat(path).st_mode
    print(stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_IFMT(mode) == stat.S_IFDIR, stat.filemode(mode)[0])
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o104755), stat.filemode(0o41777), stat.filemode(0o120777), stat.S_IMODE(0o100644) == 0o644)
