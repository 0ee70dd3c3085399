import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(1.0)
    os._exit(2)
print("running child, WNOHANG gives:", os.waitpid(pid, os.WNOHANG))
wpid, status = os.waitpid(pid, 0)
print("blocking wait:", wpid == pid, status, os.WEXITSTATUS(status))
try:
    os.waitpid(pid, os.WNOHANG)
except ChildProcessError as e:
    print("ChildProcessError:", e)
