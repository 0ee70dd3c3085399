# A random.Random instance passed to a child (pickled under spawn, copied under fork)
# and sent back through a queue continues the same sequence.
import multiprocessing as mp
import os
import random


def draw(rng, q):
    q.put([rng.randint(1, 1000) for _ in range(3)])
    q.put(rng)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    rng = random.Random(2024)
    rng.random()
    expected = random.Random()
    expected.setstate(rng.getstate())
    q = mp.Queue()
    p = mp.Process(target=draw, args=(rng, q))
    p.start()
    got = q.get()
    back = q.get()
    p.join()
    print(got == [expected.randint(1, 1000) for _ in range(3)])
    print(type(back).__name__, back.random() == expected.random())
    print(rng.random() != back.random())
