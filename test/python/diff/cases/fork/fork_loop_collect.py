import os
import time

children = {}
for i in range(4):
    pid = os.fork()
    if pid == 0:
        time.sleep(0.05 * (4 - i))
        os._exit(i * 3)
    children[pid] = i
results = []
while children:
    pid, status = os.wait()
    results.append((children.pop(pid), os.WEXITSTATUS(status)))
print(sorted(results))
try:
    os.wait()
except ChildProcessError as e:
    print("ChildProcessError:", e)
