import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(1.0)
    print("orphan: reparented to init:", os.getppid() == 1, flush=True)
    os._exit(0)
print("parent exits without waiting")
