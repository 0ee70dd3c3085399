import os

print("before the fork")
pid = os.fork()
if pid == 0:
    print("child")
    os._exit(0)
print("parent")
os.waitpid(pid, 0)
