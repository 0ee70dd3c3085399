import os

top = os.getpid()
pid = os.fork()
if pid == 0:
    middle = os.getpid()
    gpid = os.fork()
    if gpid == 0:
        print("grandchild: parent is middle:", os.getppid() == middle)
        print("grandchild: parent is not top:", os.getppid() != top)
        os._exit(7)
    _, status = os.waitpid(gpid, 0)
    print("child: grandchild exit code", os.WEXITSTATUS(status))
    os._exit(os.WEXITSTATUS(status) + 1)
_, status = os.waitpid(pid, 0)
print("top: child exit code", os.WEXITSTATUS(status))
