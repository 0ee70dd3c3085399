import random as rnd
import time as t
import os.path as osp

print(rnd.__name__, t.__name__, osp.__name__)
rnd.seed(1)
print(rnd.randint(1, 100), rnd.randint(1, 100))
print(osp.join("dir", "file.txt"))
try:
    print(random.random())
except NameError as e:
    print("NameError:", e)
