import os

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, str(os.getpid()).encode())
    os.close(w)
    os._exit(0)
os.close(w)
reported = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    reported += chunk
os.close(r)
os.waitpid(pid, 0)
print("child reported its own pid, equal to fork's return value:", int(reported) == pid)
