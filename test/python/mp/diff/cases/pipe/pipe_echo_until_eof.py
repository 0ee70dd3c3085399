import multiprocessing as mp
import os


def echo(child_end, parent_end):
    parent_end.close()
    count = 0
    while True:
        try:
            msg = child_end.recv()
        except EOFError:
            print("child: EOFError, parent closed its end; echoed", count, "messages", flush=True)
            break
        child_end.send(msg * 2)
        count += 1


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=echo, args=(child_end, parent_end))
    p.start()
    child_end.close()
    for word in ["ab", "cd", "ef"]:
        parent_end.send(word)
        print(parent_end.recv())
    parent_end.close()
    p.join()
    print("exitcode", p.exitcode)
