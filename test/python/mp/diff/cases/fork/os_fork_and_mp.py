# methods: fork
import multiprocessing as mp
import os


def child(q):
    q.put(("mp child", mp.current_process().name, mp.parent_process().name))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    pid = os.fork()
    if pid == 0:
        me = mp.current_process()
        print("os.fork child sees current_process:", me.name, "| parent_process:", mp.parent_process(), flush=True)
        os._exit(0)
    os.waitpid(pid, 0)
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
