# methods: fork
# A chain of forks: each process forks the next and waits for it, so the deepest prints first.
import multiprocessing as mp
import os



def chain(depth, limit):
    if depth == limit:
        print("deepest", depth, flush=True)
        os._exit(depth)
    pid = os.fork()
    if pid == 0:
        chain(depth + 1, limit)
    _, status = os.waitpid(pid, 0)
    print("depth", depth, "child exited with", os.WEXITSTATUS(status), flush=True)
    if depth > 0:
        os._exit(depth)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    chain(0, 4)
