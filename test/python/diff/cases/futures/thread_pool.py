# ThreadPoolExecutor: submit() gives Futures, map() gives results in order; the pool's
# threads are named after it.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED


def square(x):
    time.sleep(0.01 * (5 - x))
    return x * x


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in fs])
    print(sorted(f.result() for f in as_completed(fs)))
    print(list(ex.map(square, range(4))), list(ex.map(pow, [2, 3], [5, 2])))
    names = sorted(t.name for t in threading.enumerate())
    print(names)
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
print(threading.active_count())
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="io") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())


def init(tag):
    print("initializer", tag, threading.current_thread().name)


with ThreadPoolExecutor(1, initializer=init, initargs=("t",)) as ex:
    print(ex.submit(len, "abc").result())
results = []
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(square, 3)
    f.add_done_callback(lambda fut: results.append(("callback", fut.result())))
print(results)
ex = ThreadPoolExecutor(1)
f1 = ex.submit(time.sleep, 0.3)
f2 = ex.submit(square, 2)
f3 = ex.submit(square, 3)
print(f3.cancel(), f3.cancelled(), f2.done())
ex.shutdown(wait=True)
print(f1.result(), f2.result(), f3.cancelled())
