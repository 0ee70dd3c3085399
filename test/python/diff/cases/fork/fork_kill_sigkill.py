import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(10)
    os._exit(0)
os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
print(status, os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
