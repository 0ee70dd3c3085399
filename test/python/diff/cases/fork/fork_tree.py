import os

path = "root"
for level in range(3):
    pid = os.fork()
    if pid == 0:
        path += "/c" + str(level)
    else:
        os.waitpid(pid, 0)
        path += "/p" + str(level)
print(path)
