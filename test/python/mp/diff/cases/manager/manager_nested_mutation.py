import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Manager() as m:
        d = m.dict()
        d["lst"] = []
        d["lst"].append(1)
        print("append on a fetched copy is lost:", d["lst"])
        tmp = d["lst"]
        tmp.append(1)
        d["lst"] = tmp
        print("reassigned:", d["lst"])
        d["count"] = 0
        d["count"] += 5
        print("augmented assignment works (get then set):", d["count"])
        inner = m.list()
        d["proxy"] = inner
        d["proxy"].append("through nested proxy")
        print(inner, d["proxy"][:])
