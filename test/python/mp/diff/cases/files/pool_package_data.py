# A Pool over a package of the program's own, reading data files that sit beside the
# program, each worker writing its result file; the parent gathers them.
import multiprocessing as mp
import os

from jobs import count_words, summary
from jobs.io import result_path


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    names = sorted(n for n in os.listdir("inputs") if n.endswith(".txt"))
    print("inputs:", names)
    os.makedirs("results", exist_ok=True)
    with mp.Pool(2) as pool:
        counts = pool.map(count_words, [os.path.join("inputs", n) for n in names])
    print(counts)
    for n in names:
        with open(result_path(n)) as f:
            print(n, "->", f.read().strip())
    print(summary(counts))
    for n in names:
        os.remove(result_path(n))
    os.rmdir("results")
    print(os.path.exists("results"))
