import os

pid = os.fork()
if pid == 0:
    print("child exiting with 5")
    os._exit(5)
wpid, status = os.wait()
print(wpid == pid, status)
print("WIFEXITED", os.WIFEXITED(status))
print("WEXITSTATUS", os.WEXITSTATUS(status))
print("WIFSIGNALED", os.WIFSIGNALED(status))
print("waitstatus_to_exitcode", os.waitstatus_to_exitcode(status))
