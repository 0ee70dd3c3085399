# A fork child gets a copy of a bytearray and of the memoryview over it: writing through
# its view changes its own copy only. A memoryview cannot be pickled.
import os
import pickle

buf = bytearray(b"parent")
view = memoryview(buf)
pid = os.fork()
if pid == 0:
    view[0:3] = b"CHI"
    print("child sees", bytes(buf), view.obj is buf, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print("parent sees", bytes(buf), view.tobytes())
try:
    pickle.dumps(view)
except TypeError as e:
    print("TypeError", e)
