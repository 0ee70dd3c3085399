import multiprocessing as mp
import os

plain = 0


def child(shared):
    global plain
    plain = 42
    shared.value = 42
    print("child sets both to 42", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    shared = mp.Value("i", 0)
    p = mp.Process(target=child, args=(shared,))
    p.start()
    p.join()
    print("global in parent:", plain, "| Value in parent:", shared.value)
