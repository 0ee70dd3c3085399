from os import path, getpid
from random import seed, random as rand, randint
from sys import argv, platform

print(path.join("a", "b", "c"))
print(getpid() > 0)
seed(3)
print(rand())
print(randint(10, 20))
print(argv[0].endswith(".py"), platform)
try:
    print(os.sep)
except NameError as e:
    print("NameError:", e)
