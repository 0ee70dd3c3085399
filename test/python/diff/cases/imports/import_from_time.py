from time import sleep, time, ctime
from sys import argv, exit

start = time()
sleep(0.05)
print(time() - start >= 0.05)
print(ctime(0))
print(type(start).__name__)
print(len(argv))
exit(0)
print("never printed")
