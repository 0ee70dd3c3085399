import os

parent_pid = os.getpid()
pid = os.fork()
if pid == 0:
    print("child: fork returned 0")
    print("child: my parent is the original process:", os.getppid() == parent_pid)
    print("child: my pid differs from parent:", os.getpid() != parent_pid)
    os._exit(0)
else:
    waited, status = os.waitpid(pid, 0)
    print("parent: fork returned a positive pid:", pid > 0)
    print("parent: waitpid returned that pid:", waited == pid)
    print("parent: status", status)
