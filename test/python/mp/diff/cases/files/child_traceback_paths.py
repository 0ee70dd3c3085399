# A child (fork or spawn) names files by absolute path in its tracebacks, as its parent does:
# the main script (re-imported as __mp_main__ under spawn) and a module beside it.
import multiprocessing as mp
import os
import traceback

import tbwork


def show(path):
    return path.replace(os.getcwd(), "<cwd>")


def work(q):
    try:
        tbwork.divide(0)
    except ZeroDivisionError as e:
        for fr in traceback.extract_tb(e.__traceback__):
            q.put((show(fr.filename), fr.lineno, fr.name, os.path.isabs(fr.filename)))
        q.put(show(traceback.format_exc()))
    q.put(show(__file__))
    q.put(None)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,))
    p.start()
    item = q.get()
    while item is not None:
        print(item)
        item = q.get()
    p.join()
    print("exit", p.exitcode)
