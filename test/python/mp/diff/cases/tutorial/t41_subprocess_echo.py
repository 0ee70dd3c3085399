# methods: fork
# subprocess.run and check_output with echo, from the parent and from a child process.
import multiprocessing as mp
import os

import subprocess


def child(q):
    out = subprocess.run(["echo", "from child"], capture_output=True, text=True)
    q.put((out.returncode, out.stdout))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
    print(r.returncode, repr(r.stdout))
    print(repr(subprocess.check_output(["echo", "-n", "bytes"])))
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
