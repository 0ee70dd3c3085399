# multiprocessing.shared_memory: a block made by the parent, attached by name in children
# (bytes through buf, struct.pack_into/unpack_from on it), a ShareableList sent to a child,
# the errors of attaching, sizing and unlinking.
import os
import struct
import multiprocessing as mp
from multiprocessing import shared_memory


def fill(name, start):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[start:start + 4] = bytes(range(start, start + 4))
    struct.pack_into('<i', shm.buf, 8, -12345)
    shm.close()


def bump(sl):
    sl[0] = sl[0] + 1
    sl[2] = 'changed'
    sl[3] = 7.5


if __name__ == '__main__':
    mp.set_start_method(os.environ.get('FORKSCOPE_START_METHOD', 'fork'))
    shm = shared_memory.SharedMemory(create=True, size=16)
    print(shm.size, len(shm.buf), bytes(shm.buf[:4]), shm.buf.nbytes, shm.buf.format, shm.buf.readonly)
    ps = [mp.Process(target=fill, args=(shm.name, i * 4)) for i in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(shm.buf.tolist()[:8], struct.unpack_from('<i', shm.buf, 8)[0], shm.buf[2], shm.buf[-1])
    view = shm.buf[1:7:2]
    print(len(view), view.tobytes(), view == bytes([1, 3, 5]))
    view.release()
    shm.buf[12] = 255
    print(bytes(shm.buf[10:14]))
    for bad in (lambda: shm.buf.__setitem__(0, 256), lambda: shm.buf.__setitem__(0, 'x'),
                lambda: shm.buf.__setitem__(slice(0, 2), b'abc'), lambda: shm.buf[16],
                lambda: struct.pack_into('<q', shm.buf, 12, 1)):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    again = shared_memory.SharedMemory(shm.name)
    print(again.size, again.buf[0:4].tobytes(), again.name == shm.name)
    again.close()
    sl = shared_memory.ShareableList([41, 2.5, 'text', None, True, b'raw'])
    p = mp.Process(target=bump, args=(sl,))
    p.start()
    p.join()
    print(list(sl), len(sl), sl.format, sl.count(True), sl.index(7.5))
    try:
        sl[2] = 'much too long for its slot'
    except ValueError as e:
        print('ValueError', e)
    try:
        sl[6]
    except IndexError as e:
        print('IndexError', e)
    same = shared_memory.ShareableList(name=sl.shm.name)
    print(same[0], same[-1], len(same))
    same.shm.close()
    sl.shm.close()
    sl.shm.unlink()
    name = shm.name
    shm.close()
    shm.unlink()
    for bad in (lambda: shared_memory.SharedMemory(name), lambda: shared_memory.SharedMemory(create=True, size=0),
                lambda: shared_memory.SharedMemory(), lambda: shared_memory.SharedMemory(size=-1)):
        try:
            bad()
        except (OSError, ValueError) as e:
            print(type(e).__name__, str(e).replace(name, 'NAME'))
    try:
        shm.unlink()
    except FileNotFoundError as e:
        print('unlink twice:', type(e).__name__, e.errno)
