import os

pid = os.fork()
if pid == 0:
    who = "child"
else:
    os.waitpid(pid, 0)
    who = "parent"
print("this line runs in", who)
