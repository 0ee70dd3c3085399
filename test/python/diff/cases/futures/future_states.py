# A Future's states and reprs; result() and exception() with timeouts; errors.
import concurrent.futures as cf
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION

f = Future()
print(f, f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f, f.running(), f.cancel())
f.set_result(42)
print(f, f.result(), f.exception(), f.done())
g = Future()
g.set_exception(ValueError("bad"))
print(g, type(g.exception()).__name__)
try:
    g.result()
except ValueError as e:
    print("ValueError:", e)
h = Future()
print(h.cancel(), h, h.cancelled(), h.done())
for call in [h.result, h.exception]:
    try:
        call()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", e)
calls = []
k = Future()
k.add_done_callback(lambda fut: calls.append(fut.result()))
k.set_result("done")
k.add_done_callback(lambda fut: calls.append("late"))
print(calls)
print(cf.TimeoutError is TimeoutError, issubclass(cf.CancelledError, cf.Error), cf.BrokenExecutor.__mro__[1])

with ThreadPoolExecutor(2) as ex:
    slow = ex.submit(time.sleep, 0.5)
    try:
        slow.result(timeout=0.1)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    try:
        slow.exception(timeout=0.05)
    except TimeoutError:
        print("exception() timed out too")
    fast = ex.submit(lambda: 1)
    done, not_done = wait([slow, fast], return_when=FIRST_COMPLETED)
    print(fast in done, slow in not_done)
    bad = ex.submit(int, "x")
    done, not_done = wait([slow, bad], return_when=FIRST_EXCEPTION)
    print(bad in done, slow in not_done)
    done, not_done = wait([slow], timeout=0.01)
    print(len(done), len(not_done))
    try:
        list(cf.as_completed([ex.submit(time.sleep, 0.5)], timeout=0.1))
    except TimeoutError as e:
        print("TimeoutError:", e)
    try:
        list(ex.map(time.sleep, [0.5, 0.5], timeout=0.1))
    except TimeoutError:
        print("map timed out")
    try:
        wait([slow], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
print(slow)
try:
    ex.submit(len, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)
try:
    ThreadPoolExecutor(1, initializer=5)
except TypeError as e:
    print("TypeError:", e)
