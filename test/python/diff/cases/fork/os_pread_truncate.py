# os.pread/pwrite (the position kept, a forked child sharing it), ftruncate/truncate (cut and grown with zero bytes), their errors
import os

fd = os.open('data.bin', os.O_RDWR | os.O_CREAT | os.O_TRUNC)
os.write(fd, b'hello world')
print(os.lseek(fd, 0, os.SEEK_CUR), os.pread(fd, 5, 0), os.pread(fd, 100, 6), os.pread(fd, 4, 50), os.lseek(fd, 0, os.SEEK_CUR))
print(os.pwrite(fd, b'HELLO', 0), os.lseek(fd, 0, os.SEEK_CUR), os.pread(fd, 11, 0))
print(os.pwrite(fd, b'!', 14), os.pread(fd, 20, 0))
os.ftruncate(fd, 5)
print(os.pread(fd, 20, 0), os.fstat(fd).st_size, os.lseek(fd, 0, os.SEEK_CUR))
os.ftruncate(fd, 8)
print(os.pread(fd, 20, 0))
os.write(fd, b'+')
print(os.pread(fd, 40, 0))
pid = os.fork()
if pid == 0:
    os.pwrite(fd, b'c', 0)
    os.write(fd, b'child')
    os._exit(0)
os.waitpid(pid, 0)
print(os.lseek(fd, 0, os.SEEK_CUR), os.pread(fd, 40, 0))
os.close(fd)
os.truncate('data.bin', 3)
with open('data.bin', 'rb') as f:
    print(f.read())
t = os.open('data.bin', os.O_RDWR)
os.truncate(t, 1)
os.close(t)
print(os.path.getsize('data.bin'))
ro = os.open('data.bin', os.O_RDONLY)
wo = os.open('data.bin', os.O_WRONLY | os.O_APPEND)
r, w = os.pipe()
for call in [lambda: os.pread(r, 1, 0), lambda: os.pwrite(w, b'x', 0), lambda: os.pread(ro, 1, -1), lambda: os.pread(wo, 1, 0),
             lambda: os.pwrite(ro, b'x', 0), lambda: os.ftruncate(ro, 0), lambda: os.ftruncate(w, 0), lambda: os.ftruncate(wo, -1),
             lambda: os.truncate('missing.bin', 0), lambda: os.truncate('.', 0), lambda: os.pread(99, 1, 0),
             lambda: os.pwrite(wo, 'text', 0), lambda: os.truncate('data.bin', -1)]:
    try:
        print(call())
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
print(os.pwrite(wo, b'appended', 0), os.pread(ro, 20, 0))
for f in (ro, wo, r, w):
    os.close(f)
os.remove('data.bin')
