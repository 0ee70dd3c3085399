import multiprocessing as mp
import os


def grandchild(tag):
    me = mp.current_process()
    print(f"grandchild {tag}: name={me.name} parent={mp.parent_process().name}", flush=True)


def child():
    me = mp.current_process()
    print("child name:", me.name, flush=True)
    for tag in ("a", "b"):
        g = mp.Process(target=grandchild, args=(tag,))
        print("child created:", g.name, flush=True)
        g.start()
        g.join()
    g3 = mp.Process(target=grandchild, args=("c",), name="explicit")
    g4 = mp.Process(target=grandchild)
    print("more names:", g3.name, g4.name, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    for _ in range(2):
        p = mp.Process(target=child)
        p.start()
        p.join()
    print("main done")
