# exec closes the descriptors Python opened (they are non-inheritable, PEP 446): the
# parent sees end of file on the pipe while the exec'd program still runs.
import os

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b'before exec')
    os.execvp('sleep', ['sleep', '1'])
os.close(w)
data = b''
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
print(data)
print('child still running:', os.waitpid(pid, os.WNOHANG) == (0, 0))
_, status = os.waitpid(pid, 0)
print('sleep exited with', os.WEXITSTATUS(status))
