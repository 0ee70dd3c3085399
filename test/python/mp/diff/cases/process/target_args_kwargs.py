import multiprocessing as mp
import os


def greet(name, greeting="Hello", punct="!"):
    print(f"{greeting}, {name}{punct}", flush=True)


def total(*nums, **opts):
    print("sum", sum(nums), "opts", sorted(opts.items()), flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    jobs = [
        mp.Process(target=greet, args=("Ada",)),
        mp.Process(target=greet, args=["Bob", "Hi"]),
        mp.Process(target=greet, kwargs={"name": "Cy", "punct": "?"}),
        mp.Process(target=total, args=(1, 2, 3), kwargs={"b": 2, "a": 1}),
        mp.Process(target=greet, args="xy"),
    ]
    for p in jobs:
        p.start()
        p.join()
        print("exitcode", p.exitcode)
