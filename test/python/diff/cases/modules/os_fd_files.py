# os.open / read / write / lseek / fstat on files, os.fdopen, open(fd), tempfile.mkstemp and
# TemporaryFile (whose name is gone while its data stays), O_APPEND and O_EXCL.
import os
import tempfile

d = 'os_fd_files'
os.mkdir(d)
fd, p = tempfile.mkstemp(prefix='data_', suffix='.txt', dir=d)
print(os.path.basename(p).startswith('data_'), p.endswith('.txt'), os.path.isabs(p))
with os.fdopen(fd, 'w') as f:
    f.write('héllo wörld\n' * 2)
    print(f.fileno() == fd, f.name == fd)
print(os.path.getsize(p))
with open(p, encoding='utf-8') as f:
    print(f.readline().strip())
fd = os.open(p, os.O_RDONLY)
print(os.fstat(fd).st_size)
with open(fd, 'rb') as f:
    print(f.read(3), f.read())
try:
    os.read(fd, 1)
except OSError as e:
    print('closed with its file:', e.errno)
fd = os.open(p, os.O_WRONLY)
os.lseek(fd, 2, os.SEEK_SET)
os.write(fd, b'LL')
print(os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, -3, os.SEEK_CUR))
os.close(fd)
with open(p, 'rb') as f:
    print(f.read(8))
try:
    os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print('exists', e.errno)
try:
    os.open(os.path.join(d, 'nope', 'x'), os.O_RDONLY)
except FileNotFoundError as e:
    print(e.errno, e.strerror)
log = os.path.join(d, 'app.log')
with open(log, 'a') as f:
    f.write('one\n')
fd = os.open(log, os.O_WRONLY | os.O_APPEND)
os.lseek(fd, 0, os.SEEK_SET)
os.write(fd, b'two\n')
os.close(fd)
print(open(log).read().split())
with tempfile.TemporaryFile('w+') as t:
    t.write('abc\ndef\n')
    t.seek(0)
    print(repr(t.readline()), t.tell(), sorted(os.listdir(d)) == sorted([os.path.basename(p), 'app.log']))
    print(t.read())
with tempfile.TemporaryFile() as t:
    t.write(b'xyz' * 3)
    t.seek(0)
    print(t.read(4), t.tell(), isinstance(t.name, int))
r, w = os.pipe()
try:
    os.lseek(r, 0, 0)
except OSError as e:
    print(e)
print(os.fstat(r).st_size)
os.write(w, bytearray(b'bytes-like '))
os.write(w, memoryview(b'views too'))
os.close(w)
print(os.read(r, 100), os.read(r, 100), os.read(r, 100))
os.close(r)
os.remove(p)
os.remove(log)
os.rmdir(d)
