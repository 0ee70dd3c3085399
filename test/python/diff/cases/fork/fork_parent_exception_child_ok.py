import os

pid = os.fork()
if pid == 0:
    print("child done")
    os._exit(0)
os.waitpid(pid, 0)
print("parent about to fail")
raise RuntimeError("parent failed after child finished")
