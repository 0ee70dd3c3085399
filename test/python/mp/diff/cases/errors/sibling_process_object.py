# methods: fork
import multiprocessing as mp
import os


def wait_on(ev):
    ev.wait()


def meddle(sibling, unstarted):
    for label, action in [("join", sibling.join), ("is_alive", sibling.is_alive),
                          ("start", unstarted.start)]:
        try:
            action()
            print(label, "ok", flush=True)
        except Exception as e:
            print(label, "->", type(e).__name__, e, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    ev = mp.Event()
    sibling = mp.Process(target=wait_on, args=(ev,))
    sibling.start()
    unstarted = mp.Process(target=wait_on, args=(ev,))
    m = mp.Process(target=meddle, args=(sibling, unstarted))
    m.start()
    m.join()
    ev.set()
    sibling.join()
    print("exitcodes", m.exitcode, sibling.exitcode)
