# methods: fork
import multiprocessing as mp
import os

config = {"mode": "default"}
log = []


def child(q):
    q.put((config["mode"], list(log)))
    config["mode"] = "changed by child"
    log.append("child")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    config["mode"] = "set before start"
    log.append("before")
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    config["mode"] = "set after start"
    log.append("after")
    print("child saw:", q.get())
    p.join()
    print("parent has:", config, log)
