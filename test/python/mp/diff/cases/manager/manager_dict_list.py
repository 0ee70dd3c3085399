import multiprocessing as mp
import os


def fill(d, l, n):
    d[f"key{n}"] = n * n
    l.append(n)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Manager() as m:
        d = m.dict()
        l = m.list()
        print(d, l, len(d), len(l))
        procs = [mp.Process(target=fill, args=(d, l, n)) for n in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(d.items()))
        print(sorted(l))
        ordered = m.dict({"b": 2, "a": 1})
        ordered["c"] = 3
        print(ordered, str(ordered), ordered.copy())
        print(ordered == {"b": 2, "a": 1, "c": 3}, ordered.copy() == {"b": 2, "a": 1, "c": 3})
        nums = m.list([3, 1, 2])
        nums.sort()
        print(nums, nums[:], nums[0], len(nums), 2 in nums)
        print(list(ordered.keys()), ordered.get("zz", "default"))
