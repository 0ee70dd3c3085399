import os
import time

pid = os.fork()
if pid == 0:
    try:
        time.sleep(10)
    finally:
        print("child finally (must not run on SIGTERM)")
    os._exit(0)
time.sleep(0.3)
os.kill(pid, 15)
_, status = os.waitpid(pid, 0)
print("status", status)
print("WIFSIGNALED", os.WIFSIGNALED(status), "WTERMSIG", os.WTERMSIG(status))
print("WIFEXITED", os.WIFEXITED(status), "WEXITSTATUS", os.WEXITSTATUS(status))
print("exitcode", os.waitstatus_to_exitcode(status))
