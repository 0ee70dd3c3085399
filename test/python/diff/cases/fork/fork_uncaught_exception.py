import os


def child_work():
    print("child about to fail")
    raise ValueError("child failed")


pid = os.fork()
if pid == 0:
    child_work()
    print("never printed")
_, status = os.waitpid(pid, 0)
print("parent sees status", status)
print("exited:", os.WIFEXITED(status), "exit code:", os.WEXITSTATUS(status))
