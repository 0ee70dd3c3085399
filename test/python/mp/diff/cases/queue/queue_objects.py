import multiprocessing as mp
import os


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def send_all(q):
    for obj in [42, 2 ** 100, -1.5, "中文字符串", b"\x00\xff", None, True, (1, (2, 3)), [1, [2]],
                {"k": {"n": [1]}}, {3, 1, 2}, Point(1, 2), ValueError("inside"), range(5), KeyError("key")]:
        q.put(obj)
    q.put("END")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    p = mp.Process(target=send_all, args=(q,))
    p.start()
    while True:
        obj = q.get()
        if obj == "END":
            break
        print(type(obj).__name__, repr(obj))
    p.join()
