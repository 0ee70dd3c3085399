import os
import sys

actions = [
    ("os._exit(0)", lambda: os._exit(0)),
    ("os._exit(1)", lambda: os._exit(1)),
    ("os._exit(255)", lambda: os._exit(255)),
    ("sys.exit()", lambda: sys.exit()),
    ("sys.exit(256)", lambda: sys.exit(256)),
    ("sys.exit(-1)", lambda: sys.exit(-1)),
    ("sys.exit('bye')", lambda: sys.exit("bye")),
    ("raise KeyError", lambda: {}["k"]),
    ("kill self 15", lambda: os.kill(os.getpid(), 15)),
]
for label, action in actions:
    pid = os.fork()
    if pid == 0:
        action()
        os._exit(99)
    _, status = os.waitpid(pid, 0)
    print(f"{label:16} status={status:<6} code={os.waitstatus_to_exitcode(status)}")
