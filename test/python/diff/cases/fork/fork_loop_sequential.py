import os

for i in range(4):
    pid = os.fork()
    if pid == 0:
        print(f"child {i} running")
        os._exit(10 + i)
    _, status = os.waitpid(pid, 0)
    print(f"parent: child {i} exited with {os.WEXITSTATUS(status)}")
print("all done")
