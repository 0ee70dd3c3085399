# methods: fork
import multiprocessing as mp

if __name__ == "__main__":
    print(mp.get_start_method(allow_none=True))
    print(mp.get_all_start_methods())
    print(mp.get_start_method())
    print(mp.get_start_method(allow_none=True))
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError:", e)
    mp.set_start_method("spawn", force=True)
    print(mp.get_start_method())
    mp.set_start_method("fork", force=True)
    print(mp.get_start_method())
