# An fd opened before fork refers to one open file: parent and child share its position,
# so their writes follow each other instead of overwriting; a pipe read through os.fdopen.
import os

os.mkdir('fd_offset_shared')
path = os.path.join('fd_offset_shared', 'log.txt')
fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
os.write(fd, b'start\n')
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(fd, b'child\n')
    with os.fdopen(w, 'w') as out:
        out.write('child wrote at %d\n' % os.lseek(fd, 0, os.SEEK_CUR))
        out.write('second line\n')
    os._exit(0)
os.close(w)
with os.fdopen(r) as inp:
    for line in inp:
        print('from pipe:', line.rstrip())
os.waitpid(pid, 0)
os.write(fd, b'parent\n')
print('parent at', os.lseek(fd, 0, os.SEEK_CUR))
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100).decode().split())
os.close(fd)
# dup shares the position too; dup2 onto a chosen number
fd = os.open(path, os.O_RDONLY)
fd2 = os.dup(fd)
print(os.read(fd, 6), os.read(fd2, 6))
fd3 = os.dup2(fd, 40)
print(fd3, os.read(40, 7))
for f in (fd, fd2, fd3):
    os.close(f)
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.remove(path)
os.rmdir('fd_offset_shared')
