import multiprocessing as mp
import os


def ponger(inbox, outbox):
    while True:
        msg = inbox.get()
        if msg == "stop":
            outbox.put("stopped")
            return
        outbox.put(msg.replace("ping", "pong"))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    inbox, outbox = mp.Queue(), mp.Queue()
    p = mp.Process(target=ponger, args=(inbox, outbox))
    p.start()
    for i in range(3):
        inbox.put(f"ping {i}")
        print(outbox.get())
    inbox.put("stop")
    print(outbox.get())
    p.join()
    print("exitcode", p.exitcode)
