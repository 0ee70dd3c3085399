# forkscope: two processes add one to a multiprocessing.Value
# source: written for forkscope: the smallest Python race to explore
# shows: v.value += 1 is a read and a write, each taking the Value's own lock separately, so two processes can both read 0 and both write 1. Under the cost model the children start 700us apart and every run prints 2; `forkscope explore races/value-race` finds 1 as well, with the schedule that gives it.

from multiprocessing import Process, Value


def work(v):
    v.value += 1


if __name__ == '__main__':
    v = Value('i', 0)
    ps = [Process(target=work, args=(v,)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value)
