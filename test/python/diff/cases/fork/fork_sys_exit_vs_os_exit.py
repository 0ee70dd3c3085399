import os
import sys

for use_sys in [True, False]:
    pid = os.fork()
    if pid == 0:
        try:
            if use_sys:
                sys.exit(6)
            else:
                os._exit(6)
        finally:
            print("finally ran in child (sys.exit only)")
    _, status = os.waitpid(pid, 0)
    print("use_sys =", use_sys, "code", os.WEXITSTATUS(status))
