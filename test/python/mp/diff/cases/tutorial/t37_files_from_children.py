# Children write files in a work folder; the parent reads them back after join().
import multiprocessing as mp
import os


def write_part(folder, i):
    with open(os.path.join(folder, f"part{i}.txt"), "w") as f:
        f.write(f"part {i}: {i * i}\n")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    folder = "t37_work"
    os.makedirs(folder, exist_ok=True)
    procs = [mp.Process(target=write_part, args=(folder, i)) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name)) as f:
            print(name, f.read().strip())
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
    print(os.path.exists(folder))
