import os

counter = 0
data = ["parent"]
counter += 1
pid = os.fork()
if pid == 0:
    counter += 100
    data.append("child")
    print("child sees", counter, data)
    os._exit(0)
os.waitpid(pid, 0)
print("parent sees", counter, data)
