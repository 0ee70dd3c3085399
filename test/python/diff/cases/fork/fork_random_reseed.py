import os
import random

random.seed(1)
expected_next = 0.13436424411240122
pid = os.fork()
if pid == 0:
    value = random.random()
    print("child repeats parent's sequence:", value == expected_next)
    os._exit(0)
os.waitpid(pid, 0)
print("parent continues its sequence:", random.random() == expected_next)
