# A one-way Pipe (duplex=False), EOFError once the writer closes, poll() with a timeout.
import multiprocessing as mp
import os


def writer(w):
    for word in ["one", "two", "three"]:
        w.send(word)
    w.close()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    r, w = mp.Pipe(duplex=False)
    print(r.poll(0.05))
    p = mp.Process(target=writer, args=(w,))
    p.start()
    w.close()
    words = []
    while True:
        try:
            words.append(r.recv())
        except EOFError:
            break
    p.join()
    print(words)
