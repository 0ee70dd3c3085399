# methods: fork
# Fork several children with different exit codes; collect them all with os.wait().
import multiprocessing as mp
import os


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    pids = {}
    for code in (3, 1, 4, 1, 5):
        pid = os.fork()
        if pid == 0:
            os._exit(code)
        pids[pid] = code
    statuses = []
    for _ in pids:
        pid, status = os.wait()
        statuses.append((pids[pid], os.WEXITSTATUS(status)))
    print(sorted(statuses))
    try:
        os.wait()
    except ChildProcessError as e:
        print("no more children:", e.errno)
