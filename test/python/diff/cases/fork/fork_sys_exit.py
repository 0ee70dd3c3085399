import os
import sys

pid = os.fork()
if pid == 0:
    try:
        print("child calling sys.exit(3)")
        sys.exit(3)
    finally:
        print("child finally block runs")
_, status = os.waitpid(pid, 0)
print("status", status, "exited", os.WIFEXITED(status), "code", os.WEXITSTATUS(status))
