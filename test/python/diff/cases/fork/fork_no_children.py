import os

for name, call in [("wait()", lambda: os.wait()),
                   ("waitpid(-1, 0)", lambda: os.waitpid(-1, 0)),
                   ("waitpid(-1, WNOHANG)", lambda: os.waitpid(-1, os.WNOHANG))]:
    try:
        call()
    except ChildProcessError as e:
        print(name, "->", type(e).__name__, e.errno, e)
print(issubclass(ChildProcessError, OSError))
