# methods: fork
import multiprocessing as mp

if __name__ == "__main__":
    ctx = mp.get_context()
    print(type(ctx).__name__, ctx.get_start_method())
    for name in mp.get_all_start_methods():
        c = mp.get_context(name)
        print(name, type(c).__name__, c.get_start_method(), c.Process.__name__)
