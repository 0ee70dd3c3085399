# A bytes subclass instance's attributes are its own in each process after fork.
import os


class Tag(bytes):
    pass


t = Tag(b"ab")
t.note = "parent"
pid = os.fork()
if pid == 0:
    t.note = "child"
    print("child sees", t.note, t, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print("parent sees", t.note, t)
