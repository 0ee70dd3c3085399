import os
import time

pid = os.fork()
if pid == 0:
    os._exit(4)
time.sleep(1.0)
wpid, status = os.waitpid(pid, os.WNOHANG)
print("exited child reaped with WNOHANG:", wpid == pid, status, os.WEXITSTATUS(status))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("second wait:", type(e).__name__, e.errno, e)
