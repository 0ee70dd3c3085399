import os

pid = os.getpid()
ppid = os.getppid()
print(pid > 0, ppid > 0, pid != ppid, type(pid).__name__)
print(os.getpid() == pid)
print(os.name, os.sep, os.curdir, os.pardir, repr(os.linesep))
print(os.path.exists("."), os.path.isdir("."), os.path.isfile("."))
